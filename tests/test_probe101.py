"""Forms of the twenty-first round of probes: an HWP 5 report with cards of label tables
(hwp5), ..."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_a_cells_whole_cost_led_by_its_word() -> None:
    """`총 5,600백만원 (국비 2,800, …)` in a card's label table: the amount (it had been
    text with no value, where `850백만원 (…)` was read)."""
    rows = [["사업기간", "2024. ~ 2027."], ["사 업 비", "총 5,600백만원 (국비 2,800, 시비 2,800)"]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전한 도시"), p("가. 빗물펌프장 증설 (치수과)"),
        p(_table(rows)), p("□ 추진계획"), p("○ ’26. 3. : 착공"),
    )  # fmt: skip
    (cell,) = [c for c in report.table_cells if c.raw.startswith("총 5,600")]
    assert (cell.value_kind, cell.value_krw, cell.unit) == ("krw", 5_600_000_000, "백만원")


_FIRE = """\

                         2026년 주요업무보고

                          한 빛 도   가 온 소 방 서

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1과 2팀 2센터 1구조대
   ○ 소방행정과 : 행정지원팀, 예방안전팀
   ○ 119안전센터(2) : 중앙119안전센터,
     남산119안전센터
   ○ 119구조대(1) : 가온119구조대

Ⅱ. 2026년 주요업무계획
 1. 현장 대응역량 강화
  가. 구조장비 보강 (현장대응팀)
   □ 사업개요
    ○ 사업기간 : ’26. 3.~10.
    ○ 사 업 비 : 365,300천원
     - 도비 365,300천원
   □ 추진계획
    ○ ’26. 3. : 장비 구매 계획 수립
 2. 2026년 주요 행사 일정

   연번  행  사  명                  일    시            장    소          주관부서
   1     119 소방동요 경연대회       ’26. 5. 14.         가온시민회관      예방안전팀
   2     소방안전 체험 한마당        ’26. 10. 10.~11.    가온시청 광장     예방안전팀
"""


def test_a_fire_stations_report() -> None:
    """A 소방서's cover names it (`한 빛 도   가 온 소 방 서`; the top had been named after a
    budget total's row, or none); units listed under their kind, `119안전센터(2) : …`, and
    a 구조대 of the teams' rank as the count line counts it; a cost's one source on the line
    under it; a chapter's list of events warns of no missing cards."""
    report = _text(_FIRE)
    top = next(o for o in report.organization if o.level == "bureau")
    assert top.name == "가온소방서"
    got = {o.name: (o.level, o.parent) for o in report.organization}
    assert got["중앙119안전센터"] == ("division", "가온소방서")
    assert got["남산119안전센터"] == ("division", "가온소방서")
    assert got["가온119구조대"] == ("team", "가온소방서")
    assert all(c.passed for c in report.validation if c.check == "organization.counts")
    assert {(f.source, f.amount_krw) for f in report.project_funding} == {("도비", 365_300_000)}
    assert [e.event for e in report.events] == ["119 소방동요 경연대회", "소방안전 체험 한마당"]
    assert not any(w.code == "projects.no_cards" for w in report.warnings)


def test_a_staff_tables_whole_printed_hap_gye_is_gye() -> None:
    """`합 계` over the units of a staffing table: the unit 계, as a budget table's is (it
    had been 합계, so a folder's totals did not stack)."""
    rows = [["구 분", "정 원", "현 원"], ["합 계", "25", "24"], ["교육지원국", "15", "14"],
            ["행정지원국", "10", "10"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 2국"), p("2. 인력"), p(_table(rows)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 기초학력"), p("□ 기초학력 책임보장"),
    )  # fmt: skip
    totals = [(s.unit, s.authorized, s.current) for s in report.staffing if s.is_total]
    assert totals == [("계", 25, 24)]


def test_a_cover_names_an_education_district_office() -> None:
    from extract.cover import cover_body
    from extract.document import Line

    assert cover_body([Line(1, "온누리도교육청 솔내교육지원청", "")]) == "솔내교육지원청"
