"""What round 23 of probes found: a 공단's 경영현황 and its appendix by facility, its own
income as a cost's one source; a card's cost in a table nested in its cell."""

from __future__ import annotations

from extract.document import BBox, Line
from tests.test_other_reports import _text

_AGENCY = """\
                  2026년도 주요업무보고

               누 리 시 설 관 리 공 단

Ⅰ. 경 영 현 황
 1. 조    직 : 1본부 2처
   ○ 경영본부 : 경영지원처, 시설운영처
 2. 인    력 : 정원 314명 / 현원 301명

Ⅱ. 2026년 주요업무계획
 1. 공영주차장 스마트화 (시설운영처)
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사 업 비 : 320백만원 (자체수익 320)

붙임 1. 2026년 대행사업비 시설별 예산 현황

                                                  (단위 : 백만원)
   부서명 / 사업명            2026년 예산    2025년 예산     증  감
   합        계                    12,860         12,100        760
   체육시설팀                       9,860          9,420        440
     공공체육시설 운영              9,860          9,420        440
   주차시설팀                       3,000          2,680        320
     공영주차장 운영                3,000          2,680        320
"""


def test_a_corporations_management_chapter_and_appendix_by_facility() -> None:
    """`Ⅰ. 경 영 현 황`: a 공단's general part, its 조직 and 인력 read (they had been no
    role's); `붙임 1. 2026년 대행사업비 시설별 예산 현황`: the budget appendix; `(자체수익
    320)` the cost's one source; the cover's spaced name whole, 누리시설관리공단 (the city's
    name had been cut from it: 설관리공단)."""
    report = _text(_AGENCY)
    names = {o.name: o.parent for o in report.organization}
    assert names["경영지원처"] == "경영본부"
    assert any(s.is_total and s.authorized == 314 for s in report.staffing)
    items = {(b.division, b.item, b.budget_krw) for b in report.budget_items if b.level == "item"}
    assert ("체육시설팀", "공공체육시설 운영", 9_860_000_000) in items
    assert {(f.source, f.amount_krw) for f in report.project_funding} == {("자체수익", 320_000_000)}
    assert report.meta.bureau == "누리시설관리공단"


def _card_table(sources: list[str], note: str | None) -> str:
    """A card drawn as a table of labels, its 사업비 cell holding its unit, a table of its
    sources `계 | 국비 | 시비 | 구비` and perhaps a note."""
    from tests.hwpx_maker import cell, p, tbl

    heads = ["계", "국비", "시비", "구비"]
    inner = tbl(2, 4, [cell(0, c, p(h)) for c, h in enumerate(heads)]
                + [cell(1, c, p(v)) for c, v in enumerate(sources)])  # fmt: skip
    cost = [p("(단위 : 백만원)"), p(inner), *([p(note)] if note else [])]
    rows = [
        [cell(0, 0, p("사업개요")), cell(0, 1, p("○ 내 용 : 골목길 정비, 집수리 지원"))],
        [cell(1, 0, p("사업기간")), cell(1, 1, p("2026. 1. ~ 12."))],
        [cell(2, 0, p("사 업 비")), cell(2, 1, *cost)],
        [cell(3, 0, p("추진일정")), cell(3, 1, p("○ ’26. 3. : 집수리 대상 선정"))],
    ]
    return tbl(4, 2, [c for r in rows for c in r])


def test_a_cards_cost_in_a_table_drawn_in_its_cell() -> None:
    """A card drawn as a table of labels, its `사 업 비` cell holding `(단위 : 백만원)`, a
    table `계 | 국비 | 시비 | 구비` over `1,200 | - | 600 | 600` and a note `※ ’26년 예산 :
    480백만원`: the cost the 계 (the first source's figure, and the note's, had been taken
    for it), each source its share."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx

    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 도시계획과"),
        p("가. 도시관리계획 재정비"), p(_card_table(["1,200", "-", "600", "600"], None)),
        p("나. 달빛마을 도시재생"),
        p(_card_table(["25,000", "12,500", "6,250", "6,250"], "※ ’26년 예산 : 6,480백만원")),
    )  # fmt: skip
    assert {pr.title: pr.cost_krw for pr in report.projects} == {
        "도시관리계획 재정비": 1_200_000_000, "달빛마을 도시재생": 25_000_000_000,
    }  # fmt: skip
    got = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert got == {("1-1", "시비", 600_000_000), ("1-1", "구비", 600_000_000),
                   ("1-2", "국비", 12_500_000_000), ("1-2", "시비", 6_250_000_000),
                   ("1-2", "구비", 6_250_000_000)}  # fmt: skip


def _slides() -> tuple[list[Line], dict[int, BBox], dict[int, float]]:
    """Four 16:9 slides (720 x 405 pt): each a title bar `Ⅰ. 일반현황` (its bottom 60 pt
    down, under the top margin), a line of text, and a page number printed bare at the foot's
    right, the slide's number plus one (a cover unnumbered before them)."""
    lines: list[Line] = []
    boxes: dict[int, BBox] = {}
    for page in range(1, 5):
        for text, box in (("Ⅰ. 일반현황", (46.8, 37.8, 163.0, 59.8)),
                          (f"{page}. 조직 현황 내용", (46.8, 90.0, 400.0, 104.0)),
                          (str(page + 1), (690.0, 380.0, 700.0, 392.0))):  # fmt: skip
            no = len(lines) + 1
            lines.append(Line(no, text, text, page=page))
            boxes[no] = box
    return lines, boxes, dict.fromkeys(range(1, 5), 405.0)


