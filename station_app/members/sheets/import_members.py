"""Member rows of an import: checked like the intake form, saved in bulk.

Checking uses the intake form's own rules (:func:`member_problems`) plus lookups done
once per sheet (units, communities, ID numbers on file). Saving writes every valid
row in one transaction with exactly what :meth:`MemberService.register_in` writes
(member number, search text, sort key, one ``create`` audit row per member), but in
bulk: one row at a time would take about 25 s for 10,000 rows, in bulk it is a
fraction of reading the workbook.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from station_app.core import audit, clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import AuditLog, SerialCounter, Station
from station_app.core.search import name_keys, normalize_query, search_text
from station_app.core.serials import format_serial
from station_app.members.errors import DuplicateMember, DuplicateUnit
from station_app.members.models import NAME_SORT_LENGTH, Community, Member, Unit
from station_app.members.service.communities import community_key, retired_error
from station_app.members.service.store import (
    DEFAULT_PREFIX,
    MEMBER_SERIES,
    refuse_duplicate_id,
    same_name_and_mobile,
)
from station_app.members.service.unit_validation import clean_unit, normalize_unit_name
from station_app.members.service.units import UnitService
from station_app.members.service.validation import CleanMember, member_problems
from station_app.members.sheets.columns import (
    GENDER_LABELS,
    GENDER_WORDS,
    HARDSHIP_LABELS,
    HARDSHIP_WORDS,
    ID_TYPE_LABELS,
    ID_TYPE_WORDS,
    OUTDOOR_LABELS,
    OUTDOOR_WORDS,
    cell_text,
    choice,
    field_header,
    number_text,
    parse_date,
    yes_no,
)
from station_app.members.sheets.types import (
    DUPLICATE,
    INVALID,
    MEMBERS,
    VALID,
    ImportCancelled,
    ImportResult,
    Preview,
    PreviewRow,
    RowProblem,
    Sheet,
)
from station_app.members.types import MemberInput, Notice, UnitInput

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
T = TypeVar("T")
CHUNK = 500  # ids per IN (...) and rows per INSERT batch
member_t = Member.__table__
audit_t = AuditLog.__table__


# --- lookups done once per sheet ---------------------------------------------------------


def unit_key(name: str) -> str:
    return normalize_unit_name(name).lower()


@dataclass
class Places:
    """Communities and units on file, by the keys sheet values are matched with."""

    communities: dict[str, tuple[int, str, bool]]  # key -> (id, name, retired)
    community_names: dict[int, str]
    units: dict[str, tuple[int, int | None, str]]  # key -> (id, community_id, name)
    new_units: dict[tuple[str, int | None], UnitInput | ValidationError] = field(
        default_factory=dict
    )  # units not on file, checked once per name
    missing: dict[str, str] = field(default_factory=dict)  # key -> name: not on file

    def new_unit(self, name: str, community_id: int | None) -> UnitInput:
        """A unit the sheet names that is not on file, checked like the unit form."""
        key = (name, community_id)
        if key not in self.new_units:
            try:
                self.new_units[key] = clean_unit(UnitInput(name=name, community_id=community_id))
            except ValidationError as exc:
                self.new_units[key] = exc
        found = self.new_units[key]
        if isinstance(found, ValidationError):
            raise found
        return found

    @classmethod
    def load(cls, s: Session) -> Places:
        rows = s.execute(
            select(Community.id, Community.name, Community.retired).order_by(
                Community.sort_order, Community.id
            )
        ).all()
        units = s.execute(select(Unit.id, Unit.name, Unit.community_id)).all()
        return cls(
            communities={community_key(name): (cid, name, old) for cid, name, old in rows},
            community_names={cid: name for cid, name, _old in rows},
            units={unit_key(name): (uid, cid, name) for uid, name, cid in units},
        )

    def community(self, value: Any, field: str = "community") -> int | None:
        text = cell_text(value)
        if not text:
            return None
        key = community_key(text)
        found = self.communities.get(key)
        if found is None:
            # Named in the preview and by the command line, to be added in one go; the
            # full spelling wins (太平桥西里社区 over 太平桥西里).
            before = self.missing.get(key)
            if before is None or (text.endswith("社区") and not before.endswith("社区")):
                self.missing[key] = text
            current = [name for _id, name, old in self.communities.values() if not old]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The community {name} is not on file. Communities on file: {known}."
                ),
                field=field,
                name=text,
                known="、".join(current) or "-",
            )
        if found[2]:  # retired: stays on old records, not offered for new ones
            raise retired_error(found[1], field)
        return found[0]

    @property
    def missing_communities(self) -> tuple[str, ...]:
        return tuple(self.missing.values())


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- checking ------------------------------------------------------------------------

_CHOICES = (
    ("id_type", ID_TYPE_WORDS, tuple(ID_TYPE_LABELS.values())),
    ("gender", GENDER_WORDS, tuple(GENDER_LABELS.values())),
    ("hardship_level", HARDSHIP_WORDS, ("否", *HARDSHIP_LABELS.values())),
    ("outdoor_kind", OUTDOOR_WORDS, ("否", *OUTDOOR_LABELS.values())),
)


@dataclass
class _Checked:
    line: int
    values: tuple[Any, ...]
    problems: list[RowProblem]
    clean: CleanMember | None
    new_unit: str
    notices: list[Notice]
    status: str = VALID


def _check_row(
    values: tuple[Any, ...],
    mapping: dict[int, str],
    sheet: Sheet,
    places: Places,
    today: dt.date,
) -> tuple[list[RowProblem], CleanMember | None, str]:
    by_field = {field: values[index] for index, field in mapping.items()}
    problems: list[RowProblem] = []
    failed: set[str] = set()

    def attempt(field: str, parse: Callable[[], T], default: T, about: str = "") -> T:
        try:
            return parse()
        except ValidationError as exc:
            column = field_header(sheet, mapping, MEMBERS, about or exc.field)
            problems.append(RowProblem(column, exc))
            failed.add(field)
            return default

    get = by_field.get
    codes: dict[str, str | None] = {
        field: attempt(field, lambda f=field, w=words, c=shown: choice(get(f), w, f, c), None)
        for field, words, shown in _CHOICES
    }
    id_number = attempt("id_number", lambda: number_text(get("id_number"), "id_number"), "")
    mobile = attempt("mobile", lambda: number_text(get("mobile"), "mobile"), "")
    landline = attempt("landline", lambda: number_text(get("landline"), "landline"), "")
    birth = attempt("birth_date", lambda: parse_date(get("birth_date"), "birth_date"), None)
    joined = attempt("joined_on", lambda: parse_date(get("joined_on"), "joined_on"), None)
    migrant = attempt(
        "migrant_worker", lambda: yes_no(get("migrant_worker"), "migrant_worker"), False
    )
    model = attempt("model_worker", lambda: yes_no(get("model_worker"), "model_worker"), False)
    community_id = attempt("community", lambda: places.community(get("community")), None)

    unit_id: int | None = None
    new_unit = ""
    unit_text = cell_text(get("unit"))
    if unit_text:
        found = places.units.get(unit_key(unit_text))
        if found is not None:
            unit_id = found[0]
            if community_id is None and "community" not in failed:
                community_id = found[1]  # as the form does: the unit's community
        else:
            unit = attempt(
                "unit",
                lambda: places.new_unit(unit_text, community_id),
                None,
                about="unit",  # the unit's own checks speak of its "name"
            )
            if unit is not None:
                new_unit = unit.name

    inp = MemberInput(
        name=cell_text(get("name")),
        id_number=id_number,
        id_type=codes["id_type"] or "resident_id",
        gender=codes["gender"],
        birth_date=birth,
        mobile=mobile,
        landline=landline,
        unit_id=unit_id,
        community_id=community_id,
        joined_on=joined,
        hardship_level=codes["hardship_level"],
        outdoor_kind=codes["outdoor_kind"],
        migrant_worker=migrant,
        model_worker=model,
        notes=notes.strip() if isinstance(notes := get("notes"), str) else cell_text(notes),
    )
    clean, errors = member_problems(inp, today)
    for exc in errors:
        if exc.field not in failed:
            problems.append(RowProblem(field_header(sheet, mapping, MEMBERS, exc.field), exc))
    problems.sort(key=lambda p: _field_rank(mapping, sheet, p.column))
    return problems, (None if problems else clean), new_unit


def _field_rank(mapping: dict[int, str], sheet: Sheet, header: str) -> int:
    """Problems in the sheet's column order."""
    for index in sorted(mapping):
        if sheet.headers[index] == header:
            return index
    return len(sheet.headers)


