"""Render the sample as HTML and print it with headless Chromium:
tests/fixtures/seoul-innovation-bureau-2021-chromium.pdf.

A second, independent layout of samples/seoul-innovation-bureau-2021.txt (the blocks of
tools/sample_layout.py: numerals and card numbers in boxes of their own, 예산 집행계획
headers on two rows, narrow wrapped cells, tables over page breaks), laid out and
paginated by Chromium's print engine (Blink/Skia) instead of reportlab:

* A4, the page number "- N -" in the bottom margin (a CSS @page margin box);
* the one-line paragraphs keep the sample's spacing (``white-space: pre``: double spaces
  and letter-spaced titles stay as they are); wrapped cells break between words
  (``word-break: keep-all``, as HWP's 어절 wrapping does) and inside a word only where a
  word is wider than its cell;
* every cell is ruled all round (0.35 pt, so 0.7 pt between two cells), shaded header
  cells; rows of the long tables break across pages, each part of a broken row ruled
  all round (``box-decoration-break: clone``), as Hancom closes a table at a page
  break; header rows are not repeated.

The generator checks the PDF's text layer against the blocks (every token of every
non-blank line, in order; tools/sample_layout.py:check_pdf) and fails when it does not
carry the sample.

Deterministic: the same HTML and fonts give the same layout; Chromium writes the time of
printing as /CreationDate and /ModDate, which this script replaces with a fixed date of
the same length (the file's offsets stay valid).  Another Chromium version may lay the
pages out differently (the tests read features, not positions).

Install (once, by hand; tests never need it):
    apt-get install -y chromium fonts-nanum
    .venv/bin/pip install -e '.[tools]'
Run from the repository root:
    .venv/bin/python tools/make_sample_html.py   (options: --text, --out, --keep-html DIR)
    .venv/bin/python tools/make_sample_html.py --house   (another house style: house_css;
        tests/fixtures/seoul-innovation-bureau-2021-chromium-house.pdf)
    .venv/bin/python tools/make_sample_html.py --rows   (tables with row rules only:
        ROWS_CSS; tests/fixtures/seoul-innovation-bureau-2021-chromium-rows.pdf)
    .venv/bin/python tools/make_sample_html.py --rows --plain   (and no shading at all:
        PLAIN_CSS; tests/fixtures/seoul-innovation-bureau-2021-chromium-plain.pdf)
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_layout as L

DEFAULT_OUT = L.ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021-chromium.pdf"
HOUSE_OUT = L.ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021-chromium-house.pdf"
ROWS_OUT = L.ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021-chromium-rows.pdf"
PLAIN_OUT = L.ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021-chromium-plain.pdf"
FIXED_DATE = b"D:20210201000000+00'00'"

CSS = f"""
@page {{
  size: A4;
  margin: {L.MARGIN_TOP}pt {L.MARGIN_X}pt {L.MARGIN_BOTTOM}pt {L.MARGIN_X}pt;
  @bottom-center {{
    content: "- " counter(page) " -";
    font-family: {L.FAMILY}; font-size: 9pt; vertical-align: middle;
  }}
}}
@font-face {{ font-family: {L.FAMILY}; font-weight: 400;
  src: url("{L.FAMILY}-Regular.ttf") format("truetype"); }}
@font-face {{ font-family: {L.FAMILY}; font-weight: 700;
  src: url("{L.FAMILY}-Bold.ttf") format("truetype"); }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; font-family: {L.FAMILY}; font-kerning: none;
  font-variant-ligatures: none; text-rendering: optimizeSpeed; }}
p {{ margin: 0; white-space: pre; line-height: 1.5; }}
p.w {{ white-space: pre-wrap; word-break: keep-all; overflow-wrap: anywhere;
  line-height: 1.35; }}
