"""Pinyin search keys: one stored text column per person, searched with LIKE.

How to use it
-------------
* Store ``search_text(name=..., member_no=..., mobile=..., id_number=...)`` in the
  person's search column whenever one of those fields changes.
* Normalise every query with :func:`normalize_query` before searching (lower-case,
  spaces removed, full-width digits and letters made half-width, ``|`` removed), then
  search with ``column LIKE :pattern ESCAPE '\\'`` where ``pattern`` comes from
  :func:`like_pattern`. A LIKE over such a column scans 100k rows in about 10 ms
  (design.md, section 5); FTS5 trigram would miss two-character names.

Parts of the text are joined by ``|``, which no query can contain, so a query never
matches across the end of one part and the start of the next (a name's initials
followed by a member number, say).

Surnames: pypinyin reads 单 as dān, 曾 as céng, 解 as jiě and so on (design.md,
section 5). Desk staff type either the surname reading or what the character looks
like, so every reading of the surname is indexed, the usual surname reading first.
The given name takes pypinyin's default reading: as pypinyin reads it in context
(长青 chángqīng, 朝阳 zhāoyáng), from the table of :mod:`station_app.core.pinyin`
(loaded when a name is first read, without pypinyin's 55 MiB phrase dictionary).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from station_app.core import pinyin
from station_app.core.ids import to_halfwidth

SEPARATOR = "|"

# Surnames read differently from the everyday character, or with two readings in use:
# the usual surname reading first, then the reading people type when unsure.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan", "dan"),
    "曾": ("zeng", "ceng"),
    "仇": ("qiu", "chou"),
    "解": ("xie", "jie"),
    "区": ("ou", "qu"),
    "朴": ("piao", "pu"),
    "翟": ("zhai", "di"),
    "查": ("zha", "cha"),
    "盖": ("ge", "gai"),
    "乐": ("yue", "le"),
    "缪": ("miao", "mou"),
    "覃": ("qin", "tan"),
    "尉": ("wei", "yu"),
    "种": ("chong", "zhong"),
    "秘": ("bi", "mi"),
    "员": ("yun", "yuan"),
    "召": ("shao", "zhao"),
    "繁": ("po", "fan"),
    "黑": ("he", "hei"),
    "柏": ("bai", "bo"),
    "长": ("chang", "zhang"),
    "牟": ("mou", "mu"),
    "卜": ("bu", "bo"),
    "阚": ("kan", "han"),
    "薄": ("bo", "bao"),
    "都": ("du", "dou"),
    "宿": ("su", "xiu"),
    "句": ("gou", "ju"),
    "隗": ("wei", "kui"),
    "郇": ("xun", "huan"),
    "洗": ("xian", "xi"),
    "折": ("she", "zhe"),
    "能": ("nai", "neng"),
    "贲": ("ben", "bi"),
    "谌": ("chen", "shen"),
    "乜": ("nie", "mie"),
}

# Common surnames with one reading although pypinyin lists rare other readings of the
# character (沈 chen, 方 pang, 湛 has seven): indexing those would make "chen" find 沈.
_PINNED = (
    "王wang 吴wu 朱zhu 许xu 冯feng 邓deng 彭peng 董dong 潘pan 于yu 蔡cai 余yu 杜du "
    "叶ye 丁ding 任ren 沈shen 姚yao 陆lu 汪wang 石shi 贾jia 夏xia 方fang 白bai 尹yin "
    "陶tao 郝hao 万wan 莫mo 汤tang 温wen 施shi 邢xing 齐qi 倪ni 庄zhuang 殷yin 詹zhan "
    "焦jiao 俞yu 甘gan 祝zhu 包bao 宁ning 尚shang 舒shu 阮ruan 童tong 裴pei 霍huo 涂tu "
    "谷gu 盛sheng 冉ran 蓝lan 路lu 游you 柴chai 祁qi 蒲pu 房fang 屈qu 艾ai 司si 古gu "
    "车che 芦lu 褚chu 戚qi 景jing 冷leng 瞿qu 臧zang 卞bian 姬ji 隋sui 沙sha 甄zhen "
    "明ming 池chi 苑yuan 封feng 匡kuang 鞠ju 南nan 栗li 冼xian 位wei 强qiang 祖zu 漆qi "
    "支zhi 狄di 平ping 容rong 晁chao 芮rui 鹿lu 阿a 母mu 赫he 杭hang 印yin 逯lu 亢kang "
    "嵇ji 戎rong 於yu 呼hu 居ju 揭jie 干gan 但dan 斯si 檀tan 信xin 幸xing 由you 和he "
    "那na 哈ha 湛zhan"
)
SURNAME_READINGS |= {w[0]: (w[1:],) for w in _PINNED.split() if w[0] not in SURNAME_READINGS}

# Compound surnames take one fixed reading; pypinyin's default is added if it differs
# (尉迟 is read yùchí but often typed weichi; 长孙 zhǎngsūn, sometimes typed changsun).
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "令狐": ("ling", "hu"),
    "长孙": ("zhang", "sun"),
    "宇文": ("yu", "wen"),
    "慕容": ("mu", "rong"),
    "司徒": ("si", "tu"),
}

# Han characters (CJK ideographs, their extensions and compatibility forms) as code
# point ranges: the same class as a regex took 1.6 ms to compile at every start.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
_LATIN_RUN = re.compile(r"[a-z0-9]+")
_UMLAUT = {"lv": "lu", "nv": "nu", "lve": "lue", "nve": "nue"}


def normalize_query(q: str) -> str:
    """What the search column is compared with: lower-case, half-width, no spaces.

    The separator ``|`` is removed too, so a query never spans two parts.
    """
    return "".join(to_halfwidth(q).lower().split()).replace(SEPARATOR, "")


def like_pattern(q: str) -> str:
    """``%q%`` for ``LIKE ... ESCAPE '\\'`` with LIKE's wildcards in ``q`` escaped."""
    q = normalize_query(q)
    escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _syllables(text: str) -> list[str]:
    """Default pinyin, one item per Han character or Latin/digit run.

    Characters pypinyin cannot read (𠮷, ·, punctuation) are dropped; Latin letters
    and digits are kept lower-cased as whole words.
    """
    out: list[str] = []
    for chunk in pinyin.read(text):
        # A non-Han chunk may mix letters with unreadable characters ("A𠮷"): keep
        # the letter/digit runs, drop the rest.
        out.extend(_LATIN_RUN.findall(chunk.lower()))
    return out


