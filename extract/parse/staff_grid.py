"""A staffing table read cell by cell: which unit, grade and staff figure each number is.

The reader's header paths are not enough here (a leading empty column, a
"정 원 / 현 원" label in the body, a table folded into two halves side by side,
two rows of labels merged into one cell), so the table is read again from its
grid:

* rows whose cells all hold one line each per row of the table, drawn without
  rules between them (a column of 14 grades in one cell), are split into rows;
* a number's labels are the label cells left of it in its row (after the last
  number: a folded table's second half has its own) and the header rows'
  cells over its column;
* 정원/현원/과부족 (:data:`STAFF_LABELS`) say which figure a number is, "정원/현원"
  that a "80 / 85" cell holds both; of the other labels, the side where most
  are grades (6급, 연구관, 정무직) is the grade, the other the unit (where a side's
  columns of labels differ, "보건행정과 / 보 건 직", each column is what most of its
  labels are); 계/합계 is the total of its side, a 소계 under a unit that unit's;
* a table by grade and by series at once (grades down, series across, or turned) has
  no unit: its grades are the whole body's, read from its 계 column; the series'
  figures, counted within the grades, are none of the table's (the record has no field
  for a series beside a grade).

The same reading serves the parser (:mod:`extract.parse.staff_tables`) and the
과부족 check (:mod:`extract.checks.org_staff`), which reads the report's cells.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.captions import read_as_of
from extract.normalize import find_dates
from extract.normalize.marks import without_mark
from extract.normalize.pairs import pair_names, split_pair
from extract.parse.org_parts import key, unit_word
from extract.parse.org_vocab import (
    DEFAULT_PAIR,
    EMPLOYMENT_WORDS,
    GRADE_WORDS,
    OTHER_LABELS,
    RANK_WORDS,
    REMARK_LABELS,
    SERIES_GROUP_WORDS,
    SERIES_WORDS,
    SHORTFALL_LABELS,
    STAFF_LABELS,
    STAFF_PAIRS,
    STAFF_TITLE_WORDS,
    SUBTOTAL_LABELS,
    TOTAL_LABELS,
    StaffField,
)
from extract.parse.staff_subtotals import named_subtotal
from extract.parse.text import despace

#: the labels that name one figure plainly: 정원 and 현원 (인원 may be either)
PLAIN_STAFF_LABELS: tuple[str, ...] = ("정원", "현원")
#: "80 / 85", "14/15"
_PAIR = regex.compile(r"^\s*(?P<a>[△▽+-]?\d[\d,]*)\s*명?\s*/\s*(?P<b>[△▽+-]?\d[\d,]*)\s*명?\s*$")
#: "45명", "△1", "1,234", and the nil dashes
_ONE = regex.compile(r"^\s*+(?P<a>[△▽−+-]?\s*+\d[\d,]*+)\s*+명?\s*+$")
_NIL = regex.compile(r"^\s*[-－–—―−]\s*$")
#: footnote marks and brackets a label may carry ("기타**", "(정원)")
_MARKS = regex.compile(r"[*※†‡]+")
#: the unit of persons a header closes with: "정원(명)", "현원(인)"
_PERSONS_UNIT = regex.compile(r"[(（](?:명|인)[)）]$")
#: "6급", "2·3급", "4·5급": a grade by its number
_GRADE_NUMBER = regex.compile(r"\d\s*급")


@dataclass(frozen=True, slots=True)
class GridCell:
    """A cell as any table gives it: place, spans, paragraphs, source lines."""

    row: int
    col: int
    row_span: int
    col_span: int
    paras: tuple[str, ...]
    lines: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(p.strip() for p in self.paras if p.strip())


def number(text: str) -> int | None:
    """A staff count: "45명" -> 45, "△1" -> -1, "+1" -> 1, "-" -> 0; None for anything
    else.

    >>> number("+1"), number("△2"), number("-"), number("정원"), number("42주1)")
    (1, -2, 0, None, 42)
    """
    if _NIL.match(text):
        return 0
    m = _ONE.match(without_mark(text.strip()))  # ("42주1)": a note's mark on it)
    if not m:
        return None
    raw = "".join(m["a"].split())
    neg = raw[0] in "△▽−-"
    n = int(raw.lstrip("△▽−+-").replace(",", ""))
    return -n if neg else n


def numbers(text: str) -> tuple[int, ...] | None:
    """The one or two numbers of a cell ("80 / 85" -> (80, 85), "45(43)" -> (45, 43)),
    None for a label."""
    m = _PAIR.match(text)
    if m:
        a, b = number(m["a"]), number(m["b"])
        return None if a is None or b is None else (a, b)
    if "(" in text and (pair := split_pair(text)) is not None:  # ("45(43)", "52(1)")
        a, b = number(pair[0]), number(pair[1])
        return None if a is None or b is None else (a, b)
    n = number(text)
    return None if n is None else (n,)


def label_key(text: str) -> str:
    """A label as the vocabulary spells it: no spaces, dots or footnote marks."""
    return str(_MARKS.sub("", key(text)))


def staff_label(text: str) -> tuple[StaffField, ...] | None:
    """The figure(s) a label names: ("authorized",) for 정 원, a pair for 정원/현원; a unit
    in a bracket after it aside ("정원(명)").

    >>> staff_label("정 원"), staff_label("과부족(명)"), staff_label("정원(천원)")
    (('authorized',), ('balance',), None)
    >>> staff_label("직급별 현원")
    ('current',)
    """
    k = _PERSONS_UNIT.sub("", label_key(text))
    if k in STAFF_PAIRS:
        return STAFF_PAIRS[k]
    if k in STAFF_LABELS:
        return (STAFF_LABELS[k],)
    if k in SHORTFALL_LABELS:
        return ("balance",)
    names = pair_names(k)  # ("정원(현원)": the first figure and the one in brackets)
    if names is not None and set(names) == set(PLAIN_STAFF_LABELS):
        return STAFF_LABELS[names[0]], STAFF_LABELS[names[1]]
    # (a group's header over grades, "직급별 현원": that figure, by grade)
    by = next((n for n in STAFF_LABELS if k.endswith(n) and k[: -len(n)].endswith("별")), None)
    return (STAFF_LABELS[by],) if by is not None else None


def _staff_group(text: str) -> bool:
    """A word for the staff as a whole, "인 력", "인원현황", a header sets as a group's over
    the figures' labels (`인 력` over `정 원 | 현 원 | 과부족(△)`): it names no unit."""
    return _PERSONS_UNIT.sub("", label_key(text)) in STAFF_TITLE_WORDS


