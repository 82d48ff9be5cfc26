"""Still more forms of the genre, from reports written for the purpose (a 상수도사업본부's
text export, a 특별자치도 실's Chromium PDF, a 구청 국's Writer PDF, a 공사's Hangul file, a
광역시 국's text export of 2019): what each must give, worked out from its lines, and what
had been lost or misfiled before."""

from __future__ import annotations

from datetime import date

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed

# --- the duties of the divisions as a chapter of their own ----------------------------------


def test_a_chapter_of_duties() -> None:
    """"Ⅱ. 부서별 주요기능" is a chapter of its own, not a part of 일반현황: its table gives
    the duties (the chapter had had no role, and no duty was read)."""
    duties = _table([
        ["부 서", "주 요 기 능"],
        ["관광정책과", "• 관광정책 종합계획 수립\n• 관광 통계 관리"],
        ["관광자원과", "• 관광지 개발 및 관리"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 2과 5팀"),
        p("Ⅱ. 부서별 주요기능"), p(duties),
        p("Ⅲ. 2024년 주요업무계획"), p("1. 관광 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("관광정책과", "관광정책 종합계획 수립"), ("관광정책과", "관광 통계 관리"),
        ("관광자원과", "관광지 개발 및 관리"),
    ]  # fmt: skip
    assert not failed(report)


# --- findings whose category the report does not name ----------------------------------------


def _audit_report(summary: str, findings: str) -> Report:
    """A report whose audit chapter sums its findings up in one table over another."""
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 3과 5팀"),
        p("Ⅱ. 2023년 행정사무감사 처리결과"), p("1. 총괄"), p(summary),
        p("2. 세부 처리결과"), p(findings),
    )  # fmt: skip


def test_findings_of_no_named_category_are_counted_all_together() -> None:
    """A findings table with no column of categories, under a summary by category: what
    was done ("… 환수 완료", "… 개선") names no category, so each finding has none, and the
    summary's statuses are checked against the findings all together (a category guessed
    from those words had given three false failed checks)."""
    summary = _table([
        ["구 분", "계", "완 료", "추진중"],
        ["계", "3", "2", "1"],
        ["시정요구", "2", "1", "1"],
        ["건의사항", "1", "1", "-"],
    ])  # fmt: skip
    findings = _table([
        ["번호", "지 적 사 항", "처 리 결 과", "부 서", "처리상황"],
        ["1", "경로당 운영비 정산 지연", "정산 일제점검 실시", "복지정책과", "완료"],
        ["2", "부정수급 환수 지연", "부정수급 38건 전액 환수 완료", "생활보장과", "완료"],
        ["3", "생활문화센터 운영 개선", "운영 개선계획 수립 중", "문화체육과", "추진중"],
    ])  # fmt: skip
    report = _audit_report(summary, findings)
    got = [(f.no, f.category, f.status) for f in report.audit_findings]
    assert got == [(1, None, "completed"), (2, None, "completed"), (3, None, "in_progress")]
    checks = [c for c in report.validation if c.check.startswith("audit_findings.count")]
    assert checks and all(c.passed for c in checks)
    assert not failed(report)


def test_a_measure_names_its_category() -> None:
    """A measure demanded ("시정(환수)", "권고", "주의") names the category; what was done
    names none."""
    from extract.parse.audit_words import measure_category as category_of

    cases = {"시정(환수)": "correction", "권고": "suggestion", "주의": "other",
             "부정수급 38건 전액 환수 완료": None, "운영 개선계획 수립": None}  # fmt: skip
    assert {t: category_of(t) for t in cases} == cases


# --- a 구청's plan by division, each project's facts in a table under its title --------------

DUTIES_BY_NUMBER = [
    "Ⅰ. 일반현황", "1. 조직 : 2과 4팀",
    "Ⅱ. 부서별 주요업무",
    "1. 복지정책과", "○ 복지정책 종합계획 수립", "○ 경로당 지원 및 관리",
    "2. 문화체육과", "○ 구립 문화시설 운영", "○ 지역축제 개최",
]  # fmt: skip


def test_duties_under_numbered_divisions() -> None:
    """"Ⅱ. 부서별 주요업무" / "1. 복지정책과" / "○ duty": a chapter of duties (its 주요업무
    had named the plan), each numbered division over its duties (the division's line had
    been taken for a duty)."""
    report = _hwpx(*map(p, DUTIES_BY_NUMBER), p("Ⅲ. 2023년 주요업무계획"), p("1. 복지 지원"),
                   p("○ 사업비 : 10억원"))  # fmt: skip
    got = [(f.division, f.seq, f.function) for f in report.functions]
    assert got == [
        ("복지정책과", 1, "복지정책 종합계획 수립"), ("복지정책과", 2, "경로당 지원 및 관리"),
        ("문화체육과", 1, "구립 문화시설 운영"), ("문화체육과", 2, "지역축제 개최"),
    ]  # fmt: skip


def _facts(*cells: str) -> str:
    return _table([["사업기간", "사 업 비", "사 업 내 용", "추 진 일 정"], list(cells)])


def test_projects_with_their_facts_in_a_table_under_numbered_divisions() -> None:
    """"1. 복지정책과" over "□ 동네돌봄 안전망 구축" and a table "사업기간 | 사업비 | 사업내용 |
    추진일정" over one row of values: the bullets are the division's projects (the division
    had been taken for the project, its bullets for its text), each with the period, the
    cost and its sources, and the steps of its table (none had been read)."""
    report = _hwpx(
        *map(p, DUTIES_BY_NUMBER),
        p("Ⅲ. 2023년 주요업무 추진계획"), p("1. 복지정책과"),
        p("□ 동네돌봄 안전망 구축"),
        p(_facts("’23. 1.~12.", "850백만원\n(시 425, 구 425)", "- 돌봄서비스 제공",
                 "’23. 1월 : 추진계획 수립\n’23. 2.~3. : 명예사회복지공무원\n위촉\n"
                 "’23. 6월, 12월 : 사후 모니터링")),
        p("○ 위기가구 조기 발굴"),
        p("□ 어르신 스마트 경로당 조성"),
        p(_facts("’23. 3.~11.", "480백만원", "- 스마트 기기 설치",
                 "’22. 12월 : 대상 선정\n2023. 상반기 : 기기 설치")),
        p("2. 문화체육과"), p("□ 봄꽃축제 개최"),
        p(_facts("’23. 4. 7.~4. 9.", "320백만원 (구 320)", "- 축제 운영", "연중 : 홍보")),
    )  # fmt: skip
    got = [(u.project_id, u.title, u.division, u.period_start, u.period_end, u.cost_krw)
           for u in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "동네돌봄 안전망 구축", "복지정책과", date(2023, 1, 1), date(2023, 12, 31),
         850_000_000),
        ("1-2", "어르신 스마트 경로당 조성", "복지정책과", date(2023, 3, 1), date(2023, 11, 30),
         480_000_000),
        ("2-1", "봄꽃축제 개최", "문화체육과", date(2023, 4, 7), date(2023, 4, 9), 320_000_000),
    ]  # fmt: skip
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding == [("1-1", "시비", 425_000_000), ("1-1", "구비", 425_000_000),
                       ("2-1", "구비", 320_000_000)]  # fmt: skip
    steps = [(s.project_id, s.task, s.start) for s in report.schedules]
    assert steps == [
        ("1-1", "추진계획 수립", date(2023, 1, 1)),
        ("1-1", "명예사회복지공무원 위촉", date(2023, 2, 1)),
        ("1-1", "사후 모니터링", date(2023, 6, 1)), ("1-1", "사후 모니터링", date(2023, 12, 1)),
        ("1-2", "기기 설치", date(2023, 1, 1)),
        ("2-1", "홍보", date(2023, 1, 1)),
    ]  # fmt: skip
    assert [(s.project_id, s.task) for s in report.progress] == [("1-2", "대상 선정")]
    assert not failed(report)


def test_a_column_of_facts_beside_their_values() -> None:
    """The same facts set down a column ("사업기간 | ’23. 3.~11." / "사 업 비 | 480백만원")."""
    facts = _table([["사업기간", "’23. 3.~11."], ["사 업 비", "480백만원 (국 240, 구 240)"],
                    ["추진일정", "’23. 3월 : 대상 선정\n’23. 6월 : 기기 설치"]])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 2과 4팀"),
        p("Ⅱ. 2023년 주요업무계획"), p("1. 어르신 스마트 경로당 조성"), p(facts),
        p("○ 경로당 디지털 격차 해소"),
    )  # fmt: skip
    got = [(u.title, u.period_start, u.cost_krw) for u in report.projects]
    assert got == [("어르신 스마트 경로당 조성", date(2023, 3, 1), 480_000_000)]
    assert [(s.task, s.start) for s in report.schedules] == [
        ("대상 선정", date(2023, 3, 1)), ("기기 설치", date(2023, 6, 1))]  # fmt: skip


