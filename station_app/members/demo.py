"""Member intake's demo data: realistic synthetic communities, units and members.

Chinese names (with the surnames that trip pinyin up), valid ID-card, mobile and
credit-code numbers, nine communities, units with and without unions. Bulk inserts
inside the caller's transaction: 100,000 members take seconds, not minutes. The
station-wide demo (:mod:`station_app.demo`) calls :func:`fill_members` first; the
other features' demo data needs people.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from station_app.core import clock
from station_app.core.ids import random_mobile, random_resident_id, random_uscc
from station_app.core.models import SerialCounter
from station_app.core.search import search_text
from station_app.members.models import Community, Member, Unit

COMMUNITIES = (
    "太平桥西里社区",
    "太平桥东里社区",
    "太平桥中里社区",
    "太平桥南里社区",
    "东管头社区",
    "菜户营社区",
    "莲花池社区",
    "天伦北里社区",
    "丽泽雅园社区",
)
# Common surnames weighted roughly by frequency, plus the ones pinyin misreads.
SURNAMES = (
    "王" * 10
    + "李" * 10
    + "张" * 9
    + "刘" * 8
    + "陈" * 7
    + "杨" * 5
    + "赵" * 4
    + "黄" * 4
    + "周" * 3
    + "吴" * 3
    + "徐" * 2
    + "孙" * 2
    + "胡" * 2
    + "朱" * 2
    + "高" * 2
    + "林"
    + "何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田"
    + "任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
    + "单仇解区朴翟查"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫浩宇欣怡子涵"
    "梓轩一诺雨萱思远建国建华志强海燕晓东佳琪俊杰婷婷文博晨阳国庆春梅秋菊冬梅立新宏伟"
    "堃喆赟淼森磊鹏飞翔瑞祥永红晓燕丹丹雪莉美玲金凤凤英桂芳"
)
UNIT_WORDS = (
    "华信",
    "鑫源",
    "恒通",
    "瑞丰",
    "嘉禾",
    "安泰",
    "中科",
    "首科",
    "丽泽",
    "京南",
    "金桥",
    "宏达",
    "汇丰",
    "永顺",
    "博远",
    "天成",
    "众邦",
    "新阳",
    "康达",
    "和美",
    "盛世",
    "九州",
    "同心",
    "长城",
    "蓝天",
    "青松",
    "万家",
    "福润",
    "明德",
    "顺心",
    "诚信",
    "百川",
    "东方",
)
UNIT_TRADES = (
    ("科技有限公司", 25),
    ("物业管理有限公司", 12),
    ("餐饮管理有限公司", 10),
    ("商贸有限公司", 12),
    ("建筑工程有限公司", 6),
    ("快递服务有限公司", 5),
    ("物流有限公司", 5),
    ("环境卫生服务中心", 3),
    ("医药连锁有限公司", 4),
    ("文化传媒有限公司", 6),
    ("超市", 5),
    ("出租汽车有限公司", 2),
    ("律师事务所", 3),
    ("幼儿园", 2),
)
OUTDOOR_KINDS = ("sanitation", "courier", "delivery", "assistant", "taxi", "logistics", "other")
BATCH = 5_000


@dataclass(frozen=True)
class MembersDemo:
    """What is on file after :func:`fill_members` (and how many units it added)."""

    community_ids: list[int]
    units: int
    units_with_union: int
    members: int
    units_added: int


def random_name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.01 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(1 if rng.random() < 0.35 else 2))
    return surname + given


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _unit_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    trades = [t for t, w in UNIT_TRADES for _ in range(w)]
    while len(names) < count:
        a, b = rng.sample(UNIT_WORDS, 2)
        words = a if rng.random() < 0.6 else a + b
        names.add(f"北京{words}{rng.choice(trades)}")
    return sorted(names, key=lambda _: rng.random())


def fill_members(
    s: Session,
    rng: random.Random,
    members: int,
    member_prefix: str,
    say: Callable[[str], None],
) -> MembersDemo:
    """The nine communities (once), then units and ``members`` members, in ``s``."""
    today = clock.today()
    community_ids = _communities(s)
    unit_count = min(5_000, max(20, members // 8))
    existing_units = s.scalar(select(func.count()).select_from(Unit)) or 0
    say(f"units: {unit_count}")
    units: list[dict] = []
    used_uscc = set(s.scalars(select(Unit.uscc).where(Unit.uscc.is_not(None))))
    taken_names = set(s.scalars(select(Unit.name)))
    for name in _unit_names(rng, unit_count + len(taken_names)):
        if name in taken_names or len(units) >= unit_count:
            continue
        uscc = None
        if rng.random() < 0.9:
            uscc = random_uscc(rng, first_char=rng.choice("9999999NY"))
            while uscc in used_uscc:
                uscc = random_uscc(rng)
            used_uscc.add(uscc)
        status = rng.choices(("none", "own", "joint"), weights=(35, 25, 40))[0]
        founded = random_date(rng, dt.date(2012, 1, 1), today) if status != "none" else None
        community_id = rng.choice(community_ids)
        units.append(
            dict(
                name=name,
                uscc=uscc,
                community_id=community_id,
                address=f"丰台区太平桥路{rng.randint(1, 200)}号",
                contact_name=random_name(rng),
                contact_phone=random_mobile(rng),
                employee_count=rng.choice((5, 8, 12, 20, 35, 60, 120, 300)),
                union_status=status,
                union_founded_on=founded,
                union_name=f"{name}工会" if status == "own" else "",
                union_chair=random_name(rng) if status == "own" else "",
                search_text=search_text(name=name, extra=[uscc or ""]),
            )
        )
    if units:
        s.execute(insert(Unit), units)
    unit_rows = s.execute(select(Unit.id, Unit.community_id)).all()

    say(f"members: {members}")
    used_ids = set(s.scalars(select(Member.id_number)))
    counters: Counter[int] = Counter(
        {
            year: value
            for year, value in s.execute(
                select(SerialCounter.year, SerialCounter.last_value).where(
                    SerialCounter.series == "member"
                )
            )
        }
    )
    batch: list[dict] = []
    for _ in range(members):
        gender = rng.choice("MF")
        birth = random_date(rng, dt.date(1960, 1, 1), dt.date(2004, 12, 31))
        area = "110106" if rng.random() < 0.6 else None
        id_number = random_resident_id(rng, birth, gender, area=area)
        while id_number in used_ids:
            id_number = random_resident_id(rng, birth, gender, area=area)
        used_ids.add(id_number)
        joined = random_date(rng, dt.date(2015, 1, 1), today)
        counters[joined.year] += 1
        member_no = f"{member_prefix}{joined.year}{counters[joined.year]:05d}"
        name = random_name(rng)
        mobile = random_mobile(rng)
        unit_id, community_id = (None, rng.choice(community_ids))
        if unit_rows and rng.random() < 0.85:
            unit_id, community_id = rng.choice(unit_rows)
        status = rng.choices(("active", "transferred", "withdrawn"), weights=(94, 3, 3))[0]
        outdoor = rng.choice(OUTDOOR_KINDS) if rng.random() < 0.08 else None
        batch.append(
            dict(
                member_no=member_no,
                name=name,
                id_type="resident_id",
                id_number=id_number,
                gender=gender,
                birth_date=birth,
                mobile=mobile,
                landline="",
                unit_id=unit_id,
                community_id=community_id,
                joined_on=joined,
                status=status,
                status_changed_on=None if status == "active" else random_date(rng, joined, today),
                status_note="",
                hardship_level=rng.choices((None, "ordinary", "severe"), weights=(96, 3, 1))[0],
                outdoor_kind=outdoor,
                migrant_worker=rng.random() < 0.1,
                model_worker=rng.random() < 0.01,
                notes="",
                search_text=search_text(
                    name=name, member_no=member_no, mobile=mobile, id_number=id_number
                ),
            )
        )
        if len(batch) >= BATCH:
            s.execute(insert(Member), batch)
            batch.clear()
            say(f"  {len(used_ids)} members")
    if batch:
        s.execute(insert(Member), batch)
    _save_counters(s, counters)
    total_units = existing_units + len(units)
    with_union = s.scalar(select(func.count()).select_from(Unit).where(Unit.union_status != "none"))
    total_members = s.scalar(select(func.count()).select_from(Member))
    return MembersDemo(community_ids, total_units, with_union or 0, total_members or 0, len(units))


def _communities(s) -> list[int]:  # type: ignore[no-untyped-def]
    existing = dict(s.execute(select(Community.name, Community.id)).all())
    for order, name in enumerate(COMMUNITIES, start=1):
        if name not in existing:
            row = Community(name=name, sort_order=order)
            s.add(row)
            s.flush()
            existing[name] = row.id
    return [existing[name] for name in COMMUNITIES]


def _save_counters(s, counters: Counter[int]) -> None:  # type: ignore[no-untyped-def]
    for year, value in counters.items():
        row = s.get(SerialCounter, ("member", year))
        if row is None:
            s.add(SerialCounter(series="member", year=year, last_value=value))
        else:
            row.last_value = value
