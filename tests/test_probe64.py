"""Forms of the genre met in a fifteenth round of reports (data in 붙임 tables, a 보건소's
CP949 export, a 도's own budget beside the 실's, a table that sums up the cards, a chart
drawn with boxes, 공약사항, borderless PDF tables): what each must give, worked out from
its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.normalize.spacing import squash
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.test_other_reports import _text
from tests.test_probed import failed

HEAD = "2026년 주요업무보고\n한빛시 문화국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n"
PLAN = "Ⅱ. 주요업무 추진계획\n 1. 문화 행사\n  ○ 사업비 : 100백만원\n"

#: a report whose chapters point to the appendix, and the appendix holds the tables
APPENDIX = """2026년 주요업무보고
한솔시 교통국

Ⅰ. 일반현황
 1. 조직 및 인력
  □ 조 직 : 1국 2과 8팀
  □ 인 력 : 정원 58명 / 현원 56명
   ※ 과별 현황은 붙임 1 참조
 2. 예 산
  □ 2026년 예산 : 10,500백만원
Ⅱ. 2026년 주요업무 추진계획
 1. 대중교통 중심의 교통체계 구축
  ○ 주요사업 : 트램 건설 등 2개 사업 (붙임 3 연번 1~2)
Ⅲ. 2025년 행정사무감사 처리결과
  ○ 총 3건(시정요구 2, 건의 1) : 완료 2, 추진중 1
붙임 1. 조직 및 인력 현황
                                   (단위 : 명)
  구  분      팀 수    정  원    현  원
  계              8        58        56
  교통정책과      4        30        29
  대중교통과      4        28        27
붙임 2. 2026년 예산 현황
                                                        (단위 : 백만원)
  부  서        정 책 사 업        2026년 예산(A)   2025년 예산(B)   증 감(A-B)
  합  계                                   10,500           10,000          500
  교통정책과    소  계                      4,000            4,200         △200
                교통안전 증진               4,000            4,200         △200
  대중교통과    소  계                      6,500            5,800          700
                트램 건설                   5,000            4,500          500
                광역교통 협력               1,500            1,300          200
붙임 3. 주요사업 목록
                                                        (단위 : 백만원)
  연번   사 업 명              사업기간      총사업비     2026 예산    담당과
  1      트램 건설             2022~2028      486,500        5,000     대중교통과
  2      광역교통 협력         ’26. 1.~12.      1,500        1,500     대중교통과
"""


def test_the_staff_of_each_division_in_an_appendix_table() -> None:
    """"붙임 1. 조직 및 인력 현황" under a count line in Ⅰ: the table's rows (only the line's
    total had been read, the appendix's table never)."""
    report = _text(APPENDIX)
    assert [(s.unit, s.is_total, s.authorized, s.current) for s in report.staffing] == [
        ("계", True, 58, 56), ("교통정책과", False, 30, 29), ("대중교통과", False, 28, 27),
    ]  # fmt: skip


def test_a_budget_by_division_and_programme_in_an_appendix() -> None:
    """"붙임 2. 2026년 예산 현황" by 부서 and 정책사업: each division's 소계 is its row of the
    summary (named for the division), the programmes are budget lines of their division,
    no rows of the summary; a year split from its header's words in a text export stays
    with them ("2026년 예산(A)")."""
    report = _text(APPENDIX)
    summary = report.budget_summary
    assert [(b.unit, b.is_total, b.prev_budget_krw, b.budget_krw) for b in summary] == [
        ("계", True, 10_000_000_000, 10_500_000_000),
        ("교통정책과", False, 4_200_000_000, 4_000_000_000),
        ("대중교통과", False, 5_800_000_000, 6_500_000_000),
    ]  # fmt: skip
    lines = [(b.unit, b.item, b.label, b.amount_krw) for b in report.budget_lines if b.year == 2026]
    assert ("대중교통과", "트램 건설", "2026년 예산(A)", 5_000_000_000) in lines
    assert not failed(report)


def test_an_appendix_that_lists_the_projects() -> None:
    """"붙임 3. 주요사업 목록": its rows are projects (numbered A3-1, …), with their period,
    cost and division (none had been read)."""
    report = _text(APPENDIX)
    listed = [p for p in report.projects if p.project_id.startswith("A")]
    assert [(p.project_id, p.title, p.division, p.cost_krw, str(p.period_end)) for p in listed] == [
        ("A3-1", "트램 건설", "대중교통과", 486_500_000_000, "2028-12-31"),
        ("A3-2", "광역교통 협력", "대중교통과", 1_500_000_000, "2026-12-31"),
    ]  # fmt: skip


def test_an_audit_summary_in_the_chapter_its_findings_in_the_appendix() -> None:
    """"Ⅲ. … 처리결과" sums the findings up in a line, "붙임 4." lists them: the line is the
    summary (it had been lost to the appendix, the longer section of the role)."""
    text = APPENDIX + (
        "붙임 4. 2025년 행정사무감사 처리결과\n\n"
        "  연번   구 분      지 적 사 항                    처리상황   소관부서\n"
        "  1      시정요구   용역 과업지시서 미이행         완료       교통정책과\n"
        "  2      시정요구   수입금 정산 지연               추진중     대중교통과\n"
        "  3      건 의      수요응답형 버스 확대 검토      완료       대중교통과\n"
    )
    report = _text(text)
    assert [(s.category, s.total, s.completed, s.in_progress) for s in report.audit_summary] == [
        ("total", 3, 2, 1), ("correction", 2, None, None), ("suggestion", 1, None, None),
    ]  # fmt: skip
    assert not [w for w in report.warnings if w.code == "audit_summary.no_header"]


