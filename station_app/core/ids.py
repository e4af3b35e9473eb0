"""Identity numbers the desk types: resident IDs, credit codes, phone numbers.

The checksum code lives here on purpose: ``python-stdnum`` rejects valid
HK/Macao/Taiwan (81/82/83) and foreigner (9x) IDs, raises a bare ``KeyError`` for
some real area codes and rejects credit codes that begin with a letter (see
design.md, section 5). Area lookups are never used to refuse a number; only the
province part (first two digits) is checked, because that list is stable.

Every refusal is a :class:`ValidationError` with English source text marked for
``lupdate``; placeholders are filled after translation.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP

# --- shared normalisation ----------------------------------------------------------------

# Full-width forms (U+FF01..U+FF5E) are what a Chinese IME types when it is left in
# full-width mode; they map 1:1 onto ASCII by a fixed offset.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space


def to_halfwidth(value: str) -> str:
    """Full-width ASCII letters, digits and punctuation to their half-width forms."""
    return value.translate(_FULLWIDTH)


def _compact(value: str) -> str:
    """Half-width, all whitespace removed (pasted numbers often carry spaces)."""
    return "".join(to_halfwidth(value).split())


# --- resident identity card number (GB 11643-1999) ---------------------------------------

ID_FIELD = "id_number"
KIND_MAINLAND = "mainland"
KIND_HK_MACAO_TAIWAN = "hk_macao_taiwan"
KIND_FOREIGNER = "foreigner"

# ISO 7064 MOD 11-2: weight of position i is 2**(17 - i) mod 11.
_ID_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_ID_CHECK = "10X98765432"  # indexed by (weighted sum mod 11)

# Province-level codes of GB/T 2260 (plus 71 Taiwan). Mainland residence permits for
# HK/Macao/Taiwan residents use 81/82/83, the 2023 foreigner card starts with 9.
_PROVINCES = frozenset(
    ("11", "12", "13", "14", "15", "21", "22", "23",
     "31", "32", "33", "34", "35", "36", "37",
     "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
     "61", "62", "63", "64", "65", "71", "81", "82", "83")
)  # fmt: skip
_EARLIEST_BIRTH = dt.date(1900, 1, 1)

# Real county-level codes, for demo data: mostly Beijing districts, a few elsewhere.
BEIJING_AREAS: tuple[str, ...] = (
    "110101",  # 东城区
    "110102",  # 西城区
    "110105",  # 朝阳区
    "110106",  # 丰台区
    "110107",  # 石景山区
    "110108",  # 海淀区
    "110111",  # 房山区
    "110112",  # 通州区
    "110113",  # 顺义区
    "110114",  # 昌平区
    "110115",  # 大兴区
    "110116",  # 怀柔区
    "110117",  # 平谷区
)
OTHER_AREAS: tuple[str, ...] = (
    "130102",  # 石家庄市长安区
    "370102",  # 济南市历下区
    "410102",  # 郑州市中原区
    "510104",  # 成都市锦江区
    "420102",  # 武汉市江岸区
)
DEMO_AREAS: tuple[str, ...] = BEIJING_AREAS + OTHER_AREAS


def resident_id_check_char(first17: str) -> str:
    """The 18th character of a resident ID (ISO 7064 MOD 11-2, 'X' stands for 10)."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


@dataclass(frozen=True)
class ResidentId:
    number: str  # always 18 characters, 'X' upper-case
    birth_date: dt.date
    gender: str  # "M" / "F"
    converted_from_15: bool
    kind: str  # KIND_MAINLAND | KIND_HK_MACAO_TAIWAN | KIND_FOREIGNER


def _id_error(text: str, **params: object) -> ValidationError:
    return ValidationError(text, field=ID_FIELD, **params)


def _id_kind(number: str) -> str:
    if number.startswith("9"):
        return KIND_FOREIGNER
    if number[:2] in ("81", "82", "83"):
        return KIND_HK_MACAO_TAIWAN
    return KIND_MAINLAND


