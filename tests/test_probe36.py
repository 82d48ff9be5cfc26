"""Forms of the genre met in a 구 안전도시국's HWPX numbered by Hancom's automatic
numbering (a table of facilities of as many columns as its duty table), ...: what each
must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from extract.document import Cell, Grid, Line, LineKind
from extract.layout.tables import build_tables
from extract.read.pdf import read_pdf
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_read_pdf import pdf_file

DUTIES = [
    ["과", "팀", "주요업무"],
    ["안전총괄과", "안전정책팀", "- 안전정책 총괄\n- 재난안전 예산 관리"],
    ["안전총괄과", "비상대비팀", "- 민방위 운영"],
]
FACILITIES = [
    ["구 분", "현 황", "비 고"],
    ["공공용 대피시설", "62개소", "지하주차장, 지하철역 등 공공용 시설"],
    ["방범용 CCTV", "1,284대", "통합관제센터 24시간 관제"],
]


def test_a_table_of_as_many_columns_under_a_later_part_is_no_more_duties() -> None:
    """"과 | 팀 | 주요업무" under "1. 조직", then "4. 주요 시설 현황" over "구 분 | 현 황 | 비
    고": the second is no duty table going on (its counts had been read as divisions,
    "62개소", and their remarks as duties)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "누리구 안전도시국", "Ⅰ. 일반현황", "1. 조직"]),
        p(_table(DUTIES, {(1, 0): 2})),
        *map(p, ["2. 주요 시설 현황"]),
        p(_table(FACILITIES)),
        *map(p, ["Ⅱ. 2026년 주요업무 추진계획", "1. 재난안전 체계 고도화"]),
    )  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("안전정책팀", "안전정책 총괄"), ("안전정책팀", "재난안전 예산 관리"),
        ("비상대비팀", "민방위 운영"),
    ]  # fmt: skip


# --- a slide deck: each page framed by a box, its running foot inside ---------------------


