"""A theme whose title closes with the bracket of one division (probe 105, widespace):
`1.　소통하고 신뢰받는 자치행정 구현 (자치행정과)` over its cards `가. …`, `나. …`."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_PLAN = """\
                         2026년 주요업무보고

                          한 결 군   행 정 복 지 국

Ⅰ. 일반현황
 1.　조　　직
  □ 조　　직 : 1국 3과
   ○ 자치행정과, 민원지적과, 주민복지과

Ⅱ. 2026년 주요업무계획
1.　소통하고 신뢰받는 자치행정 구현 (자치행정과)

　가.　읍·면 주민자치회 전면 시행
　　○　사업기간 : ’26. 1.~12.
　　○　사　업　비 : 480,000천원 (도비 96,000, 군비 384,000)
　　○　추진일정
　　　-　’26. 3.　　 : 위원 공개모집 및 추첨 선정
　나.　찾아가는 통합민원 서비스 확대
　　○　사업기간 : ’26. 2.~12.
　　○　사 업 비 : 215,000천원 (군비 215,000)
　　○　추진일정
　　　-　’26. 2.　　 : 운영계획 수립
　다.　노후 전산장비 교체 (민원지적과)
　　○　사업기간 : ’26. 1.~10.
　　○　사　업　비 : 1,320,000천원 (군비 1,320,000)
　　○　추진일정
　　　-　’26. 4.~6. : PC·서버 구매 및 설치

2.　촘촘하고 따뜻한 맞춤형 복지 실현 (주민복지과)

　가.　위기가구 발굴 및 긴급복지 지원
　　○　사업기간 : ’26. 1.~12.
　　○　사 업 비 : 620,000천원 (국비 434,000, 군비 186,000)
　　○　추진일정
　　　-　’26. 1.　　　 : 명예사회복지공무원 위촉
　나.　노인일자리 지원
　　○　사업기간 : ’26. 1.~12.
　　○　사 업 비 : 800,000천원 (국비 400,000, 군비 400,000)
　　○　담　　당 : 민원지적과
　　○　추진일정
　　　-　’26. 2.~11. : 일자리 운영
"""


def test_a_themes_closing_division_is_its_cards() -> None:
    """Each card under `1. … (자치행정과)` that names no division of its own is 자치행정과's
    (they had had none), the theme titled without the bracket; a card's own bracket,
    `다. … (민원지적과)`, and its own 담당 line, `○ 담　　당 : 민원지적과`, stay its own."""
    report = _text(_PLAN)
    got = [(x.project_id, x.theme, x.title, x.division) for x in report.projects]
    assert got == [
        ("1-1", "소통하고 신뢰받는 자치행정 구현", "읍·면 주민자치회 전면 시행", "자치행정과"),
        ("1-2", "소통하고 신뢰받는 자치행정 구현", "찾아가는 통합민원 서비스 확대", "자치행정과"),
        ("1-3", "소통하고 신뢰받는 자치행정 구현", "노후 전산장비 교체", "민원지적과"),
        ("2-1", "촘촘하고 따뜻한 맞춤형 복지 실현", "위기가구 발굴 및 긴급복지 지원", "주민복지과"),
        ("2-2", "촘촘하고 따뜻한 맞춤형 복지 실현", "노인일자리 지원", "민원지적과"),
    ]  # fmt: skip
    evidence = {x.project_id: x.division_evidence for x in report.projects}
    assert evidence == {
        "1-1": "part_title", "1-2": "part_title", "1-3": "title_bracket",
        "2-1": "part_title", "2-2": "label",
    }  # fmt: skip


def test_a_numbered_division_gives_way_to_a_cards_own_label() -> None:
    """`1. 자치행정과` over cards: a card whose own 담당 line names another division,
    `○ 담당 : 민원지적과`, is that division's (the item's division had been kept and called
    the label's)."""
    report = _text(
        _PLAN.replace("1.　소통하고 신뢰받는 자치행정 구현 (자치행정과)", "1.　자치행정과").replace(
            "　나.　찾아가는 통합민원 서비스 확대\n",
            "　나.　찾아가는 통합민원 서비스 확대\n　　○　담　　당 : 민원지적과\n",
        )
    )
    got = [(x.project_id, x.division, x.division_evidence) for x in report.projects[:3]]
    assert got == [
        ("1-1", "자치행정과", "part_title"), ("1-2", "민원지적과", "label"),
        ("1-3", "민원지적과", "title_bracket"),
    ]  # fmt: skip


