"""ID numbers, credit codes, phone numbers, masks and the demo-data generators."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest

from station_app.core import ids
from station_app.core.errors import ValidationError
from station_app.core.ids import (
    ResidentId,
    mask_id,
    mask_mobile,
    normalize_landline,
    normalize_mobile,
    normalize_uscc,
    parse_resident_id,
    random_mobile,
    random_resident_id,
    random_uscc,
    resident_id_check_char,
    uscc_check_char,
)

TODAY = dt.date(2025, 6, 1)


def _id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def _refusal(func: Callable[..., object], value: str, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(value, **kwargs)
    return info.value


# --- resident IDs --------------------------------------------------------------------------


def test_documented_example_is_valid() -> None:
    # The example printed in GB 11643-1999 and countless tutorials.
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert rid == ResidentId(
        number="11010519491231002X",
        birth_date=dt.date(1949, 12, 31),
        gender="F",
        converted_from_15=False,
        kind="mainland",
    )
    assert resident_id_check_char("11010519491231002") == "X"


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),
        ("44052418800101001", "4"),  # the example in Wikipedia's article on the card
    ],
)
def test_check_char_known_values(first17: str, check: str) -> None:
    assert resident_id_check_char(first17) == check


def test_check_char_covers_all_results() -> None:
    # Every remainder 0..10 occurs among these 1000 bodies; the check must validate.
    seen: set[str] = set()
    for seq in range(1000):
        body = f"110106199001{seq % 28 + 1:02d}{seq:03d}"[:17]
        check = resident_id_check_char(body)
        seen.add(check)
        assert parse_resident_id(body + check, today=TODAY).number == body + check
    assert seen == set("0123456789X")


def test_check_char_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        resident_id_check_char("1234")
    with pytest.raises(ValueError):
        resident_id_check_char("1101051949123100X")


def test_lower_case_x_and_spaces() -> None:
    rid = parse_resident_id(" 110105 19491231 002x ", today=TODAY)
    assert rid.number == "11010519491231002X"


def test_full_width_digits_are_accepted() -> None:
    full = "".join(chr(ord(c) + 0xFEE0) for c in "11010519491231002X")
    assert parse_resident_id(full, today=TODAY).number == "11010519491231002X"


def test_gender_from_17th_digit() -> None:
    assert parse_resident_id(_id("11010619850615001"), today=TODAY).gender == "M"
    assert parse_resident_id(_id("11010619850615002"), today=TODAY).gender == "F"


def test_fifteen_digit_conversion() -> None:
    rid = parse_resident_id("110105491231002", today=TODAY)
    assert rid.converted_from_15
    assert rid.number == "11010519491231002X"
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert rid.gender == "F"
    male = parse_resident_id("130102750304123", today=TODAY)
    assert male.number == _id("13010219750304123")
    assert male.gender == "M"


def test_fifteen_digit_with_letter_is_refused() -> None:
    err = _refusal(parse_resident_id, "11010549123100X", today=TODAY)
    assert err.field == "id_number"
    assert "15" in str(err)


@pytest.mark.parametrize(
    ("first17", "kind"),
    [
        ("81000019900101001", "hk_macao_taiwan"),
        ("82000019900101002", "hk_macao_taiwan"),
        ("83000019900101003", "hk_macao_taiwan"),
        ("91115619900101005", "foreigner"),
        ("93311019750505004", "foreigner"),
    ],
)
def test_permit_and_foreigner_prefixes(first17: str, kind: str) -> None:
    rid = parse_resident_id(_id(first17), today=TODAY)
    assert rid.kind == kind
    assert rid.number == _id(first17)


def test_wrong_check_char_names_the_expected_one() -> None:
    good = "11010519491231002X"
    err = _refusal(parse_resident_id, good[:17] + "5", today=TODAY)
    assert err.field == "id_number"
    assert err.params["expected"] == "X"
    assert "should be X" in str(err)


def test_empty() -> None:
    err = _refusal(parse_resident_id, "   ", today=TODAY)
    assert err.field == "id_number"
    assert str(err) == "Please enter the ID number."


def test_wrong_length() -> None:
    err = _refusal(parse_resident_id, "1101051949123100", today=TODAY)
    assert err.params["length"] == 16
    assert "16" in str(err)


@pytest.mark.parametrize(
    "value", ["1101051949123100A2", "11010519491231002Y", "1101-519491231002X"]
)
def test_bad_characters(value: str) -> None:
    err = _refusal(parse_resident_id, value, today=TODAY)
    assert "digit or the letter X" in str(err)


def test_february_30_does_not_exist() -> None:
    err = _refusal(parse_resident_id, _id("11010519900230001"), today=TODAY)
    assert "1990-02-30" in str(err)
    assert "does not exist" in str(err)


def test_february_29_only_in_leap_years() -> None:
    assert parse_resident_id(_id("11010520000229001"), today=TODAY).birth_date.day == 29
    err = _refusal(parse_resident_id, _id("11010519000229001"), today=TODAY)
    assert "does not exist" in str(err)


def test_future_birth_date() -> None:
    err = _refusal(parse_resident_id, _id("11010520250602001"), today=TODAY)
    assert "future" in str(err)
    # The day itself is fine (a newborn's card).
    assert parse_resident_id(_id("11010520250601001"), today=TODAY).birth_date == TODAY


def test_before_1900() -> None:
    err = _refusal(parse_resident_id, _id("11010518991231001"), today=TODAY)
    assert "1900" in str(err)


def test_unknown_province() -> None:
    err = _refusal(parse_resident_id, _id("00010519900101001"), today=TODAY)
    assert err.params["area"] == "00"


def test_today_defaults_to_the_station_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ids.clock, "today", lambda: dt.date(2000, 1, 1))
    with pytest.raises(ValidationError):
        parse_resident_id(_id("11010520000102001"))
    assert parse_resident_id(_id("11010519991231001")).birth_date.year == 1999


def test_messages_are_translated_then_formatted(monkeypatch: pytest.MonkeyPatch) -> None:
    from station_app.core import i18n

    monkeypatch.setattr(
        i18n,
        "_translate",
        lambda context, text: "校验位应为{expected}" if "check character" in text else text,
    )
    err = _refusal(parse_resident_id, "110105194912310021", today=TODAY)
    assert str(err) == "校验位应为X"


# --- unified social credit codes ------------------------------------------------------------


def test_published_credit_code_is_valid() -> None:
    assert normalize_uscc("91350100M000100Y43") == "91350100M000100Y43"
    assert uscc_check_char("91350100M000100Y4") == "3"


def test_credit_code_lower_case_and_spaces() -> None:
    assert normalize_uscc(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert normalize_uscc("9135 0100 M000 100Y 43") == "91350100M000100Y43"


@pytest.mark.parametrize("first17", ["Y1110105MA01ABCD2", "N2110108000000001", "51110000500012345"])
def test_credit_codes_that_start_with_a_letter(first17: str) -> None:
    code = first17 + uscc_check_char(first17)
    assert normalize_uscc(code) == code
    assert normalize_uscc(code.lower()) == code


def test_credit_code_check_char_zero() -> None:
    # Find a body whose remainder is 0, where 31 - 0 = 31 must wrap to '0'.
    for n in range(10_000):
        body = f"911101080000{n:05d}"
        if uscc_check_char(body) == "0":
            assert normalize_uscc(body + "0") == body + "0"
            break
    else:  # pragma: no cover - 10,000 tries always contain one
        pytest.fail("no body with check character 0 found")


def test_credit_code_wrong_check_char() -> None:
    err = _refusal(normalize_uscc, "91350100M000100Y44")
    assert err.field == "uscc"
    assert err.params["expected"] == "3"
    assert "should be 3" in str(err)


def test_credit_code_wrong_length() -> None:
    err = _refusal(normalize_uscc, "91350100M000100Y4")
    assert err.params["length"] == 17


@pytest.mark.parametrize("letter", ["I", "O", "Z", "S", "V"])
def test_credit_code_letters_not_allowed(letter: str) -> None:
    err = _refusal(normalize_uscc, "91350100M000100" + letter + "43")
    assert letter in err.params["chars"]
    assert "not allowed" in str(err)


def test_credit_code_empty() -> None:
    assert _refusal(normalize_uscc, "").field == "uscc"


# --- phone numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "13812345678",
        "+86 138-1234-5678",
        "0086 13812345678",
        "8613812345678",
        "138 1234 5678",
        "+86(138)12345678",
        "１３８１２３４５６７８",
    ],
)
def test_mobile_normalisation(value: str) -> None:
    assert normalize_mobile(value) == "13812345678"


def test_mobile_starting_with_86_is_not_cut() -> None:
    # Not a country code: only 9 digits would remain.
    assert _refusal(normalize_mobile, "86138123456").field == "mobile"


@pytest.mark.parametrize("value", ["1381234567", "138123456789", "12812345678", "23812345678"])
def test_mobile_refusals(value: str) -> None:
    err = _refusal(normalize_mobile, value)
    assert err.field == "mobile"


def test_mobile_empty_and_letters() -> None:
    assert str(_refusal(normalize_mobile, " ")) == "Please enter the mobile number."
    assert "digits only" in str(_refusal(normalize_mobile, "1381234567a"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("010-65123456", "010-65123456"),
        ("(010) 6512 3456", "010-65123456"),
        ("010-65123456 转 808", "010-65123456-808"),
        ("010-65123456 ext. 12", "010-65123456-12"),
        ("65123456#3", "65123456-3"),
        ("6512345", "6512345"),
        ("13812345678", "13812345678"),
    ],
)
def test_landline(value: str, expected: str) -> None:
    assert normalize_landline(value) == expected


@pytest.mark.parametrize("value", ["", "123456", "010-6512abcd", "1" * 21, "call 65123456"])
def test_landline_refusals(value: str) -> None:
    assert _refusal(normalize_landline, value).field == "landline"


# --- masks -------------------------------------------------------------------------------------


def test_mask_id() -> None:
    assert mask_id("11010619900101123X") == "110106********123X"
    assert mask_id("") == ""
    assert mask_id("E12345678") == "E1*****78"
    assert mask_id("1234") == "****"


def test_mask_mobile() -> None:
    assert mask_mobile("13812345678") == "138****5678"
    assert mask_mobile("010-65123456") == "********3456"
    assert mask_mobile("") == ""


# --- generators -------------------------------------------------------------------------------


def test_random_resident_ids_are_valid() -> None:
    rng = random.Random(20250601)
    start = dt.date(1940, 1, 1)
    for i in range(1000):
        birth = start + dt.timedelta(days=rng.randrange(30_000))
        gender = "M" if i % 2 else "F"
        number = random_resident_id(rng, birth, gender)
        rid = parse_resident_id(number, today=TODAY)
        assert (rid.number, rid.birth_date, rid.gender) == (number, birth, gender)
        assert number[:6] in ids.DEMO_AREAS


def test_random_resident_id_given_area() -> None:
    number = random_resident_id(random.Random(1), dt.date(1980, 5, 5), "M", area="810000")
    assert parse_resident_id(number, today=TODAY).kind == "hk_macao_taiwan"
    with pytest.raises(ValueError):
        random_resident_id(random.Random(1), dt.date(1980, 5, 5), "X")


def test_random_mobiles_are_valid() -> None:
    rng = random.Random(7)
    numbers = [random_mobile(rng) for _ in range(1000)]
    assert all(normalize_mobile(n) == n for n in numbers)
    assert len(set(numbers)) > 990


@pytest.mark.parametrize("first_char", ["9", "5", "1", "Y", "N"])
def test_random_credit_codes_are_valid(first_char: str) -> None:
    rng = random.Random(first_char)
    for _ in range(1000):
        code = random_uscc(rng, first_char)
        assert code[0] == first_char
        assert normalize_uscc(code) == code


def test_random_credit_code_rejects_bad_first_char() -> None:
    with pytest.raises(ValueError):
        random_uscc(random.Random(1), "I")