def _existing_ids(s: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    numbers = sorted({number for _type, number in keys})
    found: dict[tuple[str, str], Any] = {}
    for part in chunks(numbers):
        for row in s.execute(
            select(
                Member.id, Member.id_type, Member.id_number, Member.name, Member.member_no
            ).where(Member.id_number.in_(part))
        ):
            found[(row.id_type, row.id_number)] = row
    return found


def _on_file(line_problem_column: str, member_no: str) -> RowProblem:
    return RowProblem(
        line_problem_column,
        DeskError(
            QT_TRANSLATE_NOOP("Errors", "Already on file as member no. {member_no}."),
            member_no=member_no,
        ),
    )


def _mark_duplicates(
    s: Session, rows: list[_Checked], sheet: Sheet, mapping: dict[int, str]
) -> None:
    """Same ID number on file or earlier in the sheet: the same person (same name) is a
    duplicate, skipped; anyone else is refused with the holder named."""
    id_column = field_header(sheet, mapping, MEMBERS, "id_number")
    candidates = [r for r in rows if r.status == VALID and r.clean is not None]
    on_file = _existing_ids(s, [(r.clean.id_type, r.clean.id_number) for r in candidates])  # type: ignore[union-attr]
    seen: dict[tuple[str, str], _Checked] = {}
    for row in candidates:
        clean = row.clean
        assert clean is not None
        key = (clean.id_type, clean.id_number)
        holder = on_file.get(key)
        if holder is not None:
            if holder.name == clean.name:
                row.status, row.problems = DUPLICATE, [_on_file(id_column, holder.member_no)]
                continue
            try:  # the form's refusal, naming whose number it is
                refuse_duplicate_id(s, clean, None)
            except DuplicateMember as exc:
                row.status, row.problems = INVALID, [RowProblem(id_column, exc)]
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = row
        elif first.clean is not None and first.clean.name == clean.name:
            row.status = DUPLICATE
            row.problems = [
                RowProblem(
                    id_column,
                    DeskError(
                        QT_TRANSLATE_NOOP("Errors", "Repeats row {line} of this sheet."),
                        line=first.line,
                    ),
                )
            ]
        else:
            row.status = INVALID
            row.problems = [
                RowProblem(
                    id_column,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Row {line} of this sheet has the same ID number for {name}."
                        ),
                        field="id_number",
                        line=first.line,
                        name=first.clean.name if first.clean else "",
                    ),
                )
            ]


