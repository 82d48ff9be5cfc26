"""Where a budget table stands: the lines of the general section it is read in (and
the other body a title over tables names: "부산시 재정현황"), the report's own body, and
what the title, the lines just above a table and its caption say of it (unit, side,
account, year); whether a table speaks of a budget at all.

Used by :mod:`extract.parse.budget_lines`, which gives each amount cell its meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from extract.cover import cover_body, cover_government
from extract.document import Line
from extract.layout import Node, Table
from extract.layout.markers import read_marker
from extract.normalize import parse_unit
from extract.normalize.vocab import QUOTE_CLASS
from extract.parse.base import Context, Parsed
from extract.parse.budget_prose import accounts_in, note_side, side_of
from extract.parse.budget_table import GridCell
from extract.parse.budget_vocab import (
    ACCOUNT_CLASSES,
    BARE_HEADER_YEAR,
    BARE_KINDS,
    BUDGET_PART_WORDS,
    BUDGET_WORDS,
    COUNTED_BUDGET_WORDS,
    EXECUTION_COLUMN_WORDS,
    EXECUTION_TITLE_WORDS,
    NOT_BUDGET_WORDS,
    OTHER_BODY_ENDINGS,
    OTHER_BODY_TOPICS,
    ROW_MARKERS,
)
from extract.parse.budget_words import bare, is_unit_name, name_of
from extract.parse.org_parts import government_kind
from extract.parse.text import collapse, squash
from extract.parse.years_plan import is_investment_plan
from extract.prose_mentions import chapter_year
from extract.sections import Sections
from extract.title_roles import LEADING_YEAR
from schemas import OrgUnit

#: a year in a header: "2025년", "2025년도말", "’24년", "2025 예산 (A)"
_YEAR = re.compile(
    r"(?<![\d,.])(?:(?P<yyyy>(?:19|20)\d{2})|" + QUOTE_CLASS + r"(?P<yy>\d{2})|"
    + BARE_HEADER_YEAR + r")(?![\d,])"
)
#: a reference date: "’25. 1. 1. 기준", "2025. 1. 19. 현재"
_AS_OF = re.compile(
    r"(?:(?P<yyyy>(?:19|20)\d{2})|"
    + QUOTE_CLASS
    + r"(?P<yy>\d{2}))\s*[.년]\s*\d{1,2}\s*[.월]?[^가-힣]{0,10}"
    r"(?:기\s*준|현\s*재)"
)
#: the longest line over a table read for its side or account ("[세입]", "<세출 예산>")
MAX_PREAMBLE = 30
#: a figure a note states (an amount or a share), not a year
_NOTE_FIGURE = re.compile(
    # (a figure tried from its first digit only: a long run of digits is read once)
    r"(?<![\d,.])\d[\d,.]*+\s*+(?:천원|백만원|십억원|억원|만원|원|%)|(?<![\d,])\d{1,3}(?:,\d{3})++"
)
#: marks of a note under a table, that may say what its figures are of
NOTE_MARKS: tuple[str, ...] = ("※", "*", "주)")
#: lines looked at over a table (not counting its caption)
PREAMBLE_LINES = 2


def plain_note(line: Line | None) -> str:
    """The text of a note that states no figure ("※ 일반회계 세출 기준": what a table is of,
    not a part of it, "※ … 특별회계 세입 : 38,794백만원"); else ""."""
    if line is None or not line.text.lstrip().startswith(NOTE_MARKS):
        return ""
    return "" if _NOTE_FIGURE.search(line.text) else line.text


def header_year(text: str) -> int | None:
    """The year a column header names ("’21년 예산", "2021", "21년 예산"), if any."""
    m = _YEAR.search(text)
    if m is None:
        return None
    return int(m["yyyy"]) if m["yyyy"] else 2000 + int(m["yy"] or m["bare"])


def _as_of_year(text: str) -> int | None:
    m = _AS_OF.search(text)
    if m is None:
        return None
    return int(m["yyyy"]) if m["yyyy"] else 2000 + int(m["yy"])


#: a year before the words of a budget: "2025년 세출예산", "2025년도 예산 집행현황"
_BUDGET_YEAR = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*년\s*도?\s*(?:세입|세출|예산|본예산|추경)"
)


def budget_year(text: str) -> int | None:
    """The one year a title gives a budget, None where it names none or several."""
    years = {int(m["y"]) for m in _BUDGET_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


def only_one(values: Iterable[str | None]) -> str | None:
    found = {v for v in values if v}
    return found.pop() if len(found) == 1 else None


# --- where: the section, the body, the year ---------------------------------------------------


@dataclass(slots=True)
class Scope:
    """The lines of the general section (and of 예산현황 wherever it is), in order."""

    lines: list[Line]
    nos: set[int]
    #: (line number, body) of each line that names another body over its tables ("": a
    #: title that ends such a body's part)
    bodies: list[tuple[int, str]] = field(default_factory=list)
    #: the report's own body, and the government its cover names (what "시" stands for)
    own: str = ""
    government: str | None = None

    @classmethod
    def of(cls, sections: Sections, appendix: bool = False, own: str = "") -> Scope | None:
        """The scope of the general section's budget; with ``appendix``, of an appendix of
        the budget too ("붙임 2. 2026년 예산 현황"); ``own``: the report's own body."""
        found = [s for key in ("general", "budget_summary") if (s := sections.get(key))]
        if appendix:
            found += sections.appendix_parts(frozenset({"budget_summary"}))
        by_no: dict[int, Line] = {}
        for s in found:
            for ln in (*s.heading, *s.lines):
                by_no[ln.no] = ln
        if not by_no:
            return None
        lines = [by_no[n] for n in sorted(by_no)]
        scope = cls(lines, set(by_no), own=own, government=cover_government(sections.front))
        opened: str | None = None  # (the kind of mark of the title that named another body)
        whole = False  # (that title a part about the whole government: "1. 군정 현황")
        gov_name = scope.government  # (a title names it by its cover's name too: "한솔군 현황")
        for ln in lines:
            if not ln.is_content:
                continue
            named = other_body(ln.text)
            mark = read_marker(ln.text.strip())
            kind = mark[0].kind if mark is not None and mark[0].number is not None else None
            if named is None and kind is not None and (gov := government_kind(ln.text, gov_name)):
                named = gov  # ("1. 군정 현황" over "□ 재정 현황 (회계별)": the 군's)
            elif named is None and mark is not None and kind is not None and (
                kind == opened or mark[0].is_top
            ) and (whole or any(w in squash(mark[1]) for w in BUDGET_PART_WORDS)):
                # (a title of the same rank that names a budget and no other body ends that
                # body's part: "3. 기획재정국 예산 현황" after "2. 2026년 시 재정 현황"; any
                # title of its rank ends a part about the whole government, "2. 기획감사실
                # 현황" after "1. 군정 현황")
                named = ""
            if named is None:
                continue
            body = scope.whose(named)
            scope.bodies.append((ln.no, body or ""))
            opened = kind if body else None
            whole = bool(body) and government_kind(ln.text, gov_name) is not None
        return scope

    @classmethod
    def of_lines(cls, lines: Iterable[Line]) -> Scope:
        """The scope of these lines (a unit's chapter's general part)."""
        by_no = {ln.no: ln for ln in lines}
        return cls([by_no[n] for n in sorted(by_no)], set(by_no))

    def with_lines(self, extra: Iterable[Line]) -> Scope:
        """This scope with ``extra`` lines (of another section) read in it too."""
        by_no = {ln.no: ln for ln in (*self.lines, *extra)}
        return Scope([by_no[n] for n in sorted(by_no)], set(by_no), self.bodies, self.own,
                     self.government)  # fmt: skip

    def whose(self, named: str | None) -> str | None:
        """The other body a title names, as its tables name it: the report's government by
        its kind, "시", as the cover names it ("청람시"); None for the report's own body
        (a city's own report's "2. 2026년 시 예산 현황") or none."""
        if named in GOVERNMENT_KINDS:
            named = self.government or named
        if not named or (self.own and squash(named) == squash(self.own)):
            return None
        return named

    def body_before(self, no: int) -> str | None:
        """The other body the last title before line ``no`` names (None: the report's)."""
        found = [b for at, b in self.bodies if at < no]
        return (found[-1] or None) if found else None


