"""What a review found the eleventh round's rules doing to ordinary reports, each case the
smallest input it built."""

from __future__ import annotations

from extract.normalize.mentions import find_mentions
from tests.test_other_reports import _text

_PLAN = (
    "\nⅡ. 주요업무 추진계획\n\n 1. 복지\n\n  □ 복지안전망 구축 (복지정책과)\n\n"
    "   ○ 사업기간 : 2026. 1. ~ 12.\n"
)


def _budget(header: str, rows: list[str], note: str = "") -> str:
    return (
        "Ⅰ. 일반현황\n\n 1. 예산현황\n\n                                  (단위 : 백만원)\n"
        + f"  {header}\n" + "".join(f"  {r}\n" for r in rows) + (f"  {note}\n" if note else "")
        + _PLAN
    )


def test_a_notes_word_inside_another_names_no_side() -> None:
    """`※ 수입대체경비 포함` under a table of `2. 세출예산`: expenditure, the heading's (the
    note's 수입 had made it revenue)."""
    report = _text(
        "Ⅰ. 일반현황\n\n 1. 조직\n\n  □ 조 직 : 1국 2과 6팀\n\n 2. 세출예산\n\n  가. 총괄\n\n"
        "  나. 재원별 예산\n                                  (단위 : 백만원)\n"
        "  구    분          계          국 비        시 비\n"
        "  합    계        12,000        4,000        8,000\n"
        "  복지정책과       7,000        3,000        4,000\n"
        "  노인복지과       5,000        1,000        4,000\n"
        "  ※ 수입대체경비 포함\n" + _PLAN
    )
    assert {b.side for b in report.budget_lines} == {"expenditure"}


def test_a_rate_in_brackets_after_its_change_is_no_fall() -> None:
    """`증감(증감률)` over `1,000 (10.0)`: a rate of +10.0 (it had been −10.0, and the
    rate checks failed)."""
    report = _text(_budget(
        "구  분          2025년 예산     2026년 예산     증감(증감률)",
        ["계                10,000          11,000       1,000 (10.0)",
         "일반회계           8,000           8,800         800 (10.0)",
         "특별회계           2,000           2,200         200 (10.0)"],
    ))  # fmt: skip
    assert {s.change_pct for s in report.budget_summary} == {10.0}
    assert not [c for c in report.validation if not c.passed]


def test_a_share_in_brackets_under_its_header_is_no_fall() -> None:
    """`구성비(%)` over `(75.0)`: no negative rate (it had been −75.0 %)."""
    report = _text(_budget(
        "구  분          2026년 예산       구성비(%)",
        ["계                12,000           (100.0)",
         "일반회계           9,000            (75.0)",
         "특별회계           3,000            (25.0)"],
    ))  # fmt: skip
    shares = [c for c in report.table_cells if c.raw == "(75.0)"]
    assert shares and all((c.value or 0) >= 0 for c in shares)


def test_a_packed_cell_under_a_label_of_either_figure_is_no_figure() -> None:
    """`인 원` over `83(81)` with `※ 인원 : 정원(현원)`: 인원 may be either figure, so none
    is taken (83, the 정원, had been the 현원)."""
    report = _text(
        "Ⅰ. 일반현황\n\n 1. 조직 및 인력\n\n  □ 조 직 : 1국 2과 6팀\n\n  □ 인 력\n"
        "                                  (단위 : 명)\n"
        "  구    분          팀 수        인  원\n"
        "  계                  6           83(81)\n"
        "  복지정책과          3           45(43)\n"
        "  노인복지과          3           38(38)\n"
        "  ※ 인원 : 정원(현원)\n" + _PLAN
    )
    assert not [s for s in report.staffing if s.current in (83, 45)]


def test_a_flattened_diagram_under_a_heading_of_directions_still_warns() -> None:
    """`Ⅱ. 2026년 기본방향` over a diagram flattened into lines of no outline: its goals
    could not be read, and the warning says so (it had gone silent)."""
    report = _text(
        "Ⅰ. 일반현황\n\n 1. 조직\n\n  □ 조 직 : 1국 2과 6팀\n\nⅡ. 2026년 기본방향\n\n"
        "  시민과 함께 만드는 안전하고 따뜻한 복지도시\n\n"
        "  촘촘한 복지안전망       어르신 돌봄 강화       장애인 자립 지원\n\n"
        "  위기가구 발굴 확대      노인일자리 확충         장애인 일자리 확대\n"
        "  긴급복지 지원 강화      통합돌봄 체계 구축      이동권 보장 강화\n"
        + _PLAN.replace("Ⅱ.", "Ⅲ.")
    )
    assert [w for w in report.warnings if w.code == "policy_goals.layout"]


def test_a_month_compared_with_after_an_arrow_keeps_its_year() -> None:
    """`’25. 11. 기준 체납액 120억원 → 3월 대비 15% 감소`: March 2025, the point compared
    with (it had been set in 2026 as a step after the arrow)."""
    dates = [m for m in find_mentions("’25. 11. 기준 체납액 120억원 → 3월 대비 15% 감소", 2026)
             if m.kind == "date"]  # fmt: skip
    assert [str(m.date_start) for m in dates] == ["2025-11-01", "2025-03-01"]
