"""Forms of the genre met in a 광역시 교통국's plan (text export, chapters parted "Ⅱ-1.", each
project a "□" card with an investment plan table by years), and in the reports of the
probes after it: what each must give, worked out from its lines, and what had been lost or
misread before."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.textgrid import aligned_header
from extract.normalize import find_dates
from tests.test_other_reports import _text

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
