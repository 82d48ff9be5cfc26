"""Tables in a text export: rows that line up, split into cells.

A text file has no rules, so a table is recognised by its shape: a header
line that starts with a row label (구 분, 부서명, ...) followed by rows that
end in values (amounts, counts, △ changes, percentages, "-").  Splitting a
row into cells is the hard part, because single spaces separate both cells
and the letters of "구 분":

* a body row is its label (the words before its trailing values) and one
  cell per value; the number of value columns is the commonest count;
* the header line is its label (the longest prefix that is a known row
  label) and the rest of its words split into as many cells as there are
  value columns, by :func:`~extract.layout.textheads.split_header` (letter-spaced
  words stay together, "’21년 예산" is one header);
* a short line with no values between rows ("계" of a shaded row) is a row
  of its own with empty value cells;
* where the rows line up (a layout export such as ``pdftotext -layout`` sets the
  columns apart with runs of spaces), the header's words go to the value column
  they stand over (:func:`~extract.layout.textheads.aligned_header`), and a sign set
  apart from its figure ("△  56") is one value with it;
* a name a narrow cell wrapped goes on on the lines under its row, where its cell
  starts (:func:`~extract.layout.textwraps.fold_wraps`: "위기가구 발굴 및" /
  "통합사례관리", "어르신장애인" / "과"), and a group's name beside the next row's
  label ("어르신장애  소 계 …" / "인과  기초연금 지급 …"): the row's cell, no rows of
  their own.

Tables found this way are marked ``source="inferred"``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.cells import is_value
from extract.layout.gapgrid import (
    aligned_table,
    gap_grid,
    two_label_grid,
    two_labels,
)
from extract.layout.gapstack import stacked_aligned_table
from extract.layout.lowerheads import groups_under, lower_stacked, spelled_out
from extract.layout.markers import read_marker
from extract.layout.midgroups import centred_groups
from extract.layout.overgroup import group_over
from extract.layout.remarkgap import remark_gap_grid
from extract.layout.spanheads import grouped_header, stacked_groups, stacked_header
from extract.layout.sparserows import sparse_grid
from extract.layout.textheads import (
    aligned_header,
    cheapest_split,
    header_label,
    split_header,
    value_columns,
    years_under,
)
from extract.layout.textrows import (
    TOTALS,
    label_row,
    remark_row,
    remark_words,
    squash,
    trailing_values,
    value_count,
)
from extract.layout.textspans import COLUMN_GAP, line_spans, phrases
from extract.layout.textwraps import fold_wraps, goes_on, group_wraps, wrapped_rows
from extract.layout.unitrow import bracket_row, units_under
from extract.layout.vocab import (
    BANNER_GLYPHS,
    COLUMN_GROUP_WORDS,
    HEADER_LABELS,
)
from extract.layout.yeartable import year_table
from extract.normalize.spacing import words

#: longest label-only line that is a row of its own inside a table
MAX_LABEL_ROW = 12
#: the most words of a header's second row right under its first (longer than a row label)
MAX_UNDER_WORDS = 6
_HANGUL = re.compile(r"[가-힣]")


def text_column(
    head: Line, n_label: int, body: Sequence[Line], k: int
) -> tuple[list[str], list[list[str]]] | None:
    """A column of words between the row label and ``k`` value columns, where the rows
    line up under a header word set over it ("팀 명 | 담 당 업 무 | 인 원": "농업정책팀 |
    농업정책 총괄, 농지 관리 | 5"): the header (that column's, then the values') and
    each row's cells; None where the header sets no word there or a row's words cross
    its edge.

    >>> from extract.document import Line
    >>> rows = ["팀    명      담    당    업    무           인  원",
    ...         "계                                          9",
    ...         "정책팀        정책 총괄, 예산 관리          5",
    ...         "지원팀        민원 응대                     4"]
    >>> lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    >>> header, cells = text_column(lines[0], 2, lines[1:], 1)
    >>> header, cells[1]
    (['담 당 업 무', '인 원'], ['정책팀', '정책 총괄, 예산 관리', '5'])
    """
    cols = value_columns(body, k)
    if cols is None:
        return None
    # (by phrase: "2026년 예산(A)" is one header whose year may stand left of the values)
    spans = phrases(line_spans(head)[n_label:])
    middle = [(w, a, b) for w, a, b in spans if b < cols[0][0] - 1]
    rest = [(t, a, b) for w, a, b in spans if b >= cols[0][0] - 1 for t in w.split()]
    if not middle or not rest:
        return None
    edge = middle[0][1]
    out: list[list[str]] = []
    for ln in body:
        ws = line_spans(ln)
        values = ws[len(ws) - min(trailing_values([w for w, _, _ in ws]), k) :]
        words_ = ws[: len(ws) - len(values)]
        left = [w for w, a, _ in words_ if a < edge - 1]
        right = [(w, a) for w, a, _ in words_ if a >= edge - 1]
        if right and left and right[0][1] - max(b for _, a, b in words_ if a < edge - 1) < 2:
            return None  # (the row's words run over the edge: no column there)
        row = label_row([w for w, _, _ in ws], k)
        if row is None:
            return None
        out.append([" ".join(left), " ".join(w for w, _ in right), *row[1:]])
    if sum(1 for r in out if r[1]) * 2 < len(out):
        return None  # (most rows have words there: a column, not a wrapped label)
    heads = split_header([w for w, _, _ in rest], k)
    if heads is None:
        return None
    return [" ".join(w for w, _, _ in middle), *heads], out


def _header_cells(
    header: Sequence[str], head: Line, paired: bool, extra: tuple[int, ...] = ()
) -> list[Cell]:
    """The header row's cells after the row label, one over each value column; over a row
    of years (``paired``), a name repeated over two columns side by side (a group over its
    pair) one cell spanning them."""
    out: list[Cell] = []
    c = 0
    while c < len(header):
        span = 1
        if paired and c + 1 < len(header) and header[c + 1] == header[c]:
            span = 2
        out.append(Cell(0, c + 1, col_span=span, paragraphs=(header[c],),
                        lines=(head.no, *extra), page=head.page))  # fmt: skip
        c += span
    return out


def _grouped_cells(
    label: str, groups: Groups, head: Line, under: tuple[int, ...],
    group_lines: tuple[int, ...] = (),
) -> list[Cell]:
    """A header of two rows: the row label and each name of its own spanning both, each
    group over its columns' names on the line ``under`` the header line (the groups' names
    on ``group_lines``, where not on the header line: above it, or under it)."""
    out = [Cell(0, 0, row_span=2, paragraphs=(label,), lines=(head.no,), page=head.page)]
    lows: list[Cell] = []
    c = 1
    for top, names in groups:
        at = group_lines if names and group_lines else (head.no,)
        out.append(Cell(0, c, row_span=1 if names else 2, col_span=max(len(names), 1),
                        paragraphs=(top,), lines=at, page=head.page))  # fmt: skip
        lows += [Cell(1, c + n, paragraphs=(name,), lines=under, page=head.page)
                 for n, name in enumerate(names)]  # fmt: skip
        c += max(len(names), 1)
    return out + lows


#: the dashes a text table's sub-row opens with, set under its group's row ("특 별 회 계" over
#: "- 상수도사업특별회계  24,150  25,320 …")
_SUB_ROW_MARKS = frozenset({"-", "–", "·", "ㆍ", "∙"})


def _sub_row(ln: Line, remark: bool) -> bool:
    """A row of figures set under its group's row with a dash, no bullet of the outline."""
    found = read_marker(ln.text)
    return (
        found is not None and found[0].text in _SUB_ROW_MARKS
        and value_count(words(found[1]), remark) >= 2
    )  # fmt: skip


