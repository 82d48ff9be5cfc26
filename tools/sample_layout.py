"""The sample report as layout blocks, shared by the LibreOffice and Chromium renderings.

tools/make_sample_odt.py and tools/make_sample_html.py draw samples/seoul-innovation-
bureau-2021.txt with two layout engines that have nothing to do with reportlab (which
draws tests/fixtures/seoul-innovation-bureau-2021.pdf).  Both render the same blocks,
built here from the sample's line numbers: paragraphs (``Para``) and ruled tables
(``Table`` of ``Cell``), in the layouts of real Hancom reports:

* each chapter numeral ("Ⅰ.") in a dark box of its own, the title in the cell beside it,
  in a smaller type at the bottom of its cell (so the numeral and the title are not on one
  text line), with only a heavy rule under it;
* each project card number ("1") in a dark box of its own, the card title at the bottom
  of an unruled cell beside it;
* every 예산 집행계획 with its header on two rows (사업명 and 예산현액 span both rows,
  집행계획 spans the four quarters of the second row);
* narrow columns whose cells the engine wraps (the 사업명 and note cells of 예산 집행계획,
  the findings of the audit): the sample's lines of one cell are one paragraph there;
* tables that go on over a page break (the budget appendix starts low on its page; the
  audit findings run over many pages, rows breaking across pages).

Everything else keeps the sample's line breaks (a line too wide is set in a smaller type,
never wrapped), as tools/make_sample_pdf.py does.

A ledger checks that every token of every non-blank line is placed exactly once
(:meth:`Source.check_all_placed`), and :func:`check_pdf` checks the rendered PDF's text
layer against the blocks: the same characters in the same order, a space or a line break
between tokens and no space inside one (a token may wrap), the footers aside.

Fonts: NanumGothic (apt's fonts-nanum), copied by :func:`prepare_fonts` as the family
"BogoseoGothic" with a cmap of the sample's characters only: every code point gets its own
glyph (NanumGothic draws U+0000-U+0020 with one glyph, and Chromium's PDF writer maps a
glyph back to its lowest code point, so a space would read as U+0001), and the code points
NanumGothic lacks (Hancom's private-use bullet U+F000, ∙ ‧ ․ ･ ‣ ▸ ➤ ➩) get a copy of a
look-alike glyph.  The engines embed subsets of it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXT = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
NANUM_BOLD = Path("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf")
FAMILY = "BogoseoGothic"

#: code points the sample uses that NanumGothic lacks -> the code point whose glyph is copied
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

# A4 in points; the body's margins (the footer sits in the bottom margin)
PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_X = 56.7
MARGIN_TOP = 56.7
MARGIN_BOTTOM = 62.4
CONTENT_W = round(PAGE_W - 2 * MARGIN_X, 1)  # 481.9
#: a character whose top is below this is page furniture (the "- N -" footer)
FOOTER_TOP = PAGE_H - 58.0
CELL_PAD = 4.0

HEADER_FILL = "#d9e3f2"
TITLE_FILL = "#1c3d61"
SHADE_FILL = "#efefef"
WHITE = "#ffffff"


# --- the source text -----------------------------------------------------------------


@dataclass(frozen=True)
class Frag:
    """A whole source line, or its tokens [first, last): text placed as one piece."""

    no: int
    first: int
    last: int
    text: str

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


class Source:
    """The sample's lines, and a ledger of which tokens have been placed."""

    def __init__(self, path: Path) -> None:
        raw = path.read_text(encoding="utf-8").split("\n")
        self.lines = dict(enumerate(raw, start=1))
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
        frag = Frag(no, first, last, self.lines[no][spans[first][0] : spans[last - 1][1]])
        self.used.setdefault(no, []).append((first, last))
        return frag

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

    def check_all_placed(self) -> None:
        problems = []
        for no, line in self.lines.items():
            n = len(line.split())
            if n == 0:
                continue
            got = sorted(self.used.get(no, []))
            covered = [t for a, b in got for t in range(a, b)]
            if covered != list(range(n)):
                problems.append(f"line {no}: placed tokens {got} of {n}: {line.strip()[:40]}")
        if problems:
            raise SystemExit(
                "the rendering would not carry the sample's text:\n" + "\n".join(problems[:20])
            )


# --- blocks ----------------------------------------------------------------------------


@dataclass
class Para:
    """One paragraph: its frags joined by single spaces.

    ``wrap=False``: one visual line (the type is made smaller where it would not fit);
    ``wrap=True``: the engine breaks it into lines.
    """

    frags: list[Frag]
    size: float = 11.0
    bold: bool = False
    align: str = "left"  # left, center, right
    indent: float = 0.0
    before: float = 0.0
    after: float = 0.0
    wrap: bool = False
    color: str | None = None
    keep_next: bool = False
    page_break: bool = False

    @property
    def text(self) -> str:
        return " ".join(f.text for f in self.frags)


@dataclass
class Cell:
    paras: list[Para]
    colspan: int = 1
    rowspan: int = 1
    fill: str | None = None
    valign: str = "middle"  # top, middle, bottom
    #: "all": ruled all round; "bottom": a heavy rule under it only; "none": no rules
    rules: str = "all"