def test_a_form_feed_is_no_line_of_its_own() -> None:
    """A CP949 export with CRLF ends and a form feed opening each page: every record's line
    is the file's line as an editor counts it (each page break had added one line, so a
    finding on page 5 had pointed four lines past itself)."""
    text = (
        "2026년 주요업무보고\r\n청로군 보건소\r\n\r\n- 1 -\r\n\fⅠ. 일반현황\r\n"
        " 1. 조직 : 2과 8팀\r\n- 2 -\r\n\fⅡ. 주요업무 추진계획\r\n 1. 방문건강관리\r\n"
        "  ○ 사업기간 : 2026. 1.~12.\r\n  ○ 사 업 비 : 100백만원\r\n- 3 -\r\n"
        "\f 2. 치매안심센터 운영\r\n  ○ 사 업 비 : 200백만원\r\n"
    )
    report = check(parse_document(read_bytes(text.encode("cp949"), "report.txt"), "report"))
    lines = text.split("\n")
    at = {p.title: p.line_start for p in report.projects}
    assert at == {
        "방문건강관리": next(i for i, ln in enumerate(lines, 1) if "방문건강관리" in ln),
        "치매안심센터 운영": next(i for i, ln in enumerate(lines, 1) if "치매안심" in ln),
    }


def test_the_provinces_budget_under_a_numbered_title_before_the_offices_own() -> None:
    """"가. 2026년 도 예산 총괄" (도 set apart from the year: the province, no 2026년도) over
    the province's tables, then "나. 기획조정실 소관 세출예산": the first are the province's
    (its name from a cover spaced out letter by letter), no rows of the office's summary;
    the office's own table is its summary (the province's 10조 had been the office's)."""
    report = _text(
        "2026년 주요업무보고\n\n기 획 조 정 실\n\n새 빛 도\n\nⅠ. 일반현황\n 1. 조직 : 1실 2과\n"
        " 2. 예    산\n  가. 2026년 도 예산 총괄 (일반회계·특별회계 합계)\n"
        "                                            (단위 : 억원, %)\n"
        "      구     분          2025 당초      2026 당초      증  감    증감률(%)\n"
        "      합     계          103,105.4      106,365.4     3,260.0          3.2\n"
        "      지방세수입           32,415.6       33,580.2     1,164.6          3.6\n"
        "      보조금               70,689.8       72,785.2     2,095.4          3.0\n"
        "  나. 기획조정실 소관 세출예산 (일반회계)\n"
        "                                            (단위 : 백만원, %)\n"
        "      구     분          2025 당초      2026 당초      증  감    증감률(%)\n"
        "      계                    31,570         30,664         △906         △2.9\n"
        "      기획담당관             8,452          9,104          652          7.7\n"
        "      예산담당관            23,118         21,560       △1,558         △6.7\n" + PLAN
    )
    assert [(b.unit, b.budget_krw) for b in report.budget_summary] == [
        ("계", 30_664_000_000), ("기획담당관", 9_104_000_000), ("예산담당관", 21_560_000_000),
    ]  # fmt: skip
    province = {b.unit for b in report.budget_lines if b.currency_unit == "억원"}
    assert province == {"새빛도"}


def test_a_status_alone_after_the_actions_label_over_its_bullets() -> None:
    """"○ 조치결과 : 완료" over "- …" bullets: the status is 완료, the bullets the actions one
    a line (the status had taken in the bullets, and the actions had opened with 완료)."""
    report = _text(
        HEAD + PLAN + "Ⅲ. 2025년 행정사무감사 처리결과\n 1. 세부 처리내역\n"
        "  ① 보건지소 의약품 재고관리 철저 (보건행정과)\n"
        "   ○ 지적내용 : 의약품 재고대장과 실제 재고가 일치하지 않음\n"
        "   ○ 조치결과 : 완료\n     - 의약품 재고 전수조사 실시 (’25. 12.)\n"
        "     - 재고관리 전산시스템 도입\n"
        "  ② 방문간호 차량 운행일지 관리 소홀 (건강증진과)\n"
        "   ○ 지적내용 : 차량 운행일지 누락\n   ○ 조치결과 : 추진중\n"
        "     - 운행일지 전자결재 전환 (’26. 3.)\n"
    )
    assert [(f.status, f.status_raw, f.actions) for f in report.audit_findings] == [
        ("completed", "완료", "의약품 재고 전수조사 실시 (’25. 12.)\n재고관리 전산시스템 도입"),
        ("in_progress", "추진중", "운행일지 전자결재 전환 (’26. 3.)"),
    ]  # fmt: skip


