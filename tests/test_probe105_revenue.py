"""A finance bureau's report that sets the city's budget beside its own (probe `revenue`):
the bureau's 소관 예산 and the city's totals told apart, debt issued or repaid no budget
total, and the audit headline's total without the caption under it."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

_BUREAU = [
    ["구 분", "2026년 예산(A)", "2025년 예산(B)", "증 감(A-B)"],
    ["계", "152,386", "144,172", "8,214"],
    ["기획예산과", "48,520", "52,310", "△3,790"],
    ["재정관리과", "103,866", "91,862", "12,004"],
]
_DEBT = [
    ["구 분", "2025년말 잔액(A)", "발 행(B)", "상 환(C)", "2026년말 잔액(A+B-C)"],
    ["계", "3,301.8", "650.0", "725.0", "3,226.8"],
    ["일반회계", "2,095.0", "350.0", "540.0", "1,905.0"],
    ["하수도사업특별회계", "1,206.8", "300.0", "185.0", "1,321.8"],
]


def _report(*city: str) -> Report:
    """청람시 기획재정국's report: its own budget, then ``city``'s paragraphs (the city's
    finances), then a plan's chapter."""
    return _hwpx(
        p("2026년도 주요업무보고"), p("청람시 기획재정국"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 인력"), p("□ 조 직 : 2과 4팀"),
        p("2. 예산 현황"), p("□ 2026년 기획재정국 소관 예산 : 152,386백만원 (일반회계 세출)"),
        p("(단위 : 백만원)"), p(_table(_BUREAU)),
        p("3. 2026년 시 재정 현황"), *city,
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 건전재정 운용"), p("가. 예산편성 (기획예산과)"),
        p("□ 추진계획"), p("○ 2027년도 예산안 시의회 제출 : ’26. 11."),
    )  # fmt: skip


def _stated(report: Report) -> dict[str, int]:
    return {s.key: s.value for s in report.stated_totals if s.key.startswith("budget.")}


def test_debt_issued_under_a_part_of_debt_is_no_budget_total() -> None:
    """`○ 발행 : 일반회계 350억원(도로 개설), …` under `□ 2026년 지방채 발행 및 상환 계획`:
    debt issued, no 일반회계 budget total (it had been `budget.total.일반회계`)."""
    report = _report(
        p("가. 지방채 현황"), p("□ 2026년 지방채 발행 및 상환 계획"), p("(단위 : 억원)"),
        p(_table(_DEBT)),
        p("○ 발행 : 일반회계 350억원(도로 개설), 하수도사업특별회계 300억원(하수처리시설 증설)"),
        p("○ 상환 : 일반회계 540억원, 하수도사업특별회계 185억원"),
    )  # fmt: skip
    values = set(_stated(report).values())
    assert not values & {35_000_000_000, 30_000_000_000, 54_000_000_000, 18_500_000_000}
    assert _stated(report)["budget.expenditure.일반회계"] == 152_386_000_000


def test_debt_a_line_names_is_no_budget_total() -> None:
    """`○ 지방채 발행 : 일반회계 350억원` under the city's budget: debt, in its own words;
    a part that names the budget beside debt, `가. 예산 및 채무 규모`, is the budget's."""
    report = _report(
        p("가. 예산 및 채무 규모"), p("□ 2026년 청람시 예산 : 32,408.5억원"),
        p("○ 지방채 발행 : 일반회계 350억원, 특별회계 420억원"),
    )  # fmt: skip
    assert 35_000_000_000 not in _stated(report).values()
    assert 42_000_000_000 not in _stated(report).values()
    assert _stated(report)["budget.청람시.total"] == 3_240_850_000_000


def test_the_bureaus_own_total_and_the_citys_are_told_apart() -> None:
    """The bureau's `소관 예산 : 152,386백만원 (일반회계 세출)` is its 일반회계 세출 (the bracket
    names both), the city's `청람시 예산 : 32,408.5억원` and its accounts under the title of
    the city's finances are the city's, keyed by it (both had been `budget.total`)."""
    report = _report(
        p("가. 예산 규모"),
        p("□ 2026년 청람시 예산 : 32,408.5억원 (전년 대비 1,151.7억원, 3.7% 증)"),
        p("○ 일반회계 26,418.3억원, 특별회계 4,862.7억원, 기금 1,127.5억원"),
    )  # fmt: skip
    assert _stated(report) == {
        "budget.expenditure.일반회계": 152_386_000_000,
        "budget.청람시.total": 3_240_850_000_000,
        "budget.청람시.total.일반회계": 2_641_830_000_000,
        "budget.청람시.total.특별회계": 486_270_000_000,
        "budget.청람시.total.기금": 112_750_000_000,
    }
    # (the city's totals are not the bureau's table's: no table of the city, nothing to
    # hold them to; they had been held to the bureau's 일반회계 rows, and failed)
    stated = [c for c in report.validation if c.check == "budget_lines.stated"]
    assert [c.passed for c in stated] == [True]
    assert stated[0].detail.startswith("기획재정국 소관 예산 152,386백만원")


def test_the_citys_total_is_held_to_the_citys_table() -> None:
    """The city's `일반회계 26,418.3억원` against the city's table of accounts, the bureau's
    `152,386백만원` against its own 계."""
    city = [
        ["구 분", "계", "일반회계", "특별회계"],
        ["2026년 예산", "31,281.0", "26,418.3", "4,862.7"],
    ]
    report = _report(
        p("가. 예산 규모"), p("□ 2026년 청람시 예산 : 31,281.0억원"),
        p("○ 일반회계 26,418.3억원, 특별회계 4,862.7억원"),
        p("(단위 : 억원)"), p(_table(city)),
    )  # fmt: skip
    assert set(_stated(report)) == {
        "budget.expenditure.일반회계", "budget.청람시.total", "budget.청람시.total.일반회계",
        "budget.청람시.total.특별회계",
    }  # fmt: skip
    stated = [c for c in report.validation if c.check == "budget_lines.stated"]
    assert len(stated) == 4 and all(c.passed for c in stated)
    bureau, city = _table_lines(report, "152,386"), _table_lines(report, "31,281.0")
    for check in stated:  # (its first line the stated total's, the others the table's)
        held = {int(n.split("-")[0]) for n in check.lines[1:]}
        assert held and held <= (bureau if "152,386" in check.detail else city), check.detail


def _table_lines(report: Report, raw: str) -> set[int]:
    """The lines of the table a cell printed ``raw`` stands in."""
    (table,) = {c.table_id for c in report.table_cells if c.raw == raw}
    return {c.line_start for c in report.table_cells if c.table_id == table}


def test_the_audit_headline_stops_at_the_caption_under_it() -> None:
    """`□ 처리현황 : 총 6건 (…) : 완료 4, 추진중 2` over `(단위 : 건)`: the stated total's
    text is the headline's alone (it had run on into the caption)."""
    summary = [
        ["구 분", "계", "완 료", "추진중"], ["계", "2", "1", "1"],
        ["시정요구", "1", "1", "-"], ["건의", "1", "-", "1"],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년도 주요업무보고"), p("청람시 기획재정국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 2과 4팀"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"), p("□ 감사 개요"),
        p("○ 감사기간 : 2025. 11. 18. ~ 11. 27."),
        p("□ 처리현황 : 총 2건 (시정요구 1, 건의 1) : 완료 1, 추진중 1"), p("(단위 : 건)"),
        p(_table(summary)), p("□ 세부 처리내용"),
        p("1. 예비비 집행 사후관리 철저 (시정요구, 기획예산과)"),
        p("○ 지적사항 : 예비비 집행 기준 강화 필요"), p("○ 처리상황 : 완료"),
        p("2. 청사 주차장 개방 확대 (건의, 회계과)"),
        p("○ 지적사항 : 주차장 개방 확대 필요"), p("○ 처리상황 : 추진중"),
    )  # fmt: skip
    (total,) = [s for s in report.stated_totals if s.key == "audit.total"]
    assert total.value == 2
    assert total.raw == "□ 처리현황 : 총 2건 (시정요구 1, 건의 1) : 완료 1, 추진중 1"
