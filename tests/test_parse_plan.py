"""Projects, their funding and schedules from the plan's structure, one form per test.

Each excerpt is written by hand in the style of a report family (numbered themes
over "1-1" boxes, strategies over tasks, a plan split by division, a title's tail of
facts, labelled overview lines, schedule tables), never copied from a real file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.nodes import Node
from extract.parse import clauses as clause_grammar
from extract.parse import costs as cost_words
from extract.parse import plan, plan_facts, project_facts, tails
from extract.parse.clauses import clauses
from extract.parse.costs import read_cost
from extract.parse.project_facts import PERIOD_ENDINGS, label_kind, labelled
from extract.parse.steps import read_clause
from extract.parse.tails import read_tail
from extract.pipeline import check, parse_document, read_bytes
from schemas import Project, Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl
from tests.regex_agree import assert_same_matches

#: the sample report, as text
SAMPLE_TEXT = Path(__file__).resolve().parents[1] / "samples" / "seoul-innovation-bureau-2021.txt"


def convert_text(lines: list[str]) -> Report:
    data = "\n".join(lines).encode()
    return check(parse_document(read_bytes(data, "plan.txt"), "plan"))


def by_title(report: Report, start: str) -> Project:
    found = [x for x in report.projects if x.title.startswith(start)]
    assert found, [x.title for x in report.projects]
    return found[0]


# --- numbering and ids ------------------------------------------------------------------


THEMES_AND_BOXES = [
    "Ⅴ. 2026년 주요업무계획",
    "1/ 스마트 항만물류 도시 조성",
    "1-1 물류단지 기반 확충",
    "1-2 항만 배후도로 정비",
    "1-1 물류단지 기반 확충",
    "□ (물류단지) 배후단지 2단계 조성",
    "ㅇ 부지 조성 및 기반시설 공사 착공(5월)",
    "1-2 항만 배후도로 정비",
    "□ (배후도로) 병목구간 개선 설계",
    "ㅇ 실시설계 용역 발주(3~5월)",
    "2/ 친환경 해운 전환",
    "2-1 친환경 선박 보급",
    "2-1 친환경 선박 보급",
    "□ (보급) LNG 추진선 건조 지원",
]


def test_boxes_under_themes_keep_their_printed_numbers() -> None:
    report = convert_text(THEMES_AND_BOXES)
    ids = [(x.project_id, x.title, x.theme) for x in report.projects]
    assert ids == [
        ("1-1", "물류단지 기반 확충", "스마트 항만물류 도시 조성"),
        ("1-2", "항만 배후도로 정비", "스마트 항만물류 도시 조성"),
        ("2-1", "친환경 선박 보급", "친환경 해운 전환"),
    ]  # the overview list before the boxes is not a second set of projects


def test_month_only_dates_take_the_plans_year() -> None:
    report = convert_text(THEMES_AND_BOXES)
    spans = {(s.project_id, s.start, s.end) for s in report.schedules}
    assert ("1-1", date(2026, 5, 1), date(2026, 5, 31)) in spans
    assert ("1-2", date(2026, 3, 1), date(2026, 5, 31)) in spans
    raws = {s.raw for s in report.schedules}
    assert "3~5월" in raws  # the date as printed


STRATEGIES = [
    "Ⅲ. 2025년도 업무계획",
    "1. 촘촘한 돌봄 체계",
    "1 지역 돌봄 거점 확충",
    "• 돌봄센터 신규 설치",
    "○ (추진계획) 입지 선정(2월), 리모델링 공사(4~8월)",
    "- 시범 운영 결과를 반영하여",
    "2 방문 돌봄 서비스 내실화",
    "• 방문 간호 인력 확대",
    "2. 안전한 생활 환경",
    "1 생활 안전 점검 강화",
    "• 노후 시설 일제 점검",
]


def test_strategies_tasks_and_an_item_nested_in_the_one_before() -> None:
    """ "2" sits under the bullets of "1" in the outline: it goes on "1"'s numbering."""
    report = convert_text(STRATEGIES)
    assert [(x.project_id, x.title) for x in report.projects] == [
        ("1-1", "지역 돌봄 거점 확충"),
        ("1-2", "방문 돌봄 서비스 내실화"),
        ("2-1", "생활 안전 점검 강화"),
    ]
    tasks = {(s.project_id, s.task, s.start) for s in report.schedules}
    assert ("1-1", "입지 선정", date(2025, 2, 1)) in tasks
    assert ("1-1", "리모델링 공사", date(2025, 4, 1)) in tasks


def test_a_part_with_no_project_of_its_own_takes_no_number() -> None:
    """A title over nothing the plan counts (환경물정책실's "2025년 중점 추진과제" over the
    goals it lists before they are told) is no theme: the first division is 1."""
    report = convert_text([
        "Ⅳ. 2025년 주요업무계획", "여성가족국", "가족정책과", "1. 다함께 키우는 가족",
        "• 가족센터 운영 지원", "2. 한부모 가족 자립", "• 자립 지원", "아동복지과",
        "1. 아동 돌봄 확대", "• 돌봄센터 설치",
    ])  # fmt: skip
    assert [(x.project_id, x.theme_no, x.theme) for x in report.projects] == [
        ("1-1", 1, "가족정책과"), ("1-2", 1, "가족정책과"), ("2-1", 2, "아동복지과"),
    ]  # fmt: skip


def test_a_plan_split_by_division_numbers_each_division() -> None:
    report = convert_text(
        [
            "Ⅳ. 2025년 주요업무계획",
            "가족정책과",
            "1. 다함께 키우는 가족",
            "• 가족센터 운영 지원",
            "2. 한부모 가족 자립",
            "• 양육비 지원 확대",
            "보육정책과",
            "1. 보육 공공성 강화",
            "• 국공립 어린이집 확충",
        ]
    )
    got = [(x.project_id, x.title, x.division, x.division_evidence) for x in report.projects]
    assert got == [
        ("1-1", "다함께 키우는 가족", "가족정책과", "part_title"),
        ("1-2", "한부모 가족 자립", "가족정책과", "part_title"),
        ("2-1", "보육 공공성 강화", "보육정책과", "part_title"),
    ]


def test_numbering_that_starts_again_is_numbered_by_run() -> None:
    """Strategy titles set in pictures: the tasks' numbers start again at 1."""
    report = convert_text(
        [
            "Ⅲ. 2025 주요업무 추진계획",
            "• 전략 목표",
            "1 온실가스 감축 이행",
            "□ 감축 목표 관리",
            "2 친환경차 보급",
            "□ 전기차 구매 지원",
            "1 상수원 수질 개선",
            "□ 취수원 다변화",
        ]
    )
    assert [x.project_id for x in report.projects] == ["1-1", "1-2", "2-1"]


# --- facts --------------------------------------------------------------------------------


ISSUES = [
    "Ⅴ. 2025년 주요업무계획",
    "1. 정책 추진",
    "• 기본 업무",
    "Ⅵ. 주요현안",
    "1 복합문화센터 건립",
    "❖ 시민 누구나 이용하는 문화 거점 조성",
    "□ 사업개요",
    "ㅇ 위 치 : 중앙동 일원(부지 12,000㎡)",
    "ㅇ 사업기간 및 총사업비 : 2024년~2027년 / 480억원",
    "ㅇ 재 원 : 국비 100억원, 시비 380억원",
    "□ 추진상황",
    "ㅇ ’24. 5. : 투자심사 통과",
    "□ 향후계획",
    "ㅇ ’25. 3. : 설계 공모",
    "ㅇ ’25. 7.~12. : 실시설계 용역",
    "2 청년 창업 공간 운영",
    "□ 사업개요(2025~2026)",
    "ㅇ (사 업 비) 12억원(국비 6, 시비 6)",
]


def test_issue_items_are_projects_with_period_cost_and_funding() -> None:
    report = convert_text(ISSUES)
    hall = by_title(report, "복합문화센터")
    assert hall.project_id == "현안1"
    assert hall.theme_no == 0  # (현안 1 is no theme 1 of the plan's goals)
    assert (hall.period_start, hall.period_end) == (date(2024, 1, 1), date(2027, 12, 31))
    assert (hall.cost_label, hall.cost_krw) == ("총사업비", 48_000_000_000)
    assert hall.fields["위치"].startswith("중앙동")
    space = by_title(report, "청년 창업")
    assert (space.period_start, space.period_end) == (date(2025, 1, 1), date(2026, 12, 31))
    assert (space.cost_label, space.cost_krw) == ("사업비", 1_200_000_000)  # (spacing undone)
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding == [  # (현안1's from its line "재 원 : 국비 100억원, 시비 380억원")
        ("현안1", "국비", 10_000_000_000), ("현안1", "시비", 38_000_000_000),
        ("현안2", "국비", 600_000_000), ("현안2", "시비", 600_000_000),
    ]  # fmt: skip
    assert all(c.passed for c in report.validation if c.check == "projects.funding_sum")


def test_what_was_done_is_not_a_schedule() -> None:
    report = convert_text(ISSUES)
    mine = [(s.raw, s.task) for s in report.schedules if s.project_id == "현안1"]
    assert mine == [("’25. 3.", "설계 공모"), ("’25. 7.~12.", "실시설계 용역")]


def test_what_was_done_is_the_projects_progress() -> None:
    report = convert_text(ISSUES)
    assert [(p.project_id, p.task, p.raw, p.start) for p in report.progress] == [
        ("현안1", "투자심사 통과", "’24. 5.", date(2024, 5, 1)),
    ]


@pytest.mark.parametrize(
    ("block", "lines", "want"),
    [  # date first, a note's day with no year in that step's year (환경물정책실 현안1)
     ("□ 추진경과", ["ㅇ ’24. 4 : 상생협약 체결", "* 협약해지(4.26.)"],
      [("상생협약 체결", date(2024, 4, 1), date(2024, 4, 30)),
       ("협약해지", date(2024, 4, 26), date(2024, 4, 26))]),
     # the date in brackets after the step (the sample's card 1-4)
     ("□ 그간 추진실적", ["ㅇ 타당성조사 실시(’18. 9.~’19. 7.)"],
      [("타당성조사 실시", date(2018, 9, 1), date(2019, 7, 31))]),
     # last year's results (여성가족국 Ⅴ)
     ("□ 2024년 주요성과", ["ㅇ (신규개소) 1개소 추가설치(’24. 8월)"],
      [("(신규개소) 1개소 추가설치", date(2024, 8, 1), date(2024, 8, 31))]),
     # a block of what was done and what is planned is the plan's (its steps are schedules)
     ("□ 추진경과 및 계획", ["ㅇ ’25. 3. : 설계 공모"], [])],
)  # fmt: skip
def test_a_blocks_done_steps(
    block: str, lines: list[str], want: list[tuple[str, date, date]]
) -> None:
    report = convert_text(["Ⅵ. 주요현안", "1 복합문화센터 건립", "□ 사업개요",
                           "ㅇ (사 업 비) 480억원", block, *lines])  # fmt: skip
    assert [(p.task, p.start, p.end) for p in report.progress] == want


@pytest.mark.parametrize("label", ["분석기간", "분 석 기 간", "대상기간"])
def test_the_years_of_the_data_a_study_reads_are_no_step(label: str) -> None:
    """교통혁신국 p21: "✔ (분석기간) ('20.~'23.) 업체별 재무제표 조사 ('24.) …": the years
    the study's data cover, not when it is done."""
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 마을버스 재정지원",
                           "ㅇ (재정지원) 연구용역 추진", f"✔ ({label}) ('20.~'23.) 재무제표 조사",
                           "✔ (추진기간) ’25.3.~12."])  # fmt: skip
    assert [s.raw for s in report.schedules] == ["’25.3.~12."]


def test_what_the_project_or_a_body_is_is_not_a_schedule() -> None:
    """An overview of the body a project works with (관광마이스국 현안2: "□ 세계관광기구
    개요": 설립연도 1974년, 회원 2005~) and the overview's own period: no steps."""
    report = convert_text([
        *ISSUES[:4], "1 국제기구 협력 강화", "□ 국제기구 개요",
        "ㅇ 기구명칭 : 세계관광기구 *UN 전문기관 지정(’03.12.)", "ㅇ 설립연도 : 1974년 6월 19일",
        "ㅇ 회원구성 : 160여개 국*", "* 대한민국(1975~), 부산관광공사(2008~)",
        "□ 사업개요(2025~2027)", "ㅇ 사업내용 : 협력사업 발굴",
        "□ 협업계획", "ㅇ ’25.10. : 포럼 협업 개최", "ㅇ ’26. ~ : 아카데미 유치",
    ])  # fmt: skip
    assert [(s.raw, s.task) for s in report.schedules] == [
        ("’25.10.", "포럼 협업 개최"), ("’26. ~", "아카데미 유치")
    ]
    # ... but an overview's line of the plan's steps holds steps
    steps = convert_text([
        *ISSUES[:4], "1 전시장 건립", "□ 사업개요", "ㅇ 위치 : 해운대구",
        "ㅇ 추진일정 : ’25. 3월 착공, ’26. 12월 준공",
    ])  # fmt: skip
    assert [s.raw for s in steps.schedules] == ["’25. 3월", "’26. 12월"]
    assert by_title(report, "국제기구").period_start == date(2025, 1, 1)


TAILS = [
    "Ⅲ. 주요업무 추진계획",
    "1. 정보자원 개방 확대(24억원)",
    "□ 공공 데이터셋 구축(1,600백만원)",
    "ㅇ (구축) 분야별 데이터 수집",
    "□ 개방 플랫폼 운영(800백만원)",
    "ㅇ (운영) 이용자 지원",
    "2. 지역 인재 양성",
    "• 대학 협력 강화",
    "○ 산학 협력 거점 조성▹’24.~’28., 총120억원",
    "○ 현장 실습 지원▹6.5억원(국4.5, 시2)",
]


def test_a_titles_tail_and_bullets_with_a_cost_of_their_own() -> None:
    report = convert_text(TAILS)
    data = by_title(report, "정보자원 개방 확대")
    assert (data.project_id, data.cost_krw, data.cost_label) == ("1", 2_400_000_000, None)
    subs = [
        (x.project_id, x.title, x.cost_krw) for x in report.projects if x.theme.endswith("확대")
    ]
    assert subs == [
        ("1-1", "공공 데이터셋 구축", 1_600_000_000),
        ("1-2", "개방 플랫폼 운영", 800_000_000),
    ]
    hub = by_title(report, "산학 협력 거점")
    assert (hub.period_start, hub.period_end, hub.cost_label) == (
        date(2024, 1, 1), date(2028, 12, 31), "총",
    )  # fmt: skip
    total = next(c for c in report.validation if c.check == "projects.subproject_sum")
    assert total.passed  # 1,600 + 800 백만원 is 24억원


def test_sub_projects_that_do_not_add_up_fail_to_the_printed_precision() -> None:
    report = convert_text([ln.replace("(800백만원)", "(900백만원)") for ln in TAILS])
    total = next(c for c in report.validation if c.check == "projects.subproject_sum")
    assert (total.passed, total.expected, total.actual) == (False, "24억원", "25억원")


def test_funding_that_does_not_add_up_fails() -> None:
    report = convert_text([ln.replace("(국4.5, 시2)", "(국4.5, 시1)") for ln in TAILS])
    failed = [c for c in report.validation if c.check == "projects.funding_sum" and not c.passed]
    assert len(failed) == 1 and "6.5억원" in failed[0].detail


def test_a_cost_breakdown_is_not_funding() -> None:
    report = convert_text(
        [
            "Ⅲ. 2025년 주요업무계획",
            "1 봉안시설 증축",
            "□ 사업개요",
            "ㅇ (사 업 비) 90억원(공사비 85, 설계비 5)",
        ]
    )
    assert by_title(report, "봉안시설").cost_krw == 9_000_000_000
    assert report.project_funding == []


@pytest.mark.parametrize(
    ("line", "funding"),
    [  # a cost labelled with its one source is all that source's (교통혁신국 p17)
     ("ㅇ (국비 사업) 신호체계 개선(국비 693백만원)", [("국비", 693_000_000)]),
     # ... not a label that is no source
     ("ㅇ (신호 개선) 신호체계 개선(사업비 693백만원)", []),
     # two sources and the proportion they pay in (사회복지국 p48)
     ("ㅇ (스마트빌리지) 보급 및 확산 사업, 사업규모 30억(국비:지방비 7:3 조건)",
      [("국비", 2_100_000_000), ("지방비", 900_000_000)])],
)  # fmt: skip
def test_a_cost_labelled_with_its_source_is_that_sources(
    line: str, funding: list[tuple[str, int]]
) -> None:
    report = convert_text(["Ⅲ. 2025년 주요업무계획", "1 교통체계 개선", line])
    assert [(f.source, f.amount_krw) for f in report.project_funding] == funding


# --- the grammar --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("사 업 비 : 2.4조원(도로 1.1조, 철도 1.3조)", "사업비", "2.4조원(도로 1.1조, 철도 1.3조)"),
        ("(보상비) 920억원(국비)", "보상비", "920억원(국비)"),
        ("일자/장소 : ’25. 10. 2. ~ 10. 5. / 시청 광장", "일자", "’25. 10. 2. ~ 10. 5."),
        ("시기/장소 : ’25. 10. 27. ~ 29. / 부산시 일원", "시기", "’25. 10. 27. ~ 29."),
    ],
)
def test_labelled_lines(line: str, key: str, value: str) -> None:
    assert (labelled(line)[0].key, labelled(line)[0].value) == (key, value)


@pytest.mark.parametrize("line", ["", ",", " , ", "，", ",,"])
def test_a_line_of_separators_only_labels_nothing(line: str) -> None:
    assert labelled(line) == []


def test_a_bullet_of_a_comma_alone_converts() -> None:
    """A text export that sets each word of a page on its own line (pdftotext without
    -layout) leaves a bullet's mark alone and a comma on the next line; it was an
    internal error."""
    report = convert_text(["Ⅲ. 2025년 주요업무계획", "1 교통체계 개선", "ㅇ", ",", "-", ",",
                           "ㅇ 신호체계 개선(사업비 693백만원)"])  # fmt: skip
    assert by_title(report, "신호체계 개선").cost_krw == 693_000_000


@pytest.mark.parametrize("label", [*PERIOD_ENDINGS, "시 기", "추진시기", "사업기간"])
def test_labels_of_a_period(label: str) -> None:
    assert label_kind(label) == "period"


@pytest.mark.parametrize(
    ("value", "raw"),
    [  # a year's amount, then the total (국립국어원 p25): the total is the cost
     ("(’23년) 45.7억원 / (’23년~’27년) 총 사업비 205.4억원", "205.4억원"),
     ("10억원, 총사업비 30억원", "30억원"),
     # no total stated: the first amount
     ("3억원(1차), 2억원(2차)", "3억원")],
)  # fmt: skip
def test_a_cost_stated_as_a_total_is_the_cost(value: str, raw: str) -> None:
    cost = read_cost(value)
    assert cost is not None and cost.raw == raw


def test_a_single_source_pays_the_whole_cost() -> None:
    cost = read_cost("640억원(전액시비)")
    assert cost is not None and [(s.source, s.amount_krw) for s in cost.funding] == [
        ("시비", 64_000_000_000)
    ]


