"""Forms of the genre met in a 광역시 교통국's plan (text export, chapters parted "Ⅱ-1.", each
project a "□" card with an investment plan table by years), and in the reports of the
probes after it: what each must give, worked out from its lines, and what had been lost or
misread before."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.textheads import aligned_header
from extract.normalize import find_dates
from extract.normalize.wraps import join_wrapped
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

# --- chapters parted "Ⅱ-1.", a card per project, its cost in an investment plan ---------

INVEST = """2026년 주요업무계획
교 통 국

Ⅰ. 일반현황

Ⅰ-1. 조직 및 인력

  □ 조    직 : 1국 2과 5팀
    ○ 교통정책과 : 교통정책팀, 교통안전팀
    ○ 대중교통과 : 버스정책팀, 버스운영팀, 도시철도팀

  □ 인    력 (’26. 1. 1. 기준)
    ○ 정원 52명 / 현원 50명

Ⅱ. 2026년 주요업무 추진계획

Ⅱ-1. 대중교통 중심 교통체계 구축

  □ 도시철도 2호선 건설 (대중교통과)
    ○ 사업기간 : 2019 ~ 2031
    ○ 추진내용
      - 1·2공구 노반 공사 착공 준비
    ○ 연도별 투자계획                                        (단위 : 억원)
      구  분             계   ’25까지      ’26      ’27      ’28  ’29 이후
          계         14,780     2,350    1,180    2,640    3,120     5,490
       국 비          8,868     1,410      708    1,584    1,872     3,294
       시 비          5,912       940      472    1,056    1,248     2,196
    ○ 추진일정 : ’26. 3. 차량기지 실시설계 착수 → ’26. 12. 1·2공구 공사 발주

  □ 간선급행버스체계(BRT) 구축 (대중교통과)
    ○ 사업기간 : 2024 ~ 2028
    ○ 연도별 투자계획                                        (단위 : 억원)
      구  분             계   ’25까지      ’26      ’27      ’28  ’29 이후
          계          1,260       180      320      410      350         -
       국 비            630        90      160      205      175         -
       시 비            630        90      160      205      175         -
    ○ 추진일정 : ’26. 2. 1단계 구간 공사 착공 → ’26. 12. 1단계 구간 개통

Ⅱ-2. 안전하고 쾌적한 보행환경 조성

  □ 어린이보호구역 교통안전시설 개선 (교통정책과)
    ○ 사업기간 : 2024 ~ 2027
    ○ 사 업 비 : 248억원(국비 124, 시비 124)
    ○ 추진일정 : ’26. 2. 대상지 선정 → ’26. 11. 준공

  □ 자전거도로 네트워크 확충 (교통정책과)
    ○ 사업기간 : 2025 ~ 2029
    ○ 사 업 비 : 215억원(시비 215)
    ○ 추진일정 : ’26. 3. 실시설계 → ’26. 12. 1단계 준공
