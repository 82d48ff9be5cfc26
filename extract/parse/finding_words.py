"""The words of an audit finding's table (:mod:`extract.parse.findings`) and of a finding
drawn as a card (:mod:`extract.parse.finding_cards`): the headers that name a table's
columns and label a card's rows, the status a follow-up's words give, and the category
and the divisions a cell names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from extract.document import Line
from extract.layout import Node, Table
from extract.layout.markers import read_marker
from extract.normalize import DateSpan, parse_date
from extract.parse.audit_words import category_of as audit_category  # (a heading's)
from extract.parse.audit_words import measure_category, measure_word, names_source, source_name
from extract.parse.org_parts import unit_word
from extract.parse.text import collapse, despace, split_marker, squash
from extract.parse.vocab import (
    AUDIT_DIVISION_LABELS,
    AUDIT_STATUS_ALONE,
    AUDIT_STATUSES,
    CATEGORY_COLUMN_WORDS,
    PERSON_RANKS,
)
from extract.unit_names import closing_units, is_unit_name

#: a column whose header holds one of these lists the findings
FINDING_HEADERS: tuple[str, ...] = (
    "지적사항",
    "지적내용",
    "감사결과",
    "점검결과",
    "처분요구",
    "지적",
    # (a card's row of both, "지적 및 요구사항 | …")
    "지적및요구사항",
    "지적및요구내용",
)
#: ... what the council demanded be done, in a column or on a line of its own beside the
#: finding's ("지적사항 | 요구사항 | 조치결과", "○ 지적내용 : …" / "○ 요구사항 : …"); where a
#: finding has no other words, these are its own ("요구내용 : …")
DEMAND_HEADERS: tuple[str, ...] = ("요구사항", "요구내용")
#: ... what was done about them
ACTION_HEADERS: tuple[str, ...] = (
    "조치사항", "조치결과", "조치내용", "조치계획", "처리결과", "처리내용", "조치", "처분",
)  # fmt: skip
#: ... whether it is done, where a table has a column of its own for it
STATUS_HEADERS: tuple[str, ...] = (
    "처리상황",
    "조치상황",
    "추진상황",
    "처리상태",
    "조치상태",
    "추진상태",
    "이행상태",
    "진행상태",
    "조치여부",
    "완료여부",
    "이행여부",
    "처리여부",
    # (a column of the status alone: "상태", "진행상황"; after the longer words above)
    "진행상황",
    "이행상황",
    "상태",
)
#: ... which kind of finding it is, where a column says so (시정·처리요구, 건의, 기타)
CATEGORY_HEADERS: tuple[str, ...] = (
    "구분", "유형", "지적구분", "처분구분", "종류", "분류", "처분요구", "조치요구", "처분종류",
    # (a column of the measure demanded, 시정 / 주의 / 건의, beside one of what was done)
    "처분",
)  # fmt: skip
#: ... and a column of remarks, that may hold the status alone ("완료", "추진중")
REMARK_HEADERS: tuple[str, ...] = ("비고",)
#: ... and who is responsible
DIVISION_HEADERS: tuple[str, ...] = ("소관부서", "담당부서", "소관", "부서명", "부서", "담당")
#: ... and the labels that may open the bracket naming them after a finding's title ("(소관:
#: 복지정책과)", "(담당부서 : 총무팀, 경영팀)", "(주관 기획예산과)"), squashed: a template
#: row's (소관, 주관부서 ...) and a few more of the division in charge
DIVISION_LABELS: tuple[str, ...] = (
    *AUDIT_DIVISION_LABELS, "부서명", "소관과", "담당과", "소관팀", "담당팀", "처리부서",
)  # fmt: skip
#: ... what was audited (민간위탁 사업명), and the body audited (수탁기관)
SUBJECT_HEADERS: tuple[str, ...] = (
    "사업명", "위탁사무", "사무명", "시설명", "감사대상", "점검대상", "대상사업",
)  # fmt: skip
AUDITEE_HEADERS: tuple[str, ...] = (
    "수탁기관", "수탁기관명", "수탁자", "수탁법인", "수탁단체", "피감기관", "대상기관", "운영기관",
)  # fmt: skip
#: ... and when ("감사(점검) 기간": brackets are dropped before matching)
WHEN_HEADERS: tuple[str, ...] = (
    "감사기간", "점검기간", "감사점검기간", "감사일", "점검일", "감사일자", "점검일자", "실시기간",
)  # fmt: skip
#: labels of the line that names who audited, its period in the bracket closing it
#: ("○ 감사기관 : 가람시 감사위원회 (2024. 9. 2. ~ 9. 13.)")
AUDITOR_LABELS: tuple[str, ...] = (
    "감사기관", "감사주체", "감사실시기관", "실시기관", "점검기관", "감사반", "감사부서",
)  # fmt: skip
#: status words of a follow-up, squashed (the longest that occurs wins)
STATUS_WORDS: dict[str, str] = AUDIT_STATUSES


def word_key(text: str) -> str:
    """``text`` squashed, its brackets dropped: how a header or a label is matched."""
    return squash(text).replace("(", "").replace(")", "")


def status_of(text: str) -> str | None:
    """The status a follow-up's words give, or None (a measure, not a status).

    >>> status_of("현지시정 및 사유서 제출"), status_of("정비중"), status_of("시정(환수) 시정")
    ('completed', 'in_progress', None)
    >>> status_of("반영"), status_of("추후 교육과정 반영"), status_of("미반영(장기검토)")
    ('completed', None, 'not_reflected')
    """
    key = word_key(text)
    if key in AUDIT_STATUS_ALONE:
        return STATUS_WORDS[key]
    # the word that comes first, the longest there: "미반영(장기검토)" is not reflected
    found = [
        (key.find(word), -len(word), word)
        for word in STATUS_WORDS
        if word in key and word not in AUDIT_STATUS_ALONE
    ]
    if found:
        return STATUS_WORDS[min(found)[2]]
    return None


def named_category(text: str) -> str | None:
    """The category a cell of a findings table's 구분 column names ("시정·처리요구", "건의")."""
    kind = audit_category(word_key(text))
    return kind if kind != "total" else None