def _interleaved(text: str, k: int) -> list[str] | None:
    """Two labels of merged rows read across ("정현 원원" over 2 rows: 정원, 현원)."""
    s = label_key(text)
    if k < 2 or len(s) % k:
        return None
    parts = [s[i::k] for i in range(k)]
    return parts if all(staff_label(p) for p in parts) else None


def is_grade(label: str) -> bool:
    """A grade (직급) label: 6급, 8급이하, 2·3급, 학예연구관(5급), 정무직, 교원."""
    k = label_key(label)
    if _GRADE_NUMBER.search(k) or k.removesuffix("렬").removesuffix("직") in SERIES_WORDS:
        return True  # (a series counted in place of grades: "행정", "공업직")
    if k in RANK_WORDS:
        return True  # (a rank: 소방령, 경정)
    word = next((w for w in GRADE_WORDS if w in k), None)
    if word is None:
        return False
    return unit_word(k) is None or k.endswith(word)


def is_series(label: str) -> bool:
    """An occupational series (직렬) label: 행정, 공업직, 시설직렬."""
    return label_key(label).removesuffix("렬").removesuffix("직") in SERIES_WORDS


def _ranked(label: str) -> bool:
    """A grade by its rank (6급, 연구관, 소방령), no series nor form of employment."""
    return is_grade(label) and not is_series(label) and label_key(label) not in EMPLOYMENT_WORDS