# --- findings: headings of their category between them, details under a headline -----------

OUTLINE_FINDINGS = """2019년 주요업무계획
문화체육관광국

Ⅰ. 일반현황
1. 조    직 : 1국 2과 4팀

Ⅱ. 2018년 행정사무감사 처리결과
  □ 처리현황
      구  분        계     완료    추진중
      계            3       2        1
      시정요구      1       1        -
      처리요구      1       1        -
      건의사항      1       -        1

  □ 세부 처리내용

  < 시정요구 : 1건 >

 1. 지역문화예술단체 보조금 정산 관리 철저 (문화예술과)
   ○ 지적사항 : 보조사업 정산보고서 제출 지연
   ○ 처리결과 : 정산 미이행 3개 단체 보조금 환수 완료(’18. 12.),
                보조사업자 대상 정산교육 연 2회 정례화
   ○ 추진상황 : 완료

  < 처리요구 : 1건 >

 2. 시립예술단 단원 복무관리 강화 (문화예술과)
   ○ 지적사항 : 단원 겸직허가 관리 미흡
   ○ 처리결과 : 겸직허가 일제 점검 실시
   ○ 추진상황 : 완료

  < 건의사항 : 1건 >

 3. 지역축제 통폐합 및 평가체계 개선 (관광진흥과, 문화예술과)
   ○ 지적사항 : 유사·중복 축제 난립
   ○ 처리결과 : 지역축제 육성 조례 개정안 마련
   ○ 추진상황 : 추진중
"""


