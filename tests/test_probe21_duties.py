"""An organisation table whose duty column gives the report's duties: `실 | 팀 | 주요업무`
(a 군's 기획감사실 merged down over its 팀, each 주요업무 cell a list of "- " lines), in a
report with no part of duties of its own. What each must give, and what had been lost."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed


def _report(top: str, unit: str, rows: list[list[str]], spans: dict[tuple[int, int], int],
            count: str) -> Report:
    table = _table([[top, unit, "주 요 업 무"], *rows], spans)
    return _hwpx(
        p("2026년 주요업무계획"), p("새봄군 기획감사실"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 주요업무"), p(f"○ 조 직 : {count}"), p(table),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 군정 성과관리 내실화"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
    )  # fmt: skip


def test_a_county_offices_table_of_its_teams_and_their_duties() -> None:
    """"실 | 팀 | 주요업무", the 실 merged down over its 팀, each 팀's duties one a "- "
    line (a duty wrapped onto a line without a dash stays one): each line a duty of its
    row's 팀, in order (the 실's word had not been read as a column of units, and the
    report, with no 부서별 주요기능 of its own, had no duties at all)."""
    rows = [
        ["기획감사실", "기획팀", "- 군정 주요업무계획 수립 및 조정\n- 군정 성과관리 및 평가"],
        ["", "예산팀", "- 예산 편성 및 운영\n- 주민참여예산제 운영 및\n  결산 총괄\n- 예비비 관리"],
        ["", "감사팀", "- 자체감사 및 공직감찰"],
    ]
    report = _report("실", "팀", rows, {(1, 0): 3}, "1실 3팀")
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("기획팀", 1, "군정 주요업무계획 수립 및 조정"), ("기획팀", 2, "군정 성과관리 및 평가"),
        ("예산팀", 1, "예산 편성 및 운영"), ("예산팀", 2, "주민참여예산제 운영 및 결산 총괄"),
        ("예산팀", 3, "예비비 관리"), ("감사팀", 1, "자체감사 및 공직감찰"),
    ]  # fmt: skip
    assert [(u.name, u.parent) for u in report.organization][-3:] == [
        ("기획팀", "기획감사실"), ("예산팀", "기획감사실"), ("감사팀", "기획감사실"),
    ]  # fmt: skip
    assert not failed(report)


@pytest.mark.parametrize(
    ("top", "unit", "names", "count"),
    [
        ("실", "팀", ("기획감사실", "기획팀", "예산팀"), "1실 2팀"),
        ("국", "과", ("행정국", "총무과", "세무과"), "1국 2과"),
        ("처", "팀", ("경영지원처", "인사팀", "재무팀"), "1처 2팀"),
        ("본 부", "팀", ("경영본부", "인사팀", "재무팀"), "1본부 2팀"),
    ],
)  # fmt: skip
def test_the_duties_are_the_lowest_units_whatever_the_words(
    top: str, unit: str, names: tuple[str, str, str], count: str
) -> None:
    """Whatever the words of the two unit columns (실, 국, 처, 본부 over 팀 or 과), the
    duties are those of the unit the row names last (a 실's or a 처's column had not been
    read as one of units: no duties)."""
    upper, first, second = names
    rows = [[upper, first, "- 업무계획 수립\n- 성과 관리"], ["", second, "- 예산 편성 및 운영"]]
    report = _report(top, unit, rows, {(1, 0): 2}, count)
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        (first, 1, "업무계획 수립"), (first, 2, "성과 관리"), (second, 1, "예산 편성 및 운영"),
    ]  # fmt: skip


@pytest.mark.parametrize("blank", ["", "-"])
def test_a_row_that_names_no_team_holds_its_upper_units_duties(blank: str) -> None:
    """A 실 of no 팀 beside one over its 팀 (its 팀's cell empty or "-"): the row's
    duties are the 실's, the lowest unit the row names (they had gone to the 팀 of the row
    before, or to a unit named "-")."""
    rows = [
        ["기획실", "기획팀", "- 군정 주요업무계획 수립"],
        ["", "예산팀", "- 예산 편성 및 운영"],
        ["감사실", blank, "- 자체감사 및 공직감찰\n- 청렴도 향상 시책 추진"],
    ]
    report = _report("실", "팀", rows, {(1, 0): 2}, "2실 2팀")
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("기획팀", 1, "군정 주요업무계획 수립"), ("예산팀", 1, "예산 편성 및 운영"),
        ("감사실", 1, "자체감사 및 공직감찰"), ("감사실", 2, "청렴도 향상 시책 추진"),
    ]  # fmt: skip