def test_a_pledge_table_under_its_summary_item() -> None:
    """"Ⅲ. 민선8기 공약사항 추진상황": "1. 총 괄" sums the pledges up (no project, though it
    states their cost), the table's rows under "2." are projects, its 계 row none."""
    report = _text(
        HEAD + PLAN + "Ⅲ. 민선8기 공약사항 추진상황\n 1. 총    괄\n"
        "  ○ 청년분야 공약 : 2개 사업, 총사업비 4,000백만원\n 2. 공약사항별 추진상황\n"
        "                                                 (단위 : 백만원)\n"
        "  연번   공 약 명              추진기간        총사업비    담당부서\n"
        "  계     2개 사업                                 4,000\n"
        "  1      청년 월세 지원         ’23.~’26.          3,000    청년정책팀\n"
        "  2      청년 문화패스 도입     ’24.~’26.          1,000    청년공간팀\n"
    )
    pledges = [(p.title, p.cost_krw, p.division) for p in report.projects if p.title != "문화 행사"]
    assert pledges == [
        ("청년 월세 지원", 3_000_000_000, "청년정책팀"),
        ("청년 문화패스 도입", 1_000_000_000, "청년공간팀"),
    ]  # fmt: skip


def test_the_day_of_the_headline_over_the_staff_table() -> None:
    """"○ 정원 37명 / 현원 35명 (’26. 1. 1. 기준)" over a table captioned with its unit
    alone: the table's day."""
    report = _text(
        "2026년 주요업무보고\n온빛시 청년정책관\n\nⅠ. 일반현황\n 1. 조직 : 1관 2팀\n"
        " 2. 인    력\n  ○ 정원 25명 / 현원 24명 (’26. 1. 1. 기준)\n"
        "                                  (단위 : 명)\n"
        "  구  분     계     청년정책팀     청년공간팀\n  정  원     25         13             12\n"
        "  현  원     24         13             11\n" + PLAN
    )
    assert {(s.unit, str(s.as_of)) for s in report.staffing} == {
        ("계", "2026-01-01"), ("청년정책팀", "2026-01-01"), ("청년공간팀", "2026-01-01"),
    }  # fmt: skip


def test_units_named_together_and_one_word_duties_after_a_colon() -> None:
    """"○ 보건지소·진료소 : …": the units' own duties (they had been the duties of the line
    before); "방문건강관리, 치매관리" and "예방접종, 순회진료" each a duty (one word that ends
    in what is done), "하천, 공원 시설 관리" still one."""
    report = _text(
        "2026년 주요업무보고\n청로군 보건소\n\nⅠ. 일반현황\n 1. 조직 : 2과 4팀\n"
        " 2. 부서별 주요기능\n  ○ 건강증진과 : 지역사회 건강증진사업, 방문건강관리, 치매관리,\n"
        "                 모자보건 및 공공산후조리원 운영\n"
        "  ○ 보건지소·진료소 : 일차진료 및 만성질환 관리, 예방접종, 순회진료\n"
        "  ○ 시설관리과 : 도로 및 교량, 하천, 공원 시설 관리\n" + PLAN
    )
    assert [(f.division, f.function) for f in report.functions] == [
        ("건강증진과", "지역사회 건강증진사업"), ("건강증진과", "방문건강관리"),
        ("건강증진과", "치매관리"), ("건강증진과", "모자보건 및 공공산후조리원 운영"),
        ("보건지소·진료소", "일차진료 및 만성질환 관리"), ("보건지소·진료소", "예방접종"),
        ("보건지소·진료소", "순회진료"), ("시설관리과", "도로 및 교량, 하천, 공원 시설 관리"),
    ]  # fmt: skip


def test_a_sides_part_title_over_its_table_and_its_headline() -> None:
    """"2. 세출예산 현황 (일반회계)" over "□ 2026년 예산 : …" and the table: the summary's
    rows are of 세출, the headline a total of 세출's 일반회계 (both had been of no side)."""
    report = _text(
        HEAD + " 2. 세출예산 현황 (일반회계)\n  □ 2026년 예산 : 57,620백만원\n"
        "                                      (단위 : 백만원)\n"
        "    구분        2025년 예산     2026년 예산      증감     증감률(%)\n"
        "     계            55,000          57,620       2,620          4.8\n"
        "   문화정책과      30,690          33,310       2,620          8.5\n"
        "   관광진흥과      24,310          24,310           0          0.0\n" + PLAN
    )
    assert {b.side for b in report.budget_summary} == {"expenditure"}
    assert [s.key for s in report.stated_totals if s.key.startswith("budget.")] == [
        "budget.expenditure.일반회계"
    ]


def test_a_rate_check_rounds_the_exact_rate_once() -> None:
    """△1,350 on 24,310 is -5.553%: the check expects -5.6% as printed (it had rounded to
    -5.55 first and shown -5.5%)."""
    report = _text(
        HEAD + " 2. 예산현황\n                                      (단위 : 백만원)\n"
        "    구분        2025년 예산     2026년 예산      증감     증감률(%)\n"
        "     계            24,310          22,960      △1,350         △5.6\n"
        "   재난대응과      24,310          22,960      △1,350         △5.6\n" + PLAN
    )
    rates = [(c.expected, c.actual) for c in report.validation if c.check == "budget_summary.rate"]
    assert rates and all(r == ("-5.6%", "-5.6%") for r in rates)


