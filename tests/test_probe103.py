"""What round 23 of probes found: a 공단's 경영현황 and its appendix by facility, its own
income as a cost's one source; a card's cost in a table nested in its cell."""

from __future__ import annotations

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
