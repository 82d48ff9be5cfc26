"""Render the sample text as a Hancom-style PDF: tests/fixtures/seoul-innovation-bureau-2021.pdf.

The project's only real report is a text export (samples/seoul-innovation-bureau-2021.txt);
councils publish the same reports as PDFs exported from HWP.  This script draws the
sample the way such an export looks, so the PDF reader can be tested against the text:

* A4, NanumGothic embedded as subsets, "- N -" footers centred at the bottom;
* headings larger and "bold" the way HWP fakes it: every glyph drawn twice, 0.3 pt apart;
* the sample's line breaks are the visual line breaks (a line that is too wide is drawn
  smaller, never re-wrapped), so the text layer carries the sample's characters line by line;
* the private-use bullet U+F000 stays U+F000 in the text layer (the embedded font gets a
  cmap entry that draws it as a black square, as Hancom's symbol fonts do);
* ruled tables (staffing, budget, functions, the policy matrix, every 예산 집행계획, the
  budget appendix, the audit summary and the audit findings over many pages), the org
  chart with vertical team names, one project card per page.

Every non-blank line of the sample is drawn exactly once; the script checks that (token by
token) before it writes the file.  The output is deterministic (reportlab invariant mode).

Install (once, by hand; tests never need the font):
    apt-get install -y fonts-nanum
    .venv/bin/pip install reportlab fonttools
Run from the repository root:
    .venv/bin/python tools/make_sample_pdf.py
    (options: --font PATH to NanumGothic.ttf, --text PATH, --out PATH)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXT = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"
DEFAULT_FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
FONT = "NanumGothic"

#: code points the sample uses that NanumGothic lacks -> the glyph (by code point) to draw.
#: The text layer keeps the original code point: reportlab writes ToUnicode from the cmap key.
GLYPH_ALIASES = {
    0xF000: 0x25A0,  # private-use bullet of Hancom exports -> black square
    0x2219: 0x00B7,  # ∙ bullet operator -> middle dot
    0x2024: 0x00B7,  # ․ one dot leader
    0x2027: 0x00B7,  # ‧ hyphenation point
    0xFF65: 0x00B7,  # ･ half-width katakana middle dot
    0x2023: 0x25B6,  # ‣ triangular bullet -> black right triangle
    0x25B8: 0x25B6,  # ▸
    0x27A4: 0x25B6,  # ➤
    0x27A9: 0x21D2,  # ➩ -> double arrow
}

PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R = 57.0, 57.0
TOP, BOTTOM = PAGE_H - 56.0, 64.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
BOLD_OFFSET = 0.3  # HWP's fake bold: the same glyph again, a fraction of a point to the right

HEADER_FILL = (0.85, 0.89, 0.95)
TITLE_FILL = (0.11, 0.24, 0.38)
SHADE_FILL = (0.94, 0.94, 0.94)


# --- the source text -----------------------------------------------------------------


@dataclass(frozen=True)
class Frag:
    """A whole source line, or the tokens [first, last) of it: one visual line's text."""

    no: int
    first: int
    last: int
    text: str


class Source:
    """The sample's lines, and a ledger of which tokens have been drawn."""

    def __init__(self, path: Path) -> None:
        raw = path.read_text(encoding="utf-8").split("\n")
        self.lines = {i: line for i, line in enumerate(raw, start=1)}
        self.used: dict[int, list[tuple[int, int]]] = {}

    def text(self, no: int) -> str:
        return self.lines[no]

    def spans(self, no: int) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(r"\S+", self.lines[no])]

    def frag(self, no: int, first: int = 0, last: int | None = None) -> Frag:
        spans = self.spans(no)
        if not spans:
            raise ValueError(f"line {no} is blank")
        last = len(spans) if last is None else last
        if not 0 <= first < last <= len(spans):
            raise ValueError(f"line {no}: tokens [{first}, {last}) out of range")
        # the raw substring keeps the line's own spacing (double spaces, letter spacing)
        return Frag(no, first, last, self.lines[no][spans[first][0] : spans[last - 1][1]])

    def split(self, no: int, *sizes: int) -> list[Frag]:
        """Line ``no`` cut into consecutive token groups; a size of 0 means "the rest"."""
        total = len(self.spans(no))
        rest = total - sum(sizes)
        frags, start = [], 0
        for size in sizes:
            n = size or rest
            frags.append(self.frag(no, start, start + n))
            start += n
        if start != total:
            raise ValueError(f"line {no}: split {sizes} covers {start} of {total} tokens")
        return frags

    def nonblank(self, first: int, last: int) -> list[int]:
        return [n for n in range(first, last + 1) if self.lines[n].strip()]

    def mark(self, frag: Frag) -> None:
        self.used.setdefault(frag.no, []).append((frag.first, frag.last))

    def check_all_drawn(self) -> None:
        problems = []
        for no, line in self.lines.items():
            n = len(line.split())
            got = sorted(self.used.get(no, []))
            if n == 0:
                continue
            covered = [t for a, b in got for t in range(a, b)]
            if covered != list(range(n)):
                problems.append(f"line {no}: drew tokens {got} of {n}: {line.strip()[:40]}")
        if problems:
            raise SystemExit(
                "the PDF would not carry the sample's text:\n" + "\n".join(problems[:20])
            )