def is_total(label: str) -> bool:
    """A total's label, or a subtotal's ("일반직 / 소 계": the 일반직's)."""
    return label_key(label) in TOTAL_LABELS or label_key(label) in SUBTOTAL_LABELS


#: the name a record gives the whole's total, however the table prints it ("합 계", "총 계"),
#: as budget_summary names its own: a dataset of reports stacks one 계
TOTAL_UNIT = "계"


def total_names(labels: Sequence[str]) -> dict[str, str]:
    """The unit names (as :func:`clean_unit` gives them) that are the whole's total,
    each to :data:`TOTAL_UNIT`: only where the table prints one such label (of two, "총 계"
    over "합 계", each keeps its own name: one 계 is no sum of the other)."""
    whole = {clean_unit(t) for t in labels if label_key(t) in TOTAL_LABELS}
    return {name: TOTAL_UNIT for name in whole} if len(whole) == 1 else {}


def employment_of(label: str) -> str | None:
    k = label_key(label)
    return next((w for w in EMPLOYMENT_WORDS if w in k), None)


@dataclass(slots=True)
class Figure:
    """One number of a staffing table with what it counts."""

    field: StaffField
    value: int
    #: the unit's label (None: the table has no units - the whole body)
    unit: str | None
    unit_total: bool
    #: the grade's label (None: all grades)
    grade: str | None
    cells: list[GridCell] = dataclasses.field(default_factory=list)
    #: a figure of a cell whose rows could not be told apart (for column sums only)
    loose: bool = False
    #: the employment form a column or row of its own counts (정규직, 계약직)
    employment: str | None = None
    #: the day a column of its own counts on ("2025. 1. 1. 기준" beside "2026. 1. 1. 기준")
    as_of: date | None = None


def _numeric(c: GridCell) -> bool:
    paras = [p for p in c.paras if p.strip()]
    return bool(paras) and all(number(p) is not None for p in paras)


