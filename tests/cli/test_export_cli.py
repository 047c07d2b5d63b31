"""``salesdesk export``: files, filters, per-owner hand-outs, JSON, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from salesdesk.cli import main
from salesdesk.crm.funnel import stages
from salesdesk.db import open_database
from salesdesk.db.models import Contact, Lead, Owner


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    with db.transaction() as s:
        st = {x.key: x for x in stages(s)}
        anna = Owner(name="Anna Aho", initials="AA")
        ville = Owner(name="Ville Virta", initials="VV")
        s.add_all([anna, ville])
        for i in range(5):
            c = Contact(name=f"Asiakas {i}", first_name="Asiakas", last_name=str(i), email=f"a{i}@example.fi")
            s.add(
                Lead(
                    contact=c,
                    title=f"Kauppa {i}",
                    stage=st["proposal"] if i < 2 else st["suspect"],
                    owner=anna if i % 2 == 0 else ville,
                    source="referral" if i == 4 else "website",
                    value_cents=100_00 * (i + 1),
                )
            )
    db.dispose()
    return path


def _run(dbfile: Path, *args: str) -> int:
    return main(["--db", str(dbfile), "export", *args])


def test_export_xlsx_with_filters(dbfile: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.xlsx"
    assert _run(dbfile, str(target), "--stage", "proposal", "--owner", "Anna Aho", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"files": [{"path": str(target), "leads": 1}]}
    ws = openpyxl.load_workbook(target)["Leads"]
    assert [c.value for c in ws[2]][2] == "Kauppa 0"
    assert _run(dbfile, str(target), "--source", "referral") == 0
    assert "Wrote" in capsys.readouterr().out
    assert openpyxl.load_workbook(target)["Leads"].max_row == 2


def test_export_csv_semicolon(dbfile: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert _run(dbfile, str(target), "--semicolon") == 0
    text = target.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert len(lines) == 6 and lines[0].startswith("Lead ID;Contact ID;Lead title")
    assert "500,00" in text


def test_export_several_lists(dbfile: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    assert _run(dbfile, str(target), "--include", "leads,contacts,followups") == 0
    assert openpyxl.load_workbook(target).sheetnames == ["Leads", "Contacts", "Follow-ups", "Lists"]


def test_per_owner(dbfile: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "handout"
    folder.mkdir()
    assert _run(dbfile, "--per-owner", str(folder), "--json") == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert sorted((Path(f["path"]).name.split(" 20")[0], f["leads"]) for f in files) == [
        ("Anna Aho", 3),
        ("Ville Virta", 2),
    ]
    assert len(list(folder.iterdir())) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/missing/x.xlsx"], "does not exist"),
        (["{tmp}/x.pdf"], ".xlsx or .csv"),
        (["{tmp}/x.xlsx", "--stage", "Nope"], "No stage called Nope"),
        (["{tmp}/x.xlsx", "--owner", "Nobody"], "No sales rep called Nobody"),
        (["{tmp}/x.xlsx", "--source", "telepathy"], "No lead source called telepathy"),
        (["{tmp}/x.csv", "--include", "leads,contacts"], "one list"),
        ([], "Give a file"),
        (["{tmp}/locked.xlsx"], "open in another program"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(dbfile: Path, tmp_path: Path, capsys, args, message) -> None:
    (tmp_path / "~$locked.xlsx").write_text("")
    assert _run(dbfile, *[a.format(tmp=tmp_path) for a in args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert [p.name for p in tmp_path.glob("*.xlsx")] == ["~$locked.xlsx"]
    assert not list(tmp_path.glob(".~salesdesk*"))