def divisions_in(paragraphs: Sequence[str]) -> list[str]:
    """The divisions a cell names: one a paragraph, or parted by commas (a name wrapped
    inside a word joined again: "관광정책과, 관광" / "마케팅과"), or by spaces; [] where they
    are not several units.

    >>> divisions_in(["감사실", "기획경영처"]), divisions_in(["관광정책과, 관광", "마케팅과"])
    (['감사실', '기획경영처'], ['관광정책과', '관광마케팅과'])
    >>> divisions_in(["복지정책과 노인복지과"]), divisions_in(["복지정책과"])
    (['복지정책과', '노인복지과'], [])
    """
    paras = [collapse(p) for p in paragraphs if p.strip()]
    for parts in (
        ["".join(x.split()) for p in paras for x in regex.split(r"[,，]", p) if x.strip()],
        [x for x in regex.split(r"[,，]", "".join("".join(paras).split())) if x],
        " ".join(paras).split(),
    ):
        if len(parts) > 1 and all(unit_word(x) or is_unit_name(x) for x in parts):
            return parts
    return []


def named_field(label: str, fields: Sequence[tuple[str, tuple[str, ...]]]) -> str | None:
    """The field of ``fields`` whose words hold ``label`` (squashed, brackets aside, in
    lower case: "No.")."""
    key = word_key(label).casefold()
    return next((name for name, words in fields if key in words), None)


#: a labelled line: "감사기간 : 2025. 11. 10. ~ 11. 21."
_LABELLED = regex.compile(r"^(?P<label>[^:：]{2,16}?)\s*+[:：]\s*+(?P<value>\S.*)$")


