"""Normalising and validating cell values, one column at a time.

Every normaliser works on a whole column and caches by value, so a list with the same city
or company 10,000 times computes it once. Each returns ``(values, problems)`` where
``problems`` maps a row index to a :class:`Problem`.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from salesdesk.crm.money import Money, MoneyError, parse_amount
from salesdesk.crm.names import split_name
from salesdesk.i18n import translate
from salesdesk.sheets.readers import cell_text

DEFAULT_REGION = "FI"


@dataclass(frozen=True)
class Problem:
    message: str
    error: bool = True  # an error makes the row invalid; a warning only drops the value


Column = list[Any]
Problems = dict[int, Problem]

_WS = re.compile(r"\s+")
# Control characters (NUL, bell, escape, C1 ...) and a stray byte-order mark: never text a
# person typed. PostgreSQL refuses NUL in text, SQLite stores it: both get them stripped.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff]")

#: What a spreadsheet shows in a cell whose formula failed (Excel, LibreOffice).
SHEET_ERRORS = frozenset(
    {"#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#FIELD!"}
    | {"#GETTING_DATA", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#N/A!"}
    | {f"Err:{n}" for n in range(501, 540)}
)


def fold(value: Any) -> str:
    """Cell to text with whitespace trimmed and folded (also non-breaking spaces), control
    characters removed."""
    if value is None or value == "":
        return ""
    text = cell_text(value)
    if not text:
        return ""
    text = _CONTROL.sub("", text)
    return _WS.sub(" ", text).strip()


def sheet_error_problem(value: str) -> Problem:
    """A warning for a cell holding a spreadsheet error (#REF!, #N/A …): left empty."""
    return Problem(
        translate(
            "Import", "“{value}” is an error in the spreadsheet, not a value; the cell was left empty"
        ).format(value=value),
        error=False,
    )


def fold_column(values: Sequence[Any]) -> list[str]:
    cache: dict[Any, str] = {}
    out = []
    for v in values:
        try:
            r = cache[v]
        except KeyError:
            r = cache[v] = fold(v)
        except TypeError:
            r = fold(v)
        out.append(r)
    return out


# -- JSON-array cells (Krayin: [{"label": "work", "value": "x@y.fi"}]) ------------------------


def explode_json(text: str) -> list[str]:
    """The values inside a JSON array cell, else the text split on ; , or newline."""
    t = text.strip()
    if t.startswith("[") and t.endswith("]"):
        try:
            data = json.loads(t)
        except ValueError:
            data = None
        if isinstance(data, list):
            vals = []
            for item in data:
                if isinstance(item, dict):
                    item = item.get("value") or item.get("email") or item.get("number") or ""
                if item not in (None, ""):
                    vals.append(str(item).strip())
            return vals
    return [t] if t else []


_SEPARATORS = re.compile(r"[;\n]|,\s*(?=\S+@)|\s+/\s+")
_MAYBE_MANY = re.compile(r"[;\n,/\[]")


def split_multi(text: str) -> list[str]:
    """Several values in one cell: JSON array, or separated by ; , / newline."""
    if not text:
        return []
    if _MAYBE_MANY.search(text) is None:  # one value (most cells): no split needed
        t = text.strip()
        return [t] if t else []
    if text.lstrip().startswith("["):
        return explode_json(text)
    parts = _SEPARATORS.split(text)
    return [p.strip() for p in parts if p.strip()]


# -- names -------------------------------------------------------------------------------------

_FIRST_NAMES = frozenset(
    """matti timo juha mikko jari antti jukka mika markku pekka hannu heikki seppo janne ari
    petri sami ville kari esa marko tuomas jani lauri olli juho eero aleksi teemu tommi jussi
    kalle tapio pertti raimo risto veikko erkki jarmo kimmo harri tero ismo arto vesa niko
    eetu elias onni leevi oliver aino eeva hanna helena johanna kaisa katja kirsi laura leena
    liisa maria marja marjut minna merja niina paula pirjo riikka ritva sanna sari satu
    susanna tiina tuula anne anna elina emilia emma heidi jenni julia kaija kristiina
    maarit mari noora outi paivi paivikki pia pauliina raija saara sirpa sofia suvi taina
    tarja terhi tuija ulla virpi elsa ella venla iida lotta milla
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel henry peter jack roger
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley helen
    anna lars erik per karl johan nils hans jan peter thomas""".split()  # noqa: SIM905
)
_SURNAME_SUFFIX = re.compile(r"(nen|la|lä|sson|sen|ström|berg|lund|qvist|mäki|maa|järvi)$")
_HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|dr|prof|sir|madam|herra|rouva|neiti|tri)\.?\s+", re.I)
_SUFFIXES = re.compile(r",?\s+(jr|sr|ii|iii|iv|dvm|md|phd|esq)\.?$", re.I)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fix_case(name: str) -> str:
    """ "KOSKINEN" → "Koskinen", "matti" → "Matti"; mixed case is left as written."""
    if not name:
        return name
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 1 and (name.isupper() or name.islower()):
        return "-".join(
            " ".join(w[:1].upper() + w[1:].lower() for w in part.split(" ")) for part in name.split("-")
        )
    return name


