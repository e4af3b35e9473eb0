"""Demo volunteer data: the brigade and its squads, volunteers (mostly members, some
neighbours who are not), skills and usual availability, service activities with
shifts over the last year and the coming weeks, and assignments that never
double-book anyone (the database checks every row). Bulk inserts in one
transaction: 1,000 volunteers and 5,000 shifts take seconds.

Run after the member demo (it picks volunteers among the members on file).
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from station_app.core import audit, clock
from station_app.core.actor import CLI_ACTOR
from station_app.core.db import Database
from station_app.core.ids import random_mobile, random_resident_id
from station_app.core.search import search_text
from station_app.members.models import Member, name_sort_key
from station_app.volunteers.models import (
    ABSENT,
    ATTENDED,
    AVAILABLE_ALWAYS,
    CANCELLED,
    CONFIRMED,
    SCHEDULED,
    Activity,
    Assignment,
    Shift,
    Skill,
    Team,
    Volunteer,
    VolunteerSkill,
)
from station_app.volunteers.service import availability
from station_app.volunteers.service.teams import TeamService
from station_app.volunteers.types import shift_hours

BATCH = 5_000

# kind -> titles (what a street's squads actually do; 云岗 report)
TITLES = {
    "help": ("困难职工家庭走访帮扶", "外来务工人员求职帮扶", "失业人员再就业帮扶"),
    "mediation": ("劳动争议调解协助", "邻里纠纷调解", "欠薪问题调解接待"),
    "publicity": ("《劳动合同法》宣传进社区", "工会入会政策宣传", "京卡办理宣传", "反诈宣传"),
    "liaison": ("辖区企业走访联络", "新就业形态劳动者座谈联络", "社区联合工会联络日"),
    "organising": ("职工健步走活动保障", "春游活动组织", "职工羽毛球赛保障", "健康讲座组织"),
    "neighbourhood_watch": ("邻里守望平安巡查", "节日安全巡逻", "楼门院治理巡查"),
    "elderly_disabled": ("探望孤寡老人", "助残志愿服务", "重阳节敬老慰问"),
    "community_building": ("云岗森林公园清扫", "社区环境整治", "垃圾分类桶前值守", "楼道清理"),
    "other": ("暖心驿站值守", "献血活动服务"),
}
KIND_WEIGHTS = {
    "help": 10,
    "mediation": 5,
    "publicity": 14,
    "liaison": 6,
    "organising": 10,
    "neighbourhood_watch": 12,
    "elderly_disabled": 14,
    "community_building": 22,
    "other": 4,
}
ROLES = ("引导", "清扫", "宣传讲解", "登记", "后勤保障", "摄影记录", "陪护", "秩序维护", "急救保障")
PLACES = ("云岗森林公园东门", "职工之家多功能厅", "街道工会服务站", "暖心驿站")
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂玉萍红玲燕彬鑫浩宇欣怡"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董单曾解"
CORRECTIONS = ("提前离开", "帮助布置场地提前到", "活动延长", "中途请假一小时")


@dataclass(frozen=True)
class VolunteersDemoSummary:
    teams: int
    volunteers: int
    activities: int
    shifts: int
    assignments: int
    attended_hours: Decimal


def _availability(rng: random.Random) -> int:
    if rng.random() < 0.65:
        return AVAILABLE_ALWAYS
    slots = {(w, p) for w in (5, 6) for p in (0, 1)}  # weekends
    for _ in range(rng.randint(2, 8)):
        slots.add((rng.randrange(7), rng.randrange(3)))
    return availability.encode(slots)


class _Calendar:
    """Each volunteer's booked intervals, sorted, to keep the demo free of overlaps."""

    def __init__(self) -> None:
        self.busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}

    def free(self, volunteer_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        spans = self.busy.get(volunteer_id, [])
        i = bisect.bisect_left(spans, (start, start))
        if i < len(spans) and spans[i][0] < end:
            return False
        return not (i > 0 and spans[i - 1][1] > start)

    def take(self, volunteer_id: int, start: dt.datetime, end: dt.datetime) -> None:
        bisect.insort(self.busy.setdefault(volunteer_id, []), (start, end))


def _insert_ids(s: Session, model: type, rows: list[dict]) -> list[int]:
    """Bulk insert; the new ids in the order of ``rows``."""
    ids: list[int] = []
    stmt = insert(model).returning(model.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    for start in range(0, len(rows), BATCH):
        ids.extend(s.scalars(stmt, rows[start : start + BATCH]))
    return ids


def fill_volunteers(
    db: Database,
    volunteers: int = 300,
    activities: int = 100,
    shifts: int | None = None,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
) -> VolunteersDemoSummary:
    """``activities`` spread over the past year and the next six weeks, 1 to 5 shifts
    each (or ``shifts`` in all, if given)."""
    rng = random.Random(seed)
    say = progress or (lambda _text: None)
    TeamService(db).ensure_default_teams(CLI_ACTOR)
    now = clock.now()
    today = now.date()
    with db.transaction() as s:
        teams = s.execute(select(Team.id, Team.parent_id)).all()
        brigade = next(t for t, parent in teams if parent is None)
        squads = [t for t, parent in teams if parent is not None] or [brigade]
        skill_ids = list(s.scalars(select(Skill.id).where(Skill.active.is_(True))))

        # --- volunteers ----------------------------------------------------------------
        say(f"volunteers: {volunteers}")
        taken = set(s.scalars(select(Volunteer.member_id).where(Volunteer.member_id.is_not(None))))
        candidates = [
            m
            for m in s.execute(
                select(Member.id, Member.community_id).where(Member.status == "active")
            ).all()
            if m.id not in taken
        ]
        rng.shuffle(candidates)
        squad_of = dict(
            s.execute(
                select(Team.community_id, Team.id).where(Team.community_id.is_not(None))
            ).all()
        )
        used_ids = set(s.scalars(select(Member.id_number))) | set(
            s.scalars(select(Volunteer.id_number).where(Volunteer.id_number.is_not(None)))
        )
        rows: list[dict] = []
        for i in range(volunteers):
            joined = today - dt.timedelta(days=rng.randint(30, 900))
            row = dict(
                team_id=brigade,
                availability=_availability(rng),
                joined_on=joined,
                active=rng.random() > 0.03,
                member_id=None,
                name="",
                name_pinyin="",
                id_type=None,
                id_number=None,
                gender=None,
                mobile="",
                search_text="",
            )
            if candidates and (rng.random() < 0.85 or i == 0):
                member = candidates.pop()
                row["member_id"] = member.id
                row["team_id"] = squad_of.get(member.community_id, rng.choice(squads))
            else:
                name = rng.choice(SURNAMES) + "".join(
                    rng.choice(GIVEN) for _ in range(rng.randint(1, 2))
                )
                gender = rng.choice("MF")
                birth = dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
                number = random_resident_id(rng, birth, gender, area="110106")
                while number in used_ids:
                    number = random_resident_id(rng, birth, gender, area="110106")
                used_ids.add(number)
                mobile = random_mobile(rng)
                row.update(
                    team_id=rng.choice(squads),
                    name=name,
                    name_pinyin=name_sort_key(name),
                    id_type="resident_id",
                    id_number=number,
                    gender=gender,
                    mobile=mobile,
                    search_text=search_text(name=name, mobile=mobile, id_number=number),
                )
            rows.append(row)
        new_ids = _insert_ids(s, Volunteer, rows)
        links = [
            {"volunteer_id": v, "skill_id": k}
            for v in new_ids
            for k in rng.sample(skill_ids, min(len(skill_ids), rng.choice((0, 1, 1, 2, 2, 3))))
        ]
        for start in range(0, len(links), BATCH):
            s.execute(insert(VolunteerSkill), links[start : start + BATCH])
        pool = s.execute(
            select(Volunteer.id, Volunteer.team_id).where(Volunteer.active.is_(True))
        ).all()
        by_team: dict[int, list[int]] = {}
        for vid, team_id in pool:
            by_team.setdefault(team_id, []).append(vid)
        everyone = [vid for vid, _ in pool]

        # A leader for every team that has none: one of its own volunteers.
        for team_id, parent in teams:
            members_of = by_team.get(team_id) or (everyone if parent is None else [])
            if (
                members_of
                and s.scalar(select(Team.leader_volunteer_id).where(Team.id == team_id)) is None
            ):
                s.get_one(Team, team_id).leader_volunteer_id = rng.choice(members_of)
        s.flush()

        # --- activities and shifts -----------------------------------------------------
        say(f"activities: {activities}")
        first_day = today - dt.timedelta(days=365)
        span_days = 365 + 42
        kinds = list(KIND_WEIGHTS)
        weights = list(KIND_WEIGHTS.values())
        shift_counts = [rng.randint(1, 5) for _ in range(activities)]
        if shifts is not None and activities:
            base, extra = divmod(shifts, activities)
            shift_counts = [base + (1 if i < extra else 0) for i in range(activities)]
        plan: list[tuple[dict, list[dict]]] = []
        for n in range(activities):
            kind = rng.choices(kinds, weights)[0]
            day = first_day + dt.timedelta(days=rng.randrange(span_days))
            begin = dt.datetime.combine(day, dt.time(rng.choice((8, 9, 9, 10, 14, 18))))
            team_id = rng.choice(squads) if rng.random() < 0.8 else None
            shift_rows = []
            parallel = rng.random() < 0.4
            length = dt.timedelta(hours=rng.choice((1, 2, 2, 2, 3, 4)))
            for k in range(max(1, shift_counts[n])):
                start = begin if parallel else begin + k * length
                if start + length > dt.datetime.combine(day, dt.time(22)):
                    start = begin  # no shift runs late into the night
                shift_rows.append(
                    dict(
                        starts_at=start,
                        ends_at=start + length,
                        role=rng.choice(ROLES),
                        places=rng.randint(2, 6),
                    )
                )
            end = max(r["ends_at"] for r in shift_rows)
            plan.append(
                (
                    dict(
                        title=rng.choice(TITLES[kind]),
                        kind=kind,
                        place=rng.choice(PLACES),
                        starts_at=begin,
                        ends_at=end,
                        team_id=team_id,
                    ),
                    shift_rows,
                )
            )
        plan.sort(key=lambda p: p[0]["starts_at"])
        activity_ids = _insert_ids(s, Activity, [a for a, _ in plan])
        shift_rows_all: list[dict] = []
        for activity_id, (_, shift_rows) in zip(activity_ids, plan, strict=True):
            for r in shift_rows:
                r["activity_id"] = activity_id
                shift_rows_all.append(r)
        say(f"shifts: {len(shift_rows_all)}")
        shift_ids = _insert_ids(s, Shift, shift_rows_all)

        # --- assignments ---------------------------------------------------------------
        cal = _Calendar()
        for vid, begins, ends in s.execute(  # a second run keeps clear of the first
            select(Assignment.volunteer_id, Assignment.starts_at, Assignment.ends_at).where(
                Assignment.status != CANCELLED
            )
        ):
            cal.take(vid, begins, ends)
        team_of_activity = {
            aid: a["team_id"] for aid, (a, _) in zip(activity_ids, plan, strict=True)
        }
        assignments: list[dict] = []
        for shift_id, r in zip(shift_ids, shift_rows_all, strict=True):
            home = by_team.get(team_of_activity[r["activity_id"]] or -1, [])
            wanted = r["places"] - (1 if rng.random() < 0.2 else 0)
            picked = 0
            for _ in range(wanted * 4):
                if picked >= wanted or not everyone:
                    break
                source = home if home and rng.random() < 0.75 else everyone
                vid = rng.choice(source)
                if not cal.free(vid, r["starts_at"], r["ends_at"]):
                    continue
                cal.take(vid, r["starts_at"], r["ends_at"])
                picked += 1
                if r["ends_at"] <= now:
                    status = rng.choices((ATTENDED, ABSENT, CANCELLED), (86, 6, 8))[0]
                else:
                    status = rng.choices((SCHEDULED, CONFIRMED), (60, 40))[0]
                hours = shift_hours(r["starts_at"], r["ends_at"])
                reason = ""
                if status == ATTENDED and rng.random() < 0.03:
                    reason = rng.choice(CORRECTIONS)
                    hours = max(Decimal("0.50"), hours + Decimal(rng.choice((-1, 1))) / 2)
                assignments.append(
                    dict(
                        shift_id=shift_id,
                        volunteer_id=vid,
                        starts_at=r["starts_at"],
                        ends_at=r["ends_at"],
                        status=status,
                        hours=hours,
                        hours_reason=reason,
                    )
                )
        say(f"assignments: {len(assignments)}")
        for start in range(0, len(assignments), BATCH):
            s.execute(insert(Assignment), assignments[start : start + BATCH])
        audit.record(
            s,
            CLI_ACTOR,
            "demo_fill",
            "volunteers",
            note=(
                f"volunteers={len(rows)} activities={len(activity_ids)} "
                f"shifts={len(shift_ids)} assignments={len(assignments)} seed={seed}"
            ),
        )
        hours_attended = sum(
            (a["hours"] for a in assignments if a["status"] == ATTENDED), Decimal("0.00")
        )
        return VolunteersDemoSummary(
            teams=len(teams),
            volunteers=len(rows),
            activities=len(activity_ids),
            shifts=len(shift_ids),
            assignments=len(assignments),
            attended_hours=hours_attended,
        )
