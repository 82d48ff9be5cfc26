"""Cross-checks: all pass on the sample; a copy with one number changed fails the right one.

Each case changes one figure of the sample on one line (line numbers of the
sample file) and names the check that must fail.  The converted value stays
as written in the document: wrong data is flagged, not corrected.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.pipeline import convert
from schemas import Report


def test_every_check_passes_on_the_sample(sample_report: Report) -> None:
    failed = [c.detail for c in sample_report.validation if not c.passed]
    assert failed == []
    codes = {c.check.split(".")[0] for c in sample_report.validation}
    assert codes == {
        "organization",
        "staffing",
        "budget_summary",
        "budget_items",
        "project_budgets",
        "audit_summary",
        "audit_findings",
    }


# (line, old, new, check that must fail)
MUTATIONS = [
    (3, "10팀", "11팀", "organization.counts"),
    (106, "54/52명", "55/52명", "staffing.headline.authorized"),
    (111, "정 원 54 23 19 12", "정 원 54 23 19 13", "staffing.total.authorized"),
    (123, "13,233", "13,234", "budget_summary.total.prev_budget"),
    (123, "△4,003", "△4,013", "budget_summary.change"),
    (127, "△1.9%", "△2.9%", "budget_summary.rate"),
    (1140, "9,230,143", "9,330,143", "budget_summary.vs_appendix"),
    (1150, "157,280 157,280", "157,281 157,280", "budget_items.division_sum.budget"),
    (1154, "- 7,903", "- 7,913", "budget_items.division_sum.budget_current"),
    (1158, "2,189,789 2,189,789", "2,189,780 2,189,789", "budget_items.bureau_sum.budget"),
    (1188, "247,503천원", "247,500천원", "budget_items.note_carryover"),
    (1188, "(12,099,481천원)", "(12,099,418천원)", "budget_items.note_vs_table.budget"),
    (341, "38,280", "38,281", "project_budgets.quarters"),
    (980, "20,000 40,000 40,000 23,500", "20,000 40,000 40,000 23,600", "project_budgets.quarters"),
    (436, "200,000천원", "210,000천원", "project_budgets.carryover"),
    (1206, "총 51 건", "총 52 건", "audit_summary.headline"),
    (1218, "6 1 5 - -", "6 1 4 - -", "audit_summary.row"),
    (1218, "6 1 5 - -", "7 1 6 - -", "audit_findings.count.in_progress"),
    (1306, "추진상황: 추진 중", "추진상황: 추진완료", "audit_findings.count.completed"),
]


def _mutate(text: str, line: int, old: str, new: str) -> str:
    lines = text.split("\n")
    assert old in lines[line - 1], f"line {line} does not contain {old!r}: {lines[line - 1]!r}"
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


@pytest.mark.parametrize(("line", "old", "new", "check"), MUTATIONS)
def test_a_wrong_number_fails_the_right_check(
    tmp_path: Path, sample_text: str, line: int, old: str, new: str, check: str
) -> None:
    path = tmp_path / "mutated.txt"
    path.write_text(_mutate(sample_text, line, old, new), encoding="utf-8")
    report = convert(path)
    failed = [c for c in report.validation if not c.passed]
    assert check in {c.check for c in failed}, [c.detail for c in failed]
    hit = next(c for c in failed if c.check == check)
    spans = [tuple(map(int, s.split("-"))) if "-" in s else (int(s), int(s)) for s in hit.lines]
    assert any(a <= line <= b for a, b in spans), hit.detail
    assert re.search(r"\(lines [\d, -]+\)$", hit.detail), hit.detail


def test_project_budget_against_appendix(tmp_path: Path, sample_text: str) -> None:
    # the card's amount and one quarter changed together: the quarters still add up,
    # but the card no longer agrees with its appendix item (157,280 in 붙임 1)
    text = _mutate(_mutate(sample_text, 340, "157,280", "157,290"), 341, "38,280", "38,290")
    path = tmp_path / "mutated.txt"
    path.write_text(text, encoding="utf-8")
    report = convert(path)
    failed = {c.check: c for c in report.validation if not c.passed}
    assert set(failed) == {"project_budgets.vs_appendix"}
    assert "157,290천원" in failed["project_budgets.vs_appendix"].detail
    assert "157,280천원" in failed["project_budgets.vs_appendix"].detail
    budget = next(b for b in report.project_budgets if b.project_id == "1-1")
    assert budget.amount_krw == 157_290_000  # converted as written


def test_wrong_data_is_kept_as_written(tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "mutated.txt"
    path.write_text(_mutate(sample_text, 111, "54 23 19 12", "54 23 19 13"), encoding="utf-8")
    report = convert(path)
    row = next(s for s in report.staffing if s.unit == "갈등조정담당관")
    assert row.authorized == 13
