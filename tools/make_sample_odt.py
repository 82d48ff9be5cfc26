"""Render the sample as an ODT and convert it with headless LibreOffice:
tests/fixtures/seoul-innovation-bureau-2021-lo.pdf.

A third, independent layout of samples/seoul-innovation-bureau-2021.txt (the blocks of
tools/sample_layout.py: numerals and card numbers in boxes of their own, 예산 집행계획
headers on two rows, narrow wrapped cells, tables over page breaks), written as an
OpenDocument text with the standard library (zipfile and XML) and laid out and
paginated by LibreOffice Writer (``soffice --headless --convert-to pdf``):

* A4, the page number "- N -" in the page footer (a page-number field);
* Writer breaks Hangul between any two syllables (as HWP's 글자 단위 wrapping does), so
  the narrow cells wrap inside words ("서울혁신파" / "크 조성"); the space at a break
  between words is drawn at the end of its line;
* table borders are 0.6 pt rules around every cell, covered cells of spans are real ODF
  covered cells; rows of the long tables break across pages; header rows are not
  repeated.

The generator checks the PDF's text layer against the blocks (every token of every
non-blank line, in order; tools/sample_layout.py:check_pdf) and fails when it does not
carry the sample.

Deterministic: the ODT is the same bytes every run (fixed zip times, no dates in meta),
LibreOffice runs with a fresh profile and only BogoseoGothic as an extra font, and the
time of conversion, which LibreOffice writes as /CreationDate (and hashes into /ID and
/DocChecksum), is replaced by a fixed date and a digest of the file, all of the same
length (the file's offsets stay valid).  Another LibreOffice version may lay the pages
out differently (the tests read features, not positions).

Install (once, by hand; tests never need it):
    apt-get install -y libreoffice-writer-nogui fonts-nanum
    .venv/bin/pip install -e '.[tools]'
Run from the repository root:
    .venv/bin/python tools/make_sample_odt.py   (options: --text, --out, --keep-odt PATH)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_layout as L

DEFAULT_OUT = L.ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021-lo.pdf"
FIXED_DATE = b"D:20210201000000+00'00'"
ZIP_TIME = (2021, 2, 1, 0, 0, 0)

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)
FONT_DECLS = (
    "<office:font-face-decls>"
    f'<style:font-face style:name="{L.FAMILY}" svg:font-family="{L.FAMILY}" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/>'
    "</office:font-face-decls>"
)


def pt(v: float) -> str:
    return f"{round(v, 2):g}pt"


def text_props(size: float, bold: bool = False, color: str | None = None) -> str:
    weight = "bold" if bold else "normal"
    props = (
        f'style:font-name="{L.FAMILY}" style:font-name-asian="{L.FAMILY}" '
        f'style:font-name-complex="{L.FAMILY}" fo:font-size="{pt(size)}" '
        f'style:font-size-asian="{pt(size)}" style:font-size-complex="{pt(size)}" '
        f'fo:font-weight="{weight}" style:font-weight-asian="{weight}" '
        f'style:font-weight-complex="{weight}" fo:language="ko" fo:country="KR" '
        'style:language-asian="ko" style:country-asian="KR"'
    )
    if color:
        props += f' fo:color="{color}"'
    return f"<style:text-properties {props}/>"


class Styles:
    """Automatic styles, one per distinct look, named in order of first use."""

    def __init__(self) -> None:
        self.xml: list[str] = []
        self.names: dict[tuple[object, ...], str] = {}

    def get(self, family: str, key: tuple[object, ...], body: str, prefix: str) -> str:
        k = (family, *key)
        if k not in self.names:
            name = f"{prefix}{len([n for n in self.names if n[0] == family]) + 1}"
            self.names[k] = name
            self.xml.append(f'<style:style style:name="{name}" style:family="{family}">'
                            f"{body}</style:style>")
        return self.names[k]

    def para(self, p: L.Para, in_cell: bool) -> str:
        key = (p.size, p.bold, p.align, p.indent, p.before, p.after, p.color, p.keep_next,
               p.page_break and not in_cell)
        align = {"left": "start", "center": "center", "right": "end"}[p.align]
        props = (
            f'fo:text-align="{align}" fo:margin-left="{pt(p.indent)}" '
            f'fo:margin-top="{pt(p.before)}" fo:margin-bottom="{pt(p.after)}" '
            'style:text-autospace="none" style:punctuation-wrap="simple" '
            'style:line-break="normal"'
            f' fo:line-height="{"105%" if in_cell else "125%"}"'
        )
        if p.keep_next:
            props += ' fo:keep-with-next="always"'
        if p.page_break and not in_cell:
            props += ' fo:break-before="page"'
        body = f"<style:paragraph-properties {props}/>" + text_props(p.size, p.bold, p.color)
        return self.get("paragraph", key, body, "P")

    def table(self, t: L.Table) -> str:
        key = (sum(t.widths), t.x, t.before, t.after, t.page_break, t.keep)
        props = (
            f'style:width="{pt(sum(t.widths))}" table:align="left" '
            f'fo:margin-left="{pt(t.x)}" fo:margin-top="{pt(t.before)}" '
            f'fo:margin-bottom="{pt(t.after)}" '
            f'style:may-break-between-rows="{"false" if t.keep else "true"}"'
        )
        if t.page_break:
            props += ' fo:break-before="page"'
        return self.get("table", key, f"<style:table-properties {props}/>", "T")

    def column(self, width: float) -> str:
        body = f'<style:table-column-properties style:column-width="{pt(width)}"/>'
        return self.get("table-column", (width,), body, "C")

    def row(self, min_height: float) -> str:
        props = 'fo:keep-together="auto"'
        if min_height:
            props += f' style:min-row-height="{pt(min_height)}"'
        return self.get("table-row", (min_height,), f"<style:table-row-properties {props}/>",
                        "R")

    def cell(self, c: L.Cell) -> str:
        border = {
            "all": 'fo:border="0.6pt solid #000000"',
            "bottom": 'fo:border="none" fo:border-bottom="1.5pt solid #000000"',
            "none": 'fo:border="none"',
        }[c.rules]
        props = (
            f"{border} "
            f'fo:padding-left="{pt(L.CELL_PAD)}" fo:padding-right="{pt(L.CELL_PAD)}" '
            'fo:padding-top="2.5pt" fo:padding-bottom="2.5pt" '
            f'style:vertical-align="{c.valign}"'
        )
        if c.fill:
            props += f' fo:background-color="{c.fill}"'
        return self.get("table-cell", (c.fill, c.valign, c.rules),
                        f"<style:table-cell-properties {props}/>", "X")


def runs(text: str) -> str:
    """Paragraph text with runs of spaces as <text:s/> (ODF collapses plain spaces)."""
    out = []
    for m in re.finditer(r" +|[^ ]+", text):
        s = m.group()
        if s.startswith(" "):
            out.append(" ")
            if len(s) > 1:
                out.append(f'<text:s text:c="{len(s) - 1}"/>')
        else:
            out.append(escape(s))
    return "".join(out)


def para(p: L.Para, styles: Styles, in_cell: bool = False) -> str:
    return f'<text:p text:style-name="{styles.para(p, in_cell)}">{runs(p.text)}</text:p>'


def table(t: L.Table, styles: Styles, n: int) -> str:
    out = [f'<table:table table:name="Table{n}" table:style-name="{styles.table(t)}">']
    out += [f'<table:table-column table:style-name="{styles.column(w)}"/>' for w in t.widths]
    at = {(p.row, p.col): p.cell for p in L.place(t)}
    covered = {
        (r + dr, c + dc)
        for (r, c), cell in at.items()
        for dr in range(cell.rowspan)
        for dc in range(cell.colspan)
    } - set(at)
    row_style = styles.row(t.min_row)
    for r in range(len(t.rows)):
        out.append(f'<table:table-row table:style-name="{row_style}">')
        for c in range(len(t.widths)):
            if (r, c) in covered:
                out.append("<table:covered-table-cell/>")
                continue
            cell = at[(r, c)]
            attrs = f' table:style-name="{styles.cell(cell)}" office:value-type="string"'
            if cell.colspan > 1:
                attrs += f' table:number-columns-spanned="{cell.colspan}"'
            if cell.rowspan > 1:
                attrs += f' table:number-rows-spanned="{cell.rowspan}"'
            inner = "".join(para(p, styles, in_cell=True) for p in cell.paras) or "<text:p/>"
            out.append(f"<table:table-cell{attrs}>{inner}</table:table-cell>")
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def content_xml(blocks: Sequence[L.Block]) -> str:
    styles = Styles()
    body = []
    for n, b in enumerate(blocks, start=1):
        body.append(para(b, styles) if isinstance(b, L.Para) else table(b, styles, n))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
        f"{FONT_DECLS}<office:automatic-styles>{''.join(styles.xml)}</office:automatic-styles>"
        "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body>"
        "</office:document-content>\n"
    )


def styles_xml() -> str:
    cm = 28.3465  # points per centimetre
    footer_h = L.MARGIN_BOTTOM - 10 * cm / 10  # the page margin is 10 mm, the footer the rest
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}>{FONT_DECLS}'
        "<office:styles>"
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties style:text-autospace="none" '
        'style:punctuation-wrap="simple" style:line-break="normal" '
        'style:writing-mode="lr-tb"/>' + text_props(11) + "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Footer" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:text-align="center"/>' + text_props(9)
        + "</style:style></office:styles>"
        "<office:automatic-styles>"
        '<style:page-layout style:name="A4">'
        f'<style:page-layout-properties fo:page-width="{pt(L.PAGE_W)}" '
        f'fo:page-height="{pt(L.PAGE_H)}" style:print-orientation="portrait" '
        f'fo:margin-top="{pt(L.MARGIN_TOP)}" fo:margin-bottom="{pt(10 * cm / 10)}" '
        f'fo:margin-left="{pt(L.MARGIN_X)}" fo:margin-right="{pt(L.MARGIN_X)}"/>'
        "<style:footer-style>"
        f'<style:header-footer-properties fo:min-height="{pt(footer_h - 12)}" '
        'fo:margin-top="12pt"/>'
        "</style:footer-style></style:page-layout></office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Standard" '
        'style:page-layout-name="A4"><style:footer>'
        '<text:p text:style-name="Footer">- <text:page-number text:select-page="current"/>'
        " -</text:p></style:footer></style:master-page></office:master-styles>"
        "</office:document-styles>\n"
    )


def meta_xml() -> str:
    title = "서울혁신기획관 2021 주요업무보고 (bogoseo test rendering, LibreOffice)"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
        "<meta:generator>bogoseo tools/make_sample_odt.py</meta:generator>"
        f"<dc:title>{escape(title)}</dc:title>"
        "</office:meta></office:document-meta>\n"
    )


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    + "".join(
        f'<manifest:file-entry manifest:full-path={quoteattr(n)} manifest:media-type="text/xml"/>'
        for n in ("content.xml", "styles.xml", "meta.xml")
    )
    + "</manifest:manifest>\n"
)


def write_odt(blocks: Sequence[L.Block], path: Path) -> None:
    parts = [
        ("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("content.xml", content_xml(blocks), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml(), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in parts:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("soffice not found; apt-get install -y libreoffice-writer-nogui")


def convert(odt: Path, fonts: Path, work: Path) -> Path:
    """ODT -> PDF with a fresh LibreOffice profile that sees BogoseoGothic."""
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{escape(str(fonts))}</dir><cachedir>{escape(str(work / 'fc-cache'))}</cachedir>"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    profile = work / "profile"
    outdir = work / "pdf"
    cmd = [
        soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
        "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(odt),
    ]
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), TZ="UTC", LANG="C.UTF-8",
               HOME=str(work))
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    out = outdir / (odt.stem + ".pdf")
    if run.returncode != 0 or not out.exists():
        raise SystemExit(f"soffice failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    return out


def fix_dates(path: Path) -> None:
    """The conversion time -> a fixed date; /ID and /DocChecksum (LibreOffice hashes the
    time into them) -> a digest of the file with the dates fixed; all of the same length."""
    data = path.read_bytes()

    def date(m: re.Match[bytes]) -> bytes:
        d = m.group(2)
        return m.group(1) + FIXED_DATE[: len(d)].ljust(len(d), b"0")

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)", date, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)",
                  lambda m: m.group(1) + b"2021-02-01T00:00:00Z"[: len(m.group(2))].ljust(
                      len(m.group(2)), b"0"), data)
    ids = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
    check = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")
    digest = hashlib.md5(check.sub(b"", ids.sub(b"", data))).hexdigest().upper().encode()

    def ident(m: re.Match[bytes]) -> bytes:
        out = m.group(0)
        for g in m.groups():
            out = out.replace(g, digest[: len(g)].ljust(len(g), b"0"))
        return out

    data = check.sub(ident, ids.sub(ident, data))
    path.write_bytes(data)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, default=L.DEFAULT_TEXT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--keep-odt", type=Path, help="also write the ODT here")
    args = ap.parse_args(argv)
    src, blocks, notes = L.load(args.text)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        fonts = work / "fonts"
        fonts.mkdir()
        L.prepare_fonts(fonts, L.sample_chars(src))
        odt = work / "report.odt"
        write_odt(blocks, odt)
        if args.keep_odt:
            shutil.copyfile(odt, args.keep_odt)
        out = convert(odt, fonts, work)
        fix_dates(out)
        problems = L.check_pdf(out, blocks)
        if problems:
            keep = Path(tempfile.gettempdir()) / "bogoseo-lo-failed.pdf"
            shutil.copyfile(out, keep)
            raise SystemExit(f"the PDF ({keep}) does not carry the sample:\n"
                             + "\n".join(problems))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, args.out)
    for msg in notes:
        print("note:", msg)
    print(f"{args.out}: {L.pages_of(args.out)} pages, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
