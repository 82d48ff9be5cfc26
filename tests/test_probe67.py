"""Forms of the genre met in a sixteenth round of reports (a results chapter's budget
execution by division, a card's execution table, ...): what each must give, worked out
from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.footnotes import is_page_footnote, raised_marks
from extract.layout.markers import read_marker
from extract.parse.org_cells import team_names
from extract.read.glyphs import normalize_text
from extract.read.pdf.figures import table_picture_message, table_pictures
from extract.read.pdf.reader import read_pdf
from extract.read.pdf.sheets import _footers
from extract.sections import Section, without_page_footnotes
from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed
from tests.test_read_pdf import pdf_file, tiny_pdf

#: a results chapter: the budget's execution by division, a card's budget in a table of
#: what was spent of it
EXECUTION = """2026년 업무보고
한별도농업기술원

Ⅰ. 일반현황
 1. 조 직 : 1원 3과
  □ 기구 : 지도기획과, 작물연구과, 원예연구과
 2. 예 산
  □ 2026년 예산 : 89,450백만원
Ⅱ. 2025년 주요업무 추진실적
  □ 2025년 예산 집행현황
                                       (단위 : 백만원, %)
    구    분        예산현액      집행액      잔  액      집행률
    계                38,790      37,253       1,537        96.0
    지도기획과        18,620      18,214         406        97.8
    작물연구과        11,240      10,618         622        94.5
    원예연구과         8,930       8,421         509        94.3
 1. 고품질 벼 보급 확대 (작물연구과)
  ○ 사 업 비 : 1,200백만원 (국비 600, 도비 600)
 2. 시설원예 에너지 절감 (원예연구과)
  ○ 사 업 비 : 850백만원 (도비 510, 시군비 340)
 3. 병해충 예찰·방제 강화 (원예연구과)
  ○ 사업기간 : 2025. 1. ~ 12.
  ○ 예산 집행실적
                               (단위 : 백만원)
      예산액        집행액       집행률(%)
         640           598          93.4
Ⅲ. 2026년 주요업무 추진계획
 1. 기후위기 대응 농업기술 개발
  ○ 사 업 비 : 1,560백만원 (국비 780, 도비 780)
"""


def test_a_results_chapters_budget_execution_by_division() -> None:
    """"□ 2025년 예산 집행현황" in Ⅱ over "구 분 | 예산현액 | 집행액 | 잔 액 | 집행률": budget
    lines of each division, of the year its title gives (the table had been read only in
    the general section; 예산현액 no item); its 계 checked against its divisions, not
    against the year's budget the general section states."""
    report = _text(EXECUTION)
    lines = [(b.unit, b.is_total, b.item, b.label, b.year, b.amount_krw)
             for b in report.budget_lines if b.label != "2026년 예산"]  # fmt: skip
    assert lines[:4] == [
        ("계", True, None, "예산현액", 2025, 38_790_000_000),
        ("계", True, None, "집행액", 2025, 37_253_000_000),
        ("계", True, None, "잔액", 2025, 1_537_000_000),
        ("지도기획과", False, None, "예산현액", 2025, 18_620_000_000),
    ]
    assert len(lines) == 12
    assert not failed(report)
    assert any(c.check == "budget_lines.units" and c.passed for c in report.validation)


def test_a_cards_budget_told_in_a_table_of_its_execution() -> None:
    """A result's card with no cost line over "(단위 : 백만원)" / "예산액 집행액 집행률(%)" /
    "640 598 93.4" (a one-row text table): its cost is the 예산액."""
    report = _text(EXECUTION)
    costs = {p.project_id: (p.cost_label, p.cost_krw) for p in report.projects}
    assert costs["Ⅱ-3"] == ("예산액", 640_000_000)
    assert costs["Ⅱ-2"] == ("사업비", 850_000_000)


# --- an audit body's own report; the council's findings in one bracket --------------------

#: an audit body's report: its own audit results in Ⅱ, the council's findings in Ⅳ
AUDIT_BODY = """2026년 주요업무보고
한솔광역시 감사위원회

Ⅰ. 일반현황
 1. 설치근거 및 기능
  □ 주요기능
   ○ 시 본청, 자치구 및 공사·공단에 대한 감사
   ○ 공직자 복무감찰 및 공익신고 처리
 2. 조 직 : 2과 4팀
 3. 부서별 주요기능
   ○ 감사총괄과 : 연간 감사계획 수립, 시민감사관 운영
   ○ 조사과 : 공직자 복무감찰 실시, 공익신고 사건 처리
Ⅱ. 2025년 주요 감사결과
 1. 기관별 종합감사 결과
                                         (단위 : 건)
    기    관        지적건수      시 정      주 의      징 계
    계                    58         31         22          5
    한솔도시공사          31         17         11          3
    한솔교통공사          27         14         11          2
Ⅲ. 2026년 주요업무 추진계획
 1. 2026년 감사계획
  □ 감사 실시계획 : 총 3회
    감사종류       대상기관(분야)         감사기간        주관부서
    종합감사       한솔교통공사          ’26. 3.~4.       감사총괄과
    특정감사       보조금 집행 실태      ’26. 5.          감사총괄과
    복무감찰       연말연시 공직기강     ’26. 12.         조사과
 2. 감사 역량 강화
  □ 통합관리시스템 고도화 (감사총괄과)
   ○ 사 업 비 : 320,000천원 (국비 120,000, 시비 200,000)
Ⅳ. 2025년 행정사무감사 처리결과
  ○ 총 2건(시정요구 1, 건의 1) : 완료 1, 추진중 1
   1. 공익신고 처리기간 장기화 (시정요구 / 조사과)
    ○ 조치결과 : 처리기한 관리 강화
    ○ 처리상황 : 완료
   2. 시민감사관 활동 확대 (건의 / 감사총괄과)
    ○ 조치결과 : 운영계획 수립 중
    ○ 처리상황 : 추진중
"""


def test_the_councils_findings_not_an_audit_bodys_own_results() -> None:
    """"Ⅱ. 2025년 주요 감사결과" (a table by 기관 of 지적건수) and "Ⅳ. 2025년 행정사무감사
    처리결과": the findings are Ⅳ's alone (Ⅱ's rows had been findings whose text was a
    count, and its summary line unread); each finding's category and division from the one
    bracket that closes its title, "(시정요구 / 조사과)" (neither had been read)."""
    report = _text(AUDIT_BODY)
    got = [(f.no, f.finding, f.category, f.category_raw, f.divisions, f.status)
           for f in report.audit_findings]  # fmt: skip
    assert got == [
        (1, "공익신고 처리기간 장기화", "correction", "시정요구", ["조사과"], "completed"),
        (2, "시민감사관 활동 확대", "suggestion", "건의", ["감사총괄과"], "in_progress"),
    ]
    assert [(s.total, s.completed, s.in_progress) for s in report.audit_summary][:1] == [(2, 1, 1)]
    assert not failed(report)


def test_the_divisions_functions_over_the_bodys_own() -> None:
    """"3. 부서별 주요기능" after "1. 설치근거 및 기능" / "□ 주요기능" (the body's own, no
    division named): the divisions' duties (the bullet had taken the role, nothing read)."""
    report = _text(AUDIT_BODY)
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("감사총괄과", "연간 감사계획 수립"), ("감사총괄과", "시민감사관 운영"),
        ("조사과", "공직자 복무감찰 실시"), ("조사과", "공익신고 사건 처리"),
    ]  # fmt: skip