def test_headings_of_categories_between_outline_findings() -> None:
    """"< 처리요구 : 1건 >" between findings names the category of those after it (it had
    been read as the status above it, "완료 < 처리요구 : 1건 >", and every finding's category
    guessed: 3 false failed checks); an action wrapped over two lines keeps both."""
    report = _text(OUTLINE_FINDINGS)
    got = [(f.no, f.category, f.status, f.status_raw) for f in report.audit_findings]
    assert got == [(1, "correction", "completed", "완료"), (2, "correction", "completed", "완료"),
                   (3, "suggestion", "in_progress", "추진중")]  # fmt: skip
    assert report.audit_findings[0].actions.endswith("정산교육 연 2회 정례화")
    assert report.audit_findings[2].divisions == ["관광진흥과", "문화예술과"]
    assert not failed(report)


def test_a_finding_over_its_details() -> None:
    """A finding cell with its headline over details each under a dash is one finding, the
    headline with its details one a line under it (the dashes had made two of each)."""
    summary = _table([["구 분", "계", "완 료", "추진중"], ["계", "2", "1", "1"],
                      ["시정·처리요구사항", "2", "1", "1"]])  # fmt: skip
    findings = _table([
        ["연번", "지 적 사 항", "조 치 결 과", "처리상황", "부 서"],
        ["1", "관광진흥기금 융자금 사후관리 부적정\n- 자금 사용내역 확인 미흡",
         "융자업체 전수 점검 실시\n- 점검 결과 2건 회수", "완료", "관광산업과"],
        ["2", "관광지 입장료 감면 기준 불명확\n- 관광지 별로 기준 상이", "감면 기준 정비 중",
         "추진중", "관광자원과"],
    ])  # fmt: skip
    report = _audit_report(summary, findings)
    got = [(f.no, f.finding, f.status) for f in report.audit_findings]
    assert got == [
        (1, "관광진흥기금 융자금 사후관리 부적정\n- 자금 사용내역 확인 미흡", "completed"),
        (2, "관광지 입장료 감면 기준 불명확\n- 관광지 별로 기준 상이", "in_progress"),
    ]  # fmt: skip
    assert "2건 회수" in report.audit_findings[0].actions
    assert not failed(report)


