"""Fixing several cells of a row at once, and the fixed row's status computed alone.

``fix_cells`` with ``keys`` classifies only the fixed row (against the existing contacts and
the earlier rows of the file); ``classification`` of the whole file, run afterwards, must
agree with it and settle the later rows.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from salesdesk.sheets import pipeline
from salesdesk.sheets.duplicates import Candidate, build_index

HEADER = "Etunimi;Sukunimi;Yritys;Sähköposti;Sähköposti 2;Puhelin;Postinumero;Arvioitu päätös;Arvo;Lisätiedot"


def _sheet(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "leads.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _col(a: pipeline.Analysis, name: str) -> int:
    return a.header.names.index(name)


ROWS = (
    "Matti;Virtanen;Konepaja Oy;matti@konepaja.fi;;0401234567;00100;27.11.2026;1 200,50;",
    "Liisa;Korhonen;Puutarha Ky;liisa@puutarha.fi;liisa(at)koti;0501112222;33100;31.2.2026;paljon;soita",
    "Pekka;Nieminen;Rakennus Oy;pekka(at)rakennus;;;;;;",
    ";;;;;;;;;muistiinpano",
)


def test_several_cells_fixed_at_once(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path, *ROWS), opts)
    liisa = a.rows[1]
    assert liisa.status == pipeline.INVALID
    # the error (second e-mail) and the two warnings (date, amount) are all reported
    assert liisa.bad_columns == {"Sähköposti 2", "Arvioitu päätös", "Arvo"}
    assert liisa.original[_col(a, "Arvo")] == "paljon"
    keys = pipeline.FileKeys(a.rows)
    row = pipeline.fix_cells(
        a,
        1,
        {
            _col(a, "Sähköposti 2"): "Liisa@Koti.FI",
            _col(a, "Arvioitu päätös"): "28.2.2026",
            _col(a, "Arvo"): "2 500",
        },
        opts,
        keys=keys,
    )
    assert row is a.rows[1] and row.row == 3 and row.index == 1
    assert row.problems == [] and row.status == pipeline.NEW
    assert row.values["email"] == "liisa@puutarha.fi" and row.values["email2"] == "liisa@koti.fi"
    assert row.values["expected_close"] == date(2026, 2, 28)
    assert row.values["value_cents"] == 250_000
    assert row.values["notes"] == "soita"  # the cells not edited are kept
    assert row.original[_col(a, "Arvo")] == "2 500"


def test_part_of_the_cells_fixed_leaves_the_others_reported(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path, *ROWS), opts)
    row = pipeline.fix_cells(
        a,
        1,
        {_col(a, "Arvo"): "300", _col(a, "Sähköposti 2"): "liisa@"},
        opts,
        keys=pipeline.FileKeys(a.rows),
    )
    assert row.status == pipeline.INVALID
    assert {p.column: p.error for p in row.problems} == {"Sähköposti 2": True, "Arvioitu päätös": False}
    assert all(p.row == 3 for p in row.problems)
    assert row.values["value_cents"] == 30_000


def test_a_row_with_no_identity_fixed_by_filling_a_name(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path, *ROWS), opts)
    empty = a.rows[3]
    assert [p.column for p in empty.errors] == [None] and "Row 5" in empty.errors[0].message
    keys = pipeline.FileKeys(a.rows)
    row = pipeline.fix_cells(
        a, 3, {_col(a, "Etunimi"): "Kalle", _col(a, "Sukunimi"): "Koski"}, opts, keys=keys
    )
    assert row.status == pipeline.NEW and row.values["notes"] == "muistiinpano"
    # emptying every cell again: still invalid, the message names the sheet row
    row = pipeline.fix_cells(a, 3, dict.fromkeys(range(a.header.width), ""), opts, keys=keys)
    assert row.status == pipeline.INVALID and row.errors[0].message.startswith("Row 5:")


def test_fixed_row_duplicates_an_earlier_row(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path, *ROWS), opts)
    row = pipeline.fix_cells(
        a, 2, {_col(a, "Sähköposti"): "MATTI@konepaja.fi"}, opts, keys=pipeline.FileKeys(a.rows)
    )
    assert row.status == pipeline.DUPLICATE
    assert row.match is not None and row.match.key == ("row", 0) and row.match.reason == "email"


def test_fixed_row_updates_an_existing_contact(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    existing = build_index([Candidate(key=42, emails=["pekka@rakennus.fi"], first_name="Pekka")])
    a = pipeline.analyse(_sheet(tmp_path, *ROWS), opts, existing=existing)
    row = pipeline.fix_cells(
        a, 2, {_col(a, "Sähköposti"): "pekka@rakennus.fi"}, opts, existing, keys=pipeline.FileKeys(a.rows)
    )
    assert row.status == pipeline.UPDATE
    assert row.match is not None and row.match.key == 42 and not row.match.in_file


def test_fixed_row_still_invalid(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path, *ROWS), opts)
    row = pipeline.fix_cells(a, 2, {_col(a, "Sähköposti"): "pekka@"}, opts, keys=pipeline.FileKeys(a.rows))
    assert row.status == pipeline.INVALID and row.match is None
    assert [p.column for p in row.errors] == ["Sähköposti"]
    assert row.original[_col(a, "Sähköposti")] == "pekka@"


def test_a_fixed_earlier_row_turns_a_later_one_into_its_duplicate_after_the_full_check(
    tmp_path: Path,
) -> None:
    opts = pipeline.ImportOptions()
    rows = (
        "Pekka;Nieminen;Rakennus Oy;pekka(at)rakennus;;;;;;",
        "P.;Nieminen;;pekka@rakennus.fi;;;;;;",
    )
    a = pipeline.analyse(_sheet(tmp_path, *rows), opts)
    assert [r.status for r in a.rows] == [pipeline.INVALID, pipeline.NEW]
    keys = pipeline.FileKeys(a.rows)
    snapshot = list(a.rows)
    row = pipeline.fix_cells(a, 0, {_col(a, "Sähköposti"): "pekka@rakennus.fi"}, opts, keys=keys)
    assert row.status == pipeline.NEW
    assert a.rows[1].status == pipeline.NEW  # the later row waits for the full check
    # a full check computed on the snapshot taken before the fix is stale …
    assert pipeline.classification(snapshot, None)[1][0] == pipeline.NEW
    # … the one on the current rows settles it
    result = pipeline.classification(a.rows, None)
    assert [s for s, _ in result] == [pipeline.NEW, pipeline.DUPLICATE]
    pipeline.apply_classification(a.rows, result)
    assert a.rows[1].match is not None and a.rows[1].match.key == ("row", 0)
    assert a.counts()["duplicate"] == 1


def test_classifying_one_row_agrees_with_the_whole_file(tmp_path: Path) -> None:
    """Random fixes over a file full of duplicates: each fixed row's own status equals what
    a full classification gives it, when the rows before it are up to date."""
    rnd = random.Random(7)
    people = [("Matti", "Virtanen"), ("Liisa", "Korhonen"), ("Pekka", "Nieminen"), ("Aino", "Laine")]
    orgs = ["Konepaja Oy", "Puutarha Ky", "Rakennus Oy"]
    lines = []
    for i in range(120):
        first, last = rnd.choice(people)
        email = rnd.choice([f"{first.lower()}@x.fi", f"{last.lower()}(at)x", "", f"u{i}@x.fi"])
        phone = rnd.choice(["", "0401234567", "0501112222", f"04012{i:05d}"])
        lines.append(f"{first};{last};{rnd.choice(orgs)};{email};;{phone};;;;")
    existing = build_index(
        [Candidate(key=1, emails=["aino@x.fi"]), Candidate(key=2, phones=["+358501112222"])]
    )
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path, *lines), opts, existing=existing)
    keys = pipeline.FileKeys(a.rows)
    email_col = _col(a, "Sähköposti")
    invalid = [r.index for r in a.rows if r.status == pipeline.INVALID]
    assert len(invalid) > 10
    for index in invalid:
        text = rnd.choice(["matti@x.fi", "liisa@x.fi", "aino@x.fi", f"new{index}@x.fi", "still(at)bad"])
        row = pipeline.fix_cells(a, index, {email_col: text}, opts, existing, keys=keys)
        full = pipeline.classification(a.rows, existing)
        assert (row.status, row.match) == full[index], index
        pipeline.apply_classification(a.rows, full)
    assert a.counts()["invalid"] < len(invalid)


def test_preview_groups_follow_moved_rows_like_a_recount() -> None:
    rnd = random.Random(3)
    statuses = list(pipeline.STATUSES)
    rows = [
        pipeline.RowResult(index=i, row=i + 2, values={}, is_organization=False, status=rnd.choice(statuses))
        for i in range(400)
    ]
    groups = pipeline.PreviewGroups(rows, 7)
    for _ in range(300):
        # a batch of moves, as a re-check lands: every status set first, then reported
        batch = [
            (i, rows[i].status, rnd.choice(statuses)) for i in rnd.sample(range(400), rnd.randint(1, 12))
        ]
        for i, _old, new in batch:
            rows[i].status = new
        for i, old, new in batch:
            groups.moved(i, old, new)
        fresh = pipeline.PreviewGroups(rows, 7)
        assert groups.counts == fresh.counts
        assert groups.shown == fresh.shown
    assert sum(groups.counts.values()) == 400


def test_rows_with_only_warnings_keep_their_cells_when_asked(tmp_path: Path) -> None:
    path = _sheet(tmp_path, "Pekka;Nieminen;Rakennus Oy;pekka@rakennus.fi;;;;ensi viikolla;;")
    plain = pipeline.analyse(path, pipeline.ImportOptions())
    assert plain.rows[0].status == pipeline.NEW and plain.rows[0].original == []  # memory kept low
    opts = pipeline.ImportOptions(keep_warned_cells=True)
    a = pipeline.analyse(path, opts)
    assert a.rows[0].original[_col(a, "Arvioitu päätös")] == "ensi viikolla"
    row = pipeline.fix_cells(
        a, 0, {_col(a, "Arvioitu päätös"): "1.3.2027"}, opts, keys=pipeline.FileKeys(a.rows)
    )
    assert (
        row.status == pipeline.NEW and row.problems == [] and row.values["expected_close"] == date(2027, 3, 1)
    )