def test_an_audit_plans_rows_dated_by_their_period() -> None:
    """"감사종류 | 대상기관(분야) | 감사기간 | 주관부서": each row a step of its item, the
    task what its 대상기관 column (a bracket closing the header) names (no row had been
    read)."""
    rows = [["감사종류", "대상기관(분야)", "감사기간", "주관부서"],
            ["종합감사", "한솔교통공사", "’26. 3.~4.", "감사총괄과"],
            ["특정감사", "보조금 집행 실태", "’26. 5.", "감사총괄과"]]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("한솔광역시 감사위원회"), p("Ⅰ. 2026년 주요업무 추진계획"),
        p("1. 2026년 감사계획"), p("□ 감사 실시계획 : 총 2회"), p(_table(rows)),
        p("2. 감사 역량 강화"), p("○ 사 업 비 : 320,000천원 (시비 320,000)"),
    )  # fmt: skip
    got = [(s.task, s.raw, str(s.start)) for s in report.schedules if s.project_id == "1"]
    assert got == [("한솔교통공사", "’26. 3.~4.", "2026-03-01"),
                   ("보조금 집행 실태", "’26. 5.", "2026-05-01")]  # fmt: skip


# --- a 과's own report: its teams, its top ----------------------------------------------------


@pytest.mark.parametrize(
    ("cover", "listing", "top"),
    [
        # (the teams under the team word alone: "○ 팀 : …")
        ("서림구 문화관광과", "○ 팀 : 문화정책팀, 관광진흥팀", "문화관광과"),
        # (no cover names the 과: the one 과 the count line counts, over its teams)
        ("", "○ 문화관광과 : 문화정책팀, 관광진흥팀", "문화관광과"),
    ],
)
def test_a_divisions_teams_under_its_count_line(cover: str, listing: str, top: str) -> None:
    report = _text(
        f"2026년 주요업무보고\n{cover}\n\nⅠ. 일반현황\n 1. 조 직\n  □ 조 직 : 1과 2팀\n"
        f"   {listing}\nⅡ. 주요업무 추진계획\n 1. 문화 행사\n  ○ 사업비 : 100백만원\n"
    )
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [(top, "division", None), ("문화정책팀", "team", top),
                   ("관광진흥팀", "team", top)]  # fmt: skip


def test_an_audit_summary_whose_total_column_is_headed_by_the_count() -> None:
    """"구 분 | 건 수 | 완 료 | 추진중": 건 수 is each row's total (추진중's figures had
    been read as completed)."""
    report = _text(
        "2026년 주요업무보고\n서림구 문화관광과\nⅠ. 주요업무 추진계획\n 1. 문화 행사\n"
        "  ○ 사업비 : 100백만원\nⅡ. 2025년 행정사무감사 처리결과\n 1. 처리현황\n"
        "  □ 총 3건 (시정요구 2건, 건의 1건) : 완료 2건, 추진중 1건\n"
        "                                  (단위 : 건)\n"
        "     구 분        건 수      완 료      추진중\n"
        "     계              3          2          1\n"
        "     시정요구        2          2          -\n"
        "     건 의           1          -          1\n"
    )
    got = [(s.category_raw, s.total, s.completed, s.in_progress) for s in report.audit_summary]
    assert got == [("계", 3, 2, 1), ("시정요구", 2, 2, 0), ("건의", 1, 0, 1)]


# --- two pages on a sheet ---------------------------------------------------------------------


def _sheet(body: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"


def _two_sheets(first: bytes, second: bytes) -> bytes:
    """A PDF of two landscape A4 sheets with Helvetica as /F1 and these contents."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] " \
           b"/Resources << /Font << /F1 5 0 R >> >> /Contents %d 0 R >>"  # fmt: skip
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        page % 6, page % 7,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _sheet(first), _sheet(second),
    ])  # fmt: skip


def _columns(left: list[bytes], right: list[bytes]) -> bytes:
    return b"".join(
        b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, 500 - 20 * i, t)
        for i in range(max(len(left), len(right)))
        for x, t in ((60, left[i] if i < len(left) else b""),
                     (480, right[i] if i < len(right) else b"")) if t
    )  # fmt: skip


def test_a_cover_sheet_of_a_two_up_document_is_cut_too() -> None:
    """The first sheet holds the cover beside the contents, no page numbers; the next
    sheet two numbered pages: the cover's lines, then the contents' (the cover sheet had
    been read across, the cover's lines joined with the contents')."""
    cover = [b"Cover title of the report", b"Name of the office"]
    contents = [b"Contents one", b"Contents two"]
    left = [b"A%d left page line of text" % i for i in range(6)]
    right = [b"B%d right page line of text" % i for i in range(6)]
    feet = b"BT /F1 10 Tf 200 30 Td (- 1 -) Tj ET\nBT /F1 10 Tf 620 30 Td (- 2 -) Tj ET\n"
    pdf = _two_sheets(_columns(cover, contents), _columns(left, right) + feet)
    texts = [ln.text for ln in read_pdf(pdf, "x").lines if ln.is_content]
    assert texts == [t.decode() for t in cover + contents + left + right]


def test_a_page_number_whose_spaces_are_drawn_as_control_characters() -> None:
    """"-\\x011\\x01-" at the foot of each half (Chromium's NanumGothic draws its space as
    U+0001): a page number, so the sheet holds two pages."""
    def foot(x: float, text: str) -> list[dict[str, object]]:
        return [{"text": ch, "x0": x + 5 * i, "x1": x + 5 * i + 4, "top": 580.0}
                for i, ch in enumerate(text)]  # fmt: skip

    assert _footers(foot(200, "-\x011\x01-"), 595.0)
    assert not _footers(foot(200, "-\x01가\x01-"), 595.0)


def test_a_picture_under_a_tables_unit_is_said_to_hold_a_table() -> None:
    """A picture right under "○ 직급별 인력 현황 (단위 : 명)" (a table pasted as a picture, no
    text layer): the reader says which page and where (it had passed over it in silence);
    a picture far under the line, or beside it, is none."""
    line = Line(7, "○ 직급별 인력 현황 (단위 : 명)", "", 3)
    boxes = {7: (60.0, 100.0, 500.0, 112.0)}
    found = table_pictures([line], boxes, {3: [(60.0, 118.0, 500.0, 300.0)]})
    assert found == [(3, "○ 직급별 인력 현황 (단위 : 명)")]
    assert "page 3 under '○ 직급별 인력 현황 (단위 : 명)'" in table_picture_message(found)
    assert table_pictures([line], boxes, {3: [(60.0, 400.0, 500.0, 600.0)]}) == []
    assert table_pictures([line], boxes, {3: [(520.0, 118.0, 580.0, 300.0)]}) == []


def test_a_text_tables_rows_dated_by_period_with_no_figure() -> None:
    """The audit plan in a text export, its columns apart by runs of spaces, each row a date
    and no figure ("종합감사  한솔교통공사  ’26. 3.~4.  감사총괄과"): a table (its lines had
    been the bullet's text, no step read)."""
    report = _text(
        "2026년 주요업무보고\n한솔광역시 감사위원회\nⅠ. 2026년 주요업무 추진계획\n"
        " 1. 2026년 감사계획\n  □ 감사 실시계획 : 총 2회\n"
        "    감사종류       대상기관(분야)         감사기간        주관부서\n"
        "    종합감사       한솔교통공사          ’26. 3.~4.       감사총괄과\n"
        "    복무감찰       연말연시 공직기강     ’26. 12.         조사과\n"
        " 2. 감사 역량 강화\n  ○ 사 업 비 : 320,000천원 (시비 320,000)\n"
    )
    assert [(t.n_rows, t.n_cols) for t in report.tables] == [(3, 4)]
    got = [(s.task, s.raw) for s in report.schedules if s.project_id == "1"]
    assert got == [("한솔교통공사", "’26. 3.~4."), ("연말연시 공직기강", "’26. 12.")]


# --- a card table of labels over one row of values; a 연구소's own report -------------------


def _over_card(title: str, period: str, cost: list[str]) -> str:
    inner = tbl(2, 4, [cell(r, c, p(text)) for r, row in enumerate([
        ["계", "국비", "시비", "구비"], cost]) for c, text in enumerate(row)])  # fmt: skip
    labels = ["사 업 명", "사업기간", "사 업 비", "추진일정"]
    return tbl(2, 4, [
        *(cell(0, c, p(label)) for c, label in enumerate(labels)),
        cell(1, 0, p(title)), cell(1, 1, p(period)),
        cell(1, 2, p("(단위 : 천원)"), p(inner)), cell(1, 3, p("’26. 3. : 대상자 모집")),
    ])  # fmt: skip


def test_a_card_table_of_labels_over_one_row_of_values() -> None:
    """"사 업 명 | 사업기간 | 사 업 비 | 추진일정" over the project's row, its cost a table
    drawn in its cell: each label's value the cell under it (the cards had each been
    titled 사업기간, with no cost), its division the bracket closing its name."""
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "누리구 보건소", "Ⅰ. 2026년 주요업무계획",
                 "1. 감염병으로부터 안전한 건강도시"]),
        p(_over_card("결핵 환자관리 강화 (감염병관리과)", "2026. 1. ~ 12.",
                     ["412,600", "206,300", "61,890", "144,410"])),
        p(_over_card("국가예방접종 지원 (감염병관리과)", "2026. 1. ~ 12.",
                     ["3,184,500", "1,592,250", "477,675", "1,114,575"])),
    )  # fmt: skip
    got = [(r.project_id, r.title, r.division, r.cost_krw, str(r.period_start))
           for r in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "결핵 환자관리 강화", "감염병관리과", 412_600_000, "2026-01-01"),
        ("1-2", "국가예방접종 지원", "감염병관리과", 3_184_500_000, "2026-01-01"),
    ]
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding[:3] == [("1-1", "국비", 206_300_000), ("1-1", "시비", 61_890_000),
                           ("1-1", "구비", 144_410_000)]  # fmt: skip


