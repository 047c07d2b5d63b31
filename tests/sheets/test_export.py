"""Export to xlsx and csv: cell types, formats, validations, neutralised cells, hidden IDs,
csv encoding, filters, per-owner hand-outs, and all-or-nothing files."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from salesdesk import i18n
from salesdesk.crm.funnel import stages
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Stage, Tag
from salesdesk.errors import UserError
from salesdesk.sheets import export as ex
from salesdesk.sheets import writer
from salesdesk.sheets.export import CONTACTS, FOLLOWUPS, LEADS, ExportRequest


def _stage(session, key: str) -> Stage:
    return next(s for s in stages(session) if s.key == key)


@pytest.fixture
def data(db):
    """Two reps, an organization with two people, four leads, follow-ups, tags."""
    with db.transaction() as s:
        st = {x.key: x for x in stages(s)}
        matti = Owner(name="Matti Myyjä", initials="MM")
        liisa = Owner(name="Liisa Laine", initials="LL")
        org = Contact(kind="organization", name="Konepaja Koskinen Oy", city="Tampere")
        hanna = Contact(
            name="Hanna Koskinen",
            first_name="Hanna",
            last_name="Koskinen",
            organization=org,
            title="Toimitusjohtaja",
            email="hanna@koskinen.fi",
            phone="+358401234567",
            city="Tampere",
            owner=matti,
        )
        evil = Contact(
            name='=HYPERLINK("http://x")',
            first_name='=HYPERLINK("http://x")',
            last_name="@SUM(A1)",
            email="evil@example.com",
            owner=liisa,
            notes="-2+3",
        )
        vip = Tag(name="VIP")
        s.add_all([matti, liisa, org, hanna, evil, vip])
        s.flush()
        l1 = Lead(
            contact=hanna,
            title="Hydrauliikkahuolto",
            stage=st["proposal"],
            value_cents=1234550,
            expected_close=date(2026, 12, 15),
            temperature="hot",
            source="trade_show",
            source_detail="Alihankinta 2026",
            owner=matti,
            notes="+ soita maanantaina",
            tags=[vip],
        )
        l2 = Lead(contact=org, title="Vuosisopimus", stage=st["suspect"], owner=matti)
        l3 = Lead(
            contact=evil,
            title="\tTab title",
            stage=st["sql"],
            owner=liisa,
            source="website",
            value_cents=99,
            currency="USD",
        )
        l4 = Lead(contact=hanna, title="Poistettu", stage=st["suspect"], discarded=True)
        s.add_all([l1, l2, l3, l4])
        s.flush()
        s.add_all(
            [
                FollowUp(
                    uid="u1",
                    lead=l1,
                    title="Soita tarjouksesta",
                    kind="call",
                    due_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
                    owner=matti,
                ),
                FollowUp(
                    uid="u2",
                    lead=l3,
                    title="Demo",
                    kind="meeting",
                    due_at=datetime(2026, 12, 2, 10, 0, tzinfo=UTC),
                    owner=liisa,
                ),
                FollowUp(
                    uid="u3",
                    contact=hanna,
                    title="Joulukortti",
                    kind="task",
                    due_at=datetime(2026, 12, 20, 0, 0, tzinfo=UTC),
                    all_day=True,
                    owner=matti,
                ),
                FollowUp(
                    uid="u4",
                    lead=l1,
                    title="Vanha",
                    kind="call",
                    due_at=datetime(2026, 11, 1, 8, 0, tzinfo=UTC),
                    status="done",
                    owner=matti,
                ),
            ]
        )
        ids = {
            "matti": matti.id,
            "liisa": liisa.id,
            "l1": l1.id,
            "l2": l2.id,
            "l3": l3.id,
            "l4": l4.id,
            "hanna": hanna.id,
            "org": org.id,
            "evil": evil.id,
        }
    return ids


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _rows(ws) -> list[dict[str, object]]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, (c.value for c in row), strict=False)) for row in ws.iter_rows(min_row=2)]


def _cells(ws, header_name: str):
    header = [c.value for c in ws[1]]
    col = header.index(header_name)
    return [row[col] for row in ws.iter_rows(min_row=2)]


def test_xlsx_leads_types_formats_and_hidden_ids(db, data, tmp_path: Path) -> None:
    target = tmp_path / "leads.xlsx"
    with db.session() as s:
        result = ex.export(s, target, ExportRequest())
    assert result.counts == {LEADS: 3}  # the discarded lead is left out
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Leads", "Lists"]
    assert wb["Lists"].sheet_state == "hidden"
    ws = wb["Leads"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:T4"
    assert ws["A1"].font.b and ws["C1"].font.b
    assert [c.value for c in ws[1]][:6] == [
        "Lead ID",
        "Contact ID",
        "Lead title",
        "First name",
        "Last name",
        "Organization",
    ]
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["B"].hidden
    assert not ws.column_dimensions["C"].hidden
    assert ws.column_dimensions["H"].width == 28  # e-mail
    rows = {r["Lead ID"]: r for r in _rows(ws)}
    assert set(rows) == {data["l1"], data["l2"], data["l3"]}
    r1 = rows[data["l1"]]
    assert r1["Contact ID"] == data["hanna"]
    assert (r1["First name"], r1["Last name"], r1["Organization"]) == (
        "Hanna",
        "Koskinen",
        "Konepaja Koskinen Oy",
    )
    assert r1["Stage"] == "Proposal"
    assert r1["Temperature"] == "Hot"
    assert r1["Source type"] == "Trade show / fair"
    assert r1["Owner"] == "Matti Myyjä"
    assert r1["Tags"] == "VIP"
    assert r1["Phone"] == "+358401234567"
    # the organization's own lead: no person name, the company in Organization
    r2 = rows[data["l2"]]
    assert (r2["First name"], r2["Last name"], r2["Organization"]) == (None, None, "Konepaja Koskinen Oy")
    assert r2["Value"] is None  # no value, an empty cell rather than 0

    value = next(c for c in _cells(ws, "Value") if c.value == 12345.5)
    assert value.data_type == "n"
    assert value.number_format == '#,##0.00\\ "€"'
    usd = next(c for c in _cells(ws, "Value") if c.value == 0.99)
    assert usd.number_format == '#,##0.00\\ "$"'
    close = next(c for c in _cells(ws, "Expected close") if c.value is not None)
    assert close.is_date and close.value.date() == date(2026, 12, 15)
    assert close.number_format == "mm-dd-yy"  # Excel's built-in short date: the reader's locale
    lead_id = _cells(ws, "Lead ID")[0]
    assert lead_id.data_type == "n"


def test_xlsx_validations_use_hidden_lists(db, data, tmp_path: Path) -> None:
    target = tmp_path / "leads.xlsx"
    with db.session() as s:
        ex.export(s, target, ExportRequest())
    wb = openpyxl.load_workbook(target)
    ws, lists = wb["Leads"], wb["Lists"]
    by_col = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.type == "list"
        (ref,) = str(dv.sqref).split()
        by_col[ref.split(":")[0].rstrip("0123456789")] = dv
    header = [c.value for c in ws[1]]
    letters = {name: openpyxl.utils.get_column_letter(header.index(name) + 1) for name in header}
    assert set(by_col) == {letters[h] for h in ("Stage", "Temperature", "Source type", "Owner")}

    def allowed(col_name: str) -> list[str]:
        dv = by_col[letters[col_name]]
        assert str(dv.sqref) == f"{letters[col_name]}2:{letters[col_name]}1048576"
        sheet_ref, cells = dv.formula1.split("!")
        assert sheet_ref.strip("'") == "Lists"
        return [c.value for row in lists[cells.replace("$", "")] for c in row]

    assert allowed("Temperature") == ["Hot", "Warm", "Cold"]
    assert allowed("Owner") == ["Liisa Laine", "Matti Myyjä"]
    stages_allowed = allowed("Stage")
    assert stages_allowed[0] == "Suspect" and "Won" in stages_allowed and "Lost" in stages_allowed
    sources = allowed("Source type")
    assert "Trade show / fair" in sources and len(sources) == 15
    # Inline list validations hold at most 255 characters; the lists sheet has no such limit.
    assert all(dv.formula1.lstrip("'").startswith("Lists") for dv in ws.data_validations.dataValidation)


def test_xlsx_neutralises_formula_text(db, data, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    with db.session() as s:
        ex.export(s, target, ExportRequest(kinds=(LEADS, CONTACTS)))
    wb = openpyxl.load_workbook(target)
    for ws in (wb["Leads"], wb["Contacts"]):
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str) and ex.is_risky(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate)
    leads = {r["Lead ID"]: r for r in _rows(wb["Leads"])}
    evil = leads[data["l3"]]
    assert evil["First name"] == '=HYPERLINK("http://x")'  # shown as typed, as text
    assert evil["Last name"] == "@SUM(A1)"
    assert evil["Lead title"] == "\tTab title"
    assert leads[data["l1"]]["Lead notes"] == "+ soita maanantaina"
    phone = next(c for c in _cells(wb["Leads"], "Phone") if c.value == "+358401234567")
    assert not phone.quotePrefix  # a phone number is not a formula
    contacts = {r["Contact ID"]: r for r in _rows(wb["Contacts"])}
    assert contacts[data["evil"]]["Notes"] == "-2+3"


def test_is_risky() -> None:
    for text in ("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "- call back", "＝1"):
        assert ex.is_risky(text), text
    for text in ("", "Hanna", "+358 40 123 4567", "-5", "(09) 123", "a=b"):
        assert not ex.is_risky(text), text
    assert ex.neutralise_csv("=1+1") == "'=1+1"
    assert ex.neutralise_csv("+358401234567") == "+358401234567"


def test_several_sheets_contacts_and_followups(db, data, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    with db.session() as s:
        result = ex.export(s, target, ExportRequest(kinds=(LEADS, CONTACTS, FOLLOWUPS)))
    assert result.counts == {LEADS: 3, CONTACTS: 3, FOLLOWUPS: 3}
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Leads", "Contacts", "Follow-ups", "Lists"]
    contacts = {r["Contact ID"]: r for r in _rows(wb["Contacts"])}
    assert contacts[data["org"]]["Type"] == "Organization"
    assert contacts[data["org"]]["Organization"] == "Konepaja Koskinen Oy"
    assert contacts[data["hanna"]]["Type"] == "Person"
    assert contacts[data["hanna"]]["Job title"] == "Toimitusjohtaja"
    fws = wb["Follow-ups"]
    assert fws.column_dimensions["A"].hidden
    follow = _rows(fws)
    assert [f["Follow-up"] for f in follow] == ["Soita tarjouksesta", "Demo", "Joulukortti"]
    call = follow[0]
    # the user's wall-clock time (08:00 UTC is 10:00 in Helsinki)
    assert call["Due"] == datetime(2026, 12, 1, 8, 0, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert call["Contact"] == "Hanna Koskinen" and call["Organization"] == "Konepaja Koskinen Oy"
    assert call["Phone"] == "+358401234567" and call["Status"] == "Open" and call["Activity"] == "Call"
    due_cell = _cells(fws, "Due")[0]
    assert due_cell.is_date and due_cell.number_format == "m/d/yy h:mm"
    assert follow[2]["Due"].time() == datetime.min.time()  # all day: the date only
    assert follow[2]["Lead ID"] is None and follow[2]["Contact ID"] == data["hanna"]
    dv_cols = {str(dv.sqref)[0] for dv in wb["Contacts"].data_validations.dataValidation}
    assert dv_cols == {"B", "R"}  # type, owner


def test_filters(db, data, tmp_path: Path) -> None:
    def lead_ids(req: ExportRequest) -> set[int]:
        with db.session() as s:
            return {row[0] for row in ex.iter_rows(s, LEADS, req)}

    with db.session() as s:
        proposal = _stage(s, "proposal").id
    assert lead_ids(ExportRequest(stage_ids=(proposal,))) == {data["l1"]}
    assert lead_ids(ExportRequest(owner_ids=(data["liisa"],))) == {data["l3"]}
    assert lead_ids(ExportRequest(sources=("website",))) == {data["l3"]}
    assert lead_ids(ExportRequest(temperatures=("hot",))) == {data["l1"]}
    assert lead_ids(ExportRequest(tag="vip")) == {data["l1"]}
    assert lead_ids(ExportRequest(search="Vuosisopimus")) == {data["l2"]}
    assert lead_ids(ExportRequest(lead_ids=(data["l2"], data["l3"]))) == {data["l2"], data["l3"]}
    assert lead_ids(ExportRequest(include_discarded=True)) == {data["l1"], data["l2"], data["l3"], data["l4"]}
    assert lead_ids(ExportRequest(scope=CONTACTS, contact_ids=(data["hanna"],))) == {data["l1"]}
    with db.session() as s:
        req = ex.request_from_dict(s, {"stage": "Proposal", "owner": "MM", "kinds": ["leads", "followups"]})
        assert req.stage_ids == (proposal,) and req.owner_ids == (data["matti"],)
        assert [r[4] for r in ex.iter_rows(s, FOLLOWUPS, req)] == ["Soita tarjouksesta"]
        contacts = {r[0] for r in ex.iter_rows(s, CONTACTS, ExportRequest(owner_ids=(data["liisa"],)))}
        assert contacts == {data["evil"]}
        with pytest.raises(UserError, match="No stage called Nope"):
            ex.request_from_dict(s, {"stage": "Nope"})
        with pytest.raises(UserError, match="No sales rep called Pekka"):
            ex.resolve_owner(s, "Pekka")
    assert ex.resolve_source("Website visit") == "website"
    assert ex.resolve_source("trade show") == "trade_show"


def test_finnish_headers_and_labels(db, data, tmp_path: Path) -> None:
    i18n.set_language("fi")
    try:
        heads = ex.headers(LEADS)
        target = tmp_path / "fi.xlsx"
        with db.session() as s:
            ex.export(s, target, ExportRequest())
    finally:
        i18n.set_language("en")
    wb = openpyxl.load_workbook(target)
    ws = wb[wb.sheetnames[0]]
    assert [c.value for c in ws[1]] == heads
    if heads[3] == "First name":
        pytest.skip("Finnish catalogue not compiled in this checkout")
    assert heads[3:5] == ["Etunimi", "Sukunimi"]


def _csv_text(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding)), delimiter=","))


def test_csv_bom_and_types(db, data, tmp_path: Path) -> None:
    target = tmp_path / "leads.csv"
    with db.session() as s:
        result = ex.export(s, target, ExportRequest())
    assert result.counts == {LEADS: 3}
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = _csv_text(target)
    header = rows[0]
    assert header[:3] == ["Lead ID", "Contact ID", "Lead title"]
    by_id = {int(r[0]): dict(zip(header, r, strict=True)) for r in rows[1:]}
    r1 = by_id[data["l1"]]
    assert r1["Value"] == "12345.50"
    assert r1["Expected close"] == "2026-12-15"
    assert r1["Lead notes"] == "'+ soita maanantaina"
    assert r1["Phone"] == "+358401234567"
    evil = by_id[data["l3"]]
    assert evil["First name"] == '\'=HYPERLINK("http://x")'
    assert evil["Last name"] == "'@SUM(A1)"
    assert evil["Lead title"] == "'\tTab title"


def test_csv_semicolon_without_bom(db, data, tmp_path: Path) -> None:
    target = tmp_path / "leads.csv"
    with db.session() as s:
        ex.export(s, target, ExportRequest(), semicolon=True, bom=False)
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8")), delimiter=";"))
    header = rows[0]
    assert len(header) == len(ex.LEAD_COLUMNS)
    r1 = next(dict(zip(header, r, strict=True)) for r in rows[1:] if int(r[0]) == data["l1"])
    assert r1["Value"] == "12345,50"  # decimal comma for Finnish Excel
    assert r1["Owner"] == "Matti Myyjä"


def test_csv_holds_one_list(db, data, out: Path) -> None:
    with db.session() as s, pytest.raises(UserError, match="one list"):
        ex.export(s, out / "x.csv", ExportRequest(kinds=(LEADS, CONTACTS)))
    assert list(out.iterdir()) == []


def test_cancel_leaves_no_file_and_keeps_the_old_one(db, data, out: Path) -> None:
    target = out / "leads.xlsx"
    target.write_bytes(b"old")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the start pass, cancel at the next look

    with db.session() as s, pytest.raises(ex.ExportCancelled):
        ex.export(s, target, ExportRequest(kinds=(LEADS, FOLLOWUPS)), cancel=cancel)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == ["leads.xlsx"]


def test_failure_mid_write_leaves_no_file(db, data, out: Path, monkeypatch) -> None:
    target = out / "leads.csv"

    def broken(*args, **kwargs):
        yield [None] * len(ex.LEAD_COLUMNS)
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(ex._ROWS, LEADS, broken)
    with db.session() as s, pytest.raises(RuntimeError):
        ex.export(s, target, ExportRequest())
    assert list(out.iterdir()) == []


def test_progress_reports_rows(db, data, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with db.session() as s:
        ex.export(
            s,
            tmp_path / "a.xlsx",
            ExportRequest(kinds=(LEADS, FOLLOWUPS)),
            progress=lambda d, t: seen.append((d, t)),
        )
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_unwritable_targets(db, data, out: Path, monkeypatch) -> None:
    with db.session() as s:
        with pytest.raises(UserError, match="does not exist"):
            ex.export(s, out / "nope" / "x.xlsx")
        with pytest.raises(UserError, match="is a folder"):
            (out / "d.xlsx").mkdir()
            ex.export(s, out / "d.xlsx")
        with pytest.raises(UserError, match=r"\.xlsx or \.csv"):
            ex.export(s, out / "x.pdf")
        (out / ".~lock.open.xlsx#").write_text("lo")
        with pytest.raises(UserError, match="open in another program"):
            ex.export(s, out / "open.xlsx")
        (out / "~$book.xlsx").write_text("excel")
        with pytest.raises(UserError, match="open in another program"):
            ex.export(s, out / "book.xlsx")

        def locked(src, dst):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(writer.os, "replace", locked)
        with pytest.raises(UserError, match=r"x\.xlsx is open in another program"):
            ex.export(s, out / "x.xlsx")
    assert {p.name for p in out.iterdir()} == {"d.xlsx", ".~lock.open.xlsx#", "~$book.xlsx"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(db, data, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with db.session() as s, pytest.raises(UserError, match="Cannot write"):
            ex.export(s, folder / "x.xlsx")
    finally:
        folder.chmod(0o755)


def test_per_owner_hand_out(db, data, out: Path) -> None:
    with db.transaction() as s:  # Liisa stands in for Matti on one call
        s.add(
            FollowUp(
                uid="u5",
                lead_id=data["l1"],
                title="Sijaisuus",
                due_at=datetime(2026, 12, 3, 8, 0, tzinfo=UTC),
                owner_id=data["liisa"],
            )
        )
    with db.session() as s:
        results = ex.export_per_owner(s, out, day=date(2026, 11, 27))
    names = sorted(r.path.name for r in results)
    assert names == ["Liisa Laine 2026-11-27.xlsx", "Matti Myyjä 2026-11-27.xlsx"]
    matti = next(r for r in results if r.path.name.startswith("Matti"))
    # l1, l2; the open call and the card task on his lead/contact, and Liisa's call on his lead
    assert matti.counts == {LEADS: 2, FOLLOWUPS: 3}
    liisa = next(r for r in results if r.path.name.startswith("Liisa"))
    assert liisa.counts == {LEADS: 1, FOLLOWUPS: 2}  # her demo, and the call she stands in for
    wb = openpyxl.load_workbook(matti.path)
    assert wb.sheetnames == ["Leads", "Follow-ups", "Lists"]
    assert {r["Lead ID"] for r in _rows(wb["Leads"])} == {data["l1"], data["l2"]}
    titles = {r["Follow-up"] for r in _rows(wb["Follow-ups"])}
    assert titles == {"Soita tarjouksesta", "Joulukortti", "Sijaisuus"}
    assert sorted(p.name for p in out.iterdir()) == names


def test_per_owner_cancel_writes_nothing(db, data, out: Path) -> None:
    calls = []
    with db.session() as s, pytest.raises(ex.ExportCancelled):
        ex.export_per_owner(s, out, cancel=lambda: calls.append(1) or len(calls) > 2)
    assert list(out.iterdir()) == []


def test_large_selection_has_no_parameter_limit(db, data, tmp_path: Path) -> None:
    ids = (data["l1"], *range(10_000_000, 10_040_000))
    with db.session() as s:
        assert [r[0] for r in ex.iter_rows(s, LEADS, ExportRequest(lead_ids=ids))] == [data["l1"]]


def test_control_characters_are_dropped_in_xlsx(db, data, tmp_path: Path) -> None:
    with db.transaction() as s:
        lead = s.get(Lead, data["l2"])
        lead.notes = "rivi\x0bkaksi\nkolme"
    target = tmp_path / "c.xlsx"
    with db.session() as s:
        ex.export(s, target)
    rows = {r["Lead ID"]: r for r in _rows(openpyxl.load_workbook(target)["Leads"])}
    assert rows[data["l2"]]["Lead notes"] == "rivikaksi\nkolme"


def test_empty_export_is_still_a_valid_sheet(db, tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    with db.session() as s:
        assert ex.export(s, target).counts == {LEADS: 0}
        assert s.scalars(select(Lead.id)).all() == []
    ws = openpyxl.load_workbook(target)["Leads"]
    assert ws.max_row == 1 and ws.auto_filter.ref == "A1:T2"


@pytest.mark.pg
def test_export_on_every_engine(any_db, out: Path) -> None:
    """Tags (group_concat / string_agg), inline id lists and the follow-up joins on SQLite and PG."""
    with any_db.transaction() as s:
        st = stages(s)
        owner = Owner(name="Anna Aho")
        c = Contact(name="Hanna K", first_name="Hanna", last_name="K")
        lead = Lead(contact=c, title="Kauppa", stage=st[0], owner=owner, tags=[Tag(name="A"), Tag(name="B")])
        s.add_all([owner, c, lead])
        s.flush()
        s.add(FollowUp(uid="pg1", lead=lead, title="Soita", due_at=datetime(2026, 12, 1, 8, tzinfo=UTC)))
        lead_id = lead.id
    with any_db.session() as s:
        req = ExportRequest(kinds=(LEADS, CONTACTS, FOLLOWUPS), lead_ids=(lead_id,), search="Kauppa")
        result = ex.export(s, out / "pg.xlsx", req)
    assert result.counts == {LEADS: 1, CONTACTS: 1, FOLLOWUPS: 1}
    rows = _rows(openpyxl.load_workbook(out / "pg.xlsx")["Leads"])
    assert sorted(rows[0]["Tags"].split(", ")) == ["A", "B"]


def test_shown_rows_narrow_every_list(db, data) -> None:  # type: ignore[no-untyped-def]
    """A view's shown rows (``shown_*_ids``) are kept to together with its other filters;
    an empty list shows nothing (not "anything")."""
    with db.session() as s:
        fu_ids = {uid: fid for uid, fid in s.execute(select(FollowUp.uid, FollowUp.id))}
        kinds = [LEADS, CONTACTS, FOLLOWUPS]

        def counts(**data_: object) -> dict[str, int]:
            return ex.count_rows(s, ex.request_from_dict(s, {"kinds": kinds, **data_}))

        shown = [data["l1"], data["l2"], data["l3"]]
        assert counts(shown_lead_ids=shown) == {LEADS: 3, CONTACTS: 3, FOLLOWUPS: 2}
        # only l3 is from the website: its contact and its open follow-up (Demo)
        assert counts(shown_lead_ids=shown, sources=["website"]) == {LEADS: 1, CONTACTS: 1, FOLLOWUPS: 1}
        assert counts(shown_lead_ids=[]) == {LEADS: 0, CONTACTS: 0, FOLLOWUPS: 0}
        # the contacts view: Hanna and her organization, their leads (not the discarded one)
        scoped = counts(scope=CONTACTS, shown_contact_ids=[data["hanna"], data["org"]])
        assert scoped == {LEADS: 2, CONTACTS: 2, FOLLOWUPS: 2}
        assert (
            counts(scope=CONTACTS, shown_contact_ids=[data["hanna"]], contact_ids=[data["org"]])[CONTACTS]
            == 0
        )
        # the agenda: its rows, still only the open ones unless asked for all
        agenda = [fu_ids["u1"], fu_ids["u4"]]
        assert counts(shown_followup_ids=agenda)[FOLLOWUPS] == 1
        assert counts(shown_followup_ids=agenda, followup_status="")[FOLLOWUPS] == 2
        assert counts(shown_followup_ids=[])[FOLLOWUPS] == 0