def test_a_template_themes_closing_division_is_its_cards() -> None:
    """The same in the template's cards (`1  title` over `• 사업개요`, `• 추진일정`): a card
    under `1. … (자치행정과)` naming none is 자치행정과's, the theme without the bracket."""
    report = _text(
        "2026년 주요업무보고\n한결군 행정복지국\n\n"
        "Ⅰ. 일반현황\n1. 조 직\n□ 조 직 : 1국 3과\n ○ 자치행정과, 민원과, 주민복지과\n\n"
        "Ⅱ. 2026년 주요업무 추진계획\n"
        "1. 소통하고 신뢰받는 자치행정 구현 (자치행정과)\n"
        "1  읍·면 주민자치회 전면 시행\n• 사업개요\n - 11개 읍·면 주민자치회 전환\n"
        "• 추진일정\n - ’26. 3. : 위원 공개모집\n"
        "2  찾아가는 통합민원 서비스 확대 (민원과)\n• 사업개요\n - 이동민원실 운영\n"
        "• 추진일정\n - ’26. 2. : 운영계획 수립\n"
    )
    got = [(x.theme, x.title, x.division, x.division_evidence) for x in report.projects]
    assert got == [
        ("소통하고 신뢰받는 자치행정 구현", "읍·면 주민자치회 전면 시행", "자치행정과",
         "part_title"),
        ("소통하고 신뢰받는 자치행정 구현", "찾아가는 통합민원 서비스 확대", "민원과",
         "title_bracket"),
    ]  # fmt: skip


def test_a_banners_closing_division_is_its_projects() -> None:
    """Banners over numbered projects, `□ 전략 1  안전한 도시 조성 (안전총괄과)`: each
    project under it is 안전총괄과's, its theme the banner's title without the bracket."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("□ 전략 1  안전한 도시 조성 (안전총괄과)"),
        p("① 빗물펌프장 증설"), p("○ 사업기간 : ’26. 3.~10."), p("○ 사 업 비 : 1,200백만원"),
        p("② 재난 예경보시설 확충"), p("○ 사업기간 : ’26. 1.~12."), p("○ 사 업 비 : 300백만원"),
        p("□ 전략 2  활력 있는 경제"),
        p("① 전통시장 시설 현대화 (경제정책과)"), p("○ 사업기간 : ’26. 2.~11."),
        p("○ 사 업 비 : 500백만원"),
    )  # fmt: skip
    got = [(x.theme, x.title, x.division) for x in report.projects]
    assert got == [
        ("안전한 도시 조성", "빗물펌프장 증설", "안전총괄과"),
        ("안전한 도시 조성", "재난 예경보시설 확충", "안전총괄과"),
        ("활력 있는 경제", "전통시장 시설 현대화", "경제정책과"),
    ]


def test_a_cards_contact_note_outranks_its_themes_bracket() -> None:
    """A card under `1. … (자치행정과)` whose contact note names another division, `※ 담당 :
    민원지적과 민원팀장 김○○ (☎ …)`, is that division's."""
    report = _text(
        _PLAN.replace(
            "　　　-　’26. 3.　　 : 위원 공개모집 및 추첨 선정\n",
            "　　　-　’26. 3.　　 : 위원 공개모집 및 추첨 선정\n"
            "　　※ 담당 : 민원지적과 민원팀장 김○○ (☎ 031-123-4567)\n",
        )
    )
    got = [(x.project_id, x.division, x.division_evidence) for x in report.projects[:2]]
    assert got == [("1-1", "민원지적과", "label"), ("1-2", "자치행정과", "part_title")]