def stated_period(
    lines: Iterable[Line], year: int | None, heads: Sequence[Line] = ()
) -> tuple[Line, str, DateSpan] | None:
    """The line of a section that tells when its findings were audited ("○ 감사기간 :
    2025. 11. 10. ~ 11. 21.", or who did, with the period in brackets: "○ 감사기관 : 가람시
    감사위원회 (2024. 9. 2. ~ 9. 13.)"), or of ``heads`` the one that names the proceeding with its
    period in brackets ("□ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)"), the period as
    printed and as read; None where no line does (``year``: the report's, for a period
    written without one)."""
    for ln in lines:
        m = _LABELLED.match(collapse(split_marker(ln.text)[1]))
        if m is None:
            continue
        value = m["value"]
        if word_key(m["label"]) in AUDITOR_LABELS:
            # (who audited, and when in the bracket after: "감사기관 : … (2024. 9. 2. ~ 9. 13.)")
            b = _BRACKETED_WHEN.match(value.strip())
            if b is None:
                continue
            value = b["value"]
        elif word_key(m["label"]) not in WHEN_HEADERS:
            continue
        span = parse_date(value, year, bare_days=True)
        if span is not None:
            return ln, value, span
    for ln in heads:
        b = _BRACKETED_WHEN.match(collapse(split_marker(ln.text)[1]))
        if b is not None and names_source(b["name"]):
            span = parse_date(b["value"], year, bare_days=True)
            if span is not None:
                return ln, b["value"], span
    return None


def audit_heads(lines: Iterable[Line], year: int | None) -> list[Line]:
    """The lines that name an audit with its period in brackets ("□ 2025년 행정사무감사
    (’25. 11. 10. ~ 11. 19.)", "2. 종합감사 (’25. 6. 2. ~ 6. 13.)"; not a labelled line
    dated so, "- 조치내용 : … (’25. 12.)")."""
    out = []
    for ln in lines:
        b = _BRACKETED_WHEN.match(collapse(split_marker(ln.text)[1]))
        if b is None or ":" in b["name"] or "：" in b["name"]:
            continue
        if parse_date(b["value"], year, bare_days=True) is not None:
            out.append(ln)
    return out


#: a line's name and the bracket closing it: "2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)"
_BRACKETED_WHEN = regex.compile(
    r"^(?P<name>[^()（）]{2,30}?)\s*+[(（](?P<value>[^()（）]{4,40})[)）]$"
)


def stated_source(lines: Iterable[Line]) -> str | None:
    """The proceeding a line above the findings names ("□ 2025년 행정사무감사 (’25. 11.
    10. ~ 11. 19.)" under "Ⅳ. 감사 지적사항 조치결과"), or None."""
    for ln in lines:
        text = collapse(split_marker(ln.text)[1])
        name = b["name"] if (b := _BRACKETED_WHEN.match(text)) is not None else text
        if names_source(name):
            return source_name(name)
    return None


#: a status and how many findings have it ("완료 6건"), the words squashed
_STATUS_COUNT = regex.compile(
    "(?:" + "|".join(sorted(AUDIT_STATUSES, key=len, reverse=True)) + r")\d{1,5}+건?"
)
#: what may part the counts: commas, brackets, 총, 계
_COUNT_GLUE = regex.compile(r"[,·/()（）:：총계]")


def counts_statuses(text: str) -> bool:
    """Whether ``text`` only counts findings by status ("완료 6건, 추진중 2건"): a summary's
    line, no action of one finding ("정산 전수 점검 완료", "2건 환수 완료").

    >>> counts_statuses("완료 6건, 추진중 2건"), counts_statuses("2건 환수 완료")
    (True, False)
    """
    key = squash(text)
    rest = _COUNT_GLUE.sub("", _STATUS_COUNT.sub("", key))
    return bool(key) and key != rest and not rest


#: longest category heading ("기타(자료제출 등) (1건)"), squashed, without brackets
CATEGORY_HEADING_CHARS = 12


def heading_words(title: str) -> str | None:
    """The words of the category a heading names, its brackets and count aside ("□
    건의사항 (3건)" -> 건의사항, "< 처리요구 : 3건 >", "【 시정·처리 요구사항 : 5건 】");
    None for another line."""
    words = regex.sub(r"[^\p{Hangul}·]", "", regex.sub(r"[(（][^()（）]*[)）]|\d+\s*건", "", title))
    if not words or len(words) > CATEGORY_HEADING_CHARS or _category(words) is None:
        return None
    return str(words)


