"""A budget appendix whose rows carry the budget book's level tags, short or long and in
any bracket (`<정책> 보건행정 운영 및 지원`, `[단위] 보건소 운영 지원`, `【세부사업】 …`), the
세부사업 often left untagged, under each division's `소계` row (probe 110, healthbudget)."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_HEAD = """\

                         2026년 주요업무보고

                          한 솔 구 보 건 소

Ⅰ. 일반현황
 1. 조    직
  □ 기    구 : 1소 2과 4팀
   ○ 보건행정과 : 행정팀, 예방팀
   ○ 건강증진과 : 증진팀, 방문팀

Ⅱ. 2026년 주요업무계획
 1. 감염병 예방
  가. 예방접종 확대 (보건행정과)
   □ 추진계획
    ○ ’26. 3. : 접종 개시

붙임 1. 2026년 과별 세출예산 내역

                                                          (단위 : 천원)
   부서 / 사업명                          2026 예산       국  비       구  비
   ──────────────────────────────────────────────────────────────────────
"""

_SHORT = """\
   합        계                           1,500,000      600,000      900,000
   보건행정과 소계                          900,000      400,000      500,000
     <정책> 감염병 예방 및 관리              900,000      400,000      500,000
       [단위] 감염병 예방관리                700,000      300,000      400,000
           국가예방접종 실시                 500,000      200,000      300,000
           결핵 예방 및 관리                 200,000      100,000      100,000
       [단위] 감염병 대응체계 강화           200,000      100,000      100,000
           방역소독 관리                     200,000      100,000      100,000
   건강증진과 소계                          600,000      200,000      400,000
     <정책> 치매관리                        600,000      200,000      400,000
       [단위] 치매안심센터 운영             600,000      200,000      400,000
           치매안심센터 운영                450,000      150,000      300,000
           치매치료관리비 지원              150,000       50,000      100,000
"""

#: (item, parent) of each row under the divisions, as the tags set them
_TREE = [
    ("감염병 예방 및 관리", "보건행정과"),
    ("감염병 예방관리", "감염병 예방 및 관리"),
    ("국가예방접종 실시", "감염병 예방관리"),
    ("결핵 예방 및 관리", "감염병 예방관리"),
    ("감염병 대응체계 강화", "감염병 예방 및 관리"),
    ("방역소독 관리", "감염병 대응체계 강화"),
    ("치매관리", "건강증진과"),
    ("치매안심센터 운영", "치매관리"),
    ("치매안심센터 운영", "치매안심센터 운영"),
    ("치매치료관리비 지원", "치매안심센터 운영"),
]


def _tree(report: Report) -> list[tuple[str | None, str | None]]:
    return [(it.item, it.parent) for it in report.budget_items if it.level == "item"]


def _sums(report: Report) -> dict[str, bool]:
    return {
        c.detail.split(" 예산")[0]: c.passed for c in report.validation
        if c.check == "budget_items.division_sum.budget"
    }  # fmt: skip


def test_short_level_tags_in_a_text_appendix() -> None:
    """`<정책>` and `[단위]` rows under `보건행정과 소계`, their 세부사업 untagged: each name
    without its tag, each 단위사업 under its 정책사업 and each 세부사업 under its 단위사업, so
    the division adds up its 정책사업 alone and every level's sum holds (the tags had stayed
    in the names, every row under the division, and the division's sum failed, all three
    levels added into it)."""
    report = _text(_HEAD + _SHORT)
    assert _tree(report) == _TREE
    assert {it.division for it in report.budget_items if it.level == "item"} == {
        "보건행정과", "건강증진과",
    }  # fmt: skip
    sums = _sums(report)
    assert sums == {
        "보건행정과": True, "건강증진과": True, "감염병 예방 및 관리": True,
        "감염병 예방관리": True, "감염병 대응체계 강화": True, "치매관리": True,
        "치매안심센터 운영": True,
    }  # fmt: skip
    assert all(c.passed for c in report.validation if c.check.startswith("budget_items"))


def test_long_tags_in_other_brackets_and_a_tagged_detail_level() -> None:
    """`【정책사업】`, `[단위사업]` and `〈세부사업〉` on every level: the same tree (the
    spelled-out tags had stayed too)."""
    body = (
        _SHORT.replace("<정책>", "【정책사업】").replace("[단위]", "[단위사업]")
        .replace("           국가", "      〈세부사업〉 국가")
        .replace("           결핵", "      〈세부사업〉 결핵")
    )  # fmt: skip
    report = _text(_HEAD + body)
    assert _tree(report) == _TREE
    assert all(_sums(report).values()) and len(_sums(report)) == 7


def test_short_tags_in_a_drawn_appendix_by_division_subtotals() -> None:
    """The same appendix drawn as a grid under `부서 / 사업명`: `보건행정과 소계` the
    division's row (it had been an item, no division at all) and the tags read as in the
    text."""
    rows = [["부서 / 사업명", "2026 예산", "국 비", "구 비"]] + [
        [" ".join(line.split()[: -3]), *line.split()[-3:]]
        for line in _SHORT.splitlines()
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1소 2과 4팀"),
        p("○ 보건행정과 : 행정팀, 예방팀"), p("○ 건강증진과 : 증진팀, 방문팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 감염병 예방"), p("가. 예방접종 확대 (보건행정과)"),
        p("□ 추진계획"), p("○ ’26. 3. : 접종 개시"),
        p("붙임 1. 2026년 과별 세출예산 내역"), p("(단위 : 천원)"), p(_table(rows)),
    )  # fmt: skip
    divisions = [(it.item, it.budget_krw) for it in report.budget_items if it.level == "division"]
    assert divisions == [("보건행정과", 900_000_000), ("건강증진과", 600_000_000)]
    assert _tree(report) == _TREE
    checks = [c for c in report.validation if c.check.startswith("budget_items")]
    assert any(c.check == "budget_items.bureau_sum.budget" for c in checks)
    assert all(c.passed for c in checks)


def test_a_level_tag_read_long_or_short() -> None:
    """The tag's level and the name without it; `(단위 : 천원)` is no tag."""
    from extract.parse.budget_flat import level_tag

    assert level_tag("<정책> 보건행정 운영 및 지원") == (0, "보건행정 운영 및 지원")
    assert level_tag("[단위] 보건소 운영 지원") == (1, "보건소 운영 지원")
    assert level_tag("【세부사업】 금연클리닉 운영") == (2, "금연클리닉 운영")
    assert level_tag("〈단위사업〉 건강생활실천") == (1, "건강생활실천")
    assert level_tag("(단위 : 천원)")[0] is None
    assert level_tag("보건지소 운영") == (None, "보건지소 운영")