def test_a_slides_bare_page_numbers_and_its_repeated_title_bar() -> None:
    """A slide's number printed bare at its foot, `3`, is furniture (it had opened outline
    items, a table's summary lost); a chapter's title bar set again over each slide, under
    the top margin, is furniture after the first (it had opened a chapter on each)."""
    from extract.read.pdf.lines import page_numbers, running_heads

    lines, boxes, heights = _slides()
    assert page_numbers(lines, boxes, heights) == {3, 6, 9, 12}
    heads = running_heads(lines, boxes, heights)
    assert {n for n in heads if lines[n - 1].text.startswith("Ⅰ")} == {4, 7, 10}
    # (figures a page ends with that are no page's numbers: none)
    odd = [ln._replace(text="7") if ln.no in (3, 6) else ln for ln in lines]
    assert page_numbers(odd, boxes, heights) == set()


_BOXED_NUMBERS = (
    "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
    " 1. 일상이 풍요로운 문화도시\n"
    "  1-1\n  해든 생활문화센터 건립 (문화예술과)\n"
    "   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 1,800백만원\n"
    "   □ 추진일정\n    ○ ’26. 3. : 설계 공모\n"
    "  1-2\n  찾아가는 문화예술 공연 (문화예술과)\n"
    "   □ 사업개요\n    ○ 사업기간 : 2026. 3. ~ 11.\n    ○ 사 업 비 : 850백만원\n"
    "   □ 추진일정\n    ○ ’26. 4. : 공연단체 모집\n"
)


def test_a_cards_number_alone_on_its_line() -> None:
    """A card's number in a box of its own, `1-1`, its title on the next line: the card
    with its title, facts and steps."""
    report = _text(_BOXED_NUMBERS)
    got = [(p.project_id, p.title, p.cost_krw) for p in report.projects]
    assert got == [("1-1", "해든 생활문화센터 건립", 1_800_000_000),
                   ("1-2", "찾아가는 문화예술 공연", 850_000_000)]  # fmt: skip
    assert sorted((s.project_id, s.task) for s in report.schedules) == [
        ("1-1", "설계 공모"), ("1-2", "공연단체 모집"),
    ]  # fmt: skip


def test_a_block_label_with_the_year_it_is_of() -> None:
    """`• 추진일정 (2026년)` over a chart of quarters: the block's label, no step dated all of
    2026 (a caption set right of the label had been joined to it)."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        " 1. 기초생활 보장 (복지정책과)\n  • 사업개요\n   – 사업기간 : 2026. 1. ~ 12.\n"
        "   – 사 업 비 : 800백만원\n  • 추진일정 (2026년)\n\n"
        "      추진내용            1/4    2/4    3/4    4/4\n"
        "      대상자 선정          ●\n"
        "      급여 지급            ●      ●      ●      ●\n"
    )
    assert [s.task for s in _text(text).schedules] == ["대상자 선정", "급여 지급"]


def test_what_a_cards_overview_lists_is_no_project() -> None:
    """`□ 사업개요` over `○ 사 업 비 : 85백만원` and `○ 사업내용` / `- 지방채 조기상환(120억원)
    및 …`: what the card does, no project of its own (a cost labelled in the overview block,
    not on the card's own line, had let the amount make one)."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        " 1. 재정 건전성 강화 (기획예산과)\n"
        "   □ 사업개요\n     ○ 사업기간 : ’26. 1.~12.\n     ○ 사 업 비 : 85백만원 (시비 100%)\n"
        "     ○ 사업내용\n       - 2027년도 본예산 편성\n"
        "       - 지방채 조기상환(120억원) 및 통합재정수지 관리\n"
        "   □ 추진계획\n     ○ ’26. 3.~4. : 중기지방재정계획 수립 지침 시달\n"
    )
    assert [(p.project_id, p.cost_krw) for p in _text(text).projects] == [("1", 85_000_000)]