def name_column(values: Sequence[Any]) -> list[str]:
    cache: dict[Any, str] = {}
    out = []
    for v in values:
        r = cache.get(v)
        if r is None:
            r = cache[v] = fix_case(fold(v))
        out.append(r)
    return out


def _first_token_votes(tokens: list[str]) -> tuple[int, int]:
    """(votes for first-last, votes for last-first) from one two-token name."""
    a, b = (_strip_accents(t).casefold() for t in (tokens[0], tokens[-1]))
    fl = lf = 0
    if a in _FIRST_NAMES or _SURNAME_SUFFIX.search(tokens[-1].casefold()):
        fl += 1
    if b in _FIRST_NAMES or _SURNAME_SUFFIX.search(tokens[0].casefold()):
        lf += 1
    return fl, lf


def detect_last_first(names: Sequence[str]) -> bool:
    """True when the column writes names surname first ("Virtanen Matti") consistently."""
    fl = lf = 0
    for n in names[:2000]:
        if not n or "," in n:
            continue
        tokens = n.split()
        if len(tokens) != 2:
            continue
        a, b = _first_token_votes(tokens)
        if a and not b:
            fl += 1
        elif b and not a:
            lf += 1
    return lf >= 2 and lf >= 3 * fl


def split_full_name(name: str, last_first: bool = False) -> tuple[str, str]:
    """Split "Matti Virtanen" (or "Virtanen Matti" / "Virtanen, Matti") into (first, last):
    the case fixed and titles dropped, then ``crm.names.split_name`` (the one rule)."""
    name = fix_case(name)
    name = _SUFFIXES.sub("", _HONORIFIC.sub("", name)).strip()
    return split_name(name, last_first)


# -- e-mail ------------------------------------------------------------------------------------

_ATEXT = r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+"
_FAST_EMAIL = re.compile(rf"^({_ATEXT}(?:\.{_ATEXT})*)@([a-z0-9.-]+)$")


_PLAIN_DOMAIN = re.compile(r"[a-z0-9.-]+")
_SHAPE = str.maketrans("abcdefghijklmnopqrstuvwxyz0123456789", "a" * 26 + "0" * 10)
# email-validator's verdict on plain domains by their shape (see ``_domain_ok``)
_DOMAIN_SHAPES: dict[str, bool] = {}