def test_a_research_stations_own_report_names_its_top() -> None:
    """A cover "한빛도 산림환경연구소" over a chart table "과 | 팀 | 주요업무": the 연구소 is
    the top (no top had been named, the chart dropped), as a 사업소 is."""
    rows = [["과", "팀", "주요업무"], ["운영지원과", "총무팀", "인사, 복무"],
            ["", "재무팀", "예산, 계약"], ["산림연구과", "산림자원팀", "산림자원 조사"]]
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛도 산림환경연구소"), p("1. 일반현황"),
        p("1.1 조직"), p("○ 조 직 : 1소장 2과 3팀"),
        p(_table(rows, {(1, 0): 2})), p("2. 2026년 주요업무계획"), p("2.1 숲 가꾸기"),
        p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got[:3] == [
        ("산림환경연구소", "bureau", None), ("운영지원과", "division", "산림환경연구소"),
        ("총무팀", "team", "운영지원과"),
    ]  # fmt: skip


def test_a_total_row_that_counts_the_column_of_names() -> None:
    """"계  4팀  58  56" under "과 | 팀 | 정원 | 현원" (the 팀 column's count on the total
    row): the table's first row (the table had lost its columns, the 계 joined to the next
    row's 과, "계교통정책과", a division over the others, and every team lost)."""
    report = _text(
        "2026년 상반기 주요업무 추진상황\n한빛광역시 교통국\n\nⅠ. 일반현황\n 1. 조직 및 인력\n"
        "   ◈ 조    직 : 1국 2과 4팀\n\n"
        "                                                     (단위 : 명)\n"
        "      과            팀                                    정원    현원\n"
        "      계            4팀                                     58      56\n"
        "      교통정책과    교통정책팀, 교통기획팀                  30      29\n"
        "      대중교통과    대중교통팀, 버스정책팀                  28      27\n"
        "Ⅱ. 주요업무 추진계획\n 1. 버스 개편\n  ○ 사업비 : 100백만원\n"
    )
    assert [(u.name, u.parent) for u in report.organization if u.level != "team"] == [
        ("교통국", None), ("교통정책과", "교통국"), ("대중교통과", "교통국"),
    ]
    assert len([u for u in report.organization if u.level == "team"]) == 4
    got = [(s.unit, s.is_total, s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", True, 58, 56), ("교통정책과", False, 30, 29), ("대중교통과", False, 28, 27),
    ]  # fmt: skip
    assert not failed(report)


def test_a_picture_behind_lines_of_text_holds_no_unread_table() -> None:
    """A shaded picture behind the table's lines (their text read): no warning."""
    line = Line(7, "○ 직급별 인력 현황 (단위 : 명)", "", 3)
    row = Line(8, "계 32 30", "", 3)
    boxes = {7: (60.0, 100.0, 500.0, 112.0), 8: (70.0, 125.0, 480.0, 137.0)}
    assert table_pictures([line, row], boxes, {3: [(60.0, 118.0, 500.0, 300.0)]}) == []


# --- an OCR'd text; a report of several bureaus --------------------------------------------


def test_a_row_framed_by_rules_read_as_bars() -> None:
    """"|계   8,215,300   8,652,400   437,100   5.3 |" (OCR read the table's border as a bar):
    the total row, 계 (its unit had been "|계", every line of the table the body's)."""
    report = _text(
        "2019년 주요업무보고\n청람군 문화관광과\nⅠ. 일반현황\n 1. 예 산\n"
        "   口 2019년 세출예산 : 8,652,400천원\n"
        "                                                      (단위 : 천원)\n"
        "      구   분       2018년 예산    2019년 예산     증  감    증감률(%)\n"
        "  |계                 4,000,000      4,200,000      200,000        5.0 |\n"
        "    문화예술팀        2,000,000      2,100,000      100,000        5.0\n"
        "    관광기획팀        2,000,000      2,100,000      100,000        5.0\n"
        "Ⅱ. 주요업무 추진계획\n 1. 축제\n  ㅇ 사업비 : 100,000천원\n"
    )
    assert [(s.unit, s.is_total) for s in report.budget_summary] == [
        ("계", True), ("문화예술팀", False), ("관광기획팀", False),
    ]  # fmt: skip
    assert {b.unit for b in report.budget_lines} == {"계", "문화예술팀", "관광기획팀"}


def test_a_findings_bracket_of_eight_letters_with_its_division() -> None:
    """"④ 향토유적 안내판 정비 (건의, 문화재팀)": category 건의, division 문화재팀 (the
    bracket had been read as a category alone, "건의, 문화재팀")."""
    report = _text(
        "2019년 주요업무보고\n청람군 문화관광과\nⅠ. 주요업무 추진계획\n 1. 축제\n"
        "  ㅇ 사업비 : 100,000천원\nⅡ. 2018년 행정사무감사 처리결과\n"
        " ① 향토유적 안내판 정비 (건의, 문화재팀)\n  ㅇ 조치결과 : 안내판 12개소 정비\n"
        "  ㅇ 처리상황 : 완료\n"
    )
    got = [(f.category, f.category_raw, f.divisions) for f in report.audit_findings]
    assert got == [("suggestion", "건의", ["문화재팀"])]


def test_a_health_centres_chapter_in_a_report_of_bureaus() -> None:
    """"Ⅲ. 보건소" over "1. 일반현황" / "2. 주요업무 추진계획": a unit's chapter, as "Ⅰ.
    기획재정국" (its parts had no role, its projects none)."""
    report = _text(
        "2026년 구정 주요업무보고\n한솔구\n"
        "Ⅰ. 기획재정국\n 1. 일반현황\n  ○ 인력 : 정원 74명 / 현원 71명\n"
        " 2. 주요업무 추진계획\n  가. 재정 신속집행 (예산과)\n   ○ 사업비 : 100백만원\n"
        "Ⅱ. 보건소\n 1. 일반현황\n  ○ 인력 : 정원 84명 / 현원 81명\n"
        " 2. 주요업무 추진계획\n  가. 치매안심센터 운영 (건강증진과)\n   ○ 사업비 : 200백만원\n"
    )
    assert [(p.title, p.cost_krw) for p in report.projects] == [
        ("재정 신속집행", 100_000_000), ("치매안심센터 운영", 200_000_000),
    ]  # fmt: skip


#: a report of two bureaus, each chapter with its own general part of tables
BUREAUS = """2026년 구정 주요업무보고
한솔구

Ⅰ. 기획재정국
 1. 일반현황
  가. 조 직 : 1국 2과 4팀
     과            팀 수     팀    명
     기획예산과      2       기획팀, 예산팀
     재무과          2       경리팀, 회계팀
  나. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                 1,500           1,400            100          7.1
     기획예산과           800             700            100         14.3
     재무과               700             700              -            -
 2. 주요업무 추진계획
  가. 주민참여예산 (기획예산과)
   ○ 사업비 : 320백만원 (구비 320)
Ⅱ. 보건소
 1. 일반현황
  가. 조 직 : 1소 1과 2팀
     과            팀 수     팀    명
     건강증진과      2       건강관리팀, 정신건강팀
  나. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                   900             800            100         12.5
     건강증진과           900             800            100         12.5
 2. 주요업무 추진계획
  가. 치매안심센터 운영 (건강증진과)
   ○ 사업비 : 200백만원 (국비 100, 구비 100)
"""


def test_each_bureaus_chart_in_its_chapters_table() -> None:
    """"과 | 팀 수 | 팀 명" in each bureau's chapter: the bureau over its 과, each over its
    teams (no unit had been read: only lines listing a 과's teams were)."""
    report = _text(BUREAUS)
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("기획재정국", "bureau", None), ("기획예산과", "division", "기획재정국"),
        ("기획팀", "team", "기획예산과"), ("예산팀", "team", "기획예산과"),
        ("재무과", "division", "기획재정국"), ("경리팀", "team", "재무과"),
        ("회계팀", "team", "재무과"),
        ("보건소", "bureau", None), ("건강증진과", "division", "보건소"),
        ("건강관리팀", "team", "건강증진과"), ("정신건강팀", "team", "건강증진과"),
    ]  # fmt: skip


