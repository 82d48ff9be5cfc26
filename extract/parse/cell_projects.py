"""Projects set out in a table cell, as the 공모사업 appendices list them.

A cell of labelled lines with a project name ("w 사 업 명 : 실시간 교차로 정보제공
서비스 구축사업", "w 사업기간 : 2025. 4월 ~ 2025. 12월", "w 총사업비 : 연도별 예산
및 집행 현황" over a small table of years, "w 추진상황 및 향후계획 : ㅇ ’25. 5. :
사업착수 ...") is a project: its name, period and cost (stated, or the 계 row of the
table inside the cell), and its dated steps as schedules.  Its id is the section's
mark and the row's number ("별첨-1", "Ⅶ-2").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import regex

from extract.document import BBox, Line
from extract.layout import Layout, Node, Table
from extract.layout.tables import TableCell
from extract.normalize import DateSpan, find_dates, parse_money
from extract.normalize.wraps import join_wrapped
from extract.parse.clauses import clauses
from extract.parse.costs import (
    FUNDING_SOURCES,
    Cost,
    Share,
    read_labelled_cost,
    source_name,
)
from extract.parse.project_facts import (
    division_value,
    label_kind,
    labelled,
    prep_date,
    read_period,
)
from extract.parse.schedule_tables import entries
from extract.parse.steps import Found, read_clause
from extract.parse.text import collapse, squash
from extract.parse.vocab import DIVISION_COLUMNS, NAME_LABELS
from extract.unit_names import is_unit_name

#: labels of the cell's dated steps
STEP_WORDS: tuple[str, ...] = ("일정", "계획", "추진상황")
#: a row header of a total
TOTAL_ROWS = frozenset({"계", "합계", "총계"})
#: a column header of the whole cost in the table of years
TOTAL_COLUMNS: tuple[str, ...] = ("총사업비", "계", "합계")
#: a row of the table of years that pays a share, besides the sources of project_facts
OTHER_SOURCES = frozenset({"기타", "자체"})

_LEAD_MARK = regex.compile(r"^\s*(?:[wW■□▪●◦ㅇ○•·-]|\p{Co})\s+")
#: a label of steps and the first step set beside it, the label wrapped in its own column
#: and its colon on a line below ("추진상황 ㅇ ‘23. 4. : 공모" over "및 향후계획 : ㅇ ...")
_STEPS_BESIDE = regex.compile(
    r"^[^:：ㅇ○◦\d’‘'`]{0,16}?(?:" + "|".join(STEP_WORDS) + r")[^:：ㅇ○◦\d’‘'`]{0,12}?\s"
    r"(?P<step>[ㅇ○◦]\s*\S.*)$"
)
#: a piece of a label of steps broken over lines among its steps, as Hancom centres a
#: label on its value: "• 추진상황" / "ㅇ ‘25. 1. ~ 2. : …" / "및" / "ㅇ ‘25. 3. ~ : …" /
#: "향후계획 :" (여성가족국 p44)
_LABEL_PIECE = regex.compile(r"^[^\d:：()（）’‘'`]{1,8}[:：]?$")
#: ... its last piece with the step it sets beside it ("및향후계획 : ’23.12. : 공모 선정")
_PIECE_THEN_STEP = regex.compile(r"^(?P<piece>[^\d:：()（）’‘'`]{1,8}[:：])\s*\S")
#: the words that join two pieces of a label ("추진상황" / "및" / "향후계획 :")
LABEL_JOINS = frozenset({"및", "/", ",", ""})  # ("·" squashes to "")
#: a step that opens with its date ("’24.11.~12. : 공모 신청 및 선정", its bullet off)
_DATED_STEP = regex.compile(r"^[’‘'`]?\d{2,4}\s*+[.년]")
#: the steps of a competition a label dates ("공모기간 : 2024.11월"): the label less 기간 or
#: 시기 is the step's task
COMPETITION_STEPS = frozenset({"공모", "발표", "선정"})
_DATED_LABEL = regex.compile(r"^(?P<task>\p{Hangul}{1,8}?)(?:기간|시기)$")
#: a label whose value is not text but the table of years set beside it ("• 총사업비 :")
_BARE_LABEL = regex.compile(
    r"^(?P<label>[^\d:：()（）]{1,20}?)\s*+(?:[(（][^()（）]{0,12}[)）]\s*+)?[:：]\s*+$"
)


@dataclass(eq=False)
class CellProject:
    """A project set out in one table cell."""

    project_id: str
    title: str
    theme: str
    seq: int
    lines: list[Line]
    period: DateSpan | None = None
    cost: Cost | None = None
    cost_raw: str | None = None
    cost_label: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    steps: list[Found] = field(default_factory=list)
    #: the steps a cell of what was done lists ("추진실적"): its progress, whatever their date
    done: list[Found] = field(default_factory=list)
    #: the division its row names in a column of its own (부서명), spaces dropped
    division: str | None = None
    #: the number of the theme it is listed under (a table of projects under "1. …")
    theme_no: int = 0
    #: its overview's lines, one a line (a card table's 사업개요 row)
    summary: str = ""
    #: how its division is known, where not from a column of its row ("label": a card's
    #: 담당 row)
    division_evidence: str | None = None


def _section_of(node: Node | None) -> Node | None:
    while node is not None and node.parent is not None and node.parent.kind != "root":
        node = node.parent
    return node


def _prefix(top: Node | None) -> str:
    if top is None or top.marker is None:
        return "표-"
    return "".join(top.marker.text.split()).rstrip(".") + "-"


def _row_cells(table: Table, cell: TableCell) -> list[TableCell]:
    """The cells beside ``cell`` on its row, a cell merged over several rows too."""
    out: list[TableCell] = []
    for col in range(table.n_cols):
        c = table.at(cell.row, col)
        if c is not None and c is not cell and (not out or out[-1] is not c):
            out.append(c)
    return out


def column_heads(table: Table) -> dict[int, str]:
    """Column -> its header's text, squashed (a column of row headers has no col_header)."""
    return {c.col: squash(c.text) for c in table.cells if c.row < max(table.header_rows, 1)}


