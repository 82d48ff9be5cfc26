"""What a review of the fifteenth round's changes found: each case misread by a first
version of a change, worked out from its lines."""

from __future__ import annotations

from extract.read.text import split_lines
from tests.test_other_reports import _text
from tests.test_probe64 import APPENDIX, HEAD, PLAN
from tests.test_probed import failed


def test_a_page_break_with_no_newline_before_the_next_page_parts_the_line() -> None:
    """"- 1 -\\fⅡ. …" (no newline before the next page) and a soft line break "\\v" between
    two facts: each its own line (the form feed had glued them, the chapter lost)."""
    report = _text(HEAD + "- 1 -\fⅡ. 주요업무 추진계획\n 1. 문화 행사\n"
                   "  ○ 사업기간 : 2026. 1.~12.\v  ○ 사 업 비 : 100백만원\n")  # fmt: skip
    assert [(p.title, p.cost_krw) for p in report.projects] == [("문화 행사", 100_000_000)]


def test_a_form_feed_alone_on_its_line_is_one_page_break() -> None:
    """A form feed alone between pages is one break: a head on most pages' tops is still
    page furniture (it had counted twice, so a head had to stand on every page)."""
    pages = ["한빛시 문화국 2026년 업무보고\n○ 내용 " + str(n) for n in range(9)]
    pages[3] = "○ 표지 없는 쪽 3"
    lines = split_lines("\n\f\n".join(pages) + "\n")
    heads = [ln for ln in lines if ln.text == "한빛시 문화국 2026년 업무보고"]
    assert sum(1 for ln in heads if ln.kind.value == "furniture") == 7


def test_a_rows_group_label_under_a_pdfs_header_is_no_second_header_row() -> None:
    """"일반회계" alone under a single-spaced header, "예산 총괄표" above it: a group of rows
    (it had been read as a second header row, the 2026 lines the differences)."""
    report = _text(
        HEAD + " 2. 예산현황\n  (단위 : 백만원)\n예산 총괄표\n구분 2025년 예산 2026년 예산 증감\n"
        "일반회계\n세입 1,000 1,100 100\n세출 1,000 1,100 100\n특별회계\n세입 500 600 100\n"
        "세출 500 600 100\n" + PLAN
    )
    this_year = {b.amount_krw for b in report.budget_lines if b.year == 2026}
    assert this_year == {1_100_000_000, 600_000_000}


def test_an_appendix_that_repeats_the_bodys_tables_is_not_read_twice() -> None:
    """Ⅰ's own staff and budget tables, "붙임 1." and "붙임 2." repeating them: each row
    once (the appendix is read only where the body's part draws no table)."""
    body = APPENDIX.replace(
        "  □ 인 력 : 정원 58명 / 현원 56명\n",
        "  □ 인 력 : 정원 58명 / 현원 56명\n                                   (단위 : 명)\n"
        "  구  분      팀 수    정  원    현  원\n  계              8        58        56\n"
        "  교통정책과      4        30        29\n  대중교통과      4        28        27\n",
    ).replace(
        "  □ 2026년 예산 : 10,500백만원\n",
        "  □ 2026년 예산 : 10,500백만원\n                                    (단위 : 백만원)\n"
        "  구  분        2026년 예산   2025년 예산   증  감\n"
        "  계                 10,500        10,000      500\n"
        "  교통정책과          4,000         4,200     △200\n"
        "  대중교통과          6,500         5,800      700\n",
    )
    report = _text(body)
    assert [s.unit for s in report.staffing] == ["계", "교통정책과", "대중교통과"]
    assert [b.unit for b in report.budget_summary] == ["계", "교통정책과", "대중교통과"]


def test_another_audits_summary_is_not_the_follow_ups() -> None:
    """"Ⅳ. 정부합동감사 결과" sums up another audit: no summary of the 행정사무감사's
    findings (its counts had failed three checks)."""
    report = _text(
        HEAD + PLAN + "Ⅲ. 2025년 행정사무감사 처리결과\n\n"
        "  연번   구 분      지 적 사 항                    처리상황   소관부서\n"
        "  1      시정요구   용역 과업지시서 미이행         완료       문화정책과\n"
        "  2      시정요구   수입금 정산 지연               완료       관광과\n"
        "  3      건 의      관광 안내 확대 검토            추진중     관광과\n"
        "Ⅳ. 2025년 정부합동감사 결과\n  ○ 총 5건(시정 3, 주의 2) : 완료 5\n"
    )
    assert len(report.audit_findings) == 3
    assert not [c for c in failed(report) if c.startswith("audit_findings.count")]