td p {{ line-height: 1.35; }}
table {{ border-collapse: separate; border-spacing: 0; table-layout: fixed; }}
td {{ border: 0.35pt solid #000; padding: 2.5pt {L.CELL_PAD}pt; overflow: hidden;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
tr {{ break-inside: auto; }}
table.keep {{ break-inside: avoid; }}
"""


def pt(v: float) -> str:
    return f"{round(v, 2):g}pt"


def para(p: L.Para) -> str:
    style = [f"font-size:{pt(p.size)}"]
    if p.bold:
        style.append("font-weight:700")
    if p.align != "left":
        style.append(f"text-align:{p.align}")
    if p.indent:
        style.append(f"margin-left:{pt(p.indent)}")
    if p.before:
        style.append(f"margin-top:{pt(p.before)}")
    if p.after:
        style.append(f"margin-bottom:{pt(p.after)}")
    if p.color:
        style.append(f"color:{p.color}")
    if p.keep_next:
        style.append("break-after:avoid")
    if p.page_break:
        style.append("break-before:page")
    cls = ' class="w"' if p.wrap else ""
    return f'<p{cls} style="{";".join(style)}">{html.escape(p.text, quote=False)}</p>'


def table(t: L.Table) -> str:
    style = [f"width:{pt(sum(t.widths))}"]
    if t.x:
        style.append(f"margin-left:{pt(t.x)}")
    if t.before:
        style.append(f"margin-top:{pt(t.before)}")
    style.append(f"margin-bottom:{pt(t.after)}")
    if t.page_break:
        style.append("break-before:page")
    cls = ' class="keep"' if t.keep else ""
    out = [f'<table{cls} data-role="{t.role}" style="{";".join(style)}">', "<colgroup>"]
    out += [f'<col style="width:{pt(w)}">' for w in t.widths]
    out.append("</colgroup>")
    row_style = f' style="height:{pt(t.min_row)}"' if t.min_row else ""
    for row in t.rows:
        out.append(f"<tr{row_style}>")
        for c in row:
            attrs = ""
            if c.colspan > 1:
                attrs += f' colspan="{c.colspan}"'
            if c.rowspan > 1:
                attrs += f' rowspan="{c.rowspan}"'
            cs = [f"vertical-align:{c.valign}"]
            if c.rules == "none":
                cs.append("border:none")
            elif c.rules == "bottom":
                cs.append("border-width:0 0 1.5pt 0")
            if c.fill:
                cs.append(f"background:{c.fill}")
            out.append(f'<td{attrs} style="{";".join(cs)}">' + "".join(map(para, c.paras))
                       + "</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


#: --house: the fonts of another house style (fonts-nanum): NanumSquare, whose space
#: glyph reads U+0001 in Chromium's PDFs, and NanumMyeongjo Bold, which lacks ■ (drawn as
#: its .notdef box, read "(cid:0)")
HOUSE_FONTS = {400: "NanumSquareR.ttf", 700: "NanumMyeongjoBold.ttf"}
NANUM = Path("/usr/share/fonts/truetype/nanum")
HOUSE_FAMILY = "BogoseoHouse"
#: --house: the running head over every page
HOUSE_HEAD = "서울혁신기획관 주요업무보고"


def house_css() -> str:
    """Hancom's open-sided tables (no rule at a table's left and right), a running head
    over every page, and the fonts of :data:`HOUSE_FONTS`."""
    # a family of its own: the sample's fonts are no fallback for the glyphs these lack
    faces = "".join(
        f"@font-face {{ font-family: {HOUSE_FAMILY}; font-weight: {w};\n"
        f'  src: url("{(NANUM / f).as_uri()}") format("truetype"); }}\n'
        for w, f in HOUSE_FONTS.items()
    )
    return (
        f"@page {{ @top-right {{ content: \"{HOUSE_HEAD}\"; font-family: {HOUSE_FAMILY};"
        " font-size: 9pt; } }\n" + faces + f"body {{ font-family: {HOUSE_FAMILY}; }}\n"
        + "td:first-child { border-left: none !important; }\n"
        "td:last-child { border-right: none !important; }\n"
    )  # fmt: skip


#: --rows: tables drawn with row rules only (no column rule at all; a shaded header's
#: cells still have their fill's sides)
ROWS_CSS = "td { border-left: none !important; border-right: none !important; }\n"
#: --plain (with --rows): no cell shaded either, so no fill draws a column's side
PLAIN_CSS = "td { background: none !important; }\ntd p { color: #000000 !important; }\n"


def document(
    blocks: Sequence[L.Block], house: bool = False, rows: bool = False, plain: bool = False
) -> str:
    body = [para(b) if isinstance(b, L.Para) else table(b) for b in blocks]
    css = CSS + (house_css() if house else "") + (ROWS_CSS if rows else "")
    css += PLAIN_CSS if plain else ""
    return (
        '<!doctype html>\n<html lang="ko"><head><meta charset="utf-8">\n'
        "<title>서울혁신기획관 2021 주요업무보고 (bogoseo test rendering, Chromium)</title>\n"
        f"<style>{css}</style></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium not found; apt-get install -y chromium")


def print_pdf(page: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", f"--print-to-pdf={out}", "--no-pdf-header-footer",
            "--disable-pdf-tagging",  # no structure tree: a tenth of the size
            page.as_uri(),
        ]
        env = dict(os.environ, TZ="UTC", LANG="C.UTF-8")
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
        if run.returncode != 0 or not out.exists():
            raise SystemExit(f"chromium failed ({run.returncode}):\n{run.stderr[-2000:]}")


def fix_dates(path: Path) -> None:
    """The print time -> a fixed date of the same length (offsets stay valid)."""
    data = path.read_bytes()

    def repl(m: re.Match[bytes]) -> bytes:
        date = m.group(2)
        fixed = FIXED_DATE[: len(date)].ljust(len(date), b"0")
        return m.group(1) + fixed

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)", repl, data)
    path.write_bytes(data)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, default=L.DEFAULT_TEXT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--keep-html", type=Path, help="also keep the HTML and fonts in this folder")
    ap.add_argument("--house", action="store_true",
                    help=f"another house style ({HOUSE_OUT.name}): see house_css")
    ap.add_argument("--rows", action="store_true",
                    help=f"tables with row rules only ({ROWS_OUT.name}): see ROWS_CSS")
    ap.add_argument("--plain", action="store_true",
                    help=f"with --rows, no shading either ({PLAIN_OUT.name}): see PLAIN_CSS")
    args = ap.parse_args(argv)
    if args.house and args.out == DEFAULT_OUT:
        args.out = HOUSE_OUT
    if args.rows and args.out == DEFAULT_OUT:
        args.out = PLAIN_OUT if args.plain else ROWS_OUT
    src, blocks, notes = L.load(args.text)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        L.prepare_fonts(work, L.sample_chars(src))
        page = work / "report.html"
        page.write_text(document(blocks, args.house, args.rows, args.plain), encoding="utf-8")
        out = work / "report.pdf"
        print_pdf(page, out)
        fix_dates(out)
        if args.keep_html:
            shutil.copytree(work, args.keep_html, dirs_exist_ok=True)
        # (the house style's text layer reads its spaces as U+0001 and its ■ as "(cid:0)",
        # and has a running head: what the readers are tested on, not the sample's text)
        problems = [] if args.house else L.check_pdf(out, blocks)
        if problems:
            raise SystemExit("the PDF does not carry the sample:\n" + "\n".join(problems))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, args.out)
    for msg in notes:
        print("note:", msg)
    print(f"{args.out}: {L.pages_of(args.out)} pages, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
