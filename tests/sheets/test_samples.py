"""Every real-world sample imports sensibly or is refused with one clear line."""

from __future__ import annotations

import pytest

from salesdesk.errors import UserError
from salesdesk.sheets import pipeline
from tests.sheets.conftest import broken_files, sample_files

REFUSED = {"oca_partner_list_title_rows.xlsx", "oca_report_crm_lead_multisheet.xlsx"}


@pytest.mark.parametrize("name", sample_files() or ["(none)"])
def test_sample_imports_or_is_refused(samples, name):
    path = samples / name
    if name in REFUSED:
        with pytest.raises(UserError) as exc:
            pipeline.analyse(path)
        assert "\n" not in str(exc.value)
        assert "nothing to import" in str(exc.value)
        return
    a = pipeline.analyse(path)
    counts = a.counts()
    good = counts["new"] + counts["update"] + counts["duplicate"] + counts["likely"]
    assert good >= 1
    assert good >= 0.9 * len(a.rows) or name.startswith(("rsi_example", "mautic", "odoo19_crm"))
    for r in a.rows:
        if r.status != pipeline.INVALID:
            v = r.values
            assert any(v.get(k) for k in ("first_name", "last_name", "organization", "email", "phone"))


@pytest.mark.parametrize("name", broken_files() or ["(none)"])
def test_broken_files_refused_cleanly(samples, name):
    with pytest.raises(UserError) as exc:
        pipeline.analyse(samples / "broken" / name)
    msg = str(exc.value)
    assert msg and "\n" not in msg and "Traceback" not in msg


def test_finnish_trade_show_sheet(samples):
    a = pipeline.analyse(samples / "fi_tradeshow_leads_2026.xlsx")
    assert a.sheet == "Liidit"
    assert a.header_row == 4
    m = a.mapping_dict()
    assert m["Etunimi"] == "first_name" and m["Sähköposti"] == "email" and m["Y-tunnus"] == "business_id"
    assert m["Kiinnostus"] == "temperature"
    c = a.counts()
    assert c["invalid"] == 1
    assert c["duplicate"] == 5  # the second scans in other spellings
    assert a.empty_rows == 1
    by_email = {r.values.get("email"): r for r in a.rows}
    johanna = by_email["johanna.virtanen6@rakennus-virtanen.fi"].values
    assert johanna["phone"] == "+358454508569"  # Excel dropped the leading zero
    assert johanna["postal_code"] == "00100"
    pekka = by_email["pekka.koskinen3@konepajakoskinen.fi"].values
    assert pekka["postal_code"] == "00100"  # 100.0 in the cell
    assert by_email["mikko.virtanen1@virtanen.fi"].values["temperature"] == "hot"
    dup = next(r for r in a.rows if r.status == "duplicate")
    assert dup.values["last_name"] == dup.values["last_name"].title()
    bad = next(r for r in a.rows if r.status == "invalid")
    cols = bad.bad_columns
    assert {"Sähköposti", "Puhelin", "Y-tunnus"} <= cols


def test_company_and_people_rows(samples):
    a = pipeline.analyse(samples / "odoo15_customers_contacts.csv")
    orgs = [r for r in a.rows if r.is_organization]
    people = [r for r in a.rows if not r.is_organization]
    assert {r.values["organization"] for r in orgs} >= {"Aurora Shelves", "House Sales Direct"}
    roger = next(r for r in people if r.values.get("first_name") == "Roger")
    assert roger.values["organization"] == "Aurora Shelves"
    assert roger.values["last_name"] == "Martins"


def test_json_cells_and_many_emails(samples):
    a = pipeline.analyse(samples / "krayin_persons_json_cells.csv")
    wilson = a.rows[0].values
    assert wilson["email"] == "contact@wilson.com" and wilson["email2"] == "contact.home@wilson.com"
    b = pipeline.analyse(samples / "atomic_crm_contacts_500.csv")
    assert len(b.rows) == 500
    assert sum(1 for r in b.rows if r.values.get("email")) >= 490


def test_multisheet_proposes_first_data_sheet(samples):
    a = pipeline.analyse(samples / "odoo19_crm_lead_template.xls")
    assert a.sheet == "Template"
    m = a.mapping_dict()
    assert m["Name"] == "lead_title" and m["Contact Name"] == "full_name"


def test_title_rows_and_sections(samples):
    a = pipeline.analyse(samples / "invoiceninja_v4_clients_sections.csv")
    assert a.header_row == 4
    assert a.mapping_dict()["Phone (2)"] == "phone"