@pytest.mark.parametrize(
    ("cost", "funding"),
    [  # a source printed as one syllable, or with a footnote mark, stacks under its name
     ("10억원(국5, 시5)", [("국비", 500_000_000), ("시비", 500_000_000)]),
     ("150억원(국 100, 시 50)", [("국비", 10_000_000_000), ("시비", 5_000_000_000)]),
     ("1,000억원(국비 274, 민자* 726)", [("국비", 27_400_000_000), ("민자", 72_600_000_000)]),
     ("3억원(도 1, 군 2)", [("도비", 100_000_000), ("군비", 200_000_000)]),
     # the districts together, with a middle dot or not (여성가족국 Ⅴ 마을돌봄사업)
     ("1,048백만원(국 524, 시 376, 구·군 148)",
      [("국비", 524_000_000), ("시비", 376_000_000), ("구군비", 148_000_000)]),
     ("8,033백만원(국 3,725, 시 2,163, 구군 2,145)",
      [("국비", 3_725_000_000), ("시비", 2_163_000_000), ("구군비", 2_145_000_000)]),
     # one source named beside what the money is: it pays it all (관광마이스국 현안7)
     ("250,000천원(시비, 공기관위탁사업비)", [("시비", 250_000_000)]),
     # two sources with no amounts: no shares; nor one beside words of another source
     ("10억원(국비, 시비)", []), ("10억원(시비, 국비 확보 추진)", [])],
)  # fmt: skip
def test_funding_sources_stack_under_one_name(
    cost: str, funding: list[tuple[str, int]]
) -> None:
    got = read_cost(cost)
    assert got is not None and [(s.source, s.amount_krw) for s in got.funding] == funding
    names = cost_words.SOURCE_NAMES.values()
    assert all(name in cost_words.FUNDING_SOURCES for name in names)


@pytest.mark.parametrize(
    ("cost", "funding"),
    [  # a thousands comma inside a share is no comma between shares (환경물정책실 현안9)
     ("3,040억원(국비 1,520, 시비 1,520)", [("국비", 152_000_000_000), ("시비", 152_000_000_000)]),
     ("3,650백만원(국 3,600, 시 50) * 구비 별도", [("국비", 3_600_000_000), ("시비", 50_000_000)]),
     ("1,680억원 (국1,400, 시280)", [("국비", 140_000_000_000), ("시비", 28_000_000_000)]),
     ("324.76억(국 100,시 50,구 174.76)",
      [("국비", 10_000_000_000), ("시비", 5_000_000_000), ("구비", 17_476_000_000)])],
)  # fmt: skip
def test_shares_keep_their_thousands(cost: str, funding: list[tuple[str, int]]) -> None:
    got = read_cost(cost)
    assert got is not None and [(s.source, s.amount_krw) for s in got.funding] == funding


@pytest.mark.parametrize(
    ("text", "cost", "listed", "listed_period"),
    [  # each item of a list with its own cost: the last cost is the last item's
     ("학대피해장애인 쉼터(1개소, 1.9억원), 피해장애아동 쉼터(2개소, 5.7억)", "5.7억", True,
      False),
     ("구·군 준설비 지원(’25.1, 35억원), 준설 완료(’25.6, 6,000㎥), 준설차량 등 운영지원"
      "(’25.2 5억원)", "5억원", True, True),
     # ... an earlier item's cost among its words, or its counter, too (환경물정책실 p27,
     # 청년산학국 p25)
     ("긴급정비 및 응급복구 사업(지방하천 45개소, 10억원), 국가하천 유지보수사업(35억원)",
      "35억원", True, False),
     ("사립공공도서관 육성·지원(5개관, 3.7억원), 민간 독서단체 지원(0.12억원)", "0.12억원",
      True, False),
     # films and works counted (편, 점): a culture bureau's items
     ("로케이션 인센티브(40편, 20억원), 독립영화 제작 지원(15편, 4.5억원)", "4.5억원", True,
      False),
     ("소장품 구입(300점, 2억원), 보존처리(120점, 0.6억원)", "0.6억원", True, False),
     # a step of a years' count is no change of amounts ("9년→11년")
     ("절감(연 130억원), 내구연한 연장(9년→11년)하여 감가상각비 절감(연 70억원)", "연 70억원",
      True, False),
     # a list of words before one cost: the cost is the line's
     ("상담, 교육, 치료 지원(12억원)", "12억원", False, False),
     ("센터 운영(3개소), 상담 지원(2억원)", "2억원", False, False),
     # a count in thousands or of households beside the cost (사회복지국 p30)
     ("맞춤형 돌봄 서비스 제공(33천명, 545억원)", "545억원", False, False),
     ("ICT장비 활용 신속 대응(19천 세대, 39억원)", "39억원", False, False)],
)  # fmt: skip
def test_a_tail_after_a_list_of_items_with_facts_is_the_last_items(
    text: str, cost: str, listed: bool, listed_period: bool
) -> None:
    tail = read_tail(text, 2025)
    assert tail is not None and tail.cost is not None and tail.cost.raw == cost
    assert (tail.listed, tail.listed_period) == (listed, listed_period)


def test_a_bullet_listing_several_costs_states_none_of_its_own() -> None:
    """사회복지국 p27: "- 학대피해장애인 쉼터(1개소, 1.9억원), 피해장애아동 쉼터(2개소,
    5.7억)" under a project is no cost of the project's (nor is the sum, never printed)."""
    text = (
        "Ⅲ. 2025년 주요업무계획\n1. 장애인 인권 보장\n"
        "□ (보호 강화) 학대피해 장애인 쉼터 운영으로 피해장애인 보호 강화\n"
        "- 학대피해장애인 쉼터(1개소, 1.9억원), 피해장애아동 쉼터(2개소, 5.7억)\n"
        "□ (인권침해 예방) 장애인권익옹호기관 운영\n"
        "- 조사 및 사후지원(1개소, 4억원)\n"
    )
    report = parse_document(read_bytes(text.encode(), "plan.txt"), "plan")
    costs = {p.title: p.cost_krw for p in report.projects}
    assert costs["(보호 강화) 학대피해 장애인 쉼터 운영으로 피해장애인 보호 강화"] is None
    assert costs["조사 및 사후지원"] == 400_000_000  # one item, one cost: its own


@pytest.mark.parametrize(
    "text",
    [  # the steps of a change, a target, a bound: no cost (기획조정실 p18, p20, p31)
     "한도액: (’22년)559억원→ (’23년)683억원→ (’24년)798억원→ (’25년)1,289억원",
     "세입 목표액 책정 ‣ 5조 3,581억원",
     "심사기준금액 상향(시비 1억원 초과 → 3억원 이상)",
     "(현황) 연료비: 전기버스 (115천원)〈 수소 (129천원)〈 CNG (181천원)",
     # a change of a count and its cost (사회복지국 p30)
     "▹ ’24년 6개소(1.55억원, 540명) → ’25년 7개소(1.8억원, 600명)"],
)  # fmt: skip
def test_a_change_a_target_or_a_bound_is_no_cost(text: str) -> None:
    tail = read_tail(text, 2025)
    assert tail is None or tail.cost is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [("→ 국비 확보(10억원)", "10억원"), ("국정과제 3 > 세부과제 (10억원)", "10억원"),
     ("→(’25~’26)", None)],
)  # fmt: skip
def test_an_arrow_or_a_mark_with_no_amount_before_it_changes_nothing(
    text: str, raw: str | None
) -> None:
    tail = read_tail(text, 2025)
    assert tail is not None and (tail.cost.raw if tail.cost else None) == raw


def test_a_titles_quoted_name_is_no_comparison() -> None:
    tail = read_tail("우리말 통합 기반으로의 <우리말샘> 기능 강화(9.88억원)", 2022)
    assert tail is not None and tail.cost is not None and tail.cost.raw == "9.88억원"


@pytest.mark.parametrize(
    ("value", "raw"),
    [("전기버스 (115천원)〈 수소 (129천원)〈 CNG (181천원)", None),  # a comparison
     ("시비 1억원 초과", None), ("총사업비 10억원(국비 5, 시비 5)", "10억원"),
     ("목표 달성 지원 5억원", "5억원"), ("〈우리말샘〉 고도화 5억원", "5억원"),
     # a cap, and the bracket that details it; 최대 elsewhere in the clause is no cap
     ("최대 국비 6억 지원(지방비 0.5억 매칭 조건)", None),
     ("국내 최대 규모 전시장 건립, 총사업비 500억원", "500억원"),
     ("역대 최대 규모 1,200억원", "1,200억원"),
     ("5년간 최대 국비7.5억(국비:지방비 5:5 조건)", None),
     ("최대 국비 6억 지원(지방비 0.5억 매칭), 총 7억원", "총 7억원"),
     # 조 alone ends a word ("5:5 조건" is no 5조), a particle aside; an article of law
     # is no amount
     ("(국비:지방비 5:5 조건)", None), ("2.4조를 투입", "2.4조"),
     ("제37조에 따른 심사", None)],
)  # fmt: skip
def test_read_cost_passes_over_bounds_and_comparisons(value: str, raw: str | None) -> None:
    cost = read_cost(value)
    assert (cost.raw if cost else None) == raw


@pytest.mark.parametrize(
    ("text", "krw"),
    [  # one name beside the facts: who runs it, where, how it is chosen
     ("- 범시민 활동 전개 지원(동남권관문공항추진위원회, 2억원)", 200_000_000),
     ("- 신규취항 노선 운항보조금 지원(10억원, 공모)", 1_000_000_000),
     ("ㅇ (향후계획) 광역취수탑 건설(물금취수장, 290억원)", 29_000_000_000),
     # two names beside it: words, not facts
     ("- 노선 지원(부산시, 공모, 10억원)", None),
     # a word of what it is per, or that it is not so: no name
     ("ㅇ 지원 사업(개소당, 1억원)", None), ("- 노선 지원(10억원, 미반영)", None),
     # a name alone: no facts
     ("- 노선 지원(부산시, 공모)", None),
     # the cost first, then what it buys or counts (사회복지국 p24)
     ("- (장애인등록비용 지원) 진단서 발급비 및 심사비 지원(1억원, 연간 발급비 1,800여건, "
      "검사비 800여건 지원)", 100_000_000),
     ("- 노선 지원(10억원, 부산시, 공모)", 1_000_000_000),
     # ... a period first is none; nor one that is not so
     ("- 노선 지원(’25.3., 부산시, 공모)", None), ("- 노선 지원(10억원, 공모, 미반영)", None),
     # ... nor a rate a person gets, nor one amount of several (a share, a total after it)
     ("- 청년 교통비 지원(연 10만원, 19~24세)", None),
     ("- 공모사업 선정(국비 5억원, 시비 5억원)", None),
     ("- 사업(300억원, 총사업비 1,200억원)", None),
     # a name before the facts with no comma between (사회복지국 p24); not a goal, a
     # span or what it is per (대전교육청: "(월 12만원)", "(가구당 연 21만원)")
     ("- 자조모임 등(동·서부산권역 2개소 1.4억원)", 140_000_000),
     # (목표 before a count is the people to reach: the bracket is facts, its cost the
     # line's, 사회복지국 p19; before an amount it is a goal, no name nor fact)
     ("- 일자리 제공(목표 900명 / 23억원)", 2_300_000_000), ("- 투자 유치(목표 500억원)", None),
     ("- 투자 유치(목표 10건, 50억원)", None),
     # a line opening with its bracket of facts: what the money buys, counted (사회복지국
     # p17); not a share of who pays, a total over its shares, nor a goal (review)
     ("(55개소, 408억) 종사자 864명 인건비, 운영비 지원", 40_800_000_000),
     ("(국비 50억원) 확보 추진", None), ("(총사업비 1,000억원) 국비 500, 시비 500", None),
     ("(목표 10건, 50억원) 투자 유치", None),
     ("- 치료비 지원(월 12만원)", None),
     ("- 통신비 지원(가구당 연 21만원)", None),
     # a count "about" so many (여성가족국 p18); the amount after the word closing a list,
     # with no bracket (여성가족국 p31), not a count there
     ("- 0~2세 영유아 보육료 지원(30,000여명, 2,242억)", 224_200_000_000),
     ("ㅇ (노후 시설물 개선) 주차관제시스템 구축, 노후 시설물 정비 등 183백만원", 183_000_000),
     ("ㅇ 교육, 홍보 등 3회", None),
     ("ㅇ 재산세, 취득세 등 3,200억원", None),  # (no topic: what a total is made of)
     # a bracket of facts before a note set after an arrow (사회복지국 p27)
     ("ㅇ 나래버스 추가 도입 확대(2대, 1.5억원) ▹ ‘24.11월, 1대 추가도입", 150_000_000),
     ("ㅇ 나래버스 추가 도입(2대) ▹ ‘24.11월, 1대 추가도입", None),
     # ... but facts all after the arrow are the line's (the bracket before is last year's)
     ("ㅇ 청년센터 건립(2개소, 10억원) ▹’23.~’30., 총530억원", 53_000_000_000),
     ("ㅇ 전기버스 보급 확대(’24년 100대, 50억원) ▶ ’25년 150대, 75억원", 7_500_000_000)],
)  # fmt: skip
def test_a_tail_may_name_one_thing_beside_its_facts(text: str, krw: int | None) -> None:
    tail = read_tail(text, 2025)
    assert (tail.cost.krw if tail and tail.cost else None) == krw


@pytest.mark.parametrize(
    ("text", "title", "krw"),
    [  # a topic in brackets and its facts, a note after an arrow (사회복지국 p26, p27)
     ("ㅇ (기능보강) 1건, 0.5억원 ▹ 개보수 1건", "기능보강", 50_000_000),
     ("- (장애인목욕탕) 9개소 1.6억원▹최대 주5회(10시~17시) 무료 이용", "장애인목욕탕",
      160_000_000),
     ("(시설 확충) 3개소, ’25.3.~’26.2., 12억원", "시설 확충", 1_200_000_000),
     # ... not a label of the facts themselves, of who pays, of a total, a side of the
     # budget, a status, a record, a goal, or a word of a tail (기획조정실, 여성가족국)
     ("ㅇ (사 업 비) 1,048백만원(국 524, 시 376, 구·군 148)", None, None),
     ("(국비) 10억원", None, None), ("(시·구비) 3억원", None, None),
     ("(합 계) 120억원", None, None), ("(세출) 758억원", None, None),
     ("(일반회계) 500억원", None, None), ("(현황) 12억원", None, None),
     ("(추진실적) 5억원", None, None), ("(목 표 액) 65억원", None, None),
     ("(신규) 10억원", None, None), ("(운용규모) 1조 3,333억원", None, None),
     # ... nor a topic with more than facts after it
     ("(市추진) 33개 12조 3,326억원*, (구·군 추진) 21개 2,605억원", None, None),
     # ... nor an amount alone under a word: a budget's line (review: 상반기, 요구, 투자유치)
     ("- (상반기) 1,200억원", None, None), ("- (요구) 100억원", None, None),
     ("- (투자유치) 50억원", None, None)],
)  # fmt: skip
def test_a_topic_over_its_facts_is_the_title(text: str, title: str | None, krw: int | None) -> None:
    tail = read_tail(text.split(" ", 1)[1] if text[0] in "ㅇ-" else text, 2025)
    got = (tail.title, tail.cost.krw if tail.cost else None) if tail else (None, None)
    assert got == (title, krw)


def test_a_lists_items_are_named_with_the_topic_of_the_bullet_over_it() -> None:
    """사회복지국 p27: "ㅇ (장애인 보조기기) 보조기기 교부, 수리 지원" / "- 교부(44종 1.6억원)
    및 수리 지원(4개소 5.1억원)": the items are "(장애인 보조기기) 교부" and "… 수리 지원"
    ("교부" alone names nothing); an item's topic of its own stays, and a block's label
    ("(추진내용)") is no topic."""
    text = (
        "Ⅲ. 2025년 주요업무계획\n1. 장애인 편의 증진\n"
        "□ (장애인 보조기기) 장애인 보조기기 교부, 수리 지원 모니터링\n"
        "- 교부(44종 1.6억원) 및 수리 지원(4개소 5.1억원), 급속충전기 교체 등\n"
        "□ (체감 편의서비스) 편의서비스 지원\n"
        "- (수어통역센터) 수어통역(7개소, 18억원), 점자도서관(1개소, 2.4억원)\n"
        "□ (추진내용) 쉼터 운영 지원\n"
        "- 학대피해장애인 쉼터(1개소, 1.9억원), 피해장애아동 쉼터(2개소, 5.7억)\n"
    )
    report = parse_document(read_bytes(text.encode(), "plan.txt"), "plan")
    costs = {p.title: p.cost_krw for p in report.projects if p.cost_krw}
    assert costs == {
        "(장애인 보조기기) 교부": 160_000_000, "(장애인 보조기기) 수리 지원": 510_000_000,
        "(수어통역센터) 수어통역": 1_800_000_000, "(수어통역센터) 점자도서관": 240_000_000,
        "학대피해장애인 쉼터": 190_000_000, "피해장애아동 쉼터": 570_000_000,
    }  # fmt: skip


def test_a_tail_with_words_that_are_not_facts_is_not_a_tail() -> None:
    assert read_tail("(홍보 강화) 설명회 개최(연 2회)", 2025) is None
    tail = read_tail("홍보관 구축(’25.3.~’26.2., 15억원)", 2025)
    assert tail is not None and tail.cost is not None and tail.period is not None