def _glyph_row(ln: Line, remark: bool) -> bool:
    """A row of figures whose label opens with a glyph that marks its level ("▣ 보건행정
    운영 및 지원   875,090   -   52,800 …" over "■ …" and "□ …", a budget's programmes):
    a row of the table where :func:`_glyph_in_table` says so, the glyph kept in its
    label's cell (set with single spaces, a box glyph's only: "○ 2026년 목표 1,400명
    1,500명" there is the outline's)."""
    found = read_marker(ln.text)
    return (
        found is not None and found[0].kind.startswith(_BULLET_KIND)
        and value_count(words(found[1]), remark) >= 2
    )  # fmt: skip


def _boxed(ln: Line) -> bool:
    """Whether a row opens with a box glyph, a level's mark ("▣", "■", "□"), not one of the
    outline's bullets ("○", "-")."""
    found = read_marker(ln.text)
    return found is not None and found[0].text in BANNER_GLYPHS


#: the kind :func:`~extract.layout.markers.read_marker` gives a bullet ("bullet:□")
_BULLET_KIND = "bullet:"
#: the rows above a glyph's row whose columns it is held to (columns are the same all down)
_NEAR_ROWS = 4


def _next_filled(rows: Sequence[Line], k: int, remark: bool) -> list[Line]:
    """The first of ``rows`` that fills ``k`` columns, alone (none: [])."""
    return next(([o] for o in rows if value_count(words(o.text), remark) == k), [])


