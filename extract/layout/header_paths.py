"""Header paths: every body cell's row and column header path, in its own panel where a
table is printed as panels side by side, with the labels a drawing leaves implicit (a group
label over an empty place, a bracket's rows set in, a ditto mark, a serial column's names).

Below :mod:`extract.layout.tables`; above :mod:`extract.layout.headers`, whose header rows
and row-header columns it measures with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extract.layout.cells import TableCell
from extract.layout.colpaths import level_labels
from extract.layout.headers import (
    MAX_ROW_HEADER_COLS,
    bands_column,
    header_name,
    header_rows,
    is_band,
    is_word,
    row_header_cols,
    squash_label,
)
from extract.layout.sublabels import sub_label_column
from extract.layout.vocab import (
    BULLETS,
    DITTO_MARKS,
    GROUP_HEAD_WORDS,
    NAME_ENDINGS,
    SERIAL_LABELS,
    UNIT_NAME_ENDINGS,
)


def panel_width(cells: Sequence[TableCell], head: int, n_cols: int) -> int:
    """How many columns one panel of the table spans: a table printed as panels side by
    side repeats its header ("구 분 | 예산액 | 구 분 | 예산액"); n_cols when it does not.

    Each panel's first columns label its own rows (세외수입 beside 지방세).
    """
    if head == 0:
        return n_cols
    heads = [c for c in cells if c.row < head]
    for width in range(2, n_cols // 2 + 1):
        if n_cols % width:
            continue
        if any(c.col // width != (c.col + c.col_span - 1) // width for c in heads):
            continue  # a header cell over two panels: one table
        panels: list[list[tuple[int, int, int, int, str]]] = [[] for _ in range(n_cols // width)]
        for c in heads:
            panels[c.col // width].append(
                (c.row, c.col % width, c.row_span, c.col_span, squash_label(c.text))
            )
        first = sorted(panels[0])
        if any(t for *_, t in first) and all(sorted(p) == first for p in panels[1:]):
            return width
    return grouped_panel_width(cells, head, n_cols)


def grouped_panel_width(cells: Sequence[TableCell], head: int, n_cols: int) -> int:
    """Panels that a top header row names, one cell over each ("정원별 인력 차등 지원" |
    "면적별 설치비 차등 지원"), each panel's first column labelling its own rows (bands
    "30명 이하" beside "132㎡ 미만"); n_cols when the table is not such."""
    top = [c for c in cells if c.row == 0]
    if head < 2 or len(top) < 2 or any(c.row_span != 1 or not c.text for c in top):
        return n_cols
    width = top[0].col_span
    if width < 2 or sorted(c.col for c in top) != list(range(0, n_cols, width)):
        return n_cols
    if any(c.col_span != width for c in top):
        return n_cols
    body = [c for c in cells if c.row >= head and c.text]
    for first in range(0, n_cols, width):
        col = [c for c in body if c.col == first]
        # (words, or bands, each once: "채용 50명" or "완료, 완료, 추진중" under a group are
        # entries, not rows' labels)
        if not col or not all(is_band(c.text) or is_word(c.text) for c in col):
            return n_cols
        if len({squash_label(c.text) for c in col}) < len(col):
            return n_cols
    return width


def group_labels(
    grid: Mapping[tuple[int, int], TableCell], head: int, side: int, n_cols: int
) -> dict[tuple[int, int], TableCell]:
    """Empty header places that a group label to their left covers: "증감(B-A)" printed over
    its first column, a rule drawn under it only there, "%" under the empty place beside it.

    An empty header cell with a sub-header below it takes the label of the header cell
    on its left in the same row."""
    out: dict[tuple[int, int], TableCell] = {}
    for r in range(head - 1):
        for k in range(side + 1, n_cols):
            here, left = grid.get((r, k)), grid.get((r, k - 1))
            if here is None or here.text or left is None or not left.text or left.col < side:
                continue
            below = [grid.get((b, k)) for b in range(r + 1, head)]
            if any(h is not None and h is not here and h.text for h in below):
                out[(r, k)] = out.get((r, k - 1), left)
    return out


#: row labels of a total: the rows set in under one are not its parts in a path (a reader
#: would take a part for the total)
TOTAL_ROW_LABELS = frozenset({"계", "합계", "총계", "소계", "총괄"})


def bracket_labels(
    grid: Mapping[tuple[int, int], TableCell], head: int, side: int, shape: tuple[int, int, int]
) -> dict[tuple[int, int], TableCell]:
    """Empty row-header places under a row label that spans the header columns: the rows
    set in by one column under it (a bracket) are its parts ("특 별 회 계" over two columns,
    then an empty cell beside "교통사업특별회계", "광역교통시설특별회계", ...).

    The place must have nothing but empty places left of it in its row; one empty cell
    of one row goes on from the place above it, but a merged empty cell closes its group
    where it ends; a total's label (합계) is no group's."""
    n_rows, n_cols, width = shape  # (width: a panel's, where panels stand side by side)
    out: dict[tuple[int, int], TableCell] = {}
    for base in range(0, n_cols, max(width, 1)):
        for k in range(base, base + side - 1):
            for r in range(head + 1, n_rows):
                here, above = grid.get((r, k)), grid.get((r - 1, k))
                if here is None or here.text or here.row != r or above is None:
                    continue
                if any((c := grid.get((r, j))) is not None and c.text for j in range(base, k)):
                    continue  # a label left of it: this is no set-in row
                label = out.get((r - 1, k), above) if above.row_span == 1 else above
                spans = label.col + label.col_span > k + 1
                beside = grid.get((r - 1, k + 1))
                if (
                    not label.text
                    and above.row_span == 1
                    and here.row_span > 1
                    and beside is not None
                    and beside.col == k + 1
                    and beside.row_span == 1
                    and k + 1 < base + side
                ):
                    # (an empty place left of a label is part of it, the label drawn
                    # split off it: "기 타 특 별 회 계" over its 12 accounts, set in under
                    # one empty cell, as "공 기 업 특 별 회 계" over both columns is)
                    label, spans = beside, True
                if label.text and spans and squash_label(label.text) not in TOTAL_ROW_LABELS:
                    for rr in range(r, r + here.row_span):
                        out[(rr, k)] = label
    return out


def header_paths(
    cells: list[TableCell], n_rows: int, n_cols: int, drawn_head: int | None = None
) -> tuple[int, int]:
    """Mark header cells and give every body cell its row and column header path (in its
    own panel, where the table is printed as panels side by side); ``drawn_head`` is the
    header the drawing sets apart, where it does."""
    head = header_rows(cells, n_rows) if drawn_head is None else drawn_head
    width = panel_width(cells, head, n_cols)
    side = row_header_cols([c for c in cells if c.col < width], width, head)
    grid: dict[tuple[int, int], TableCell] = {}
    for c in cells:
        for r in range(c.row, c.row + c.row_span):
            for k in range(c.col, c.col + c.col_span):
                grid[(r, k)] = c
    named = _name_column(cells, head, side, width)
    sub = sub_label_column(cells, head, side, width)  # (국비 under a project's period)
    # (a column of bands names a row where its group holds several, "일반용 / 301 이상";
    # a group of one band, "가정용 | 전구간", is named by the group alone)
    banded = {
        k for c in cells if c.row < head and bands_column(c.text)
        for k in range(c.col, c.col + c.col_span) if 0 < k % width < side
    }  # fmt: skip
    grid.update(group_labels(grid, head, side, n_cols))
    grid.update(bracket_labels(grid, head, side, (n_rows, n_cols, width)))
    grid.update(level_labels(grid, head, side, (n_rows, n_cols, width),
                             lambda t: squash_label(t) in TOTAL_ROW_LABELS))  # fmt: skip
    for c in cells:
        base = c.col - c.col % width  # the first column of the cell's panel
        c.is_header = c.row < head or c.col < base + side
        col_parts: list[TableCell] = []
        for r in range(head):
            h = grid.get((r, c.col))
            if (
                h is not None and h is not c and h.text and h not in col_parts
                and h.col + h.col_span > base + side
            ):  # fmt: skip
                col_parts.append(h)
        row_parts: list[TableCell] = []
        # a body cell merged over several rows stands in each: it has each row's header
        for r in range(c.row, c.row + (c.row_span if c.col >= base + side else 1)):
            names = [base + named] if named else []
            if sub is not None and c.col > sub:
                names.append(sub)
            for k in [*range(base, base + side), *names]:
                h = grid.get((r, k))
                if (
                    h is not None and h is not c and h.text and h not in row_parts
                    and h.row >= head and not (k in banded and _one_band(grid, h, k))
                ):  # fmt: skip
                    row_parts.append(h)
        c.col_header = " / ".join(header_name(h.text) for h in col_parts) if c.row >= head else ""
        row_names = [header_name(_undittoed(h, grid, head)) for h in row_parts]
        c.row_header = " / ".join(row_names) if c.col >= base + side else ""
    _name_groups(cells, grid, head, side)
    return head, side


def _one_band(grid: Mapping[tuple[int, int], TableCell], band: TableCell, k: int) -> bool:
    """Whether a band's cell is the only one of its group, the cell left of it over the
    same rows ("가정용" beside "전구간")."""
    left = grid.get((band.row, k - 1))
    return left is not None and (left.row, left.row_span) == (band.row, band.row_span)


def _name_groups(
    cells: Sequence[TableCell], grid: Mapping[tuple[int, int], TableCell], head: int, side: int
) -> None:
    """Rows whose header paths are alike ("국 비" under "계(부경대)" and again under
    "계(부산대)"; "· 생활폐기물" under two "◦" rows) take the label of the row over their
    group into their paths, before their own label, where that tells them apart."""
    body = [c for c in cells if not c.is_header and c.row_header]
    rows: dict[str, set[int]] = {}
    by_row: dict[int, list[TableCell]] = {}
    for c in body:
        rows.setdefault(c.row_header, set()).add(c.row)
        by_row.setdefault(c.row, []).append(c)
    alike = {path: found for path, found in rows.items() if len(found) > 1}
    repeated = {r for found in alike.values() for r in found}
    for path, found in alike.items():
        named: dict[int, str] = {}
        for r in found:
            head_of = _group_head(grid, r, head, side, repeated)
            if head_of is None:
                break
            own, label = head_of
            parts = path.split(" / ")
            at = parts.index(own) if own in parts else len(parts) - 1
            named[r] = " / ".join([*parts[:at], label, *parts[at:]])
        if len(named) != len(found) or len(set(named.values())) != len(named):
            continue  # (only where every row's group tells it apart)
        for r, new in named.items():
            for c in by_row[r]:
                if c.row_header == path:
                    c.row_header = new


def _group_head(
    grid: Mapping[tuple[int, int], TableCell],
    r: int,
    head: int,
    side: int,
    repeated: set[int],
) -> tuple[str, str] | None:
    """(the row's own label, the label over its group): the nearest row above, in a
    row-header column, past rows alike (``repeated``), that heads a group (a total,
    "계(부경대)", or a bullet of another kind: "◦" over "·"), where the row's cell there
    is its own (not one over several rows)."""
    for k in range(side):
        cell = grid.get((r, k))
        if cell is None or not cell.text.strip() or cell.row != r or cell.row_span > 1:
            continue
        text = cell.text.strip()
        lead = text[:1]
        for q in range(r - 1, head - 1, -1):
            above = grid.get((q, k))
            if above is None or above is cell or not above.text.strip():
                continue
            if q in repeated:
                continue  # (a row alike above it: the group goes on)
            up = above.text.strip()
            total = _GROUP_HEAD.match(squash_label(up)) is not None
            if (total and _GROUP_HEAD.match(squash_label(text)) is None) or (
                lead in BULLETS and up[:1] in BULLETS and up[:1] != lead
            ):
                return header_name(text), header_name(up)
            break  # (the first row above the group heads none)
    return None


#: a total's label over its group ("계(부경대)", "소계"), not a word that begins alike
_GROUP_HEAD = re.compile("^(?:" + "|".join(sorted(GROUP_HEAD_WORDS, key=len, reverse=True))
                         + r")(?=$|\()")  # fmt: skip


def _name_column(cells: Sequence[TableCell], head: int, side: int, width: int) -> int | None:
    """Where the rows are labelled by serial numbers only (연번), the column after them
    that names each row (업체명, 공모명): its text goes on each row's header path too."""
    if side != 1 or not head:
        return None
    tops = {c.col: squash_label(c.text) for c in cells if c.row < head}
    if tops.get(0, "").casefold() not in SERIAL_LABELS:
        return None
    for k in range(1, min(width, 1 + MAX_ROW_HEADER_COLS)):
        label = tops.get(k, "")
        stem = label.split("(", 1)[0]  # (사업명(사업내용): its name before the bracket)
        if stem.endswith(UNIT_NAME_ENDINGS):
            continue
        if stem.endswith(NAME_ENDINGS):
            return k
    return None


def _undittoed(cell: TableCell, grid: Mapping[tuple[int, int], TableCell], head: int) -> str:
    """A row header's text, or where it is a ditto mark ("〃"), that of the nearest cell
    above it in its column that is not one."""
    if cell.text.strip() not in DITTO_MARKS:
        return cell.text
    for r in range(cell.row - 1, head - 1, -1):
        above = grid.get((r, cell.col))
        if above is not None and above.text.strip() and above.text.strip() not in DITTO_MARKS:
            return above.text
    return cell.text