def _name_and_mobile_notices(s: Session, rows: list[_Checked]) -> None:
    """The form's warning "same name and mobile already on file", found in bulk."""
    valid = [r for r in rows if r.status == VALID and r.clean is not None and r.clean.mobile]
    mobiles = sorted({r.clean.mobile for r in valid})  # type: ignore[union-attr]
    pairs: set[tuple[str, str]] = set()
    for part in chunks(mobiles):
        pairs.update(
            (name, mobile)
            for name, mobile in s.execute(
                select(Member.name, Member.mobile).where(Member.mobile.in_(part))
            )
        )
    for row in valid:
        clean = row.clean
        assert clean is not None
        if (clean.name, clean.mobile) in pairs:
            row.notices.extend(same_name_and_mobile(s, clean, None))


def check(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> Preview:
    today = clock.today()
    total = len(sheet.rows)
    checked: list[_Checked] = []
    with db.read() as s:
        places = Places.load(s)
        for n, row in enumerate(sheet.rows, start=1):
            problems, clean, new_unit = _check_row(row.values, mapping, sheet, places, today)
            status = INVALID if problems else VALID
            notices = list(clean.notices) if clean else []
            checked.append(
                _Checked(row.line, row.values, problems, clean, new_unit, notices, status)
            )
            if n % 200 == 0:
                if should_cancel is not None and should_cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(n, total)
        _mark_duplicates(s, checked, sheet, mapping)
        _name_and_mobile_notices(s, checked)
    for row in checked:
        if row.new_unit and row.status == VALID:
            row.notices.append(
                Notice(
                    "new_unit",
                    QT_TRANSLATE_NOOP(
                        "Notices", "The unit {name} is not on file and will be added."
                    ),
                    field="unit",
                    params={"name": row.new_unit},
                )
            )
    if progress is not None:
        progress(total, total)
    rows = tuple(
        PreviewRow(
            line=r.line,
            values=r.values,
            status=r.status,
            problems=tuple(r.problems),
            notices=tuple(r.notices),
            item=r.clean if r.status == VALID else None,
            new_unit=r.new_unit if r.status == VALID else "",
        )
        for r in checked
    )
    new_units = tuple(dict.fromkeys(r.new_unit for r in rows if r.new_unit))
    return Preview(MEMBERS, sheet, mapping, rows, new_units, places.missing_communities)


# --- saving --------------------------------------------------------------------------


class _DryRun(Exception):
    pass


def _bump_counter(s: Session, year: int, count: int) -> int:
    """Takes ``count`` numbers of the year's member series at once; returns the last.
    The same counter row as :func:`station_app.core.serials.next_value`."""
    table = SerialCounter.__table__
    bump = (
        update(table)
        .where(table.c.series == MEMBER_SERIES, table.c.year == year)
        .values(last_value=table.c.last_value + count)
        .returning(table.c.last_value)
    )
    value = s.execute(bump).scalar_one_or_none()
    if value is not None:
        return value
    try:
        with s.begin_nested():
            s.execute(insert(table).values(series=MEMBER_SERIES, year=year, last_value=count))
        return count
    except IntegrityError:  # another desk created the row a moment ago
        return s.execute(bump).scalar_one()


def take_member_numbers(s: Session, year: int, count: int) -> list[str]:
    """``count`` consecutive member numbers of a year, skipping numbers already taken
    (as :func:`station_app.members.service.store.next_member_no` does one at a time)."""
    prefix = s.scalar(select(Station.member_no_prefix).where(Station.id == 1)) or DEFAULT_PREFIX
    numbers: list[str] = []
    while len(numbers) < count:
        need = count - len(numbers)
        last = _bump_counter(s, year, need)
        candidates = [format_serial(prefix, year, v) for v in range(last - need + 1, last + 1)]
        taken: set[str] = set()
        for part in chunks(candidates):
            taken.update(s.scalars(select(Member.member_no).where(Member.member_no.in_(part))))
        numbers.extend(c for c in candidates if c not in taken)
    return numbers


class _NameKeys:
    """Pinyin keys once per name: the sort key and the search text both need them,
    and computing them is most of the cost of saving a row."""

    def __init__(self) -> None:
        self._keys: dict[str, list[str]] = {}

    def keys(self, name: str) -> list[str]:
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = name_keys(name)
        return found

    def sort_key(self, name: str) -> str:
        """Same as ``models.name_sort_key``."""
        keys = self.keys(name)
        return (keys[0] if keys else normalize_query(name))[:NAME_SORT_LENGTH]

    def search_text(self, name: str, member_no: str, mobile: str, id_number: str) -> str:
        """Same as ``store.member_search_text`` (same parts, same order)."""
        parts = [name, *self.keys(name), member_no, mobile, id_number]
        return search_text(name="", extra=parts)


def _audit_after(values: dict[str, Any], unit_name: str, community_name: str) -> dict[str, Any]:
    """What register_in's audit row keeps (store.snapshot, empty values left out)."""
    snap = {
        "member_no": values["member_no"],
        "name": values["name"],
        "id_type": values["id_type"],
        "id_number": values["id_number"],
        "gender": values["gender"],
        "birth_date": values["birth_date"],
        "mobile": values["mobile"],
        "landline": values["landline"],
        "unit": unit_name,
        "community": community_name,
        "joined_on": values["joined_on"],
        "hardship_level": values["hardship_level"],
        "outdoor_kind": values["outdoor_kind"],
        "migrant_worker": values["migrant_worker"],
        "model_worker": values["model_worker"],
        "notes": values["notes"],
    }
    return {k: v for k, v in snap.items() if v not in (None, "", False)}


def save(
    db: Database,
    actor: Actor,
    preview: Preview,
    write_errors: Callable[[list[PreviewRow]], Any],
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    *,
    dry_run: bool = False,
) -> ImportResult:
    cancelled = should_cancel or (lambda: False)
    rows = list(preview.rows)
    valid = [r for r in rows if r.status == VALID]
    total = max(1, len(valid))
    error_path = None
    result: ImportResult | None = None
    try:
        with db.transaction() as s:
            # Another desk may have saved some of these people since the preview.
            checked = [
                _Checked(r.line, r.values, list(r.problems), r.item, r.new_unit, [], VALID)
                for r in valid
            ]
            _mark_duplicates(s, checked, preview.sheet, preview.mapping)
            changed = {c.line: c for c in checked if c.status != VALID}
            rows = [
                replace(r, status=changed[r.line].status, problems=tuple(changed[r.line].problems))
                if r.line in changed
                else r
                for r in rows
            ]
            valid = [r for r in rows if r.status == VALID]
            places = Places.load(s)
            unit_ids = _create_units(s, db, actor, valid, places)
            imported = _insert_members(
                s, actor, valid, unit_ids, places, progress, cancelled, total
            )
            duplicates = sum(1 for r in rows if r.status == DUPLICATE)
            rejected = [r for r in rows if r.status == INVALID]
            audit.record(
                s,
                actor,
                "import",
                "member",
                note=(
                    f"{preview.sheet.path.name}: imported {imported}, duplicates {duplicates}, "
                    f"rejected {len(rejected)}, units created {len(unit_ids)}"
                ),
            )
            error_path = write_errors(rejected)
            if cancelled():
                raise ImportCancelled()
            result = ImportResult(
                imported, duplicates, len(rejected), error_path, len(unit_ids), dry_run
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    except BaseException:
        if error_path is not None:
            error_path.unlink(missing_ok=True)
        raise
    assert result is not None
    if progress is not None:
        progress(total, total)
    return result


def _create_units(
    s: Session, db: Database, actor: Actor, valid: list[PreviewRow], places: Places
) -> dict[str, int]:
    """The units named in the sheet that are not on file, each added once (through the
    unit service: checks and audit row included)."""
    units = UnitService(db)
    created: dict[str, int] = {}
    for row in valid:
        name = row.new_unit
        if not name or name in created:
            continue
        found = places.units.get(unit_key(name))
        if found is not None:  # added meanwhile
            created[name] = found[0]
            continue
        clean: CleanMember = row.item
        try:
            unit_id = units.add_unit_in(
                s, actor, UnitInput(name=name, community_id=clean.community_id)
            )
        except DuplicateUnit as exc:
            unit_id = exc.existing_unit_id
        created[name] = unit_id
        places.units[unit_key(name)] = (unit_id, clean.community_id, name)
    return created


def _insert_members(
    s: Session,
    actor: Actor,
    valid: list[PreviewRow],
    unit_ids: dict[str, int],
    places: Places,
    progress: ProgressFn | None,
    cancelled: CancelFn,
    total: int,
) -> int:
    now = clock.now()
    unit_names = {uid: name for uid, _cid, name in places.units.values()}
    numbers: dict[int, Iterator[str]] = {}
    by_year: dict[int, int] = {}
    for row in valid:
        by_year[row.item.joined_on.year] = by_year.get(row.item.joined_on.year, 0) + 1
    for year, count in sorted(by_year.items()):
        numbers[year] = iter(take_member_numbers(s, year, count))
    names = _NameKeys()
    done = 0
    for part in chunks(valid):
        if cancelled():
            raise ImportCancelled()
        members: list[dict[str, Any]] = []
        afters: list[dict[str, Any]] = []
        for row in part:
            clean: CleanMember = row.item
            unit_id = unit_ids.get(row.new_unit) if row.new_unit else clean.unit_id
            member_no = next(numbers[clean.joined_on.year])
            values = {
                "member_no": member_no,
                "name": clean.name,
                "name_pinyin": names.sort_key(clean.name),
                "id_type": clean.id_type,
                "id_number": clean.id_number,
                "gender": clean.gender,
                "birth_date": clean.birth_date,
                "mobile": clean.mobile,
                "landline": clean.landline,
                "unit_id": unit_id,
                "community_id": clean.community_id,
                "joined_on": clean.joined_on,
                "status": "active",
                "status_changed_on": None,
                "status_note": "",
                "hardship_level": clean.hardship_level,
                "outdoor_kind": clean.outdoor_kind,
                "migrant_worker": clean.migrant_worker,
                "model_worker": clean.model_worker,
                "notes": clean.notes,
                "search_text": names.search_text(
                    clean.name, member_no, clean.mobile, clean.id_number
                ),
                "created_at": now,
                "updated_at": now,
            }
            members.append(values)
            afters.append(
                _audit_after(
                    values,
                    unit_names.get(unit_id, "") if unit_id else "",
                    places.community_names.get(clean.community_id, "")
                    if clean.community_id
                    else "",
                )
            )
        # Plain executemany (RETURNING with a guaranteed order goes row by row on
        # SQLite); the new ids are read back by their unique member numbers.
        s.execute(insert(member_t), members)
        id_of = dict(
            s.execute(
                select(member_t.c.member_no, member_t.c.id).where(
                    member_t.c.member_no.in_([m["member_no"] for m in members])
                )
            ).all()
        )
        ids = [id_of[m["member_no"]] for m in members]
        s.execute(
            insert(audit_t),
            [
                {
                    "at": now,
                    "operator_id": actor.id,
                    "operator_name": actor.username,
                    "action": "create",
                    "entity": "member",
                    "entity_id": str(member_id),
                    "summary": json.dumps(
                        {"changes": audit.changes({}, after)}, ensure_ascii=False, sort_keys=True
                    ),
                }
                for member_id, after in zip(ids, afters, strict=True)
            ],
        )
        done += len(part)
        if progress is not None:
            progress(min(done, total - 1), total)
    return done