def other_body(text: str) -> str | None:
    """The body a title over budget tables names: "부산시 재정현황" -> 부산시; the report's
    government by its kind alone, "2026년 시 예산 총괄" -> 시; "" for a title of the
    report's own body's budget after such ones ("기획조정실 소관 예산 (일반회계)").

    >>> [other_body(t) for t in ("부산시 재정현황", "□ 2026년 시 예산 총괄", "예산 현황")]
    ['부산시', '시', None]
    >>> other_body("□ 기획조정실 소관 예산 (일반회계)")
    ''
    >>> other_body("가. 2026년 도 예산 총괄 (일반회계·특별회계 합계)")  # (not 2026년도)
    '도'
    >>> other_body("나. 기획조정실 소관 세출예산 (일반회계)"), other_body("2026년도 예산 총괄")
    ('', None)
    >>> other_body("6. 기금 현황 (재정기획관 소관)"), other_body("가. 시 예산 (교육청 소관)")
    ('', '시')
    """
    marked = read_marker(text.strip())
    words = marked[1] if marked is not None and marked[0].number is not None else text
    # (the year before a government's kind set apart, "2026년 도 예산", keeps its 도)
    key: str = bare(_SPACED_YEAR.sub("", words.strip().lstrip("".join(ROW_MARKERS)).strip()))
    key = LEADING_YEAR.sub("", key)
    for topic in OTHER_BODY_TOPICS:
        if key.endswith(topic):
            body = key[: -len(topic)]
            body = body.removesuffix("세출").removesuffix("세입")  # ("소관 세출예산")
            if body in GOVERNMENT_KINDS:
                return body
            if 2 <= len(body) <= 12 and body.endswith(OTHER_BODY_ENDINGS) and body.isalpha():
                return body
            if body.endswith(OWN_BUDGET_WORDS):
                return ""
    # ("6. 기금 현황 (재정기획관 소관)": a unit's own, the report's; not "(… 교육청 소관)")
    own = _OWN_BRACKET.search(text)
    return "" if own is not None and is_unit_name(own["unit"]) else None