"""


def test_chapter_parts_numbered_with_their_numeral_over_cards_of_projects() -> None:
    """"Ⅱ-1. 대중교통 …" over "□ 도시철도 2호선 건설 (대중교통과)" cards with their labelled
    facts: the part is a theme, each card a project numbered under it (the part's line had
    run on the line before it, and the cards were numbered 1 to 4 with no theme)."""
    report = _text(INVEST)
    got = [(p.project_id, p.theme_no, p.theme, p.title, p.division) for p in report.projects]
    assert got == [
        ("1-1", 1, "대중교통 중심 교통체계 구축", "도시철도 2호선 건설", "대중교통과"),
        ("1-2", 1, "대중교통 중심 교통체계 구축", "간선급행버스체계(BRT) 구축", "대중교통과"),
        ("2-1", 2, "안전하고 쾌적한 보행환경 조성", "어린이보호구역 교통안전시설 개선",
         "교통정책과"),
        ("2-2", 2, "안전하고 쾌적한 보행환경 조성", "자전거도로 네트워크 확충", "교통정책과"),
    ]  # fmt: skip


def test_a_projects_cost_set_as_its_investment_plan_by_years() -> None:
    """A card's "연도별 투자계획" table, sources by years in 억원: the 계 row's 계 is the
    project's cost, each source row's 계 its share (no cost had been read)."""
    report = _text(INVEST)
    costs = {p.project_id: p.cost_krw for p in report.projects}
    assert costs["1-1"] == 1_478_000_000_000
    assert costs["1-2"] == 126_000_000_000
    assert costs["2-1"] == 24_800_000_000  # (a labelled cost, as before)
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert ("1-1", "국비", 886_800_000_000) in funding
    assert ("1-1", "시비", 591_200_000_000) in funding
    assert ("1-2", "시비", 63_000_000_000) in funding


def test_a_parts_staffing_day_is_in_its_title() -> None:
    """"□ 인 력 (’26. 1. 1. 기준)" over "○ 정원 52명 / 현원 50명": the counts are of that day."""
    report = _text(INVEST)
    total = [s for s in report.staffing if s.is_total]
    assert [(s.authorized, s.current, str(s.as_of)) for s in total] == [(52, 50, "2026-01-01")]


def test_a_step_named_with_a_list_of_numbers_after_its_month() -> None:
    """"’26. 12. 1·2공구 공사 발주": a step of December; "1·2" numbers the 공구 (it had been
    read as the 1st of December, the task "·2공구 공사 발주")."""
    report = _text(INVEST)
    steps = [(s.start.isoformat(), s.precision, s.task) for s in report.schedules
             if s.project_id == "1-1" and s.start and s.start.month == 12]  # fmt: skip
    assert steps == [("2026-12-01", "month", "1·2공구 공사 발주")]


@pytest.mark.parametrize(
    ("text", "kind", "number", "rest"),
    [
        ("Ⅱ-1. 대중교통 중심 교통체계 구축", "roman.dash", "1", "대중교통 중심 교통체계 구축"),
        ("Ⅲ-2 도시철도 총사업비 증액 협의", "roman.dash", "2", "도시철도 총사업비 증액 협의"),
        ("II-3. 스마트 교통 인프라", "roman.dash", "3", "스마트 교통 인프라"),
        ("Ⅱ. 주요업무 추진계획", "roman", "2", "주요업무 추진계획"),
    ],
)
def test_a_part_numbered_with_its_chapters_numeral(
    text: str, kind: str, number: str, rest: str
) -> None:
    marker, after = read_marker(text) or (None, "")
    assert marker is not None
    assert (marker.kind, marker.number, after) == (kind, number, rest)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("’26. 12. 1·2공구 공사 발주", "2026-12-01", "month"),
        ("’26. 3. 15. 착공", "2026-03-15", "day"),
        ("’26. 12. 1 착공", "2026-12-01", "day"),
        ("방문협의 추진(’24.3·5월)", "2024-03-01", "month"),  # (a month may open a list)
    ],
)
def test_a_day_is_no_number_of_a_list(text: str, start: str, precision: str) -> None:
    span = find_dates(text)[0]
    assert (span.start.isoformat(), span.precision) == (start, precision)


def test_a_header_of_words_one_space_apart_stands_over_one_column() -> None:
    """"’28  ’29 이후" over right-aligned figures: "’29 이후" heads the last column, though
    "’29" alone stands nearer the one before (the header had read "’28 ’29" | "이후")."""
    rows = [
        "      구  분             계   ’25까지      ’26      ’27      ’28  ’29 이후",
        "          계          1,260       180      320      410      350         -",
        "       국 비            630        90      160      205      175         -",
    ]
    lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    assert aligned_header(lines[0], 2, lines[1:], 6) == [
        "계", "’25까지", "’26", "’27", "’28", "’29 이후",
    ]  # fmt: skip


# --- a 소방본부's budget over two pages, its account on the line over the caption --------

FIRE = """2026년 주요업무보고
테스트소방본부

Ⅰ. 일반현황
3. 예 산
○ 2026년 세출예산(일반회계) : 214,524,800천원 (전년 대비 14,928,800천원, 7.5% 증)
○ 정책사업별 세출예산
(단위 : 천원)
구 분 2026년 2025년 증 감 증감률(%)
계 21,788,500 20,156,600 1,631,900 8.1
소방행정 지원 11,788,500 11,156,600 631,900 5.7
·청사 시설 유지관리 4,215,300 3,987,600 227,700 5.7
·소방행정 일반운영 2,134,800 2,056,200 78,600 3.8
·소방공무원 복지증진 3,562,000 3,310,500 251,500 7.6