def test_a_headlines_division_over_its_details() -> None:
    """"재난관리기금 적립 부족 (안전총괄과)" over "- …": the headline's bracket is its
    division (it had been looked for after the details)."""
    from extract.parse.findings import split_items
    from extract.sections import closing_units

    item = split_items("재난관리기금 적립 부족 (안전총괄과) - ’25년 적립액 85% 수준")[0]
    head, _, details = item.partition("\n")
    assert closing_units(head) == ("재난관리기금 적립 부족", ["안전총괄과"])
    assert details == "- ’25년 적립액 85% 수준"


def test_appendices_with_no_number_give_ids_by_their_place() -> None:
    """Two "붙임" with no number, each a list of projects: A1-1 …, A2-1 … (they had been
    "A붙임-1" and "A붙임-2-1")."""
    table = (
        "                                                        (단위 : 백만원)\n"
        "  연번   사 업 명              사업기간      총사업비     담당과\n"
        "  1      {a}             2022~2028      486,500     대중교통과\n"
        "  2      {b}         ’26. 1.~12.      1,500     대중교통과\n"
    )
    report = _text(
        HEAD + PLAN + "붙임  주요사업 목록\n" + table.format(a="트램 건설", b="광역교통 협력")
        + "붙임  공약사업 목록\n" + table.format(a="환승 개선", b="버스 증차 추진")
    )
    ids = [p.project_id for p in report.projects if p.project_id.startswith("A")]
    assert ids == ["A1-1", "A1-2", "A2-1", "A2-2"]


def test_the_sources_under_the_cost_line_with_a_table_further_down_the_card() -> None:
    """"계 국 비 시 비 구 비" under the cost's line, a 연차별 투자계획 table further down:
    the lines are the cost's sources (the later table had hidden them)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 맑은 공기\n  가. 노후 경유차 조기폐차 지원 (환경정책팀)\n"
        "   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 1,230백만원\n"
        "                                      (단위 : 천원)\n"
        "        계          국 비        시 비        구 비\n"
        "     1,230,000     615,000      369,000      246,000\n"
        "    ○ 연차별 투자계획\n                                      (단위 : 백만원)\n"
        "      구  분       2026년      2027년\n      계            1,230       1,400\n"
        "      국  비         615         700\n"
        "   □ 추진계획\n    ○ ’26. 1.~2. : 사업 공고 및 신청 접수\n"
        "  나. 전기차 보급 (환경정책팀)\n   □ 사업개요\n"
        "    ○ 사 업 비 : 180백만원 (국비 50%, 구비 50%)\n"
        "   □ 추진계획\n    ○ ’26. 3. : 보급 공고\n"
    )
    shares = [(f.source, f.amount_krw) for f in report.project_funding if f.project_id == "1-1"]
    assert shares == [("국비", 615_000_000), ("시비", 369_000_000), ("구비", 246_000_000)]


def test_a_map_is_no_duty_of_its_own_in_a_list() -> None:
    """"관광지도, 안내표지판 정비": one duty (지도 is a map as often as guidance)."""
    from extract.parse.functions import listed_duties

    assert listed_duties("관광지도, 안내표지판 정비", loose=True) == ["관광지도, 안내표지판 정비"]


def test_a_group_heading_inside_a_numbered_table_is_no_wrapped_name() -> None:
    """"< 대중교통 분야 >" between two rows numbered under 연번: no words of the row above."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n\n  □ 주요사업 총괄\n"
        "                                                      (단위 : 백만원)\n"
        "  연번  사   업   명                 사업기간   총사업비  2026 예산  담 당 과\n"
        "   1    교통안전 시설 개선          ’26. 1.~12.      4,200      4,200  교통정책과\n"
        "        < 대중교통 분야 >\n"
        "   2    버스 환승센터 조성          ’26. 1.~12.      1,200      1,200  대중교통과\n"
    )
    assert [p.title for p in report.projects][:1] == ["교통안전 시설 개선"]