# --- fonts -----------------------------------------------------------------------------


def prepare_font(src: Path, workdir: Path) -> Path:
    """A copy of the font whose cmap also maps U+F000 and the other missing code points."""
    font = FontToolsFont(str(src), recalcTimestamp=False)  # a fixed head.modified: same bytes
    best = font.getBestCmap()
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for code, like in GLYPH_ALIASES.items():
            if code in best:
                continue
            if code <= 0xFFFF or table.format in (12, 13):
                table.cmap[code] = best[like]
    out = workdir / "NanumGothic-bogoseo.ttf"
    font.save(str(out))
    return out


def width(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, size))


# --- tables ----------------------------------------------------------------------------


@dataclass
class Cell:
    frags: list[Frag]
    colspan: int = 1
    rowspan: int = 1
    align: str = "center"
    bold: bool = False
    fill: tuple[float, float, float] | None = None
    white: bool = False
    size: float | None = None


@dataclass
class Table:
    widths: list[float]
    rows: list[list[Cell]]
    size: float = 9.5
    leading: float = 13.5
    pad: float = 4.0
    min_row: float = 20.0
    #: "stroke": each cell a stroked rectangle; "hancom": borders as thin filled rectangles
    borders: str = "stroke"


@dataclass
class Placed:
    cell: Cell
    row: int
    col: int


def place(table: Table) -> tuple[list[Placed], list[float]]:
    """Grid positions of the cells (row spans push later cells right) and row heights."""
    taken: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    ncols = len(table.widths)
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            if c + cell.colspan > ncols:
                raise ValueError(f"row {r} is wider than the table")
            placed.append(Placed(cell, r, c))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    heights = [table.min_row] * len(table.rows)
    for p in placed:
        if p.cell.rowspan == 1:
            heights[p.row] = max(heights[p.row], need(table, p.cell))
    for p in placed:
        if p.cell.rowspan > 1:
            span = range(p.row, p.row + p.cell.rowspan)
            short = need(table, p.cell) - sum(heights[r] for r in span)
            if short > 0:
                heights[span[-1]] += short
    return placed, heights


def need(table: Table, cell: Cell) -> float:
    return len(cell.frags) * table.leading + 2 * table.pad


def row_groups(placed: list[Placed], nrows: int) -> list[range]:
    """Runs of rows that row-spanning cells tie together (never split across pages)."""
    end = list(range(1, nrows + 1))
    for p in placed:
        end[p.row] = max(end[p.row], p.row + p.cell.rowspan)
    groups, start = [], 0
    while start < nrows:
        stop = end[start]
        r = start
        while r < stop:
            stop = max(stop, end[r])
            r += 1
        groups.append(range(start, stop))
        start = stop
    return groups


# --- the page writer -------------------------------------------------------------------