def _framed_pages(n: int) -> bytes:
    """A landscape PDF of ``n`` pages, each framed by a box split by a title band, with a
    line of body text and a running foot, "Culture Bureau - k -", inside the frame."""
    kids = " ".join(f"{3 + 2 * k} 0 R" for k in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids.encode(), n)]  # fmt: skip
    font = 3 + 2 * n
    for k in range(1, n + 1):
        stream = (
            b"0 0 842 595 re S 0 533 842 62 re S "
            b"BT /F1 20 Tf 40 555 Td (Title of slide %d) Tj ET "
            b"BT /F1 12 Tf 60 400 Td (Body text of the slide number %d) Tj ET "
            b"BT /F1 10 Tf 40 20 Td (Culture Bureau - %d -) Tj ET" % (k, k, k)
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font "
            b"<< /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, 4 + 2 * (k - 1))
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_file(objects)


def test_a_running_foot_inside_a_frame_round_the_page_is_furniture() -> None:
    """A slide deck draws each page in a box (its title in a band across the top) and its
    running foot inside it: the foot is furniture, as anywhere else (it had been kept as
    content, a cell's line of a table repeated on every page, each page's foot residue)."""
    doc = read_pdf(_framed_pages(4), "slides.pdf")
    feet = [ln for ln in doc.lines if ln.text.startswith("Culture Bureau")]
    assert len(feet) == 4 and all(ln.kind == LineKind.FURNITURE for ln in feet)
    body = [ln for ln in doc.lines if ln.text.startswith("Body text")]
    assert len(body) == 4 and all(ln.kind == LineKind.CONTENT for ln in body)


# --- a report by bureau: each chapter a 실·국 over its divisions and teams --------------

BUREAUS = """2026년 시정 주요업무계획
해람시

Ⅰ. 기획조정실
1. 일반현황
○ 조직 : 2과 5팀
- 기획예산과(3팀) : 기획팀, 예산팀, 평가팀
- 감사과(2팀) : 감사팀, 조사팀
○ 정원 68명 / 현원 66명
2. 2026년 주요업무계획
가. 시민참여예산제 확대 운영 (기획예산과)
○ 사업비 : 850백만원(시 850)
3. 2025년 행정사무감사 처리결과
가. 예산 집행 점검 철저 (기획예산과)
○ 조치결과 : 집행 점검 완료
Ⅱ. 경제산업국
1. 일반현황
○ 조직 : 1과 2팀
- 경제정책과(2팀) : 경제기획팀, 투자유치팀
○ 정원 40명 / 현원 39명
2. 2026년 주요업무계획
가. 첨단산업 투자유치 (경제정책과)
○ 사업비 : 500백만원(시 500)
"""


def test_a_report_by_bureau_lists_each_bureaus_divisions_and_staff() -> None:
    """"Ⅰ. 기획조정실" / "1. 일반현황" / "- 기획예산과(3팀) : 기획팀, 예산팀, 평가팀" and "○
    정원 68명 / 현원 66명": the bureau over its divisions, each over its teams, and the
    bureau's staff (none of them had been read: the chapters' general parts are no
    report's general section)."""
    report = _text(BUREAUS)
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units[:6] == [
        ("기획조정실", "bureau", None), ("기획예산과", "division", "기획조정실"),
        ("기획팀", "team", "기획예산과"), ("예산팀", "team", "기획예산과"),
        ("평가팀", "team", "기획예산과"), ("감사과", "division", "기획조정실"),
    ]  # fmt: skip
    assert ("투자유치팀", "team", "경제정책과") in units
    assert ("경제산업국", "bureau", None) in units
    staff = [(s.unit, s.authorized, s.current) for s in report.staffing]
    assert staff == [("기획조정실", 68, 66), ("경제산업국", 40, 39)]
    assert [p.division for p in report.projects] == ["기획예산과", "경제정책과"]


# --- a table over a page break: a sliver of an empty row atop the next page ---------------


def _cells(specs: list[tuple[int, int, int, int, str]], first: int, page: int) -> list[Cell]:
    return [Cell(r, c, rs, cs, (t,) if t else (), (first + r,), page)
            for r, c, rs, cs, t in specs]  # fmt: skip


def test_a_group_merged_over_a_page_break_under_an_empty_row_spans_both_parts() -> None:
    """"일반회계" merged down its rows, cut by the page break, the next page's part drawn
    empty under the header repeated and a sliver of an empty row (LibreOffice): the group
    spans both parts, its 소계 over all its divisions (the rows after the break had lost
    it, 3 subtotal and 3 total checks failing)."""
    head = [(0, 0, 1, 2, "구 분"), (0, 2, 1, 1, "2026 예산"), (0, 3, 1, 1, "2025 예산")]
    above = Grid(_cells([*head, (1, 0, 1, 2, "계"), (1, 2, 1, 1, "100"), (1, 3, 1, 1, "90"),
                         (2, 0, 2, 1, "일반회계"), (2, 1, 1, 1, "소 계"), (2, 2, 1, 1, "60"),
                         (2, 3, 1, 1, "50"), (3, 1, 1, 1, "교통정책과"), (3, 2, 1, 1, "20"),
                         (3, 3, 1, 1, "15")], 1, 3), 4, 4, "ruled", 3, 3)  # fmt: skip
    below = Grid(_cells([*head, (1, 0, 3, 1, ""), (1, 1, 1, 1, ""), (1, 2, 1, 1, ""),
                         (1, 3, 1, 1, ""), (2, 1, 1, 1, "대중교통과"), (2, 2, 1, 1, "25"),
                         (2, 3, 1, 1, "20"), (3, 1, 1, 1, "교통시설과"), (3, 2, 1, 1, "15"),
                         (3, 3, 1, 1, "15"), (4, 0, 1, 2, "기금"), (4, 2, 1, 1, "40"),
                         (4, 3, 1, 1, "40")], 20, 4), 5, 4, "ruled", 4, 4)  # fmt: skip
    lines = [Line(n, "x", "x", 3 if n < 20 else 4) for n in [*range(1, 5), *range(20, 25)]]
    (table,) = build_tables([above, below], lines)
    paths = {c.row_header for c in table.body() if c.col == 2}
    assert paths == {"계", "일반회계 / 소 계", "일반회계 / 교통정책과", "일반회계 / 대중교통과",
                     "일반회계 / 교통시설과", "기금"}  # fmt: skip
    assert table.n_rows == 7


def test_a_chart_tables_column_of_teams_labels_no_staff_row() -> None:
    """"과 | 팀 | 정원" with each 과's teams listed in its cell: the 정원 is the 과's (it had
    been put under the cell of its teams, "교통정책팀, 교통기획팀", and the 계 row's under
    "15팀")."""
    rows = [["과", "팀", "정원"], ["계", "4팀", "46"],
            ["교통정책과", "교통정책팀, 교통기획팀", "22"],
            ["대중교통과", "버스정책팀, 도시철도팀", "24"]]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "한빛광역시 교통국", "Ⅰ. 일반현황", "1. 조 직",
                 "○ 기구 : 1국 2과 4팀", "(단위 : 명)"]),
        p(_table(rows)),
        *map(p, ["Ⅱ. 2026년 주요업무계획", "1. 도시철도 2호선 건설"]),
    )  # fmt: skip
    staff = [(s.unit, s.is_total, s.authorized) for s in report.staffing]
    assert staff == [("계", True, 46), ("교통정책과", False, 22), ("대중교통과", False, 24)]