def test_a_results_block_labelled_with_its_year() -> None:
    """`□ 2025 추진실적` over `○ 2월 : …` and `○ 4.~5. : …`: done in 2025 (the plan's year
    had been taken for its months); `□ 2026 추진계획` over `○ 3월 : …` 2026's."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        " 1. 벼 재배 기술 보급 (기술보급과)\n  □ 사업개요\n   ○ 사업기간 : 2026. 1. ~ 12.\n"
        "   ○ 사 업 비 : 800백만원\n  □ 2025 추진실적\n"
        "   ○ 2월 : 벼 육묘 기술교육(12회, 1,250명)\n   ○ 4.~5. : 드론 병해충 공동방제 시범\n"
        "  □ 2026 추진계획\n   ○ 3월 : 육묘 교육\n"
    )
    report = _text(text)
    assert [str(p.start) for p in report.progress] == ["2025-02-01", "2025-04-01"]
    assert [str(s.start) for s in report.schedules] == ["2026-03-01"]


def test_a_card_after_a_lost_one() -> None:
    """`가. …` then `다. …` (나.'s page a picture with no text): 다. a card of its own with
    its cost and steps (it had been read as 가.'s text)."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        " 1. 건강한 도시\n  가. 금연구역 확대 (건강증진과)\n   □ 사업개요\n"
        "    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 120,000천원\n"
        "   □ 추진계획\n    ○ ’26. 3. : 단속 계획 수립\n"
        "  다. 임산부·영유아 건강관리 지원 (건강증진과)\n   □ 사업개요\n"
        "    ○ 사업기간 : ’26. 1. ~ 12.\n"
        "    ○ 사 업 비 : 1,284,000천원 (국비 642,000, 시비 642,000)\n"
        "   □ 추진계획\n    ○ ’26. 11. : 서비스 제공기관 현장점검\n"
    )
    report = _text(text)
    assert [(p.title, p.cost_krw) for p in report.projects] == [
        ("금연구역 확대", 120_000_000), ("임산부·영유아 건강관리 지원", 1_284_000_000),
    ]  # fmt: skip
    steps = {s.task: s.project_id for s in report.schedules}
    assert steps["서비스 제공기관 현장점검"] != steps["단속 계획 수립"]


def test_a_caption_of_counts_money_and_rates_by_row() -> None:
    """`(단위 : 건, 천원, %)` over rows `단속 건수`, `과태료 부과액`, `징 수 율`: the count's
    row in 건 (it had been money, 84,512 천원), the amount's in 천원, the rate's in %."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n 2. 주정차 단속 현황\n\n"
        "                                   (단위 : 건, 천원, %)\n"
        "   구      분      2023년       2024년       2025년\n"
        "   단 속 건 수     84,512       91,230       96,874\n"
        "   과태료 부과액   3,380,480    3,649,200    3,874,960\n"
        "   징  수  율      72.4         74.1         75.8\n\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 주정차 질서 확립 (교통행정과)\n"
        "  ○ 사업기간 : 2026. 1. ~ 12.\n  ○ 사 업 비 : 800백만원\n"
    )
    cells = {(c.row_header, c.col_header): c for c in _text(text).table_cells}
    count = cells[("단속건수", "2023년")]
    assert (count.value, count.unit, count.value_krw) == (84_512, "건", None)
    money = cells[("과태료 부과액", "2025년")]
    assert (money.unit, money.value_krw) == ("천원", 3_874_960_000)
    assert cells[("징수율", "2024년")].unit == "%"


def test_a_cards_steps_dated_by_how_often_spelt_out() -> None:
    """`- 매 월 : …` and `- 분 기 별 : …` in a card's 추진일정 block: steps over the plan's year
    (their letters spaced out, the card's reader had left them undated)."""
    text = (
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
        " 1. 기초생활 보장\n  가. 기초생활보장 급여 (복지정책과)\n   □ 사업개요\n"
        "    ○ 사업기간 : ’26. 1.~12.\n    ○ 사 업 비 : 14,820백만원\n"
        "   □ 추진계획\n    ○ 급여 지급 및 기준 개선 반영\n   □ 추진일정\n"
        "    - 1월 : 급여 조정\n    - 매 월 : 생계급여 지급\n"
        "  나. 장애인 활동지원 (복지정책과)\n   □ 사업개요\n    ○ 사업기간 : ’26. 1.~12.\n"
        "    ○ 사 업 비 : 820백만원\n   □ 추진일정\n    - 분 기 별 : 활동지원기관 점검\n"
    )
    got = [(s.task, s.raw, str(s.start), str(s.end)) for s in _text(text).schedules]
    assert got == [
        ("급여 조정", "1월", "2026-01-01", "2026-01-31"),
        ("생계급여 지급", "매 월", "2026-01-01", "2026-12-31"),
        ("활동지원기관 점검", "분 기 별", "2026-01-01", "2026-12-31"),
    ]