구 분 2026년 2025년 증 감 증감률(%)
·의용소방대 운영지원 1,876,400 1,802,300 74,100 4.1
화재예방 및 대응 10,000,000 9,000,000 1,000,000 11.1
·화재예방 홍보 4,000,000 3,000,000 1,000,000 33.3
·주택용 소방시설 보급 6,000,000 6,000,000 0 0.0
Ⅱ. 주요업무 추진계획
1. 화재 예방
□ 주택용 소방시설 보급
○ 사업기간 : ’26. 1.~12.
○ 사업비 : 6,000백만원
○ 추진내용
- 대상 : 2005년 이전 사용승인 공동주택 42개 단지
- 보급 설명회 개최(’26. 3.)
"""


def test_a_subtotal_whose_last_row_is_on_the_next_page_under_the_header_again() -> None:
    """"소방행정 지원" over four rows, the last on the next page under the header printed
    again: a subtotal all the same (it had been told by its page's three rows alone)."""
    report = _text(FIRE)
    totals = [b.unit for b in report.budget_summary if b.is_total]
    assert totals == ["계", "소방행정 지원", "화재예방 및 대응"]


def test_the_account_a_long_line_over_the_caption_names_in_its_label() -> None:
    """"○ 2026년 세출예산(일반회계) : 214,524,800천원 (…)" over "○ 정책사업별 세출예산" and
    the table: the table's amounts are of 일반회계 (the line was too long to be read)."""
    report = _text(FIRE)
    first = min(b.table_id for b in report.budget_lines)
    assert {b.account for b in report.budget_lines if b.table_id == first} == {"일반회계"}


def test_a_date_of_whom_a_project_is_for_is_no_step() -> None:
    """"- 대상 : 2005년 이전 사용승인 공동주택 42개 단지": who the project is for, no step
    done in 2005 (it had been a step "대상", moved to progress by its year)."""
    report = _text(FIRE)
    assert report.progress == []
    assert [(s.task, s.raw) for s in report.schedules] == [("보급 설명회 개최", "’26. 3.")]


# --- a 기획조정실's 기획관 over its teams; cards over a table of their facts -------------

PLANNING = """2026년 주요업무계획
테스트도 기획조정실

Ⅰ. 일반현황
1. 조직 및 인력
□ 조 직 : 1실 1관 2과 7팀
○ 기획관 : 정책기획팀, 조직관리팀, 법무팀
○ 예산과 : 예산총괄팀, 재정분석팀
○ 세정과 : 세정팀, 세원관리팀
"""


def test_a_unit_named_by_its_kinds_word_over_its_teams() -> None:
    """"○ 기획관 : 정책기획팀, 조직관리팀, 법무팀": the 기획관 and its three teams (its teams
    had been read as units of the kind 기획관, and the count line's 1관 was missing)."""
    report = _text(PLANNING)
    got = {(u.name, u.parent) for u in report.organization}
    assert {("기획관", "기획조정실"), ("정책기획팀", "기획관"), ("법무팀", "기획관")} <= got
    assert [c.detail for c in report.validation if not c.passed] == []


def _card(title: str, *rows: tuple[str, str]) -> list[str]:
    return [p(f"□ {title}"), p(_table([["항 목", "내 용"], *[list(r) for r in rows]]))]


def test_a_themes_cards_each_over_a_table_of_its_facts() -> None:
    """"1. …" over "□ 강원 미래비전 2040 수립 (기획관)" and a table "사업기간 | ’24.~’28." /
    "총사업비 | 12억원(도비 12)" / …: each card a project of the theme (the theme had been
    the project, with its first card's facts and every card's steps)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "Ⅲ. 주요업무 추진계획", "1. 도정 미래비전 실현"]),
        *_card("강원 미래비전 2040 수립 (기획관)", ("사업기간", "’25.~’26."),
               ("총사업비", "12억원(도비 12)"), ("추진일정", "’26. 3. 자문단 구성")),
        *_card("특례 발굴·제도화 (기획관)", ("사업기간", "’26. 1.~12."),
               ("총사업비", "3억원(도비 3)"), ("추진일정", "’26. 5. 특례과제 발굴")),
        p("2. 건전재정 운용"),
        *_card("재정 건전성 관리 강화 (예산과)", ("사업기간", "’26. 1.~12."),
               ("총사업비", "5억원(도비 5)"), ("추진일정", "’26. 9. 예산안 제출")),
        *_card("지방세 체납관리 고도화 (세정과)", ("사업기간", "’26. 1.~12."),
               ("총사업비", "2억원(도비 2)"), ("추진일정", "’26. 6. 일제정리")),
    )  # fmt: skip
    got = [(p.project_id, p.title, p.division, p.cost_krw) for p in report.projects]
    assert got == [
        ("1-1", "강원 미래비전 2040 수립", "기획관", 1_200_000_000),
        ("1-2", "특례 발굴·제도화", "기획관", 300_000_000),
        ("2-1", "재정 건전성 관리 강화", "예산과", 500_000_000),
        ("2-2", "지방세 체납관리 고도화", "세정과", 200_000_000),
    ]
    steps = [(s.project_id, s.task) for s in report.schedules]
    assert ("1-2", "특례과제 발굴") in steps and ("2-2", "일제정리") in steps


def test_a_cost_with_its_sources_in_the_cells_beside_it() -> None:
    """"사업량 | 사업비(천원) | 국비 | 도비 | 군비 | 자부담" over one row: the cost's funding is
    the sources' cells (only the cost had been read)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "Ⅱ. 주요사업 추진계획", "1. 농업정책과",
                 "가. 친환경농업 육성 지원"]),
        p(_table([["사업량", "사업비(천원)", "국비", "도비", "군비", "자부담"],
                  ["210호", "612,000", "180,000", "72,000", "240,000", "120,000"]])),
        p("○ 사업기간 : 2026. 2. ~ 11."),
    )  # fmt: skip
    assert [p.cost_krw for p in report.projects] == [612_000_000]
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 180_000_000), ("도비", 72_000_000), ("군비", 240_000_000),
        ("자부담", 120_000_000),
    ]  # fmt: skip