def _in_columns(ln: Line, others: Sequence[Line], k: int) -> bool | None:
    """Whether the ``k`` figures a row ends with each stand in the columns of ``others``,
    rows that fill them (the nearest above it, or, first under its header, the next),
    where those line up (a layout export's runs of spaces; a long label may run up to
    its first figure: "■ 공공보건의료 기반 강화 및 지역보건의료 연계 176,000"); a bullet
    right after the table whose figures stand elsewhere ("□ 목표 인원 12,000 13,500"
    under a table set in columns) is the outline's. None where the rows are set with
    single spaces (a Hancom export's), or there are none: no columns to go by."""
    cols = value_columns(others, k, label_apart=False) if others else None
    if cols is None:
        spaced = any(
            b[1] - a[2] >= COLUMN_GAP for o in others
            for a, b in itertools.pairwise(line_spans(o))
        )  # fmt: skip
        # (rows in columns that no column lines up with: no row of them)
        return False if spaced else None
    spans = line_spans(ln)
    vals = spans[-k:]
    if len(vals) < k:
        return False
    # (a label run up to its first figure pushes the row's figures right, by as far as
    # that figure ends past its column)
    pushed = len(spans) > k and vals[0][1] - spans[-k - 1][2] < COLUMN_GAP
    shift = max(0, vals[0][2] - cols[0][1]) if pushed else 0
    return all(
        a - shift <= right and left <= b - shift
        for (_, a, b), (left, right) in zip(vals, cols, strict=True)
    )  # fmt: skip


def _apart(above: Line, below: Line, blank: frozenset[int]) -> bool:
    """Whether a blank line stands between two lines."""
    return any(no in blank for no in range(above.no + 1, below.no))


def _glyph_in_table(
    body: Sequence[Line], n: int, filled: Sequence[Line], k: int, remark: bool,
    blank: frozenset[int],
) -> bool:
    """Whether the glyph row ``body[n]`` is a row of the table: not past a blank line
    after the table's last row, unless that row opens with a glyph too (the bullets after
    a table: "구분 2024년 2025년" … "중장년 500 550" / "" / "□ 2026년 목표 1,400 1,500");
    its figures in the table's columns (:func:`_in_columns`); where the rows are set with
    single spaces, right under the header, after a glyph row, or over a row that fills
    the columns (a run of the table's levels, not one bullet after it)."""
    prev = body[n - 1] if n else None
    after_glyph = prev is not None and _glyph_row(prev, remark)
    if prev is not None and not after_glyph and _apart(prev, body[n], blank):
        return False
    placed = _in_columns(
        body[n], filled[-_NEAR_ROWS:] or _next_filled(body[n + 1 :], k, remark), k
    )
    if placed is not None:
        return placed  # (in the columns: whatever its glyph, "○ 감염병 관리   300,000 …")
    if not _boxed(body[n]):
        return False  # (single spaces: only a box glyph marks a level, ○ is the outline's)
    nxt = body[n + 1] if n + 1 < len(body) else None
    return prev is None or after_glyph or (
        nxt is not None and not _apart(body[n], nxt, blank)
        and value_count(words(nxt.text), remark) == k
    )  # fmt: skip


#: a header of two rows: each name on the header line with its columns' names under it
#: (none: a name of its own over both rows)
Groups = list[tuple[str, list[str]]]