def test_a_findings_headline_keeps_its_details() -> None:
    """A finding's cell: its headline over details each under a dash is one finding, its
    details one a line under it (they had been dropped)."""
    from extract.parse.findings import split_items

    assert split_items("재난관리기금 적립 부족 - ’25년 적립액 85% 수준") == [
        "재난관리기금 적립 부족\n- ’25년 적립액 85% 수준"
    ]


def test_a_table_that_sums_up_the_cards_with_a_total_row_and_a_wrapped_name() -> None:
    """"□ 주요사업 총괄" over "연번 | 사업명 | … | 담당과", its 계 row with no number and a
    name wrapped onto a line of its own, then the cards: one table (its rows had been
    outline items, each a project), each project once, its division from the table."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n\n  □ 주요사업 총괄\n"
        "                                                      (단위 : 백만원)\n"
        "  연번  사   업   명                 사업기간   총사업비  2026 예산  담 당 과\n"
        "        계 (2개 사업)                              5,400      5,400\n"
        "   1    소상공인 경영안정자금       ’26. 1.~12.      4,200      4,200  경제정책과\n"
        "        이차보전 지원\n"
        "   2    전통시장 시설현대화         ’26. 1.~12.      1,200      1,200  경제정책과\n\n"
        " 1. 골목상권 활력 회복\n  가. 소상공인 경영안정자금 이차보전 지원\n"
        "   ○ 사업기간 : ’26. 1.~12.\n   ○ 사 업 비 : 4,200백만원 (시비 100%)\n"
        "  나. 전통시장 시설현대화\n   ○ 사업기간 : ’26. 1.~12.\n"
        "   ○ 사 업 비 : 1,200백만원 (국 600, 시 600)\n"
    )
    assert [(p.project_id, p.title, p.division) for p in report.projects] == [
        ("1-1", "소상공인 경영안정자금 이차보전 지원", "경제정책과"),
        ("1-2", "전통시장 시설현대화", "경제정책과"),
    ]  # fmt: skip
    assert [t.inferred for t in report.tables] == [True]


STACKED = {
    # (a layout export: the spanning cells' names on the middle line)
    "aligned": (
        "                                            (단위 : 천원)\n"
        "                                                  증감\n"
        "    세부사업      2025년 예산    2026년 예산\n"
        "                                               금액       비율(%)\n"
        "      계            9,877,510     10,249,240    371,730       3.8\n"
        "   환경정책 추진      412,500        386,200    △26,300      △6.4\n"
        "   대기환경 개선    9,465,010      9,863,040    398,030       4.2\n"
    ),
    # (a PDF's lines, one space between words: the group's name alone above)
    "single-spaced": (
        "(단위 : 천원)\n증 감\n세 부 사 업 2025년 예산 2026년 예산\n금 액 비율(%)\n"
        "계 9,877,510 10,249,240 371,730 3.8\n환경정책 추진 412,500 386,200 △26,300 △6.4\n"
        "대기환경 개선 9,465,010 9,863,040 398,030 4.2\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(STACKED))
def test_a_header_whose_spanning_cells_stand_between_its_two_rows(layout: str) -> None:
    """"증감" over "금액 | 비율(%)", the other header cells spanning both rows printed on
    the line between: each column its name (the years had been split from 예산, the
    difference read as a year's amount and the rate as money)."""
    report = _text(HEAD + " 2. 예산현황\n" + STACKED[layout] + PLAN)
    # each figure's column path, the group over its name (a header of two rows, `증감 /
    # 금액`, where the group stands over the names' line; one name, `증 감 금 액`, else)
    first = next(c for c in report.table_cells if c.table_id == 1 and c.raw == "9,877,510")
    heads = [c.col_header for c in report.table_cells
             if c.table_id == 1 and c.row == first.row and not c.is_header]  # fmt: skip
    assert [squash(h.replace(" / ", "")) for h in heads] == [
        "2025년예산", "2026년예산", "증감금액", "증감비율(%)",
    ]  # fmt: skip
    lines = {(b.item or b.unit, b.year) for b in report.budget_lines}
    assert ("환경정책 추진", 2026) in lines and ("환경정책 추진", 2025) in lines
    assert all(abs(b.amount_krw) >= 1000 for b in report.budget_lines)
    assert not failed(report)
    assert not report.residue


def test_the_sources_of_a_cards_cost_in_a_table_under_its_line() -> None:
    """A card in labelled blocks, "○ 사 업 비 : 1,230,000천원" over a table "계 | 국 비 |
    시 비 | 구 비" and its one row: each source's share (none had been read, the card
    reader never looking under the cost's line)."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    shares_table = _table([["계", "국 비", "시 비", "구 비"],
                           ["1,230,000", "615,000", "369,000", "246,000"]])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("솔빛구 환경위생과"), p("Ⅰ. 일반현황"), p("1. 조직 : 1과 5팀"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 맑은 공기"), p("가. 노후 경유차 조기폐차 (환경정책팀)"),
        p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 1,230,000천원"),
        p("(단위 : 천원)"), p(shares_table), p("○ 사업내용 : 5등급 경유차 조기폐차 지원"),
        p("□ 추진계획"), p("○ ’26. 1.~2. : 사업 공고 및 신청 접수"),
        p("나. 전기차 보급 (환경정책팀)"), p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 180,000천원 (국비 50%, 구비 50%)"), p("□ 추진계획"),
        p("○ ’26. 3. : 보급 공고"),
    )  # fmt: skip
    shares = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert shares[:3] == [
        ("1-1", "국비", 615_000_000), ("1-1", "시비", 369_000_000), ("1-1", "구비", 246_000_000),
    ]  # fmt: skip


def test_the_sources_of_a_cards_cost_in_lines_under_it_with_no_rules() -> None:
    """The same in lines that keep no rules (a text export, a PDF printed with no borders):
    "계 국 비 시 비 구 비" over one row of figures under the cost's line."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 맑은 공기\n  가. 노후 경유차 조기폐차 지원 (환경정책팀)\n"
        "   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 1,230,000천원\n"
        "                                      (단위 : 천원)\n"
        "        계          국 비        시 비        구 비\n"
        "     1,230,000     615,000      369,000      246,000\n"
        "    ○ 사업내용 : 5등급 경유차 조기폐차 보조금 지원 (410대)\n"
        "   □ 추진계획\n    ○ ’26. 1.~2. : 사업 공고 및 신청 접수\n"
        "  나. 전기차 보급 (환경정책팀)\n   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n"
        "    ○ 사 업 비 : 180,000천원 (국비 50%, 구비 50%)\n"
        "   □ 추진계획\n    ○ ’26. 3. : 보급 공고\n"
    )
    shares = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert shares[:3] == [
        ("1-1", "국비", 615_000_000), ("1-1", "시비", 369_000_000), ("1-1", "구비", 246_000_000),
    ]  # fmt: skip
    assert not report.residue