def _surname_readings(char: str) -> list[str]:
    """Every reading of a one-character surname, the usual one first.

    Known surnames take the table (plus pypinyin's default reading, which is what
    someone unsure types); any other character takes all of pypinyin's readings.
    """
    default = _syllables(char)
    if char in SURNAME_READINGS:
        readings = [*SURNAME_READINGS[char], *default]
    else:
        readings = list(default)
        readings.extend(r.lower() for r in pinyin.readings(char) if r.isascii() and r.isalpha())
    return list(dict.fromkeys(readings))


def _is_han(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def _split_name(name: str) -> tuple[list[list[str]], str]:
    """(surname reading options as syllable lists, given name)."""
    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        fixed = list(COMPOUND_SURNAMES[name[:2]])
        default = _syllables(name[:2])
        options = [fixed] if default == fixed else [fixed, default]
        return options, name[2:]
    first = name[:1]
    if first and _is_han(first):
        readings = _surname_readings(first)
        if readings:
            return [[r] for r in readings], name[1:]
    # No Han surname (Latin name, unreadable character): read the whole name plainly.
    return [[]], name


def name_keys(name: str) -> list[str]:
    """Full pinyin and initials for every reading of the surname.

    ``name_keys("单丽")`` gives ``["shanli", "danli", "sl", "dl"]``.
    Full keys come first, the usual surname reading first among them.
    """
    # Inner spaces are kept: they separate the words of a Latin name ("Anna Li").
    name = to_halfwidth(name).strip()
    if not name:
        return []
    options, given = _split_name(name)
    given_syllables = _syllables(given)
    fulls: list[str] = []
    initials: list[str] = []
    for surname in options:
        syllables = surname + given_syllables
        if not syllables:
            continue
        fulls.append("".join(syllables))
        initials.append("".join(s[0] for s in syllables))
    # pypinyin writes ü as v (吕 lv, 女 nv); some people type u instead. Whole
    # syllables only, so a Latin "Elvis" stays as it is.
    for surname in options:
        syllables = surname + given_syllables
        if any(s in _UMLAUT for s in syllables):
            fulls.append("".join(_UMLAUT.get(s, s) for s in syllables))
    return list(dict.fromkeys(fulls + initials))


def search_text(
    *,
    name: str,
    member_no: str = "",
    mobile: str = "",
    id_number: str = "",
    extra: Iterable[str] = (),
) -> str:
    """The stored search column: name, its pinyin keys, numbers, joined by ``|``.

    Every part goes through :func:`normalize_query`, so it compares with a
    normalised query; empty parts are left out.
    """
    parts = [name, *name_keys(name), member_no, mobile, id_number, *extra]
    normalised = (normalize_query(p) for p in parts)
    return SEPARATOR.join(dict.fromkeys(p for p in normalised if p))