# --- tables with a second column of labels; staff counted by occupational series ------------

WATER = """2020년도 주요업무보고
상수도사업본부

Ⅰ  일반현황

1  조직

■ 기    구 : 1부 2과

2  인력

                                              (2020. 1. 1. 기준, 단위 : 명)
      구      분            계       행정      공업
   계                정원        62        40        22
                     현원        60        39        21
   경영지원과        정원        30        24         6
                     현원        29        23         6
   요금관리과        정원        32        16        16
                     현원        31        16        15

3  예산

                                                  (단위 : 백만원)
      구          분               2019년          2020년           증  감
   수  입      계                   300             330              30
               요금수입              200             220              20
               기타수입              100             110              10
   지  출      계                   300             330              30
               인건비                100              90             △10
               시설비                200             240              40

Ⅱ  2020년 주요업무 추진계획

1  노후관 교체
 ◦ 사 업 비 : 5,000백만원
"""


def test_a_text_table_with_a_second_column_of_labels() -> None:
    """A text export's table whose unit (or side) is printed on its first row only, a
    second column of labels beside it ("경영지원과    정원" / "            현원"; "수  입    계" /
    "            요금수입"): each row under its group (the 현원 rows had had no unit, the
    staff figures been read by series as units; the budget's rows no side)."""
    report = _text(WATER)
    staff = {(s.unit, s.grade): (s.authorized, s.current) for s in report.staffing}
    assert staff == {
        ("계", None): (62, 60), ("계", "행정"): (40, 39), ("계", "공업"): (22, 21),
        ("경영지원과", None): (30, 29), ("경영지원과", "행정"): (24, 23),
        ("경영지원과", "공업"): (6, 6), ("요금관리과", None): (32, 31),
        ("요금관리과", "행정"): (16, 16), ("요금관리과", "공업"): (16, 15),
    }  # fmt: skip
    sides = {(b.item, b.side) for b in report.budget_lines if b.year == 2020}
    assert sides == {(None, "revenue"), ("요금수입", "revenue"), ("기타수입", "revenue"),
                     (None, "expenditure"), ("인건비", "expenditure"),
                     ("시설비", "expenditure")}  # fmt: skip
    assert not failed(report)


def test_staff_counted_by_series() -> None:
    """A drawn staffing table with 정원 / 현원 beside each unit and a column per series
    (행정, 공업직): the series is the grade, the unit the row's (the series had been taken
    for the unit, and each 정원 lost)."""
    rows = [["구 분", "", "계", "행정", "공업직"],
            ["계", "정원", "62", "40", "22"], ["", "현원", "60", "39", "21"],
            ["경영지원과", "정원", "30", "24", "6"], ["", "현원", "29", "23", "6"],
            ["요금관리과", "정원", "32", "16", "16"], ["", "현원", "31", "16", "15"]]  # fmt: skip
    staff = _table(rows, spans={(1, 0): 2, (3, 0): 2, (5, 0): 2})
    report = _hwpx(p("Ⅰ. 일반현황"), p("1. 조직 : 2과"), p("2. 인력"), p("(단위: 명)"), p(staff),
                   p("Ⅱ. 주요업무계획"), p("1. 노후관 교체"), p("○ 사업비 : 10억원"))  # fmt: skip
    got = {(s.unit, s.grade): (s.authorized, s.current) for s in report.staffing}
    assert got[("경영지원과", "공업직")] == (6, 6)
    assert got[("요금관리과", None)] == (32, 31)
    assert len(got) == 9
    assert not failed(report)


# --- an appendix of three levels: division, unit programme, detail --------------------------

APPENDIX = """2019년 주요업무계획
문화체육관광국

Ⅰ. 일반현황
1. 조    직 : 1국 2과 4팀

붙임  세부사업별 예산현황
                                                                 (단위 : 천원)
  부 서 명      단 위 사 업           세 부 사 업                   2019년 예산   비 고
  합                                  계                            15,500
  문화예술과    소          계                                      9,500
                문화예술 진흥                                       7,000
                                      지역문화예술단체 지원         3,000
                                      2019 청람 방문의 해 운영      4,000         신규
                문화시설 운영                                       2,500
                                      시립예술단 운영               2,500
  관광진흥과    소          계                                      6,000
                                      관광 홍보마케팅               2,000
                                      야간관광 명소화 사업          4,000         신규
"""


