"""Units of a table's rows and columns from its caption and headers: the units a caption
lists (:func:`listed_units`), which row or column takes which (:func:`row_units`,
:func:`named_rows`, :func:`counted_rows`, :func:`row_kind`, :func:`column_units`,
:func:`leaf_units`), and the unit a header path declares (:func:`header_unit`,
"분담률(%)").  :mod:`extract.layout.captions` finds the caption and reads what it says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.layout.headunits import counter_head, measured_unit, without_bracket
from extract.layout.vocab import (
    COLUMN_COUNT_UNITS,
    COUNT_HEADER_ENDINGS,
    MEASURE_MULTIPLIERS,
    MEASURE_UNITS,
    MONEY_HEADER_ENDINGS,
    MONEY_HEADER_WORDS,
    NOT_MONEY_ENDINGS,
    PEOPLE_COUNT_WORDS,
    PEOPLE_ROW_ENDINGS,
    PERSON_COUNT_NOUNS,
    ROW_COUNT_ENDINGS,
    UNIT_COUNTER,
)
from extract.normalize.money import price_unit
from extract.normalize.scaled_counts import scaled_counter
from extract.normalize.vocab import (
    CLOSE_CLASS,
    COUNT_UNITS,
    FOREIGN_CURRENCIES,
    OPEN_CLASS,
    ORG_UNIT_WORDS,
    PERCENT_SIGNS,
    QUOTE_CLASS,
    TIME_UNITS,
    UNITS,
)

#: the bracket a unit is declared in: "[단위: 명]" after a date on the same line
_UNIT_BRACKET = re.compile(rf"[{OPEN_CLASS}][^{OPEN_CLASS}{CLOSE_CLASS}]*단\s*위")
#: a bracket closing a header's text ("분담률(%)", "마을버스(대)")
_TRAILING_BRACKET = re.compile(r"[(（](?P<inside>[^()（）]{1,16})[)）]\s*$")
#: what such a bracket may declare: money, counters, percent
_HEADER_UNITS = frozenset({*UNITS, *COUNT_UNITS, *PERCENT_SIGNS})
#: units a header part may be on its own: not the names of organisation units (과, 팀)
_BARE_UNITS = _HEADER_UNITS - frozenset(ORG_UNIT_WORDS)

#: a caption's declaration of several units, one a group of columns ("[단위: 교, 학급, 명]")
_UNIT_LIST = re.compile(rf"단\s*위\s*[:：]?\s*(?P<units>[^;{OPEN_CLASS}{CLOSE_CLASS}]{{1,40}})")
#: what a column header says besides the thing it counts: "학교 수*" counts 학교
_MARKS = re.compile(r"[\s*※]")


def listed_units(caption: str, per: str = ",") -> tuple[str, ...]:
    """The count units a caption lists, in order ("[단위: 교, 학급, 명]" -> 교, 학급, 명);
    ``per`` the mark that parts them ("/": "단위: 개소/대").

    >>> listed_units("2026. 1. 1. 기준 [단위: 교, 학급, 명]"), listed_units("(단위: 억원, %)")
    (('교', '학급', '명'), ())
    >>> listed_units("(단위: 개소/대)", per="/")
    ('개소', '대')
    """
    return tuple(w for w in _listed(caption, per) if _count_unit(w))


def _listed(caption: str, per: str = ",") -> list[str]:
    """The words a caption's declaration of units lists, in order."""
    m = _UNIT_LIST.search(caption)
    return ["".join(w.split()) for w in m["units"].split(per)] if m else []


def _count_unit(word: str) -> bool:
    """A unit of a count or a measure, a multiplier before it too ("천㎡", "천명")."""
    return word in COUNT_UNITS or (word[:1] in "천만" and word[1:] in COUNT_UNITS)


def counts_first(caption: str) -> bool:
    """Whether a caption that lists units of counts and of money lists a count first
    ("단위 : 건, 천원"; not "단위 : 백만원, 개소").

    >>> counts_first("(단위 : 건, 천원)"), counts_first("(단위 : 백만원, 개소)")
    (True, False)
    """
    for word in _listed(caption):
        if _count_unit(word):
            return True
        if word in UNITS:
            return False
    return False