def _category(words: str) -> str | None:
    """The category a heading's or a cell's words name: a category ("처리요구", "건의"), its
    short form ("처리", "시정") or a measure demanded ("주의", "권고")."""
    return (
        named_category(words)
        or CATEGORY_COLUMN_WORDS.get(word_key(words))
        or measure_category(words)
    )


def heading_category(title: str) -> str | None:
    """The category a heading names (:func:`heading_words`)."""
    words = heading_words(title)
    return _category(words) if words is not None else None


def table_category(kind: str, band: str, action: str) -> tuple[str | None, str | None]:
    """(category, as worded) of a finding of a table: its category column's, else the
    row across the table over it names, else the measure its action names."""
    if kind and (cat := _category(kind)) is not None:
        return cat, despace(kind)
    if band:
        return _category(band), band
    return measure_category(action), measure_word(action)


#: a status in a bracket that closes an action ("… 보조금 환수 진행(추진중)")
#: (a match starts only where its spaces start: linear on a long run of spaces)
#: a bracket that closes an action (its status) or a finding (its category)
_CLOSING_BRACKET = regex.compile(r"(?<!\s)\s*+[(（](?P<inside>[^()（）]{1,8})[)）]\s*+$")


def closing_status(action: str) -> tuple[str, str] | None:
    """(the action without it, the status) where a bracket of a status alone closes the
    action; None where none does."""
    m = _CLOSING_BRACKET.search(action)
    if m is None or status_of(m["inside"]) is None or len(word_key(m["inside"])) > 4:
        return None
    return action[: m.start()].rstrip(), m["inside"].strip()


def closing_category(finding: str) -> tuple[str, str, str] | None:
    """(the finding without it, its category, the category as worded) where a bracket of a
    category alone closes the finding ("… 지급 지연（시정요구）"); None where none does."""
    m = _CLOSING_BRACKET.search(finding)
    inside = word_key(m["inside"]) if m is not None else ""
    # (or the measure demanded, alone: "… 하자보수 관리 철저 (시정)")
    kind = named_category(inside) or (
        measure_category(inside) if inside and measure_word(inside) == inside else None
    )
    if m is None or kind is None:
        return None
    return finding[: m.start()].rstrip(), kind, m["inside"].strip()


#: a bracket of a category and divisions that closes a finding's title ("(시정요구 /
#: 주거복지팀)"); a match starts only where its spaces start
_CLOSING_PARTS = regex.compile(r"(?<!\s)\s*+[(（](?P<inside>[^()（）]{3,60})[)）]\s*+$")


def closing_divisions(text: str) -> tuple[str, list[str]]:
    """``text`` without the bracket of divisions it closes with, and their names (the
    bracket may open with the label of the division in charge: "… 미흡 (소관: 복지정책과)",
    "(소관부서 : 복지정책과, 가족정책과)"); the text whole and no name where it closes
    with no such bracket (:func:`~extract.unit_names.closing_units`).

    >>> closing_divisions("위기가구 사후관리 미흡 (소관: 복지정책과, 가족정책과)")
    ('위기가구 사후관리 미흡', ['복지정책과', '가족정책과'])
    >>> closing_divisions("처우개선비 지급 (담당 복지정책과)")
    ('처우개선비 지급', ['복지정책과'])
    >>> closing_divisions("사후관리 미흡 (참고: 3개소)")
    ('사후관리 미흡 (참고: 3개소)', [])
    >>> closing_divisions("사후조사 지연 (담당: 김주무관)")
    ('사후조사 지연 (담당: 김주무관)', [])
    """
    rest, units = closing_units(text)
    if units:
        return rest, units
    m = _CLOSING_LABELLED.search(text)
    if m is None:
        return text, []
    inside = m["inside"].strip().replace("：", ":")
    # (the label before its colon, else before the first space: "(담당 복지정책과)")
    label, colon, names = inside.partition(":")
    if not colon:
        label, _, names = inside.partition(" ")
    if word_key(label) not in DIVISION_LABELS or not names.strip():
        return text, []
    _, units = closing_units(f"_({names.strip()})")
    # (an official, not a division: "(담당: 김주무관)", "(담당 복지팀장)"; 담당관 is an office)
    if any(u.endswith(PERSON_RANKS) and not u.endswith("담당관") for u in units):
        return text, []
    return (text[: m.start()].rstrip(), units) if units else (text, [])