@lru_cache(maxsize=65536)
def _domain_ok(domain: str) -> str | None:
    """Validated (normalised) domain, or None. Cached: domains repeat across a list.

    A purchased list has a domain per company (8,800 in 100,000 rows). For a plain ASCII
    domain without "--", email-validator's verdict depends only on the lengths and the
    letter/digit/dot/hyphen pattern of the labels and on the top-level label (its special-use
    names are all top-level labels), so a domain of the same shape as one already validated,
    with the same top-level label, shares its verdict: "salo471.fi" is "aaaa000.fi"."""
    if "--" not in domain and _PLAIN_DOMAIN.fullmatch(domain):
        head, dot, tld = domain.rpartition(".")
        shape = head.translate(_SHAPE) + dot + tld
        verdict = _DOMAIN_SHAPES.get(shape)
        if verdict is None:
            verdict = _DOMAIN_SHAPES[shape] = _validated_domain(domain) == domain
        return domain if verdict else None
    return _validated_domain(domain)


def _validated_domain(domain: str) -> str | None:
    try:
        return validate_email("a@" + domain, check_deliverability=False).domain.lower()
    except EmailNotValidError:
        return None


def email_value(text: str) -> tuple[str | None, Problem | None]:
    t = text.strip().strip("<>").strip()
    if t.lower().startswith("mailto:"):
        t = t[7:]
    t = t.lower()
    if not t:
        return None, None
    m = _FAST_EMAIL.match(t)
    if m and len(m.group(1)) <= 64 and len(t) <= 254:
        dom = _domain_ok(m.group(2))
        if dom is not None:
            return f"{m.group(1)}@{dom}", None
    else:
        try:
            info = validate_email(t, check_deliverability=False)
            return info.normalized.lower(), None
        except EmailNotValidError:
            pass
    return None, Problem(
        translate("Import", "“{value}” is not a valid e-mail address").format(value=text.strip())
    )


def _own_copy(text: str) -> str:
    """A new string equal to ``text``. Keeping the reader's own cell strings alive (one in
    twelve) pins the memory of the whole sheet after it is freed: 40 MB more at 100,000 rows."""
    return (text + " ")[:-1]


def email_column(values: Sequence[Any]) -> tuple[list[list[str]], Problems]:
    """Each cell to a list of valid, lower-cased addresses (JSON and ; separated cells)."""
    cache: dict[str, tuple[list[str], Problem | None]] = {}
    out: list[list[str]] = []
    problems: Problems = {}
    fast = _FAST_EMAIL.match
    for i, v in enumerate(values):
        if v == "" or v is None:
            out.append([])
            continue
        if v.__class__ is str:
            # Most cells hold one clean address: lower-case, no spaces, a known-good domain.
            m = fast(v)
            if (
                m is not None
                and len(m.group(1)) <= 64
                and len(v) <= 254
                and _domain_ok(m.group(2)) == m.group(2)
            ):
                out.append([_own_copy(v)])
                continue
        key = v if isinstance(v, str) else cell_text(v)
        hit = cache.get(key)
        if hit is None:
            found: list[str] = []
            bad: Problem | None = None
            for part in split_multi(key):
                e, p = email_value(part)
                if e:
                    if e not in found:
                        found.append(e)
                elif p and bad is None:
                    bad = p
            hit = cache[key] = (found, bad)
        out.append(hit[0])
        if hit[1] is not None:
            problems[i] = hit[1]
    return out, problems


# -- phone numbers -----------------------------------------------------------------------------

_PHONE_JUNK = re.compile(r"[\s().\-/\u00a0]")
_EXT_HINT = re.compile(r"[xX#pP]")
_EXT = re.compile(r"\s*(?:x|ext\.?|#|p\.?)\s*(\d+)\s*$", re.I)
_E164 = phonenumbers.PhoneNumberFormat.E164


@lru_cache(maxsize=512)
def _region_prefix(region: str) -> tuple[int, str | None]:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return 0, None
    return meta.country_code or 0, meta.national_prefix


# the common types first: the validity test stops at the first type that matches
_DESC_NAMES = (
    "mobile",
    "fixed_line",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)


