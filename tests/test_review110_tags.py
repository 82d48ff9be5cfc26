"""A budget appendix whose programmes carry the budget book's level tags only in part (review
110, rule 4): a division's tagged rows use up its amount and leave the rows after them to
the divisions they name (`관로관리과    노후 상수관로 정비` printed with no 소계 row); only
`<정책>` tagged, the untagged 단위사업 each over its 세부사업 under the 정책사업, no division."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe110_budgettags import _HEAD

_WATER = """\

                         2024년 주요업무보고

                       청람광역시 상수도사업본부

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1본부 5과

Ⅱ. 2024년 주요업무계획
 1. 노후 상수관로 정비 (관로관리과)
  □ 사업개요
   ○ 사업기간 : 2024. 1. ~ 12.
   ○ 사 업 비 : 46,800백만원
  □ 추진계획
   ○ ’24. 3. : 착공

붙임  2024년 부서별 주요사업 예산 현황

                                                      (단위 : 백만원)
 부 서 명      사 업 명                        2024년 예산   2023년 예산    증  감
 합    계                                          68,200       54,880      13,320
 경영기획과    소    계                             1,570          980         590
               수돗물 음용률 향상 홍보              1,250          980         270
               상수도 경영진단 용역                   320            -         320
 급수운영과    소    계                            10,030        1,400       8,630
               [세부] 스마트 관망관리 인프라 구축        8,400          600       7,800
               [세부] 옥내 노후 급수관 개량 지원         1,630          800         830
 관로관리과    노후 상수관로 정비                  46,800       44,100       2,700
 스마트급수과  스마트 미터링(AMI) 구축              9,800        8,400       1,400
"""

#: only the 정책사업 tagged; the 단위사업 and 세부사업 under them indented, untagged
_POLICY_ONLY = """\
   합        계                           1,500,000      600,000      900,000
   보건행정과 소계                          900,000      400,000      500,000
     <정책> 감염병 예방 및 관리              900,000      400,000      500,000
              감염병 예방관리                700,000      300,000      400,000
           국가예방접종 실시                 500,000      200,000      300,000
           결핵 예방 및 관리                 200,000      100,000      100,000
              감염병 대응체계 강화           200,000      100,000      100,000
           방역소독 관리                     200,000      100,000      100,000
   건강증진과 소계                          600,000      200,000      400,000
     <정책> 치매관리                        600,000      200,000      400,000
              치매안심센터 운영             600,000      200,000      400,000
           치매안심센터 운영                450,000      150,000      300,000
           치매치료관리비 지원              150,000       50,000      100,000
"""

#: (level, parent, item) of each row under the divisions, as the table's sums and tags set
#: them
_POLICY_TREE = [
    ("item", "보건행정과", "감염병 예방 및 관리"),
    ("item", "감염병 예방 및 관리", "감염병 예방관리"),
    ("item", "감염병 예방관리", "국가예방접종 실시"),
    ("item", "감염병 예방관리", "결핵 예방 및 관리"),
    ("item", "감염병 예방 및 관리", "감염병 대응체계 강화"),
    ("item", "감염병 대응체계 강화", "방역소독 관리"),
    ("item", "건강증진과", "치매관리"),
    ("item", "치매관리", "치매안심센터 운영"),
    ("item", "치매안심센터 운영", "치매안심센터 운영"),
    ("item", "치매안심센터 운영", "치매치료관리비 지원"),
]


def _checks(report: Report) -> dict[str, bool]:
    return {
        f"{c.check} {c.detail.split(' 예산')[0]}": c.passed
        for c in report.validation if c.check.startswith("budget_items")
    }  # fmt: skip


def test_a_division_printed_alone_after_a_division_of_tagged_rows() -> None:
    """`급수운영과 소 계` over two `[세부]` rows that add up to it, then `관로관리과` and
    `스마트급수과` each printed in the 부서 column beside its one item with no 소계 row: each
    item its division's, under the 합계 (they had run into 급수운영과's last 세부사업, the
    division's name in the item's, and the bureau's sum had failed)."""
    report = _text(_WATER)
    items = {it.item: (it.division, it.parent, it.budget_krw) for it in report.budget_items}
    assert items["노후 상수관로 정비"] == ("관로관리과", "합계", 46_800_000_000)
    assert items["스마트 미터링(AMI) 구축"] == ("스마트급수과", "합계", 9_800_000_000)
    assert items["옥내 노후 급수관 개량 지원"] == ("급수운영과", "급수운영과", 1_630_000_000)
    checks = _checks(report)
    assert checks["budget_items.bureau_sum.budget 합계"] is True
    assert checks["budget_items.division_sum.budget 급수운영과"] is True
    assert all(checks.values())