def row_division(table: Table, cell: TableCell, heads: dict[int, str]) -> str | None:
    """The division the project's row names in a column headed as one (부서명), a column
    of row headers too: its name wrapped in the cell read whole ("청년 / 정책과"), two
    names apart ("복지정책과 노인복지과")."""
    for c in _row_cells(table, cell):
        head = squash(c.col_header.split(" / ")[-1]) or heads.get(c.col, "")
        if c.text and head in DIVISION_COLUMNS:
            words = division_value(c.text).split()  # (its phone aside)
            named = len(words) > 1 and all(is_unit_name(w) for w in words)
            return " ".join(words) if named else "".join(words)
    return None


#: a column of when a competition runs, its header naming each date the cell gives:
#: "공모시기 (발표시기)" over "’25.10. (’25.12.)" (a word before 시기 names its task)
_TIMING = regex.compile(r"(?P<task>\p{Hangul}+?)시기")
#: a cell's date, then one in brackets after it
_DATE_THEN_BRACKETED = regex.compile(r"^(?P<a>[^()]*+)(?:\((?P<b>[^()]*+)\))?")


def _timing_steps(
    table: Table,
    cell: TableCell,
    heads: dict[int, str],
    by_no: dict[int, Line],
    year: int | None,
) -> list[Found]:
    """The dated steps a row gives in its columns of when (공모시기 (발표시기)): one per
    task the header names, dated by the cell's date in that place ("(미정)" has none)."""
    out: list[Found] = []
    for c in _row_cells(table, cell):
        tasks = [m["task"] for m in _TIMING.finditer(heads.get(c.col, ""))]
        lines = tuple(by_no[n] for n in c.lines if n in by_no)
        m = _DATE_THEN_BRACKETED.match(collapse(c.text))
        if not tasks or not lines or m is None:
            continue
        for task, part in zip(tasks, (m["a"], m["b"]), strict=False):
            dates = find_dates(prep_date(part or ""), year=year)
            if dates:
                out.append(Found(task, dates[0], collapse(part or ""), lines))
    return out