# --- findings under headings of the proceeding they were made in ------------------------

FINDINGS = """2026년 주요업무계획
테스트군 농업기술센터

Ⅳ. 2025년 군정질문·행정사무감사 지적사항 조치결과
□ 조치현황 : 총 3건 (완료 2, 추진중 1)
구 분 계 완료 추진중
합 계 3 2 1
군정질문 1 1 0
행정사무감사 2 1 1
가. 군정질문
1) 지적내용 : 농기계 임대사업소 장비 노후화
○ 조치결과 : 노후 농기계 28대 교체
○ 처리상황 : 완료
나. 행정사무감사
1) 지적내용 : 보조금 정산 검토 소홀
○ 조치결과 : 정산 점검표 도입
○ 처리상황 : 완료
2) 지적내용 : 가축분뇨 처리시설 악취 민원
○ 조치결과 : 악취저감 시설 설치 추진
○ 처리상황 : 추진중
"""


def test_findings_under_headings_of_their_proceeding() -> None:
    """"가. 군정질문" / "나. 행정사무감사" over their findings, and summary rows so named:
    each finding's source is its heading's (it had been the chapter's title), each row of
    the summary kept (they had been dropped as unknown categories)."""
    report = _text(FINDINGS)
    assert [(f.source, f.status) for f in report.audit_findings] == [
        ("군정질문", "completed"), ("행정사무감사", "completed"), ("행정사무감사", "in_progress"),
    ]  # fmt: skip
    rows = [(s.category, s.category_raw, s.total) for s in report.audit_summary]
    assert rows == [("total", "합계", 3), ("other", "군정질문", 1), ("other", "행정사무감사", 2)]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]


# --- a 군's report by division: a chapter for each, its own parts with roles ------------

BY_DIVISION = """백운군의회 제312회 임시회
2026년 군정 주요업무계획
백운군

보고순서
총    괄
Ⅰ. 기획감사실
Ⅱ. 행정복지과

총    괄
□ 조    직 : 1실 2과 2직속기관 1사업소 3읍면
○ 실·과(3) : 기획감사실, 행정복지과,
재무과
○ 직속기관(2) : 보건소, 농업기술센터
○ 사업소(1) : 상하수도사업소
○ 읍·면(3) : 백운읍, 청계면, 운곡면
□ 인    력 : 정원 712명 / 현원 698명 (2026. 1. 1. 기준)

Ⅰ. 기획감사실
◈ 운영목표 : 군정 중장기 비전 수립
1. 일반현황
○ 조직 : 2팀 (기획팀, 감사팀)
○ 인력 : 정원 24명 / 현원 23명
2. 주요업무 추진계획
가. 중장기 발전계획 수립
○ 사업기간 : 2026. 1.~12.
○ 사업비 : 350백만원 (군비 350)
○ 추진일정 : 2월 용역 발주, 12월 최종보고회
나. 주민참여예산제 운영 내실화
○ 사업기간 : 2026. 1.~12.
○ 사업비 : 120백만원 (군비 120)
3. 2025년 행정사무감사 지적사항 조치결과
① 수의계약 특정업체 편중
→ 조치결과 : 지역업체 순환 선정 기준 마련(완료)

Ⅱ. 행정복지과
◈ 운영목표 : 촘촘한 복지안전망 구축
1. 일반현황
○ 조직 : 2팀 (행정팀, 복지기획팀)
○ 인력 : 정원 31명 / 현원 30명
2. 주요업무 추진계획
가. 노인 맞춤돌봄서비스 확대
○ 사업기간 : 2026. 1.~12.
○ 사업비 : 2,480백만원 (국비 1,240, 도비 372, 군비 868)
3. 2025년 행정사무감사 지적사항 조치결과
① 기초생활수급자 사후관리 미흡
→ 조치결과 : 부정수급 3건 환수(추진중)
"""