def test_each_bureaus_budget_in_its_chapters_table() -> None:
    """"나. 예 산 (일반회계 세출)" in each chapter: its rows of the summary, the 계 the
    bureau's, of expenditure (its bracket's side) (no budget had been read)."""
    report = _text(BUREAUS)
    got = [(s.unit, s.is_total, s.side, s.budget_krw) for s in report.budget_summary]
    assert got == [
        ("기획재정국", True, "expenditure", 1_500_000_000),
        ("기획예산과", False, "expenditure", 800_000_000),
        ("재무과", False, "expenditure", 700_000_000),
        ("보건소", True, "expenditure", 900_000_000),
        ("건강증진과", False, "expenditure", 900_000_000),
    ]
    assert {b.account for b in report.budget_lines} == {"일반회계"}
    assert not failed(report)


# --- a PDF's footnotes: marks set small and raised, notes at the page's foot ---------------


def test_a_footnotes_mark_set_small_and_raised_is_no_part_of_its_word() -> None:
    """"Division" with "1)" set small and raised after it (LibreOffice's footnote mark): the
    line's text is the words alone, its raw keeps the mark as superscripts; a "1)" set on
    the line's own baseline and size (a list's number) stays."""
    body = (
        b"BT /F1 11 Tf 60 700 Td (o Climate Division) Tj ET\n"
        b"BT /F1 6 Tf 4 Ts 148 700 Td (1\\)) Tj ET\n"
        b"BT /F1 11 Tf 60 680 Td (o Energy Division 2\\) plan) Tj ET\n"
    )
    lines = [ln for ln in read_pdf(tiny_pdf(body), "x").lines if ln.is_content]
    assert [ln.text for ln in lines] == ["o Climate Division", "o Energy Division 2) plan"]
    assert "Division¹⁾" in lines[0].raw


def test_a_pages_footnote_whose_mark_is_raised_in_a_table() -> None:
    """A line "1) …" at the page's foot whose mark is set raised on the page (in a table's
    cell, "기후에너지과¹⁾"): a footnote, by the marks the page's lines keep in their raw."""
    cell = Line(15, "기후에너지과 4 기후정책팀", "기후에너지과¹⁾ 4 기후정책팀", 3)
    note = Line(34, "1) 2026. 1. 1. 조직개편으로 명칭 변경", "1) 2026. 1. 1. …", 3)
    other = Line(35, "2) 현원에는 육아휴직자 포함", "2) …", 3)
    marks = raised_marks([cell, note, other])
    assert marks == {3: {1: 15}}
    assert is_page_footnote(note, marks) and not is_page_footnote(other, marks)
    assert normalize_text("기후에너지과¹⁾ 4") == "기후에너지과 4"
    assert normalize_text("면적 120m² 정비") == "면적 120m² 정비"  # (no mark: a square)


def test_a_line_by_line_reader_skips_a_pages_footnotes() -> None:
    """The footnotes at a page's foot, between a table's two parts, are no rows of it for
    the readers that read a section line by line (they had split the 예산 table in two, its
    second part with no side)."""
    rows = [Line(33, "기후에너지과 30,817", "기후에너지과¹⁾ 30,817", 3),
            Line(34, "1) 2026. 1. 1. 명칭 변경", "1) 2026. 1. 1. 명칭 변경", 3),
            Line(37, "자원순환과 113,131", "자원순환과 113,131", 4)]  # fmt: skip
    section = Section("budget_summary", "예산", (), tuple(rows))
    assert [ln.no for ln in without_page_footnotes(section).lines] == [33, 37]


# --- a second review: several bureaus, a 군 of 실과, footnotes, brackets ------------------