def _row_number(table: Table, row: int, fallback: int) -> int:
    first = table.at(row, 0)
    if first is not None and first.text.strip().isdigit():
        return int(first.text.strip())
    return fallback


def _table_cost(cell_lines: set[int], tables: Sequence[Table]) -> Cost | None:
    """The whole cost in the table of years inside a cell: its 계 row, 총사업비 column;
    who pays it from the rows of sources under it (국비, 시비, 기타) in that column."""
    for t in tables:
        # a table inside the cell starts among its lines (an HWPX cell's lines stop where
        # its nested table's start)
        if not t.lines or min(t.lines) not in cell_lines or t.currency_unit is None:
            continue
        if set(t.lines) > cell_lines:
            continue  # the table the cell stands in
        for c in t.cells:
            if squash(c.row_header.split(" / ")[0]) not in TOTAL_ROWS or not c.text:
                continue
            header = squash(c.col_header)
            if any(header.startswith(w) for w in TOTAL_COLUMNS) or not header:
                krw = parse_money(c.text, unit=t.currency_unit)
                if krw is not None:
                    shares = _shares(t, c.col, t.currency_unit)
                    return Cost(f"{c.text}{t.currency_unit}", krw, "", shares)
    return None


def _shares(table: Table, col: int, unit: str) -> tuple[Share, ...]:
    """The sources of a table of years with an amount in column ``col`` ("-" pays none)."""
    out: list[Share] = []
    for c in table.cells:
        source = squash(c.row_header.split(" / ")[0])
        if c.col != col or not (source in FUNDING_SOURCES or source in OTHER_SOURCES):
            continue
        krw = parse_money(c.text, unit=unit)
        if krw:
            out.append(Share(source_name(source), krw, f"{source} {collapse(c.text)}"))
    return tuple(out)


#: what opens a step of a cell's list, a bullet ("ㅇ ’23. 8. : …") or a date ("’24. 2.~"),
#: or a note under it ("* 인천/통영(’22년) …"): no wrapped line of the step before
_STEP_OPENS = regex.compile(r"^\s*+(?:[ㅇ○◦•·\-~*※☞]|[’‘'`]?\d)")