#: a leading year with its 년, not a 도 set apart after it ("2026년 도 예산")
_SPACED_YEAR = re.compile(rf"^{QUOTE_CLASS}?(?:\d{{4}}|\d{{2}})\s*년(?:도(?!\S))?(?=\s)")
#: a government by its kind alone, the report's own ("시 예산"): its cover names it
GOVERNMENT_KINDS = frozenset({"시", "도", "군", "구"})
#: words after the report's own body's name over its budget ("기획조정실 소관 예산")
OWN_BUDGET_WORDS: tuple[str, ...] = ("소관",)
#: ... or in the bracket that closes a title ("기금 현황 (재정기획관 소관)")
_OWN_BRACKET = re.compile(
    r"[(（](?:[^()（）]*[\s,:])?(?P<unit>[가-힣]{2,15})\s*(?:" + "|".join(OWN_BUDGET_WORDS)
    + r")\s*[)）]\s*$"
)



def own_body(sections: Sections, ctx: Context, parsed: Parsed) -> str:
    """The report's own body (the bureau): the context's, the cover's, the org chart's top."""
    if ctx.bureau:
        return name_of(ctx.bureau)
    body = cover_body(sections.front)
    if body:
        return body
    for u in parsed.tables.get("organization", []):
        if isinstance(u, OrgUnit) and u.level == "bureau":
            return name_of(u.name)
    return ""


def execution_tables(
    tables: Sequence[Table], nodes: Mapping[int, Node], lines: Mapping[int, Line], scope: Scope,
    known: Sequence[str],
) -> tuple[list[Line], dict[int, int | None]]:
    """The tables of a results chapter that give the budget's execution by unit ("Ⅱ. 2025년
    주요업무 추진실적" / "□ 2025년 예산 집행현황" over "구 분 | 예산현액 | 집행액 | …" with a
    row of each 과), read as the general section's budget tables are: their lines (with the
    titles they stand under, where their preamble ends) and, by table id, the chapter's
    year (its amounts' where the title gives none); not a project's own (its rows name no
    unit), nor a target's ("□ 2026년 예산 신속집행 목표": no column of what was spent)."""
    out: list[Line] = []
    years: dict[int, int | None] = {}
    for table in tables:
        node = nodes.get(table.node) if table.node is not None else None
        if node is None or not table.lines or table.lines[0] in scope.nos:
            continue
        title = squash(node.title)
        heads = {squash(c.text) for c in table.cells if c.row < max(table.header_rows, 1)}
        spent = any(h.startswith(EXECUTION_COLUMN_WORDS) for h in heads)
        year = chapter_year(node)
        if year is None or not spent or not all(w in title for w in EXECUTION_TITLE_WORDS):
            continue
        labels = [c.text for c in table.cells if c.col == 0 and c.row >= table.header_rows]
        if sum(is_unit_name(t, known) for t in labels) >= 2:
            for up in node.path():  # (the titles it stands under: its preamble ends there)
                out += up.lines if up is node else up.head_lines
            out += [*table.caption_lines, *(lines[n] for n in table.lines if n in lines)]
            years[table.id] = year
    return out, years