#: review case: each chapter's table lists the chapter's own unit
SELF = """2026년 군정 주요업무보고
청람군

Ⅰ. 기획감사실
 1. 일반현황
  가. 조 직 : 1실 2팀
     과            팀 수     팀    명
     기획감사실      2       기획팀, 감사팀
 2. 주요업무 추진계획
  가. 주민참여예산 (기획팀)
   ○ 사업비 : 320백만원 (군비 320)
Ⅱ. 행정복지과
 1. 일반현황
  가. 조 직 : 1과 2팀
     과            팀 수     팀    명
     행정복지과      2       행정팀, 복지팀
 2. 주요업무 추진계획
  가. 민원서비스 개선 (행정팀)
   ○ 사업비 : 100백만원 (군비 100)
"""
#: review case: a 군's chart by 실과 (its 보건소 among them), and each 실과's chapter
GUN3 = """2026년 군정 주요업무보고
청람군

Ⅰ. 일반현황
 1. 조 직 : 1실 1과 1소 4팀
     구  분          팀 수     팀    명
     기획감사실        2       기획팀, 감사팀
     행정복지과        1       행정팀
     보건소            1       건강증진팀
 2. 예 산 (세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                 5,000           4,600            400          8.7
     일반회계           3,000           2,800            200          7.1
     특별회계           2,000           1,800            200         11.1
Ⅱ. 기획감사실
 1. 일반현황
  가. 조 직 : 2팀
     과            팀 수     팀    명
     기획감사실      2       기획팀, 감사팀
  나. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                 1,500           1,400            100          7.1
     기획팀             1,000             900            100         11.1
     감사팀               500             500              -            -
 2. 주요업무 추진계획
  가. 주민참여예산 (기획팀)
   ○ 사업비 : 320백만원 (군비 320)
Ⅲ. 행정복지과
 1. 일반현황
  가. 조 직 : 1과 1팀
     팀    명        인 원     주 요 업 무
     행정팀            5       서무, 인사, 민원
  나. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                   800             700            100         14.3
     행정팀               800             700            100         14.3
 2. 주요업무 추진계획
  가. 민원서비스 개선 (행정팀)
   ○ 사업비 : 100백만원 (군비 100)
Ⅳ. 보건소
 1. 일반현황
  가. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                   700             700              -            -
     건강증진팀           700             700              -            -
 2. 주요업무 추진계획
  가. 치매안심센터 운영 (건강증진팀)
   ○ 사업비 : 200백만원 (국비 100, 군비 100)
"""
#: review case: the 군's budget table by 실과, and each 실과's own
GUN = """2026년 군정 주요업무보고
청람군

Ⅰ. 일반현황
 1. 조 직 : 1실 1과 1소 4팀
     실과소          팀 수     팀    명
     기획감사실        2       기획팀, 감사팀
     행정복지과        1       행정팀
     보건소            1       건강증진팀
 2. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                 3,000           2,800            200          7.1
     기획감사실         1,500           1,400            100          7.1
     행정복지과           800             700            100         14.3
     보건소               700             700              -            -
Ⅱ. 기획감사실
 1. 일반현황
  가. 조 직 : 2팀
     과            팀 수     팀    명
     기획감사실      2       기획팀, 감사팀
  나. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                 1,500           1,400            100          7.1
     기획팀             1,000             900            100         11.1
     감사팀               500             500              -            -
 2. 주요업무 추진계획
  가. 주민참여예산 (기획팀)
   ○ 사업비 : 320백만원 (군비 320)
Ⅲ. 행정복지과
 1. 일반현황
  가. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                   800             700            100         14.3
     행정팀               800             700            100         14.3
 2. 주요업무 추진계획
  가. 민원서비스 개선 (행정팀)
   ○ 사업비 : 100백만원 (군비 100)
Ⅳ. 보건소
 1. 일반현황
  가. 예 산 (일반회계 세출)
                                                  (단위 : 백만원)
     구    분      2026년 예산(A)   2025년 예산(B)   증 감(A-B)   증감률(%)
     계                   700             700              -            -
     건강증진팀           700             700              -            -
 2. 주요업무 추진계획
  가. 치매안심센터 운영 (건강증진팀)
   ○ 사업비 : 200백만원 (국비 100, 군비 100)
"""
#: review case: a bracket of an account and both sides
SIDES = """2026년 주요업무보고
청람군 문화관광과
Ⅰ. 일반현황
 1. 예 산 (일반회계 세입, 세출)
                                                      (단위 : 백만원)
      구   분       2026년 예산    2025년 예산     증  감    증감률(%)
      세입               500            400          100        25.0
      세출             4,200          4,000          200         5.0
Ⅱ. 주요업무 추진계획
 1. 축제
  ㅇ 사업비 : 100백만원
"""


def test_a_chapters_table_that_lists_the_chapters_own_unit() -> None:
    """"Ⅰ. 기획감사실" over "기획감사실 | 2 | 기획팀, 감사팀": one 기획감사실, a division
    over its teams (it had been a bureau over itself)."""
    report = _text(SELF)
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("기획감사실", "division", None), ("기획팀", "team", "기획감사실"),
        ("감사팀", "team", "기획감사실"), ("행정복지과", "division", None),
        ("행정팀", "team", "행정복지과"), ("복지팀", "team", "행정복지과"),
    ]  # fmt: skip
    assert not failed(report)


def test_a_guns_chart_whose_column_of_units_holds_its_health_centre() -> None:
    """"구 분 | 팀 수 | 팀 명" over 기획감사실, 행정복지과, 보건소: the 군's chart, the 보건소
    a unit of the 군 (the row had made the table none, and the chapters' tables alone had
    given a chart that the count line failed)."""
    report = _text(GUN3)
    got = [(u.name, u.parent) for u in report.organization if u.level != "team"]
    assert got == [("청람군", None), ("기획감사실", "청람군"), ("행정복지과", "청람군"),
                   ("보건소", "청람군")]  # fmt: skip
    assert not [c for c in failed(report) if c.startswith("organization")]


def test_the_chapters_budgets_are_not_read_beside_the_bodys_own() -> None:
    """A 군's budget table by 실과 in Ⅰ, and each 실과's in its chapter: only the 군's
    (each unit's money had been counted twice)."""
    report = _text(GUN)
    units = [b.unit for b in report.budget_lines if b.year == 2026]
    assert len(units) == len(set(units))


def test_a_bracket_of_an_account_and_both_sides_names_no_one_side() -> None:
    """"1. 예 산 (일반회계 세입, 세출)": no single side for the table (it had read revenue
    alone); each row that names a side alone over its figures, `세입 500 …`, that side's
    total."""
    report = _text(SIDES)
    assert {(s.unit, s.side, s.is_total) for s in report.budget_summary} == {
        ("계", "revenue", True), ("계", "expenditure", True)}


def test_a_notes_own_raised_mark_opening_its_line_stays() -> None:
    """"¹⁾ 한시사업 포함" (a note's own mark, opening its line): kept (only a mark set after
    a word is taken out of the text)."""
    assert normalize_text("¹⁾ 한시사업 포함") == "¹⁾ 한시사업 포함"
    assert normalize_text("기후에너지과¹⁾ 4") == "기후에너지과 4"


def test_a_list_item_above_its_pages_mark_is_no_footnote() -> None:
    """"1) 추진배경" on a page whose mark 1) is set further down, and its footnote "1) …"
    at the foot: only the line after the mark is the footnote."""
    item = Line(6, "1) 추진배경 : 탄소중립", "1) 추진배경 : 탄소중립", 2)
    carrier = Line(10, "○ 담당부서 : 기후에너지과", "○ 담당부서 : 기후에너지과¹⁾", 2)
    note = Line(12, "1) 2026. 1. 1. 조직개편", "1) 2026. 1. 1. 조직개편", 2)
    marks = raised_marks([item, carrier, note])
    assert not is_page_footnote(item, marks) and is_page_footnote(note, marks)


#: a report of several offices, its tables native (HWPX), each office's general part one
#: level down
def _office(name: str, rows: list[list[str]], staff: list[list[str]]) -> list[str]:
    chart = _table([["과(담당관)", "팀", "인원"], *rows])
    return [p(name), p("1. 일반현황"), p("가. 조 직"), p(chart),
            p("○ 주요기능"), p(f"- {rows[1][0]} : 정책 기획, 예산 편성"),
            p("나. 인 력"), p("(’26. 1. 1. 기준, 단위 : 명)"),
            p(_table([["구 분", "정 원", "현 원"], *staff]))]  # fmt: skip