@dataclass
class Table:
    widths: list[float]
    rows: list[list[Cell]]
    x: float = 0.0  # left indent of the table
    before: float = 0.0
    after: float = 6.0
    page_break: bool = False
    #: keep the whole table on one page where it fits (never split its rows)
    keep: bool = False
    #: what the table is, for notes and checks ("budget_appendix", "audit_findings", ...)
    role: str = ""
    min_row: float = 0.0


Block = Para | Table


@dataclass
class Placed:
    cell: Cell
    row: int
    col: int


def place(table: Table) -> list[Placed]:
    """Grid positions of the cells (row spans push later cells right)."""
    taken: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    ncols = len(table.widths)
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            if c + cell.colspan > ncols:
                raise ValueError(f"{table.role or 'a table'}: row {r} is wider than the table")
            placed.append(Placed(cell, r, c))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    return placed


def paras_in_order(blocks: Iterable[Block]) -> Iterator[Para]:
    """Every paragraph in reading (and drawing) order: a table row by row, cell by cell."""
    for block in blocks:
        if isinstance(block, Para):
            yield block
        else:
            for row in block.rows:
                for cell in row:
                    yield from cell.paras


# --- fonts -----------------------------------------------------------------------------


def sample_chars(src: Source) -> set[str]:
    chars = {ch for line in src.lines.values() for ch in line if not ch.isspace()}
    return chars | set(" -0123456789")  # the footers