def _stacked(
    content: Sequence[Line], i: int, n_label: int, body: Sequence[Line], k: int
) -> tuple[list[str], tuple[int, ...], list[Line], Groups | None] | None:
    """The header of the table at ``content[i]`` where its words stand on two or three
    lines (:func:`~extract.layout.spanheads.stacked_header`): its names, the lines above
    and under the header line it takes, the body after them, and the groups on the header
    line over the names under them where there are two or more
    (:func:`~extract.layout.spanheads.grouped_header`: a header of two rows); None for
    another."""
    if len(body) < 2 or value_count(words(body[0].text), False) != 0:
        return None
    if squash(body[0].text) in TOTALS | HEADER_LABELS:
        return None  # (a row's label alone on its line: "계" over "계 51 21 …")
    above = content[i - 1] if i > 0 else None
    if above is not None and (
        read_marker(above.text) is not None or above.text.strip().startswith(_CAPTION_OPEN)
    ):
        above = None
    cols = value_columns(body[1:], k)
    head = line_spans(content[i])[n_label:]
    found = (
        stacked_header(above, head, body[0], cols)
        if cols is not None
        else _stacked_words(above, words(content[i].text)[n_label:], words(body[0].text), k)
    )
    # (a group's name over the names under it: a header of two rows, "증감 / 금액")
    two = stacked_groups(above, head, body[0], cols) if cols is not None else None
    if two is not None:
        names = [n for top, lows in two[0] for n in (lows or [top])]
        over = (above.no,) if two[1] and above is not None else ()
        return names, (body[0].no, *over), list(body[1:]), two[0]
    if found is None:
        groups = grouped_header(head, body[0], cols) if cols is not None else None
        if groups is None:
            return None
        names = [n for top, lows in groups for n in (lows or [top])]
        return names, (body[0].no,), list(body[1:]), groups
    names, grouped = found
    lines = (body[0].no, above.no) if grouped and above is not None else (body[0].no,)
    return names, lines, list(body[1:]), None


def _stacked_words(
    above: Line | None, head: Sequence[str], under: Sequence[str], k: int
) -> tuple[list[str], bool] | None:
    """:func:`~extract.layout.spanheads.stacked_header` for lines that keep no columns (a
    PDF's, one space between words): the header line names the first value columns and
    the line under it the last, split where they join fewest words, under a short word
    alone on the line above, their group's name; None where no such word stands there."""
    splits = [
        (t[0] + u[0], t[1], u[1]) for m in range(1, k)
        if (t := cheapest_split(head, k - m)) is not None
        and (u := cheapest_split(under, m)) is not None
    ]  # fmt: skip
    name = " ".join(above.text.split()) if above is not None else ""
    if not splits or any(is_value(w) for w in under) or squash(name) not in COLUMN_GROUP_WORDS:
        return None  # (with no columns to go by, only under a group's name: "증 감")
    _, tops, lows = min(splits, key=lambda x: x[0])
    return [*tops, *(f"{name} {w}" for w in lows)], True


#: how a caption or a note opens: no group's name over a header
_CAPTION_OPEN = ("(", "（", "[", "<", "※", "*")


def _or_stacked(content: Sequence[Line], i: int, grids: list[Grid]) -> int:
    """Where the header at ``i`` gave no table by its row label: a table under a header of
    two rows with columns of words (:func:`stacked_aligned_table`), added to ``grids``;
    the index to go on from."""
    found = stacked_aligned_table(content, i)
    if found is None:
        return i + 1
    grids.append(found[0])
    return found[1]