def test_an_appendix_of_unit_programmes_over_their_items() -> None:
    """A 단위사업 row over the 세부사업 that add up to it is their parent, not one more
    item of the division (read flat, the 과's items had added up to twice its 소계: a false
    failed check each); a 과 whose items add up flat stays flat; a name that opens with a
    year ("2019 청람 방문의 해 운영") is a name, not an amount of 2,019천원."""
    report = _text(APPENDIX)
    got = [(b.item, b.parent, b.budget_krw) for b in report.budget_items if b.level == "item"]
    assert got == [
        ("문화예술 진흥", "문화예술과", 7_000_000),
        ("지역문화예술단체 지원", "문화예술 진흥", 3_000_000),
        ("2019 청람 방문의 해 운영", "문화예술 진흥", 4_000_000),
        ("문화시설 운영", "문화예술과", 2_500_000), ("시립예술단 운영", "문화시설 운영", 2_500_000),
        ("관광 홍보마케팅", "관광진흥과", 2_000_000),
        ("야간관광 명소화 사업", "관광진흥과", 4_000_000),
    ]  # fmt: skip
    sums = [c for c in report.validation if c.check == "budget_items.division_sum.budget"]
    assert len(sums) == 4 and all(c.passed for c in sums)
    assert not failed(report)


CHART = """2019년 주요업무계획
문화체육관광국

Ⅰ. 일반현황

 1. 조    직 : 1국 3과 7팀

                                  문화체육관광국장

      문화예술과          문화유산과          관광진흥과
      문화정책팀          유산정책팀          관광정책팀
      예술진흥팀          문화재보존팀        관광마케팅팀
      문화콘텐츠팀

Ⅱ. 2019년 주요업무계획
1. 문화예술 진흥
 ○ 사업비 : 1,250백만원
"""


def test_a_text_chart_of_teams_in_columns_whose_names_share_words() -> None:
    """Teams set in columns under a line of divisions, several a line: each its column's
    (the template's reading by name had put 유산정책팀, 관광정책팀 … under 문화예술과, for
    the 문화 and 정책 their names share with it)."""
    report = _text(CHART)
    teams = {u.name: u.parent for u in report.organization if u.level == "team"}
    assert teams == {
        "문화정책팀": "문화예술과", "예술진흥팀": "문화예술과", "문화콘텐츠팀": "문화예술과",
        "유산정책팀": "문화유산과", "문화재보존팀": "문화유산과",
        "관광정책팀": "관광진흥과", "관광마케팅팀": "관광진흥과",
    }  # fmt: skip
    assert not failed(report)


TEAMS_TABLE = """2020년도 주요업무보고
상수도사업본부

Ⅰ  일반현황

1  조직

■ 기    구 : 2과 1사업소 6팀

   ◦ 사 업 소 : 청솔정수사업소

   ◦ 부서별 팀 현황
   부     서           팀 수                        팀      명
   계                   6
   경영지원과            2           총무팀, 기획예산팀
   요금관리과            2           부과팀, 징수팀
   청솔정수사업소        2           운영팀, 정수팀

Ⅱ  2020년 주요업무 추진계획

1  노후관 교체
 ◦ 사 업 비 : 5,000백만원
"""


def test_a_text_table_of_divisions_with_their_teams_after_the_count() -> None:
    """"부 서 | 팀 수 | 팀 명" in a text export, the teams after the count: each division
    with its teams (the table had ended at its 계 row, every team lost, and the 사업소 line
    been read as the whole organisation)."""
    report = _text(TEAMS_TABLE)
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("상수도사업본부", "bureau", None),
        ("경영지원과", "division", "상수도사업본부"), ("총무팀", "team", "경영지원과"),
        ("기획예산팀", "team", "경영지원과"),
        ("요금관리과", "division", "상수도사업본부"), ("부과팀", "team", "요금관리과"),
        ("징수팀", "team", "요금관리과"),
        ("청솔정수사업소", "division", "상수도사업본부"), ("운영팀", "team", "청솔정수사업소"),
        ("정수팀", "team", "청솔정수사업소"),
    ]  # fmt: skip
    assert not failed(report)