def test_each_offices_chart_staff_and_duties_one_level_down() -> None:
    """"Ⅰ. 기획조정실" / "1. 일반현황" / "가. 조 직" over "과(담당관) | 팀 | 인원" (the bracket
    a kind of the same rank), "○ 주요기능" under it, "나. 인 력" over "구 분 | 정 원 | 현 원":
    the office's units, the 정원 and 현원 table's rows (not the chart's 인원 alone), each
    unit's duties."""
    rows = [["계", "4", "41"], ["기획예산담당관", "기획팀, 예산팀", "25"],
            ["법무담당관", "법무팀, 송무팀", "16"]]  # fmt: skip
    staff = [["계", "44", "41"], ["기획예산담당관", "27", "25"], ["법무담당관", "17", "16"]]
    report = _hwpx(p("2026년 주요업무보고"), p("한솔시"), *_office("Ⅰ. 기획조정실", rows, staff),
                   p("2. 주요업무 추진계획"), p("가. 재정 혁신 (기획예산담당관)"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got[:3] == [("기획조정실", "bureau", None), ("기획예산담당관", "division", "기획조정실"),
                       ("기획팀", "team", "기획예산담당관")]  # fmt: skip
    assert [(s.unit, s.authorized, s.current) for s in report.staffing] == [
        ("기획조정실", 44, 41), ("기획예산담당관", 27, 25), ("법무담당관", 17, 16),
    ]  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("기획예산담당관", "정책 기획"), ("기획예산담당관", "예산 편성"),
    ]  # fmt: skip


def test_duties_of_the_unit_beside_its_heads_rank() -> None:
    """"과 | 담 당 | 책임자 | 주 요 업 무": each duty the 담당's (past the column of its head's
    rank), not the 과's merged down beside them."""
    rows = [["과", "담 당", "책임자", "주 요 업 무"],
            ["교육정책과", "정책기획담당", "장학관", "교육정책 기본계획 수립"],
            ["", "교육협력담당", "장학관", "지자체 교육협력"]]  # fmt: skip
    report = _hwpx(p("2026년 주요업무보고"), p("가람광역시교육청 교육국"), p("Ⅰ. 일반현황"),
                   p("1. 조 직 : 1국 1과 2담당"), p(_table(rows, {(1, 0): 2})),
                   p("Ⅱ. 주요업무 추진계획"), p("1. 기초학력 (교육정책과)"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    got = [(f.division, f.function) for f in report.functions]
    assert got == [("정책기획담당", "교육정책 기본계획 수립"), ("교육협력담당", "지자체 교육협력")]


def test_a_spaced_cover_of_a_guns_division() -> None:
    """"한 솔 군 민 원 과" on the cover: the body 민원과 (it had been 한솔군민원과)."""
    report = _text("2026년 주요업무보고\n한 솔 군 민 원 과\n\nⅠ. 일반현황\n 1. 조 직\n"
                   "  ○ 조 직 : 1과 3팀\nⅡ. 주요업무 추진계획\n 1. 민원 개선\n"
                   "  ○ 사업비 : 60백만원\n")
    assert [u.name for u in report.organization][:1] == ["민원과"]


@pytest.mark.parametrize(
    ("row", "passed"),
    [
        ("계                38,790      37,253       1,537        96.0", True),
        ("계                38,790      37,253       1,537        69.0", False),
    ],
)
def test_an_execution_rate_against_what_was_spent_of_the_budget(row: str, passed: bool) -> None:
    """"집행률" on each row is 집행액 / 예산현액, to the decimals printed (no check had
    looked at it)."""
    report = _text(EXECUTION.replace(EXECUTION.splitlines()[12], "    " + row))
    got = [c.passed for c in report.validation
           if c.check == "tables.rate" and "(계 /" in c.detail]  # fmt: skip
    assert got == [passed]


def test_an_achievement_rate_is_not_held_to_its_result_over_its_target() -> None:
    """"목 표 | 실 적 | 달성률(%)" over a rank, 7위 targeted and 5위 reached at 140.0, and a
    count of accidents, 2 targeted and none, at 100: no rate check fails (a target the
    lower the better, a rate capped at 100, 2 − 실적/목표: the ways vary)."""
    rows = [["지 표", "목 표", "실 적", "달성률(%)"], ["종합순위", "7", "5", "140.0"],
            ["안전사고", "2", "0", "100.0"]]  # fmt: skip
    report = _hwpx(p("2025년 업무보고"), p("한빛시 체육진흥과"), p("Ⅰ. 2025년 주요성과"),
                   p("1. 성과지표"), p(_table(rows)), p("Ⅱ. 주요업무 추진계획"), p("1. 체전"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    assert not [c for c in report.validation if c.check == "tables.rate" and not c.passed]


def test_a_sides_subtotal_in_a_table_of_no_grand_total() -> None:
    """"세 입" merged down over "소 계", "일반회계", "특별회계", and "세 출" likewise, no 계
    over both: each side's 소계 is that side's whole, unit 계 (it had been the body's, so
    a reader of the 계 rows missed both sides' totals)."""
    rows = [["구 분", "", "2025년", "2026년"],
            ["세 입", "소 계", "1,500", "1,700"], ["", "일반회계", "1,000", "1,100"],
            ["", "특별회계", "500", "600"],
            ["세 출", "소 계", "1,400", "1,600"], ["", "일반회계", "900", "1,000"],
            ["", "특별회계", "500", "600"]]  # fmt: skip
    report = _hwpx(
        p("2026년 업무보고"), p("한울광역시 재정국"), p("Ⅰ. 일반현황"), p("1. 예산 현황"),
        p("(단위 : 억원)"), p(_table(rows, {(1, 0): 3, (4, 0): 3, (0, 0): 1})),
        p("Ⅱ. 주요업무 추진계획"), p("1. 재정 혁신"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    totals = [(b.side, b.amount_krw) for b in report.budget_lines
              if b.unit == "계" and b.year == 2026]  # fmt: skip
    assert totals == [("revenue", 170_000_000_000), ("expenditure", 160_000_000_000)]


def test_a_card_whose_cost_label_spans_its_unit_and_its_table_of_sources() -> None:
    """"사 업 비" merged down over "(단위 : 백만원)" and the row under it, a table of
    sources drawn in that row's one cell: the card's cost and shares (the row of one cell
    had made the card none, its sources a theme's cost)."""
    inner = tbl(2, 4, [cell(r, c, p(text)) for r, row in enumerate([
        ["계", "국 비", "시 비", "구 비"], ["1,420", "710", "497", "213"]])
        for c, text in enumerate(row)])  # fmt: skip
    card = tbl(5, 4, [
        cell(0, 0, p("사 업 명")), cell(0, 1, p("여성폭력 피해자 지원"), cs=3),
        cell(1, 0, p("사업기간")), cell(1, 1, p("’26. 1.~12.")), cell(1, 2, p("담당부서")),
        cell(1, 3, p("여성정책과")),
        cell(2, 0, p("사 업 비"), rs=2), cell(2, 1, p("(단위 : 백만원)"), cs=3),
        cell(3, 1, p(inner), cs=3),
        cell(4, 0, p("추진일정")), cell(4, 1, p("’26. 3. : 센터 개소"), cs=3),
    ])  # fmt: skip
    report = _hwpx(p("2026년 주요업무보고"), p("한솔광역시 여성가족국"),
                   p("Ⅰ. 2026년 주요업무 추진계획"), p("1. 안전한 여성친화도시"), p(card))
    got = [(r.project_id, r.title, r.division, r.cost_krw) for r in report.projects]
    assert got == [("1-1", "여성폭력 피해자 지원", "여성정책과", 1_420_000_000)]
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 710_000_000), ("시비", 497_000_000), ("구비", 213_000_000),
    ]  # fmt: skip


def test_a_summary_total_named_as_printed_is_the_summarys_계() -> None:
    """"합 계" over the 예산현황 rows: unit 계 in budget_summary, as in budget_lines (the
    summary had named it 합계)."""
    report = _text(
        "2026년 주요업무보고\n해솔구 문화체육과\nⅠ. 일반현황\n 1. 예 산\n"
        "                                                      (단위 : 천원)\n"
        "      구   분       2026년 예산    2025년 예산     증  감    증감률(%)\n"
        "      합  계          9,873,450      8,658,820    1,214,630       14.0\n"
        "      문화팀          5,000,000      4,000,000    1,000,000       25.0\n"
        "      체육팀          4,873,450      4,658,820      214,630        4.6\n"
        "Ⅱ. 주요업무 추진계획\n 1. 축제\n  ○ 사업비 : 100,000천원\n"
    )
    assert [s.unit for s in report.budget_summary] == ["계", "문화팀", "체육팀"]


# --- a Hangul file's pictures ------------------------------------------------------------

#: a picture in a run, as Hancom writes one (its image aside)
PIC = Raw('<hp:pic id="7"><hp:sz width="100" height="100"/>'
          '<hc:img binaryItemIDRef="image1"/></hp:pic>')  # fmt: skip


def test_a_chart_pasted_as_a_picture_is_said_to_be_unread() -> None:
    """"1. 조 직" over a picture alone (the chart pasted as an image): a warning that names
    the part (it had been passed over in silence, the report ok with no unit)."""
    plan = [p("Ⅱ. 주요업무 추진계획"), p("1. 축제"), p("○ 사업비 : 450,000천원")]
    report = _hwpx(p("2026년 주요업무보고"), p("해솔구 문화체육과"), p("Ⅰ. 일반현황"),
                   p("1. 조  직"), p(PIC), p("2. 인  력"), p("○ 정원 28명 / 현원 27명"),
                   *plan)  # fmt: skip
    assert [w.code for w in report.warnings] == ["organization.picture"]


def test_a_line_under_a_photo_is_its_caption() -> None:
    """"‹ 구민체육대회 (’25. 10. 12.) ›" right under a photo: a figure of the item over it,
    no title heading the items after it."""
    report = _hwpx(p("2026년 주요업무보고"), p("해솔구 문화체육과"), p("Ⅰ. 2025년 주요성과"),
                   p("1. 생활체육 활성화"), p("○ 구민체육대회 개최 (’25. 10. 12.)"), p(PIC),
                   p("‹ 구민체육대회 (’25. 10. 12.) ›"), p("○ 학교 체육시설 개방 : 12개교"),
                   p("Ⅱ. 주요업무 추진계획"), p("1. 축제"),
                   p("○ 사업비 : 450,000천원"))  # fmt: skip
    kinds = {n.title: n.kind for n in report.outline}
    assert kinds["‹ 구민체육대회 (’25. 10. 12.) ›"] == "figure"
    parents = {n.title: n.parent for n in report.outline}
    by_no = {n.node: n.title for n in report.outline}
    assert by_no[parents["학교 체육시설 개방 : 12개교"]] == "생활체육 활성화"


def test_a_corporations_general_series_beside_its_other_series() -> None:
    """"구 분 | 계 | 일반직 | 기술직 | 운영직 | 무기계약" (a 공단's 직종): 일반직 a grade like
    기술직, no form of employment (it had been both); 무기계약 a form."""
    rows = [["구 분", "계", "일반직", "기술직", "운영직", "무기계약"],
            ["정 원", "100", "40", "30", "20", "10"], ["현 원", "96", "38", "29", "20", "9"]]
    report = _hwpx(p("2026년 주요업무보고"), p("가람시설관리공단"), p("Ⅰ. 일반현황"),
                   p("1. 인 력"), p(_table(rows)), p("Ⅱ. 주요업무 추진계획"), p("1. 시설 개선"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    got = [(s.grade, s.employment) for s in report.staffing if s.grade or s.employment]
    assert got == [("일반직", None), ("기술직", None), ("운영직", None), (None, "무기계약")]


def test_targets_set_as_a_table_of_indicators_are_no_unread_policy() -> None:
    """"Ⅱ. 2026년 경영목표" over "구 분 | 성과지표 | 2025년 실적 | 2026년 목표": no warning
    that goals or tasks were not found (the table's cells hold the targets; the report had
    been partial for it)."""
    rows = [["구 분", "성과지표", "2025년 실적", "2026년 목표"],
            ["고객", "고객만족도(점)", "90.5", "92.0"], ["안전", "안전사고(건)", "3", "0"]]
    report = _hwpx(p("2026년 주요업무보고"), p("가람시설관리공단"), p("Ⅰ. 2026년 경영목표"),
                   p(_table(rows)), p("Ⅱ. 주요업무 추진계획"), p("1. 시설 개선"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    assert not [w for w in report.warnings if w.code.startswith("policy_goals")]


# --- a third review --------------------------------------------------------------------------


def test_an_icon_inside_a_line_of_text_leaves_the_line_whole() -> None:
    """"○ 사업비 : " + an icon + "450,000천원 (구비 100%)": one line, the cost read (the
    picture had cut the line in two, the amount a caption)."""
    report = _hwpx(p("2026년 주요업무보고"), p("해솔구 문화체육과"), p("Ⅰ. 주요업무 추진계획"),
                   p("1. 축제"), p("○ 사업비 : ", PIC, "450,000천원 (구비 100%)"))  # fmt: skip
    assert [r.cost_krw for r in report.projects] == [450_000_000]


def test_a_title_in_lenticular_brackets_under_a_photo_stays_a_title() -> None:
    """A photo, then "【 추진 계획 】" over its bullets: a title heading them (only a line in
    angle brackets, or one naming a picture, captions a photo)."""
    report = _hwpx(p("2026년 주요업무보고"), p("해솔구 문화체육과"), p("Ⅰ. 주요업무 추진계획"),
                   p("1. 축제 개최"), p(PIC), p("【 추진 계획 】"), p("○ 기간 : 2026. 5."),
                   p("○ 사업비 : 450,000천원"))  # fmt: skip
    assert [n.kind for n in report.outline if n.title.startswith("【")] != ["figure"]


def test_two_subtotals_of_a_side_are_its_parts() -> None:
    """"세 입" merged over two groups each closed by its "소 계", no grand total: each 소계
    is a part's (it had been the side's whole twice, unit 계)."""
    rows = [["구 분", "", "2025년", "2026년"],
            ["세 입", "지방세", "300", "320"], ["", "세외수입", "100", "110"],
            ["", "소 계", "400", "430"], ["", "지방교부세", "600", "650"],
            ["", "국고보조금", "500", "520"], ["", "소 계", "1,100", "1,170"]]  # fmt: skip
    report = _hwpx(p("2026년 업무보고"), p("한울광역시 재정국"), p("Ⅰ. 일반현황"),
                   p("1. 예산 현황"), p("(단위 : 억원)"), p(_table(rows, {(1, 0): 6})),
                   p("Ⅱ. 주요업무 추진계획"), p("1. 재정 혁신"), p("○ 사업비 : 100백만원"))
    assert not [b for b in report.budget_lines if b.unit == "계"]


def test_a_civil_services_general_series_keeps_its_form_beside_other_forms() -> None:
    """"일반직 | 별정직 | 기능직 | 계약직" at a 시: 일반직 a form of employment, as 별정직
    and 계약직 are (only a 공단's 기술직, 운영직 make it one series among them)."""
    rows = [["구 분", "계", "일반직", "별정직", "기술직", "계약직"],
            ["정 원", "100", "70", "5", "20", "5"]]  # fmt: skip
    report = _hwpx(p("2026년 주요업무보고"), p("한빛시 총무과"), p("Ⅰ. 일반현황"),
                   p("1. 인 력"), p(_table(rows)), p("Ⅱ. 주요업무 추진계획"), p("1. 청사"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    assert {s.grade: s.employment for s in report.staffing}["일반직"] == "일반직"


def test_an_execution_rate_of_its_own_years_group_and_of_its_grant() -> None:
    """"2026년 / 예 산" beside "2025년 / 예 산 | 집행액 | 집행률": the rate of its own year's
    group (it had been held to 2026's 예산); "예산액 | 교부액 | 집행액 | 집행률": of 교부액."""
    years = tbl(3, 5, [
        cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("2026년")), cell(0, 2, p("2025년"), cs=3),
        cell(1, 1, p("예 산")), cell(1, 2, p("예 산")), cell(1, 3, p("집행액")),
        cell(1, 4, p("집행률")), *(cell(2, c, p(t)) for c, t in enumerate(
            ["체육진흥", "1,200", "1,000", "950", "95.0"])),
    ])  # fmt: skip
    grant = [["사업명", "예산액", "교부액", "집행액", "집행률(%)"],
             ["체육시설 보수", "1,000", "800", "760", "95.0"]]  # fmt: skip
    report = _hwpx(p("2026년 업무보고"), p("한빛시 체육진흥과"), p("Ⅰ. 2025년 주요성과"),
                   p("1. 예산 집행"), p(years),
                   p("2. 보조금"), p(_table(grant)), p("Ⅱ. 주요업무 추진계획"), p("1. 체전"),
                   p("○ 사업비 : 100백만원"))  # fmt: skip
    got = [c.passed for c in report.validation if c.check == "tables.rate"]
    assert got == [True, True]


# --- Busan's house style, an office of education's finance --------------------------------


def test_a_chart_cell_of_teams_each_with_its_staff_count() -> None:
    """A chart's cell listing a 과's teams one a line with their staff, "문화정책팀(9명)":
    the teams (a count had made the cell no list of teams: none had been read)."""
    assert team_names("문화정책팀(9명), 공연예술팀( 7 명 )") == ["문화정책팀", "공연예술팀"]
    assert team_names("문화정책팀(9명), 예술 지원") is None


def test_an_issues_overview_labelled_in_brackets_over_its_cost() -> None:
    """"ㅇ (개요) ’25~’30년, 노후 사직야구장을 … 재건축" over "- 총사업비 : 2,900억원 (…)":
    the issue's overview, its period and cost the issue's (it had been a sub-project)."""
    report = _text(
        "2025년 주요업무계획\n문화체육국\nⅠ. 주요현안\n"
        "□ 사직야구장 재건축 재원 확보 (체육진흥과)\n"
        " ㅇ (개요) ’25~’30년, 노후 사직야구장을 개방형 야구장으로 재건축\n"
        "  - 총사업비 : 2,900억원(국 500, 시 1,600, 민자 800)\n"
        " ㅇ (문제점) 공사비 상승으로 총사업비 증가 우려\n"
    )
    got = [(r.project_id, r.cost_krw, str(r.period_start)) for r in report.projects]
    assert got == [("현안1", 290_000_000_000, "2025-01-01")]


def test_a_fund_named_in_brackets_beside_its_kind_and_an_offices_own_money() -> None:
    """"나. 기금 현황 (통합재정안정화기금)": that fund the table's account (기금 and the
    name beside it had made none, the account the one over the part); "(교육청 482,000)"
    after a cost: the 교육청's share."""
    fund = [["구 분", "2025 예산", "2026 예산"], ["조성액", "1,850", "1,420"]]
    report = _hwpx(p("2026년 주요업무보고"), p("가람광역시교육청 재정과"), p("Ⅰ. 일반현황"),
                   p("1. 예산 (교육비특별회계)"), p("나. 기금 현황 (통합재정안정화기금)"),
                   p("(단위 : 억원)"), p(_table(fund)), p("Ⅱ. 주요업무 추진계획"),
                   p("1. 학교 신설"), p("○ 사 업 비 : 482,000백만원 (교육청 482,000)"))
    assert {b.account for b in report.budget_lines} == {"통합재정안정화기금"}
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("교육청", 482_000_000_000)
    ]


def test_a_divisions_own_report_whose_table_names_it_again() -> None:
    """A cover "가람광역시교육청 재정과" over "과 | 팀 | 주요업무" with 재정과 merged down over
    its teams: 재정과 a division, the top (it had been raised to a bureau, over itself)."""
    rows = [["과", "팀", "주요업무"], ["재정과", "예산팀", "예산 편성"],
            ["", "결산팀", "결산"]]  # fmt: skip
    report = _hwpx(p("2026년 주요업무보고"), p("가람광역시교육청 재정과"), p("Ⅰ. 일반현황"),
                   p("1. 조 직 : 1과 2팀"), p(_table(rows, {(1, 0): 2})),
                   p("Ⅱ. 주요업무 추진계획"), p("1. 학교 신설"),
                   p("○ 사 업 비 : 482,000백만원"))  # fmt: skip
    assert [(u.name, u.level) for u in report.organization][:1] == [("재정과", "division")]


@pytest.mark.parametrize(
    ("line", "kind", "ordinal"),
    [
        ("ㄱ. 수요조사 : ’26. 1.~2.", "jamo.dot", 1),
        ("ㄷ. 협약 체결", "jamo.dot", 3),
        ("ㅇ. 사업비", "bullet:ㅇ", None),
    ],
)
def test_a_consonant_and_its_dot_numbers_a_line(
    line: str, kind: str, ordinal: int | None
) -> None:
    """"ㄱ. …", "ㄴ. …": numbered lines a level below ① (they had been read on into the
    line above, each group's steps one); ㅇ (and ㅁ) with a dot stays a bullet."""
    found = read_marker(line)
    assert found is not None and (found[0].kind, found[0].ordinal) == (kind, ordinal)


def test_steps_numbered_by_consonants_and_a_block_of_results_so_far() -> None:
    """"① 준비" over "ㄱ. 수요조사 : ’26. 1.~2." and "ㄴ. 대상 확정 : ’26. 3.": two steps;
    "(2) 그간 추진실적" a block of the project, not a project of its own."""
    report = _text(
        "2026년 주요업무보고\n누리도 자치행정국\nⅠ. 주요업무 추진계획\n 1. 자치분권\n"
        "  1) 주민자치 강화 (자치행정과)\n   (1) 사업개요\n"
        "    ○ 사 업 비 : 960백만원 (도비 480, 시군비 480)\n"
        "   (2) 추진계획\n    ① 준비\n     ㄱ. 수요조사 : ’26. 1.~2.\n"
        "     ㄴ. 대상 확정 : ’26. 3.\n"
        "   (3) 그간 추진실적\n    ○ ’25. 10. : 조례 개정\n"
    )
    assert [(r.project_id, r.cost_krw) for r in report.projects] == [("1-1", 960_000_000)]
    assert [(s.task, s.raw) for s in report.schedules] == [
        ("수요조사", "’26. 1.~2."), ("대상 확정", "’26. 3."),
    ]  # fmt: skip
    assert [s.task for s in report.progress] == ["조례 개정"]


def test_a_matrix_cells_task_wrapped_onto_a_line_of_its_own() -> None:
    """"◦ 복천동 고분군 세계유산" / "등재 추진" in a goal's cell of tasks (a PDF's cell keeps
    each wrapped line): one task (the cell had been one task of all its lines)."""
    rows = [["목 표", "글로벌 관광도시 조성", "생활체육 활성화"],
            ["추진과제", "◦ 관광 콘텐츠 확충\n◦ 복천동 고분군 세계유산\n등재 추진",
             "◦ 체육시설 확충\n◦ 제106회 전국체육대회\n개최"]]  # fmt: skip
    report = _hwpx(p("2025년 주요업무계획"), p("문화체육국"), p("Ⅰ. 비전 및 추진전략"),
                   p(_table(rows)), p("Ⅱ. 2025년 주요업무계획"), p("1. 문화"),
                   p("□ 축제 (문화정책과)"), p("ㅇ (사업비) 45억원(국 20, 시 25)"))  # fmt: skip
    assert [g.task for g in report.policy_goals] == [
        "관광 콘텐츠 확충", "복천동 고분군 세계유산 등재 추진",
        "체육시설 확충", "제106회 전국체육대회 개최",
    ]  # fmt: skip