@pytest.mark.parametrize(
    ("text", "start", "end", "task"),
    [
        ("’25. 6. : 착공", date(2025, 6, 1), date(2025, 6, 30), "착공"),
        ("‘25.下 준공 및 개관", date(2025, 7, 1), date(2025, 12, 31), "준공 및 개관"),
        ("(’25.上) 설계 완료", date(2025, 1, 1), date(2025, 6, 30), "설계 완료"),
        ("시범 운영(9~11월)", date(2025, 9, 1), date(2025, 11, 30), "시범 운영"),
        ("공사 착공 및 준공 : ’26. 3.~ ’27. 2.", date(2026, 3, 1), date(2027, 2, 28),
         "공사 착공 및 준공"),
        ("’26년도 운영계획 수립(10~11월)", date(2025, 10, 1), date(2025, 11, 30),
         "’26년도 운영계획 수립"),
        # how often, said after the period (a 여성가족국 plan, page 18)
        ("육아공감 토크방 진행(3월~11월 매주 수, 비대면)", date(2025, 3, 1), date(2025, 11, 30),
         "육아공감 토크방 진행"),
        ("찾아가는 상담(4월~10월 월 2회)", date(2025, 4, 1), date(2025, 10, 31), "찾아가는 상담"),
        # a bracket that ends the task stays (관광마이스국 p30, 환경물정책실 p44)
        ("’24. 12. : 유관기관 실무협의 (문체부, UN Tourism, TPO 등)", date(2024, 12, 1),
         date(2024, 12, 31), "유관기관 실무협의 (문체부, UN Tourism, TPO 등)"),
        ("(’25.下 : 착공)", date(2025, 7, 1), date(2025, 12, 31), "착공"),
        # a half in Hangul after the year's full stop (여성가족국 p40, 청년산학국 p38)
        ("‘25. 상. 지방재정 투자심사(행정안전부)", date(2025, 1, 1), date(2025, 6, 30),
         "지방재정 투자심사(행정안전부)"),
        ("’30. 하 : 기업 입주 및 운영", date(2030, 7, 1), date(2030, 12, 31), "기업 입주 및 운영"),
        ("’26.상(예정) : 착공", date(2026, 1, 1), date(2026, 6, 30), "착공"),
        # a month's step after a count is a step ("설명회 2회(3월)"); only a year is the
        # figure's own (test_a_date_that_says_which_dates_no_step)
        ("설명회 2회(3월)", date(2025, 3, 1), date(2025, 3, 31), "설명회 2회"),
        # a comma after the date is no part of the task (사회복지국 p27)
        ("‘24.11월, 1대 추가도입", date(2024, 11, 1), date(2024, 11, 30), "1대 추가도입"),
        # a word of what is done after the bracket (환경물정책실 p21, 여성가족국 p15)
        ("2050 APEC 기후심포지엄(’25.8.) 개최 등", date(2025, 8, 1), date(2025, 8, 31),
         "2050 APEC 기후심포지엄 개최"),
        ("여성폭력추방주간(11.25.~12.1.) 운영", date(2025, 11, 25), date(2025, 12, 1),
         "여성폭력추방주간 운영"),
        # a step done by a date, when it began not said (청년산학국 p39): dated by it
        ("~’24. 2월 : 1차년 사업추진", date(2024, 2, 1), date(2024, 2, 29), "1차년 사업추진"),
        ("~’25. 2. : 2차년도 사업추진", date(2025, 2, 1), date(2025, 2, 28), "2차년도 사업추진"),
        # a date's last dot set apart (청년산학국 p43, p45): the date's, not the task's
        ("’24 . 12 .~ : ‘24년 성과평가", date(2024, 12, 1), None, "‘24년 성과평가"),
        ("’25 . 3 . : 특별법 제정", date(2025, 3, 1), date(2025, 3, 31), "특별법 제정"),
        # a date set against its step's last word, as a superscript is drawn (환경물정책실
        # p41, p45), the line's date before a colon aside
        ("추진방식 결정‘25.3.", date(2025, 3, 1), date(2025, 3, 31), "추진방식 결정"),
        ("공사‘28.~’31.", date(2028, 1, 1), date(2031, 12, 31), "공사"),
        ("’26. ~ ’30. : 개발제한구역 해제’26.", date(2026, 1, 1), date(2026, 12, 31),
         "개발제한구역 해제"),
        # a step dated in the one bracket after its word of what is done, more words
        # after it (교통혁신국 p14, 환경물정책실 p23)
        ("차기 교통카드 사업자 선정(’25.8.) 후 도입 방안 협의", date(2025, 8, 1),
         date(2025, 8, 31), "차기 교통카드 사업자 선정"),
        ("취수지역과 협약 체결(‘25.12.) : 우선 공급에 협조하는 지역", date(2025, 12, 1),
         date(2025, 12, 31), "취수지역과 협약 체결"),
        # ... or a stop set twice (관광마이스국 p40 "’24.12.. : …")
        ("’24.12.. : 중간평가", date(2024, 12, 1), date(2024, 12, 31), "중간평가"),
    ],
)  # fmt: skip
def test_dated_clauses(text: str, start: date, end: date | None, task: str) -> None:
    read = read_clause(text, 2025)
    assert read is not None
    span, got, _ = read
    assert (span.start, span.end, got) == (start, end, task)


def test_a_part_of_the_year_with_its_days_and_a_second_period() -> None:
    """ "운영 : 상반기(4.1.~6.30.), 하반기(9.1.~12.31.)" (기획조정실 p32): the days in
    brackets are the dates, and the second period is the same task's."""
    report = convert_text(
        [
            "Ⅲ. 2025년 주요업무계획",
            "1 세외수입 체납액 정리",
            "□ 체납액 일제정리",
            "- 체납액 일제정리기간 운영 : 상반기(4.1.~6.30.), 하반기(9.1.~12.31.)",
        ]
    )
    assert [(s.task, s.start, s.end) for s in report.schedules] == [
        ("체납액 일제정리기간 운영", date(2025, 4, 1), date(2025, 6, 30)),
        ("체납액 일제정리기간 운영", date(2025, 9, 1), date(2025, 12, 31)),
    ]


@pytest.mark.parametrize(
    ("text", "task"),
    [("’25. 3월에 착공", "착공"), ("’25. 12월까지 준공", "준공"),
     ("’24. 7월부터 확대 시행", "확대 시행")],
)  # fmt: skip
def test_a_particle_after_the_date_is_no_part_of_the_step(text: str, task: str) -> None:
    read = read_clause(text, 2025)
    assert read is not None and read[1] == task


def test_a_date_that_says_which_dates_no_step() -> None:
    assert read_clause("’25년의 목표 달성", 2025) is None
    # the year of a figure (a target), not of a step (여성가족국 p25, 교통혁신국 p18)
    assert read_clause("설치 목표 : 75개소(‘25년)", 2025) is None
    assert read_clause("(예외노선 해소) 14개(‘24.1.)", 2025) is None
    # a bracket's period of a name, the words after it no word of what is done
    assert read_clause("제4차(’27.~’31.) 적응대책 수립", 2025) is None
    assert read_clause("제4차 국가계획(’26~’30) 발표", 2025) is None  # (review R11)
    # the one bracket mid-line after no word of what is done, or years that name a plan
    assert read_clause("다자녀가정의 날(11.1.) 연계 유공자 시상 등", 2025) is None
    assert read_clause("진흥계획(‘25.~‘29.) 수립 착수", 2025) is None
    # a figure after the year a label's colon gives (환경물정책실 p19, 기획조정실 p10)
    assert read_clause("※ 배출량: ’18년 16,628천톤CO2 ⇨ ’21년 14,972천톤CO2", 2025) is None
    assert read_clause("관리채무비율(본예산): ’23년 12.5%", 2025) is None
    assert read_clause("기본계획 수립 : ’25년", 2025) is not None  # (a step of that year)


@pytest.mark.parametrize(
    ("text", "raw", "start", "end"),
    [
        ("정기회의 개최 : 매월", "매월", date(2025, 1, 1), date(2025, 12, 31)),
        ("현장 점검 : 분기 1회", "분기 1회", date(2025, 1, 1), date(2025, 12, 31)),
        ("우수사례 시상 : 매년 12월", "매년 12월", date(2025, 12, 1), date(2025, 12, 31)),
    ],
)
def test_how_often_dates_a_planned_step_only(text: str, raw: str, start: date, end: date) -> None:
    """In a block of plans, "task : 매월" runs through the plan's year; elsewhere "점검주기 :
    분기별" states a fact, no step."""
    read = read_clause(text, 2025, in_plan=True)
    assert read is not None and (read[0].start, read[0].end, read[1], read[2]) == (
        start, end, text.split(" : ")[0], raw,
    )  # fmt: skip
    if raw.startswith(("매월", "분기")):
        assert read_clause(text, 2025) is None


@pytest.mark.parametrize("often", ["매주 수", "월 2회", "연 2회", "분기 1회", "매월 1회"])
def test_a_period_in_brackets_keeps_its_months_past_how_often(often: str) -> None:
    read = read_clause(f"현장점검(3월~11월 {often})", 2025)
    assert read is not None and (read[0].start, read[0].end, read[1]) == (
        date(2025, 3, 1), date(2025, 11, 30), "현장점검",
    )  # fmt: skip


def test_undated_clauses_join_the_next() -> None:
    assert clauses("홍보 부스, 체험 행사 운영(5월), 평가(12월)") == [
        "홍보 부스, 체험 행사 운영(5월)",
        "평가(12월)",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "date : task, task": every task after the colon is the date's (관광마이스국 p30, p34)
        ("’25. 1. : 기본계획 수립, 행사 운영 전담조직 구성",
         ["’25. 1. : 기본계획 수립, 행사 운영 전담조직 구성"]),
        ("’25. 2.~6. : 입찰안내서 심의, 공사 발주 및 사전심사(PQ)",
         ["’25. 2.~6. : 입찰안내서 심의, 공사 발주 및 사전심사(PQ)"]),
        # a note with a date and a task of its own is a clause of its own
        ("’25.12. : 공사 착공 * ’28.12. : 공사 준공 예정",
         ["’25.12. : 공사 착공", "’28.12. : 공사 준공 예정"]),
        # a note that only dates a figure is not ("*‘24.12월말 기준", 기획조정실 p41)
        ("일반재산 3,113필지 *‘24.12월말 기준", ["일반재산 3,113필지 *‘24.12월말 기준"]),
        # an item closed by a bracket that holds no date is its own, undated
        ("도모헌 운영(봄·가을), 미식포럼 개최(10월)", ["미식포럼 개최(10월)"]),
        # an arrow inside brackets says who to whom (신공항추진본부 p20)
        ("서비스 도입 건의(’25.1.16, 시→국토부), 추진체계 지원",
         ["서비스 도입 건의(’25.1.16, 시→국토부)"]),
        # an undated item between arrows does not spoil the dated step after it
        ("’25. 1. : 계획 수립 → 조직 구성 → ’25. 3. : 착수",
         ["’25. 1. : 계획 수립", "’25. 3. : 착수"]),
        # an item after an arrow is a step of its own, not the colon's task
        ("’25. 1. : 기본계획 수립 → 전담조직 구성", ["’25. 1. : 기본계획 수립"]),
        # a bracket nothing closes does not hold the arrows after it
        ("사업 설명회(1월 → 공모(3월) → 선정(5월)", ["사업 설명회(1월", "공모(3월)", "선정(5월)"]),
        # no colon: the items after one dated at its end are not its tasks (청년산학국 p28)
        ("’25년 수요조사 실시(3월중), 기업설명회(10회), 취업박람회(2회)",
         ["’25년 수요조사 실시(3월중)"]),
        # a line that opens with its date dates all it lists, with no colon too (신공항추진본부
        # p14, 교통혁신국 p15); a later item with a date of its own is its own
        ("ˊ25.上 보상금 지급, 어업손실보상 약정 체결, 용역 완료 및 보고서 제출(市→시행자)",
         ["ˊ25.上 보상금 지급, 어업손실보상 약정 체결, 용역 완료 및 보고서 제출(市→시행자)"]),
        ("‘25.上 운영계획 수립, 공모를 통한 사업자 선정",
         ["‘25.上 운영계획 수립, 공모를 통한 사업자 선정"]),
        ("’25. 3. 착공, 12월 준공", ["’25. 3. 착공", "12월 준공"]),
        # a bracket of figures is no list of months
        ("’25. 1. : 계획 수립, 위원 위촉(1, 2), 회의 개최",
         ["’25. 1. : 계획 수립, 위원 위촉(1, 2), 회의 개최"]),
        # a slash set apart parts two items, each with the place it is for after ‣
        # (환경물정책실 p27); one in a word does not ("국비/시비")
        ("실시설계 용역완료(’25.11.~12.) ‣ 해운대(춘천, 센텀) / 용역착수(’25.5.~6.) ‣ 중구",
         ["실시설계 용역완료(’25.11.~12.)", "용역착수(’25.5.~6.)"]),
        ("국비/시비 확보(’25.3.)", ["국비/시비 확보(’25.3.)"]),
        ("국비 / 시비 확보(’25.3.)", ["국비 / 시비 확보(’25.3.)"]),
        ("배수지 증설 공사 ’25. 3 / 4분기 준공", ["배수지 증설 공사 ’25. 3 / 4분기 준공"]),
        # each step after an arrow that opens with its date dates all it lists
        # (환경물정책실 p24)
        ("(1~2월) 계획 수립 → (3~10월) 계약 의뢰, 용역 추진 → (11월~) 최종보고회, 환경부 승인",
         ["(1~2월) 계획 수립", "(3~10월) 계약 의뢰, 용역 추진", "(11월~) 최종보고회, 환경부 승인"]),
        # two steps each dated with its year, joined by 및 (환경물정책실 p30, p31); days
        # with no year refine the line's date (신공항추진본부 p10)
        ("반입기준 마련(’25.2.) 및 규정 고시 제정(’25.10.)",
         ["반입기준 마련(’25.2.)", "규정 고시 제정(’25.10.)"]),
        ("’24. 7.~ 8. : 중간보고회 개최(7.4.) 및 주민설명회 개최(8.14.)",
         ["’24. 7.~ 8. : 중간보고회 개최(7.4.) 및 주민설명회 개최(8.14.)"]),
    ],
)  # fmt: skip
def test_clauses_of_a_line(text: str, want: list[str]) -> None:
    assert clauses(text) == want


# --- patterns linear on long runs ---------------------------------------------------------

_OLD_NUM = r"\d[\d,]*(?:\.\d+)?"
_OLD_UNIT = (
    r"(?:조\s*(?:" + _OLD_NUM + r"\s*억\s*)?원?|억\s*원?|천만\s*원|백만\s*원|만\s*원|천\s*원|원)"
)
# fmt: off
_COSTS = [
    "총 13억원(시비 9.5억원, 기타 3.5억원)", "7개소 324.76억(국 100,시 50,구 174.76)",
    "연 2회", "108억원(공사비 105, 설계비 3)", "640억원(전액시비)", "1조 2,000억원",
    "총액 5,300백만원", "약 1.5조원", "2.4조원(도로 1.1조, 철도 1.3조)", "3천만 원",
    "8억원(’24년 3억원, ’25년 5억원)", "’25.3.~’26.2., 15억원", "총530억원", "12 억 원 ",
    "1.5.3억원", "사업비 500만원 / 1,200명", "2조 원", "연 2,000천원",
]
_SHARES = [
    "국비 18", "시비 9.5억원", "민자 11", "전액시비", "공사비 105", "국 100", "구 174.76",
    "시비 50%", "기타 3.5억원", "국비 : 12억", "’24년 3억원", " 국비", "도비 1조 2,000억원",
    "국비 18 ", "시비 6억 원", "국비18억", "△ 5", "국비 1,200백만원", "기금 3조", " 18",
]
_FIGURES = [
    "13억원", "324.76억", "1조2,000억원", "5,300백만원", "3천만원", "9.5억원", "18", "174.76",
    "1.5조", "12 억 원", "100 원 ", "2조원\n", "", "원", "천원", "억 ",
]
#: (module, pattern, its source before it was made linear, real texts)
FORMER = [
    (plan, "TRAILING_PAREN", r"\s*[(（][^()（）]*[)）]\s*$", [
        "국어 정보자원 확대 구축 및 활용성 제고(57억원)", "해외 단독 로드쇼 (3회)",
        "야간관광 프로그램 운영(7~10월) ", "캠퍼스 혁신파크 조성(부경대 용당캠퍼스)▹’23.~’30.",
        "(현지 밀착 마케팅) 해외 단독 로드쇼(3회)", "항만 배후도시 개발  （’22.~’30.）",
        "추모공원 봉안당 증축 사업(’21.~’25.)\n", "설명회 개최(연 (2)회)", "물류단지 기반 확충",
    ]),
    (project_facts, "_HALF", r"([’'‘]\s*\d{2}|\d{4})\s*[.년]?\s*([上下])", [
        "‘25.下 준공 및 개관", "(’25.上) 설계 완료", "2025년 上", "’25 . 下", "’25上~’26.下",
        "' 24.上", "2025 년下", "12025.上", "’25.. 上", "’2025.下",
    ]),
    (cost_words, "MONEY",
     r"(?P<lead>(?:총|약|연|총액)\s*)?(?P<fig>" + _OLD_NUM + r"\s*" + _OLD_UNIT + ")", _COSTS),
    (cost_words, "_UNIT_OF", r"(조|억|천만|백만|만|천)?\s*원?\s*$", _FIGURES),
    (cost_words, "_PART",
     r"^(?P<src>[^\d△]+?)\s*(?P<amt>" + _OLD_NUM + r"\s*(?:%|" + _OLD_UNIT + r")?)?\s*$",
     _SHARES),
    (project_facts, "_LABEL_SPLIT", r"\s*(?:/|및|·|,)\s*", [
        "사업기간/사업비", "기간 및 예산", "규모/기간", "위치·규모", "사업기간 , 사업비",
        "사 업 비", "기간 / / 예산", "일자/장소", " / 기간", "기간 /",
    ]),
    (tails, "_COUNT",
     r"\d[\d,.]*\s*(?:(?:천|만)\s*)?(?:"
     + "|".join(re.escape(u) for u in tails.FACT_COUNT_UNITS) + ")", [
        "7개소  ", " 연 2회", "교육 2회, 1,200명", "총 연장 3.5km", "12개월", "3년간",
        "선박 2척", "120㎡", ".5명", "’25. 10곳", "1.2.3개", "2025년", "5 건 / 3대",
        "(33천명, 545억원)", "19천 세대",
    ]),
    (clause_grammar, "_CLAUSE_SEPS", r"\s*(?:→|⇒|➜|➡|▸|▹|‣)\s*", [
        "계획 수립(1월) → 공모(3월) → 선정(5월)", "설계(’25.3.)⇒착공(’25.9.)",
        "용역 발주 ▸ 착수", "시범 운영 ➜ ➜ 확대", "입지 선정(2월), 리모델링 공사(4~8월)",
        "→ 준공(12월)", "‣평가 ",
    ]),
]
# fmt: on


@pytest.mark.parametrize(
    ("module", "name", "old", "text"),
    [(m, name, old, text) for m, name, old, texts in FORMER for text in texts],
    ids=[f"{name}-{i}" for _, name, _, texts in FORMER for i in range(len(texts))],
)
def test_patterns_match_as_before_they_were_linear(
    module: object, name: str, old: str, text: str
) -> None:
    """A match starts only where a run starts, and quantifiers that could never give back a
    useful character are possessive: the same matches, groups, subs and splits as before."""
    assert_same_matches(old, getattr(module, name), text)


# --- schedule tables ----------------------------------------------------------------------


def _quarter_table() -> bytes:
    rows = [
        cell(0, 0, p("이행 과제")),
        cell(0, 1, p("1/4분기")),
        cell(0, 2, p("2/4분기")),
        cell(1, 0, p("공공 데이터 개방 확대")),
        cell(1, 1, p("ㅇ기본계획 수립(1월) ㅇ수요 조사")),
        cell(1, 2, p("ㅇ개방 데이터 공개(5월)")),
        cell(2, 0, p("지역 인재 양성 지원")),
        cell(2, 1, p("ㅇ협약 체결(2월)")),
        cell(2, 2, p("ㅇ현장 실습(4~6월)")),
    ]
    return hwpx(
        sec(
            p("Ⅲ. 2024년 주요업무 추진계획"),
            p("1. 공공 데이터 개방 확대"),
            p("□ 개방 플랫폼 운영"),
            p("2. 지역 인재 양성 지원"),
            p("□ 대학 협력"),
            p("붙임 과제별 추진일정"),
            p(tbl(3, 3, rows)),
        )
    )


def test_a_table_of_quarters_gives_each_projects_dated_tasks() -> None:
    report = check(parse_document(read_bytes(_quarter_table(), "plan.hwpx"), "plan"))
    got = schedule_keys(report)
    assert ("1", "기본계획 수립", date(2024, 1, 1), date(2024, 1, 31)) in got
    assert ("1", "수요 조사", date(2024, 1, 1), date(2024, 3, 31)) in got  # its column's
    assert ("2", "현장 실습", date(2024, 4, 1), date(2024, 6, 30)) in got


def test_a_table_of_quarters_reads_each_step_of_a_cell_once() -> None:
    """nikl p31-32: a cell names steps dated each in its bracket, sharing what follows
    the last ("제3회(7월), 제4회(9월) 원내 토론회 개최"); a Latin "o" set alone is a bullet;
    a step of the whole year written in each quarter it runs through is one step."""
    rows = [
        cell(0, 0, p("이행 과제")), cell(0, 1, p("1/4분기")), cell(0, 2, p("2/4분기")),
        cell(1, 0, p("공공 데이터 개방 확대")),
        cell(1, 1, p("ㅇ제3회(1월), 제4회(3월) 원내 토론회 개최"), p("ㅇ자료 정비(연중)")),
        cell(1, 2, p("ㅇ심사 결과 발표(4월) o 말뭉치 배포(5월)"), p("ㅇ자료 정비(연중)")),
    ]  # fmt: skip
    data = hwpx(sec(p("Ⅲ. 2024년 주요업무 추진계획"), p("1. 공공 데이터 개방 확대"),
                    p("□ 개방 플랫폼 운영"), p("붙임 과제별 추진일정"), p(tbl(2, 3, rows))))
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    got = [(s.task, s.start, s.end) for s in report.schedules]
    assert got == [
        ("제3회 원내 토론회 개최", date(2024, 1, 1), date(2024, 1, 31)),
        ("제4회 원내 토론회 개최", date(2024, 3, 1), date(2024, 3, 31)),
        ("자료 정비", date(2024, 1, 1), date(2024, 12, 31)),
        ("심사 결과 발표", date(2024, 4, 1), date(2024, 4, 30)),
        ("말뭉치 배포", date(2024, 5, 1), date(2024, 5, 31)),
    ]