def test_names_beside_their_duties_with_no_rules_nor_bullets() -> None:
    """"팀명 주요업무" over lines that open with a team's name, a PDF printed with no
    borders: a name alone on its line stands in the middle of its row (the words above
    and under it are its duties). Each team a unit, its duties its own (the teams had
    been lost, the header and a wrapped word read as teams)."""
    report = _text(
        "2026년 주요업무보고\n솔빛구 환경위생과\n\nⅠ. 일반현황\n 1. 조직 및 인력\n"
        "  가. 조 직\n   □ 조 직 : 1과 3팀\n팀명 주요업무\n"
        "환경정책 총괄 및 기후변화 대응, 대기오염물질 배출시설 관리, 노후 경유차 저공해\n"
        "환경정책팀\n사업\n청소행정팀 생활폐기물 수집·운반 대행 관리, 음식물류 폐기물 처리\n"
        "자원순환팀 재활용품 분리배출 관리, 쓰레기 무단투기 단속\n" + PLAN
    )
    teams = [u.name for u in report.organization if u.level == "team"]
    assert teams == ["환경정책팀", "청소행정팀", "자원순환팀"]
    duties = {(f.division, f.function) for f in report.functions}
    assert ("환경정책팀", "노후 경유차 저공해 사업") in duties
    assert ("자원순환팀", "쓰레기 무단투기 단속") in duties
    assert not failed(report)


def test_a_tables_columns_each_a_governments_share_under_a_line_stating_the_budget() -> None:
    """"○ 2026년 세출예산(일반회계) : …" over "가. 총 괄" and "나. 2026년 재원별 예산" whose
    columns are "계 | 국 비 | 도 비 | 군 비": each share a line with its source (they had
    been items), and both tables of the line's account and side (the second had none)."""
    report = _text(
        HEAD + " 2. 예    산\n   ○ 2026년 세출예산(일반회계) : 18,356,300천원\n"
        "    가. 총    괄\n                                          (단위 : 천원)\n"
        "      구    분        2025년 예산      2026년 예산         증    감\n"
        "      계               17,125,760       18,356,300        1,230,540\n"
        "      보건행정과        8,120,450        8,742,315          621,865\n"
        "      건강증진과        9,005,310        9,613,985          608,675\n"
        "    나. 2026년 재원별 예산\n                                          (단위 : 천원)\n"
        "      구    분             계            국  비          도  비          군  비\n"
        "      계               18,356,300      6,315,440       2,315,920       9,724,940\n"
        "      보건행정과        8,742,315      2,104,560         812,400       5,825,355\n"
        "      건강증진과        9,613,985      4,210,880       1,503,520       3,899,585\n" + PLAN
    )
    second = [b for b in report.budget_lines if b.table_id == 2]
    assert {(b.account, b.side, b.year) for b in second} == {("일반회계", "expenditure", 2026)}
    assert [(b.unit, b.source, b.item, b.amount_krw) for b in second if b.unit == "계"] == [
        ("계", None, None, 18_356_300_000), ("계", "국비", None, 6_315_440_000),
        ("계", "도비", None, 2_315_920_000), ("계", "군비", None, 9_724_940_000),
    ]  # fmt: skip
    assert not failed(report)