def parse_resident_id(value: str, today: dt.date | None = None) -> ResidentId:
    """Validates and normalises a resident ID; 15-digit legacy numbers become 18."""
    number = _compact(value).upper()
    if not number:
        raise _id_error(QT_TRANSLATE_NOOP("Errors", "Please enter the ID number."))
    if len(number) not in (15, 18):
        raise _id_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "An ID number has 18 characters (old cards: 15 digits); this one has {length}.",
            ),
            length=len(number),
        )
    converted = len(number) == 15
    if converted:
        if not (number.isascii() and number.isdigit()):
            raise _id_error(
                QT_TRANSLATE_NOOP("Errors", "An old 15-character ID number has digits only.")
            )
        # 1999 conversion rule: every 15-digit card holder was born in the 1900s.
        body = number[:6] + "19" + number[6:]
    else:
        body = number[:17]
        if not (body.isascii() and body.isdigit()) or number[17] not in "0123456789X":
            raise _id_error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An ID number has 17 digits followed by a digit or the letter X.",
                )
            )

    if not (body.startswith("9") or body[:2] in _PROVINCES):
        raise _id_error(
            QT_TRANSLATE_NOOP(
                "Errors", "The ID number begins with {area}, which is not a known region code."
            ),
            area=body[:2],
        )

    digits = body[6:14]
    shown = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    try:
        birth = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise _id_error(
            QT_TRANSLATE_NOOP("Errors", "The birth date in the ID number ({date}) does not exist."),
            date=shown,
        ) from None
    if birth < _EARLIEST_BIRTH:
        raise _id_error(
            QT_TRANSLATE_NOOP("Errors", "The birth date in the ID number ({date}) is before 1900."),
            date=shown,
        )
    if birth > (today or clock.today()):
        raise _id_error(
            QT_TRANSLATE_NOOP(
                "Errors", "The birth date in the ID number ({date}) lies in the future."
            ),
            date=shown,
        )

    expected = resident_id_check_char(body)
    if converted:
        number = body + expected
    elif number[17] != expected:
        raise _id_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number's check character should be {expected}, not {actual}; "
                "one of the characters was probably mistyped.",
            ),
            expected=expected,
            actual=number[17],
        )
    return ResidentId(
        number=number,
        birth_date=birth,
        gender="M" if int(number[16]) % 2 else "F",
        converted_from_15=converted,
        kind=_id_kind(number),
    )


# --- unified social credit code (GB 32100-2015) -------------------------------------------

USCC_FIELD = "uscc"
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARSET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    """The 18th character of a unified social credit code (mod 31)."""
    if len(first17) != 17 or any(c not in _USCC_VALUE for c in first17):
        raise ValueError(f"expected 17 credit-code characters, got {first17!r}")
    total = sum(_USCC_VALUE[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def normalize_uscc(value: str) -> str:
    """Upper-cased, space-free credit code with a correct check character."""
    code = _compact(value).upper()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the unified social credit code."),
            field=USCC_FIELD,
        )
    if len(code) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A unified social credit code has 18 characters; this one has {length}.",
            ),
            field=USCC_FIELD,
            length=len(code),
        )
    bad = "".join(dict.fromkeys(c for c in code if c not in _USCC_VALUE))
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unified social credit code contains characters that are not allowed: "
                "{chars}. It uses digits and capital letters except I, O, S, V and Z.",
            ),
            field=USCC_FIELD,
            chars=" ".join(bad),
        )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The unified social credit code's check character should be {expected}, "
                "not {actual}; one of the characters was probably mistyped.",
            ),
            field=USCC_FIELD,
            expected=expected,
            actual=code[17],
        )
    return code


# --- phone numbers -----------------------------------------------------------------------

MOBILE_FIELD = "mobile"
LANDLINE_FIELD = "landline"
_MOBILE = re.compile(r"1[3-9]\d{9}")
_PHONE_NOISE = re.compile(r"[\s\-()]")
# Extension markers people type: 转 (transfer), ext, x, #, a comma; all become a dash.
_EXTENSION = re.compile(r"(?:转|ext\.?|x|#|,)(?=\d+$)", re.IGNORECASE)
_LANDLINE = re.compile(r"\+?\d+(?:-\d+)*")