def plan_report(*paragraphs: str) -> Report:
    """The checked report of an HWPX plan: "Ⅲ. 2025년 주요업무계획", then ``paragraphs``."""
    data = hwpx(sec(p("Ⅲ. 2025년 주요업무계획"), *paragraphs))
    return check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))


def schedule_keys(report: Report) -> set[tuple[str, str, date | None, date | None]]:
    return {(s.project_id, s.task, s.start, s.end) for s in report.schedules}


def test_a_table_of_month_marks() -> None:
    header = [cell(0, 0, p("세부 과제"))] + [cell(0, k, p(f"{k}월")) for k in range(1, 7)]
    marks = [cell(1, 0, p("현장 점검"))] + [
        cell(1, k, p("●" if 2 <= k <= 4 else "")) for k in range(1, 7)
    ]
    report = plan_report(
        p("1. 안전 점검 강화"),
        p("□ 점검 일정"),
        p(tbl(2, 7, header + marks)),
    )
    got = schedule_keys(report)
    assert ("1", "현장 점검", date(2025, 2, 1), date(2025, 4, 30)) in got


def test_months_marked_apart_are_steps_apart() -> None:
    """"● ● ●" in 3~5월 and again in 9~11월 is two steps (it had been one, March to
    November); a bar drawn over 6~8월 in one cell is one step over its months."""
    header = [cell(0, 0, p("세부 과제"))] + [cell(0, k, p(f"{k}월")) for k in range(1, 13)]
    fair = [cell(1, 0, p("박람회 참가"))] + [
        cell(1, k, p("●" if k in (3, 4, 5, 9, 10, 11) else "")) for k in range(1, 13)
    ]
    bar = [cell(2, 0, p("현장 점검"))] + [cell(2, k, p("")) for k in (*range(1, 6), 9, 10, 11, 12)]
    bar.append(cell(2, 6, p("━"), cs=3))
    report = plan_report(p("1. 관광 마케팅"), p("□ 추진일정"), p(tbl(3, 13, header + fair + bar)))
    got = sorted((s.task, s.start, s.end) for s in report.schedules)
    assert got == [
        ("박람회 참가", date(2025, 3, 1), date(2025, 5, 31)),
        ("박람회 참가", date(2025, 9, 1), date(2025, 11, 30)),
        ("현장 점검", date(2025, 6, 1), date(2025, 8, 31)),
    ]


def test_a_table_of_quarters_whose_rows_are_all_words() -> None:
    """A table of quarters whose body rows hold only words ("매칭·채용 | 참여기업 모집 |
    상반기 채용박람회 개최 | …"): each row's cells are steps in their quarters (the rows had
    been taken for more header rows, and their steps lost); a half that names the step
    under 2분기 is the quarter's; "-" no step."""
    quarters = ["구 분", "1분기", "2분기", "3분기", "4분기"]
    rows = [
        ["매칭·채용", "참여기업 모집", "상반기 채용박람회 개최", "인턴 채용 지원", "-"],
        ["직무교육", "교육과정 설계", "1기 직무교육", "2기 직무교육", "취업 연계"],
    ]
    cells = [cell(r, c, p(t)) for r, row in enumerate([quarters, *rows]) for c, t in enumerate(row)]
    report = plan_report(p("1. 청년 일자리 지원"), p("□ 추진일정"), p(tbl(3, 5, cells)))
    got = sorted((s.task, s.start, s.end) for s in report.schedules)
    assert ("상반기 채용박람회 개최", date(2025, 4, 1), date(2025, 6, 30)) in got
    assert ("교육과정 설계", date(2025, 1, 1), date(2025, 3, 31)) in got
    assert len(got) == 7 and "-" not in {t for t, _, _ in got}


def test_a_plan_by_stages_in_columns_of_years() -> None:
    """"구 분 | 2025 | 2026 | 2027" over "추진내용 | 설계 및 보상 착수 | …" and "사업비 |
    120억원 | …": each stage a step of its year (no step had been read); the amounts and a
    row of targets by year ("초3~고3") none."""
    years = ["구 분", "2025", "2026", "2027"]
    rows = [years, ["추진내용", "설계 및 보상 착수", "건축공사", "준공 및 운영"],
            ["사업비", "120억원", "480억원", "350억원"], ["대상", "초3~고3", "초2~고3", "-"]]
    cells = [cell(r, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)]
    report = plan_report(p("1. 혁신지구 조성"), p("□ 단계별 추진계획"), p(tbl(4, 4, cells)))
    got = [(s.task, s.start, s.end) for s in report.schedules]
    assert got == [
        ("설계 및 보상 착수", date(2025, 1, 1), date(2025, 12, 31)),
        ("건축공사", date(2026, 1, 1), date(2026, 12, 31)),
        ("준공 및 운영", date(2027, 1, 1), date(2027, 12, 31)),
    ]


def test_a_strategys_tasks_after_the_last_task_of_the_one_before() -> None:
    """The next strategy's title is a picture: its tasks follow the last task's text."""
    report = convert_text(
        [
            "Ⅲ. 2025년 주요업무계획",
            "1 청년 일자리 연계",
            "• 취업 상담 확대",
            "2 청년 주거 안정",
            "• 월세 지원",
            "1 대학 혁신 지원",
            "• 지역 대학 협력",
        ]
    )
    assert [(x.project_id, x.title) for x in report.projects] == [
        ("1-1", "청년 일자리 연계"),
        ("1-2", "청년 주거 안정"),
        ("2-1", "대학 혁신 지원"),
    ]


def test_a_project_set_out_in_a_table_cell() -> None:
    """공모사업 appendices: a cell of labelled lines with a project name is a project."""
    content = p("w 사 업 명 : 스마트 정류장 구축")
    lines = [
        content,
        p("w 사업기간 : 2025. 3월 ~ 2025. 11월"),
        p("w 총사업비 : 12억원(국비 6, 시비 6)"),
        p("w 추진상황 및 향후계획 : ㅇ ’25. 3. : 사업 착수 ㅇ ’25.11. : 준공"),
    ]
    rows = [
        cell(0, 0, p("연번")),
        cell(0, 1, p("사업내용")),
        cell(0, 2, p("주관부처")),
        cell(1, 0, p("1")),
        cell(1, 1, *lines),
        cell(1, 2, p("국토교통부")),
    ]
    report = plan_report(
        p("1. 교통 혁신"),
        p("□ 정류장 개선"),
        p("붙임 공모사업 추진상황"),
        p(tbl(2, 3, rows)),
    )
    proj = by_title(report, "스마트 정류장")
    assert (proj.project_id, proj.period_start, proj.period_end, proj.cost_krw) == (
        "붙임-1-1", date(2025, 3, 1), date(2025, 11, 30), 1_200_000_000,
    )  # fmt: skip
    steps = [(s.task, s.start) for s in report.schedules if s.project_id == proj.project_id]
    assert steps == [("사업 착수", date(2025, 3, 1)), ("준공", date(2025, 11, 1))]
    funding = [(f.source, f.amount_krw) for f in report.project_funding]
    assert funding == [("국비", 600_000_000), ("시비", 600_000_000)]


@pytest.mark.parametrize(
    ("label", "cost"),
    [  # a scale stated as an amount is the cost (청년산학국 p46 2025년 공모 계획)
     ("사업규모 : 238억(국비198, 시비20, 기타20) / 2개 과제", 23_800_000_000),
     ("소요예산 : 2.4억원(시비)", 240_000_000),
     # a scale of no amount is a field
     ("사업규모 : 미정", None), ("사업규모 : 청년 20명", None)],
)  # fmt: skip
def test_a_cells_scale_stated_as_an_amount_is_its_cost(label: str, cost: int | None) -> None:
    report = cell_plan("1. 청년 지원", "1", [p("• 사 업 명 : 선도연구센터"), p(label)])
    assert by_title(report, "선도연구센터").cost_krw == cost


def cell_plan(theme: str, number: str, lines: list[str]) -> Report:
    """A plan whose 붙임 is one 공모사업 table: row ``number`` with a cell of ``lines``."""
    rows = [cell(0, 0, p("연번")), cell(0, 1, p("사업내용")), cell(1, 0, p(number)),
            cell(1, 1, *lines)]  # fmt: skip
    return plan_report(p(theme), p("붙임 공모사업 추진상황"), p(tbl(2, 2, rows)))


@pytest.mark.parametrize(
    ("label", "after"),
    [
        ("• 총사업비 : □ 연도별 예산 및 집행 현황", None),
        # the label set beside the table, its line read after the table's (여성가족국 p44)
        ("□ 연도별 예산 및 집행 현황", "• 총사업비 :"),
        ("□ 연도별 예산 및 집행 현황", "• 총사업비(백만원) :"),
        ("□ 연도별 예산 및 집행 현황", "• 소요예산 :"),
    ],
)
def test_a_cells_cost_and_funding_from_its_table_of_years(label: str, after: str | None) -> None:
    """"총사업비 : □ 연도별 예산 및 집행 현황" over a table of years: the 계 row's 총사업비 is
    the cost, the source rows under it pay it ("-" pays nothing; 사회복지국 p45)."""
    years = tbl(4, 2, [
        cell(0, 0, p("구 분")), cell(0, 1, p("총사업비")),
        cell(1, 0, p("계")), cell(1, 1, p("80")),
        cell(2, 0, p("국 비")), cell(2, 1, p("40")),
        cell(3, 0, p("기 타")), cell(3, 1, p("40")),
    ])  # fmt: skip
    lines = [
        p("• 사 업 명 : 지역사회 돌봄 시범사업"),
        p(label),
        p("(단위: 백만원)"),
        p(years),
        *([p(after)] if after else []),
    ]
    report = cell_plan("1. 돌봄 강화", "1", lines)
    proj = by_title(report, "지역사회 돌봄")
    assert proj.cost_krw == 80_000_000
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding == [(proj.project_id, "국비", 40_000_000), (proj.project_id, "기타", 40_000_000)]


def test_a_cells_steps_beside_their_wrapped_label() -> None:
    """The label wraps in a column of its own and its colon comes on the second line, so
    the first step stands beside "추진상황" (청년산학국 p37, 사회복지국 p45)."""
    lines = [
        p("• 사 업 명 : 글로컬대학 육성 지원"),
        p("• 추진상황 ㅇ ’23. 4. : 정부 글로컬대학30 공모"),
        p("및 향후계획 : ㅇ ’23. 6. : 예비지정 선정"),
        p("ㅇ ’23. 11. : 최종 선정"),
    ]
    report = cell_plan("1. 대학 혁신", "3", lines)
    proj = by_title(report, "글로컬대학")
    # (steps of 2023 in a plan for a later year: done, progress)
    steps = [(s.task, s.start) for s in report.progress if s.project_id == proj.project_id]
    assert not [s for s in report.schedules if s.project_id == proj.project_id]
    assert steps == [
        ("정부 글로컬대학30 공모", date(2023, 4, 1)),
        ("예비지정 선정", date(2023, 6, 1)),
        ("최종 선정", date(2023, 11, 1)),
    ]


@pytest.mark.parametrize(
    "pieces",
    [["• 추진상황", "및", "향후계획 :"], ["• 추진상황 및", "향후계획 :"]],
)
def test_a_cells_steps_among_the_pieces_of_their_centred_label(pieces: list[str]) -> None:
    """The label is centred on its steps and broken over lines among them: "• 추진상황" /
    "ㅇ ‘25. 1. ~ 2. : …" / "및" / … / "향후계획 :", a step before its first piece too
    (여성가족국 p44); "• 공모기간 : 2024.11월" dates the step 공모."""
    steps = ["ㅇ ’24.11.~12. : 공모 신청 및 선정", "ㅇ ‘25. 1. ~ 2. : 심의위원회 심의",
             "ㅇ ‘25. 3. ~ : 보조금 교부 및 사업 추진", "ㅇ ’25.12. : 성과공유회"]  # fmt: skip
    body = [steps[0], pieces[0], steps[1], *pieces[1:-1], steps[2], pieces[-1], steps[3]]
    lines = [p("• 사 업 명 : 폭력피해자 통합지원사업"), p("• 공모기간 : 2024.11월"),
             p("• 사업내용 : 원스톱 지원 및 통합사례관리"), *map(p, body)]  # fmt: skip
    report = cell_plan("1. 폭력 피해자 보호", "1", lines)
    # (the steps of 2024 were done before the plan's year, 2025: progress)
    got = [(s.task, s.start, s.end) for s in [*report.progress, *report.schedules]]
    assert got == [
        ("공모", date(2024, 11, 1), date(2024, 11, 30)),
        ("공모 신청 및 선정", date(2024, 11, 1), date(2024, 12, 31)),
        ("심의위원회 심의", date(2025, 1, 1), date(2025, 2, 28)),
        ("보조금 교부 및 사업 추진", date(2025, 3, 1), None),
        ("성과공유회", date(2025, 12, 1), date(2025, 12, 31)),
    ]


def programme(no: str, name: str, cost: str) -> list[str]:
    return [f"{no}. {name}", "□ 사업개요", "ㅇ (사업목적) 돌봄 기능 보완", f"ㅇ (사 업 비) {cost}",
            "□ 2024년 주요성과", "ㅇ (운영지원) 운영비 지원(209개소, 23,151백만원)",
            "ㅇ (신규개소) 1개소 추가설치(’24. 8월)",
            "□ 2025년 추진계획", "ㅇ 월별 보조금 교부(211개소, 24,937백만원)",
            "ㅇ 추가 개소 추진(’25년 상)"]  # fmt: skip


def test_a_chapter_no_title_names_that_sets_out_projects() -> None:
    """"Ⅴ 마을돌봄사업 추진상황" names no role, but each of its items opens with an overview
    that states a cost (여성가족국 pp.33-36): its items are projects, numbered under its
    numeral; what a block of last year's results (주요성과) states is no project's, nor a
    schedule."""
    report = convert_text([
        "Ⅰ. 2025년 주요업무계획", "1. 양성평등 확산", "ㅇ 성평등 교육(10억원)",
        "Ⅴ. 마을돌봄사업 추진상황",
        *programme("1", "공동육아 나눔터", "1,048백만원(국 524, 시 376, 구·군 148)"),
        *programme("2", "지역아동센터", "35,325백만원(국 14,349, 시 10,588, 구군 10,388)"),
    ])  # fmt: skip
    got = [(p.project_id, p.title, p.cost_krw) for p in report.projects if p.project_id[0] == "Ⅴ"]
    assert got == [
        ("Ⅴ-1", "공동육아 나눔터", 1_048_000_000),
        ("Ⅴ-1-1", "월별 보조금 교부", 24_937_000_000),
        ("Ⅴ-2", "지역아동센터", 35_325_000_000),
        ("Ⅴ-2-1", "월별 보조금 교부", 24_937_000_000),
    ]
    steps = {(s.project_id, s.raw) for s in report.schedules if s.project_id[0] == "Ⅴ"}
    assert steps == {("Ⅴ-1", "’25년 상"), ("Ⅴ-2", "’25년 상")}
    funding = [(f.project_id, f.source) for f in report.project_funding if f.project_id == "Ⅴ-2"]
    assert funding == [("Ⅴ-2", "국비"), ("Ⅴ-2", "시비"), ("Ⅴ-2", "구군비")]


def test_a_chapter_no_title_names_whose_items_state_no_cost_sets_out_none() -> None:
    report = convert_text([
        "Ⅰ. 2025년 주요업무계획", "1. 양성평등 확산", "ㅇ 성평등 교육(10억원)",
        "Ⅴ. 참고자료", "1. 돌봄 현황", "□ 사업개요", "ㅇ (사업목적) 돌봄 기능 보완",
        "ㅇ (운영현황) 68개소",
    ])  # fmt: skip
    assert [p.project_id for p in report.projects if p.project_id[0] == "Ⅴ"] == []


def test_a_cells_label_piece_that_never_closes_is_no_label() -> None:
    """"추진상황" alone over dated lines with no piece ending in a colon: no steps read from
    lines that no label names (the pieces must close)."""
    lines = [p("• 사 업 명 : 돌봄 시범사업"), p("ㅇ ’24.11. : 공모 신청"), p("• 추진상황"),
             p("ㅇ ’25. 1. : 심의")]  # fmt: skip
    assert cell_plan("1. 돌봄", "1", lines).schedules == []
    # ... nor does the next label close it ("• 담당부서 :", review)
    lines = [p("• 사 업 명 : 돌봄 시범사업"), p("ㅇ ’24.11. : 공모 신청"), p("• 추진상황"),
             p("ㅇ ’25. 1. : 심의"), p("• 담당부서 :"), p("여성정책과")]  # fmt: skip
    assert all("여성정책과" not in s.task for s in cell_plan("1. 돌봄", "1", lines).schedules)


def test_two_steps_on_one_line_of_a_cells_steps() -> None:
    """A line of two steps whose first holds 계획 is no label beside its first step."""
    lines = [
        p("• 사 업 명 : 생활권 정비사업"),
        p("• 추진일정 : ㅇ ’25. 1. : 공모 신청"),
        p("ㅇ ’25. 3. : 실행계획 수립 ㅇ ’25. 5. : 협약 체결"),
    ]
    report = cell_plan("1. 생활권 정비", "1", lines)
    assert [s.task for s in report.schedules] == ["공모 신청", "실행계획 수립", "협약 체결"]


def test_a_table_of_dated_tasks_inside_a_project() -> None:
    header = [cell(0, 0, p("행사명")), cell(0, 1, p("기 간")), cell(0, 2, p("장 소"))]
    rows = [
        cell(1, 0, p("청년 주간 행사")),
        cell(1, 1, p("9.15.~9.19.")),
        cell(1, 2, p("시민공원")),
        cell(2, 0, p("창업 경진대회")),
        cell(2, 1, p("11월중")),
        cell(2, 2, p("미정")),
    ]
    report = plan_report(
        p("1. 청년 문화 활성화"),
        p("□ 주요 행사"),
        p(tbl(3, 3, header + rows)),
    )
    got = schedule_keys(report)
    assert ("1", "청년 주간 행사", date(2025, 9, 15), date(2025, 9, 19)) in got
    assert ("1", "창업 경진대회", date(2025, 11, 1), date(2025, 11, 30)) in got


def test_divisions_named_under_a_task() -> None:
    report = convert_text(
        [
            "Ⅲ. 2026 주요업무계획",
            "1. 배움이 즐거운 학교",
            "1-1 기초학력 책임 지원",
            "초등교육과",
            "중등교육과",
            "□ 진단과 보정 지원",
        ]
    )
    task = by_title(report, "기초학력")
    assert (task.division, task.division_evidence) == ("초등교육과, 중등교육과", "unit_line")