def known_units(ctx: Context, parsed: Parsed) -> list[str]:
    names = list(ctx.divisions)
    names += [u.name for u in parsed.tables.get("organization", []) if isinstance(u, OrgUnit)]
    return names


# --- a table's surroundings ---------------------------------------------------------------------


@dataclass(slots=True)
class Surroundings:
    """What the title over a table, the lines just above it and its caption say."""

    texts: list[str]
    unit: str | None = None
    side: str | None = None
    account: str | None = None
    year: int | None = None

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def surroundings(
    table: Table, node: Node | None, scope: Scope, table_lines: set[int]
) -> Surroundings:
    texts: list[str] = []
    labels: list[str] = []
    if node is not None and node.kind not in ("root",):
        texts.append(node.title)
    first = table.lines[0] if table.lines else None
    caption = {ln.no for ln in table.caption_lines}
    if first is not None:
        before = [ln for ln in scope.lines if ln.no < first and ln.is_content]
        seen = 0
        for ln in reversed(before):
            if ln.no in caption:
                continue
            if ln.no in table_lines or seen >= PREAMBLE_LINES:
                break
            seen += 1
            text = collapse(ln.text)
            label, colon, _ = text.partition(":")
            if len(text) <= MAX_PREAMBLE or (node is not None and ln in node.head_lines):
                texts.append(text)
            elif colon and len(label) <= MAX_PREAMBLE:
                # (a long line's label: "○ 2026년 세출예산(일반회계) : 214,524,800천원 (…)",
                # heard where the lines nearer say nothing)
                labels.append(label)
    if table.caption:
        texts.append(table.caption)
    s = Surroundings(texts)
    s.unit = next((u for t in texts if "단" in t and (u := parse_unit(t))), None)
    sides = [side_of(t) for t in texts]
    s.side = only_one(sides if any(sides) else (side_of(t) for t in labels))
    # (an account the table has a row or a column of is one of its parts, not its whole:
    # "※ 특별회계 : 가람호관광지 특별회계(관광개발팀), …" beside "구 분 | 계 | 일반회계 | 특별회계")
    own = {squash(c.text) for c in table.cells}

    def named(text: str) -> list[str]:
        found = [a for a in accounts_in(text) if squash(a) not in own]
        # (a fund named beside the word of its kind, "기금 현황 (통합재정안정화기금)": that
        # fund)
        return [a for a in found if not any(b != a and b.endswith(a) for b in found)]

    accounts = [a for t in texts for a in named(t)]
    # (the one its own title names first: "나. 기금 현황 (통합재정안정화기금)" under "1. 예산
    # (교육비특별회계)")
    titled = named(node.title) if node is not None and node.kind != "root" else []
    s.account = only_one(titled) or only_one(accounts or [a for t in labels for a in named(t)])
    # (a note right under the table: "※ 교육비특별회계 본예산 기준(인건비 제외)", "※ 일반회계
    # 세출 기준": its account and side; not one that states a part of it: "※ 창조교육과 …
    # 특별회계 세입 : 38,794백만원")
    last = table.lines[-1] if table.lines else None
    after = next((ln for ln in scope.lines if ln.no > last and ln.is_content), None) if (
        last is not None
    ) else None
    note = plain_note(after)
    noted = only_one(named(note)) if s.account is None and note else None
    if noted is not None and squash(noted) not in ACCOUNT_CLASSES:
        s.account = noted  # (a class of accounts only where nothing names one: below)
    # (the line that states the budget of the table's part, before its title)
    stated = _stated_before(node) if node is not None else []
    if s.account is None and node is not None:
        # (the heading the table's part stands under names it: "■ 2020년 상수도사업특별회계
        # 예산 : 183,560백만원" over "◦ 전년 대비 …" and the table)
        heads = []
        up = node.parent
        while up is not None and up.kind != "root":
            heads.append(up.title)
            # (or a note of that heading's that states no figure: "4. 예산 현황" / "※
            # 교육비특별회계 본예산 기준" over "가. 세입예산" and its table)
            heads += [
                c.title for c in up.children
                if c.kind == "note" and not _NOTE_FIGURE.search(c.title)
            ]  # fmt: skip
            # (... or of the line that states the part's budget, before the tables: "○ 2026년
            # 예산 : …" / "※ 교육비특별회계 본예산 기준" over "가. 세입" and "나. 세출")
            heads += [
                k.title for c in up.children if c.kind == "bullet" and c.seq < node.seq
                for k in c.children if k.kind == "note" and not _NOTE_FIGURE.search(k.title)
            ]  # fmt: skip
            up = up.parent
        s.account = only_one(a for t in heads for a in named(t))
        if s.account is None:
            s.account = only_one(a for t in stated for a in named(t))
    # (a class the note names is the table's where nothing names its account; a bare kind,
    # "기금" of "기금전입금", names none)
    if s.account is None and noted is not None and squash(noted) not in BARE_KINDS:
        s.account = noted
    if s.side is None and node is not None:
        # (... and its side: "□ 2026년 세출예산 (일반회계)" over "○ 총 38,450백만원 …" and
        # the table under it; or the line the table stands under, "○ 세출예산")
        up, heads = (node if node.kind != "root" else node.parent), []
        while up is not None and up.kind != "root":
            heads.append(up.title)
            up = up.parent
        s.side = next((side for t in [*heads, *stated] if (side := side_of(t))), None)
    if s.side is None and note:
        s.side = note_side(note)  # (last: "※ 일반회계 세출 기준" under the table)
    s.year = (
        table.as_of.year if table.as_of else next((y for t in texts if (y := _as_of_year(t))), None)
    )
    if s.year is None:
        # (the year a title over the table gives its budget: "□ 2025년 세출예산 집행현황",
        # a year past in a report of the next year's plan)
        s.year = next((y for t in texts if (y := budget_year(t))), None)
    s.texts += labels  # (what the table speaks of: "세출예산" in a label says a budget)
    return s