def normalize_mobile(value: str) -> str:
    """11-digit mainland mobile number without country code, spaces or dashes."""
    number = _PHONE_NOISE.sub("", to_halfwidth(value))
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the mobile number."), field=MOBILE_FIELD
        )
    for prefix in ("+86", "0086", "86"):
        # "86" alone is only a country code when 11 digits remain after it.
        if number.startswith(prefix) and len(number) - len(prefix) == 11:
            number = number[len(prefix) :]
            break
    if not (number.isascii() and number.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A mobile number has digits only."), field=MOBILE_FIELD
        )
    if len(number) != 11:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A mobile number has 11 digits; this one has {length}."),
            field=MOBILE_FIELD,
            length=len(number),
        )
    if not _MOBILE.fullmatch(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A mobile number starts with 13 to 19."),
            field=MOBILE_FIELD,
        )
    return number


def normalize_landline(value: str) -> str:
    """Lenient: digits and dashes, an extension after a dash, 7 to 20 characters.

    ``(010) 6512 3456 转 808`` becomes ``010-65123456-808``.
    """
    text = "".join(to_halfwidth(value).split())
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the telephone number."),
            field=LANDLINE_FIELD,
        )
    text = re.sub(r"^\((\d+)\)", r"\1-", text)  # (010)65123456 -> 010-65123456
    text = _EXTENSION.sub("-", text)
    text = re.sub(r"-{2,}", "-", text).strip("-")
    if not (_LANDLINE.fullmatch(text) and 7 <= len(text) <= 20):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A telephone number has 7 to 20 digits and dashes, for example "
                "010-65123456 or 010-65123456-808.",
            ),
            field=LANDLINE_FIELD,
        )
    return text


# --- masks for lists and printouts -------------------------------------------------------


def mask_id(value: str) -> str:
    """``110106********123X`` for an 18-character ID; otherwise first 2 and last 2 shown."""
    value = value.strip()
    if len(value) == 18:
        return value[:6] + "*" * 8 + value[-4:]
    if len(value) <= 4:
        # Showing 2 + 2 of a 4-character value would show all of it.
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


def mask_mobile(value: str) -> str:
    """``138****5678`` for an 11-digit mobile; otherwise all but the last 4 masked."""
    value = value.strip()
    if len(value) == 11:
        return value[:3] + "****" + value[-4:]
    return "*" * max(len(value) - 4, 0) + value[-4:]


# --- valid random numbers for demo data ---------------------------------------------------

_MOBILE_PREFIXES = (
    *(f"13{d}" for d in range(10)),
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "166", "170", "171", "173", "175", "176", "177", "178",
    *(f"18{d}" for d in range(10)),
    "191", "193", "195", "196", "197", "198", "199",
)  # fmt: skip


def random_resident_id(
    rng: random.Random, birth_date: dt.date, gender: str, area: str | None = None
) -> str:
    """A valid 18-character ID; the 17th digit is odd for men and even for women."""
    if gender not in ("M", "F"):
        raise ValueError(f"gender must be 'M' or 'F', got {gender!r}")
    area = area or rng.choice(DEMO_AREAS)
    if len(area) != 6 or not area.isdigit():
        raise ValueError(f"area must be 6 digits, got {area!r}")
    gender_digit = rng.choice("13579" if gender == "M" else "02468")
    body = f"{area}{birth_date:%Y%m%d}{rng.randrange(100):02d}{gender_digit}"
    return body + resident_id_check_char(body)


def random_mobile(rng: random.Random) -> str:
    """A valid-looking 11-digit mobile number with a real operator prefix."""
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


# GB 11714 organisation code (positions 9-17 of a credit code): 8 characters plus a
# mod 11 check character, letters counting A=10 ... Z=35.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_code_check_char(first8: str) -> str:
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def random_uscc(rng: random.Random, first_char: str = "9") -> str:
    """A valid credit code: registering authority ``first_char``, real area code."""
    if first_char not in _USCC_VALUE:
        raise ValueError(f"{first_char!r} is not a credit-code character")
    kind = rng.choice("123")  # e.g. 91 = enterprise, 92 = individual business
    if rng.random() < 0.5:
        # Codes issued since 2015 carry "MA" and letters in the organisation part.
        org = "MA" + "".join(rng.choice(USCC_CHARSET) for _ in range(6))
    else:
        org = f"{rng.randrange(10**8):08d}"
    body = first_char + kind + rng.choice(DEMO_AREAS) + org + _org_code_check_char(org)
    return body + uscc_check_char(body)