def test_only_the_policy_level_tagged_in_a_text_appendix() -> None:
    """`<정책>` rows alone tagged, the 단위사업 and 세부사업 under them untagged: each
    단위사업 under its 정책사업 and its 세부사업 under it, by their sums, and no 단위사업 a
    division (they had been divisions of their own, and the bureau's sum had failed)."""
    report = _text(_HEAD + _POLICY_ONLY)
    got = [(it.level, it.parent, it.item) for it in report.budget_items if it.level == "item"]
    assert got == _POLICY_TREE
    assert [it.item for it in report.budget_items if it.level == "division"] == [
        "보건행정과", "건강증진과",
    ]  # fmt: skip
    assert {it.division for it in report.budget_items if it.level == "item"} == {
        "보건행정과", "건강증진과",
    }  # fmt: skip
    checks = _checks(report)
    assert checks["budget_items.bureau_sum.budget 합계"] is True
    assert all(checks.values())


def test_only_the_policy_level_tagged_in_a_drawn_appendix() -> None:
    """The same appendix drawn as a grid: the second 단위사업's 세부사업 under it (it had
    been under the 정책사업, whose sum then failed)."""
    rows = [["부서 / 사업명", "2026 예산", "국 비", "구 비"]] + [
        [" ".join(line.split()[:-3]), *line.split()[-3:]] for line in _POLICY_ONLY.splitlines()
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1소 2과 4팀"),
        p("○ 보건행정과 : 행정팀, 예방팀"), p("○ 건강증진과 : 증진팀, 방문팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 감염병 예방"), p("가. 예방접종 확대 (보건행정과)"),
        p("□ 추진계획"), p("○ ’26. 3. : 접종 개시"),
        p("붙임 1. 2026년 과별 세출예산 내역"), p("(단위 : 천원)"), p(_table(rows)),
    )  # fmt: skip
    got = [(it.level, it.parent, it.item) for it in report.budget_items if it.level == "item"]
    assert got == _POLICY_TREE
    checks = _checks(report)
    assert checks["budget_items.division_sum.budget 감염병 예방 및 관리"] is True
    assert all(checks.values())


def test_untagged_rows_under_a_tagged_programme_nest_by_their_sums() -> None:
    """A division of 30, its 정책사업 of 30 tagged, then untagged 20 over 15 and 5 and 10
    over 10: the 20 and the 10 under the 정책사업, the rest under them, none a division."""
    from extract.parse.budget_items import nest

    levels = ["bureau", "division", "item", "item", "item", "item", "item", "item"]
    amounts = [30, 30, 30, 20, 15, 5, 10, 10]
    tiers = [None, None, 0, None, None, None, None, None]
    out, parents = nest(levels, amounts, tiers)
    assert out == levels
    assert parents == [None, 0, 1, 2, 3, 3, 2, 6]


def test_rows_after_a_division_used_up_by_its_tagged_rows_are_none_of_theirs() -> None:
    """A division of 10 over two `[세부]` rows of 6 and 4, then rows of 7 and 3 that add up
    to neither: the two 세부사업 the division's, the rows after them of no programme."""
    from extract.parse.budget_flat import tag_parents

    assert tag_parents([2, 2, None, None], [6, 4, 7, 3], 10) == {0: None, 1: None}