@dataclass
class Writer:
    canvas: Canvas
    src: Source
    page: int = 1
    y: float = TOP
    drawn_on_page: bool = False
    log: list[str] = field(default_factory=list)

    # pages

    def new_page(self) -> None:
        if not self.drawn_on_page:
            return
        self.footer()
        self.canvas.showPage()
        self.page += 1
        self.y = TOP
        self.drawn_on_page = False

    def footer(self) -> None:
        self.canvas.setFillColorRGB(0, 0, 0)
        self.canvas.setFont(FONT, 9)
        self.canvas.drawCentredString(PAGE_W / 2, 34, f"- {self.page} -")

    def ensure(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def space(self, height: float) -> None:
        if self.drawn_on_page:
            self.y -= height

    def finish(self) -> None:
        if self.drawn_on_page:
            self.footer()
            self.canvas.showPage()

    # text

    def draw(
        self,
        frag: Frag,
        x: float,
        baseline: float,
        size: float,
        *,
        bold: bool = False,
        align: str = "left",
        max_width: float | None = None,
        white: bool = False,
    ) -> None:
        """Draw one visual line; too wide -> smaller (never re-wrapped)."""
        text = frag.text
        w = width(text, size)
        if max_width is not None and w > max_width:
            size = size * max_width / w
            w = max_width
            if size < 5.5:
                self.log.append(f"line {frag.no} drawn at {size:.1f} pt")
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        cv = self.canvas
        cv.setFont(FONT, size)
        cv.setFillColorRGB(*((1.0, 1.0, 1.0) if white else (0.0, 0.0, 0.0)))
        if bold:
            for ch in text:
                cv.drawString(x, baseline, ch)
                cv.drawString(x + BOLD_OFFSET, baseline, ch)
                x += width(ch, size)
        else:
            cv.drawString(x, baseline, text)
        cv.setFillColorRGB(0, 0, 0)
        self.src.mark(frag)
        self.drawn_on_page = True

    def line(
        self,
        no: int | Frag,
        *,
        size: float = 11.0,
        bold: bool = False,
        align: str = "left",
        indent: float = 0.0,
        leading: float | None = None,
    ) -> None:
        frag = no if isinstance(no, Frag) else self.src.frag(no)
        lead = leading or size * 1.65
        self.ensure(lead)
        baseline = self.y - lead * 0.72
        x = {"left": MARGIN_L + indent, "center": PAGE_W / 2, "right": PAGE_W - MARGIN_R}[align]
        self.draw(frag, x, baseline, size, bold=bold, align=align, max_width=CONTENT_W - indent)
        self.y -= lead

    def pair(self, left: Frag, right: Frag, *, size: float = 11.0, bold_left: bool = True) -> None:
        """A label on the left and a unit on the right of one visual line."""
        lead = size * 1.65
        self.ensure(lead)
        baseline = self.y - lead * 0.72
        self.draw(left, MARGIN_L, baseline, size, bold=bold_left)
        self.draw(right, PAGE_W - MARGIN_R, baseline, size * 0.85, align="right")
        self.y -= lead

    # tables

    def table(self, table: Table, *, splittable: bool = False, x0: float = MARGIN_L) -> None:
        placed, heights = place(table)
        groups = row_groups(placed, len(table.rows))
        if not splittable:
            self.ensure(sum(heights))
        for group in groups:
            h = sum(heights[r] for r in group)
            if self.y - h < BOTTOM:
                if h > TOP - BOTTOM:
                    self.draw_split_row(table, placed, heights, group, x0)
                    continue
                self.new_page()
            self.draw_rows(table, placed, heights, group, x0, self.y)
            self.y -= h

    def draw_split_row(
        self, table: Table, placed: list[Placed], heights: list[float], group: range, x0: float
    ) -> None:
        """A row taller than a page: its cells' lines go on as a row on the next page."""
        if len(group) != 1:
            raise SystemExit("a group of row-spanning rows is taller than a page")
        r = group[0]
        cells = [p for p in placed if p.row == r]
        rest = [list(p.cell.frags) for p in cells]
        while any(rest):
            if self.y - (table.pad * 2 + table.leading * 3) < BOTTOM:
                self.new_page()
            fit = int((self.y - BOTTOM - 2 * table.pad) // table.leading)
            part = [
                Placed(Cell(frags[:fit], p.cell.colspan, 1, p.cell.align, p.cell.bold), 0, p.col)
                for p, frags in zip(cells, rest, strict=True)
            ]
            h = max(need(table, p.cell) for p in part)
            self.draw_rows(table, part, [h], range(0, 1), x0, self.y)
            self.y -= h
            rest = [frags[fit:] for frags in rest]
            self.log.append(f"a table row was split across pages at page {self.page}")
            if any(rest):
                self.new_page()

    def draw_rows(
        self,
        table: Table,
        placed: list[Placed],
        heights: list[float],
        group: range,
        x0: float,
        top: float,
    ) -> None:
        cv = self.canvas
        lefts = [x0 + sum(table.widths[:i]) for i in range(len(table.widths) + 1)]
        for p in placed:
            if p.row not in group:
                continue
            cell = p.cell
            x = lefts[p.col]
            w = lefts[p.col + cell.colspan] - x
            y_top = top - sum(heights[r] for r in range(group.start, p.row))
            h = sum(heights[r] for r in range(p.row, p.row + cell.rowspan))
            if cell.fill:
                cv.setFillColorRGB(*cell.fill)
                cv.rect(x, y_top - h, w, h, stroke=0, fill=1)
                cv.setFillColorRGB(0, 0, 0)
            self.border(table, x, y_top - h, w, h)
            size = cell.size or table.size
            n = len(cell.frags)
            first = y_top - (h - n * table.leading) / 2
            for i, frag in enumerate(cell.frags):
                baseline = first - i * table.leading - table.leading / 2 - size * 0.35
                tx = {"left": x + table.pad, "center": x + w / 2, "right": x + w - table.pad}
                self.draw(
                    frag,
                    tx[cell.align],
                    baseline,
                    size,
                    bold=cell.bold,
                    align=cell.align,
                    max_width=w - 2 * table.pad,
                    white=cell.white,
                )
        self.drawn_on_page = True

    def border(self, table: Table, x: float, y: float, w: float, h: float) -> None:
        cv = self.canvas
        if table.borders == "hancom":
            t = 0.4  # Hancom draws rules as thin filled rectangles
            sides = ((x, y, w, t), (x, y + h - t, w, t), (x, y, t, h), (x + w - t, y, t, h))
            for rx, ry, rw, rh in sides:
                cv.rect(rx, ry, rw, rh, stroke=0, fill=1)
        else:
            cv.setLineWidth(0.6)
            cv.rect(x, y, w, h, stroke=1, fill=0)


# --- the report ------------------------------------------------------------------------

#: labels of a project card's blocks (the U+F000 lines that are not summary bullets)
CARD_LABELS = {
    "추진방향", "추진계획", "사업개요", "추진경과", "추진근거", "추진개요", "예산 집행계획",
    "추진일정", "서울혁신파크 조성 사업개요", "글로벌 사회혁신 클러스터 추진계획",
}
PU = "\uf000"


def lines_of(w: Writer, *nos: int) -> list[Frag]:
    return [w.src.frag(n) for n in nos]


def cells(frags: Iterable[Frag], **kw: Any) -> list[Cell]:
    return [Cell([f], **kw) for f in frags]


def indent_for(text: str) -> float:
    t = text.lstrip()
    if t.startswith(("○", "◦", "ㅇ")):
        return 8.0
    if t.startswith(("－", "-", "※", "*")):
        return 20.0
    if t.startswith(("·", "∙", "․", "‣", "▸")):
        return 30.0
    return 0.0


def running(w: Writer, first: int, last: int, *, size: float = 11.0) -> None:
    """Body lines, one visual line each; a wrapped continuation keeps its bullet's indent."""
    prev = 0.0
    for no in w.src.nonblank(first, last):
        text = w.src.text(no)
        ind = indent_for(text)
        if ind == 0.0 and not text.lstrip().startswith(PU):
            ind = prev + (12.0 if prev else 0.0)
        else:
            prev = ind
        w.line(no, size=size, indent=ind)


def heading(w: Writer, no: int) -> None:
    """Ⅰ/Ⅱ/Ⅲ: a shaded one-cell box, big fake-bold text."""
    w.table(
        Table([CONTENT_W], [[Cell(lines_of(w, no), align="left", bold=True, fill=HEADER_FILL)]],
              size=17, leading=26, pad=5)
    )
    w.space(12)


def subheading(w: Writer, no: int | Frag) -> None:
    w.space(6)
    w.line(no, size=13, bold=True)


def org_chart(w: Writer, bureau: int, divisions: int, first_team: int, last_team: int) -> None:
    """One bureau box, three division boxes, and narrow team boxes with vertical names."""
    src, cv = w.src, w.canvas
    names: list[list[Frag]] = []
    current: list[Frag] = []
    for no in src.nonblank(first_team, last_team):
        current.append(src.frag(no))
        if src.text(no).strip() == "팀":
            names.append(current)
            current = []
    if current or len(names) != 10:
        raise SystemExit(f"org chart: expected 10 vertical team names, got {len(names)}")
    per_division = [4, 4, 2]  # teams in text order: 4 under the first division, 4, then 2
    cv.setLineWidth(0.8)
    top = w.y - 6
    bx, bw, bh = PAGE_W / 2, 130.0, 26.0
    cv.rect(bx - bw / 2, top - bh, bw, bh, stroke=1, fill=0)
    w.draw(src.frag(bureau), bx, top - bh / 2 - 4, 12, bold=True, align="center")
    centers = [MARGIN_L + CONTENT_W * f for f in (1 / 6, 3 / 6, 5 / 6)]
    div_top = top - bh - 30
    dw, dh = 120.0, 24.0
    bus = top - bh - 15
    cv.line(bx, top - bh, bx, bus)
    cv.line(centers[0], bus, centers[-1], bus)
    for cx, frag in zip(centers, src.split(divisions, 1, 1, 1), strict=True):
        cv.line(cx, bus, cx, div_top)
        cv.rect(cx - dw / 2, div_top - dh, dw, dh, stroke=1, fill=0)
        w.draw(frag, cx, div_top - dh / 2 - 3.5, 10.5, align="center")
    team_top = div_top - dh - 30
    tw, pitch, size = 20.0, 12.5, 10.0
    th = max(len(n) for n in names) * pitch + 10
    k = 0
    for cx, count in zip(centers, per_division, strict=True):
        step = 34.0
        xs = [cx + (i - (count - 1) / 2) * step for i in range(count)]
        tbus = div_top - dh - 15
        cv.line(cx, div_top - dh, cx, tbus)
        cv.line(xs[0], tbus, xs[-1], tbus)
        for tx in xs:
            cv.line(tx, tbus, tx, team_top)
            cv.rect(tx - tw / 2, team_top - th, tw, th, stroke=1, fill=0)
            syllables = names[k]
            k += 1
            start = team_top - (th - len(syllables) * pitch) / 2
            for i, frag in enumerate(syllables):
                w.draw(frag, tx, start - (i + 1) * pitch + 3, size, align="center")
    w.y = team_top - th - 18
    w.drawn_on_page = True


def budget_table(
    w: Writer, header: tuple[int, int, int], items: Sequence[tuple[list[Frag], Frag, list[Frag],
                                                                 list[list[Cell]]]]
) -> None:
    """예산 집행계획: 사업명 | 예산현액 | 집행계획 over 1~4분기; each item a name cell spanning
    its amount row and its notes rows."""
    src = w.src
    h1, h2, h3 = header
    name_h, amount_h = src.split(h1, 1, 1)
    rows: list[list[Cell]] = [
        [
            Cell([name_h], rowspan=2, fill=HEADER_FILL, bold=True),
            Cell([amount_h], rowspan=2, fill=HEADER_FILL, bold=True),
            Cell([src.frag(h2)], colspan=4, fill=HEADER_FILL, bold=True),
        ],
        cells(src.split(h3, 1, 1, 1, 1), fill=HEADER_FILL, bold=True),
    ]
    for name, amount, quarters, notes in items:
        span = 1 + len(notes)
        rows.append(
            [Cell(name, rowspan=span), Cell([amount], rowspan=span, align="right"),
             *cells(quarters, align="right")]
        )
        rows.extend(notes)
    w.table(Table([104, 66, 77.5, 77.5, 77.5, 78.5], rows, size=9, leading=12.5, pad=4))


def note(*frag_lists: list[Frag], spans: Sequence[int] | None = None) -> list[Cell]:
    """One notes row under the quarters: cells of (lines), with column spans."""
    spans = spans or [1] * len(frag_lists)
    return [Cell(f, colspan=s, size=8.5) for f, s in zip(frag_lists, spans, strict=True)]


def timeline_table(w: Writer, heads: list[list[Frag]], bodies: list[list[Frag]],
                   size: float = 7.5) -> None:
    """A small stage diagram: stage boxes with ➤ between them, bullet lists under each stage."""
    arrow_w = 14.0
    body_w = [max(width(f.text, size) for f in b) + 10 for b in bodies]
    head_w = [max(width(f.text, size) for f in h) + 10 for h in heads[::2]]
    need_w = [max(a, b) for a, b in zip(body_w, head_w, strict=True)]
    scale = (CONTENT_W - arrow_w * (len(need_w) - 1)) / sum(need_w)
    widths: list[float] = []
    for i, nw in enumerate(need_w):
        widths.append(nw * scale)
        if i < len(need_w) - 1:
            widths.append(arrow_w)
    row1 = [Cell(h, size=size + 1, fill=SHADE_FILL if i % 2 == 0 else None)
            for i, h in enumerate(heads)]
    row2 = [Cell(b, colspan=2 if i < len(bodies) - 1 else 1, align="left", size=size)
            for i, b in enumerate(bodies)]
    # each bullet cell spans its stage and the arrow after it
    w.table(Table(widths, [row1, row2], size=size, leading=10.5, pad=3, min_row=16))


def finding_rows(src: Source, first: int, last: int) -> list[tuple[int, list[int], list[int]]]:
    """Audit findings between two lines: (first line, left-cell lines, right-cell lines).

    A finding row runs from a "○..." line through its "(division)" line (left cell), then
    "□ 추진상황..." up to the next finding (right cell).  The left cell is found backwards
    from each "□ 추진상황" line: the nearest line above it that starts with ○.
    """
    status = [n for n in src.nonblank(first, last) if src.text(n).strip().startswith("□ 추진상황")]
    starts = []
    for s in status:
        j = s - 1
        while not src.text(j).strip().startswith("○"):
            j -= 1
        starts.append(j)
    rows = []
    for i, (start, s) in enumerate(zip(starts, status, strict=True)):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else last
        rows.append((start, src.nonblank(start, s - 1), src.nonblank(s, end)))
    return rows


AUDIT_HEADERS = {
    "시정 및 처리 요구사항 조치결과 및 향후 추진계획": (4, 4),
    "건 의 사 항 조 치 결 과": (4, 4),
    "자료제출 등 기타사항 조 치 결 과": (3, 4),
}
AUDIT_LABELS = {"시정․처리 요구사항", "건 의 사 항", "기 타 사 항"}


def audit_findings(w: Writer, first: int, last: int) -> None:
    """붙임 2's findings: a two-column ruled table over many pages.

    Where the text repeats a header row, a new page starts with it; a finding whose first
    line starts with a space (the text's trace of a page break) starts a new page too.
    """
    src = w.src
    widths = [150.0, CONTENT_W - 150.0]

    def is_header(no: int) -> bool:
        return " ".join(src.text(no).split()) in AUDIT_HEADERS

    def is_label(no: int) -> bool:
        return " ".join(src.text(no).split()) in AUDIT_LABELS

    rows = finding_rows(src, first, last)
    starts = {r[0] for r in rows}
    special = [n for n in src.nonblank(first, last) if is_header(n) or is_label(n)]
    events = sorted([(n, "row") for n in starts] + [(n, "hdr") for n in special])
    by_start = {r[0]: r for r in rows}
    pending_break = False
    for no, kind in events:
        if kind == "hdr":
            if is_label(no):
                w.new_page()
                w.line(no, size=13, bold=True)
                w.space(4)
                continue
            if not (w.drawn_on_page and w.y > TOP - 60):
                w.new_page()
            sizes = AUDIT_HEADERS[" ".join(src.text(no).split())]
            head = cells(src.split(no, *sizes), fill=HEADER_FILL, bold=True)
            w.table(Table(widths, [head], size=10, leading=14, pad=4, min_row=24, borders="hancom"))
            pending_break = False
            continue
        start, left, right = by_start[no]
        if src.text(start).startswith(" ") and pending_break:
            w.new_page()
        pending_break = True
        # right-cell lines may include header/label lines that follow it: they are drawn above
        right = [n for n in right if not (is_header(n) or is_label(n))]
        row = [
            Cell(lines_of(w, *left), align="left"),
            Cell(lines_of(w, *right), align="left"),
        ]
        w.table(Table(widths, [row], size=10, leading=14, pad=5, borders="hancom"),
                splittable=True)


def card(w: Writer, title: int, end: int, tables: dict[int, Callable[[], int]]) -> None:
    """A project card: numbered title box, summary box, labelled blocks, tables, 추진일정."""
    src = w.src
    w.new_page()
    num, rest = src.split(title, 1, 0)
    w.table(Table([30, CONTENT_W - 30], [[
        Cell([num], fill=TITLE_FILL, white=True, bold=True, size=14),
        Cell([rest], align="left", bold=True, size=14),
    ]], leading=22, pad=5))
    w.space(10)
    body = src.nonblank(title + 1, end)
    labels = [n for n in body if is_label_line(src.text(n))]
    summary = [n for n in body if n < labels[0]]
    w.table(Table([CONTENT_W], [[Cell(lines_of(w, *summary), align="left")]],
                  size=11, leading=17, pad=7))
    w.space(8)
    no = labels[0]
    while no <= end:
        if not src.text(no).strip():
            no += 1
            continue
        if no in tables:
            no = tables[no]() + 1
            continue
        if is_label_line(src.text(no)):
            w.space(5)
            w.ensure(60)
            w.line(no, size=12, bold=True)
        else:
            running(w, no, no)
        no += 1


def is_label_line(text: str) -> bool:
    t = text.strip()
    if not t.startswith(PU):
        return False
    rest = t[1:].strip()
    return rest in CARD_LABELS or rest.startswith("예산 집행계획")


def build(w: Writer) -> None:
    """The report, top to bottom: one straight script over the sample's line numbers."""
    src = w.src
    lo = lines_of

    # Ⅰ. 일반현황 ------------------------------------------------------------------
    heading(w, 1)
    subheading(w, 3)
    org_chart(w, 4, 6, 8, 103)
    subheading(w, 106)
    w.line(107, size=9.5, align="right")
    staff = [cells(src.split(109, 2, 1, 1, 1, 1), fill=HEADER_FILL, bold=True)]
    staff += [cells(src.split(n, 2, 1, 1, 1, 1)) for n in (111, 113)]
    w.table(Table([80, 55, 115, 115, 116], staff))
    subheading(w, 115)
    w.line(117, size=9.5, align="right")
    money = [cells(src.split(119, 2, 2, 2, 1, 1), fill=HEADER_FILL, bold=True)]
    money += [cells(src.split(n, 1, 1, 1, 1, 1)) for n in (121, 123, 125, 127)]
    money[1][0].fill = SHADE_FILL
    w.table(Table([121, 90, 90, 90, 90], money))
    func = [cells(src.split(133, 2, 4), fill=HEADER_FILL, bold=True)]
    for div, first, last in ((135, 137, 151), (153, 155, 167), (169, 171, 181)):
        func.append([Cell(lo(w, div)), Cell(lo(w, *src.nonblank(first, last)), align="left")])
    functions = Table([110, CONTENT_W - 110], func, size=10, leading=15)
    w.ensure(40 + sum(place(functions)[1]))  # the heading stays with its table
    subheading(w, 131)
    w.table(functions)

    # Ⅱ. 정책목표와 핵심과제 ---------------------------------------------------------------
    w.new_page()
    heading(w, 185)
    vision_label, vision = src.split(187, 1, 0)
    t1, t2, t3 = src.split(211, 4, 4, 4)
    matrix = [
        [Cell([vision_label], fill=TITLE_FILL, white=True, bold=True),
         Cell([vision], colspan=3, bold=True, size=12)],
        [Cell(lo(w, 189), fill=TITLE_FILL, white=True, bold=True),
         Cell(lo(w, 191, 195), bold=True), Cell(lo(w, 197, 199, 201), bold=True),
         Cell(lo(w, 203, 205), bold=True)],
        [Cell(lo(w, 207, 209), rowspan=4, fill=TITLE_FILL, white=True, bold=True),
         Cell([t1], fill=HEADER_FILL), Cell([t2], fill=HEADER_FILL), Cell([t3], fill=HEADER_FILL)],
    ]
    for row in ((213, 217, 221), (225, 229, 233), (237, 241, 245)):
        matrix.append([Cell(lo(w, n, n + 2)) for n in row])
    w.table(Table([56, 141, 142, 142], matrix, size=10.5, leading=16, pad=7, min_row=30))

    # Ⅲ. 주요업무 추진계획: overview, theme pages, cards -----------------------------------
    w.new_page()
    heading(w, 251)
    for no in src.nonblank(253, 276):
        if src.text(no).startswith(PU):
            w.line(no, size=11.5, indent=18)
        else:
            w.space(8)
            w.line(no, size=13, bold=True)

    def theme_page(list_first: int, list_last: int, label: tuple[int, int],
                   label_first: bool) -> None:
        w.new_page()
        box = Table([CONTENT_W * 0.6], [[Cell(lo(w, *label), bold=True, fill=HEADER_FILL)]],
                    size=18, leading=28, pad=10)
        if label_first:
            w.space(120)
            w.table(box, x0=MARGIN_L + CONTENT_W * 0.2)
            w.space(30)
        else:
            w.space(60)
        for no in src.nonblank(list_first, list_last):
            w.line(no, size=13, indent=40, leading=26)
        if not label_first:
            w.space(40)
            w.table(box, x0=MARGIN_L + CONTENT_W * 0.2)

    def budget(header: tuple[int, int, int], *items: tuple[list[Frag], Frag, list[Frag],
                                                            list[list[Cell]]], last: int
               ) -> Callable[[], int]:
        def go() -> int:
            budget_table(w, header, items)
            return last
        return go

    def label_unit(label: int, unit: int | None) -> Callable[[], int]:
        def go() -> int:
            w.space(5)
            w.ensure(90)
            if unit is None:
                left, right = src.split(label, 3, 2)
                w.pair(left, right, size=12)
                return label
            w.line(label, size=12, bold=True)
            w.line(unit, size=9.5, align="right", leading=14)
            return unit
        return go

    def item(name: list[int], amount: int | Frag, quarters: int, *notes: list[Cell]
             ) -> tuple[list[Frag], Frag, list[Frag], list[list[Cell]]]:
        return (lo(w, *name), amount if isinstance(amount, Frag) else src.frag(amount),
                src.split(quarters, 1, 1, 1, 1), list(notes))

    def item_on_one_line(no: int, quarters: int, *notes: list[Cell]
                         ) -> tuple[list[Frag], Frag, list[Frag], list[list[Cell]]]:
        name, amount = src.split(no, 0, 1)
        return ([name], amount, src.split(quarters, 1, 1, 1, 1), list(notes))

    def timeline1() -> int:
        heads = [lo(w, n) for n in (361, 363, 364, 366, 367, 369, 370, 372, 373, 375, 376)]
        bodies = [lo(w, *g) for g in ((378, 379), (381, 382, 383), (385, 386), (388, 389, 390),
                                      (392, 393, 394), (396, 397))]
        w.ensure(120)
        timeline_table(w, heads, bodies)
        w.space(6)
        return 397

    def timeline2() -> int:
        heads = [lo(w, 1014, 1015), lo(w, 1017), lo(w, 1019, 1020), lo(w, 1022), lo(w, 1024, 1025)]
        bodies = [lo(w, *src.nonblank(a, b)) for a, b in ((1027, 1030), (1032, 1035), (1037, 1040))]
        w.ensure(120)
        timeline_table(w, heads, bodies, size=8.5)
        w.space(6)
        return 1040

    def compare_box() -> int:
        old, new = src.split(900, 4, 4)
        rows = [
            [Cell([old], fill=SHADE_FILL, bold=True), Cell([], fill=SHADE_FILL),
             Cell([new], fill=SHADE_FILL, bold=True)],
            [Cell(lo(w, 902, 904), align="left"), Cell(lo(w, 905)),
             Cell(lo(w, 906, 908, 909), align="left")],
            [Cell(lo(w, 910), colspan=3, align="left")],
        ]
        w.ensure(110)
        w.table(Table([190, 40, CONTENT_W - 230], rows, size=9, leading=13, pad=4),
                x0=MARGIN_L)
        return 910

    theme_page(280, 288, (291, 293), label_first=False)
    card(w, 297, 348, {
        329: label_unit(329, 330),
        332: budget((332, 333, 335), item([337, 338], 340, 341,
                                          note(*[[f] for f in src.split(343, 1, 1, 1, 1)])),
                    last=343),
    })
    card(w, 352, 443, {
        361: timeline1,
        416: label_unit(416, 417),
        419: budget((419, 420, 422), item([424, 425], 427, 428,
                                          note(lo(w, 430, 431), lo(w, 433, 434), spans=[3, 1])),
                    last=434),
    })
    card(w, 447, 495, {
        475: label_unit(475, 476),
        478: budget((478, 479, 481), item([483, 484, 485], 487, 488, note(lo(w, 490), spans=[4])),
                    last=490),
    })
    card(w, 499, 555, {
        527: label_unit(527, 528),
        530: budget((530, 531, 533), item([535, 536], 538, 539,
                                          note(lo(w, 541), lo(w, 542, 543), lo(w, 545, 546),
                                               spans=[1, 1, 2])),
                    last=546),
    })
    card(w, 559, 604, {
        586: label_unit(586, 587),
        589: budget((589, 590, 592), item_on_one_line(594, 595, note(lo(w, 597), spans=[4])),
                    last=597),
    })
    theme_page(613, 619, (609, 611), label_first=True)
    card(w, 623, 683, {
        652: label_unit(652, 653),
        655: budget((655, 656, 658), item([660, 661], 663, 665,
                                          note(lo(w, 667, 668, 669), lo(w, 670), lo(w, 672, 673),
                                               lo(w, 675, 676))),
                    last=676),
    })
    a1, a2 = src.split(733, 2, 1)
    b1, b2 = src.split(745, 2, 1)
    card(w, 687, 750, {
        714: label_unit(714, None),
        716: budget((716, 717, 719),
                    item([721, 722], 724, 725, note(lo(w, 727, 728), lo(w, 730, 731), [a1], [a2])),
                    item([735, 736], 738, 739, note(lo(w, 741), lo(w, 742, 743), [b1], [b2])),
                    last=745),
    })
    c1, c2 = src.split(794, 1, 1)
    card(w, 754, 810, {
        784: label_unit(784, None),
        786: budget((786, 787, 789),
                    item_on_one_line(791, 792, note([c1], [c2], lo(w, 795, 796), lo(w, 798))),
                    item_on_one_line(800, 801, note(*[[f] for f in src.split(803, 1, 1, 1, 1)])),
                    last=803),
    })
    card(w, 814, 866, {
        843: label_unit(843, 844),
        846: budget((846, 847, 849),
                    item_on_one_line(851, 853,
                                     note(*[[f] for f in src.split(855, 2, 2, 1, 3)]),
                                     note(lo(w, 857), spans=[4])),
                    last=857),
    })
    theme_page(875, 881, (871, 873), label_first=True)
    card(w, 885, 939, {
        900: compare_box,
        920: label_unit(920, 921),
        923: budget((923, 924, 926), item([928, 929], 931, 932, note(lo(w, 934), spans=[4])),
                    last=934),
    })
    card(w, 943, 987, {
        968: label_unit(968, 969),
        971: budget((971, 972, 974), item([976, 977], 979, 980, note(lo(w, 982), spans=[4])),
                    last=982),
    })
    d1, d2 = src.split(1062, 2, 1)
    card(w, 991, 1069, {
        1014: timeline2,
        1042: label_unit(1042, 1043),
        1045: budget((1045, 1046, 1048),
                     item([1049, 1050, 1051], 1053, 1054,
                          note(lo(w, 1056, 1057), lo(w, 1059, 1060), [d1], [d2])),
                     last=1062),
    })
    card(w, 1073, 1128, {
        1100: label_unit(1100, 1101),
        1103: budget((1103, 1104, 1106),
                     item_on_one_line(1108, 1109,
                                      note(*[[f] for f in src.split(1111, 1, 1, 1, 1)])),
                     item([1113, 1114], 1116, 1117,
                          note(*[[f] for f in src.split(1119, 2, 1, 2, 2)])),
                     last=1119),
    })

    # 붙임 1: 세부사업 예산 현황 -----------------------------------------------------------
    w.new_page()
    w.table(Table([70], [[Cell(lo(w, 1132), fill=TITLE_FILL, white=True, bold=True)]],
                  size=12, leading=18))
    w.space(10)
    w.line(1134, size=16, bold=True, align="center")
    w.space(6)
    rows = [cells(src.split(1136, 3, 2, 2), fill=HEADER_FILL, bold=True)]
    for no in src.nonblank(1138, 1184):
        name, b, cur = src.split(no, 0, 1, 1)
        level = 0 if no == 1138 else (1 if name.text.endswith("담당관") else 2)
        fill = (HEADER_FILL, SHADE_FILL, None)[level]
        rows.append([Cell([name], align="left", fill=fill, bold=level < 2),
                     Cell([b], align="right", fill=fill), Cell([cur], align="right", fill=fill)])
    w.table(Table([CONTENT_W - 220, 110, 110], rows, size=9.5, leading=13, min_row=19))
    w.line(1186, size=9.5, align="right")
    w.line(1188, size=9.5)

    # 붙임 2: 행정사무감사 처리결과 -------------------------------------------------------------
    w.new_page()
    w.table(Table([70], [[Cell(lo(w, 1192), fill=TITLE_FILL, white=True, bold=True)]],
                  size=12, leading=18))
    w.space(200)
    w.line(1194, size=20, bold=True, align="center", leading=34)
    w.new_page()
    w.line(1198, size=16, bold=True, align="center", leading=30)
    w.line(1200, size=12, align="center")
    w.line(1202, size=12, align="right")
    w.space(8)
    w.line(1204, size=13, bold=True)
    running(w, 1206, 1208)
    summary = [cells(src.split(1210, 2, 1, 2, 1, 1, 1), fill=HEADER_FILL, bold=True)]
    summary.append([Cell(lo(w, 1212), fill=SHADE_FILL)] + [Cell([], fill=SHADE_FILL)] * 5)
    for no in (1214, 1216, 1218, 1220):
        summary.append(cells(src.split(no, 0, 1, 1, 1, 1, 1)))
    w.table(Table([151, 66, 66, 66, 66, 66], summary, size=9.5))
    w.space(16)
    audit_findings(w, 1222, 3135)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--font", type=Path, default=DEFAULT_FONT)
    ap.add_argument("--text", type=Path, default=DEFAULT_TEXT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.font.exists():
        print(f"{args.font}: not found; apt-get install -y fonts-nanum, or give --font",
              file=sys.stderr)
        return 2
    src = Source(args.text)
    with tempfile.TemporaryDirectory() as tmp:
        pdfmetrics.registerFont(TTFont(FONT, str(prepare_font(args.font, Path(tmp)))))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        cv = Canvas(str(args.out), pagesize=A4, invariant=1, pageCompression=1)
        cv.setTitle("서울혁신기획관 2021 주요업무보고 (bogoseo test rendering of the text sample)")
        cv.setAuthor("bogoseo tools/make_sample_pdf.py")
        cv.setSubject("synthetic Hancom-style rendering for tests; not the council's original")
        writer = Writer(cv, src)
        build(writer)
        writer.finish()
        src.check_all_drawn()
        cv.save()
    for msg in writer.log:
        print("note:", msg)
    size = args.out.stat().st_size
    print(f"{args.out}: {writer.page} pages, {size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