def split_rows(cells: Sequence[GridCell]) -> list[GridCell]:
    """Cells with one paragraph per table row, drawn without rules, split into rows.

    A label cell of n paragraphs and the number cells after it (up to the next
    label: each half of a folded table on its own) that have n paragraphs too are
    split into n rows, renumbered ``row * 1000 + i``; a cell left whole (a label
    over several rows, a column with fewer paragraphs than rows: its numbers are
    "loose") covers all of its rows.
    """
    by_row: dict[int, list[GridCell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    split: set[int] = set()
    for group in by_row.values():
        segment: list[GridCell] = []
        ordered: list[GridCell | None] = [*sorted(group, key=lambda c: c.col), None]
        for cell in ordered:
            if cell is None or not _numeric(cell):
                if segment:
                    head = segment[0]
                    n = len([p for p in head.paras if p.strip()])
                    same = [
                        x for x in segment[1:]
                        if x.row_span == 1 and len([p for p in x.paras if p.strip()]) == n
                    ]  # fmt: skip
                    if n > 1 and same and head.row_span == 1 and not _numeric(head):
                        split.update(id(x) for x in (head, *same))
                segment = [cell] if cell is not None else []
            else:
                segment.append(cell)
    out: list[GridCell] = []
    for c in cells:
        paras = [p for p in c.paras if p.strip()]
        base = c.row * 1000
        if id(c) in split:
            k = len(paras)
            for i, p in enumerate(paras):
                line = (c.lines[i],) if len(c.lines) == k else c.lines
                out.append(GridCell(base + i, c.col, 1, c.col_span, (p,), line))
        else:
            out.append(GridCell(base, c.col, c.row_span * 1000, c.col_span, c.paras, c.lines))
    return out


def merge_stacked_labels(cells: Sequence[GridCell]) -> list[GridCell]:
    """Labels of m rows read as m-letter columns into the first row's cell ("정 원" over
    "현 원" read as "정현" / "원원"): the cell spans the m rows again, the empty cells
    under it dropped (its text read across by :func:`_interleaved`)."""
    at = {(c.row, c.col): c for c in cells}
    drop: set[int] = set()
    out: list[GridCell] = []
    for c in cells:
        paras = ["".join(p.split()) for p in c.paras if p.strip()]
        m = len(paras[0]) if paras else 0
        if c.row_span == 1 and len(paras) >= 2 and m >= 2 and all(len(p) == m for p in paras):
            below = [at.get((c.row + i, c.col)) for i in range(1, m)]
            if all(b is not None and not b.text.strip() for b in below) and _interleaved(
                "".join(paras), m
            ):
                drop.update(id(b) for b in below if b is not None)
                out.append(GridCell(c.row, c.col, m, c.col_span, ("".join(paras),), c.lines))
                continue
        out.append(c)
    return [c for c in out if id(c) not in drop]


#: headers of a column of words beside a table's figures: duties, no labels of its rows
PROSE_HEADERS: tuple[str, ...] = ("담당업무", "주요업무", "업무내용", "주요기능", "분장사무")


def _covers(c: GridCell, row: int) -> bool:
    return c.row <= row < c.row + c.row_span


#: a label of a number with its level: the column of a row's label, the row of a header's
Label = tuple[int, str]


def _dim(text: str) -> bool:
    """A label that names a unit or a grade: neither a staff figure nor a total."""
    return staff_label(text) is None and not is_total(text)


def _graded(found: Sequence[str]) -> bool:
    """Labels most of which are grades, series or employment forms."""
    n = sum(1 for d in found if is_grade(d) or label_key(d) in EMPLOYMENT_WORDS)
    return bool(found) and n * 2 >= len(found)


def _grade_levels(
    labels: Sequence[tuple[Sequence[Label], Sequence[Label]]], series_side: int | None = None
) -> Callable[[int, int], bool]:
    """Whether a label at (side, level) names a grade (side 0: the rows' labels, 1: the
    header's).  The side where most labels are grades holds them; but where a side's
    levels differ, units in one and grades (or series) in another ("보건행정과 / 보 건
    직", "보건행정과 / 소 계"), each level is what most of its own labels are (the side
    counted whole had taken the 직렬 for the unit, or the units for grades).  Beside the
    series of a table by grade and series (``series_side``), the other side is the grades."""
    if series_side is not None:
        return lambda side, _level: side != series_side
    by_level: list[dict[int, list[str]]] = [{}, {}]
    for sides in labels:
        for side in (0, 1):
            for level, text in sides[side]:
                if _dim(text):
                    by_level[side].setdefault(level, []).append(text)
    grade_side = None
    for side in (0, 1):
        if _graded([t for found in by_level[side].values() for t in found]):
            grade_side = side
    mixed: list[set[int] | None] = [None, None]
    for side in (0, 1):
        graded = {lv for lv, found in by_level[side].items() if _graded(found)}
        if graded and graded != set(by_level[side]) and grade_side in (None, side):
            mixed[side] = graded

    def graded_at(side: int, level: int) -> bool:
        levels = mixed[side]
        return level in levels if levels is not None else side == grade_side

    return graded_at


def _dims_by_side(labels: Sequence[tuple[Sequence[Label], Sequence[Label]]]) -> list[list[str]]:
    """The labels of each side (0: the rows', 1: the header's) that name a unit or a grade."""
    found: list[dict[str, None]] = [{}, {}]
    for sides in labels:
        for side in (0, 1):
            found[side].update((t, None) for _, t in sides[side] if _dim(t))
    return [list(f) for f in found]


def _series_like(label: str) -> bool:
    """A series, or a group of series a matrix sets beside them (연구직, 기능직)."""
    k = label_key(label).removesuffix("렬").removesuffix("직")
    return is_series(label) or k in SERIES_GROUP_WORDS


def _series_side(dims: Sequence[Sequence[str]]) -> int | None:
    """The side of the series in a table by grade and by series at once (`구 분 | 계 | 행 정
    | 세 무` over `7급 | 44/42 | 16/15 | 14/13`), where one side's labels are all grades by
    rank (a form that is a grade word too, `공무직`, among them) and most of the other's
    series (`행정직 | 농업직 | 연구직`: a group of series, a grade word elsewhere, beside
    them; a series the vocabulary lacks); None for any other table.  The rest of either
    side, `기 타`, is no series nor grade of its own; a unit or a grade by rank among the
    series is no matrix (`총무과 | 세무과`, `5급 | 6급 | 연구직`).  Its grades are the whole
    body's: no side names a unit."""
    for side in (0, 1):
        ranks = [d for d in dims[1 - side] if label_key(d) not in OTHER_LABELS]
        series = [d for d in dims[side] if label_key(d) not in OTHER_LABELS]
        like = [d for d in series if _series_like(d)]
        if (
            len(like) * 2 > len(series)
            and not any(
                unit_word(label_key(d)) or (_ranked(d) and not _series_like(d)) for d in series
            )
            and any(_ranked(d) for d in ranks)
            and all(is_grade(d) and not is_series(d) for d in ranks)
        ):  # fmt: skip
            return side
    return None


def _lists_units(text: str) -> bool:
    """A cell that lists units parted by commas ("교통정책팀, 교통기획팀, 교통안전팀"): the
    teams of the row's unit, no label of its own (a chart table's 팀 column)."""
    names = [n for n in regex.split(r"[,，、]", text) if n.strip()]
    return len(names) > 1 and all(unit_word(key(n)) for n in names)


def read_figures(
    cells: Sequence[GridCell],
    default: StaffField | None = None,
    bracket: tuple[StaffField, StaffField] | None = None,
) -> list[Figure]:
    """Every staff figure of a table (nothing when its labels name none, nor ``default``:
    the one figure its caption says every number is, "(’26. 1. 1. 기준 정원)"; nor, for a
    cell of a figure and one in brackets, ``bracket``: the two a note says they are, "※ ( )는
    현원")."""
    grid = split_rows(merge_stacked_labels(cells))
    vals = {id(c): numbers(c.text) for c in grid}
    # a cell of several numbers that could not be split into rows: loose figures
    loose = {
        id(c): tuple(n for n in (number(p) for p in c.paras if p.strip()) if n is not None)
        for c in grid
        if vals[id(c)] is None and len([p for p in c.paras if p.strip()]) > 1
        and all(number(p) is not None for p in c.paras if p.strip())
    }  # fmt: skip
    is_num = {id(c): vals[id(c)] is not None or id(c) in loose for c in grid}
    pairs = any(len(v) == 2 for v in vals.values() if v is not None)
    rows = sorted({c.row for c in grid})
    head: set[int] = set()
    for r in rows:
        if any(is_num[id(c)] for c in grid if c.row == r):
            break
        head.add(r)
    # (a column of words, duties or remarks, labels no row: "팀 명 | 담당업무 | 인원")
    prose = {
        c.col for c in grid
        if (c.row in head and label_key(c.text).endswith(PROSE_HEADERS))
        or (c.row not in head and _lists_units(c.text))
    }  # fmt: skip
    labels = [c for c in grid if not is_num[id(c)] and c.text.strip() and c.col not in prose]
    figures: list[Figure] = []
    #: a number's labels with their level: the column of a row's label, the row of a header's
    pending: list[tuple[GridCell, list[Label], list[Label]]] = []
    for c in grid:
        if not is_num[id(c)] or c.row in head:
            continue
        left = sorted(
            (lab for lab in labels if _covers(lab, c.row) and lab.col < c.col),
            key=lambda x: x.col,
        )
        nums_left = [n.col for n in grid if is_num[id(n)] and _covers(n, c.row) and n.col < c.col]
        # the labels of this half of a folded table: no number between them
        while len(left) > 1 and any(left[-2].col < n < left[-1].col for n in nums_left):
            left = left[-1:]
        row_labels: list[Label] = []
        for lab in left:
            span = lab.row_span // 1000  # the rows it spans before they were split
            parts = _interleaved(lab.text, span) if span > 1 else None
            text = parts[(c.row - lab.row) // 1000 % len(parts)] if parts else lab.text
            row_labels.append((lab.col, text))
        over = [
            lab for lab in labels
            if lab.row in head and lab.col <= c.col < lab.col + lab.col_span
        ]  # fmt: skip
        col_labels = [(lab.row, lab.text) for lab in sorted(over, key=lambda x: x.row)]
        if any(key(t) in REMARK_LABELS for _, t in [*row_labels, *col_labels]):
            continue  # a remark's "-" or count ("비고": "파견 1")
        pending.append((c, row_labels, col_labels))

    dims = _dims_by_side([(rows, cols) for _, rows, cols in pending])
    series_side = _series_side(dims)
    graded_at = _grade_levels([(rows, cols) for _, rows, cols in pending], series_side)
    # a form that is a grade word too (공무직, 계약직) set beside ranks ("5급", "6급이하")
    # is a grade of the table, counted in its 계, as well as an employment form
    ranks = [
        t for _, *sides in pending for side in (0, 1) for level, t in sides[side]
        if graded_at(side, level) and _dim(t)
    ]  # fmt: skip
    ranked = any(is_grade(d) and label_key(d) not in EMPLOYMENT_WORDS for d in ranks)
    for c, row_labels, col_labels in pending:
        fields: list[StaffField] = []
        unit: str | None = None
        unit_side: int | None = None
        grade: str | None = None
        total = False
        employment: str | None = None
        day: date | None = None
        short = plain = within = False
        for side, texts in ((0, row_labels), (1, col_labels)):
            for level, text in texts:
                named = staff_label(text)
                if side == series_side and named is None:
                    # (a series' column of a table by grade and series, counted within its
                    # grade's 계: no row of its own, the record having no field for it)
                    within = within or not is_total(text)
                    continue
                if is_total(text) and not dims[side] and dims[1 - side]:
                    # (a lone 계 over the grades, or the units, of the other side: the sum of
                    # what the row names, no unit of its own)
                    continue
                if named is not None:
                    fields = list(named)
                    short = label_key(text) in SHORTFALL_LABELS
                    plain = _PERSONS_UNIT.sub("", label_key(text)) in PLAIN_STAFF_LABELS
                elif (on := column_day(text)) is not None:
                    day = on  # (the figures under "2025. 1. 1. 기준": of that day, no unit's)
                elif _staff_group(text):
                    continue  # (a group's word over 정원 | 현원, "인 력": no unit)
                elif graded_at(side, level) and label_key(text) in EMPLOYMENT_WORDS:
                    employment = label_key(text)
                    grade = text if ranked and is_grade(text) else grade
                elif graded_at(side, level):
                    grade = None if is_total(text) else text
                    # (a 소계 among a unit's grades, "보건행정과 / 소 계": the unit's total;
                    # among a form's, "일반직 / 소 계", the form's: a sum of rows either way)
                    if label_key(text) in SUBTOTAL_LABELS and (
                        unit_side == side or employment is not None
                    ):
                        total = True
                elif (
                    label_key(text) in SUBTOTAL_LABELS and unit is not None and unit_side == side
                ):
                    total = True  # (a unit's 소계 beside its teams: "농촌지원과 | 소 계")
                elif (sub := named_subtotal(text)) is not None:
                    unit, total, unit_side = sub, True, side  # ("문화체육과 소계")
                else:
                    unit, total, unit_side = text, is_total(text), side
        if within:
            continue
        nums = vals[id(c)] or loose.get(id(c), ())
        nil = bool(_NIL.match(c.text))
        if not fields and default is not None and len(nums) == 1:
            fields = [default]
        if not fields and bracket is not None and len(nums) == 2 and "(" in c.text:
            fields = list(bracket)  # (under no label of its figures: what the note says)
        if len(nums) == 2 and "(" in c.text and len(fields) != 2:
            # (a figure with an aside in brackets where its labels name one figure plainly:
            # "정 원" over "52(1)", of whom 1 무기계약: the figure; under "인 원", which may
            # be either of a pair its note names, "※ 인원 : 정원(현원)", or under nothing:
            # no figure)
            if not plain:
                continue
            nums = nums[:1]
        if not fields:
            if (len(nums) != 2 and not (nil and pairs)) or id(c) in loose:
                continue
            fields = list(DEFAULT_PAIR)
        if nil and len(fields) == 2:
            nums = (0, 0)  # a dash in a table of "a / b" cells: none of either
        if id(c) in loose:
            if len(fields) == 1:
                for n in nums:
                    figures.append(
                        Figure(
                            fields[0], n, unit, total, grade, [c], loose=True, employment=employment
                        )
                    )
            continue
        if len(fields) != len(nums):
            continue
        if short:
            nums = tuple(-abs(n) for n in nums)
        for f, n in zip(fields, nums, strict=True):
            figures.append(
                Figure(f, n, unit, total, grade, [c], employment=employment, as_of=day)
            )
    return figures


def glued_labels(cells: Sequence[GridCell]) -> bool:
    """Whether a label is merged down a column beside labels of the rows it spans (a 과
    over its `소 계` row and its teams' rows): a line of such a row reads the two as one
    label, `복지정책과 소 계`, which only the grid parts (the 과 the row's parent)."""
    firsts: dict[int, int] = {}  # (each row's first figure: its labels stand left of it)
    for c in cells:
        if numbers(c.text) is not None:
            firsts[c.row] = min(firsts.get(c.row, c.col), c.col)
    labels = [
        c for c in cells
        if c.text.strip() and numbers(c.text) is None and c.col < firsts.get(c.row, -1)
    ]  # fmt: skip
    return any(
        o is not m and m.col < o.col and m.row <= o.row < m.row + m.row_span
        for m in labels if m.row_span > 1
        for o in labels
    )  # fmt: skip


def column_day(text: str) -> date | None:
    """The day a header says the figures under it are of ("2025. 1. 1. 기준", "’26. 1. 1."),
    or None."""
    found = read_as_of(text, None)
    if found is None:
        spans = find_dates(text, year=None)
        whole = len(spans) == 1 and spans[0].raw.strip() == text.strip()
        found = spans[0].start if whole and spans[0].precision == "day" else None
    return found


def clean_unit(label: str) -> str:
    """A unit label as a name: letter-spacing undone, footnote marks dropped."""
    return despace(str(_MARKS.sub("", label))).strip()


def clean_grade(label: str) -> str:
    """A grade label as a code: no spaces, no footnote marks ("2· 3급" -> "2·3급")."""
    return "".join(str(_MARKS.sub("", label)).split())


def grid_cells(table: Table, lines: Mapping[int, Line]) -> list[GridCell]:
    """A layout table's cells as :class:`GridCell` (a cell of several lines keeps them
    as paragraphs; a one-line cell its own text, its line holding the whole row; a text
    export's cell its text, each of its lines holding its whole row: "어르신장애인 30 29" /
    "과")."""
    out = []
    for c in table.cells:
        own = [lines[no].text for no in c.lines if no in lines]
        whole = len(c.lines) > 1 and len(own) == len(c.lines) and not table.inferred
        paras = tuple(own) if whole else (c.text,)
        out.append(GridCell(c.row, c.col, c.row_span, c.col_span, paras, tuple(c.lines)))
    return out


class _Row(Protocol):
    @property
    def unit(self) -> str: ...
    @property
    def grade(self) -> str | None: ...
    @property
    def employment(self) -> str | None: ...
    @property
    def as_of(self) -> date | None: ...


def sums_grades(rows: Sequence[_Row]) -> set[int]:
    """The rows (ids) of a unit's figure of all grades beside its grades' rows in one
    table: their sum, a total of them (and, of a unit that is no 계, a part of the 계)."""
    graded = {(r.unit, r.as_of) for r in rows if r.grade or r.employment}
    return {
        id(r) for r in rows if not (r.grade or r.employment) and (r.unit, r.as_of) in graded
    }