def test_a_fact_line_with_lines_under_it_is_not_a_project_of_its_own() -> None:
    report = convert_text(
        [
            "Ⅲ. 2025년 주요업무 추진계획",
            "1-1 항만 배후도시 개발",
            "□ 사업개요",
            "ㅇ (규모/기간) 120만㎡, 북구 일원 / '22.~'30.",
            "▪ 사 업 비 : 8억원(’24년 3억원, ’25년 5억원)",
        ]
    )
    assert [x.project_id for x in report.projects] == ["1-1"]
    city = by_title(report, "항만 배후도시")
    assert (city.period_start, city.period_end) == (date(2022, 1, 1), date(2030, 12, 31))


def test_a_box_titled_over_its_facts_is_a_sub_project() -> None:
    """A tab "추모공원 봉안당 증축 사업(’21.~’25.)" over a box of ㅇ facts with a cost, under a
    task's bullet: a project of its own, under the task."""
    box = tbl(
        2,
        1,
        [
            cell(0, 0, p("추모공원 봉안당 증축 사업(’21.~’25.)")),
            cell(1, 0, p("ㅇ (사업기간) 2021년 ~ 2025년"), p("ㅇ (사 업 비) 108억원")),
        ],
    )
    report = plan_report(
        p("1 장사시설 안정적 수급"),
        p("□ 장사시설 확충"),
        p("ㅇ (확충) 봉안당 증축 등 장사수급 대책 추진"),
        p(box),
        p("□ 공영장례 지원"),
    )
    sub = by_title(report, "추모공원 봉안당 증축 사업")
    assert (sub.project_id, sub.cost_krw) == ("1-1", 10_800_000_000)
    assert (sub.period_start, sub.period_end) == (date(2021, 1, 1), date(2025, 12, 31))


# --- budget plans and schedule blocks -------------------------------------------------------


def _budget_plan(basis: str, two_header_rows: bool, items: list[tuple[str, list[str]]]) -> bytes:
    """A project whose 예산 집행계획 is a table of amounts by quarter; each item a row of
    amounts, then a row of what is done each quarter."""
    quarters = ["1분기", "2분기", "3분기", "4분기"]
    if two_header_rows:  # 사업명 and the basis span both rows, 집행계획 the four quarters
        head = [cell(0, 0, p("사업명"), rs=2), cell(0, 1, p(basis), rs=2),
                cell(0, 2, p("집행계획"), cs=4)]  # fmt: skip
        head += [cell(1, 2 + k, p(q)) for k, q in enumerate(quarters)]
    else:
        head = [cell(0, 0, p("사업명")), cell(0, 1, p(basis))]
        head += [cell(0, 2 + k, p(q)) for k, q in enumerate(quarters)]
    top = 2 if two_header_rows else 1
    body = []
    for i, (name, amounts) in enumerate(items):
        row = top + 2 * i
        body.append(cell(row, 0, p(name), rs=2))
        body += [cell(row, 1 + k, p(a)) for k, a in enumerate(amounts)]
        body.append(cell(row + 1, 1, p("")))
        body += [cell(row + 1, 2 + k, p(f"{name} {k + 1}단계")) for k in range(4)]
    return hwpx(
        sec(
            p("Ⅲ. 2024년 주요업무계획"),
            p("1. 시민 참여 확대"),
            p("□ 사업개요"),
            p("ㅇ 참여 플랫폼 구축(3월)"),
            p("□ 예산 집행계획 (단위: 천원)"),
            p(tbl(top + 2 * len(items), 6, head + body)),
        )
    )


@pytest.mark.parametrize(
    ("basis", "two_rows", "items"),
    [
        ("예산현액", True, [("플랫폼 구축", ["150,000", "10,000", "-", "60,000", "80,000"])]),
        ("예산액", False, [("교육 운영", ["40,000", "10,000", "10,000", "10,000", "10,000"]),
                          ("홍보", ["8,000", "2,000", "2,000", "2,000", "2,000"])]),
    ],
)  # fmt: skip
def test_a_table_of_amounts_by_quarter_is_a_budget_plan_not_a_schedule(
    basis: str, two_rows: bool, items: list[tuple[str, list[str]]]
) -> None:
    data = _budget_plan(basis, two_rows, items)
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    got = [
        (b.project_id, b.item, b.basis, b.amount_krw, b.q1_krw, b.q2_krw, b.q3_krw, b.q4_krw)
        for b in report.project_budgets
    ]
    want = [
        ("1", name, basis, *(0 if a == "-" else int(a.replace(",", "")) * 1000 for a in amounts))
        for name, amounts in items
    ]
    assert got == want
    assert [b.notes for b in report.project_budgets] == [
        " ".join(f"{name} {k}단계" for k in range(1, 5)) for name, _ in items
    ]
    # neither the amounts nor the row of what is done each quarter are dated tasks
    assert [(s.task, s.raw) for s in report.schedules] == [("참여 플랫폼 구축", "3월")]
    # the label over the table is a block (its items are the plan's rows), not summary
    (proj,) = report.projects
    assert proj.summary == ""
    assert [(b.label, b.items) for b in proj.blocks] == [
        ("사업개요", proj.blocks[0].items), ("예산 집행계획", []),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("block", "lines", "want"),
    [
        # the schedule block tells the tasks again, more exactly: it is the schedule
        ("• 추진일정", ["○ 기본구상 수립 : ’24. 3.", "○ 시범 운영 : ’24. 5.~12."],
         [("기본구상 수립", "’24. 3."), ("시범 운영", "’24. 5.~12.")]),
        # no schedule block, or one without dates (a diagram of stages): the plan's dates
        ("• 기대효과", ["○ 주민 만족도 향상"],
         [("기본구상 수립", "1월~3월"), ("시범 운영", "4월~12월")]),
        ("• 추진일정", ["○ 계획 수립 ➡ 시범 운영 ➡ 평가"],
         [("기본구상 수립", "1월~3월"), ("시범 운영", "4월~12월")]),
    ],
)  # fmt: skip
def test_a_schedule_block_is_the_projects_schedule(
    block: str, lines: list[str], want: list[tuple[str, str]]
) -> None:
    report = convert_text(
        [
            "Ⅲ. 2024년 주요업무계획",
            "1. 마을 공동체 지원",
            "• 추진계획",
            "○ 기본구상 수립(1월~3월)",
            "○ 시범 운영(4월~12월)",
            block,
            *lines,
        ]
    )
    assert [(s.task, s.raw) for s in report.schedules] == want


CARDS_UNDER_WRAPPED_THEMES = [
    "Ⅲ. 2024년 주요업무계획",
    "1. 시민이 주도하는 마을 공동체 활성화",  # the contents: each theme's title on one line
    "• 공동체 공모 사업",
    "• 공동체 공간 조성",
    "2. 함께 누리는 생활 문화 기반 조성",
    "• 생활문화 거점 확충",
    "1. 시민이 주도하는",  # the theme's own page wraps its title
    "마을 공동체 활성화",
    "1 공동체 공모 사업",
    "• 주민이 스스로 마을 문제를 해결하는 공동체 조성",
    "• 추진계획",
    "○ 공동체 공모 사업 선정",
    "※ 공모 요건은 별도 공고",
    "• 공동체 리더 양성 과정을 확대 운영하여 주민 역량 강화",  # no label: the block's
    "- 리더 교육 20회",
    "• 추진일정",
    "○ 공모 사업 선정 : ’24. 3.",
    "○ 리더 교육 : ’24. 4.~10.",
    "2 공동체 공간 조성",
    "• 유휴 공간을 공동체 공간으로 조성",
    "• 지역 주민 누구나 이용하는 열린 공간 운영",
    "2. 함께 누리는",
    "생활 문화 기반 조성",
    "1 생활문화 거점 확충",
    "• 생활문화센터 3곳 조성",
]


@pytest.mark.parametrize(
    ("project_id", "theme"),
    [
        ("1-1", "시민이 주도하는 마을 공동체 활성화"),
        ("1-2", "시민이 주도하는 마을 공동체 활성화"),
        ("2-1", "함께 누리는 생활 문화 기반 조성"),
    ],
)
def test_a_theme_wrapped_on_its_page_is_the_contents_title(project_id: str, theme: str) -> None:
    report = convert_text(CARDS_UNDER_WRAPPED_THEMES)
    (proj,) = [x for x in report.projects if x.project_id == project_id]
    assert proj.theme == theme


@pytest.mark.parametrize(
    ("project_id", "summary", "blocks"),
    [
        # the bullets before the first label are the summary; a later bullet that is no
        # label goes on the block before it; a note keeps its mark; the schedule block's
        # dated lines are schedules, not its items again
        (
            "1-1",
            "주민이 스스로 마을 문제를 해결하는 공동체 조성",
            [
                ("추진계획", [("공동체 공모 사업 선정", ["※ 공모 요건은 별도 공고"]),
                             ("공동체 리더 양성 과정을 확대 운영하여 주민 역량 강화",
                              ["리더 교육 20회"])]),
                ("추진일정", []),
            ],
        ),
        # no label at all: every bullet is the summary
        (
            "1-2",
            "유휴 공간을 공동체 공간으로 조성\n지역 주민 누구나 이용하는 열린 공간 운영",
            [],
        ),
    ],
)  # fmt: skip
def test_a_cards_summary_and_blocks(
    project_id: str, summary: str, blocks: list[tuple[str, list[tuple[str, list[str]]]]]
) -> None:
    report = convert_text(CARDS_UNDER_WRAPPED_THEMES)
    (proj,) = [x for x in report.projects if x.project_id == project_id]
    assert proj.summary == summary
    items = [[(i.text, [c.text for c in i.children]) for i in b.items] for b in proj.blocks]
    assert list(zip([b.label for b in proj.blocks], items, strict=True)) == blocks


@pytest.mark.parametrize(
    ("lines", "period", "cost", "label"),
    [
        # the bullet's one line under it ends with its cost
        (["ㅇ (환승센터) 역 주변 교통수단(도시철도 2·5호선, 시외버스) 연계 환승센터 조성",
          "- 승강기 3개소 설치 ▸ 총사업비 214억원(국 30%, 시 70%)"],
         None, 21_400_000_000, "총사업비"),
        # an overview line one bullet down (a box of facts under the bullet's first line)
        (["ㅇ (저온스토리지) 전통시장 저온스토리지(2개소) 공유 서비스 운영 성과를 확대",
          "- 실증사업 종료 후 민간 주도의 운영 시스템 구축",
          "✔ (기본개요) 사업기간(’24.3~’25.6.), 사업비 10억원(국5, 시5)",
          "* 국토부 실증 지원사업 선정"],
         (date(2024, 3, 1), date(2025, 6, 30)), 1_000_000_000, "사업비"),
        # ... under a label of basic facts (교통혁신국 p22)
        (["ㅇ (트라이포트 혁신 전략) Sea & Air 복합물류 체계 구축을 위한 실행전략 수립",
          "- 트라이포트 혁신전략 수립 용역 추진",
          "✔ (기본사항) 기간(’24.5~’25.7), 용역비(7.56억원, 시비), 수행기관(부산연구원)"],
         (date(2024, 5, 1), date(2025, 7, 31)), 756_000_000, "용역비"),
    ],
)  # fmt: skip
def test_a_bullets_facts_one_line_down(
    lines: list[str], period: tuple[date, date] | None, cost: int, label: str
) -> None:
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 물류 시스템 구축", *lines])
    p = by_title(report, lines[0].split(") ")[0][2:] + ")")
    assert (p.project_id, p.cost_krw, p.cost_label) == ("1-1", cost, label)
    if period is not None:
        assert (p.period_start, p.period_end) == period


def _node(kind: str, text: str, no: int, children: Sequence[Node] = ()) -> Node:
    read = read_marker(text)
    marker, title = read if read is not None else (None, text)
    node = Node(kind, marker, title, [Line(no, text, text, 1)], 1)
    for c in children:
        c.parent = node
        node.children.append(c)
    return node


@pytest.mark.parametrize("under_line", [True, False])
def test_the_facts_of_a_box_titled_under_the_bullet_or_its_line(under_line: bool) -> None:
    """교통혁신국 p23: the box "<AIoT … 실증사업(’24.~’25.)>" drawn from the bullet's margin
    stands right under the bullet, beside its "-" line; its "✔ (기본개요)" line states the
    bullet's period and cost as it does where the box stands under the "-" line."""
    facts = _node("bullet", "✔ (기본개요) 사업기간(’24.3~’25.6.), 사업비 10억원(국5, 시5)", 4)
    box = _node("title", "<AIoT 기반 저온스토리지 공유서비스 실증사업(’24.~’25.)>", 3, [facts])
    dash = _node("bullet", "- 실증사업 종료 후 민간 주도의 운영 시스템 구축", 2,
                 [box] if under_line else [])  # fmt: skip
    kids = [dash] if under_line else [dash, box]
    top = _node("bullet", "ㅇ (저온스토리지) 공유 서비스 운영", 1, kids)
    u = plan.Unit(top, "1-1", top.title, "물류", 1, 1)
    plan_facts.own_facts(u, set(), 2025)
    assert u.cost is not None and u.cost.krw == 1_000_000_000
    assert u.period is not None and (u.period.start, u.period.end) == (
        date(2024, 3, 1), date(2025, 6, 30))  # fmt: skip


def test_a_group_whose_one_line_states_a_cost_is_not_the_project() -> None:
    """"• 협력사업 확대" over two projects, only the first with a cost: the project is
    the line under it, not the group."""
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 지산학 협력", "• 협력사업 확대",
        "○ 창업중심대학 지원 ▹’22.~’26., 총 341억원", "- 사업화 지원(약 85개사)",
        "○ 인재양성센터 운영", "- 공동 트랙 운영",
    ])  # fmt: skip
    assert by_title(report, "창업중심대학 지원").cost_krw == 34_100_000_000
    assert not [p for p in report.projects if p.title.startswith("협력사업 확대")]


def test_a_sub_projects_cost_is_not_its_projects_too() -> None:
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 물류 시스템 구축",
        "ㅇ 스마트 물류창고 구축 ▸ 총사업비 10억원",
    ])  # fmt: skip
    costs = {p.project_id: p.cost_krw for p in report.projects}
    assert costs == {"1": None, "1-1": 1_000_000_000}


@pytest.mark.parametrize(
    ("line", "items"),
    [  # each item of the list with a cost of its own is a project, the list's topic its
     # too (관광마이스국 3-3-1, 사회복지국 2-2-3)
     ("ㅇ (수용태세 개선) 관광지 개선(1억원), 쿨링포그 설치(1.2억원)",
      [("(수용태세 개선) 관광지 개선", 100_000_000),
       ("(수용태세 개선) 쿨링포그 설치", 120_000_000)]),
     # an amount among words in an item's bracket is its cost; an item with none is none
     ("ㅇ 긴급정비 사업(지방하천 45개소, 10억원), 준설차량 운영지원, 유지보수(35억원)",
      [("긴급정비 사업", 1_000_000_000), ("유지보수", 3_500_000_000)]),
     # a list that does not end with a cost states no project's (a benefit a person)
     ("ㅇ 양육수당(월 20만원), 입양아동 양육수당(월 721천원) 지급", [])],
)  # fmt: skip
def test_a_bullet_listing_items_with_their_costs_is_a_project_each(
    line: str, items: list[tuple[str, int]]
) -> None:
    assert sub_projects("1. 관광 활성화", line) == items


def sub_projects(*lines: str) -> list[tuple[str, int | None]]:
    """(title, cost) of the projects under plan item 1 of a plan of these lines."""
    report = convert_text(["Ⅴ. 2025년 주요업무계획", *lines])
    return [(p.title, p.cost_krw) for p in report.projects if p.project_id.startswith("1-")]


#: a bullet long enough to be no block's label (사회복지국 p27)
BULLET = "ㅇ (보호 강화) 학대피해 장애인 쉼터 운영으로 피해장애인 보호 강화"
#: ... whose topic names the items of the line under it that have none of their own
TOPIC = "(보호 강화) "


@pytest.mark.parametrize(
    ("child", "items"),
    [  # the one line under a bullet lists items with their costs: the bullet (no cost of
     # its own) and each item are projects (사회복지국 2-4-8, 교통혁신국 4-2-1)
     ("- 학대피해장애인 쉼터(1개소, 1.9억원), 피해장애아동 쉼터(2개소, 5.7억)",
      [(BULLET[2:], None), (TOPIC + "학대피해장애인 쉼터", 190_000_000),
       (TOPIC + "피해장애아동 쉼터", 570_000_000)]),
     # an item may follow the bracket before it with a topic of its own, which holds
     # for the items after it (사회복지국 2-2-1)
     ("- (영유아기) 조기발견 지원(2천명, 4.3억원) (학령기) 방과후 활동(64.1억원), "
      "(성인기)공공후견(2.9억원), 주간활동(230.5억원)",
      [(BULLET[2:], None), ("(영유아기) 조기발견 지원", 430_000_000),
       ("(학령기) 방과후 활동", 6_410_000_000), ("(성인기)공공후견", 290_000_000),
       ("(성인기)주간활동", 23_050_000_000)]),
     # brackets of more than facts say what a benefit is per: no cost of the bullet's own,
     # so no project, nor are the benefits (여성가족국 2-1-1, 3-4-1)
     ("- 첫만남이용권(첫째아 200만원, 둘째아 이후 300만원), 추가 지원(100만원)", []),
     ("- 인건비·운영비, 안전관리비(900~2,000천원), 환경개선비(3,500천원) 등", []),
     # an item's amount that is its effect is no cost (교통혁신국 4-1-2); a name may end
     # in what it raises
     ("- 연료비 절감(연 130억원), 시설 개선(5억원)",
      [(BULLET[2:], None), (TOPIC + "시설 개선", 500_000_000)]),
     ("- 어업인 소득 증대(5억원), 판로 확대(3억원)",
      [(BULLET[2:], None), (TOPIC + "어업인 소득 증대", 500_000_000),
       (TOPIC + "판로 확대", 300_000_000)]),
     # ... or a word and the verb the items share (여성가족국 p23: no cost of the bullet
     # over them, which names none)
     ("- 함지골수련관(7.5억원), 양정수련관(3.5억원) 기능보강 지원",
      [(TOPIC + "함지골수련관", 750_000_000),
       (TOPIC + "양정수련관", 350_000_000)]),
     # a period in brackets the line opens with is its items' (환경물정책실 p26); a
     # single date there is a dated step's, no project
     ("- (‘25.~’26.) 장안천 정비사업(18.9억원) 및 관리계획 수립(1억원)",
      [(BULLET[2:], None), ("장안천 정비사업", 1_890_000_000),
       ("관리계획 수립", 100_000_000)]),
     # a note set after the last item is none of its words (교통혁신국 p32); an item's
     # bracket may state its cost first, then what it is about (환경물정책실 p21)
     ("- (시설) 무인경비시스템(1,200천원), 민원실 비품(15,800천원) * 사무실 무상사용(공유재산)",
      [(BULLET[2:], None), ("(시설) 무인경비시스템", 1_200_000),
       ("(시설) 민원실 비품", 15_800_000)]),
     ("- 교란생물 퇴치(107백만원, 뉴트리아등) 및 피해예방시설 설치(10백만원) 지원",
      [(TOPIC + "교란생물 퇴치", 107_000_000), (TOPIC + "피해예방시설 설치", 10_000_000)]),
     # a list closed with 등 keeps its last item (review R9)
     ("- 창업공간 조성(10억원), 멘토링 운영(5억원) 등",
      [(BULLET[2:], None), (TOPIC + "창업공간 조성", 1_000_000_000),
       (TOPIC + "멘토링 운영", 500_000_000)])],
)  # fmt: skip
def test_a_line_under_a_bullet_listing_items_with_their_costs(
    child: str, items: list[tuple[str, int | None]]
) -> None:
    assert sub_projects("1. 장애인 보호", BULLET, child) == items


