"""Forms of the twenty-first round of probes: an HWP 5 report with cards of label tables
(hwp5), a fire station's report (firedept), an education district office's HWPX
(eduoffice), a results chapter before the plan (yearend), long tables over pages
(longtables)."""

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


def test_a_cover_names_an_education_district_office() -> None:
    from extract.cover import cover_body
    from extract.document import Line

    assert cover_body([Line(1, "온누리도교육청 솔내교육지원청", "")]) == "솔내교육지원청"


_RESULTS = """\
2025년 주요업무 추진성과 및 2026년 주요업무계획

Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1실 2과

Ⅱ. 2025년 주요 추진성과
 1. 청년 일자리 도약 프로젝트 (일자리정책과)
  ○ 사 업 비 : 1,200백만원
  ○ 주요성과
   - 청년 취업박람회 개최 (5월, 10월) : 참여 4,200명
   - 신중년 재취업 지원센터 2개소 개소 (’25. 4. 완료)
 2. 전통시장 활성화 (소상공인과)
  ○ 사 업 비 : 3,400백만원
  ○ 주요성과
   - ’25. 3. : 14개 시장 시설현대화 공사 착공

Ⅲ. 2026년 주요업무계획
 1. 청년 일자리 확대
  가. 청년 인턴십 운영 (일자리정책과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 800백만원
   □ 추진계획
    ○ ’26. 3. : 참여기업 모집
 2. 2026년 주요행사 일정

   연번  행  사  명                  일    시            장    소          주관부서
   1     청년 일자리 박람회          ’26. 5. 14.         도청 광장         일자리정책과
   2     중장년 채용 한마당          ’26. 10. 10.        도민회관          일자리정책과
"""


def test_a_results_chapters_steps_and_a_plans_list_of_events() -> None:
    """Steps done, dated in a bracket before what came of them, `… 개최 (5월, 10월) : 참여
    4,200명`, and with a status after the date, `(’25. 4. 완료)` (none had been read); a
    plan's item that lists its events over their table, `2. 2026년 주요행사 일정`, no project."""
    report = _text(_RESULTS)
    done = sorted((p.task, p.start.isoformat()) for p in report.progress if p.start)
    assert ("청년 취업박람회 개최", "2025-05-01") in done
    assert ("청년 취업박람회 개최", "2025-10-01") in done
    assert ("신중년 재취업 지원센터 2개소 개소", "2025-04-01") in done
    assert not any("행사" in p.title for p in report.projects)
    assert len(report.events) == 2


_LONG_APPENDIX = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1국 1과

Ⅱ. 2026년 주요업무계획
 1. 장애인 소득보장
  가. 장애인연금 지급 (장애인복지과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 1,000천원
   □ 추진일정
    ○ ’26. 1. : 지급 계획 수립

붙임 1  세부사업별 예산 현황
(단위 : 천원)
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
합    계 1,500 1,300 200
장애인복지과 소    계 1,500 1,300 200
장애인연금 지급 1,000 900 100

- 15 -
(계속)
(단위 : 천원)
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
장애인복지과 장애수당 지급 500 400 100
"""


def test_a_budget_appendix_over_two_pages() -> None:
    """`2026년(A) | 2025년(B) | 증 감(A-B)`: one item a row (each had been three, the 2025
    and 증감 figures unnamed rows); the `(계속)` and the unit again over the second page's
    part, and its first row's 부서 printed again, no part of the item's name."""
    report = _text(_LONG_APPENDIX)
    got = [(b.level, b.division, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", None, "합계", 1_500_000),
        ("division", "장애인복지과", "장애인복지과", 1_500_000),
        ("item", "장애인복지과", "장애인연금 지급", 1_000_000),
        ("item", "장애인복지과", "장애수당 지급", 500_000),
    ]
    assert not report.warnings


def test_a_continued_mark_between_a_schedules_parts_is_no_step() -> None:
    from extract.document import Line
    from extract.parse.base import Parsed
    from extract.parse.card_steps import read_schedule

    parsed = Parsed()
    assert read_schedule([Line(7, "(계속)", "(계속)")], "2-2", 2026, parsed) == []
    assert not parsed.warnings


def test_people_at_work_are_counted_in_persons() -> None:
    """`개소 | 정 원 | 현 원 | 종사자` under `(단위 : 개소, 명)`: 종사자 in 명 (it had been
    개소)."""
    rows = [["시설종류", "개소", "정 원", "현 원", "종사자"], ["양로시설", "3", "120", "98", "45"]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"), p("2. 사회복지시설 현황"),
        p("(단위 : 개소, 명)"), p(_table(rows)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 노인복지"), p("□ 경로당 지원"),
    )  # fmt: skip
    units = {c.col_header: c.unit for c in report.table_cells if not c.is_header}
    assert units["종사자"] == "명" and units["개소"] == "개소" and units["정원"] == "명"


_LAYOUT_EVENTS = """\
Ⅰ. 일반현황
 1. 조직
  □ 조직 : 1국 2과

Ⅱ. 2026년 주요업무계획
5. 2026년 주요 행사 일정

 연번            행 사 명          기 간                  장 소           주관부서
 1    제8회 다솜 시민문화예술축제   ’26. 5. 15.~5. 17.      다솜호수공원           문화예술과
 2    다솜읍성 문화유산 야행      ’26. 8. 21.~8. 23.      다솜읍성 일원          문화유산과
 3    2026 전국생활체육대축전    ’26. 9. 18.~9. 21.      종합운동장 등          체육진흥과
 4    다솜호 빛축제           ’26. 10. 2.~11. 1.      다솜호 수변공원         관광진흥과
 5    시립예술단 송년음악회          ’26. 12. 18.         다솜아트홀            문화예술과


"""


def test_a_layout_exports_cell_set_past_its_headers_edge() -> None:
    """`pdftotext -layout` sets a left-aligned cell under a centred header a letter past its
    edge (`문화예술과` right of `주관부서`): still that column's, so the rows numbered under
    연번 are a table of events (they had been five projects)."""
    report = _text(_LAYOUT_EVENTS)
    assert not report.projects
    assert [(e.event, e.division) for e in report.events][:1] == [
        ("제8회 다솜 시민문화예술축제", "문화예술과")
    ]
    assert len(report.events) == 5


_AUDIT_REMARKS = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1국 2과

Ⅱ. 2026년 주요업무계획
 1. 문화 확산
  □ 생활문화 지원

Ⅲ. 2025년 행정사무감사 처리결과
1. 처리현황

  ○ 총 6건(시정요구 4, 건의 2) : 완료 4, 추진중 2

                                                            (단위 : 건)

      구 분              계              시정요구       건 의       비 고
      건 수                   6                4         2
      완 료                   4                3         1
      추진중                   2                1         1

"""


def test_an_audit_summarys_empty_column_of_remarks() -> None:
    """`구 분 | 계 | 시정요구 | 건 의 | 비 고` over rows that leave 비고 empty: each category's
    counts (the remarks' column had made every row an unknown category)."""
    report = _text(_AUDIT_REMARKS)
    got = {(a.category, a.total, a.completed, a.in_progress) for a in report.audit_summary}
    assert got == {("total", 6, 4, 2), ("correction", 4, 3, 1), ("suggestion", 2, 1, 1)}
