"""What a review of the fifteenth round's changes found: each case misread by a first
version of a change, worked out from its lines."""

from __future__ import annotations

from extract.read.text import split_lines
from tests.test_other_reports import _text
from tests.test_probe64 import APPENDIX, HEAD, PLAN, card_report
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
    from extract.unit_names import closing_units

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


# --- the second review ------------------------------------------------------------------


def test_a_plain_project_beside_themes_over_cards_keeps_its_own_number() -> None:
    """A project before a theme over cards: 1, then the theme's 2-1, 2-2 (the two counts
    had given 1-1 twice, one card lost)."""
    report = _text(
        HEAD + "Ⅱ. 2025년 주요업무 추진계획\n □ 경로당 냉난방비 지원\n"
        "   - 사 업 비 : 150백만원 (구비 100%)\n □ 함께하는 지역돌봄 실현\n"
        "   ○ 어르신 안부살핌 서비스 (통합돌봄팀)\n     - 사 업 비 : 320백만원 (구비 100%)\n"
        "   ○ 가족돌봄청년 지원 (희망복지팀)\n     - 사 업 비 : 84백만원 (구비 100%)\n"
    )
    assert [p.project_id for p in report.projects] == ["1", "2-1", "2-2"]


def test_a_project_over_its_overview_block_is_no_theme() -> None:
    """"□ 어린이공원 조성" over "○ 사업개요" and its facts: a project (it had been a theme
    over a project titled 사업개요)."""
    report = _text(
        HEAD + "Ⅱ. 2025년 주요업무 추진계획\n □ 어린이공원 조성\n   ○ 사업개요\n"
        "     - 위    치 : 가람동 123\n     - 사 업 비 : 500백만원 (구비 100%)\n"
    )
    assert [(p.project_id, p.title) for p in report.projects] == [("1", "어린이공원 조성")]


def test_a_line_of_units_staff_with_no_mark_and_a_line_after_it() -> None:
    """"팀별 현원 : …" with no mark, and a line after a list that ends with no comma: each
    unit's figure (the first had been skipped, the second glued to the next line)."""
    for tail in ("   팀별 현원 : 복지기획팀 7명, 희망복지팀 8명\n",
                 "   - 팀별 현원 : 복지기획팀 7명, 희망복지팀 8명\n   기준일 2025. 1. 1.\n"):
        report = _text(
            "2025년 주요업무보고\n가람구 복지정책과\n\nⅠ. 일반현황\n"
            " □ 조    직 : 1과 2팀 (복지기획팀, 희망복지팀)\n"
            " □ 인 력 : 정원 16명 / 현원 15명\n" + tail + PLAN
        )
        assert [(s.unit, s.current) for s in report.staffing if s.unit != "계"] == [
            ("복지기획팀", 7), ("희망복지팀", 8),
        ]  # fmt: skip


def test_a_cell_of_what_was_done_dated_with_no_year_is_progress() -> None:
    """A card table's "추진실적" cell, "○ 7월 : 대상지 선정": progress, not steps of the
    plan's year."""
    report = card_report(("○ 7월 : 설치 대상지 선정", "○ 10월 : 설계 완료"),
                         ("○ ’26. 3.~5. : 설치 공사",))  # fmt: skip
    assert [d.task for d in report.progress] == ["설치 대상지 선정", "설계 완료"]
    assert [s.task for s in report.schedules] == ["설치 공사"]


def test_a_units_change_is_not_the_totals() -> None:
    """Units' lines with their change in a bracket under a total that states none: the
    total keeps none (it had taken the first unit's)."""
    report = _text(
        "2025년 주요업무보고\n가람구 복지정책과\n\nⅠ. 일반현황\n □ 조    직 : 1과 2팀\n"
        " □ 예    산 : 45,230백만원\n   - 복지기획팀 : 12,300백만원 (전년 대비 300백만원 증)\n"
        "   - 희망복지팀 : 32,930백만원 (전년 대비 1,850백만원 증)\n" + PLAN
    )
    (total,) = [b for b in report.budget_summary if b.unit == "계"]
    assert (total.budget_krw, total.change_krw) == (45_230_000_000, None)


def test_the_side_of_a_table_is_the_nearest_budget_lines() -> None:
    """"○ 2026년 세입예산 : …" over "가." and its table, then "○ 2026년 예산(일반회계) : …" over
    "나." and its: the second table of no side (it had taken the first line's, 세입)."""
    table = (
        "                                          (단위 : 천원)\n"
        "      구    분             계            국  비          도  비          군  비\n"
        "      계                2,100,000      1,000,000         600,000         500,000\n"
        "      보건행정과        2,100,000      1,000,000         600,000         500,000\n"
    )
    report = _text(
        HEAD + " 2. 예    산\n   ○ 2026년 세입예산 : 2,100,000천원\n    가. 세입 현황\n" + table
        + "   ○ 2026년 예산(일반회계) : 2,100,000천원\n    나. 재원별 현황\n" + table + PLAN
    )
    second = {b.side for b in report.budget_lines if b.table_id == 2}
    assert second == {None}


def test_names_beside_duties_whose_wraps_open_with_a_word_like_a_units() -> None:
    """A duty wrapped onto a line that opens with "유관기관" or "공공도서관" (ending as a
    unit's name may): no row of its own; a caption under the header no row's words."""
    report = _text(
        "2026년 주요업무보고\n솔빛구 문화체육과\n\nⅠ. 일반현황\n 1. 조직 및 인력\n"
        "  가. 조 직\n   □ 조 직 : 1과 2팀\n팀명 주요업무\n(2026. 1. 1. 기준)\n"
        "문화정책팀 문화예술 진흥, 문화예술단체 및\n유관기관 협력체계 구축\n"
        "도서관운영팀 작은도서관 운영 지원, 구립\n공공도서관 건립 추진\n" + PLAN
    )
    assert [u.name for u in report.organization if u.level == "team"] == [
        "문화정책팀", "도서관운영팀",
    ]  # fmt: skip