RESULTS = (
    HEAD + "Ⅱ. 2025년 주요업무 추진실적\n 1. 스마트팜 보급 (작물연구과)\n"
    "  ○ 사 업 비 : 1,200백만원 (국비 600, 도비 600)\n  ○ ’25. 3. : 대상 농가 선정\n"
    " 2. 기후적응 품종 개발 (작물연구과)\n  ○ 사 업 비 : 800백만원 (도비 100%)\n"
    "  ○ ’25. 6. : 시험 재배\n 3. 청년농 교육 (교육센터)\n  ○ ’25. 4. : 교육 개강\n"
    "                                   (단위 : 백만원, %)\n"
    "     구  분        예산액      집행액      집행률\n"
    "     계               640         598        93.4\n"
    "     교육비           640         598        93.4\n"
    "Ⅲ. 2026년 주요업무 추진계획\n 1. 문화 행사\n  ○ 사업비 : 100백만원\n"
)


def test_a_results_chapter_whose_items_mostly_state_their_cost() -> None:
    """"Ⅱ. 2025년 주요업무 추진실적" whose items state a cost on a labelled line but one,
    which names its division over a table of its money: each item a project (none had
    been, the one item without a cost line losing them all); an item of neither, "3. 대외
    평가 및 수상", keeps the chapter no list of projects."""
    report = _text(RESULTS)
    done = [(p.title, p.cost_krw) for p in report.projects if p.project_id.startswith("Ⅱ")]
    assert done == [("스마트팜 보급", 1_200_000_000), ("기후적응 품종 개발", 800_000_000),
                    ("청년농 교육", None)]  # fmt: skip
    awards = _text(RESULTS.replace(" 3. 청년농 교육 (교육센터)", " 3. 대외 평가 및 수상"))
    assert not [p for p in awards.projects if p.project_id.startswith("Ⅱ")]


#: a 구's report written in bullets alone: themes with no number over their cards
PROSE = """2025년 주요업무보고
가람구 복지정책과

Ⅰ. 일반현황
 □ 조    직 : 1과 2팀 (복지기획팀, 희망복지팀)
 □ 인    력
   ○ 정원 16명 / 현원 15명
     - 팀별 현원 : 복지기획팀 7명,
       희망복지팀 7명 (과장 1명 별도)
Ⅱ. 2025년 주요업무 추진계획
 □ 촘촘한 복지안전망 구축
   ○ 위기가구 발굴·지원 (희망복지팀)
     - 사업기간 : '25. 1월 ~ 12월
     - 사 업 비 : 1,250백만원 (국비 500, 시비 375, 구비 375)
   ○ 기초생활보장 급여 지급 (희망복지팀)
     - 사 업 비 : 13,820백만원 (국비 11,056, 시비 1,382, 구비 1,382)
 □ 함께하는 지역돌봄 실현
   ○ 어르신 안부살핌 서비스 (복지기획팀)
     - 사 업 비 : 320백만원 (구비 100%)
Ⅲ. 2024년 행정사무감사 처리결과
 ○ 위기가구 사후관리 미흡 (희망복지팀)
   - 구    분 : 시정요구
   - 조치결과 : 사후관리 대장 정비 (완료)
 ○ 돌봄 서비스 홍보 부족 (복지기획팀)
   - 구    분 : 건의
   - 조치결과 : 홍보물 제작·배포 (완료)
"""


def test_themes_with_no_number_over_their_cards() -> None:
    """"□ 촘촘한 복지안전망 구축" over "○ … (희망복지팀)" cards each with "- 사 업 비 : …":
    the □ a theme, each card a project 1-1, 1-2, 2-1 (only themes whose words named a
    piece of work had been read, as projects, the rest lost with their cards)."""
    report = _text(PROSE)
    assert [(p.project_id, p.theme, p.title, p.cost_krw) for p in report.projects] == [
        ("1-1", "촘촘한 복지안전망 구축", "위기가구 발굴·지원", 1_250_000_000),
        ("1-2", "촘촘한 복지안전망 구축", "기초생활보장 급여 지급", 13_820_000_000),
        ("2-1", "함께하는 지역돌봄 실현", "어르신 안부살핌 서비스", 320_000_000),
    ]  # fmt: skip


def test_a_list_of_units_staff_wrapped_onto_the_next_line() -> None:
    """"- 팀별 현원 : 복지기획팀 7명," wrapped onto "희망복지팀 7명 (과장 1명 별도)": each
    unit's figure (none had been read)."""
    report = _text(PROSE)
    units = [(s.unit, s.current) for s in report.staffing if s.unit != "계"]
    assert units == [("복지기획팀", 7), ("희망복지팀", 7), ("과장", 1)]


def test_a_findings_category_on_a_labelled_line() -> None:
    """"- 구    분 : 시정요구" under a finding: its category."""
    report = _text(PROSE)
    assert [(f.category, f.category_raw) for f in report.audit_findings] == [
        ("correction", "시정요구"), ("suggestion", "건의"),
    ]  # fmt: skip


