"""Generated realistic lead lists for the import benchmarks (100,000 rows × 12 columns)."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

FIRST = [
    "Matti",
    "Timo",
    "Juha",
    "Mikko",
    "Jari",
    "Antti",
    "Jukka",
    "Pekka",
    "Heikki",
    "Sami",
    "Aino",
    "Hanna",
    "Johanna",
    "Kaisa",
    "Katja",
    "Laura",
    "Liisa",
    "Minna",
    "Riikka",
    "Sanna",
    "Satu",
    "Tiina",
    "Eeva",
    "Olli",
    "Ville",
    "Tuomas",
    "Marjut",
    "Jenni",
    "Noora",
    "Emilia",
]
LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Öhman",
    "Åberg",
]
ORG_A = [
    "Konepaja",
    "Rakennus",
    "Kiinteistöhuolto",
    "Sähkö",
    "Puutarha",
    "Kuljetus",
    "Metalli",
    "Lämpöpumppu",
    "Putki",
    "Ikkuna",
    "Puu",
    "Logistiikka",
    "Ohjelmisto",
    "Tilitoimisto",
]
ORG_B = ["Oy", "Ab", "Ky", "Oyj", "& Pojat Ky", "Group Oy"]
CITIES = [
    ("00100", "Helsinki"),
    ("02100", "Espoo"),
    ("01300", "Vantaa"),
    ("33100", "Tampere"),
    ("20100", "Turku"),
    ("90100", "Oulu"),
    ("40100", "Jyväskylä"),
    ("15110", "Lahti"),
    ("70100", "Kuopio"),
    ("65100", "Vaasa"),
]
TITLES = [
    "toimitusjohtaja",
    "myyntijohtaja",
    "ostopäällikkö",
    "talouspäällikkö",
    "tuotantopäällikkö",
    "hankintapäällikkö",
    "kiinteistöpäällikkö",
    "yrittäjä",
    "CEO",
    "Sales Manager",
]
TEMPS = ["kuuma", "lämmin", "kylmä", "hot", "warm", "cold", ""]
HEADER = [
    "Etunimi",
    "Sukunimi",
    "Yritys",
    "Y-tunnus",
    "Titteli",
    "Sähköposti",
    "Puhelin",
    "Postinumero",
    "Kaupunki",
    "Kiinnostus",
    "Arvo",
    "Lisätiedot",
]


def ytunnus(n: int) -> str:
    body = f"{n % 10_000_000:07d}"
    total = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True))
    r = total % 11
    if r == 1:
        body = f"{(n + 1) % 10_000_000:07d}"
        total = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True))
        r = total % 11
        if r == 1:
            return ""
    return f"{body}-{0 if r == 0 else 11 - r}"


def rows(n: int, seed: int = 7, offset: int = 0) -> list[list[object]]:
    rnd = random.Random(seed)
    out: list[list[object]] = []
    orgs = [f"{rnd.choice(ORG_A)} {rnd.choice(LAST)} {rnd.choice(ORG_B)}" for _ in range(max(n // 8, 10))]
    for i in range(offset, offset + n):
        fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
        org_i = rnd.randrange(len(orgs))
        org = orgs[org_i]
        dom = "".join(c for c in org.lower().split(" ")[1] if c.isalpha()) or "firma"
        email = (
            f"{fn.lower()}.{ln.lower()}{i}@{dom}{org_i % 500}.fi".replace("ä", "a")
            .replace("ö", "o")
            .replace("å", "a")
        )
        mobile = f"{rnd.choice(['40', '41', '44', '45', '46', '50'])}{rnd.randrange(10**6, 10**7)}"
        kind = i % 4
        phone: object = (
            int(mobile)
            if kind == 0
            else "0" + mobile
            if kind == 1
            else f"+358 {mobile[:2]} {mobile[2:]}"
            if kind == 2
            else f"0{mobile[:2]} {mobile[2:5]} {mobile[5:]}"
        )
        pc, city = rnd.choice(CITIES)
        out.append(
            [
                fn,
                ln,
                org,
                ytunnus(org_i * 7919 + 1000000),
                rnd.choice(TITLES),
                email,
                phone,
                int(pc) if i % 3 == 0 else pc,
                city,
                rnd.choice(TEMPS),
                rnd.choice([0, 1500, 2500.5, 10000, 48000]),
                rnd.choice(["", "", "Soita tammikuussa", "Kiinnostunut demosta", "Pyysi tarjouksen"]),
            ]
        )
    return out


def write_xlsx(path: Path, data: list[list[object]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Liidit")
    ws.append(["Messuliidit 2026"])
    ws.append([])
    ws.append(HEADER)
    for r in data:
        ws.append(r)
    wb.save(path)
    return path


def write_csv(path: Path, data: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADER)
        w.writerows(data)
    return path


def existing_contacts(
    n: int, file_rows: list[list[object]] | None = None, overlap: int = 20
) -> list[dict[str, object]]:
    """``n`` contacts already in the database; every ``overlap``-th row of ``file_rows`` is one
    of them (same e-mail), the rest are other people."""
    out = []
    shared = file_rows[::overlap] if file_rows else []
    for r in shared[:n]:
        out.append(
            {
                "kind": "person",
                "first_name": r[0],
                "last_name": r[1],
                "name": f"{r[0]} {r[1]}",
                "email": str(r[5]).lower(),
                "city": "",
            }
        )
    for i, r in enumerate(rows(n - len(out), seed=99, offset=10_000_000)):
        out.append(
            {
                "kind": "person",
                "first_name": r[0],
                "last_name": r[1],
                "name": f"{r[0]} {r[1]}",
                "email": f"other{i}." + str(r[5]).lower(),
                "city": str(r[8]),
            }
        )
    return out


_ = (date, timedelta)