def test_a_report_by_division_reads_each_divisions_chapter() -> None:
    """"Ⅰ. 기획감사실" / "1. 일반현황" / "2. 주요업무 추진계획" / "3. … 조치결과", then "Ⅱ.
    행정복지과" with the same parts: each division's projects (numbered by its chapter) and
    findings are its own (no project had been read, Ⅰ had been the audit section by its
    title's 감사, and each later chapter's parts were taken for an overview of the first's)."""
    report = _text(BY_DIVISION)
    got = [(p.project_id, p.title, p.division, p.cost_krw) for p in report.projects]
    assert got == [
        ("1-1", "중장기 발전계획 수립", "기획감사실", 350_000_000),
        ("1-2", "주민참여예산제 운영 내실화", "기획감사실", 120_000_000),
        ("2-1", "노인 맞춤돌봄서비스 확대", "행정복지과", 2_480_000_000),
    ]
    findings = [(f.divisions, f.status, f.status_raw, f.actions) for f in report.audit_findings]
    assert findings == [
        (["기획감사실"], "completed", "완료", "지역업체 순환 선정 기준 마련"),
        (["행정복지과"], "in_progress", "추진중", "부정수급 3건 환수"),
    ]


def test_an_unnumbered_first_chapter_after_the_contents() -> None:
    """"보고순서" / "총 괄" / "Ⅰ. …" and then "총 괄" again over the body's 조직 and 인력: the
    contents end there, and the chapter is the general section (the contents had run on to
    "Ⅰ.", the units and staff with them)."""
    report = _text(BY_DIVISION)
    staff = [(s.unit, s.authorized, s.current) for s in report.staffing if s.is_total]
    assert staff == [("계", 712, 698)]


def test_units_listed_by_kinds_the_count_line_counts() -> None:
    """"○ 실·과(3) : 기획감사실, 행정복지과," / "재무과", "○ 직속기관(2) : …", "○ 읍·면(3) :
    …": every unit listed, each kind counted as the count line counts it (the wrapped list
    and the kinds named together had been lost)."""
    report = _text(BY_DIVISION)
    got = {(u.name, u.unit_type) for u in report.organization if u.level == "division"}
    assert got == {
        ("기획감사실", "실"), ("행정복지과", "과"), ("재무과", "과"), ("보건소", "직속기관"),
        ("농업기술센터", "직속기관"), ("상하수도사업소", "사업소"), ("백운읍", "읍면"),
        ("청계면", "읍면"), ("운곡면", "읍면"),
    }  # fmt: skip
    assert [c.detail for c in report.validation if not c.passed] == []


def test_a_divisions_chapter_lists_its_teams() -> None:
    """"1. 일반현황" / "○ 조직 : 2팀 (기획팀, 감사팀)" under "Ⅰ. 기획감사실": its teams."""
    report = _text(BY_DIVISION)
    teams = [(u.name, u.parent) for u in report.organization if u.level == "team"]
    assert teams == [("기획팀", "기획감사실"), ("감사팀", "기획감사실"),
                     ("행정팀", "행정복지과"), ("복지기획팀", "행정복지과")]  # fmt: skip


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["불시 조사 비율 3", "0%로 확대"], "불시 조사 비율 30%로 확대"),
        (["정책목표 및 전략 35", "2025년 주요업무계획"], "정책목표 및 전략 35 2025년 주요업무계획"),
        (["예산담당관 4", "3팀(16명)"], "예산담당관 4 3팀(16명)"),
    ],
)
def test_a_rate_broken_before_its_sign_is_one_figure(parts: list[str], joined: str) -> None:
    """A wrap inside a rate joins it; a page number or a count before a figure of its own
    stays apart."""
    assert join_wrapped(parts) == joined