def row_units(units: Sequence[str], rows: Sequence[str]) -> dict[str, str]:
    """Each body row's unit where a caption lists one unit per row, as many as the rows
    ("단위: 개소/대" over 사업장수 and 등록기구수), in their order; else none.

    >>> row_units(("개소", "대"), ("사업장수", "등록기구수"))
    {'사업장수': '개소', '등록기구수': '대'}
    >>> row_units(("명", "일"), ("이용객", "운영일", "합계"))
    {}
    >>> row_units(("톤", "일"), ("처리용량", "처리량"))
    {}
    """
    if len(units) < 2 or len(units) != len(rows) or any(u in TIME_UNITS for u in units[1:]):
        return {}  # ("톤/일", "명/일": one unit, a rate)
    return dict(zip(rows, units, strict=True))


def named_rows(units: Sequence[str], rows: Sequence[str]) -> dict[str, str]:
    """Each body row's unit where a caption lists several counts and no money, no column
    names one, and the rows' labels do as the columns' would (a table on its side, "(단위
    : 개교, 학급, 명)" over the rows "학교수", "학급수", "학생수", "교원수"): as
    :func:`column_units` reads tops; none unless every row gets one.

    >>> named_rows(("개교", "학급", "명"), ("학교수", "학급수", "학생수", "교원수"))
    {'학교수': '개교', '학급수': '학급', '학생수': '명', '교원수': '명'}
    >>> named_rows(("개소", "명"), ("가온동", "나래동"))
    {}
    """
    out = column_units(units, rows)
    return out if rows and len(out) == len(rows) else {}


def counted_rows(units: Sequence[str], rows: Sequence[str]) -> dict[str, str]:
    """Each body row's unit where a caption lists units of counts beside its money's and
    the row's label counts in one of them ("(단위 : 건, 천원, %)" over "단속 건수": 건); the
    other rows none (their money's, or a rate's by its label).

    >>> counted_rows(("건",), ("단속 건수", "과태료 부과액", "징수율"))
    {'단속 건수': '건'}
    >>> counted_rows(("개소",), ("발행액", "가맹점"))
    {}
    """
    out = {}
    for row in rows:
        label = row.rsplit(" / ", 1)[-1]
        if (unit := _named_unit(label, units)) is not None and not _pays(label):
            out[row] = unit
    return out


def row_kind(
    units: Sequence[str],
    money: str,
    col_headers: Iterable[str],
    row_header: str,
    row_headers: Iterable[str] = (),
) -> str | None:
    """The unit of a row whose label names its kind, where the caption lists counts beside
    money and no column's header names either (a table set on its side, "(단위 : 개,
    백만원)" over "구 분 | 계 | 완 료" and the rows "공 약 수", "총사업비"): a label of money,
    ``money``; one that counts, the listed unit it names, or the one listed; else None
    (the column's kind, as the caption's list gives it). ``col_headers``: the header paths
    of the table's columns of values, asked only where the label names a kind.

    A table one of whose columns names a kind is not set on its side, its other columns
    of the caption's money ("인 원 | 2026년 | 2025년" under "(단위 : 명, 백만원)"): its rows
    keep their columns' units, whatever their labels.  A label ending in 자 ("기초생활수급자",
    "긴급지원대상자") names whom the row's figures are of, its money as well as its head
    count: a count only where another of the table's rows (``row_headers``) names its
    money ("참 여 자" over "사 업 비").

    >>> units = ("개",)
    >>> row_kind(units, "백만원", ["계", "완 료"], "총사업비")
    '백만원'
    >>> row_kind(units, "백만원", ["계", "완 료"], "공 약 수")
    '개'
    >>> row_kind(units, "백만원", ["계", "사업비"], "공 약 수") is None  # (a column's own kind)
    True
    >>> row_kind(("명",), "백만원", ["인 원", "2026년"], "지원액") is None  # (not on its side)
    True
    >>> row_kind(("명",), "백만원", ["2026년", "2025년"], "긴급지원대상자") is None
    True
    >>> row_kind(("명",), "백만원", ["계", "2026년"], "참 여 자", ["참 여 자", "사 업 비"])
    '명'
    >>> row_kind(("건", "명"), "천원", ["2025년"], "단속 건수")
    '건'
    >>> row_kind(units, "억원", ["계"], "완료") is None
    True
    >>> row_kind(units, "백만원", ["계", "완 료", "이행률(%)"], "총사업비")  # (a rate's column)
    '백만원'
    """
    if not units:
        return None
    label = row_header.rsplit(" / ", 1)[-1]
    if _pays(label):
        named: str | None = money
    else:
        named = _named_unit(label, units)
        if named is None and len(units) == 1 and _row_counts(label, row_headers):
            named = units[0]  # ("공 약 수" under "단위 : 개, 백만원")
    if named is None:
        return None
    # (a column that names a kind, "인 원", "사업비": the table stands upright)
    heads = {part for path in col_headers for part in path.split(" / ")}
    return None if any(_names_kind(part, units) for part in heads) else named