def _joined_steps(texts: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """A cell's step lines with each wrapped line read on with the step it goes on
    ("ㅇ ‘23. 12. : 타당성조사 및 중앙투자사업심사 완료," / "부산공유대학(BITS) 업무협약체결")."""
    out: list[tuple[str, Line]] = []
    for text, ln in texts:
        if out and not _STEP_OPENS.match(text):
            out[-1] = (join_wrapped([out[-1][0], text]), out[-1][1])
        else:
            out.append((text, ln))
    return out


def steps_of(texts: list[tuple[str, Line]], year: int | None) -> list[Found]:
    """The dated steps of a cell's lines (text, line), each wrapped line read on."""
    out: list[Found] = []
    for text, ln in _joined_steps(texts):
        for entry in entries(collapse(text)):
            listed: list[tuple[DateSpan, str, str] | None] = [*_listed_steps(entry, year)]
            listed = listed or [read_clause(entry, year, in_plan=True)]
            for span, task, raw in (r for r in listed if r is not None and r[1]):
                out.append(Found(task, span, raw, (ln,)))
    return out


def _listed_steps(entry: str, year: int | None) -> list[tuple[DateSpan, str, str]]:
    """The steps an entry lists with commas, each after its date ("3월 공모, 6월 선정"), two
    or more; a date with no year of the year of the one before it ("’24. 7.~12. 매칭,
    개소(12.30.)")."""
    out = []
    at = year
    for clause in clauses(entry, year):
        read = read_clause(clause, at, in_plan=True)
        if read is not None and read[1]:
            out.append(read)
            at = read[0].start.year if read[0].start is not None else at
    return out if len(out) > 1 else []


#: how far, at most, in its lines' heights, a label centred between the two lines of its
#: value stands below the first and above the second (a line of its own stands a line off)
CENTRED_LABEL = 0.8


def _centred(boxes: Mapping[int, BBox], before: Line, label: Line, after: Line) -> bool:
    """Whether ``label`` is set half a line between ``before`` and ``after`` (PDF)."""
    a, m, b = boxes.get(before.no), boxes.get(label.no), boxes.get(after.no)
    if a is None or m is None or b is None:
        return False
    step = CENTRED_LABEL * (a[3] - a[1])
    return 0 < m[1] - a[1] < step and 0 < b[1] - m[1] < step


def _labels_set_between(
    lines: Sequence[Line], boxes: Mapping[int, BBox] | None = None
) -> list[tuple[str, Line]]:
    """A cell's lines (their lead marks off), each label set alone half a line between the
    two lines of its value read with them: a label is centred on what it labels, so the
    lines run "읍면동 … 개발 지" / "사 업 명 :" / "원사업(복지+안전분야 부문)" (사회복지국
    p48); a label a line of its own is not (``boxes``: where each line stands)."""
    texts = [_LEAD_MARK.sub("", ln.text) for ln in lines]
    bare = [_BARE_LABEL.match(collapse(t)) is not None for t in texts]
    plain = [not b and not labelled(t) and _STEPS_BESIDE.match(t) is None
             for t, b in zip(texts, bare, strict=True)]  # fmt: skip
    out: list[tuple[str, Line]] = []
    i = 0
    while i < len(lines):
        if (
            0 < i < len(lines) - 1 and bare[i] and plain[i - 1] and plain[i + 1]
            and out and out[-1][1] is lines[i - 1]
            and _centred(boxes or {}, lines[i - 1], lines[i], lines[i + 1])
        ):  # fmt: skip
            out[-1] = (f"{collapse(texts[i])} {join_wrapped([texts[i - 1], texts[i + 1]])}",
                       lines[i])  # fmt: skip
            plain[i + 1] = False  # (taken: no first line of the next label's value)
            i += 2
            continue
        out.append((texts[i], lines[i]))
        i += 1
    return out


def _broken_step_label(texts: Sequence[str]) -> tuple[set[int], int | None]:
    """The lines of a label of steps broken over lines among its steps (see
    :data:`_LABEL_PIECE`), and the line of its first step (the steps set before its first
    piece too); none where the pieces do not close with a colon."""
    for i, text in enumerate(texts):
        t = collapse(text)
        if not _LABEL_PIECE.match(t) or t.endswith((":", "：")):
            continue
        if not any(w in squash(t) for w in STEP_WORDS):
            continue
        pieces = {i}
        for j in range(i + 1, len(texts)):
            piece = collapse(texts[j])
            key = squash(piece).rstrip(":：")
            if _LABEL_PIECE.match(piece) and (
                key in LABEL_JOINS or any(w in key for w in STEP_WORDS)
            ):  # (a piece of it, not the next label: "• 총사업비 :", "• 담당부서 :")
                pieces.add(j)
                if piece.endswith((":", "：")):
                    return pieces, _first_step(texts, i)
            elif (m := _PIECE_THEN_STEP.match(piece)) is not None and (
                (key := squash(m["piece"]).rstrip(":：")) in LABEL_JOINS
                or any(w in key for w in STEP_WORDS)
            ):  # (its last piece before a step of its own: "및향후계획 : ’23.12. : 선정")
                return pieces, _first_step(texts, i)
            elif not _DATED_STEP.match(texts[j]):
                break
    return set(), None


def _first_step(texts: Sequence[str], label: int) -> int:
    """The line of a broken label's first step: the label's, or a dated step before it."""
    first = label
    while first > 0 and _DATED_STEP.match(texts[first - 1]):
        first -= 1
    return first


def read_cell(
    cell: TableCell,
    by_no: dict[int, Line],
    tables: Sequence[Table],
    year: int | None,
    boxes: Mapping[int, BBox] | None = None,
) -> CellProject | None:
    """The project a cell sets out, or None if it names none (``boxes``: where each line
    stands on its page, PDF)."""
    lines = [by_no[n] for n in cell.lines if n in by_no]
    name: str | None = None
    proj = CellProject("", "", "", 0, lines)
    steps: list[tuple[str, Line]] = []
    in_steps = False
    texts = _labels_set_between(lines, boxes)
    pieces, first_step = _broken_step_label([t for t, _ in texts])
    for k, (text, ln) in enumerate(texts):
        if k == first_step or k in pieces:
            in_steps = True
            if k in pieces:
                continue
        beside = _STEPS_BESIDE.match(text)
        if beside is not None:
            in_steps = True
            steps.append((beside["step"], ln))
            continue
        items = labelled(text)
        if items:
            in_steps = False
        bare = _BARE_LABEL.match(collapse(text))
        if bare is not None and label_kind(bare["label"]) == "cost" and proj.cost is None:
            proj.cost_label = collapse(bare["label"])
        for item in items:
            if item.key in NAME_LABELS and name is None:
                name = collapse(item.value)
            elif any(w in item.key for w in STEP_WORDS):
                in_steps = True
                steps.append((item.value, ln))
            elif (m := _DATED_LABEL.fullmatch(item.key)) and m["task"] in COMPETITION_STEPS:
                dates = find_dates(prep_date(item.value), year=year)
                if dates:
                    proj.steps.append(Found(m["task"], dates[0], collapse(item.value), (ln,)))
            elif "기간" in item.key and item.key != "공모기간" and proj.period is None:
                proj.period = read_period(item.value, year)
            elif proj.cost is None and (
                item.key.endswith("비") or label_kind(item.label, item.value) == "cost"
            ):  # (사업비, 소요예산; 사업규모 where it states an amount)
                proj.cost = read_labelled_cost(item.value)
                proj.cost_label = collapse(item.label)
            if item.key not in NAME_LABELS:
                proj.fields.setdefault(item.key, collapse(item.value))
        if not items and in_steps:
            steps.append((text, ln))
    if not name:
        return None
    proj.title = name
    if proj.cost is None and proj.cost_label is not None:
        proj.cost = _table_cost(set(cell.lines), tables)
    proj.steps += steps_of(steps, year)
    return proj


def cell_projects(
    lay: Layout, owned: set[int], by_no: dict[int, Line], year: int | None, taken: set[str]
) -> list[CellProject]:
    """Projects set out in the cells of tables outside the plan's projects (``owned``:
    outline nodes that belong to a project)."""
    nodes = {n.seq: n for n in lay.outline.nodes}
    out: list[CellProject] = []
    tables_in: dict[int, int] = {}  # section node seq -> tables of projects seen
    for table in lay.tables:
        if table.node is None or table.node in owned:
            continue
        top = _section_of(nodes.get(table.node))
        heads = column_heads(table)
        found: list[CellProject] = []
        for n_row, row in enumerate(table.rows(), start=1):
            for cell in row:
                proj = read_cell(cell, by_no, lay.tables, year, lay.boxes)
                if proj is not None:
                    proj.seq = _row_number(table, cell.row, n_row)
                    proj.division = row_division(table, cell, heads)
                    proj.steps += _timing_steps(table, cell, heads, by_no, year)
                    found.append(proj)
        if not found:
            continue
        key = top.seq if top is not None else 0
        k = tables_in[key] = tables_in.get(key, 0) + 1
        for proj in found:
            proj.project_id = f"{_prefix(top)}{k}-{proj.seq}"
            proj.theme = collapse(top.title) if top is not None else ""
            if proj.project_id not in taken:
                taken.add(proj.project_id)
                out.append(proj)
    return out
