"""Fixes of the 113th round of probes, a 광역시 국's 2017 주요업무 보고 in the older layout
(old2017): `Ⅱ. 2016년 주요성과 및 2017년 추진계획` whose cards each hold `□ 추진실적(’16)`
and `□ 추진계획(’17)`, `ㅇ` bullets, `-` sub-items, `*` and `⇒` notes.

* a block of results labelled with its year in a bracket, `□ 추진실적(’16)`, dates its
  months with no year in that year (a card read as a card of blocks had read it without
  its bracket: the report's year);
* a card's facts set over its blocks, `ㅇ 사업기간 : …` / `ㅇ 사 업 비 : …` over
  `□ 추진실적(’16)`, are its period and cost (they had been its summary), and in a text
  that indents its lists a `□` set at the very margin of the `ㅇ` before it is beside it,
  not under it;
* a count with a bracket of the months it was reached over, `조기폐차 지원 : 1,120대 (’16.
  3월 ~ 11월)`, is a step done (not a figure's date);
* a year's aim, `⇒ ’17년 미세먼지 농도 42㎍/㎥ 이하로 개선`, is no step of the schedule.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report


def _text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


_HEAD = (
    "2017년 주요업무 보고\n\n환경복지위원회\n\n가온광역시 환경녹지국\n\n"
    "Ⅱ. 2016년 주요성과 및 2017년 추진계획\n\n"
)


def _themed(card: str) -> str:
    """A plan of themes over lettered cards, the card given first under its theme."""
    return (
        _HEAD + "1. 시민 중심 교통체계 구축\n\n"
        + card
        + "\n 나. 교통약자 이동편의 증진 (교통정책과)\n  □ 추진계획(’17)\n"
        "    ㅇ 사업기간 : ’17. 3월 ~ 12월\n    ㅇ 사 업 비 : 1,250백만원(국 500, 시 750)\n"
        "    ㅇ 저상버스 60대 도입 (3월 ~ 11월)\n"
    )


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("□ 추진실적(’16)", 2016),
        ("□ 추진실적(‘16)", 2016),
        ("□ 추진실적(’16년)", 2016),
        ("□ 추진실적(2015)", 2015),
        ("□ 추진실적 (’16년)", 2016),
        # (the day of that year the results stand at: review C, round 113)
        ("□ 추진실적(’16. 12월말 기준)", 2016),
        ("□ 추진실적(’16.12.31. 현재)", 2016),
        ("□ 추진실적 (2016. 11월 기준)", 2016),
    ],
)
def test_a_results_blocks_bracket_year_dates_its_months(label: str, year: int) -> None:
    """`□ 추진실적(’16)` over `ㅇ 시내버스 노선 개편 (7월)`: July of 2016, not of 2017."""
    card = (
        " 가. 시내버스 준공영제 내실화 (교통정책과)\n"
        f"  {label}\n    ㅇ 시내버스 노선 개편 시행 (7월)\n"
        "    ㅇ 운송원가 표준화 용역 (3월 ~ 10월)\n"
        "  □ 추진계획(’17)\n    ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "    ㅇ 사 업 비 : 42,000백만원(시비)\n    ㅇ 재정지원 기준 개정 (2월)\n"
    )
    report = _text(_themed(card))
    done = [(p.task, p.start, p.end) for p in report.progress if p.project_id == "1-1"]
    assert [(t, str(s), str(e)) for t, s, e in done] == [
        ("시내버스 노선 개편 시행", f"{year}-07-01", f"{year}-07-31"),
        ("운송원가 표준화 용역", f"{year}-03-01", f"{year}-10-31"),
    ]
    planned = [(s.task, str(s.start)) for s in report.schedules if s.project_id == "1-1"]
    assert planned == [("재정지원 기준 개정", "2017-02-01")]


_PERIOD = "  ㅇ 사업기간 : "
_COST = "  ㅇ 사 업 비 : "
_M = 1_000_000  # (백만원)


@pytest.mark.parametrize(
    ("facts", "period", "cost", "funding"),
    [
        # (the blocks at the facts' margin, and set left of them)
        ((_PERIOD + "’14. 3월 ~ ’18. 12월", _COST + "18,600백만원(국 5,580, 시 13,020)"),
         ("2014-03-01", "2018-12-31"), 18_600 * _M, {"국비": 5_580 * _M, "시비": 13_020 * _M}),
        ((_PERIOD + "’17. 1월 ~ 12월", _COST + "1,250백만원(국 500, 시 750)"),
         ("2017-01-01", "2017-12-31"), 1_250 * _M, {"국비": 500 * _M, "시비": 750 * _M}),
        ((_PERIOD + "’16. 1월 ~ ’18. 12월", "  ㅇ 총사업비 : 28,000백만원(국 8,400, 시 19,600)"),
         ("2016-01-01", "2018-12-31"), 28_000 * _M, {"국비": 8_400 * _M, "시비": 19_600 * _M}),
        # (a fact wrapped onto the next line)
        ((_PERIOD + "’17. 2월 ~ 11월", _COST + "3,600백만원(국 1,800,", "    시 1,800)"),
         ("2017-02-01", "2017-11-30"), 3_600 * _M, {"국비": 1_800 * _M, "시비": 1_800 * _M}),
    ],
)
@pytest.mark.parametrize("margin", ["  ", ""])
def test_a_cards_facts_over_its_blocks(
    facts: tuple[str, ...], period: tuple[str, str], cost: int, funding: dict[str, int],
    margin: str,
) -> None:
    """`ㅇ 사업기간 : …` / `ㅇ 사 업 비 : …` right under the card's title, over `□ 추진실적(’16)`
    and `□ 추진계획(’17)`: the card's period and cost, no summary; its results and plans
    under their blocks."""
    card = (
        " 가. 도시계획도로 개설 (도로과)\n" + "\n".join(facts) + "\n"
        f"{margin}□ 추진실적(’16)\n    ㅇ 보상 완료 (5월)\n"
        f"{margin}□ 추진계획(’17)\n    ㅇ 2단계 공사 착공 (3월)\n"
    )
    report = _text(_themed(card))
    p = next(p for p in report.projects if p.project_id == "1-1")
    assert (p.title, p.division) == ("도시계획도로 개설", "도로과")
    assert (str(p.period_start), str(p.period_end), p.cost_krw) == (*period, cost)
    assert not p.summary
    shares = {f.source: f.amount_krw for f in report.project_funding if f.project_id == "1-1"}
    assert shares == funding
    done = [(p.task, str(p.start)) for p in report.progress if p.project_id == "1-1"]
    assert done == [("보상 완료", "2016-05-01")]
    planned = [(s.task, str(s.start)) for s in report.schedules if s.project_id == "1-1"]
    assert planned == [("2단계 공사 착공", "2017-03-01")]


@pytest.mark.parametrize(
    "block", ["□ 추진실적(’16)", "□ 추진계획(’17)", "□ 주요내용"]
)
def test_a_box_at_the_margin_of_the_bullet_before_it_is_beside_it(block: str) -> None:
    """In a text that indents its lists, `  ㅇ 사 업 비 : …` then `  □ 추진실적(’16)` at the
    same margin: the box beside the bullet, under the item (it had been set under the
    bullet, and the bullets under it beside it)."""
    text = (
        _HEAD + "1. 도시계획도로 개설 (도로과)\n  ㅇ 사업기간 : ’14. 3월 ~ ’18. 12월\n"
        "  ㅇ 사 업 비 : 18,600백만원(국 5,580, 시 13,020)\n"
        f"  {block}\n    ㅇ 보상 완료 (’16. 5월)\n    ㅇ 1단계 구간 개통 (’16. 12월)\n"
    )
    report = _text(text)
    nodes = {n.node: n for n in report.outline}
    box = next(n for n in report.outline if n.title == block[2:])
    assert nodes[box.parent].title == "도시계획도로 개설 (도로과)"
    under = [n.title for n in report.outline if n.parent == box.node]
    assert under == ["보상 완료 (’16. 5월)", "1단계 구간 개통 (’16. 12월)"]


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("노후 경유차 조기폐차 지원 : 1,120대 (’16. 3월 ~ 11월)", ("2016-03-01", "2016-11-30")),
        ("저상버스 도입 45대 (’16. 4월 ~ 11월)", ("2016-04-01", "2016-11-30")),
        ("전기자동차 보급 : 350대(’16. 4. 1. ~ 6. 30.)", ("2016-04-01", "2016-06-30")),
        ("찾아가는 교통안전 교육 : 120회 (’16. 3월~12월)", ("2016-03-01", "2016-12-31")),
    ],
)
def test_a_count_over_the_months_it_was_reached_is_a_step(
    line: str, span: tuple[str, str]
) -> None:
    """`ㅇ 조기폐차 지원 : 1,120대 (’16. 3월 ~ 11월)` under `□ 추진실적(’16)`: done over
    those months (a figure's bracket of a year alone, `75개소(’16년)`, stays its date)."""
    text = (
        _HEAD + "1. 맑은 공기 가온 만들기 (환경정책과)\n□ 추진실적(’16)\n"
        f"  ㅇ {line}\n  ㅇ 측정소 설치 목표 : 75개소(’16년)\n"
        "□ 추진계획(’17)\n  ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 5,400백만원(국 2,700, 시 2,700)\n"
        "  ㅇ 추진일정\n    - ’17. 2월 : 보급 사업 공고\n    - ’17. 3월 ~ 11월 : 보조금 지급\n"
    )
    report = _text(text)
    done = [(str(p.start), str(p.end)) for p in report.progress]
    assert done == [span]


@pytest.mark.parametrize(
    "aim",
    [
        "⇒ ’17년 미세먼지 농도 42㎍/㎥ 이하로 개선",
        "⇒ ’17년 버스 이용객 2% 이상 증가",
        "⇒ ’17년 재활용률 61.0% 이상 달성",
        "⇒ 2017년 교통사고 사망자 100명 미만으로 감축",
    ],
)
@pytest.mark.parametrize("under", ["plan", "schedule"])
def test_a_years_aim_is_no_step(aim: str, under: str) -> None:
    """`⇒ ’17년 미세먼지 농도 42㎍/㎥ 이하로 개선` closing a card's plan: what the plan
    aims at, no step over the whole year (dated steps beside it stay)."""
    steps = "  ㅇ 추진일정\n    - ’17. 2월 : 보급 사업 공고\n    - ’17. 3월 ~ 11월 : 보조금 지급\n"
    tail = f"  {aim}\n" if under == "plan" else f"    {aim}\n"
    text = (
        _HEAD + "1. 맑은 공기 가온 만들기 (환경정책과)\n□ 추진실적(’16)\n"
        "  ㅇ 전기자동차 보급 350대 (’16. 9월)\n□ 추진계획(’17)\n"
        "  ㅇ 사업기간 : ’17. 1월 ~ 12월\n  ㅇ 사 업 비 : 5,400백만원(국 2,700, 시 2,700)\n"
        + steps + tail
    )
    report = _text(text)
    planned = [(s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert planned == [
        ("보급 사업 공고", "2017-02-01", "2017-02-28"),
        ("보조금 지급", "2017-03-01", "2017-11-30"),
    ]


@pytest.mark.parametrize(
    ("chapter", "year"),
    [
        ("Ⅱ. 2016년 주요성과 및 2017년 추진계획", 2017),
        ("Ⅱ. 2016년 주요업무 추진실적 및 2017년 주요업무계획", 2017),
        ("Ⅱ. 2024년 성과 및 2025년 추진계획", 2025),
    ],
)
def test_a_plan_chapter_after_its_results_year_is_the_plans(chapter: str, year: int) -> None:
    """`Ⅱ. 2016년 주요성과 및 2017년 추진계획`: a month with no year in its cards is of 2017,
    the plan's year its title names after the results' (it had been the first year,
    2016's)."""
    text = (
        f"{year}년 주요업무 보고\n\n가온광역시 교통건설국\n\n{chapter}\n\n"
        "1. 전기자동차 보급 (환경정책과)\n"
        f"  ㅇ 사업기간 : {year}. 1월 ~ 12월\n  ㅇ 사 업 비 : 9,500백만원(국 7,000, 시 2,500)\n"
        "  ㅇ 추진일정 : 보급 공고 (2월)\n\n"
        "2. 수소차 충전소 구축 (환경정책과)\n"
        f"  ㅇ 사업기간 : {year}. 3월 ~ 12월\n  ㅇ 사 업 비 : 3,000백만원(국 1,500, 시 1,500)\n"
        "  ㅇ 추진일정 : 부지 선정 (4월), 착공 (9월)\n"
    )
    report = _text(text)
    planned = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert planned == [
        ("1", "보급 공고", f"{year}-02-01"),
        ("2", "부지 선정", f"{year}-04-01"),
        ("2", "착공", f"{year}-09-01"),
    ]
    assert not report.progress


@pytest.mark.parametrize(
    ("done", "plan"),
    [
        ("ㅇ ’16년 실적 : 350대 보급 (3월 ~ 11월)", "ㅇ ’17년 계획 : 500대 보급 (2월 ~ 11월)"),
        ("ㅇ 2016년 실적 : 350대 보급 (3월 ~ 11월)", "ㅇ 2017년 계획 : 500대 보급 (2월 ~ 11월)"),
        ("ㅇ ‘16년 추진실적 : 350대 보급 (3월 ~ 11월)",
         "ㅇ ‘17년 추진계획 : 500대 보급 (2월 ~ 11월)"),
    ],
)
def test_a_lines_label_of_a_year_dates_its_months(done: str, plan: str) -> None:
    """`ㅇ ’16년 실적 : 350대 보급 (3월 ~ 11월)` beside `ㅇ ’17년 계획 : 500대 보급 (2월 ~
    11월)` in a card: the results 2016's (done), the plan 2017's, the label no task."""
    text = (
        _HEAD + "1. 쾌적한 대기환경 조성\n\n 가. 전기자동차 보급 (환경정책과)\n"
        "  ㅇ 사업기간 : ’17. 1월 ~ 12월\n  ㅇ 사 업 비 : 9,500백만원(국 7,000, 시 2,500)\n"
        f"  {done}\n  {plan}\n\n 나. 수소차 보급 (환경정책과)\n  ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 3,000백만원(국 1,500, 시 1,500)\n"
    )
    report = _text(text)
    assert [(p.task, str(p.start), str(p.end)) for p in report.progress] == [
        ("350대 보급", "2016-03-01", "2016-11-30")
    ]
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("500대 보급", "2017-02-01", "2017-11-30")
    ]


# --- review C of round 113 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        # (how things stand or why: its figures over months are statistics)
        ("□ 현황", "  ㅇ 미세먼지 주의보 발령 : 12회 (’16. 1월 ~ 11월)"),
        ("□ 현황", "  ㅇ 민원 접수 : 1,250건(’16. 1. 1. ~ 6. 30.)"),
        ("□ 추진배경", "  ㅇ 최근 3년간 교통사고 : 3,420건 (’14. 1월 ~ ’16. 12월)"),
        ("□ 추진배경", "  ㅇ 불법주정차 신고 : 12,500건(’16. 1.~10.)"),
        # (a tally as of a day, in a block of results too)
        ("□ 추진실적(’16)", "  ㅇ 교통사고 사망자 : 85명 (’16. 1월 ~ 10월 기준)"),
        ("□ 추진실적(’16)", "  ㅇ 보행자 사망 : 42명 (’16. 1월~11월, 누계)"),
        ("□ 추진실적(’16)", "  ㅇ 보행자 사망 : 42명 (’16. 1. ~ 10. 현재)"),
    ],
)
def test_a_figure_over_months_of_how_things_stand_is_no_step(block: tuple[str, str]) -> None:
    """`□ 현황` / `ㅇ 미세먼지 주의보 발령 : 12회 (’16. 1월 ~ 11월)`: a statistic of those
    months, nothing done (a count reached over months is a step in a block of results
    only, and not with 기준 or 누계 in its bracket)."""
    label, line = block
    text = (
        _HEAD + "1. 맑은 공기 가온 만들기 (환경정책과)\n"
        f"{label}\n{line}\n"
        "□ 추진계획(’17)\n  ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 5,400백만원(국 2,700, 시 2,700)\n"
        "  ㅇ 추진일정\n    - ’17. 2월 : 보급 사업 공고\n"
    )
    report = _text(text)
    assert not report.progress
    assert [(s.task, str(s.start)) for s in report.schedules] == [("보급 사업 공고", "2017-02-01")]


