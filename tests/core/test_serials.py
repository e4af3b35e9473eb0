from station_app.core.db import Database
from station_app.core.serials import format_serial, next_value


def test_serials_count_per_series_and_year(db: Database) -> None:
    with db.transaction() as s:
        assert [next_value(s, "receipt", 2027) for _ in range(3)] == [1, 2, 3]
        assert next_value(s, "receipt", 2028) == 1
        assert next_value(s, "member", 2027) == 1


def test_a_rolled_back_use_case_gives_its_number_back(db: Database) -> None:
    try:
        with db.transaction() as s:
            next_value(s, "receipt", 2027)
            raise RuntimeError
    except RuntimeError:
        pass
    with db.transaction() as s:
        assert next_value(s, "receipt", 2027) == 1


def test_format() -> None:
    assert format_serial("TPQ", 2027, 12) == "TPQ202700012"