def _row_counts(label: str, row_headers: Iterable[str]) -> bool:
    """Whether a row's label counts things: it ends in 수 ("공 약 수"), or in 자 ("참 여 자")
    where another row names the table's money ("사 업 비") and none counts the people
    (beside "지원인원 수", "기초생활수급자" is whom the money goes to; "강 좌 수" counts no
    people): the 자 row is then its heads."""
    if _counts(label, ROW_COUNT_ENDINGS):
        return True
    if not _counts(label, PEOPLE_ROW_ENDINGS):
        return False
    labels = [h.rsplit(" / ", 1)[-1] for h in row_headers]
    return any(_pays(h) for h in labels) and not any(
        _counts(h, ROW_COUNT_ENDINGS) and any(w in _bare_head(h) for w in PEOPLE_COUNT_WORDS)
        for h in labels
    )


def _names_kind(part: str, units: Sequence[str]) -> bool:
    """Whether a header part names money or a count ("사업비", "시설수", "예산(백만원)"); a
    rate's, "이행률(%)", names neither (a table on its side has one beside its counts)."""
    return (
        _pays(part) or _counts(part) or _named_unit(part, units) is not None
        or header_unit(part) not in (None, "%")
    )  # fmt: skip


def column_units(
    units: Sequence[str], tops: Sequence[str], money: bool = False, counted: bool = False
) -> dict[str, str]:
    """Each top column header's unit where a caption lists several: the unit the header
    names ("학교 수" counts in 교, "학급 수" in 학급), and the one unit no header names
    for the rest ("학생 수", "교원수": 명).

    A header that names no unit may imply one: 정원 and 현원 count 명, a column of 과 or
    팀 counts 개 (units, as "단위: 개, 명, 백만원" lists them).  Where the caption lists
    a money unit too (``money``), a header of money ("운영비", "도 비", "가액", "2026년
    예산", a year's) is none of the counts, one that counts ("시설수") is, and one that
    says neither is of the kind of the column before it ("시 정" after "지적건수", "증 감"
    after "2026년 예산"), the first of the kind the caption lists first (``counted``: a
    count).

    >>> column_units(("교", "학급", "명"), ("학교 수*", "학급 수", "학생 수", "교원수**"))
    {'학교 수*': '교', '학급 수': '학급', '학생 수': '명', '교원수**': '명'}
    >>> column_units(("개", "명"), ("과", "팀", "정원", "현원", "예산(백만원)"), money=True)
    {'과': '개', '팀': '개', '정원': '명', '현원': '명'}
    >>> column_units(("개소",), ("시설수", "운영비", "비 고"), money=True)
    {'시설수': '개소'}
    >>> column_units(("건", "천㎡"), ("건 수", "면 적", "가 액"), money=True, counted=True)
    {'건 수': '건', '면 적': '천㎡'}
    >>> column_units(("㎢", "세대", "명"), ("면적(㎢)", "세대", "인구(명)", "리 수"))
    {'면적(㎢)': '㎢', '세대': '세대', '인구(명)': '명', '리 수': '리'}
    """
    if len(units) < (1 if money else 2):
        return {}
    named = {top: _named_unit(top, units) for top in tops}
    left = [u for u in units if u not in named.values()]
    rest = left[0] if len(left) == 1 else units[0] if len(units) == 1 else None
    # (each unit listed named by a header, or its own bracket: "인구(명)")
    taken = set(units) <= {*named.values(), *(header_unit(top) for top in tops)}
    out: dict[str, str] = {}
    counting = counted  # (the kind of the column before: "증 감" after "2026년 예산")
    for top, found in named.items():
        own = header_unit(top) if money else None
        if own is not None:
            # ("사업비(백만원)", "운영비(천달러)": its own unit, of its kind)
            counting = own not in UNITS and not _foreign(own)
        elif found:
            out[top], counting = found, True
        elif not money and taken and (head := counter_head(top)) is not None:
            # (its own counter, where each unit the caption lists is another column's:
            # "리 수" beside "면적(㎢)", "세대" and "인구(명)" under "(단위 : ㎢, 세대, 명)")
            out[top] = head
        elif not money:
            if rest:
                out[top] = rest
        elif _pays(top) or _YEAR_HEAD.match(_bare_head(top)):
            counting = False  # (money, or a year's amounts: "2025년", "’26 예산")
        elif (_counts(top) or counting) and rest:
            out[top], counting = rest, True
    return out