def prepare_fonts(workdir: Path, chars: set[str]) -> dict[str, Path]:
    """BogoseoGothic Regular and Bold: NanumGothic's glyphs for ``chars``, one glyph each."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

    out: dict[str, Path] = {}
    for style, src in (("Regular", NANUM), ("Bold", NANUM_BOLD)):
        if not src.exists():
            raise SystemExit(f"{src}: not found; apt-get install -y fonts-nanum")
        font = TTFont(str(src), recalcTimestamp=False)
        best = font.getBestCmap()
        glyf, hmtx = font["glyf"], font["hmtx"]
        vmtx = font.get("vmtx", None)
        mapping: dict[int, str] = {}
        taken: set[str] = set()
        for cp in sorted(ord(c) for c in chars):
            name = best.get(cp) or best.get(GLYPH_ALIASES.get(cp, -1))
            if name is None:
                raise SystemExit(f"{src.name} has no glyph for U+{cp:04X}")
            if name in taken:  # a glyph another code point already reads as: copy it
                new = f"{name}.u{cp:04X}"
                glyf[new] = copy.deepcopy(glyf[name])
                hmtx.metrics[new] = hmtx.metrics[name]
                if vmtx is not None:
                    vmtx.metrics[new] = vmtx.metrics[name]
                name = new
            taken.add(name)
            mapping[cp] = name
        font.setGlyphOrder(list(glyf.glyphOrder))
        cmap = font["cmap"]
        cmap.tables = [t for t in cmap.tables if (t.platformID, t.platEncID) == (3, 1)]
        cmap.tables[0].cmap = mapping
        options = subset.Options()
        options.layout_features = []  # no ligatures, no shaping: one glyph per character
        options.hinting = False
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
        options.name_languages = [0x409]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=sorted(mapping))
        sub.subset(font)
        name_table = font["name"]
        name_table.names = [n for n in name_table.names if n.platformID == 3]
        full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
        for nid, value in ((1, FAMILY), (2, style), (3, f"{FAMILY}-{style}"), (4, full),
                           (6, f"{FAMILY}-{style}")):
            name_table.setName(value, nid, 3, 1, 0x409)
        path = workdir / f"{FAMILY}-{style}.ttf"
        font.save(str(path))
        out[style] = path
    return out


class Metrics:
    """Advance widths of BogoseoGothic (NanumGothic's), to fit lines that must not wrap."""

    def __init__(self) -> None:
        from fontTools.ttLib import TTFont

        self.widths: dict[bool, dict[int, float]] = {}
        for bold, src in ((False, NANUM), (True, NANUM_BOLD)):
            font = TTFont(str(src), lazy=True)
            upem = font["head"].unitsPerEm
            hmtx = font["hmtx"]
            best = font.getBestCmap()
            table = {cp: hmtx[name][0] / upem for cp, name in best.items()}
            for cp, like in GLYPH_ALIASES.items():
                table.setdefault(cp, table[like])
            self.widths[bold] = table

    def width(self, text: str, size: float, bold: bool = False) -> float:
        table = self.widths[bold]
        return sum(table.get(ord(ch), 1.0) for ch in text) * size


def fit(blocks: Sequence[Block], metrics: Metrics) -> list[str]:
    """Make the type of every one-line paragraph small enough for its line; notes."""
    notes: list[str] = []

    def fit_para(p: Para, avail: float) -> None:
        avail = avail - p.indent - 2.0  # slack: the engines' widths differ by a hair
        if p.wrap:
            return
        w = metrics.width(p.text, p.size, p.bold)
        if w > avail:
            p.size = max(round(p.size * avail / w - 0.05, 1), 1.0)
            if p.size < 6.0:
                notes.append(f"line {p.frags[0].no} set in {p.size} pt")

    for block in blocks:
        if isinstance(block, Para):
            fit_para(block, CONTENT_W)
            continue
        for pl in place(block):
            w = sum(block.widths[pl.col : pl.col + pl.cell.colspan]) - 2 * CELL_PAD
            for p in pl.cell.paras:
                fit_para(p, w)
    return notes


# --- the report ------------------------------------------------------------------------

#: labels of a project card's blocks (the U+F000 lines that are not summary bullets)
CARD_LABELS = {
    "추진방향", "추진계획", "사업개요", "추진경과", "추진근거", "추진개요", "예산 집행계획",
    "추진일정", "서울혁신파크 조성 사업개요", "글로벌 사회혁신 클러스터 추진계획",
}
PU = "\uf000"

AUDIT_HEADERS = {
    "시정 및 처리 요구사항 조치결과 및 향후 추진계획": (4, 4),
    "건 의 사 항 조 치 결 과": (4, 4),
    "자료제출 등 기타사항 조 치 결 과": (3, 4),
}
AUDIT_LABELS = {"시정․처리 요구사항", "건 의 사 항", "기 타 사 항"}

Item = tuple[list[Frag], Frag, list[Frag], list[list[Cell]]]


def is_label_line(text: str) -> bool:
    t = text.strip()
    if not t.startswith(PU):
        return False
    rest = t[1:].strip()
    return rest in CARD_LABELS or rest.startswith("예산 집행계획")


def indent_for(text: str) -> float:
    t = text.lstrip()
    if t.startswith(("○", "◦", "ㅇ")):
        return 8.0
    if t.startswith(("－", "-", "※", "*")):
        return 20.0
    if t.startswith(("·", "∙", "․", "‣", "▸")):
        return 30.0
    return 0.0


@dataclass
class Builder:
    src: Source
    blocks: list[Block] = field(default_factory=list)
    _break: bool = False  # the next block starts a new page

    # basics

    def add(self, block: Block) -> None:
        if self._break:
            block.page_break = True
            self._break = False
        self.blocks.append(block)

    def new_page(self) -> None:
        if self.blocks:
            self._break = True

    def frags(self, *nos: int) -> list[Frag]:
        return [self.src.frag(n) for n in nos]

    def line(self, no: int | Frag, size: float = 11.0, **kw: object) -> None:
        frag = no if isinstance(no, Frag) else self.src.frag(no)
        self.add(Para([frag], size=size, **kw))  # type: ignore[arg-type]

    def running(self, first: int, last: int, size: float = 11.0) -> None:
        """Body lines, one paragraph each; a wrapped continuation keeps its bullet's indent."""
        prev = 0.0
        for no in self.src.nonblank(first, last):
            text = self.src.text(no)
            ind = indent_for(text)
            if ind == 0.0 and not text.lstrip().startswith(PU):
                ind = prev + (12.0 if prev else 0.0)
            else:
                prev = ind
            self.line(no, size=size, indent=ind)

    def cells(self, frags: Iterable[Frag], size: float = 10.0, **kw: object) -> list[Cell]:
        bold = bool(kw.pop("bold", False))
        align = str(kw.pop("align", "center"))
        return [Cell([Para([f], size=size, bold=bold, align=align)], **kw)  # type: ignore[arg-type]
                for f in frags]

    def header_cells(self, frags: Iterable[Frag], size: float = 10.0) -> list[Cell]:
        return self.cells(frags, size=size, bold=True, fill=HEADER_FILL)

    # numbered boxes

    def chapter(self, no: int) -> None:
        """Ⅰ./Ⅱ./Ⅲ.: the numeral in a dark box, the title in the cell beside it."""
        numeral, title = self.src.split(no, 1, 0)
        self.add(Table(
            [46.0, CONTENT_W - 46.0],
            [[Cell([Para([numeral], size=24, bold=True, align="center", color=WHITE)],
                   fill=TITLE_FILL),
              Cell([Para([title], size=16, bold=True)], rules="bottom", valign="bottom")]],
            after=14.0, keep=True, role="chapter", min_row=40.0,
        ))

    def card_title(self, no: int) -> None:
        """A project card's number in a box of its own, the card title beside it."""
        number, title = self.src.split(no, 1, 0)
        self.add(Table(
            [34.0, CONTENT_W - 34.0],
            [[Cell([Para([number], size=22, bold=True, align="center", color=WHITE)],
                   fill=TITLE_FILL),
              Cell([Para([title], size=14, bold=True)], rules="none", valign="bottom")]],
            after=10.0, keep=True, role="card_title", min_row=34.0,
        ))

    # Ⅰ

    def org_chart(self, bureau: int, divisions: int, first_team: int, last_team: int) -> None:
        """The org chart as a table: the bureau, three divisions, ten narrow team boxes
        with their names written one syllable under another."""
        src = self.src
        names: list[list[int]] = []
        current: list[int] = []
        for no in src.nonblank(first_team, last_team):
            current.append(no)
            if src.text(no).strip() == "팀":
                names.append(current)
                current = []
        if current or len(names) != 10:
            raise SystemExit(f"org chart: expected 10 vertical team names, got {len(names)}")
        col = CONTENT_W / 10
        d1, d2, d3 = src.split(divisions, 1, 1, 1)
        rows = [
            [Cell([Para([src.frag(bureau)], size=12, bold=True, align="center")], colspan=10,
                  fill=HEADER_FILL)],
            [Cell([Para([d], size=10.5, align="center")], colspan=n, fill=SHADE_FILL)
             for d, n in ((d1, 4), (d2, 4), (d3, 2))],
            [Cell([Para([src.frag(n)], size=10, align="center") for n in name], valign="top")
             for name in names],
        ]
        self.add(Table([col] * 10, rows, before=4.0, after=10.0, keep=True, role="org_chart",
                       min_row=24.0))

    def subheading(self, no: int | Frag) -> None:
        self.line(no, size=13, bold=True, before=8.0, keep_next=True)

    def unit_line(self, no: int) -> None:
        self.line(no, size=9.5, align="right", keep_next=True)

    # Ⅲ: cards

    def card(self, title: int, end: int, special: dict[int, object]) -> None:
        """A project card on a new page: numbered title, summary box, labelled blocks."""
        src = self.src
        self.new_page()
        self.card_title(title)
        body = src.nonblank(title + 1, end)
        labels = [n for n in body if is_label_line(src.text(n))]
        summary = [n for n in body if n < labels[0]]
        self.add(Table([CONTENT_W], [[Cell([Para([f], size=11) for f in self.frags(*summary)],
                                            valign="top")]],
                       after=8.0, keep=True, role="card_summary"))
        no = labels[0]
        bullet = 0.0  # indent of the block's last bulleted line
        while no <= end:
            if not src.text(no).strip():
                no += 1
                continue
            if no in special:
                no = special[no]() + 1  # type: ignore[operator]
                continue
            text = src.text(no)
            if is_label_line(text):
                bullet = 0.0
                self.line(no, size=12, bold=True, before=6.0, keep_next=True)
            elif text.lstrip().startswith(PU) and bullet:
                # a private-use glyph in a block's list is a bullet one step under the
                # one before it, as the text nests it; only a label's stands at the margin
                self.line(no, size=11.0, indent=bullet + 10.0)
            else:
                bullet = indent_for(text) or bullet
                self.running(no, no)
            no += 1

    def budget_table(self, header: tuple[int, int, int], items: Sequence[Item]) -> None:
        """예산 집행계획: 사업명 | 예산현액 | 집행계획 over 1~4분기, the header on two rows;
        each item's name a narrow cell the engine wraps, spanning its amount and notes rows."""
        src = self.src
        h1, h2, h3 = header
        name_h, amount_h = src.split(h1, 1, 1)
        rows: list[list[Cell]] = [
            [Cell([Para([name_h], size=9.5, bold=True, align="center")], rowspan=2,
                  fill=HEADER_FILL),
             Cell([Para([amount_h], size=9.5, bold=True, align="center")], rowspan=2,
                  fill=HEADER_FILL),
             Cell([Para([src.frag(h2)], size=9.5, bold=True, align="center")], colspan=4,
                  fill=HEADER_FILL)],
            self.cells(src.split(h3, 1, 1, 1, 1), size=9.5, bold=True, fill=HEADER_FILL),
        ]
        for name, amount, quarters, notes in items:
            span = 1 + len(notes)
            rows.append([
                Cell([Para(name, size=9, align="center", wrap=True)], rowspan=span),
                Cell([Para([amount], size=9, align="right")], rowspan=span),
                *self.cells(quarters, size=9, align="right"),
            ])
            rows.extend(notes)
        quarter = round((CONTENT_W - 72.0 - 62.0) / 4, 2)
        self.add(Table([72.0, 62.0] + [quarter] * 4, rows, after=8.0, keep=True,
                       role="project_budget"))

    def note(self, *frag_lists: list[Frag], spans: Sequence[int] | None = None) -> list[Cell]:
        """A notes row under the quarters: cells the engine wraps, with column spans."""
        spans = spans or [1] * len(frag_lists)
        return [Cell([Para(f, size=8.5, align="center", wrap=True)], colspan=s)
                for f, s in zip(frag_lists, spans, strict=True)]

    def item(self, name: list[int], amount: int, quarters: int, *notes: list[Cell]) -> Item:
        return (self.frags(*name), self.src.frag(amount), self.src.split(quarters, 1, 1, 1, 1),
                list(notes))

    def item_on_one_line(self, no: int, quarters: int, *notes: list[Cell]) -> Item:
        name, amount = self.src.split(no, 0, 1)
        return ([name], amount, self.src.split(quarters, 1, 1, 1, 1), list(notes))

    def timeline(self, heads: list[list[Frag]], bodies: list[list[Frag]], size: float,
                 metrics: Metrics) -> None:
        """A small stage diagram: stage boxes with ➤ between them, bullet lists under each."""
        arrow_w = 16.0
        body_w = [max(metrics.width(f.text, size) for f in b) + 12 for b in bodies]
        head_w = [max(metrics.width(f.text, size + 1) for f in h) + 12 for h in heads[::2]]
        need_w = [max(a, b) for a, b in zip(body_w, head_w, strict=True)]
        scale = (CONTENT_W - arrow_w * (len(need_w) - 1)) / sum(need_w)
        widths: list[float] = []
        for i, nw in enumerate(need_w):
            widths.append(round(nw * scale, 1))
            if i < len(need_w) - 1:
                widths.append(arrow_w)
        widths[-1] = round(CONTENT_W - sum(widths[:-1]), 1)
        row1 = [Cell([Para([f], size=size + 1, align="center") for f in h],
                     fill=SHADE_FILL if i % 2 == 0 else None) for i, h in enumerate(heads)]
        row2 = [Cell([Para([f], size=size) for f in b],
                     colspan=2 if i < len(bodies) - 1 else 1, valign="top")
                for i, b in enumerate(bodies)]
        self.add(Table(widths, [row1, row2], after=6.0, keep=True, role="timeline"))

    # 붙임 2

    def finding_rows(self, first: int, last: int) -> list[tuple[int, list[int], list[int]]]:
        """Audit findings: (first line, left-cell lines, right-cell lines).

        A finding runs from a "○..." line through its "(division)" line (left cell), then
        "□ 추진상황..." up to the next finding (right cell).
        """
        src = self.src
        status = [n for n in src.nonblank(first, last)
                  if src.text(n).strip().startswith("□ 추진상황")]
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

    def audit_findings(self, first: int, last: int) -> None:
        """The findings: two-column tables (one per header row of the text) over many pages.

        The finding (left, narrow) is one paragraph the engine wraps, its "(division)" line
        a paragraph of its own; each line of the right cell is a paragraph that wraps where
        it is too long.  Rows break across pages; headers are not repeated.
        """
        src = self.src
        widths = [140.0, CONTENT_W - 140.0]

        def key(no: int) -> str:
            return " ".join(src.text(no).split())

        rows = self.finding_rows(first, last)
        by_start = {r[0]: r for r in rows}
        special = [n for n in src.nonblank(first, last)
                   if key(n) in AUDIT_HEADERS or key(n) in AUDIT_LABELS]
        events = sorted([(n, "row") for n in by_start] + [(n, "hdr") for n in special])
        table: Table | None = None
        after_label = False
        for no, kind in events:
            if kind == "hdr" and key(no) in AUDIT_LABELS:
                self.new_page()
                self.line(no, size=13, bold=True, after=4.0, keep_next=True)
                after_label = True
                continue
            if kind == "hdr":
                head = self.header_cells(src.split(no, *AUDIT_HEADERS[key(no)]), size=10)
                table = Table(widths, [head], after=10.0, role="audit_findings", min_row=24.0)
                if not after_label:
                    self.new_page()
                self.add(table)
                after_label = False
                continue
            assert table is not None
            _, left, right = by_start[no]
            right = [n for n in right if key(n) not in AUDIT_HEADERS and key(n) not in AUDIT_LABELS]
            finding, division = left[:-1], left[-1]
            table.rows.append([
                Cell([Para(self.frags(*finding), size=10, wrap=True),
                      Para([src.frag(division)], size=10)], valign="top"),
                Cell([Para([src.frag(n)], size=9.5, indent=indent_for(src.text(n)) / 2,
                           wrap=True) for n in right], valign="top"),
            ])


def build(src: Source, metrics: Metrics) -> list[Block]:
    """The report, top to bottom: one straight script over the sample's line numbers."""
    b = Builder(src)
    lo = b.frags

    # Ⅰ. 일반현황 ------------------------------------------------------------------
    b.chapter(1)
    b.subheading(3)
    b.org_chart(4, 6, 8, 103)
    b.subheading(106)
    b.unit_line(107)
    staff = [b.header_cells(src.split(109, 2, 1, 1, 1, 1))]
    staff += [b.cells(src.split(n, 2, 1, 1, 1, 1)) for n in (111, 113)]
    b.add(Table([80, 55, 115.6, 115.6, 115.7], staff, keep=True, role="staffing", min_row=20))
    b.subheading(115)
    b.unit_line(117)
    money = [b.header_cells(src.split(119, 2, 2, 2, 1, 1))]
    money += [b.cells(src.split(n, 1, 1, 1, 1, 1)) for n in (121, 123, 125, 127)]
    for c in money[1]:
        c.fill = SHADE_FILL
    b.add(Table([121.9, 90, 90, 90, 90], money, keep=True, role="budget_summary", min_row=20))
    func = [b.header_cells(src.split(133, 2, 4))]
    for div, first, last in ((135, 137, 151), (153, 155, 167), (169, 171, 181)):
        func.append([Cell([Para(lo(div), size=10, align="center")]),
                     Cell([Para([f], size=10) for f in lo(*src.nonblank(first, last))])])
    b.subheading(131)
    b.add(Table([110, CONTENT_W - 110], func, keep=True, role="functions", min_row=20))

    # Ⅱ. 정책목표와 핵심과제 ---------------------------------------------------------------
    b.new_page()
    b.chapter(185)
    vision_label, vision = src.split(187, 1, 0)
    t1, t2, t3 = src.split(211, 4, 4, 4)

    def box(*nos: int, size: float = 10.5, bold: bool = False, color: str | None = None
            ) -> list[Para]:
        return [Para([f], size=size, bold=bold, align="center", color=color) for f in lo(*nos)]

    matrix = [
        [Cell([Para([vision_label], size=10.5, bold=True, align="center", color=WHITE)],
              fill=TITLE_FILL),
         Cell([Para([vision], size=12, bold=True, align="center")], colspan=3)],
        [Cell(box(189, bold=True, color=WHITE), fill=TITLE_FILL),
         Cell(box(191, 195, bold=True)), Cell(box(197, 199, 201, bold=True)),
         Cell(box(203, 205, bold=True))],
        [Cell(box(207, 209, bold=True, color=WHITE), rowspan=4, fill=TITLE_FILL),
         *[Cell([Para([t], size=10.5, align="center")], fill=HEADER_FILL) for t in (t1, t2, t3)]],
    ]
    for row in ((213, 217, 221), (225, 229, 233), (237, 241, 245)):
        matrix.append([Cell(box(n, n + 2)) for n in row])
    b.add(Table([56, 141.9, 142, 142], matrix, keep=True, role="policy", min_row=30))

    # Ⅲ. 주요업무 추진계획: overview, theme pages, cards -----------------------------------
    b.new_page()
    b.chapter(251)
    for no in src.nonblank(253, 276):
        if src.text(no).startswith(PU):
            b.line(no, size=11.5, indent=18)
        else:
            b.line(no, size=13, bold=True, before=8.0, keep_next=True)

    def theme_page(list_first: int, list_last: int, label: tuple[int, int],
                   label_first: bool) -> None:
        b.new_page()
        box_table = Table([CONTENT_W * 0.6], [[Cell(
            [Para([f], size=18, bold=True, align="center") for f in lo(*label)],
            fill=HEADER_FILL)]], x=CONTENT_W * 0.2, keep=True, role="theme")
        if label_first:
            box_table.before = 120.0
            box_table.after = 30.0
            b.add(box_table)
        for i, no in enumerate(src.nonblank(list_first, list_last)):
            b.line(no, size=13, indent=40, after=12.0,
                   before=60.0 if (i == 0 and not label_first) else 0.0)
        if not label_first:
            box_table.before = 40.0
            b.add(box_table)

    def budget(header: tuple[int, int, int], *items: Item, last: int) -> object:
        def go() -> int:
            b.budget_table(header, items)
            return last
        return go

    def label_unit(label: int, unit: int | None) -> object:
        def go() -> int:
            if unit is None:  # "예산 집행계획 (단위: 천원)" on one line
                b.line(label, size=12, bold=True, before=6.0, keep_next=True)
                return label
            b.line(label, size=12, bold=True, before=6.0, keep_next=True)
            b.unit_line(unit)
            return unit
        return go

    def timeline1() -> int:
        heads = [lo(n) for n in (361, 363, 364, 366, 367, 369, 370, 372, 373, 375, 376)]
        bodies = [lo(*g) for g in ((378, 379), (381, 382, 383), (385, 386), (388, 389, 390),
                                   (392, 393, 394), (396, 397))]
        b.timeline(heads, bodies, 7.5, metrics)
        return 397

    def timeline2() -> int:
        heads = [lo(1014, 1015), lo(1017), lo(1019, 1020), lo(1022), lo(1024, 1025)]
        bodies = [lo(*src.nonblank(a, z)) for a, z in ((1027, 1030), (1032, 1035), (1037, 1040))]
        b.timeline(heads, bodies, 8.5, metrics)
        return 1040

    def compare_box() -> int:
        old, new = src.split(900, 4, 4)
        rows = [
            [Cell([Para([old], size=9, bold=True, align="center")], fill=SHADE_FILL),
             Cell([], fill=SHADE_FILL),
             Cell([Para([new], size=9, bold=True, align="center")], fill=SHADE_FILL)],
            [Cell([Para([f], size=9) for f in lo(902, 904)]),
             Cell([Para(lo(905), size=9, align="center")]),
             Cell([Para([f], size=9) for f in lo(906, 908, 909)])],
            [Cell([Para(lo(910), size=9)], colspan=3)],
        ]
        b.add(Table([190, 40, CONTENT_W - 230], rows, keep=True, role="compare"))
        return 910

    note = b.note
    item = b.item
    one = b.item_on_one_line
    theme_page(280, 288, (291, 293), label_first=False)
    b.card(297, 348, {
        329: label_unit(329, 330),
        332: budget((332, 333, 335),
                    item([337, 338], 340, 341, note(*[[f] for f in src.split(343, 1, 1, 1, 1)])),
                    last=343),
    })
    b.card(352, 443, {
        361: timeline1,
        416: label_unit(416, 417),
        419: budget((419, 420, 422),
                    item([424, 425], 427, 428, note(lo(430, 431), lo(433, 434), spans=[3, 1])),
                    last=434),
    })
    b.card(447, 495, {
        475: label_unit(475, 476),
        478: budget((478, 479, 481),
                    item([483, 484, 485], 487, 488, note(lo(490), spans=[4])), last=490),
    })
    b.card(499, 555, {
        527: label_unit(527, 528),
        530: budget((530, 531, 533),
                    item([535, 536], 538, 539,
                         note(lo(541), lo(542, 543), lo(545, 546), spans=[1, 1, 2])),
                    last=546),
    })
    b.card(559, 604, {
        586: label_unit(586, 587),
        589: budget((589, 590, 592), one(594, 595, note(lo(597), spans=[4])), last=597),
    })
    theme_page(613, 619, (609, 611), label_first=True)
    b.card(623, 683, {
        652: label_unit(652, 653),
        655: budget((655, 656, 658),
                    item([660, 661], 663, 665,
                         note(lo(667, 668, 669), lo(670), lo(672, 673), lo(675, 676))),
                    last=676),
    })
    b.card(687, 750, {
        714: label_unit(714, None),
        716: budget((716, 717, 719),
                    item([721, 722], 724, 725,
                         note(lo(727, 728), lo(730, 731), *[[f] for f in src.split(733, 2, 1)])),
                    item([735, 736], 738, 739,
                         note(lo(741), lo(742, 743), *[[f] for f in src.split(745, 2, 1)])),
                    last=745),
    })
    c1, c2 = src.split(794, 1, 1)
    b.card(754, 810, {
        784: label_unit(784, None),
        786: budget((786, 787, 789),
                    one(791, 792, note([c1], [c2], lo(795, 796), lo(798))),
                    one(800, 801, note(*[[f] for f in src.split(803, 1, 1, 1, 1)])),
                    last=803),
    })
    b.card(814, 866, {
        843: label_unit(843, 844),
        846: budget((846, 847, 849),
                    one(851, 853, note(*[[f] for f in src.split(855, 2, 2, 1, 3)]),
                        note(lo(857), spans=[4])),
                    last=857),
    })
    theme_page(875, 881, (871, 873), label_first=True)
    b.card(885, 939, {
        900: compare_box,
        920: label_unit(920, 921),
        923: budget((923, 924, 926),
                    item([928, 929], 931, 932, note(lo(934), spans=[4])), last=934),
    })
    b.card(943, 987, {
        968: label_unit(968, 969),
        971: budget((971, 972, 974),
                    item([976, 977], 979, 980, note(lo(982), spans=[4])), last=982),
    })
    b.card(991, 1069, {
        1014: timeline2,
        1042: label_unit(1042, 1043),
        1045: budget((1045, 1046, 1048),
                     item([1049, 1050, 1051], 1053, 1054,
                          note(lo(1056, 1057), lo(1059, 1060),
                               *[[f] for f in src.split(1062, 2, 1)])),
                     last=1062),
    })
    b.card(1073, 1128, {
        1100: label_unit(1100, 1101),
        1103: budget((1103, 1104, 1106),
                     one(1108, 1109, note(*[[f] for f in src.split(1111, 1, 1, 1, 1)])),
                     item([1113, 1114], 1116, 1117,
                          note(*[[f] for f in src.split(1119, 2, 1, 2, 2)])),
                     last=1119),
    })

    # 붙임 1: 세부사업 예산 현황, starting low on its page so that it runs onto the next ----
    b.new_page()
    b.add(Table([70], [[Cell([Para(lo(1132), size=12, bold=True, align="center", color=WHITE)],
                             fill=TITLE_FILL)]], keep=True, role="appendix_label"))
    b.line(1134, size=16, bold=True, align="center", before=230.0, after=8.0, keep_next=True)
    rows = [b.header_cells(src.split(1136, 3, 2, 2), size=9.5)]
    for no in src.nonblank(1138, 1184):
        name, amount, current = src.split(no, 0, 1, 1)
        level = 0 if no == 1138 else (1 if name.text.endswith("담당관") else 2)
        fill = (HEADER_FILL, SHADE_FILL, None)[level]
        rows.append([Cell([Para([name], size=9.5, bold=level < 2)], fill=fill),
                     Cell([Para([amount], size=9.5, align="right")], fill=fill),
                     Cell([Para([current], size=9.5, align="right")], fill=fill)])
    b.add(Table([CONTENT_W - 220, 110, 110], rows, after=2.0, role="budget_appendix",
                min_row=19))
    b.line(1186, size=9.5, align="right")
    b.line(1188, size=9.5)

    # 붙임 2: 행정사무감사 처리결과 -------------------------------------------------------------
    b.new_page()
    b.add(Table([70], [[Cell([Para(lo(1192), size=12, bold=True, align="center", color=WHITE)],
                             fill=TITLE_FILL)]], keep=True, role="appendix_label"))
    b.line(1194, size=20, bold=True, align="center", before=200.0)
    b.new_page()
    b.line(1198, size=16, bold=True, align="center", after=4.0)
    b.line(1200, size=12, align="center")
    b.line(1202, size=12, align="right")
    b.line(1204, size=13, bold=True, before=8.0)
    b.running(1206, 1208)
    summary = [b.header_cells(src.split(1210, 2, 1, 2, 1, 1, 1), size=9.5)]
    summary.append([Cell([Para(lo(1212), size=9.5, align="center")], fill=SHADE_FILL)]
                   + [Cell([], fill=SHADE_FILL) for _ in range(5)])
    for no in (1214, 1216, 1218, 1220):
        summary.append(b.cells(src.split(no, 0, 1, 1, 1, 1, 1), size=9.5))
    b.add(Table([151.9, 66, 66, 66, 66, 66], summary, after=16.0, keep=True,
                role="audit_summary", min_row=20))
    b.audit_findings(1222, len(src.lines))
    return b.blocks


def load(text: Path = DEFAULT_TEXT) -> tuple[Source, list[Block], list[str]]:
    """The sample, its blocks (checked: every token placed once), and notes on fitting."""
    src = Source(text)
    metrics = Metrics()
    blocks = build(src, metrics)
    src.check_all_placed()
    notes = fit(blocks, metrics)
    return src, blocks, notes


# --- checking the rendered PDF ---------------------------------------------------------


def expected_tokens(blocks: Sequence[Block]) -> list[tuple[int, str]]:
    """(source line, token) in drawing order."""
    return [(f.no, tok) for p in paras_in_order(blocks) for f in p.frags for tok in f.tokens]


NONE, LINE, SPACE = 0, 1, 2


def pdf_stream(path: Path) -> tuple[list[tuple[int, str, int]], list[str]]:
    """The PDF's characters in drawing order, the footers aside, without spaces, as
    (page, char, what comes before it: NONE, LINE (a new line or cell) or SPACE); problems."""
    import pdfplumber

    out: list[tuple[int, str, int]] = []
    problems: list[str] = []
    with pdfplumber.open(path) as pdf:
        for pno, page in enumerate(pdf.pages, start=1):
            footer = "".join(c["text"] for c in page.chars if c["top"] >= FOOTER_TOP)
            if footer.replace(" ", "") != f"-{pno}-":
                problems.append(f"page {pno}: footer {footer!r}, expected '- {pno} -'")
            fonts = {c["fontname"].split("+")[-1] for c in page.chars}
            if any(not f.startswith(FAMILY) for f in fonts):
                problems.append(f"page {pno}: fonts {sorted(fonts)} (a fallback font was used)")
            before = LINE
            prev: dict[str, float] | None = None
            for c in page.chars:
                if c["top"] >= FOOTER_TOP:
                    continue
                if prev is not None and (
                    abs(c["top"] - prev["top"]) > 2.0
                    or c["x0"] < prev["x0"] - 1.0
                    or c["x0"] - prev["x1"] > 2.0
                ):
                    before = max(before, LINE)
                prev = c
                if c["text"].isspace():
                    before = SPACE
                    continue
                out.append((pno, c["text"], before))
                before = NONE
    return out, problems


def check_pdf(path: Path, blocks: Sequence[Block]) -> list[str]:
    """Problems with the PDF's text layer against the blocks (empty: it carries them).

    Every character of the PDF (footers aside, spaces aside) must be used by exactly one
    token of the blocks, taken in the blocks' order: a token goes on where the last one
    ended, or, where the PDF has other text there, at the first character not yet used
    that starts it (a table row broken over a page draws each cell's first part, then
    each cell's rest on the next page).  Every token must start after a space, a new line
    or a new cell, and no token may hold a space (it may go on over a line break: the
    engines wrap narrow cells).
    """
    tokens = expected_tokens(blocks)
    stream, problems = pdf_stream(path)
    text = "".join(ch for _, ch, _ in stream)
    used = [False] * len(stream)
    first_unused = 0
    cursor = 0

    def next_unused(i: int) -> int:
        while i < len(stream) and used[i]:
            i += 1
        return i

    def matches(i: int, rest: str) -> list[int] | None:
        """Positions of ``rest`` from ``i`` on, skipping used characters; None: no match."""
        got = []
        for ch in rest:
            i = next_unused(i)
            if i >= len(stream) or text[i] != ch:
                return None
            got.append(i)
            i += 1
        return got

    for no, tok in tokens:
        where = f"line {no} token {tok!r}"
        pos: list[int] = []
        k = 0
        while k < len(tok):
            rest = tok[k:]
            here = next_unused(cursor)
            # the longest prefix of the rest found where the last token ended
            n = 0
            i = here
            while n < len(rest) and i < len(stream) and text[i] == rest[n]:
                n += 1
                i = next_unused(i + 1)
            if n == len(rest) or (n and (i >= len(stream) or stream[i][2] != NONE)):
                found = matches(here, rest[:n]) or []
            else:
                found = []
                start = next_unused(first_unused)
                while start < len(stream):
                    j = text.find(rest[0], start)
                    if j < 0:
                        break
                    if not used[j] and stream[j][2] != NONE:
                        found = matches(j, rest) or []
                        if found:
                            break
                    start = j + 1
            if not found:
                page = stream[here][0] if here < len(stream) else "?"
                around = "".join(
                    ch for ch, u in zip(text[max(0, here - 10) : here + 20],
                                        used[max(0, here - 10) : here + 20], strict=True)
                    if not u
                )
                problems.append(f"{where} (page {page}): not found; the PDF has …{around}…")
                return problems[:30]
            for j in found:
                used[j] = True
            pos += found
            k += len(found)
            cursor = found[-1] + 1
        page = stream[pos[0]][0]
        if stream[pos[0]][2] == NONE:
            problems.append(f"{where} (page {page}): no space or line break before it")
        if any(stream[j][2] == SPACE for j in pos[1:]):
            problems.append(f"{where} (page {page}): a space inside it")
        first_unused = next_unused(first_unused)
    left = [j for j in range(len(stream)) if not used[j]]
    if left:
        problems.append(
            f"the PDF has text the sample has not (page {stream[left[0]][0]}): "
            + repr("".join(text[j] for j in left[:30]))
        )
    return problems[:30]


def pages_of(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)
