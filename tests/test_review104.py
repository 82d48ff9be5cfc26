"""What the review of round 23's rules found them doing to ordinary reports: a card's
number boxed at each page's top taken for a page number, steps ending in a block's word
dropped, a 공단's 경영현황 taken for its general part over its 일반현황, a facts table's
period and division lost to its total, a theme of issues made a project."""

from __future__ import annotations

from extract.document import BBox, Line
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _text


def test_a_cards_number_boxed_at_each_pages_top_is_no_page_number() -> None:
    """`1`, `2`, … the first line of each page (a card a page, its number boxed over its
    title), each its page's number less one: no page numbers (only a page's last line in
    its foot margin is one)."""
    from extract.read.pdf.lines import page_numbers

    lines: list[Line] = []
    boxes: dict[int, BBox] = {}
    for page in range(2, 6):
        for text, box in ((str(page - 1), (60.0, 50.0, 80.0, 66.0)),
                          ("생활문화센터 건립 (문화예술과)", (60.0, 80.0, 300.0, 96.0)),
                          ("□ 사업개요", (60.0, 110.0, 200.0, 126.0))):  # fmt: skip
            no = len(lines) + 1
            lines.append(Line(no, text, text, page=page))
            boxes[no] = box
    assert page_numbers(lines, boxes, dict.fromkeys(range(2, 6), 842.0)) == set()


def test_steps_that_end_in_a_blocks_word() -> None:
    """`○ ’26. 1. : 2026년 시설 운영계획`, `○ ’26. 7. : 상반기 추진현황`: steps (only a
    block's label alone with its year, `추진일정 (2026년)`, is none)."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        " 1. 공공체육시설 운영 (체육진흥과)\n   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n"
        "    ○ 사 업 비 : 800백만원\n   □ 추진계획\n"
        "    ○ ’26. 1. : 2026년 시설 운영계획\n    ○ ’26. 2. : 읍면별 순회 일정\n"
        "    ○ ’26. 7. : 상반기 추진현황\n    ○ ’26. 3. : 시설 개방\n"
    )
    assert len(_text(text).schedules) == 4


_AGENCY = """\
                  2026년도 주요업무보고

               누 리 시 설 관 리 공 단

Ⅰ. 일 반 현 황
 1. 조    직 : 1본부 2처
   ○ 경영본부 : 경영지원처, 시설운영처
 2. 인    력 : 정원 314명 / 현원 301명

Ⅱ. 경 영 현 황
 1. 재무현황
   ○ 자산 52,300백만원, 부채 8,100백만원
 2. 수입 현황
   ○ 대행사업 수입 12,100백만원, 자체수익 3,200백만원

Ⅲ. 2026년 주요업무계획
 1. 공영주차장 스마트화 (시설운영처)
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사 업 비 : 320백만원 (자체수익 320)
"""


def test_a_corporations_finances_beside_its_general_part() -> None:
    """`Ⅰ. 일 반 현 황` then `Ⅱ. 경 영 현 황` (its finances): the first is the general part,
    its 조직 and 인력 read (경영현황 had taken the role, and they had been lost)."""
    report = _text(_AGENCY)
    assert {o.name for o in report.organization} >= {"경영본부", "경영지원처", "시설운영처"}
    assert any(s.is_total and s.authorized == 314 for s in report.staffing)


def test_a_facts_table_with_its_sources_keeps_its_period_and_division() -> None:
    """`사업기간 | 총사업비 | 국비 | 시비 | 담당부서` over one row: the cost the total, each
    source its share, and the period and the division still the table's (the total had
    replaced all its facts)."""
    heads = ["사업기간", "총사업비", "국비", "시비", "담당부서"]
    vals = ["2026. 3. ~ 11.", "1,200", "600", "600", "도시계획과"]
    table = tbl(2, 5, [cell(0, c, p(h)) for c, h in enumerate(heads)]
                + [cell(1, c, p(v)) for c, v in enumerate(vals)])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"), p("○ 도시계획과, 건축과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 도시관리계획 재정비"), p("(단위 : 백만원)"),
        p(table), p("○ 도시관리계획 용역 착수 (’26. 3.)"),
        p("2. 달빛마을 도시재생 (건축과)"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 500백만원"),
    )  # fmt: skip
    (first, _) = report.projects
    assert (first.cost_krw, first.division) == (1_200_000_000, "도시계획과")
    assert (str(first.period_start), str(first.period_end)) == ("2026-03-01", "2026-11-30")


def _card(n: int, title: str) -> str:
    return (
        f" {n}  {title} (문화예술과)\n   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n"
        "    ○ 사 업 비 : 300백만원\n   □ 추진계획\n    ○ ’26. 3. : 공모\n"
    )


def test_a_theme_of_issues_after_the_cards_is_no_project() -> None:
    """`3. 기타 현안사항` over bullets, after two themes of cards: no project (a theme with
    no cards had sent the whole plan to the outline's reader, which made it one)."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        "1. 문화도시 조성\n" + _card(1, "생활문화센터 건립") + _card(2, "작은도서관 활성화")
        + "2. 관광도시 조성\n" + _card(3, "야간관광 명소화")
        + "3. 기타 현안사항\n  ○ 관광진흥기금 조성 검토\n   - 조례 개정 추진 (’26. 6.)\n"
    )
    titles = [pr.title for pr in _text(text).projects]
    assert "기타 현안사항" not in titles
    assert "생활문화센터 건립" in titles