def test_a_blocks_done_steps_with_no_year_are_in_the_year_before() -> None:
    """A timeline runs on: a date with no year is in the year of the step before it, a
    note's under its step, a block's own year is its steps' (review)."""
    report = convert_text(["Ⅵ. 주요현안", "1 복합문화센터 건립", "□ 사업개요",
                           "ㅇ (사 업 비) 480억원", "□ 추진경과", "ㅇ ’23. 5. : 기본계획 수립",
                           "ㅇ 12월 : 투자심사 통과", "ㅇ ’24. 4 : 상생협약 체결",
                           "* 협약해지(4.26.)", "ㅇ 6월 : 착공", "□ 2024년 주요성과",
                           "ㅇ 설명회 개최(8월)", "□ 주요 성과지표",
                           "ㅇ 만족도 90% 달성(’25.12.)"])  # fmt: skip
    assert [(p.task, p.start) for p in report.progress] == [
        ("기본계획 수립", date(2023, 5, 1)), ("투자심사 통과", date(2023, 12, 1)),
        ("상생협약 체결", date(2024, 4, 1)), ("협약해지", date(2024, 4, 26)),
        ("착공", date(2024, 6, 1)), ("설명회 개최", date(2024, 8, 1)),
    ]  # (a block of targets is no record of what was done)
    assert [s.raw for s in report.schedules] == ["’25.12."]


def test_a_cards_blocks_of_done_steps_number_on() -> None:
    """Two blocks of what was done in one card: their steps numbered on, one key each."""
    text = SAMPLE_TEXT.read_text(encoding="utf-8")
    anchor = "○ 중앙 투자심사, 공유재산심의회, 공유재산관리계획 수립(’20. 4.~ 6.)"
    assert anchor in text
    text = text.replace(anchor, anchor + "\n\n□ 그간 추진실적\n○ 타당성 검토 착수(’16. 3.)", 1)
    report = parse_document(read_bytes(text.encode(), "card.txt"), "card")
    mine = [(p.seq, p.start) for p in report.progress if p.project_id == "1-4"]
    assert [seq for seq, _ in mine] == [1, 2, 3, 4, 5]
    assert mine[-1][1] == date(2016, 3, 1)


def test_a_topic_line_whose_cost_a_labelled_line_under_it_states() -> None:
    """관광마이스국 p24: "ㅇ (벡스코 제3전시장 건립) 견실하고 속도감 있는 사업 추진(’24.
    기본설계 완료)" / "- 총사업비 2,900억원, 전시장 17,700㎡(…)": a project of that cost (a
    short line, but led by a topic, no block's label); a block's label is none."""
    lines = ["ㅇ (벡스코 제3전시장 건립) 사업 추진(’24. 기본설계 완료)",
             "- 총사업비 2,900억원, 전시장 17,700㎡(’25.~’28. 공사 착공 및 준공)",
             "ㅇ (향후계획) 설계 추진", "- 사업비 10억원, 설계 용역"]  # fmt: skip
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. MICE 허브", *lines])
    assert [(p.title, p.cost_krw, p.cost_label) for p in report.projects] == [
        ("MICE 허브", None, None),
        ("(벡스코 제3전시장 건립) 사업 추진(’24. 기본설계 완료)", 290_000_000_000, "총사업비"),
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [("- (‘24.~’25.) 수영강 등 3개 하천 하천정비사업(29.5억원)",
      [("수영강 등 3개 하천 하천정비사업", date(2024, 1, 1), date(2025, 12, 31), 2_950_000_000)]),
     ("- (‘25.~’26.) 장안천 정비사업(18.9억원) 및 관리계획 수립(1억원)",
      [("장안천 정비사업", date(2025, 1, 1), date(2026, 12, 31), 1_890_000_000),
       ("관리계획 수립", date(2025, 1, 1), date(2026, 12, 31), 100_000_000)]),
     ("- (’25.3.) 정비사업 착공(29.5억원)", []),
     # a line of steps each dated: no period of the first step's (review)
     ("- (’25.1.~3.) 용역 발주 → (’25.4.~12.) 용역 수행(3억원)", [])],
)  # fmt: skip
def test_a_lines_leading_period_is_its_projects(
    line: str, want: list[tuple[str, date, date, int]]
) -> None:
    """"(‘24.~’25.) 하천정비사업(29.5억원)": a project of that period (환경물정책실 p26), its
    title without it; a line opening with one date is a dated step."""
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 치수안전 확보",
                           "ㅇ (향후계획) 하천정비사업 연차별 추진", line])  # fmt: skip
    got = [(p.title, p.period_start, p.period_end, p.cost_krw) for p in report.projects
           if p.period_start]  # fmt: skip
    assert got == want
    if not want:  # (a dated step: the schedule's, no project's period)
        assert report.schedules


def test_a_period_told_again_under_its_label_is_no_step() -> None:
    """사회복지국 p34: a box titled with its period, "사업기간" telling it again, then the
    steps: the labelled period is the project's, no step of it."""
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 장사시설 확충",
        "ㅇ 추모공원 봉안당 증축 사업(’21.~’25.)", "- (사업기간) 2021년 ~ 2025년",
        "- (사 업 비) 108억원(공사비 105, 설계비 3)", "- (추진계획) B동 착공(’24.11.)",
    ])  # fmt: skip
    tasks = [s.task for s in [*report.schedules, *report.progress]]
    assert "사업기간" not in tasks and "B동 착공" in tasks  # (’24.11.: done, progress)


@pytest.mark.parametrize(
    ("line", "items"),
    [  # an item inside a bullet's text names its cost in a bracket of facts, words after
     # it (사회복지국 p25, p30; 청년산학국 p20)
     ("ㅇ (자립생활지원센터) 사회 참여활동 지원(18개소, 32.7억원) 및 자립생활대학 운영",
      [("(자립생활지원센터) 사회 참여활동 지원", 3_270_000_000)]),
     ("ㅇ 노인교실 150개소(6.1억원), 시니어아카데미(노인대학) 확대",
      [("노인교실 150개소", 610_000_000)]),
     ("ㅇ 무상급식비(714억원) 및 친환경 우수농산물 학교급식 식품비(30억원) 지원",
      [("무상급식비", 71_400_000_000), ("친환경 우수농산물 학교급식 식품비", 3_000_000_000)]),
     # ... its verb after the bracket, and a note (여성가족국 p21)
     ("ㅇ 연제구 문화의집(160억원), 좌동 꿈나눔터 조성(150억원) 지원 * ‘27년 준공 예정",
      [("연제구 문화의집", 16_000_000_000), ("좌동 꿈나눔터 조성", 15_000_000_000)]),
     # the parts of a cost, what a person gets at most: no items
     ("ㅇ 인건비(62명, 16억원) 및 사업비(1.8억원) 지원", []),
     ("ㅇ 청년 인턴 인건비 1인당 최대 4개월(7백만원) 지원", []),
     # a comparison, a change, what an amount is per: no items
     ("ㅇ 연료비: 전기버스 (115천원)〈 수소 (129천원)〈 CNG (181천원) 순", []),
     ("ㅇ ’24년 6개소(1.55억원, 540명) → ’25년 7개소(1.8억원, 600명) 확대", []),
     ("ㅇ 인턴십 사업(기업당 400만원), 시니어 일자리 창출", [])],
)  # fmt: skip
def test_an_item_inside_a_bullets_text_states_its_cost(
    line: str, items: list[tuple[str, int]]
) -> None:
    assert sub_projects("1. 노인복지 증진", line) == items


def test_a_topic_whose_first_line_is_short_is_no_block_where_it_wraps() -> None:
    """사회복지국 p25: the words after the topic's label fill one short line and wrap on to
    the cost; a bullet of text that states its cost, not a block's label."""
    assert sub_projects(
        "1. 장애인 돌봄 지원", "ㅇ (최중증발달장애인 맞춤 지원) 자·타해 행동으로 돌보기 어려웠던",
        "최중증발달장애인을 위한 맞춤형 통합돌봄서비스 지원(91.2억원)", "- 24시간 개별 1:1 지원",
    ) == [("(최중증발달장애인 맞춤 지원) 자·타해 행동으로 돌보기 어려웠던 최중증발달장애인을 "
           "위한 맞춤형 통합돌봄서비스 지원", 9_120_000_000)]  # fmt: skip


def test_what_stands_under_a_listing_bullet_is_told_once() -> None:
    """The dated lines under a bullet that lists items with their costs are the first
    item's schedule, not each item's; an item's period is its own bracket's."""
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 하천 정비",
        "ㅇ 준설비 지원(’25.1, 35억원), 운영지원(5억원)", "- ’25. 6. : 준설 완료",
    ])  # fmt: skip
    items = [(p.project_id, p.cost_krw, p.period_start) for p in report.projects][1:]
    assert items == [("1-1", 3_500_000_000, date(2025, 1, 1)), ("1-2", 500_000_000, None)]
    assert [(s.project_id, s.task) for s in report.schedules] == [
        ("1-1", "준설비 지원"), ("1-1", "준설 완료")
    ]


@pytest.mark.parametrize(
    ("line", "costs"),
    [  # a source's name in a topic's prose is no label of the amount after it: the
     # topic states its own cost, a project under the theme
     ("ㅇ (교통체계) 공모 선정, 국비 사업 추진 (29.2억원)", {"1": None, "1-1": 2_920_000_000}),
     # an amount per school in prose is no one's cost
     ("ㅇ (협의체) 구성·운영, 운영비 지원(교당 100만원)", {"1": None}),
     # a cost's label listed after the topic, the total and its sources first: a fact of
     # the theme's
     ("ㅇ (준공영제) 버스 개편, 사업비 총 10억원(국비 5, 시비 5)", {"1": 1_000_000_000}),
     # ... a date or a span before the amount aside
     ("ㅇ (준공영제) 버스 개편, 사업비 ’25년 10억원", {"1": 1_000_000_000}),
     ("ㅇ (준공영제) 버스 개편, 사업비 연간 10억원", {"1": 1_000_000_000})],
)  # fmt: skip
def test_a_cost_is_labelled_where_its_amount_comes_first(
    line: str, costs: dict[str, int | None]
) -> None:
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 스마트 교통 조성", line])
    assert {p.project_id: p.cost_krw for p in report.projects} == costs


# --- events ------------------------------------------------------------------------------


def _event_table(in_project: bool) -> bytes:
    head = ["월별", "행 사 명", "기 간", "장 소", "담당부서"]
    body = [
        ["5월", "부산 어린이날 큰잔치", "5. 5.", "미정", "아동청소년과"],
        ["", "제19회 부산가족축제", "5월중", "부산시민공원", "여성가족과 (888-5221)"],
        ["11월", "부산 워라밸 주간", "11월 둘째 주", "시청 등", "여성가족과"],
    ]
    rows = [cell(0, k, p(text)) for k, text in enumerate(head)]
    for r, texts in enumerate(body, start=1):
        rows += [cell(r, k, p(text)) for k, text in enumerate(texts)]
    where = (p("1. 가족축제 운영"), p("□ 추진일정")) if in_project else (p("붙임 주요행사 일정"),)
    return hwpx(
        sec(
            p("Ⅲ. 2025년 주요업무계획"),
            p("1. 가족축제 운영") if not in_project else p("2. 양성평등 확산"),
            p("□ 축제 개최"),
            *where,
            p(tbl(4, 5, rows)),
        )
    )


@pytest.mark.parametrize("in_project", [False, True])
def test_a_table_of_events_of_no_project_gives_events(in_project: bool) -> None:
    """주요행사 일정 in an appendix: each row an event with its date, place and division;
    the same table inside a project is that project's schedule."""
    report = check(parse_document(read_bytes(_event_table(in_project), "plan.hwpx"), "plan"))
    got = [(e.event, e.start, e.end, e.place, e.division) for e in report.events]
    if in_project:
        assert got == []
        assert ("1", "제19회 부산가족축제", date(2025, 5, 1), date(2025, 5, 31)) in (
            schedule_keys(report)
        )
        return
    assert got == [
        ("부산 어린이날 큰잔치", date(2025, 5, 5), date(2025, 5, 5), "미정", "아동청소년과"),
        ("제19회 부산가족축제", date(2025, 5, 1), date(2025, 5, 31), "부산시민공원", "여성가족과"),
        ("부산 워라밸 주간", date(2025, 11, 8), date(2025, 11, 14), "시청 등", "여성가족과"),
    ]
    assert [e.seq for e in report.events] == [1, 2, 3]
    assert all(e.line_start > 0 for e in report.events)


@pytest.mark.parametrize(
    ("head", "task", "dated"),
    [
        (["분야", "추 진 과 제", "As-Is", "To-Be", "시행일"], 1, True),  # when each takes effect
        (["추진과제", "추진시기"], 0, True),
        (["과제명", "추진일정"], 0, True),
        (["민간위탁 사업명", "수탁 기관", "감사(점검) 기간"], 0, False),  # when inspected
        (["사업명", "사업기간"], 0, False),  # how long a project runs
        (["민간위탁 사업명", "수탁 기관", "점검시기"], 0, False),  # when it is inspected
        (["사업명", "예산액", "집행시기"], 0, False),  # when money is spent
    ],
)
def test_a_table_of_tasks_with_when_each_takes_effect_gives_events(
    head: list[str], task: int, dated: bool
) -> None:
    """A chapter's overview of tasks and the date each takes effect, before any project,
    is dated items (events); a table whose date column is no such date is not."""
    rows = [cell(0, k, p(t)) for k, t in enumerate(head)]
    # a task's number is no part of its name (its status tag cannot be told from its last
    # word); a cell of a date a line dates each step of its task
    for r, (name, when) in enumerate([("➊ 희 망 키 움 사 업", ["’25.1月"]),
                                      ("➋ 공영 주차장 요금 확대", ["’25.下"]),
                                      ("➌ 동백패스+K패스", ["’25.下", "’25.上"])],
                                     start=1):  # fmt: skip
        texts = ["月 40만원"] * len(head)
        texts[task] = name
        rows += [cell(r, k, p(t)) for k, t in enumerate(texts[:-1])]
        rows.append(cell(r, len(head) - 1, *[p(w) for w in when]))
    data = hwpx(
        sec(
            p("Ⅲ. 2025년 주요업무계획"), p("□ 시민 체감형 모빌리티"), p(tbl(4, len(head), rows)),
            p("1. 청년 창업"), p("□ 지원"), p("○ 창업 지원 확대"),
        )
    )  # fmt: skip
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    got = [(e.event, e.raw, e.start, e.end) for e in report.events]
    want = [
        ("희망키움사업", "’25.1月", date(2025, 1, 1), date(2025, 1, 31)),
        ("공영 주차장 요금 확대", "’25.下", date(2025, 7, 1), date(2025, 12, 31)),
        ("동백패스+K패스", "’25.下", date(2025, 7, 1), date(2025, 12, 31)),
        ("동백패스+K패스", "’25.上", date(2025, 1, 1), date(2025, 6, 30)),
    ]
    assert got == (want if dated else [])


def test_a_table_of_tasks_is_dated_by_its_when_column_not_by_a_period() -> None:
    """사업명 | 사업기간 | 추진일정: each row is dated by when it is done (추진일정), not by
    how long the project runs (사업기간)."""
    head = ["사업명", "사업기간", "추진일정"]
    rows = [cell(0, k, p(t)) for k, t in enumerate(head)]
    rows += [cell(1, k, p(t)) for k, t in enumerate(["공영차고지 조성", "’20.~’28.", "’25.下"])]
    data = hwpx(
        sec(p("Ⅲ. 2025년 주요업무계획"), p("□ 주요사업"), p(tbl(2, 3, rows)),
            p("1. 청년 창업"), p("□ 지원"), p("○ 창업 지원 확대"))
    )  # fmt: skip
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    got = [(e.event, e.raw, e.start, e.end) for e in report.events]
    assert got == [("공영차고지 조성", "’25.下", date(2025, 7, 1), date(2025, 12, 31))]


def test_an_audit_table_dated_by_when_each_action_is_done_is_findings_only() -> None:
    """사업명 | 지적사항 | 조치결과 | 완료시기 under an audit chapter: its rows are findings,
    not events too."""
    head = ["사업명", "지적사항", "조치결과", "완료시기"]
    body = ["청소년수련관 운영", "회계 처리 부적정", "시정 완료", "’25.上"]
    rows = [cell(0, k, p(t)) for k, t in enumerate(head)]
    rows += [cell(1, k, p(t)) for k, t in enumerate(body)]
    data = hwpx(
        sec(p("Ⅲ. 2025년 주요업무계획"), p("1. 청년 창업"), p("□ 지원"), p("○ 창업 지원 확대"),
            p("Ⅳ. 민간위탁 감사 실시 결과"), p(tbl(2, 4, rows)))
    )  # fmt: skip
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    assert [f.finding for f in report.audit_findings] == ["회계 처리 부적정"]
    assert report.events == []


def test_a_table_of_projects_beside_an_event_column_and_a_past_years_table() -> None:
    """사업명 | 추진기간 | 연계행사: its tasks are no events.  A table of events under a
    heading that names its year (2024년 행사 실적) takes that year, not the plan's."""
    projects = [cell(0, k, p(t)) for k, t in enumerate(["사업명", "추진기간", "연계행사"])]
    projects += [cell(1, k, p(t)) for k, t in enumerate(["창업 지원", "3월", "창업 박람회"])]
    past = [cell(0, k, p(t)) for k, t in enumerate(["행사명", "기간", "담당부서", "협조부서"])]
    past += [cell(1, k, p(t)) for k, t in enumerate(["부산 불꽃축제", "11. 9.", "관광정책과",
                                                      "자치분권과"])]  # fmt: skip
    data = hwpx(
        sec(
            p("Ⅲ. 2025년 주요업무계획"), p("1. 청년 창업"), p("□ 지원"),
            p("붙임 1. 연계사업"), p(tbl(2, 3, projects)),
            p("붙임 2. 2024년 행사 실적"), p(tbl(2, 4, past)),
        )
    )
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    got = [(e.event, e.start, e.division) for e in report.events]
    assert got == [("부산 불꽃축제", date(2024, 11, 9), "관광정책과")]


def test_a_sub_projects_title_runs_on_over_its_wrap() -> None:
    """A bullet wrapped before its cost (사회복지국 p24): the sub-project's title is the
    whole bullet up to the facts of its tail, not its first line."""
    report = convert_text(
        [
            "Ⅲ. 2025년 주요업무계획",
            "1 장애인 소득 보장",
            "□ 장애인 소득 지원",
            "ㅇ (장애수당 지원) 장애인 연금을 받지 못하는 경증장애인과 장애아동에",
            "대한 수당 추가 지원(325억원)",
        ]
    )
    sub = by_title(report, "(장애수당 지원)")
    want = "(장애수당 지원) 장애인 연금을 받지 못하는 경증장애인과 장애아동에 대한 수당 추가 지원"
    assert sub.title == want
    assert sub.cost_krw == 32_500_000_000


def test_a_theme_whose_title_starts_its_first_task() -> None:
    """"1. 가덕도신공항 건설" over "1-1 가덕도신공항 건설 신속 추진" (신공항추진본부 p12): the
    theme is no overview entry told again by its task, so its tasks keep their theme."""
    report = convert_text(
        [
            "Ⅳ. 2025년 주요업무 추진계획",
            "1. 가덕도신공항 건설",
            "1-1 가덕도신공항 건설 신속 추진",
            "❖ 사업절차 대응 추진",
            "1-2 가덕도신공항 적기 보상 추진",
            "❖ 보상 추진",
            "2. 지역항공운송산업 경쟁력 강화",
            "2-1 지역 거점항공사 육성",
            "❖ 항공사 육성",
        ]
    )
    got = [(x.project_id, x.theme_no, x.theme) for x in report.projects]
    assert got == [
        ("1-1", 1, "가덕도신공항 건설"),
        ("1-2", 1, "가덕도신공항 건설"),
        ("2-1", 2, "지역항공운송산업 경쟁력 강화"),
    ]


