"""Round 116, a 2025 주요업무보고's chapter of the head's pledges (민선8기 시장 공약사항 /
핵심과제 이행현황) beside its plan, and a results chapter of 2024's figures: each pledge a
card (□ 공약명 / ○ 사업개요 over its 기간 and 사업비 / ○ 추진실적 / ○ 향후계획) under an
item of the chapter, a next step's block titled with its year (○ 향후계획(’25)), and a
table that sets 목표 against 실적 and 달성률(%) under a plain 구 분."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_COVER = "2025년 주요업무보고\n\n가온시 기획조정실\n\n2025. 2.\n\n"

_PLAN = (
    "Ⅳ. 2025년 주요업무 추진계획\n\n"
    "1. 규제혁신 추진\n"
    "□ 생활규제 발굴·개선\n"
    "○ 사업기간 : ’25. 1.~12.\n"
    "○ 사 업 비 : 50백만원 (시비)\n"
    "○ 추진일정\n"
    "- ’25. 3. 규제발굴 공모\n"
)


def _card(name: str, period: str, cost: str, done: str, nexts: str, next_label: str) -> str:
    return (
        f"□ {name}\n"
        "○ 사업개요\n"
        f"- 기    간 : {period}\n"
        f"- 사 업 비 : {cost}\n"
        "○ 추진실적\n"
        f"- {done}\n"
        f"○ {next_label}\n"
        f"- {nexts}\n"
    )


def _pledges(title: str, item: str, next_label: str = "향후계획") -> str:
    return (
        _COVER
        + "Ⅰ. 일반현황\n\n1. 조  직 : 1실 3담당관 12팀\n\n"
        + f"Ⅲ. {title}\n\n"
        "1. 공약사업 총괄\n"
        "○ 총 2개 공약, 총사업비 1,100억원 (’22~’26)\n\n"
        f"2. {item}\n\n"
        + _card("가온 시민체육센터 건립", "’22. 7.~’26. 6.", "100억원 (국 30, 시 70)",
                "’24. 3. 착공", "’25. 6. 준공", next_label)
        + _card("가온천 생태하천 복원", "2022~2026", "1,000억원 (국 500, 도 200, 시 300)",
                "’24. 8. 보상 착수", "’26. 4. 1공구 착공", next_label)
        + "\n" + _PLAN
    )


def _by_title(report: Report) -> dict[str, object]:
    return {p.title: p for p in report.projects}


@pytest.mark.parametrize(
    ("title", "item", "next_label"),
    [
        # the pledges' chapter after the results, before the year's plan: its cards under
        # its second item are projects, not the item
        ("민선8기 시장 공약사항 이행현황", "공약별 추진상황", "향후계획"),
        ("민선8기 공약사업 추진현황", "공약사업별 추진현황", "향후계획"),
        # the term's core tasks told as the pledges are: no policy's goals
        ("민선8기 핵심과제 이행현황", "과제별 추진상황", "향후계획"),
        # a next step's block titled with its year is still a card's block
        ("민선8기 시장 공약사항 이행현황", "공약별 추진상황", "향후계획(’25)"),
    ],
)
def test_pledge_cards_are_projects(title: str, item: str, next_label: str) -> None:
    report = _text(_pledges(title, item, next_label))
    found = _by_title(report)
    assert set(found) == {"가온 시민체육센터 건립", "가온천 생태하천 복원", "생활규제 발굴·개선"}
    hall = found["가온 시민체육센터 건립"]
    river = found["가온천 생태하천 복원"]
    assert hall.cost_krw == 10_000_000_000  # type: ignore[attr-defined]
    assert (str(hall.period_start), str(hall.period_end)) == (  # type: ignore[attr-defined]
        "2022-07-01", "2026-06-30")
    assert river.cost_krw == 100_000_000_000  # type: ignore[attr-defined]
    assert (str(river.period_start), str(river.period_end)) == (  # type: ignore[attr-defined]
        "2022-01-01", "2026-12-31")
    ids = {p.title: p.project_id for p in report.projects}
    shares = {
        (f.project_id, f.source[0], f.amount_krw) for f in report.project_funding
    }
    assert {(ids["가온 시민체육센터 건립"], "국", 3_000_000_000),
            (ids["가온 시민체육센터 건립"], "시", 7_000_000_000),
            (ids["가온천 생태하천 복원"], "도", 20_000_000_000)} <= shares
    # what was done is progress, what comes next a schedule
    steps = {(s.project_id, s.task, str(s.start)) for s in report.schedules}
    done = {(s.project_id, s.task, str(s.start)) for s in report.progress}
    assert (ids["가온 시민체육센터 건립"], "준공", "2025-06-01") in steps
    assert (ids["가온천 생태하천 복원"], "1공구 착공", "2026-04-01") in steps
    assert (ids["가온 시민체육센터 건립"], "착공", "2024-03-01") in done
    assert (ids["가온천 생태하천 복원"], "보상 착수", "2024-08-01") in done
    assert not any(s[1] == "착공" and s[2] == "2024-03-01" for s in steps)


def test_core_tasks_of_a_policy_chapter_stay_policy() -> None:
    # (the term's tasks under a title of how they stand are the plan's; a chapter of the
    # goals and their tasks beside them stays the policy's)
    text = _pledges("민선8기 핵심과제 이행현황", "과제별 추진상황").replace(
        "Ⅲ. ", "Ⅱ. 정책목표와 핵심과제\n\n1. 비 전 : 시민이 행복한 가온\n\nⅢ. ", 1
    )
    report = _text(text)
    roles = {n.title: n.role for n in report.outline if n.level == 1}
    assert roles["정책목표와 핵심과제"] == "policy"
    assert roles["민선8기 핵심과제 이행현황"] == "plans"


_RESULTS_ROWS = [
    ["구  분", "목표", "실적", "달성률(%)"],
    ["규제 개선", "40", "44", "110.0"],
    ["적극행정 우수사례", "20", "18", "90.0"],
]


def _results_text() -> str:
    return (
        _COVER + "Ⅰ. 일반현황\n\n1. 조  직 : 1실 3담당관 12팀\n\n"
        "Ⅱ. 2024년 주요성과\n\n1. 2024년 주요업무 추진실적\n(단위 : 건, %)\n"
        "구  분              목표   실적   달성률(%)\n"
        "규제 개선           40     44     110.0\n"
        "적극행정 우수사례   20     18     90.0\n\n"
        + _PLAN
    )


def _results_hwpx() -> Report:
    return _hwpx(
        p("2025년 주요업무보고"), p("Ⅰ. 일반현황"), p("1. 조  직 : 1실 3담당관 12팀"),
        p("Ⅱ. 2024년 주요성과"), p("1. 2024년 주요업무 추진실적"), p("(단위 : 건, %)"),
        p(_table(_RESULTS_ROWS)),
        p("Ⅲ. 2025년 주요업무 추진계획"), p("1. 규제혁신 추진"), p("□ 생활규제 발굴·개선"),
        p("○ 사업기간 : ’25. 1.~12."), p("○ 사 업 비 : 50백만원 (시비)"),
    )


@pytest.mark.parametrize("read", [lambda: _text(_results_text()), _results_hwpx])
def test_targets_set_against_actuals_are_indicators(read: object) -> None:
    report = read()  # type: ignore[operator]
    got = {(i.indicator, i.kind, float(i.value), i.unit) for i in report.indicators}
    assert {
        ("규제 개선", "target", 40.0, "건"), ("규제 개선", "actual", 44.0, "건"),
        ("규제 개선", "rate", 110.0, "%"), ("적극행정 우수사례", "rate", 90.0, "%"),
    } <= got
    # 달성률 checked against 실적 / 목표, and the sums right
    rates = [v for v in report.validation if v.check == "indicators.rate"]
    assert len(rates) == 2 and all(v.passed for v in rates)