def leaf_units(units: Sequence[str], paths: Sequence[str], money: str) -> dict[str, str]:
    """Each column's unit by its own header, the deepest part of its path, where a caption
    lists counts beside money and the parts under a top header are of either kind (``계 |
    적 정`` each over ``건수 | 사업비`` under "(단위 : 건, 억원)"): a part that counts in a
    listed unit that unit, a part of money ``money``; a part that says neither, none (its
    top's); none where the parts are all of one kind (``2025년 / 국비``: its top's).

    >>> leaf_units(("건",), ("계 / 건수", "계 / 사업비", "적 정 / 건수", "적 정 / 사업비"), "억원")
    {'계 / 건수': '건', '계 / 사업비': '억원', '적 정 / 건수': '건', '적 정 / 사업비': '억원'}
    >>> leaf_units(("건",), ("2025년 / 계", "2025년 / 국비", "2025년 / 시비"), "억원")
    {}
    """
    out: dict[str, str] = {}
    for path in paths:
        if " / " not in path:
            continue
        part = path.rsplit(" / ", 1)[-1]
        if _pays(part):
            out[path] = money  # (a word of money before a count's ending: "사업비", "보 수")
        elif (named := _named_unit(part, units)) is not None:
            out[path] = named
        elif _counts(part) and len(units) == 1:
            out[path] = units[0]
    kinds = set(out.values())
    return out if money in kinds and len(kinds) > 1 else {}


def _bare_head(top: str) -> str:
    """A header's words without spaces, marks and a closing bracket."""
    return _TRAILING_BRACKET.sub("", _MARKS.sub("", top))


def _counts(top: str, endings: tuple[str, ...] = COUNT_HEADER_ENDINGS) -> bool:
    """Whether a column header names a number of things ("시설수", "학생 수", "수급자"), by
    ``endings`` (a row's label: ROW_COUNT_ENDINGS)."""
    return _bare_head(top).endswith(endings) and not _pays(top)


#: a header that is a year, its amounts ("2025년", "’26", "2026 예산")
_YEAR_HEAD = re.compile(rf"^{QUOTE_CLASS}?(?:\d{{4}}|\d{{2}})(?:년도?)?(?:예산)?$")


def _pays(top: str) -> bool:
    """Whether a column header names money ("운영비", "도 비", "보조금", "가액", "예산")."""
    bare = _bare_head(top)
    if bare in MONEY_HEADER_WORDS:
        return True
    return bare.endswith(MONEY_HEADER_ENDINGS) and not bare.endswith(NOT_MONEY_ENDINGS)


def _named_unit(top: str, units: Sequence[str]) -> str | None:
    """The unit of ``units`` a column header names or implies, if one."""
    # (a bracket closing the header, "개최 횟수 (’25년)", says when, not what it counts)
    for bare in dict.fromkeys((_MARKS.sub("", top), without_bracket(top))):
        named = next((u for u in units if bare.removesuffix("수").endswith(u)), None)
        # (people, "교원수", are no things a counter counts, though 교원 ends as 개원 does)
        person = any(bare.removesuffix("수").endswith(w) for w in PERSON_COUNT_NOUNS)
        named = named or (None if person else _counter_unit(bare, units))
        implied = next(
            (u for w, u in COLUMN_COUNT_UNITS.items() if bare.endswith(w)), None
        ) or (UNIT_COUNTER if bare in ORG_UNIT_WORDS else None)
        found = named or (implied if implied in units else None) or measured_unit(top, units)
        if found is not None:
            return found
    return None


def _counter_unit(bare: str, units: Sequence[str]) -> str | None:
    """The unit of ``units`` that counts a label's things by the generic counter before
    their name's last syllable ("학교 수" in 개교, "보건소 수" in 개소), if the label counts.

    >>> _counter_unit("학교수", ("개교", "학급", "명")), _counter_unit("학교", ("개교",))
    ('개교', None)
    """
    stem = bare.removesuffix("수")
    if not stem or stem == bare:
        return None
    return next(
        (u for u in units
         if len(u) > len(UNIT_COUNTER) and u.startswith(UNIT_COUNTER)
         and stem.endswith(u[len(UNIT_COUNTER) :])),
        None,
    )  # fmt: skip