def _stated_before(node: Node) -> list[str]:
    """The labels of the lines that state the budget of the part a table's title stands
    in, before the titles of its tables: "○ 2026년 세출예산(일반회계) : 18,356,300천원" over
    "가. 총괄" and "나. 2026년 재원별 예산" (each table's)."""
    up = node.parent
    while up is not None and up.kind != "root":
        # (the last such line before the table's title, at the nearest level that has one)
        told = [
            c.title.partition(":")[0] for c in up.children
            if c.kind == "bullet" and c.seq < node.seq and ":" in c.title
            and "예산" in squash(c.title.partition(":")[0])
        ]  # fmt: skip
        if told:
            return told[-1:]
        up = up.parent
    return []


def is_budget_table(
    cells: Sequence[GridCell], header_rows: int, around: Surroundings, counts: bool = False
) -> bool:
    """A table that speaks of a budget (its headers or its title), not of debt or property
    (the title over it and its column headers say which).  A table with columns that
    count things (``counts``: "시설수" beside "운영비" under "(단위 : 개소, 백만원)") is
    a budget's only where a header or its title names one ("정원 | 현원 | 2026년 예산",
    "인력 및 예산 현황" over "정 원 | 현 원 | 2025년 | 2026년")."""
    heads = " ".join(c.text for c in cells if c.is_header)
    key = squash(f"{heads} {around.text}")
    if not any(w in key for w in BUDGET_WORDS):
        return False
    if counts and not any(w in key for w in COUNTED_BUDGET_WORDS):
        return False
    heads_of_columns = [c.text for c in cells if c.is_header and c.row < header_rows]
    if is_investment_plan(heads_of_columns):
        return False  # (a work's whole cost laid over the years: no year's budget)
    columns = " ".join(heads_of_columns)
    near = squash(" ".join([*around.texts[:1], columns]))
    return not any(w in near for w in NOT_BUDGET_WORDS)