@lru_cache(maxsize=512)
def _validator(region: str) -> Any:
    """A quick validity test equivalent to phonenumbers' for the main region of a code:
    the general pattern, then any number type's pattern and possible lengths. Only a
    positive answer is trusted; a negative one falls back to phonenumbers itself."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None or not meta.general_desc.national_number_pattern:
        return None
    # One regular expression for the whole test (one C call instead of a Python loop): the
    # general pattern as a lookahead, then any type's pattern at one of its lengths.
    alternatives = []
    for name in _DESC_NAMES:
        d = getattr(meta, name, None)
        if d is None or not d.national_number_pattern:
            continue
        lengths = sorted(set(d.possible_length or meta.general_desc.possible_length or ()))
        if -1 in lengths:
            continue
        sized = f"(?=(?:{'|'.join(f'[0-9]{{{n}}}' for n in lengths)})$)" if lengths else ""
        alternatives.append(f"{sized}(?:{d.national_number_pattern})$")
    if not alternatives:
        return lambda nsn: False
    rx = re.compile(f"(?=(?:{meta.general_desc.national_number_pattern})$)(?:{'|'.join(alternatives)})")

    def valid(nsn: str) -> bool:
        return rx.match(nsn) is not None

    return valid


@lru_cache(maxsize=512)
def _main_region(cc: int) -> str | None:
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(cc)
    return regions[0] if regions else None


def _fast_number(digits: str, region: str) -> str | None:
    """E.164 for the common shapes without a full parse: "+CC nsn", "0nsn", "nsn" (lost 0)."""
    if digits.startswith("+"):
        body = digits[1:]
        for k in (1, 2, 3):
            cc = int(body[:k]) if body[:k].isdecimal() else 0
            main = _main_region(cc) if cc else None
            if main and main != "001":
                nsn = body[k:]
                if nsn[:1] in ("", "0"):
                    return None
                check = _validator(main)
                return f"+{cc}{nsn}" if check is not None and check(nsn) else None
        return None
    cc, prefix = _region_prefix(region)
    if not cc or prefix != "0" or _main_region(cc) != region or not digits.isascii():
        return None
    nsn = digits[1:] if digits.startswith("0") else digits
    if nsn[:1] in ("", "0"):
        return None
    check = _validator(region)
    return f"+{cc}{nsn}" if check is not None and check(nsn) else None


def phone_value(raw: Any, region: str = DEFAULT_REGION) -> tuple[str | None, Problem | None]:
    """A phone to E.164. Numbers Excel stored as numbers lost their leading 0; it comes back."""
    if raw is None or raw == "":
        return None, None
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    else:
        text = cell_text(raw).strip()
    if not text:
        return None, None
    ext = ""
    m = _EXT.search(text) if _EXT_HINT.search(text) else None
    if m:
        ext, text = m.group(1), text[: m.start()]
    digits = _PHONE_JUNK.sub("", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    body = digits[1:] if digits.startswith("+") else digits
    if not body.isdecimal() or len(body) < 5:
        return None, Problem(
            translate("Import", "“{value}” is not a phone number").format(value=cell_text(raw).strip())
        )
    fast = _fast_number(digits, region) if body.isascii() else None
    if fast is not None:
        return fast + (f";ext={ext}" if ext else ""), None
    number: phonenumbers.PhoneNumber | None = None
    cc, prefix = _region_prefix(region)
    # National format with the trunk 0, or a lost leading zero, in the region.
    if not digits.startswith("+") and cc and prefix == "0":
        nsn = digits[1:] if digits.startswith("0") else digits
        cand = phonenumbers.PhoneNumber(country_code=cc, national_number=int(nsn))
        if phonenumbers.is_valid_number(cand):
            number = cand
    if number is None:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and not phonenumbers.is_valid_number(number):
            # A foreign number without its "+": try reading the digits as international.
            try:
                alt = phonenumbers.parse("+" + body, None)
                if phonenumbers.is_valid_number(alt):
                    number = alt
            except phonenumbers.NumberParseException:
                pass
    if number is None or not phonenumbers.is_possible_number(number):
        # Keep what was written (it may be an internal extension): a warning, not an error.
        kept = cell_text(raw).strip()
        return kept, Problem(
            translate("Import", "“{value}” was kept as written: it is not a complete phone number").format(
                value=kept
            ),
            error=False,
        )
    if not phonenumbers.is_valid_number(number):
        # Possible but not valid where we think it is: keep it as written, do not invent.
        kept = cell_text(raw).strip()
        return kept, Problem(
            translate("Import", "“{value}” was kept as written: check the phone number").format(value=kept),
            error=False,
        )
    e164 = phonenumbers.format_number(number, _E164)
    return e164 + (f";ext={ext}" if ext else ""), None


def phone_column(
    values: Sequence[Any], regions: Sequence[str] | None = None
) -> tuple[list[list[str]], Problems]:
    """Each cell to a list of E.164 numbers (several in a JSON or ; separated cell)."""
    cache: dict[tuple[Any, str], tuple[list[str], Problem | None]] = {}
    out: list[list[str]] = []
    problems: Problems = {}
    for i, v in enumerate(values):
        if v == "" or v is None:
            out.append([])
            continue
        region = regions[i] if regions else DEFAULT_REGION
        key = (v, region)
        try:
            hit = cache.get(key)
        except TypeError:
            hit = None
        if hit is None:
            parts = split_multi(v) if isinstance(v, str) else [v]
            found: list[str] = []
            bad: Problem | None = None
            for part in parts:
                p, prob = phone_value(part, region)
                if p and p not in found:
                    found.append(p)
                if prob is not None and (bad is None or prob.error):
                    bad = prob
            hit = cache[key] = (found, bad)
        out.append(hit[0])
        if hit[1] is not None:
            problems[i] = hit[1]
    return out, problems


# -- countries and postal codes ------------------------------------------------------------------

_COUNTRY_NAMES: dict[str, str] = {
    "finland": "FI",
    "suomi": "FI",
    "sweden": "SE",
    "ruotsi": "SE",
    "sverige": "SE",
    "norway": "NO",
    "norja": "NO",
    "norge": "NO",
    "denmark": "DK",
    "tanska": "DK",
    "estonia": "EE",
    "viro": "EE",
    "eesti": "EE",
    "germany": "DE",
    "saksa": "DE",
    "deutschland": "DE",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "iso-britannia": "GB",
    "britannia": "GB",
    "united states": "US",
    "usa": "US",
    "united states of america": "US",
    "yhdysvallat": "US",
    "us": "US",
    "france": "FR",
    "ranska": "FR",
    "belgium": "BE",
    "belgia": "BE",
    "netherlands": "NL",
    "alankomaat": "NL",
    "hollanti": "NL",
    "spain": "ES",
    "espanja": "ES",
    "italy": "IT",
    "italia": "IT",
    "poland": "PL",
    "puola": "PL",
    "russia": "RU",
    "venäjä": "RU",
    "canada": "CA",
    "kanada": "CA",
    "australia": "AU",
    "south africa": "ZA",
    "etelä-afrikka": "ZA",
    "argentina": "AR",
    "japan": "JP",
    "japani": "JP",
    "china": "CN",
    "kiina": "CN",
    "india": "IN",
    "intia": "IN",
    "switzerland": "CH",
    "sveitsi": "CH",
    "austria": "AT",
    "itävalta": "AT",
    "ireland": "IE",
    "irlanti": "IE",
    "latvia": "LV",
    "lithuania": "LT",
    "liettua": "LT",
    "mexico": "MX",
    "meksiko": "MX",
    "brazil": "BR",
    "brasilia": "BR",
    "portugal": "PT",
    "portugali": "PT",
    "iceland": "IS",
    "islanti": "IS",
}
_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)


def country_region(text: str, default: str = DEFAULT_REGION) -> str:
    """ISO region code for a country cell ("Suomi", "FI", "United Kingdom"), else ``default``."""
    t = text.strip()
    if not t:
        return default
    if len(t) == 2 and t.upper() in _REGIONS:
        return t.upper()
    return _COUNTRY_NAMES.get(t.casefold(), default)


def region_column(countries: Sequence[str] | None, n: int, default: str) -> list[str]:
    if not countries:
        return [default] * n
    cache: dict[str, str] = {}
    out = []
    for c in countries:
        r = cache.get(c)
        if r is None:
            r = cache[c] = country_region(c, default)
        out.append(r)
    return out


_POSTAL_DIGITS = {
    "FI": 5,
    "SE": 5,
    "DE": 5,
    "FR": 5,
    "ES": 5,
    "IT": 5,
    "US": 5,
    "EE": 5,
    "NO": 4,
    "DK": 4,
    "BE": 4,
    "AT": 4,
    "CH": 4,
}


def postal_value(raw: Any, region: str) -> str:
    """Postal code as text; a number that lost its leading zeros gets them back (FI: 5)."""
    if raw is None or raw == "":
        return ""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if isinstance(raw, float) and not raw.is_integer():
            return cell_text(raw)
        text = str(int(raw))
        width = _POSTAL_DIGITS.get(region)
        return text.zfill(width) if width else text
    text = fold(raw)
    width = _POSTAL_DIGITS.get(region)
    if width and text.isdecimal() and len(text) < width:
        return text.zfill(width)
    if region == "SE" and re.fullmatch(r"\d{3} \d{2}", text):
        return text
    return text


# -- business ID (Finnish Y-tunnus) -----------------------------------------------------------

_YT = re.compile(r"^(?:FI)?\s*(\d{6,7})-?(\d)$", re.I)


def ytunnus_valid(code: str) -> bool:
    m = re.fullmatch(r"(\d{7})-(\d)", code)
    if not m:
        return False
    total = sum(int(d) * w for d, w in zip(m.group(1), (7, 9, 10, 5, 8, 4, 2), strict=True))
    r = total % 11
    if r == 1:
        return False
    return int(m.group(2)) == (0 if r == 0 else 11 - r)


def business_id_value(raw: Any, region: str = DEFAULT_REGION) -> tuple[str | None, Problem | None]:
    text = fold(raw).upper().replace(" ", "")
    if not text:
        return None, None
    m = _YT.match(text)
    if m and (region == "FI" or text.startswith("FI") or "-" in text):
        code = f"{m.group(1).zfill(7)}-{m.group(2)}"
        if ytunnus_valid(code):
            return code, None
        return None, Problem(
            translate("Import", "“{value}” is not a valid Finnish business ID (Y-tunnus)").format(
                value=fold(raw)
            )
        )
    return text, None


# -- dates -------------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\.?(?:\s.*)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$")


def date_column(values: Sequence[Any]) -> tuple[list[date | None], Problems]:
    """Dates from date cells, Excel serials and text (27.11.2026, 2026-11-27, 11/27/2026)."""
    texts = [fold(v) if isinstance(v, str) else "" for v in values]
    # Column-level choice for a/b/yyyy: day first unless some cell proves month first.
    month_first = False
    for t in texts:
        if "/" in t:
            m = _DMY.match(t)
            if m and int(m.group(2)) > 12 >= int(m.group(1)):
                month_first = True
                break
    out: list[date | None] = []
    problems: Problems = {}
    for i, v in enumerate(values):
        d: date | None = None
        if v is None or v == "":
            out.append(None)
            continue
        if isinstance(v, datetime):
            d = v.date()
        elif isinstance(v, date):
            d = v
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            if 1 <= v < 2958466:
                d = _EXCEL_EPOCH + timedelta(days=int(v))
        else:
            t = texts[i]
            if t.replace(".", "", 1).isdecimal() and 20000 <= float(t) < 80000:
                d = _EXCEL_EPOCH + timedelta(days=int(float(t)))
            elif m := _YMD.match(t):
                d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif m := _DMY.match(t):
                a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                if y < 100:
                    y += 2000
                if "/" in t and month_first:
                    a, b = b, a
                d = _safe_date(y, b, a)
        if d is None:
            problems[i] = Problem(
                translate("Import", "“{value}” is not a date").format(value=cell_text(v)),
                error=False,
            )
        out.append(d)
    return out, problems


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# -- temperature, money, tags, flags -------------------------------------------------------------

_TEMPERATURE = {
    "hot": "hot",
    "kuuma": "hot",
    "kuumat": "hot",
    "high": "hot",
    "korkea": "hot",
    "a": "hot",
    "warm": "warm",
    "lämmin": "warm",
    "lammin": "warm",
    "lämpimät": "warm",
    "medium": "warm",
    "keskitaso": "warm",
    "kohtalainen": "warm",
    "b": "warm",
    "haalea": "warm",
    "cold": "cold",
    "kylmä": "cold",
    "kylma": "cold",
    "kylmät": "cold",
    "low": "cold",
    "matala": "cold",
    "c": "cold",
    "viileä": "cold",
    "1": "hot",
    "2": "warm",
    "3": "cold",
}


def temperature_value(raw: Any) -> tuple[str | None, Problem | None]:
    t = fold(raw).casefold().strip(" .!")
    if not t:
        return None, None
    found = _TEMPERATURE.get(t)
    if found is None:
        for word in t.replace("/", " ").replace("-", " ").split():
            found = _TEMPERATURE.get(word) if len(word) > 1 else None
            if found:
                break
    if found is None:
        return None, Problem(
            translate("Import", "“{value}” is not hot, warm or cold; the temperature was left empty").format(
                value=fold(raw)
            ),
            error=False,
        )
    return found, None


def money_value(raw: Any) -> tuple[Money | None, Problem | None]:
    """A deal value: amount and the currency the cell names (``crm.money.parse_amount``).

    Anything that is not an amount of money, or a negative one, is a warning: the value is
    left empty and the row still imports."""
    if raw is None or raw == "" or isinstance(raw, bool):
        return None, None
    try:
        return parse_amount(raw, allow_negative=False), None
    except MoneyError as exc:
        return None, Problem(
            translate("Import", "{problem}; the value was left empty").format(problem=exc.message),
            error=False,
        )


def money_cents(raw: Any) -> tuple[int | None, Problem | None]:
    """A deal value in integer cents (see ``money_value``)."""
    money, problem = money_value(raw)
    return (money.cents if money is not None else None), problem


def tags_value(raw: Any) -> list[str]:
    t = fold(raw)
    if not t:
        return []
    if t.startswith("["):
        return explode_json(t)
    return [p.strip() for p in re.split(r"[,;|]", t) if p.strip()]


_TRUE = {
    "1",
    "true",
    "yes",
    "kyllä",
    "kylla",
    "x",
    "company",
    "yritys",
    "organization",
    "organisation",
    "organisaatio",
    "business",
    "y",
    "k",
}


def is_company_value(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw == 1
    return fold(raw).casefold() in _TRUE


def int_value(raw: Any) -> int | None:
    try:
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        t = fold(raw)
        return int(t) if t.isdecimal() else None
    except (TypeError, ValueError):
        return None


def website_value(raw: Any) -> str:
    t = fold(raw)
    return t


def map_column(
    values: Sequence[Any], fn: Callable[[Any], tuple[Any, Problem | None]]
) -> tuple[list[Any], Problems]:
    """Apply a single-value normaliser to a column with a per-value cache."""
    cache: dict[Any, tuple[Any, Problem | None]] = {}
    out: list[Any] = []
    problems: Problems = {}
    for i, v in enumerate(values):
        if v == "" or v is None:
            out.append(None)
            continue
        try:
            hit = cache.get(v)
        except TypeError:
            hit = None
        if hit is None:
            hit = fn(v)
            with contextlib.suppress(TypeError):
                cache[v] = hit
        out.append(hit[0])
        if hit[1] is not None:
            problems[i] = hit[1]
    return out, problems