@pytest.mark.parametrize(
    ("line", "division"),
    [("ㅇ 담당부서 : 관광정책과", "관광정책과"), ("ㅇ 주 관 : 부산광역시·TPO(관광진흥기구)", None)],
)
def test_a_division_label_names_a_unit(line: str, division: str | None) -> None:
    """주관 may name the bodies hosting an event (관광마이스국 p30), not a division."""
    report = convert_text(
        ["Ⅵ. 주요현안", "1 글로벌도시관광서밋 개최", "□ 개요", line, "ㅇ 장소 : 부산시 일원"]
    )
    (proj,) = report.projects
    assert proj.division == division


def test_a_task_in_each_month_listed() -> None:
    """"반기별 추진계획 수립(1,7월), 분기별 집행상황 점검(3,6,9,12월)" (기획조정실 p18): a
    step in each month listed, not none."""
    report = convert_text(
        [
            "Ⅲ. 2025년 주요업무계획",
            "1 재정 운용",
            "□ 집행관리",
            "- 반기별 추진계획 수립(1,7월), 분기별 집행상황 점검(3,6,9,12월)",
        ]
    )
    got = [(s.task, s.start.month if s.start else None) for s in report.schedules]
    assert got == [("반기별 추진계획 수립", 1), ("반기별 추진계획 수립", 7),
                   ("분기별 집행상황 점검", 3), ("분기별 집행상황 점검", 6),
                   ("분기별 집행상황 점검", 9), ("분기별 집행상황 점검", 12)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "months"),
    [  # each month with its own 월, or parted by a slash (기획조정실 p32, 환경물정책실 p32)
     ("정기 점검 실시(5월, 10월)", [5, 10]),
     ("신규 인증수수료 지원(6월/12월)", [6, 12]),
     ("실적 보고(6, 12월)", [6, 12]),
     # figures, not months
     ("설명회 개최(1, 2)", [])],
)  # fmt: skip
def test_each_month_of_a_list_is_a_step(text: str, months: list[int]) -> None:
    task = text[: text.index("(")]
    assert [(t, s.start.month) for s, t, _ in clause_grammar.month_list(text, 2025)] == [
        (task, m) for m in months
    ]


@pytest.mark.parametrize(
    ("text", "raw", "task"),
    [  # the date after a place, or in a later part of the brackets (관광마이스국 p24, p27)
     ("IMEX(프랑크푸르트 5월)", "5월", "IMEX"),
     ("부산-후쿠오카 포럼 참석(후쿠오카, 11월) 등", "11월", "부산-후쿠오카 포럼 참석"),
     ("바둑교류대회(부산, ’25.1.17.~20.)", "’25.1.17.~20.", "바둑교류대회"),
     # a clause a stray comma parted opens with no conjunction (환경물정책실 p21)
     ("및 2차 중간보고(‘25.9.)", "‘25.9.", "2차 중간보고"),
     # a quarter written as a fraction is no two parts
     ("계획 수립(1/4분기)", "1/4분기", "계획 수립")],
)  # fmt: skip
def test_the_date_in_a_bracket_after_other_words(text: str, raw: str, task: str) -> None:
    read = read_clause(text, 2025)
    assert read is not None and (read[2], read[1]) == (raw, task)


def test_a_year_after_a_name_in_brackets_dates_no_step() -> None:
    """"(ILO 사무총장, 2020년)" says whose words, "(동삼3동, ’23~’26)" a project's span."""
    assert read_clause("“사회적 대화는 가장 강력한 수단이다.”(ILO 사무총장, 2020년)", 2026) is None
    assert read_clause("영도구(동삼3동, ’23~’26)", 2025) is None
    # nor is a superseded plan a place's
    assert read_clause("착공(당초 3월, 변경 6월)", 2025) is None
    # (a month of the year after the plan's, "익년 2월", is a date since round 115 read
    # "내년 3월" alone as the report's year + 1: the step is the plan's, dated then)
    found = read_clause("결산 보고(익년 2월)", 2025)
    assert found is not None and found[1] == "결산 보고"
    assert (found[0].start, found[0].end) == (date(2026, 2, 1), date(2026, 2, 28))


def test_a_cards_boxed_sections_after_its_summary_are_blocks() -> None:
    """"❖ 요약" then "□ 지역 거점항공사 육성 지원" and "□ 항공전문인력 양성", each over its ㅇ
    lines (no block word in their titles): the ❖ line is the summary, each □ a block
    titled by its text, with its bullets (not one more summary line, its bullets lost)."""
    from extract.document import Line
    from extract.layout import Node
    from extract.layout.markers import Marker
    from extract.parse.plan import Unit
    from extract.parse.plan_records import project_record

    def node(kind: str, glyph: str, title: str, no: int, *kids: Node) -> Node:
        text = f"{glyph} {title}"
        n = Node(kind, Marker(f"bullet:{glyph}", glyph), title, [Line(no, text, text)], 1)  # type: ignore[arg-type]
        n.children = list(kids)
        for k in kids:
            k.parent = n
        return n

    card = node("item", "1", "거점항공사 육성", 1,
                node("bullet", "❖", "지역 거점항공사 육성 추진", 2),
                node("bullet", "□", "지역 거점항공사 육성 지원 및 경쟁력 강화", 3,
                     node("bullet", "ㅇ", "재정 지원 본격 추진", 4)),
                node("bullet", "□", "항공전문인력 양성", 5,
                     node("bullet", "ㅇ", "인턴십 운영", 6)))  # fmt: skip
    unit = Unit(card, "2-1", "거점항공사 육성", "", 2, 1)
    got = project_record(unit, set())
    assert got.summary == "지역 거점항공사 육성 추진"
    blocks = [(b.label, [i.text for i in b.items]) for b in got.blocks]
    assert blocks == [("지역 거점항공사 육성 지원 및 경쟁력 강화", ["재정 지원 본격 추진"]),
                      ("항공전문인력 양성", ["인턴십 운영"])]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "krw"),
    [  # counts of things named after 개, energy units, 교체 counts, a closing 등
     # (환경물정책실 p20, p21, p26, p34; 여성가족국 p12)
     ("고효율 설비 지원사업(3개 시설, 65.2억원)", 6_520_000_000),
     ("보호활동 지원(3개 구, 10.9백만원)", 10_900_000),
     ("발전시설 구축(998㎾, 50억원, ’25.1.~12.)", 5_000_000_000),
     ("대기오염측정망 확충(교체 3개소, 신설 1개소, 407백만원)", 407_000_000),
     ("여성단체 활동 지원 공모사업(99백만원) 등", 99_000_000),
     # still no tail: words that are not facts before the count
     ("실내환경 개선(벽지·장판 등 교체 20가구, 50백만원)", None),
     ("보호활동 지원(3개 구역별 특화사업, 10.9백만원)", None)],
)  # fmt: skip
def test_a_tail_counts_things_named_after_their_number(text: str, krw: int | None) -> None:
    tail = read_tail(text, 2025)
    assert (tail.cost.krw if tail is not None and tail.cost is not None else None) == krw


@pytest.mark.parametrize(
    ("text", "shares"),
    [  # shares stated as percentages are that part of the cost (교통혁신국 2-2-1)
     ("총사업비 214억원(국 30%, 시 70%)", [("국비", 6_420_000_000), ("시비", 14_980_000_000)]),
     ("44.5억원(국50%)", [("국비", 2_225_000_000)]),
     ("사업비 10억원(국5, 시5)", [("국비", 500_000_000), ("시비", 500_000_000)])],
)  # fmt: skip
def test_funding_shares_in_percent_are_parts_of_the_cost(
    text: str, shares: list[tuple[str, int]]
) -> None:
    cost = read_cost(text)
    assert cost is not None and [(s.source, s.amount_krw) for s in cost.funding] == shares


@pytest.mark.parametrize(
    ("label", "dropped"),
    [("(향후계획)", True), ("(주요내용)", True), ("(현황 및 개요)", True),
     ("(환승센터)", False), ("(이용현황)", False)],
)  # fmt: skip
def test_a_block_label_before_a_step_is_not_its_task(label: str, dropped: bool) -> None:
    """환경물정책실 p27, p31: "(주요내용) 시행계획 승인(’25.3.)" is the step 시행계획 승인; a
    topic's label ("(환승센터)") stays, and a status's (여성가족국 p39's "(이용현황) (’24.9.)
    전체 129천명" is no step for it)."""
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 맑은 물 확보",
                           "ㅇ 광역 상수도 체계 구축으로 맑은 물 공급 기반을 마련",
                           f"- {label} 시행계획 승인(’25.3.)"])  # fmt: skip
    tasks = [s.task for s in report.schedules]
    assert ("시행계획 승인" if dropped else f"{label} 시행계획 승인") in tasks


def test_a_block_label_before_a_costed_line_is_not_the_projects_name() -> None:
    """환경물정책실 p23: "(향후계획) 광역취수탑 건설(290억원)" is the project 광역취수탑 건설."""
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 맑은 물 확보", "□ 상수원 조류 대응",
                           "ㅇ (주요내용) 유해조류 피해 예방 및 상수원 안전성 확보",
                           "ㅇ (향후계획) 광역취수탑 건설(물금취수장, 290억원)"])  # fmt: skip
    assert "광역취수탑 건설" in [p.title for p in report.projects]


def test_a_block_whose_line_about_it_states_its_cost_with_sources_is_a_project() -> None:
    """환경물정책실 p27, p29: "□ 자원에너지 회수 특화산업단지 조성" / "ㅇ (현황 및 개요) …" /
    "- 강서구 장락길 31 일원(A=70,000㎡), 총사업비 1,023억원(국409, 시614)": the block is a
    project of that cost and those sources; a line of its own cost under it stays one."""
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 순환경제 자립도시 기반 정착",
        "□ 자원에너지 회수 특화산업단지 조성",
        "ㅇ (현황 및 개요) 순환경제 산업시설 설치· 기술개발· 실증 부지 확보",
        "- 강서구 장락길 31 일원(A=70,000㎡), 총사업비 1,023억원(국409, 시614)",
        "ㅇ (향후계획) 타당성 조사 및 기본계획 용역 시행(’25.6.~’26.12, 20억원)",
        "□ 자원순환 인식 개선 홍보",
        "ㅇ (현황 및 개요) 시민 참여 확대를 위한 홍보",
        "- 홍보물 제작 및 배포, 캠페인 운영(연중)",
    ])  # fmt: skip
    got = {p.title: (p.cost_krw, p.cost_label) for p in report.projects}
    assert got["자원에너지 회수 특화산업단지 조성"] == (102_300_000_000, "총사업비")
    assert got["타당성 조사 및 기본계획 용역 시행"][0] == 2_000_000_000
    assert "자원순환 인식 개선 홍보" not in got  # (no cost stated: no project)
    (pid,) = [p.project_id for p in report.projects if p.title.startswith("자원에너지")]
    funding = [(f.source, f.amount_krw) for f in report.project_funding if f.project_id == pid]
    assert funding == [("국비", 40_900_000_000), ("시비", 61_400_000_000)]
    # the study's step is the study's, not the block's too (review R5)
    steps = [s.project_id for s in report.schedules if s.task.startswith("타당성 조사")]
    assert len(steps) == 1 and steps[0] != pid


@pytest.mark.parametrize(
    ("line", "steps"),
    [  # steps in a row, each after its year in brackets (환경물정책실 p23)
     ("- (’23.) 타당성 조사 → (’25.) 기본 및 실시설계 → (’26.) 공사 착공",
      [("타당성 조사", 2023), ("기본 및 실시설계", 2025), ("공사 착공", 2026)]),
     # a series of figures by year is none (대전교육청: "(’25년) 초·중·고 80교 → …")
     ("- (’25년) 초·중·고 80교 → (’26년) 초·중·고 120교", []),
     # nor one year in brackets alone before a line
     ("- (’25년) 시범 운영 및 성과 분석", []),
     # a series of states by year is none; steps with numbers in them are steps (review R7)
     ("- (’24년) 전국 최하위 → (’25년) 중위권 진입", []),
     ("- (’25.) 1단계 착공 → (’27.) 2단계 준공", [("1단계 착공", 2025), ("2단계 준공", 2027)])],
)  # fmt: skip
def test_steps_in_a_row_each_after_its_bracketed_year(
    line: str, steps: list[tuple[str, int]]
) -> None:
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 맑은 물 확보",
                           "ㅇ 광역 상수도 체계 구축으로 맑은 물 공급 기반을 마련", line])
    # (a step of 2023 in a 2025 plan was done: progress)
    got = sorted([*report.progress, *report.schedules], key=lambda s: s.line_start or 0)
    assert [(s.task, s.start.year) for s in got if s.start] == steps