def infer_grids(lines: Sequence[Line]) -> list[Grid]:
    """The tables of a text export (see the module docstring)."""
    content = [ln for ln in lines if ln.is_content]
    blank = frozenset(ln.no for ln in lines if ln.is_blank)
    grids: list[Grid] = []
    i = 0
    while i < len(content):
        head = content[i]
        toks = words(head.text)
        n_label = header_label(toks) if read_marker(head.text) is None else 0
        # a last column of remarks ("… 증감률 비고"): its cells are the words after a row's
        # values, whatever they are ("시설 조성 완료", "사고이월 200,000")
        n_remark = remark_words(toks[n_label:]) if n_label else 0
        remark = n_remark > 0
        if not n_label or len(toks) - n_label - n_remark < 1:
            found = (
                aligned_table(content, i) or stacked_aligned_table(content, i)
                or year_table(content, i)
                if read_marker(head.text) is None
                else None
            )
            if found is not None:
                grids.append(found[0])
                i = found[1]
                continue
            i += 1
            continue
        body: list[Line] = []
        j = i + 1
        while j < len(content):
            ln = content[j]
            t = words(ln.text)
            if (
                read_marker(ln.text) is not None
                and not _sub_row(ln, remark) and not _glyph_row(ln, remark)
            ) or (
                # (a row label's word, "과", that is the rest of the name above it:
                # "어르신장애인  30  29" / "과")
                header_label(t) and not (body and goes_on(body[-1], ln, remark))
            ):
                break
            if value_count(t, remark) == 0 and len(ln.text.strip()) > MAX_LABEL_ROW and not (
                j == i + 1 and (len(t) <= MAX_UNDER_WORDS or spelled_out(t))
            ):  # (the words of a header's second row may stand wide apart)
                break
            body.append(ln)
            j += 1
        # (a name a narrow cell wrapped goes on on the lines under its row)
        body, wraps = fold_wraps(body, remark)
        # label-only lines at the end are not rows: the table ends at its last value row
        while body and value_count(words(body[-1].text), remark) == 0:
            body.pop()
        # (the groups' names under the header's, a row of years alone: "2025년 | 2026년"
        # under "일반회계 | 특별회계 | 일반회계 | 특별회계")
        years_row, body = groups_under(body, remark)
        counts = Counter(value_count(words(ln.text), remark) for ln in body)
        counts.pop(0, None)
        if not counts:
            i = _or_stacked(content, i, grids)
            continue
        k = counts.most_common(1)[0][0]
        # (a row that leaves columns empty that those after it fill, or fills more than
        # the commonest count: each figure in the column it stands under)
        if not (remark or wraps or years_row is not None) and (
            sparse := sparse_grid(head, body, k, remark)
        ) is not None:
            grids.append(sparse)
            i = content.index(body[-1]) + 1
            continue
        # the table ends before the first row whose values do not fill its columns
        filled: list[Line] = []  # (the rows above that fill them)
        for n, ln in enumerate(body):
            t = words(ln.text)
            c = value_count(t, remark)
            # (a total may leave a column empty: "계 1,236,000" over "사업량 | 사업비")
            total = bool(t) and t[0] in TOTALS and (
                0 < c < k
                # (or the count of a column of names before them: "계  16팀  112  108" under
                # "과 | 팀 | 정원 | 현원")
                or (c == k + 1 and len(t) == c + 1 and _HANGUL.search(t[1]) is not None)
            )
            # (or whose figures, after a level's glyph, stand out of its columns)
            if (c not in (0, k) and not total) or (
                _glyph_row(ln, remark) and not _glyph_in_table(body, n, filled, k, remark, blank)
            ):
                body = body[:n]
                break
            if c == k:
                filled.append(ln)
        while body and value_count(words(body[-1].text), remark) == 0:
            body.pop()
        if not body:
            i = _or_stacked(content, i, grids)
            continue
        named = toks[n_label : len(toks) - n_remark]
        # (a line of units alone under a header of no remarks, "(백만원)" under 사업비: its
        # columns' units, no row of a second header; those of remarks' below)
        lifted: Line | None = None
        if not remark and len(body) > 1 and bracket_row(body[0]):
            under = aligned_header(head, n_label, body[1:], k) or split_header(named, k)
            if under is not None and units_under(head, n_label, under, body[0], remark=False):
                lifted, body = body[0], body[1:]
        stacked = None if remark else _stacked(content, i, n_label, body, k)
        if years_row is not None:
            stacked = lower_stacked(
                line_spans(head)[n_label:], years_row, body, value_columns(body, k)
            )
            if stacked is None:
                i = _or_stacked(content, i, grids)
                continue
        if stacked is None and len(body[0].text.strip()) > MAX_LABEL_ROW and not value_count(
            words(body[0].text), remark
        ) and not (remark and bracket_row(body[0])):  # (its columns' units: a header's)
            # (a line of words under it that is no row of a header: no table here)
            i = _or_stacked(content, i, grids)
            continue
        extra: tuple[int, ...] = ()  # (the header's lines above and under its own)
        header: list[str] | None
        groups: Groups | None = None  # (a header of two rows)
        if stacked is not None:
            header, extra, body, groups = stacked
        else:
            header = (
                split_header(named, k)
                if remark
                else aligned_header(head, n_label, body, k) or split_header(named, k)
            )
        if header is not None and lifted is not None:
            united = units_under(head, n_label, header, lifted, remark=False)
            if united is not None:
                header, extra = united, (*extra, lifted.no)
        over_line: Line | None = None  # (a group's name alone on the line over the header)
        if header is not None and stacked is None and not remark and lifted is None and i:
            over = group_over(content[i - 1], head, n_label, header)
            if over is not None:
                groups, over_line = over, content[i - 1]
        if header is not None and remark:
            header = [*header, " ".join(toks[len(toks) - n_remark :])]
            # (a line of units alone under the header, "(백만원)" under 사업비: its column's)
            if len(body) > 1 and (united := units_under(head, n_label, header, body[0])):
                header, extra, lifted, body = united, (*extra, body[0].no), body[0], body[1:]
        rows = [(remark_row if remark else label_row)(words(ln.text), k) for ln in body]
        taken = sorted([*body, *(w for ln in body for _, w in wraps.get(ln.no, ()))],
                       key=lambda ln: ln.no)  # fmt: skip
        if remark and (wide := remark_gap_grid(head, n_label, n_remark, k, taken, lifted)):
            grids.append(wide)  # ("사업비 | 사업기간 | 비 고": each row's date its own)
            i = content.index(taken[-1]) + 1
            continue
        if header is None or any(r is None for r in rows):
            # (columns of words between the label and the values: "공모기관 | 선정일")
            if (grid := gap_grid(head, taken)) is not None:
                grids.append(grid)
                i = content.index(taken[-1]) + 1
                continue
            i = _or_stacked(content, i, grids)
            continue
        split = None if remark or groups else text_column(head, n_label, body, k)
        if split is not None:  # ("팀 명 | 담 당 업 무 | 인 원": a column of words)
            header, rows = split[0], list(split[1])
        levels = None if remark or groups or split is not None else two_labels(body, rows)
        if levels is not None:
            levels = centred_groups(levels)  # ("수 입" printed on its block's middle row)
            levels, more = group_wraps(body, levels, wraps)
            grids.append(
                two_label_grid(head, toks[:n_label], header, body, rows, levels, more)
            )
            i = content.index(taken[-1]) + 1
            continue
        label = " ".join(toks[:n_label])
        if groups is not None:
            # (the groups' names on the line above the header's, or under it: years)
            cells = (
                _grouped_cells(label, groups, head, (head.no,), extra)
                if years_row is not None
                else _grouped_cells(label, groups, head, (head.no,), (over_line.no,))
                if over_line is not None
                else _grouped_cells(label, groups, head, extra[:1], extra[1:])
            )
        else:
            cells = [Cell(0, 0, paragraphs=(label,), lines=(head.no,), page=head.page)]
            cells += _header_cells(header, head, years_under(body), extra)
        top = 2 if groups is not None else 1  # (the first body row)
        group: Cell | None = None  # (beside a column of words: the last group's name)
        for r, (ln, texts) in enumerate(
            wrapped_rows(body, rows, wraps, split is not None), top
        ):
            for c, parts in enumerate(texts):
                if split is not None and c == 0 and not parts and texts[1] and group is not None:
                    group.row_span += 1  # (a group's name merged down over its items)
                    continue
                nos = tuple(no for _, no in parts[1:])
                cell = Cell(r, c, paragraphs=tuple(t for t, _ in parts), lines=(ln.no, *nos),
                            page=ln.page)  # fmt: skip
                cells.append(cell)
                if c == 0:
                    group = cell if split is not None and parts and texts[1] else None
        width = k + 2 if remark or split is not None else k + 1
        grids.append(
            Grid(cells, len(body) + top, width, "inferred", head.page, taken[-1].page)
        )
        i = content.index(taken[-1]) + 1
    return grids