def unit_declaration(caption: str) -> str:
    """The part of a caption line that declares the unit: the whole line when it is one
    bracket, else the bracket the unit stands in, to the line's end.

    >>> unit_declaration("2026. 1. 1. 기준, [단위: 명]")
    '[단위: 명]'
    >>> unit_declaration("(’25. 1. 19. 기준, 단위: 명)")
    '(’25. 1. 19. 기준, 단위: 명)'

    """
    t = caption.strip()
    if t[:1] in "([" and t[-1:] in ")]":
        return t
    m = _UNIT_BRACKET.search(t)
    return t[m.start() :] if m else t


def header_unit(path: str) -> str | None:
    """The unit a header path declares in a bracket at the end of one of its parts, or as
    a part of its own, the nearest part first: "분담률(%)" -> "%", "개수현황(㎞, 양안)" ->
    "㎞", "예산(백만원)" -> "백만원", "증 감 / %" -> "%", a unit of measure, "(천㎥/일)",
    as well as money or a count; a bracket that holds a word
    ("예산액(구성비)") declares none.

    >>> [header_unit(p) for p in ("교통 / 분담률(%)", "개수현황(㎞, 양안)", "예산액(구성비)")]
    ['%', '㎞', None]
    >>> header_unit("증 감 (B-A) / %"), header_unit("인원 / (명)"), header_unit("처리용량(톤/일)")
    ('%', '명', '톤/일')
    >>> header_unit("운영비(천달러)"), header_unit("원화환산(백만원)")
    ('천달러', '백만원')
    >>> header_unit("시설용량(천㎥/일)"), header_unit("면적(㏊)"), header_unit("기간(년/월)")
    ('천㎥/일', '㏊', None)
    >>> header_unit("단가(원/톤)"), header_unit("수수료(원/개)")
    ('원/톤', '원/개')
    >>> header_unit("수송인원(천명)"), header_unit("방문객(만 명)")
    ('천명', '만명')
    """
    for part in reversed(path.split(" / ")):
        alone = "".join(part.strip("()[] ").split())
        if alone in _BARE_UNITS or _measure(alone):
            return alone  # a part that is only a unit: "%" (not "과" under 소관)
        m = _TRAILING_BRACKET.search(part)
        if m:
            word = "".join(re.split(r"[,，]", m["inside"])[0].split())
            word = word.removeprefix("단위").lstrip(":：")
            # (a price per a unit of measure or piece, "단가(원/톤)": no money, its unit kept)
            if (
                word in _HEADER_UNITS
                or _measure(word)
                or _rate_unit(word)
                or _foreign(word)
                or price_unit(word)
                or scaled_counter(word)  # (a count in thousands, "수송인원(천명)")
            ):
                return word
    return None


#: an amount's unit in another currency ("천달러", "백만달러", "억엔"): a column's own, no won
_FOREIGN = re.compile(r"^[십백천만억]*+(?:" + "|".join(FOREIGN_CURRENCIES) + r")$")


def _foreign(word: str) -> bool:
    return _FOREIGN.match(word) is not None


def _rate_unit(word: str) -> bool:
    """Whether a header's bracket is a unit of measure per a unit of time ("톤/일",
    "천㎥/일", "명/일"): the column's own unit, no money nor a count of the caption's."""
    per, _, time = word.partition("/")
    # (not a period's "년/월": time over time)
    return (
        time in TIME_UNITS
        and per not in TIME_UNITS
        and (per.removeprefix("천").removeprefix("만") in COUNT_UNITS or _measure(per))
    )


def _measure(word: str) -> bool:
    """Whether a header's bracket is a unit of measure, multiplied or not ("㏊", "천㎥",
    "ton"): the column's own unit, though no money nor a count."""
    base = next((word.removeprefix(m) for m in _MULTIPLIERS if word.startswith(m)), word)
    return base in MEASURE_UNITS


#: the multipliers of a unit of measure, longest first ("백만㎥": not 백 and 만㎥)
_MULTIPLIERS = sorted(MEASURE_MULTIPLIERS, key=len, reverse=True)