_CARD25 = (
    "2025년 주요업무 보고\n\n가온광역시 교통건설국\n\nⅡ. 2025년 주요업무 추진계획\n\n"
    "1. 전기자동차 보급 (환경정책과)\n  ㅇ 사업기간 : ’25. 1월 ~ 12월\n"
    "  ㅇ 사 업 비 : 9,500백만원(국 7,000, 시 2,500)\n"
)


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("ㅇ ’24년 실적 평가 : 보급 사업 성과평가 실시 (2월)", "2025-02-01"),
        ("ㅇ 2024년 실적보고회 : 시민 참여 보고회 개최 (1월)", "2025-01-01"),
        ("ㅇ ’24년 실적 점검 : 보조금 집행 점검 (3월 ~ 4월)", "2025-03-01"),
    ],
)
def test_a_label_saying_more_than_a_years_results_is_the_plans(line: str, start: str) -> None:
    """`ㅇ ’24년 실적 평가 : … (2월)` in a 2025 plan: an evaluation of the results held in
    February 2025, a step of the plan (only a year and a word of results alone, `’24년
    실적 :`, dates the months in it)."""
    report = _text(_CARD25 + f"  {line}\n")
    assert not report.progress
    assert [str(s.start) for s in report.schedules] == [start]


@pytest.mark.parametrize(
    ("line", "done"),
    [
        ("ㅇ ’24년 성과 : 350대 보급 (11월)", [("350대 보급", "2024-11-01", "2024-11-30")]),
        ("ㅇ 추진실적(’24년) : 350대 보급 (3월 ~ 11월)",
         [("350대 보급", "2024-03-01", "2024-11-30")]),
        # (the label's year reaches the lines under it)
        ("ㅇ ’24년 실적 : 수소버스 5대 도입\n    - 1차 도입 (3월)\n    - 2차 도입 (9월)",
         [("1차 도입", "2024-03-01", "2024-03-31"), ("2차 도입", "2024-09-01", "2024-09-30")]),
        ("ㅇ 2024년 추진실적 : 수소버스 5대 도입\n    - 1차 도입 (3월)",
         [("1차 도입", "2024-03-01", "2024-03-31")]),
    ],
)
def test_a_label_of_a_years_results_dates_its_months_and_lines(
    line: str, done: list[tuple[str, str, str]]
) -> None:
    """`ㅇ ’24년 성과 : 350대 보급 (11월)`, `ㅇ 추진실적(’24년) : …`, and `ㅇ ’24년 실적 : …`
    over `- 1차 도입 (3월)`: done in 2024, the label no task."""
    report = _text(_CARD25 + f"  {line}\n")
    assert [(p.task, str(p.start), str(p.end)) for p in report.progress] == done
    assert not report.schedules