def test_tagged_rows_nest_under_the_level_above() -> None:
    """A division, a 정책사업, two 단위사업 each over an untagged 세부사업: the 세부사업 under
    their 단위사업, the 단위사업 under the 정책사업, the 정책사업 under the division."""
    from extract.parse.budget_items import nest

    levels = ["bureau", "division", "item", "item", "item", "item", "item"]
    amounts = [30, 30, 30, 20, 20, 10, 10]
    tiers = [None, None, 0, 1, None, 1, None]
    _, parents = nest(levels, amounts, tiers)
    assert parents == [None, 0, 1, 2, 3, 2, 5]


def test_a_budget_book_in_the_body_with_short_tags() -> None:
    """A body's budget book tagged `<정책>`, `<단위>`, `<세부>`: each programme's item its
    name without the tag, a total where a row of a level under it follows."""
    def row(label: str, a: str) -> str:
        return f"    │ {label:<30}│{a:>12} │\n"

    rule = "─" * 31 + "┬" + "─" * 13
    book = (
        "    ┌" + rule + "┐\n" + row("구 분", "2026년 예산")
        + "    ├" + rule.replace("┬", "┼") + "┤\n"
        + row("계", "1,450") + row("<정책> 녹색도시 조성", "1,450")
        + row("  <단위> 온실가스 감축", "1,450") + row("    <세부> 탄소중립 실천", "1,120")
        + row("        201-01 사무관리비", "120") + row("        401-01 시설비", "1,000")
        + row("    <세부> 배출량 관리", "330") + row("        201-01 사무관리비", "330")
        + "    └" + rule.replace("┬", "┴") + "┘\n"
    )  # fmt: skip
    report = _text(
        "2026년 주요업무보고\n환경국\n\nⅠ. 일반현황\n 1. 예산현황\n  □ 세출예산 사업명세\n"
        + " " * 60 + "(단위 : 천원)\n" + book
        + "Ⅱ. 주요업무계획\n 1. 탄소중립\n  □ 탄소중립 실천 확산\n"
    )
    got = {(b.item, b.is_total) for b in report.budget_lines if b.year == 2026}
    assert {
        ("녹색도시 조성", True), ("온실가스 감축", True), ("탄소중립 실천", True),
        ("탄소중립 실천 / 201-01 사무관리비", False), ("배출량 관리", True),
    } <= got  # fmt: skip