def test_an_item_inside_a_bullets_text_takes_its_brackets_period_too() -> None:
    """환경물정책실 p26: "… 노후설비 등 개선(’24.1.~’25.6, 198.7억원), 민간위탁 비용 절감(약
    70억원/년)": the item's bracket gives its period as well as its cost."""
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 하수처리 기반 조성",
        "ㅇ 하수찌꺼기 건조시설 노후설비 등 개선(’24.1.~’25.6, 198.7억원), 민간위탁 비용 절감"
        "(약 70억원/년)",
    ])  # fmt: skip
    (p,) = [x for x in report.projects if x.title.startswith("하수찌꺼기")]
    assert p.cost_krw == 19_870_000_000
    assert (p.period_start, p.period_end) == (date(2024, 1, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    "lines",
    [  # the block's parts, each with its cost (review R2): no cost of the block's
     ["- 상수관로 교체 50km, 300억원(국150, 시150)", "- 정수장 개량 2개소, 200억원(국100, 시100)"],
     # what a unit gets, what was spent
     ["- 10개소, 개소당 5억원(국2.5, 시2.5)"], ["- ’24년 집행액 30억원(국15, 시15)"]],
)  # fmt: skip
def test_a_block_takes_no_cost_that_is_not_its_total(lines: list[str]) -> None:
    report = convert_text([
        "Ⅴ. 2025년 주요업무계획", "1. 상수도 기반 정비", "□ 노후 상수도 시설 정비 및 정수장 고도화",
        "ㅇ (현황 및 개요) 노후 시설 정비로 안정적 수돗물 공급", *lines,
    ])  # fmt: skip
    assert not any(p.title.startswith("노후 상수도") and p.cost_krw for p in report.projects)


CARD_THEME = [
    "① 혁신 캠퍼스 운영", " 추진계획", "○ 캠퍼스 중장기 계획 수립(1월~3월)",
    "  1 시민혁신가 과정", "  2 혁신리더 과정",  # numbers alone inside a card: no cards
    "② 서울혁신파크 운영", " 추진계획", "○ 입주단체 공모(4월)",
    "  ① 1차 공모 : ’21. 4.", "  ② 2차 공모 : ’21. 8.",  # the cards' own mark, nested
    " 추진일정", "○ 입주단체 공모 : ’21. 4.~8.",
    "③ 청년혁신파크 조성", " 추진계획", "○ 설계 공모(5월)",
]  # fmt: skip


def test_cards_by_their_mark_past_lists_inside_them() -> None:
    """Cards ① ② ③, one listing "1 …" "2 …" (numbers alone, as cards are in other
    reports) and one listing "① …" "② …" (the cards' own mark): three cards (review 15)."""
    from extract.parse.project_cards import Theme, find_cards

    lines = [Line(i, t, t) for i, t in enumerate(CARD_THEME, start=1)]
    cards, before = find_cards(Theme(1, "사회혁신 생태계 기반 조성", [], lines))
    assert [(c.no, c.title) for c in cards] == [
        (1, "혁신 캠퍼스 운영"), (2, "서울혁신파크 운영"), (3, "청년혁신파크 조성"),
    ]  # fmt: skip
    assert before == [] and [len(c.body) for c in cards] == [4, 6, 2]


def test_a_label_centred_between_the_two_lines_of_its_value() -> None:
    """사회복지국 p48: a 공모 계획 cell sets "사 업 명 :" centred on a name wrapped over
    two lines, so its lines read name, label, name: the label takes both lines (the row
    was no project: its name had no label)."""
    from extract.layout.cells import TableCell
    from extract.parse.cell_projects import read_cell

    texts = ["읍면동 스마트 복지·안전서비스 개선모델 개발", "사 업 명 :", "지원사업(복지 부문)",
             "읍면동의 복지안전서비스를 통해", "사업내용 :", "위기가구 지원 강화",
             "사업기간 : 2025년"]  # fmt: skip
    lines = [Line(n, t, t) for n, t in enumerate(texts, start=1)]
    # each label half a line below the first line of its value (10 pt lines, 13 pt apart)
    tops = [100.0, 106.5, 113.0, 126.0, 132.5, 139.0, 152.0]
    boxes = {n: (60.0, top, 300.0, top + 10.0) for n, top in enumerate(tops, start=1)}
    cell = TableCell(1, 1, 1, 1, " ".join(texts), lines=tuple(range(1, 8)))
    proj = read_cell(cell, {ln.no: ln for ln in lines}, [], 2025, boxes)
    assert proj is not None
    assert proj.title == "읍면동 스마트 복지·안전서비스 개선모델 개발 지원사업(복지 부문)"
    assert proj.fields["사업내용"] == "읍면동의 복지안전서비스를 통해 위기가구 지원 강화"
    assert proj.period is not None and proj.period.start == date(2025, 1, 1)
    # a label on a line of its own under a wrapped value is no centred one: the line
    # before it is that value's (a cost of 10억원, not "교체 … 2단계 국비 5억원")
    texts = ["사업명 : 경로당 환경 개선", "사업내용 : 노후 경로당 30개소 냉난방기",
             "교체 및 단열 보강 2단계", "사업비 :", "국비 5억원, 시비 5억원"]  # fmt: skip
    lines = [Line(n, t, t) for n, t in enumerate(texts, start=1)]
    boxes = {n: (60.0, 100.0 + 13 * n, 300.0, 110.0 + 13 * n) for n in range(1, 6)}
    cell = TableCell(1, 1, 1, 1, " ".join(texts), lines=tuple(range(1, 6)))
    proj = read_cell(cell, {ln.no: ln for ln in lines}, [], 2025, boxes)
    assert proj is not None and proj.fields["사업내용"].endswith("냉난방기")
    assert "사업비" not in proj.fields or "2단계" not in proj.fields["사업비"]


def test_a_competition_table_row_gives_its_division_and_dates() -> None:
    """The 공모 계획 table of a Busan plan: 부서명 beside the 사업명 cell is the project's
    division, merged over two rows both's; "공모시기 (발표시기)" over "’25.10. (’25.12.)"
    dates its competition and its announcement ("(미정)": not yet)."""
    rows = [
        cell(0, 0, p("연번")), cell(0, 1, p("부서명")), cell(0, 2, p("사업명(사업내용)")),
        cell(0, 3, p("공모시기"), p("(발표시기)")), cell(0, 4, p("주관부처")),
        cell(1, 0, p("1")), cell(1, 1, p("청년"), p("정책과"), rs=2),
        cell(1, 2, p("사 업 명 : 2025년도 청년친화도시 지정"), p("사업기간 : ’26년~’30년")),
        cell(1, 3, p("’25.10."), p("(’25.12.)")), cell(1, 4, p("국무조정실")),
        cell(2, 0, p("2")),
        cell(2, 2, p("사 업 명 : 산업혁신인재성장지원"), p("사업기간 : ’25. 3. 1. ~ ’30. 2. 28.")),
        cell(2, 3, p("’25.상반기"), p("(미정)")), cell(2, 4, p("산업통상자원부")),
    ]  # fmt: skip
    data = hwpx(sec(p("Ⅲ. 2025년 주요업무계획"), p("1. 청년 정책"), p("□ 청년 지원"),
                    p("붙임 2025년 공모 계획"), p(tbl(3, 5, rows))))  # fmt: skip
    report = check(parse_document(read_bytes(data, "plan.hwpx"), "plan"))
    first = by_title(report, "2025년도 청년친화도시")
    assert (first.division, first.division_evidence) == ("청년정책과", "column")
    got = {(s.task, s.start, s.end) for s in report.schedules if s.project_id == first.project_id}
    assert got == {("공모", date(2025, 10, 1), date(2025, 10, 31)),
                   ("발표", date(2025, 12, 1), date(2025, 12, 31))}  # fmt: skip
    second = by_title(report, "산업혁신인재성장지원")
    assert second.division == "청년정책과"  # (the 부서명 cell merged over both rows)
    got = {(s.task, s.start, s.end) for s in report.schedules if s.project_id == second.project_id}
    assert ("공모", date(2025, 1, 1), date(2025, 6, 30)) in got
    assert not any(task == "발표" for task, _, _ in got)


def test_a_cells_step_wrapped_onto_the_next_line_keeps_its_words() -> None:
    """청년산학국 p37: "ㅇ ‘23. 12. : … 완료," / "부산공유대학(BITS) 업무협약체결" is one
    step; a note under a step ("* 인천/통영(’22년) …") is none of its words."""
    from extract.layout.cells import TableCell
    from extract.parse.cell_projects import read_cell

    texts = ["사 업 명 : 지역혁신사업(RIS)", "추진상황 : ㅇ ’23. 2.~3. : 공모신청 및 최종선정",
             "ㅇ ‘23. 12. : 타당성조사 완료,", "부산공유대학(BITS) 업무협약체결",
             "ㅇ ‘23.5.31. : 협의체 출범", "* 인천/통영(’22년) 지정",
             "ㅇ ’24. 6.~ : 2차년도 협약체결"]  # fmt: skip
    lines = [Line(n, t, t) for n, t in enumerate(texts, start=1)]
    cell = TableCell(1, 1, 1, 1, " ".join(texts), lines=tuple(range(1, 8)))
    proj = read_cell(cell, {ln.no: ln for ln in lines}, [], 2025)
    assert proj is not None
    assert [f.task for f in proj.steps] == [
        "공모신청 및 최종선정", "타당성조사 완료, 부산공유대학(BITS) 업무협약체결", "협의체 출범",
        "2차년도 협약체결",
    ]  # fmt: skip


@pytest.mark.parametrize("label", ["시 행 일", "❖ 시 행 일", "(시행일자)", "기 간"])
def test_a_generic_date_label_dates_its_topic(label: str) -> None:
    """사회복지국 p19: "❖ 시 행 일 : 2025년 1월 1일부터" under "2025년 돌봄 전담조직 신설
    운영": the label names no task, the title it stands under does."""
    sep = "" if label.startswith("(") else " :"
    report = convert_text([
        "Ⅲ. 2025년 주요업무계획", "1 돌봄 체계 구축", "□ 돌봄 전담조직 신설 운영",
        f"ㅇ {label}{sep} 2025년 1월 1일부터",
    ])  # fmt: skip
    assert [(s.task, s.start) for s in report.schedules] == [
        ("돌봄 전담조직 신설 운영", date(2025, 1, 1))
    ]


@pytest.mark.parametrize(
    ("clause", "task", "start", "raw"),
    [
        ("예산안 시의회 제출(11.11.까지)", "예산안 시의회 제출", date(2025, 11, 11), "11.11.까지"),
        ("(기재부)예산요구 적정성 검토(8월말까지)", "(기재부)예산요구 적정성 검토",
         date(2025, 8, 21), "8월말까지"),
        ("계약특례 적용(2025.6.30.한)", "계약특례 적용", date(2025, 6, 30), "2025.6.30.한"),
    ],
)  # fmt: skip
def test_a_step_dated_by_its_deadline(clause: str, task: str, start: date, raw: str) -> None:
    """기획조정실 p18's 2026년 본예산 편성 일정: "⑤ 예산안 시의회 제출(11.11.까지)" is dated
    by its deadline (the bracket's date with 까지, or 限 / 한 after it)."""
    found = read_clause(clause, 2025, in_plan=True)
    assert found is not None
    span, got_task, got_raw = found
    assert (got_task, span.start, got_raw) == (task, start, raw)


def test_steps_go_where_their_dates_put_them_against_the_plan_year() -> None:
    """A 2025 plan's "□ 추진상황 및 향후계획" lists steps done and to do: one over before
    2025 began was done (신공항추진본부 p16, "'24. 9.~12. 중앙부처 협의"), one open-ended
    goes on ("’23년~ 협력사업 지속 추진"), and a date after 2025 in a step done is a target
    named, no step ("’23. 12. : 기본계획 고시 ▸’29.12월 개항목표 명기", p12)."""
    from extract.normalize import parse_date
    from extract.parse.plan_records import _by_the_year
    from extract.parse.steps import Found

    def step(no: int, task: str, when: str) -> Found:
        span = parse_date(when, year=2025)
        assert span is not None
        return Found(task, span, when, (Line(no, task, task),))

    done_before = step(3, "중앙부처 협의", "’24. 9.~12.")
    going_on = step(2, "협력사업 지속 추진", "’23년~")
    to_do = step(4, "개발계획 승인", "’25.下")
    told = step(1, "기본계획 고시", "’23. 12.")
    target = step(1, "개항목표 명기", "’29.12월")
    coming = step(5, "착공 예정", "’26. 1.")  # (closing a list of steps taken: to come)
    found = {"1-4": [going_on, done_before, to_do]}
    done = {"1-4": [told, target, coming]}
    _by_the_year(found, done, 2025)
    assert [f.task for f in found["1-4"]] == ["협력사업 지속 추진", "개발계획 승인", "착공 예정"]
    assert [f.task for f in done["1-4"]] == ["기본계획 고시", "중앙부처 협의"]


@pytest.mark.parametrize(
    ("line", "steps"),
    [  # two steps each dated in its bracket, joined by 및 (기획조정실 p35; 대전교육청)
     ("상반기 실적 점검(6월) 및 구‧군별 지방세 징수실적 평가(8월)",
      [("상반기 실적 점검", date(2025, 6, 1)), ("구·군별 지방세 징수실적 평가", date(2025, 8, 1))]),
     ("컨설팅 지원단 운영(6~9월) 및 메이커스페이스 안전 점검 실시(9~10월)",
      [("컨설팅 지원단 운영", date(2025, 6, 1)),
       ("메이커스페이스 안전 점검 실시", date(2025, 9, 1))]),
     # after a date with its year the days refine it: one step (신공항추진본부 p16)
     ("’24. 7.~ 8. : 중간보고회(7.4.) 및 주민설명회(8.14.)",
      [("중간보고회(7.4.) 및 주민설명회(8.14.)", date(2024, 7, 1))]),
     # the day a month holds dates the step it stands after (신공항추진본부 p14)
     ("ˊ24. 9. 감정평가 의뢰(9.27.)", [("감정평가 의뢰", date(2024, 9, 27))]),
     # names listed, each dated, sharing what follows the last (nikl p31)
     ("제3회(7월), 제4회(9월) 원내 토론회 개최",
      [("제3회 원내 토론회 개최", date(2025, 7, 1)), ("제4회 원내 토론회 개최", date(2025, 9, 1))]),
     # ... also after the line's own date, each in a month it holds (사회복지국 p39)
     ("’25.2.~4. : ’24년도 사업지 4호점(’25.2월), 5호점(’25.4월) 개소식 개최",
      [("’24년도 사업지 4호점 개소식 개최", date(2025, 2, 1)),
       ("5호점 개소식 개최", date(2025, 4, 1))]),
     # ... not items each with a cost, nor names with no step after them
     ("함지골(7.5억원), 양정(3.5억원) 기능보강 지원", []),
     # a bracket the line opens with names a stage and its date (기획조정실 p29, p42)
     ("(사전 준비 단계, 1~3월) 신규사업 발굴 및 계속사업 관리 강화",
      [("신규사업 발굴 및 계속사업 관리 강화", date(2025, 1, 1))]),
     ("(1분기 3.31.) 대상액의 40.0% 신속집행", [("대상액의 40.0% 신속집행", date(2025, 3, 31))]),
     # ... not a year, nor a state in figures
     ("(현황, ’24년) 129천명 이용", []),
     # a label of the schedule is no part of the task (기획조정실 p18)
     ("지특회계(지역자율계정) 추진일정 : (기재부)기본한도 통보(4월)",
      [("(기재부)기본한도 통보", date(2025, 4, 1))]),
     # a note after a step, dated at its end, is the step dated (교통혁신국 p25)
     ("혁신 기능을 갖춘 교통카드 사업자 선정 * 차기 사업자 업무개시(’25.8.7.～)",
      [("차기 사업자 업무개시", date(2025, 8, 7))]),
     ("공사 착공(3월) * 준공 예정", [("공사 착공", date(2025, 3, 1))]),
     # a note's mark set on a step's last word is none of it (기획조정실 p24)
     ("전문가 자문 및 사업체계 종합점검*(4월)",
      [("전문가 자문 및 사업체계 종합점검", date(2025, 4, 1))]),
     # (review) a date with a colon is the line's, not a name: its task has none of it
     ("하반기 : 제도 개선안 마련(12월)", [("제도 개선안 마련", date(2025, 12, 1))]),
     # ... a plan acted on is no label of the schedule
     ("도시관리계획 : 결정 고시(6월)", [("도시관리계획 : 결정 고시", date(2025, 6, 1))]),
     # ... a stage's bracket before a step dated at its own end: the end's date
     ("(1단계, 상반기) 기본설계 착수(3월)", [("(1단계, 상반기) 기본설계 착수", date(2025, 3, 1))]),
     # ... a state as of a date is no step
     ("(현황, ’24.12.) 누적 가입자 수 증가", []),
     # a bracket of months the line opens with: the step in each (review)
     ("(6월, 12월) 정기 점검",
      [("정기 점검", date(2025, 6, 1)), ("정기 점검", date(2025, 12, 1))]),
     # a half that names the check, held after it: the bracket's date (probe 23, dash)
     ("상반기 성과 점검 및 보고회 개최(’25. 7월)",
      [("상반기 성과 점검 및 보고회 개최", date(2025, 7, 1))]),
     # ... and a month before its bracket stays the step's date
     ("3월 교육 실시(’25. 5월)", [("교육 실시(’25. 5월)", date(2025, 3, 1))])],
)  # fmt: skip
def test_the_steps_a_line_dates(line: str, steps: list[tuple[str, date]]) -> None:
    report = convert_text(["Ⅴ. 2025년 주요업무계획", "1. 재원 관리",
                           "ㅇ 재원 관리 강화", f"- (추진계획) {line}"])  # fmt: skip
    got = sorted([*report.progress, *report.schedules], key=lambda s: s.line_start or 0)
    assert [(s.task, s.start) for s in got] == steps


# --- short names over a labelled cost -------------------------------------------------------


NAMED_AND_COSTED = [
    "Ⅱ. 2025년 주요업무계획",
    "1. 지역경제 활성화",
    "□ 소상공인 지원 사업",
    "ㅇ 사업기간 : 2025. 1. ~ 12.",
    "ㅇ 사업비 : 5,000백만원(국 2,000, 시 3,000)",
    "ㅇ 추진일정 : 공모(3월) → 선정(5월)",
    "□ 전통시장 시설현대화",
    "ㅇ 사업비 : 800백만원",
]


def test_a_short_name_over_its_labelled_cost_is_a_project() -> None:
    """A short title under a numbered item, over "ㅇ 사업비 : …": a project of its own
    (it was read as a block of the item, which took the last cost stated)."""
    report = convert_text(NAMED_AND_COSTED)
    got = [(p.project_id, p.title, p.cost_krw) for p in report.projects]
    assert got == [
        ("1", "지역경제 활성화", None),
        ("1-1", "소상공인 지원 사업", 5_000_000_000),
        ("1-2", "전통시장 시설현대화", 800_000_000),
    ]
    assert [(f.project_id, f.amount_krw) for f in report.project_funding] == [
        ("1-1", 2_000_000_000), ("1-1", 3_000_000_000)]  # fmt: skip
    assert {s.project_id for s in report.schedules} == {"1-1"}


@pytest.mark.parametrize("label", [
    "사업규모", "사업 개요", "추진계획", "재원", "2024년 추진실적", "재원분담", "사업의 필요성",
    "사업비 내역", "추진경위", "문제점 및 대책",
])  # fmt: skip
def test_a_block_of_facts_over_a_cost_is_no_project(label: str) -> None:
    """A block titled like a project's facts ("□ 사업규모" / "ㅇ 총사업비 : 500억원"), or
    what was done, is no project of its own."""
    report = convert_text(["Ⅱ. 2025년 주요업무계획", "1. 신청사 건립", f"□ {label}",
                           "ㅇ 총사업비 : 500억원"])  # fmt: skip
    assert [p.project_id for p in report.projects] == ["1"]


# --- a plan that numbers no item ---------------------------------------------------------


BULLETS_ONLY = [
    "Ⅲ. 2025년 주요업무계획",
    "□ 추진방향",
    "ㅇ 시민 체감형 문화정책 추진",
    "□ 시립미술관 건립",
    "ㅇ 사업기간/사업비: ’23.~’27. / 650억원(국 130, 시 520)",
    "ㅇ 추진계획: 실시설계(’25. 6.), 착공(’25. 12.)",
    "□ 그간 추진경과",
    "ㅇ 기본계획 수립(’23. 5.)",
    "□ 생활체육 활성화",
    "ㅇ 공공체육시설 개방 확대: 30개소",
    "Ⅳ. 현안사항",
    "□ 야구장 신축",
    "ㅇ 총사업비 2,500억원",
]


def test_a_plan_that_numbers_no_item_has_its_top_bullets_as_projects() -> None:
    """No "1." or "1-1" in the plan: its top bullets are its projects, numbered in order,
    with their facts; a block of the section's facts (□ 추진방향) or of what was done (□
    그간 추진경과) is none; the issues section likewise (현안1)."""
    report = convert_text(BULLETS_ONLY)
    got = [(p.project_id, p.title, p.cost_krw) for p in report.projects]
    assert got == [
        ("1", "시립미술관 건립", 65_000_000_000),
        ("2", "생활체육 활성화", None),
        ("현안1", "야구장 신축", 250_000_000_000),
    ]
    assert [(s.project_id, s.task) for s in report.schedules] == [("1", "실시설계"), ("1", "착공")]
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 13_000_000_000), ("시비", 52_000_000_000)]  # fmt: skip


@pytest.mark.parametrize("title", [
    "비전 및 목표", "중점 추진과제", "2025년 업무 여건", "향후 전망", "대응방안", "건의사항",
])  # fmt: skip
def test_a_plans_overview_bullets_are_no_projects(title: str) -> None:
    """A plan that numbers no item: a bullet of its overview (□ 비전, □ 중점 추진과제) names
    no piece of work and states no cost of its own: no project."""
    report = convert_text(["Ⅲ. 2025년 주요업무계획", f"□ {title}", "ㅇ 탄소중립 선도도시",
                           "ㅇ 자원순환 체계 구축", "□ 자원순환 체계 구축",
                           "ㅇ 사업비 : 30억원"])  # fmt: skip
    assert [(p.project_id, p.title) for p in report.projects] == [("1", "자원순환 체계 구축")]


def test_a_plan_drawn_up_is_a_project_where_its_name_states_its_cost() -> None:
    """A top bullet whose title ends in a word of facts (계획) after a name of its own,
    with a cost of its own under it, is a project ("□ 2040 부산도시기본계획" / "ㅇ 사업비 :
    10억원"); a block's title so ending is none ("□ 2025년 사업계획")."""
    report = convert_text(["Ⅲ. 2025년 주요업무계획", "□ 2040 부산도시기본계획",
                           "ㅇ 사업비 : 10억원", "ㅇ 추진일정 : 공청회(5월), 승인(12월)",
                           "□ 2025년 사업계획", "ㅇ 사업비 : 5억원"])  # fmt: skip
    assert [(p.project_id, p.title, p.cost_krw) for p in report.projects] == [
        ("1", "2040 부산도시기본계획", 1_000_000_000)]  # fmt: skip
    assert [s.task for s in report.schedules] == ["공청회", "승인"]


@pytest.mark.parametrize(
    ("amount_line", "quarters", "amount"),
    [
        ("157,280", "1,000 98,000 20,000 38,280", 157_280_000),  # the row as printed
        # quarters left blank: the first figure covers the rest, it is the amount
        ("157,280", "1,000 98,000 20,000", 157_280_000),
        ("157,280", "1,000", 157_280_000),
        ("157,280", "", 157_280_000),  # one figure: the amount, the row cut short
        # four figures, the first no amount of the others: which is which is not known
        ("", "1,000 98,000 20,000 38,280", None),
    ],
)
def test_a_budget_row_short_of_figures_files_none_under_another_column(
    amount_line: str, quarters: str, amount: int | None
) -> None:
    """Amount and four quarters: a row with five figures fills them; with fewer, the
    first is the amount where it covers the others (one figure: the amount), and no
    figure is filed under a quarter that may not be its own; a warning says so, and
    no quarters' check fails for quarters not read."""
    lines = SAMPLE_TEXT.read_text(encoding="utf-8").splitlines()
    at = lines.index("1,000 98,000 20,000 38,280")
    lines[lines.index("157,280")] = amount_line
    lines[at] = quarters
    report = convert_text(lines)
    first = next(b for b in report.project_budgets if b.project_id == "1-1")
    assert first.amount_krw == amount
    full = bool(amount_line) and quarters.count(",") == 4
    assert (first.q4_krw == 38_280_000) == full
    warned = [w.message for w in report.warnings if w.code == "project_budgets.columns"]
    assert bool(warned) != full
    assert not [c for c in report.validation if c.check == "project_budgets.quarters"
                and not c.passed]  # fmt: skip


def test_an_amount_read_after_the_quarters_is_the_amount() -> None:
    """A table with no rule between a row's figures and its notes sets the amount
    centred beside both: read after the quarters' line.  It is the amount where the
    quarters add up to it; a row whose figures add up neither way keeps the order read
    (the report's own error, for the checks to find)."""
    lines = SAMPLE_TEXT.read_text(encoding="utf-8").splitlines()
    at = lines.index("157,280")
    lines[at] = "1,000 98,000 20,000 38,280"
    lines[lines.index("1,000 98,000 20,000 38,280", at + 1)] = "157,280"
    first = next(b for b in convert_text(lines).project_budgets if b.project_id == "1-1")
    assert (first.amount_krw, first.q1_krw, first.q4_krw) == (157_280_000, 1_000_000, 38_280_000)
    lines[lines.index("157,280")] = "157,281"  # (the quarters add up to neither)
    first = next(b for b in convert_text(lines).project_budgets if b.project_id == "1-1")
    assert (first.amount_krw, first.q4_krw) == (1_000_000, 157_281_000)