@pytest.mark.parametrize(
    "chapter", ["Ⅱ. 2017년 ~ 2018년 추진계획", "Ⅱ. ’17 ~ ’18년 추진계획"]
)
def test_a_plan_title_of_a_range_of_years_dates_by_its_first(chapter: str) -> None:
    """`Ⅱ. 2017년 ~ 2018년 추진계획`: a month with no year is of 2017, the range's first year
    (not 2018, its last, read as the year before the plan's words)."""
    text = (
        f"2017년 주요업무 보고\n\n가온광역시 교통건설국\n\n{chapter}\n\n"
        "1. 전기자동차 보급 (환경정책과)\n  ㅇ 사업기간 : 2017. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 9,500백만원(국 7,000, 시 2,500)\n"
        "  ㅇ 추진일정 : 보급 공고 (2월), 보조금 지급 (3월 ~ 11월)\n"
    )
    report = _text(text)
    assert [(s.task, str(s.start)) for s in report.schedules] == [
        ("보급 공고", "2017-02-01"), ("보조금 지급", "2017-03-01")
    ]


@pytest.mark.parametrize(
    ("line", "task", "span"),
    [
        ("- ’17년 : 노후관 40km 교체로 유수율 85% 이상 달성",
         "노후관 40km 교체로 유수율 85% 이상 달성", ("2017-01-01", "2017-12-31")),
        ("- ’17 ~ ’18년 : 2단계 구간 20km 이상", "2단계 구간 20km 이상",
         ("2017-01-01", "2018-12-31")),
        ("- 2017년 : 지원 대상 65세 이상", "지원 대상 65세 이상", ("2017-01-01", "2017-12-31")),
        ("- ’17년 연중 : 환승 할인 확대로 이용객 5% 이상 증가",
         "환승 할인 확대로 이용객 5% 이상 증가", ("2017-01-01", "2017-12-31")),
    ],
)
def test_a_dated_line_of_work_or_scope_with_a_level_is_a_step(
    line: str, task: str, span: tuple[str, str]
) -> None:
    """`- ’17년 : 노후관 40km 교체로 유수율 85% 이상 달성` in a schedule: work done that year
    (교체, 확대) or its scope (`지원 대상 65세 이상`), a step; not a target, which is marked
    as one (⇒, 목표) or a state's figure reaching a level (`⇒ ’17년 유수율 85% 이상으로 향상`)."""
    text = (
        _HEAD + "1. 노후 상수관로 정비 (상수도과)\n  ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 5,400백만원(국 2,700, 시 2,700)\n  ㅇ 추진일정\n"
        f"    - ’17. 2월 : 실시설계 완료\n    {line}\n  ⇒ ’17년 유수율 85% 이상으로 향상\n"
    )
    report = _text(text)
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("실시설계 완료", "2017-02-01", "2017-02-28"), (task, *span)
    ]


def test_a_paragraph_after_the_cards_facts_is_its_summary() -> None:
    """`ㅇ 사업기간 : ’17. 3월 ~ 12월` then, at the bullet's margin and with no mark, `도심
    교통약자의 이동권 보장을 위하여 …`, over `□ 추진실적(’16)`: the paragraph is the card's
    summary, no part of its period."""
    para = "도심 교통약자의 이동권 보장을 위하여 저상버스를 확대 도입"
    card = (
        " 가. 교통약자 이동편의 증진 (교통정책과)\n  ㅇ 사 업 비 : 1,250백만원(국 500, 시 750)\n"
        f"  ㅇ 사업기간 : ’17. 3월 ~ 12월\n  {para}\n"
        "  □ 추진실적(’16)\n    ㅇ 저상버스 40대 도입 (10월)\n"
        "  □ 추진계획(’17)\n    ㅇ 저상버스 60대 도입 (3월 ~ 11월)\n"
    )
    report = _text(_themed(card))
    p = next(p for p in report.projects if p.project_id == "1-1")
    assert p.summary == para
    assert (str(p.period_start), str(p.period_end), p.cost_krw) == (
        "2017-03-01", "2017-12-31", 1_250 * _M
    )