def card_report(done: tuple[str, ...], plan: tuple[str, ...]) -> Report:
    """A card drawn as a table, its "추진실적" row's paragraphs ``done`` and its
    "추진계획" row's ``plan``."""
    from tests.hwpx_maker import cell, p, tbl
    from tests.test_other_reports import _hwpx

    card = tbl(4, 2, [
        cell(0, 0, p("사 업 명")), cell(0, 1, p("지하차도 침수 자동차단시설 설치")),
        cell(1, 0, p("사 업 비")), cell(1, 1, p("4,800백만원 (국비 2,400, 시비 2,400)")),
        cell(2, 0, p("추진실적")), cell(2, 1, *(p(t) for t in done)),
        cell(3, 0, p("추진계획")), cell(3, 1, *(p(t) for t in plan)),
    ])  # fmt: skip
    return _hwpx(
        p("2026년 주요업무보고"), p("새벌광역시 안전총괄실"), p("Ⅰ. 일반현황"),
        p("1. 조직 : 1실 4과"), p("Ⅱ. 주요업무 추진계획"), p("1. 재난에 강한 도시"), p(card),
    )  # fmt: skip


def test_a_card_tables_row_of_what_was_done_gives_its_progress() -> None:
    """A card drawn as a table with a "추진실적" row ("○ ’25. 7. : 대상지 선정") beside its
    "추진계획": the done lines its progress (they had been dropped, no warning)."""
    report = card_report(
        ("○ ’25. 7. : 설치 대상지 선정(12개소)", "○ ’25. 10. : 실시설계 완료"),
        ("○ ’26. 3.~5. : 설치 공사",),
    )
    assert [(d.task, str(d.start)) for d in report.progress] == [
        ("설치 대상지 선정(12개소)", "2025-07-01"), ("실시설계 완료", "2025-10-01"),
    ]  # fmt: skip
    assert [s.task for s in report.schedules] == ["설치 공사"]


def test_a_budget_told_on_the_one_line_under_its_part_with_its_sources() -> None:
    """"□ 예    산" over "○ 2025년 예산 : 총 45,230백만원 (국비 30,120, 시비 8,400, 구비
    6,710)", the change on a line of its own and each team's line under it: the summary
    (total with last year's, each team), and the sources as lines (none had been read:
    the total was looked for on the part's own line, with no 총)."""
    report = _text(
        "2025년 주요업무보고\n가람구 복지정책과\n\nⅠ. 일반현황\n □ 조    직 : 1과 2팀\n"
        " □ 예    산\n   ○ 2025년 예산 : 총 45,230백만원 (국비 30,120, 시비 8,400, 구비 6,710)\n"
        "     - 전년도 43,080백만원 대비 2,150백만원(5.0%) 증가\n"
        "     - 복지기획팀 : 12,300백만원\n     - 희망복지팀 : 32,930백만원\n" + PLAN
    )
    assert [(b.unit, b.prev_budget_krw, b.budget_krw, b.change_pct) for b in
            report.budget_summary] == [
        ("계", 43_080_000_000, 45_230_000_000, 5.0), ("복지기획팀", None, 12_300_000_000, None),
        ("희망복지팀", None, 32_930_000_000, None),
    ]  # fmt: skip
    sources = [(b.source, b.amount_krw) for b in report.budget_lines if b.source]
    assert sources == [("국비", 30_120_000_000), ("시비", 8_400_000_000), ("구비", 6_710_000_000)]
    assert not failed(report)


#: a 군's own budget by account, its special accounts in dashed rows, then the 과's
COUNTY = """2026년 주요업무보고

재 무 과

다 솜 군

Ⅰ. 일반현황
 1. 조직 : 1과 2팀
 3. 예산현황
 가. 2026년 군 예산 총괄 (본예산 기준)
                                                         (단위 : 백만원, %)
     구      분               2025년       2026년       증  감      증감률
     합      계               612,480      648,950       36,470        6.0
     일 반 회 계              538,200      569,800       31,600        5.9
     특 별 회 계               52,630       55,410        2,780        5.3
      - 상수도사업특별회계      24,150       25,320        1,170        4.8
      - 하수도사업특별회계      28,480       30,090        1,610        5.7
     기      금                21,650       23,740        2,090        9.7
 나. 재무과 소관 예산 (일반회계)
                                                         (단위 : 백만원, %)
     구      분               2025년       2026년       증  감      증감률
     계                        6,290        6,835          545        8.7
     경 리 팀                   5,420        5,730          310        5.7
     세 무 팀                     870        1,105          235       27.0
 6. 2025년 세입 징수실적
                                          (’25. 12. 31. 기준, 단위 : 백만원, %)
     구      분           부 과 액          징 수 액          징 수 율
     합      계             61,470            57,352              93.3
     지 방 세               48,620            46,035              94.7
     세 외 수 입            12,850            11,317              88.1
"""


def test_a_countys_budget_with_dashed_sub_rows_and_a_collection_table() -> None:
    """"- 상수도사업특별회계 …" rows under "특 별 회 계": rows of the 군's table (they had been
    bullets, the table cut short); that table the 군's, no rows of the 과's summary (they
    had been added to the 과's 계 and failed its checks); taxes charged and collected,
    "부과액 | 징수액 | 징수율", no budget."""
    report = _text(COUNTY + PLAN)
    county = {(b.unit, b.account) for b in report.budget_lines if b.unit == "다솜군"}
    assert ("다솜군", "상수도사업특별회계") in county and ("다솜군", "하수도사업특별회계") in county
    assert [b.unit for b in report.budget_summary] == ["계", "경리팀", "세무팀"]
    assert not [b for b in report.budget_lines if b.label in ("부과액", "징수액")]
    assert not failed(report)


