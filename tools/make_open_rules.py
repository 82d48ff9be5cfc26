"""Render tests/fixtures/open-rules.pdf: a cover page (the report's title and bureau) and
a two-page 일반현황 whose tables are drawn with
horizontal rules only, as LibreOffice Writer draws them: a thick rule above the grey
header, a thin rule under it, no vertical rules, no rules between body rows (a thin dotted
rule between the two 과 of the 조직 table only), a thick rule under the last row. The
인력 table breaks across the page: its first units on page 2, drawn open at the bottom
(no rule at the break), the rest on page 3 under its two-row header repeated.

Install (once, by hand; tests never need it): apt-get install -y libreoffice-writer fonts-nanum
Run: python tools/make_open_rules.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "open-rules.pdf"

THICK = "1.5pt solid #000000"
THIN = "0.5pt solid #000000"
DOT = "0.5pt dotted #000000"
GREY = "#d9d9d9"
FONT = "NanumMyeongjo"
GOTHIC = "NanumGothic"

#: the space left above "2. 인 력" so that its table breaks after the 국장's rows
GAP_CM = 9.0

ORG = [
    ("기업지원과", [("기업정책팀", "중소기업 육성 종합계획 수립"),
                ("판로지원팀", "중소기업 제품 판로개척 지원"),
                ("기업금융팀", "중소기업 육성자금 융자 및 이차보전")]),
    ("산업혁신과", [("산업기획팀", "지역 전략산업 육성계획 수립"),
                ("신산업팀", "미래 신산업 발굴 및 실증 지원"),
                ("기술혁신팀", "산학연 기술개발 및 사업화 지원")]),
]

#: unit, 정원 (4급, 5급, 6급이하, 공무직), 현원 (...)
STAFF = [
    ("계", (1, 7, 46, 6), (1, 7, 44, 6)),
    ("국  장", (1, 0, 0, 0), (1, 0, 0, 0)),
    ("기업지원과", (0, 4, 22, 3), (0, 4, 21, 3)),
    ("산업혁신과", (0, 3, 24, 3), (0, 3, 23, 3)),
]

#: unit, 2025년 예산, 2026년 예산 (백만원)
BUDGET = [
    ("계", 42_470, 44_385),
    ("기업지원과", 24_350, 22_980),
    ("산업혁신과", 18_120, 21_405),
]


class Doc:
    def __init__(self) -> None:
        self.body: list[str] = []
        self.tables: list[list[float]] = []

    def p(self, style: str, text: str = "") -> None:
        self.body.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')

    def table(self, cols_cm: list[float], head: list[list], rows: list[list],
              dotted_after: tuple[int, ...] = ()) -> None:
        """A row is a list of cells: text, (text, colspan, rowspan), or None where a merged
        cell covers it. ``dotted_after``: body rows drawn with a dotted rule under them."""
        self.tables.append(cols_cm)
        n = len(self.tables)
        x = [f'<table:table table:name="표{n}" table:style-name="Tbl{n}">']
        x += [f'<table:table-column table:style-name="Tbl{n}.C{i}"/>' for i in range(len(cols_cm))]

        def cells(row: list, r: int, header: bool) -> str:
            out = []
            for c in row:
                if c is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                text, cs, rs = c if isinstance(c, tuple) else (c, 1, 1)
                end = r + rs - 1
                if header:
                    style = "H" + ("T" if r == 0 else "") + ("B" if end == len(head) - 1 else "")
                    style = "HN" if style == "H" else style
                else:
                    style = "BL" if end == len(rows) - 1 else "BD" if end in dotted_after else "BN"
                span = (f' table:number-columns-spanned="{cs}"' if cs > 1 else "") + (
                    f' table:number-rows-spanned="{rs}"' if rs > 1 else "")
                pst = "TH" if header else "TC"
                out.append(f'<table:table-cell table:style-name="{style}" '
                           f'office:value-type="string"{span}>'
                           f'<text:p text:style-name="{pst}">{escape(text)}</text:p>'
                           "</table:table-cell>")
            return "".join(out)

        x.append("<table:table-header-rows>")
        x += [f'<table:table-row table:style-name="Row">{cells(r, i, True)}</table:table-row>'
              for i, r in enumerate(head)]
        x.append("</table:table-header-rows>")
        x += [f'<table:table-row table:style-name="Row">{cells(r, i, False)}</table:table-row>'
              for i, r in enumerate(rows)]
        x.append("</table:table>")
        self.body.append("".join(x))


def num(v: int) -> str:
    return "-" if v == 0 else f"{v:,}"


def change(a: int, b: int) -> str:
    return f"{b - a:,}" if b >= a else f"△{a - b:,}"


def content() -> Doc:
    d = Doc()
    d.p("B1", "2026년 주요업무보고 다온광역시 경제정책국")  # (the cover's title and bureau)
    d.p("H1", "Ⅰ. 일반현황")

    d.p("H2", "1. 조 직")
    teams = sum(len(t) for _, t in ORG)
    d.p("B1", f"□ 조 직 : 1국 {len(ORG)}과 {teams}팀")
    rows, dotted = [], []
    for div, ts in ORG:
        for i, (team, duty) in enumerate(ts):
            rows.append([(div, 1, len(ts)) if i == 0 else None, team, duty])
        dotted.append(len(rows) - 1)
    d.table([3.4, 3.4, 9.2], [["과", "팀", "주 요 업 무"]], rows, dotted_after=tuple(dotted[:-1]))

    for unit, a, c in STAFF[1:]:
        assert len(a) == len(c) == 4 and unit
    for i in range(4):  # the 계 row is the sum of the units
        assert STAFF[0][1][i] == sum(s[1][i] for s in STAFF[1:])
        assert STAFF[0][2][i] == sum(s[2][i] for s in STAFF[1:])
    d.p("Gap")
    d.p("H2", "2. 인 력")
    d.p("B1", f"□ 정원 {sum(STAFF[0][1])}명 / 현원 {sum(STAFF[0][2])}명 (’26. 1. 1. 기준)")
    d.p("Unit", "(단위 : 명)")
    rows = []
    for unit, a, c in STAFF:
        rows.append([(unit, 1, 2), "정 원", num(sum(a))] + [num(v) for v in a])
        rows.append([None, "현 원", num(sum(c))] + [num(v) for v in c])
    d.table([3.4, 2.0, 2.0, 2.2, 2.2, 2.2, 2.0],
            [[("구    분", 2, 2), None, ("계", 1, 2), ("일 반 직", 3, 1), None, None,
              ("공무직", 1, 2)],
             [None, None, None, "4급", "5급", "6급이하", None]],
            rows)

    assert BUDGET[0][1] == sum(b[1] for b in BUDGET[1:])
    assert BUDGET[0][2] == sum(b[2] for b in BUDGET[1:])
    d.p("H2", "3. 예 산")
    d.p("Unit", "(단위 : 백만원)")
    rows = [[u, f"{a:,}", f"{b:,}", change(a, b)] for u, a, b in BUDGET]
    d.table([4.0, 3.6, 3.6, 3.2], [["구    분", "2025년 예산", "2026년 예산", "증    감"]], rows)
    return d


def pstyle(name: str, size: float, bold: bool = False, font: str = FONT, align: str = "justify",
           ml: float = 0.0, ti: float = 0.0, mt: float = 0.0, mb: float = 0.1, extra: str = "",
           lh: int = 140) -> str:
    w = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:style style:name="{name}" style:family="paragraph"{extra}>'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-left="{ml}cm" '
            f'fo:text-indent="{ti}cm" fo:margin-top="{mt}cm" fo:margin-bottom="{mb}cm" '
            f'fo:line-height="{lh}%"/>'
            f'<style:text-properties style:font-name="{font}" style:font-name-asian="{font}" '
            f'fo:font-size="{size}pt" style:font-size-asian="{size}pt"{w} fo:language="ko" '
            f'fo:country="KR" style:language-asian="ko" style:country-asian="KR"/></style:style>')


def cstyle(name: str, top: str = "none", bottom: str = "none", grey: bool = False) -> str:
    bg = f' fo:background-color="{GREY}"' if grey else ""
    return (f'<style:style style:name="{name}" style:family="table-cell">'
            f'<style:table-cell-properties{bg} fo:border-top="{top}" fo:border-bottom="{bottom}" '
            'fo:border-left="none" fo:border-right="none" fo:padding-top="0.05cm" '
            'fo:padding-bottom="0.05cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm" '
            'style:vertical-align="middle"/></style:style>')


def fodt(d: Doc) -> str:
    styles = [
        pstyle("Standard", 12),
        pstyle("H1", 16, bold=True, font=GOTHIC, align="left", mb=0.4,
               extra=' style:master-page-name="Body"'),
        pstyle("H2", 14, bold=True, font=GOTHIC, align="left", mt=0.4, mb=0.2),
        pstyle("B1", 13, align="left", ml=0.9, ti=-0.6, mb=0.15),
        pstyle("Gap", 12, mt=GAP_CM, mb=0.0),
        pstyle("Unit", 10, align="right", mb=0.05),
        pstyle("TH", 10.5, bold=True, font=GOTHIC, align="center", mb=0.0, lh=120),
        pstyle("TC", 10.5, align="center", mb=0.0, lh=120),
        pstyle("Footer", 10, align="center", mb=0.0),
    ]
    auto = [
        cstyle("HTB", THICK, THIN, True), cstyle("HT", THICK, "none", True),
        cstyle("HB", "none", THIN, True), cstyle("HN", "none", "none", True),
        cstyle("BN"), cstyle("BL", bottom=THICK), cstyle("BD", bottom=DOT),
        '<style:style style:name="Row" style:family="table-row"><style:table-row-properties '
        'fo:keep-together="always"/></style:style>',
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
        'fo:page-height="29.7cm" fo:margin-top="2.0cm" fo:margin-bottom="1.5cm" '
        'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:footer-style>'
        '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/>'
        "</style:footer-style></style:page-layout>",
    ]
    for n, cols in enumerate(d.tables, start=1):
        auto.append(f'<style:style style:name="Tbl{n}" style:family="table">'
                    f'<style:table-properties style:width="{sum(cols)}cm" table:align="center" '
                    'fo:margin-top="0.1cm" '
                    'fo:margin-bottom="0.4cm"/></style:style>')
        auto += [f'<style:style style:name="Tbl{n}.C{i}" style:family="table-column">'
                 f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
                 for i, w in enumerate(cols)]
    ns = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"' for k, v in (
        ("office", "office:1.0"), ("style", "style:1.0"), ("text", "text:1.0"),
        ("table", "table:1.0"), ("fo", "xsl-fo-compatible:1.0"), ("svg", "svg-compatible:1.0")))
    nl = "\n"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ns} office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="{FONT}" svg:font-family="{FONT}"/>
<style:font-face style:name="{GOTHIC}" svg:font-family="{GOTHIC}"/>
</office:font-face-decls>
<office:styles>
{nl.join(styles)}
</office:styles>
<office:automatic-styles>
{nl.join(auto)}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Body" style:page-layout-name="pm1"><style:footer>
<text:p text:style-name="Footer">- <text:page-number text:select-page="current">1</text:page-number>
 -</text:p></style:footer></style:master-page>
<style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
{nl.join(d.body)}
</office:text></office:body></office:document>
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "open-rules.fodt"
        src.write_text(fodt(content()), encoding="utf-8")
        profile = (Path(tmp) / "profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)
        shutil.copyfile(Path(tmp) / "open-rules.pdf", OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