ISSUE = """2024년 주요업무보고
경제환경국

Ⅰ. 일반현황
1. 조직 : 1국 2과 4팀

Ⅱ. 주요 현안사항
1. 자원회수시설 처리용량 부족 대응 (자원순환과)
 □ 현    황
  ○ 시설용량 : 200톤/일(2004년 준공)
 □ 문 제 점
  ○ 설비 노후화로 가동일수 감소 및 민간위탁 처리비 증가(’23년 2,140백만원)
 □ 대응계획
  ○ 소요예산 : 4,200백만원(국 1,260, 시 2,940)
  ○ ’24. 4월 : 기술진단 용역 착수
"""


def test_a_cost_among_the_problems_of_an_issue_is_no_project() -> None:
    """"□ 문 제 점" / "○ … 민간위탁 처리비 증가(’23년 2,140백만원)": evidence of the problem,
    not a project of its own under the issue (it had been one, costed)."""
    report = _text(ISSUE)
    got = [(u.project_id, u.title, u.cost_krw) for u in report.projects]
    assert got == [("현안1", "자원회수시설 처리용량 부족 대응", 4_200_000_000)]
    assert not failed(report)


def test_a_goals_table_with_its_vision_in_a_row_above_the_header() -> None:
    """"비 전 | …" as the first row of a table "정책목표 | 추진과제" with the goals down its
    first column: the vision, then the goals' tasks (the row above had kept the table from
    being read as goals: no goal, a warning)."""
    rows = [["비 전", "도민과 함께 여는 행복한 한누리"], ["정책목표", "추진과제"],
            ["1. 전략적 도정 기획", "1-1. 중장기 발전전략 수립"], ["", "1-2. 공약사항 이행"],
            ["2. 건전한 재정 운용", "2-1. 재정 건전성 강화"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1실 2과 5팀"),
        p("Ⅱ. 정책목표 및 추진전략"), p(_table(rows, spans={(2, 0): 2})),
        p("Ⅲ. 2025년 주요업무계획"), p("1. 도정 기획"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    vision = "도민과 함께 여는 행복한 한누리"
    assert got == [
        (vision, 1, "전략적 도정 기획", 1, "중장기 발전전략 수립"),
        (vision, 1, "전략적 도정 기획", 2, "공약사항 이행"),
        (vision, 2, "건전한 재정 운용", 1, "재정 건전성 강화"),
    ]
    assert not report.warnings


def test_a_table_of_units_with_a_group_column_before_its_divisions() -> None:
    """"구 분 | 과 | 팀 수 | 팀 명" whose first column sets a 기획관 over two of the 과 ("실장
    직속" over the others): the 기획관 a unit, its 과 under it (it had been left out: a
    false failed count check, "1관 5과 stated, 5 in the chart")."""
    rows = [["구 분", "과", "팀 수", "팀 명"], ["계", "3과", "5", ""],
            ["기획관", "정책기획과", "2", "정책총괄팀, 정책조정팀"],
            ["", "조직관리과", "1", "조직진단팀"],
            ["실장 직속", "예산과", "2", "예산총괄팀, 재정분석팀"]]  # fmt: skip
    report = _hwpx(
        p("2025년 주요업무계획"), p("기획조정실"),
        p("Ⅰ. 일반현황"), p("1. 조 직"), p("□ 기 구 : 1실 1관 3과 5팀"),
        p(_table(rows, spans={(2, 0): 2})),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 도정 기획"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    units = {u.name: u.parent for u in report.organization if u.level != "team"}
    assert units == {"기획조정실": None, "기획관": "기획조정실", "정책기획과": "기획관",
                     "조직관리과": "기획관", "예산과": "기획조정실"}  # fmt: skip
    assert not failed(report)


def test_an_appendix_drawn_with_its_programmes_merged_down_and_amounts_by_year() -> None:
    """"부 서 | 정책사업 | 단위사업 | 세부사업 | 2024년 | 2025년 | 증 감", the programmes merged
    down over their items: the 합계 row the bureau's, each 과's 소 계 row the division's, each
    세부사업 an item of its 과, with the amount of the year the plan is for (no row had been
    read: the headers are years, not 예산)."""
    rows = [
        ["부 서", "정책사업", "단위사업", "세부사업", "2024년", "2025년", "증 감"],
        ["합 계", "", "", "", "1,100", "1,200", "100"],
        ["정책기획과", "소 계", "", "", "700", "800", "100"],
        ["", "도정 기획·조정", "도정 기획", "중장기 발전계획 수립", "300", "350", "50"],
        ["", "", "", "도정 시책 연구", "400", "450", "50"],
        ["세정과", "소 계", "", "", "400", "400", "-"],
        ["", "공정한 지방세정", "도세 징수", "체납액 징수 강화", "400", "400", "-"],
    ]
    spans = {(2, 0): 3, (5, 0): 2, (3, 1): 2, (3, 2): 2}
    table = _table(rows, spans)
    report = _hwpx(
        p("2025년 주요업무계획"), p("기획조정실"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1실 2과 5팀"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 도정 기획"), p("○ 사업비 : 10억원"),
        p("붙임 1. 세부사업별 예산현황"), p("(단위 : 백만원)"), p(table),
    )  # fmt: skip
    got = [(b.level, b.division, b.parent, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", None, None, "합계", 1_200_000_000),
        ("division", "정책기획과", "합계", "정책기획과", 800_000_000),
        ("item", "정책기획과", "정책기획과", "중장기 발전계획 수립", 350_000_000),
        ("item", "정책기획과", "정책기획과", "도정 시책 연구", 450_000_000),
        ("division", "세정과", "합계", "세정과", 400_000_000),
        ("item", "세정과", "세정과", "체납액 징수 강화", 400_000_000),
    ]
    assert not failed(report)


SPLIT_BUDGET = """2025년 주요업무계획
기획조정실

Ⅰ. 일반현황
1. 조직 : 1실 3과 9팀

2. 예 산
 ○ 일반회계 세출예산 기준
                                         (단위 : 백만원, %)
 구 분 2024년 2025년 증 감 증감률
 계 1,000 1,100 100 10.0
 정책기획과 400 420 20 5.0

- 3 -

 구 분 2024년 2025년 증 감 증감률
 조직관리과 300 330 30 10.0
 예산과 300 350 50 16.7

Ⅱ. 2025년 주요업무계획
1. 도정 기획
 ○ 사업비 : 10억원
"""


def test_a_budget_table_that_goes_on_over_a_page_keeps_its_side() -> None:
    """The same header again at the top of the next page goes on with the table above it:
    its rows are of the same side, 세출 (they had had none)."""
    report = _text(SPLIT_BUDGET)
    got = [(b.unit, b.side) for b in report.budget_summary]
    assert got == [("계", "expenditure"), ("정책기획과", "expenditure"),
                   ("조직관리과", "expenditure"), ("예산과", "expenditure")]  # fmt: skip


def test_a_public_corporations_units() -> None:
    """A 공사's report: its cover's name the top ("해 누 리 도 시 공 사"), its table "구 분 | 처 ·
    실 | 팀 수 | 팀 명" its 처 under the 본부 merged down beside them, the 감사실 under the top
    (no unit had been read: the cover's name was no body's, and 처 no unit of a column)."""
    rows = [["구 분", "처 · 실", "팀 수", "팀 명"],
            ["사장 직속", "감사실", "-", "-"],
            ["경영사업본부", "기획경영처", "2", "기획예산팀, 경영지원팀"],
            ["", "도시개발처", "1", "택지개발팀"]]  # fmt: skip
    report = _hwpx(
        p("2024년도"), p("주 요 업 무 보 고"), p("해누리광역시의회 도시건설위원회"),
        p("해 누 리 도 시 공 사"),
        p("Ⅰ. 일 반 현 황"), p("1. 조 직 : 1본부 2처 1실 3팀"), p(_table(rows, spans={(2, 0): 2})),
        p("Ⅱ. 주요사업 추진계획"), p("1. 스마트밸리 도시개발"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = {u.name: u.parent for u in report.organization}
    assert got == {
        "해누리도시공사": None, "감사실": "해누리도시공사", "경영사업본부": "해누리도시공사",
        "기획경영처": "경영사업본부", "기획예산팀": "기획경영처", "경영지원팀": "기획경영처",
        "도시개발처": "경영사업본부", "택지개발팀": "도시개발처",
    }  # fmt: skip


HEALTH = """제303회 가온구의회 임시회

2022년 주요업무보고

가 온 구 보 건 소

 Ⅰ. 일 반 현 황

1. 조    직 : 2과 4팀

보건소장

보건행정과

보건행정팀
감염병관리팀

건강증진과

건강증진팀
모자보건팀

2. 부서별 주요기능

구 분 담 당 업 무

보건행정과

∙ 보건소 운영 종합계획 수립

∙ 감염병 예방 및 관리

건강증진과

∙ 통합건강증진사업 추진

 Ⅱ. 2022년 주요업무 추진계획

1. 금연구역 지도점검 강화
 ○ 소요예산 : 50,000천원
"""


def test_a_health_centres_chart_of_divisions_each_over_its_teams() -> None:
    """A 보건소's report: its cover's name the top, its head (보건소장) no unit, each 과 over
    its teams one a line (the second 과 had been read with its first team as one team's
    name, "건강증진과건강증진팀", every team under the first 과); "2. 부서별 주요기능" over
    "구 분 담 당 업 무": a part of duties (the header and the first 과 had been taken for
    its wrapped title, no duty read)."""
    report = _text(HEALTH)
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("가온구보건소", "bureau", None),
        ("보건행정과", "division", "가온구보건소"), ("보건행정팀", "team", "보건행정과"),
        ("감염병관리팀", "team", "보건행정과"),
        ("건강증진과", "division", "가온구보건소"), ("건강증진팀", "team", "건강증진과"),
        ("모자보건팀", "team", "건강증진과"),
    ]  # fmt: skip
    duties = [(f.division, f.function) for f in report.functions]
    assert duties == [("보건행정과", "보건소 운영 종합계획 수립"),
                      ("보건행정과", "감염병 예방 및 관리"),
                      ("건강증진과", "통합건강증진사업 추진")]  # fmt: skip
    assert not failed(report)


def test_a_subtotal_among_the_rows_of_a_total() -> None:
    """"세 입 | 계", "일반회계", "특별회계 소계", then its two 특별회계: the 계 is the 일반회계 and
    the 소계, the 소계 its two accounts (the accounts had been counted with their 소계 too:
    6 false failed checks)."""
    rows = [["구 분", "회 계 별", "2022년(A)", "2023년(B)", "증 감(B-A)"],
            ["세 입", "계", "2,045.2", "1,993.0", "△52.2"],
            ["", "일반회계", "312.4", "356.8", "44.4"],
            ["", "특별회계 소계", "1,732.8", "1,636.2", "△96.6"],
            ["", "도시개발특별회계", "1,245.6", "1,102.3", "△143.3"],
            ["", "주택사업특별회계", "487.2", "533.9", "46.7"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1실 6과 24팀"), p("2. 예산"), p("(단위: 억원)"),
        p(_table(rows, spans={(1, 0): 5})),
        p("Ⅱ. 2023년 주요업무계획"), p("1. 도시재생"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    sums = [c for c in report.validation if c.check.startswith("budget_summary.subtotal")]
    assert len(sums) == 6 and all(c.passed for c in sums)
    assert not failed(report)


BUDGET_LINE = """2023년 주요업무계획
도시균형발전실

Ⅰ. 일반현황
1. 조직 : 1실 2과 6팀

Ⅱ. 2023년 주요업무계획
1 2040 도시기본계획 수립 (도시계획과)
 □ 사업개요
  ○ 사업기간 : ’22. 3.~’24. 6.
  ○ 총사업비 : 18억원(시비 100%)
  ○ 2023년 예산 : 7.5억원
 □ 추진계획
  ○ ’23. 3월 : 시민계획단 구성
 □ 현    황
  ○ 1990년대 조성된 신도시의 노후화
"""


def test_a_years_budget_and_a_decade_are_no_steps() -> None:
    """"○ 2023년 예산 : 7.5억원" states the year's budget, and "1990년대" names a decade:
    neither is a step (they had been a step "예산 : 7.5억원" dated 2023 and a step done in
    1990)."""
    report = _text(BUDGET_LINE)
    assert [(s.task, s.start) for s in report.schedules] == [("시민계획단 구성", date(2023, 3, 1))]
    assert report.progress == []