#: a bracket that closes a text, whatever it holds (its label and divisions maybe); a
#: match starts only where its spaces start
_CLOSING_LABELLED = regex.compile(r"(?<!\s)\s*+[(（](?P<inside>[^()（）]{3,80}+)[)）]\s*+$")


#: the other divisions a bracket counts without naming them, after the one it names
#: ("환경정책과 외 1", "도로과 외 2개과")
_OTHERS = regex.compile(r"\s*+외\s*+\d{1,2}+\s*+(?:개\s*+)?+(?:부서|과|팀)?+\s*+$")


def closing_category_units(finding: str) -> tuple[str, str, str, list[str]] | None:
    """(the finding without it, its category, the category as worded, the divisions) where
    a bracket of a category, then the divisions after a slash or a comma, closes the
    finding ("… 관리 소홀 (시정요구 / 주거복지팀)", "(시정 / 도로과)", "(건의 / 교통정책과·
    도로과)"); None where none does.

    >>> closing_category_units("공가 관리 소홀 (시정요구 / 주거복지팀)")
    ('공가 관리 소홀', 'correction', '시정요구', ['주거복지팀'])
    >>> closing_category_units("예산 과다 집행 (시정, 도로과·교통과)")[1:]
    ('correction', '시정', ['도로과', '교통과'])
    >>> closing_category_units("공가 관리 소홀 (주거복지팀)") is None
    True
    >>> closing_category_units("징수 소홀 (자원순환과, 시정요구)")[1:]
    ('correction', '시정요구', ['자원순환과'])
    >>> closing_category_units("점검 미흡 (주의, 도로과 외 1)")[1:]
    ('other', '주의', ['도로과'])
    """
    m = _CLOSING_PARTS.search(finding)
    if m is None:
        return None
    parts = regex.split(r"\s*+([/,，])\s*+", m["inside"].strip(), maxsplit=1)
    kind, sep, rest = [*parts, "", ""][:3]
    if not sep:
        return None
    if closing_category(f"_({kind})") is None:
        # (the divisions first: "(자원순환과, 시정요구)")
        parts = regex.split(r"\s*+([/,，])\s*+", m["inside"].strip())
        kind, rest = parts[-1], "".join(parts[:-2])
    category = closing_category(f"_({kind})")
    # (the others after the first left unnamed: "환경정책과 외 1")
    _, units = closing_divisions(f"_({_OTHERS.sub('', rest)})")
    if category is None or not units:
        return None
    return finding[: m.start()].rstrip(), category[1], category[2], units


def lead_status(table: Table, row: int, col: int | None) -> tuple[str, str] | None:
    """(the status, what was done) of an action's cell whose first paragraph is a status
    alone over what was done ("완료" / "- 동별 순회 설명회 개최(5회)"); None for another."""
    c = table.at(row, col) if col is not None else None
    paras = [collapse(p) for p in table.paragraphs(c) if p.strip()] if c is not None else []
    if len(paras) < 2 or word_key(paras[0]) not in STATUS_WORDS or read_marker(paras[1]) is None:
        return None  # (not "현지시정 및" / "사유서 제출": a measure wrapped in its cell)
    return paras[0], " ".join(paras[1:])


#: a count of findings closing a heading that names their division: "기획예산과 (8건)"
_COUNTED = regex.compile(r"\s*+[(（]\s*+\d{1,3}\s*+건\s*+[)）]\s*+$")


def titled_unit(node: Node | None, top: Node) -> str | None:
    """The division a heading over findings names, itself or an item above it within the
    section ("1. 기획예산과 (8건)" over a table of them, "가. 복지정책과" over their items),
    if one."""
    while node is not None and node is not top:
        name = collapse(despace(_COUNTED.sub("", node.title)))
        if node.kind in ("item", "bullet", "title") and is_unit_name(name):
            return name
        node = node.parent
    return None