def test_a_count_line_under_the_parts_title_and_a_head_counted_apart() -> None:
    """"2. 조직 및 인력" over "□ 조 직 : 동장, 3팀(…)": the count line is titled (one count
    is enough), its teams the top's; "(동장 1명 별도)" after each team's 현원: the head's
    with its teams against the table's 계 (the check had failed by that one)."""
    report = _text(
        "2026년 주요업무보고\n새솔동 행정복지센터\n\nⅠ. 일반현황\n 2. 조직 및 인력\n"
        "  □ 조    직 : 동장, 3팀(행정민원팀, 맞춤형복지팀, 주민자치팀)\n"
        "  □ 인    력 : 정원 27명 / 현원 26명\n"
        "                                      (’26. 1. 1. 기준, 단위 : 명)\n"
        "     구   분       계      행 정      사회복지     공무직\n"
        "     정   원         27         15            8          4\n"
        "     현   원         26         14            8          4\n"
        "   ○ 팀별 현원 : 행정민원팀 11명, 맞춤형복지팀 9명, 주민자치팀 5명 (동장 1명 별도)\n"
        + PLAN
    )
    assert [u.name for u in report.organization if u.level == "team"] == [
        "행정민원팀", "맞춤형복지팀", "주민자치팀",
    ]  # fmt: skip
    assert not failed(report)


def test_a_head_the_charts_note_counts_apart() -> None:
    """"※ ( )는 팀 수 및 정원(국장 1명 별도)" under units counted "(5팀 42명)": the head's
    row beside them, and the chart's counts with it add up to the table's 계 (the check
    had failed by one)."""
    report = _text(
        "2026년 주요업무계획\n누리시 문화관광국\n\nⅠ. 일반현황\n 1. 조직 및 인력\n"
        "  □ 조 직 : 1국 2과 9팀\n   ○ 문화정책과(5팀 42명), 관광진흥과(4팀 44명)\n"
        "   ※ ( )는 팀 수 및 정원(국장 1명 별도)\n  □ 인 력 : 정원 87명 / 현원 85명\n"
        "                                  (단위 : 명)\n"
        "     구   분       계       5급      6급 이하\n"
        "     정   원         87        3         84\n"
        "     현   원         85        3         82\n" + PLAN
    )
    heads = [(s.unit, s.authorized) for s in report.staffing if s.unit == "국장"]
    assert heads == [("국장", 1)]
    assert not failed(report)


@pytest.mark.parametrize(("share", "passed"), [("2,880", True), ("2,800", False)])
def test_a_years_sources_under_a_group_of_their_own_against_its_total(
    share: str, passed: bool
) -> None:
    """"2026년 예산" over "계 | 재 원" over "국 비 | 시 비": each row's sources add up to its
    계 (no check had run, the sources standing a level deeper than the 계); a misprinted
    share fails it."""
    from tests.hwpx_maker import cell, p, tbl
    from tests.test_other_reports import _hwpx

    rows = [["계", "42,000", "12,880", "29,120"], ["교통정책과", "9,600", share, "6,720"],
            ["대중교통과", "32,400", "10,000", "22,400"]]  # fmt: skip
    table = tbl(6, 4, [
        cell(0, 0, p("구 분"), rs=3), cell(0, 1, p("2026년 예산"), cs=3),
        cell(1, 1, p("계"), rs=2), cell(1, 2, p("재 원"), cs=2),
        cell(2, 2, p("국 비")), cell(2, 3, p("시 비")),
        *(cell(3 + r, k, p(t)) for r, row in enumerate(rows) for k, t in enumerate(row)),
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 업무계획"), p("새빛광역시 교통국"), p("I. 일반현황"), p("1) 조직 : 1국 4과"),
        p("2) 예 산"), p("(단위 : 백만원)"), p(table),
        p("II. 주요업무 추진계획"), p("1) 교통 안전"), p("• 사 업 비 : 100백만원"),
    )  # fmt: skip
    across = [c.passed for c in report.validation
              if c.check == "budget_lines.sources" and "계 column" in c.detail]  # fmt: skip
    assert len(across) == 3 and all(across) is passed


def test_a_group_on_the_header_line_over_its_columns_on_the_next() -> None:
    """"구 분 | 세 대 | 인 구" over "계 | 남 | 여", rows labelled by their year: one table, each
    column its name, "인 구 계" (the rows' years had been counted as values, the table
    lost to the bullet above)."""
    report = _text(
        HEAD + " 2. 인구 현황\n\n     구   분      세   대                   인   구\n"
        "                                  계           남           여\n"
        "      2024년         18,412       39,856       19,318       20,538\n"
        "      2025년         18,705       39,702       19,205       20,497\n"
        "     증   감            293         △154         △113          △41\n\n" + PLAN
    )
    body = [c for c in report.table_cells if c.table_id == 1 and not c.is_header]
    first = min(c.row for c in body)
    heads = [squash(c.col_header.replace(" / ", "")) for c in body if c.row == first]
    assert heads == ["세대", "인구계", "인구남", "인구여"]
    assert [c.raw for c in report.table_cells if c.table_id == 1 and c.col == 0][-3:] == [
        "2024년", "2025년", "증 감",
    ]  # fmt: skip
    assert not report.residue
