"""Tables of a 도 bureau's 일반현황 (probe assets): 공유재산 by 토지 and 건물 under a caption
listing `필지, 동, ㎡, 천원` (면적 in ㎡; under a caption of money alone, no money either),
a 위원회 table whose 개최 횟수 is dated in a closing bracket (`(’25년)`, in 회 beside 위원수
in 명), a header that names its counter before 수 (`동수`, `보급대수`: a count, whatever
money the caption states), a note that declares the unit alone (`※ 단위 : 대`) under or
over its table, and a table carried on after a line `(계속)`, its header again (one
table)."""

from __future__ import annotations

import pytest

from tests.hwpx_maker import grid, p
from tests.test_other_reports import _hwpx

Cell = tuple[float | None, int | None, str | None, str]


def _cells(*paras: str) -> dict[tuple[str, str], Cell]:
    report = _hwpx(
        p("Ⅰ. 일 반 현 황"), p("1. 일반현황"), *paras,
        p("Ⅱ. 2026년 주요업무계획"), p("1. 공유재산 관리"), p("□ 실태조사 (회계과)"),
        p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    return {
        (c.row_header, c.col_header): (c.value, c.value_krw, c.unit, c.value_kind)
        for c in report.table_cells
        if not c.is_header
    }


_ASSETS = grid(
    [
        ["구  분", "토    지", "", "", "건    물", "", ""],
        ["", "필지", "면 적", "가 액", "동수", "면 적", "가 액"],
        ["합  계", "1,284", "3,562,418", "412,350,200", "86", "214,530", "198,420,500"],
        ["일반재산", "182", "351,463", "27,230,200", "6", "8,420", "8,120,500"],
    ],
    {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)},
)

CASES: list[tuple[str, list[str], dict[tuple[str, str], Cell]]] = [
    (
        "area under a caption listing counts, a measure and money",
        [p("2. 공유재산 현황"), p("(’25. 12. 31. 기준, 단위 : 필지, 동, ㎡, 천원)"), p(_ASSETS)],
        {
            ("합계", "토지 / 면적"): (3_562_418, None, "㎡", "measure"),
            ("일반재산", "건물 / 면적"): (8_420, None, "㎡", "measure"),
            ("합계", "토지 / 가액"): (412_350_200_000, 412_350_200_000, "천원", "krw"),
            ("일반재산", "건물 / 동수"): (6, None, "동", "count"),
            ("합계", "토지 / 필지"): (1_284, None, "필지", "count"),
        },
    ),
    (
        "area after money in the caption's list",
        [
            p("(단위 : 천원, ㎡)"),
            p(grid([["구  분", "가 액", "연면적"], ["청사", "52,000", "12,530"]])),
        ],
        {
            ("청사", "가액"): (52_000_000, 52_000_000, "천원", "krw"),
            ("청사", "연면적"): (12_530, None, "㎡", "measure"),
        },
    ),
    (
        "area under a caption of money alone: no money",
        [
            p("(단위 : 천원)"),
            p(grid([
                ["구  분", "필지", "면 적", "가 액"],
                ["행정재산", "1,102", "3,210,955", "385,120,000"],
                ["일반재산", "182", "351,463", "27,230,200"],
            ])),
        ],
        {
            ("행정재산", "면적"): (3_210_955, None, None, "text"),
            ("일반재산", "가액"): (27_230_200_000, 27_230_200_000, "천원", "krw"),
        },
    ),
    (
        "a load in the caption's 톤 beside a count in its 대",
        [
            p("(단위 : 대, 톤)"),
            p(grid([
                ["차  종", "톤수", "보유대수", "총적재량"],
                ["덤프트럭", "15", "3", "45"],
                ["화물차", "2.5", "4", "10"],
            ])),
        ],
        {
            ("덤프트럭", "톤수"): (15, None, "톤", "measure"),
            ("덤프트럭", "보유대수"): (3, None, "대", "count"),
            ("덤프트럭", "총적재량"): (45, None, "톤", "measure"),
        },
    ),
    (
        "a measure's column keeps the caption's unit of its kind, not another's",
        [
            p("(단위 : 톤/일)"),
            p(grid([
                ["구  분", "처리량", "부지 면적"],
                ["소각장", "1,200", "35"],
                ["매립장", "800", "12"],
            ])),
        ],
        {
            ("소각장", "처리량"): (1_200, None, "톤/일", "text"),
            ("소각장", "부지 면적"): (35, None, None, "text"),
        },
    ),
    (
        "a count dated in a bracket closing its header",
        [
            p("3. 위원회 현황"), p("(단위 : 명, 회)"),
            p(grid([
                ["위원회명", "근거법령", "위원수", "개최 횟수\n(’25년)"],
                ["공유재산심의회", "공유재산 및 물품 관리법", "15", "6"],
                ["지방세심의위원회", "지방세기본법", "11", "3"],
            ])),
        ],
        {
            ("공유재산심의회", "위원수"): (15, None, "명", "count"),
            ("공유재산심의회", "개최 횟수 (’25년)"): (6, None, "회", "count"),
            ("지방세심의위원회", "개최 횟수 (’25년)"): (3, None, "회", "count"),
        },
    ),
    (
        "a counter before 수 under a caption of money",
        [
            p("(단위 : 천원)"),
            p(grid([
                ["구  분", "동수", "보급 대수", "활동수", "가 액"],
                ["행정재산", "80", "12", "7", "190,300,000"],
            ])),
        ],
        {
            ("행정재산", "동수"): (80, None, "동", "count"),
            ("행정재산", "보급 대수"): (12, None, "대", "count"),
            ("행정재산", "활동수"): (7_000, 7_000, "천원", "krw"),  # (no counter's: money)
            ("행정재산", "가액"): (190_300_000_000, 190_300_000_000, "천원", "krw"),
        },
    ),
    (
        "a counter before 수 with no caption",
        [p(grid([["구  분", "필지 수", "건물 동수"], ["일반재산", "182", "6"]]))],
        {
            ("일반재산", "필지 수"): (182, None, "필지", "count"),
            ("일반재산", "건물 동수"): (6, None, "동", "count"),
        },
    ),
    (
        "words that end in a measure's word (거리) are no measure: the caption's money",
        [
            p("(단위 : 백만원)"),
            p(grid([
                ["구  분", "먹거리", "볼거리", "즐길거리"],
                ["본예산", "400", "300", "200"],
            ])),
        ],
        {
            ("본예산", "먹거리"): (400_000_000, 400_000_000, "백만원", "krw"),
            ("본예산", "즐길거리"): (200_000_000, 200_000_000, "백만원", "krw"),
        },
    ),
    (
        "streets (특화거리) counted in the caption's 개소",
        [
            p("(단위 : 개소)"),
            p(grid([["구  분", "특화거리", "전통시장"], ["중앙동", "4", "3"]])),
        ],
        {
            ("중앙동", "특화거리"): (4, None, "개소", "count"),
            ("중앙동", "전통시장"): (3, None, "개소", "count"),
        },
    ),
    (
        "contracts extended (연 장) counted in the caption's 건, no length",
        [
            p("(단위 : 건)"),
            p(grid([
                ["구  분", "신  규", "연  장", "해  지"],
                ["위탁시설", "8", "20", "1"],
            ])),
        ],
        {
            ("위탁시설", "연장"): (20, None, "건", "count"),
            ("위탁시설", "해지"): (1, None, "건", "count"),
        },
    ),
    (
        "a word ending in 동 before 수 (아동, 활동, 출동) counts no 동",
        [
            p(grid([
                ["구  분", "이용아동수", "봉사활동 수", "구급출동수", "공동주택 동수"],
                ["계", "320", "1,700", "56", "26"],
            ])),
        ],
        {
            ("계", "이용아동수"): (320, None, None, "text"),
            ("계", "봉사활동 수"): (1_700, None, None, "text"),
            ("계", "구급출동수"): (56, None, None, "text"),
            ("계", "공동주택 동수"): (26, None, "동", "count"),
        },
    ),
    (
        "a note under its table that declares the unit",
        [
            p("4. 차량 현황"),
            p(grid([["구  분", "계", "승용", "화물"], ["보유대수", "24", "12", "4"]])),
            p("※ 단위 : 대"), p("5. 위원회"), p("○ 위원회 : 6개"),
        ],
        {
            ("보유대수", "계"): (24, None, "대", "count"),
            ("보유대수", "화물"): (4, None, "대", "count"),
        },
    ),
    (
        "a note over its table that declares the unit",
        [
            p("4. 위탁 현황"), p("※ 단위 : 백만원"),
            p(grid([["시 설 명", "위탁금"], ["평생학습관", "1,920"]])),
        ],
        {("평생학습관", "위탁금"): (1_920_000_000, 1_920_000_000, "백만원", "krw")},
    ),
]


@pytest.mark.parametrize(("name", "paras", "want"), CASES, ids=[c[0] for c in CASES])
def test_units_a_header_or_a_note_implies(
    name: str, paras: list[str], want: dict[tuple[str, str], Cell]
) -> None:
    cells = _cells(*paras)
    got = {key: cells.get(key) for key in want}
    assert got == want, name


_HEAD = ["위원회명", "근거법령", "위원수", "개최 횟수"]


def _committees(between: str) -> tuple[list[int], list[tuple[str, bool]]]:
    """The 위원회 table cut by the clerk into two of one header, ``between`` them: the
    tables' numbers of rows, and the row-total checks (detail, passed)."""
    first = grid([
        _HEAD, ["계 (4개)", "", "62", "16"],
        ["공유재산심의회", "공유재산 및 물품 관리법", "15", "6"],
        ["계약심의위원회", "지방계약법", "12", "4"],
    ], {(1, 0): (1, 2)})  # fmt: skip
    second = grid([
        _HEAD, ["지방세심의위원회", "지방세기본법", "11", "3"],
        ["주민참여예산위원회", "지방재정법", "24", "3"],
    ])  # fmt: skip
    paras = [p("Ⅰ. 일 반 현 황"), p("1. 위원회 현황"), p("(단위 : 명, 회)"), p(first)]
    paras += [p(between), p(second)] if between else [p(second)]
    report = _hwpx(
        *paras, p("Ⅱ. 2026년 주요업무계획"), p("1. 위원회 운영"), p("□ 위원회 정비 (자치행정과)"),
        p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    checks = [(v.detail, v.passed) for v in report.validation if v.check == "tables.row_total"]
    return [t.n_rows for t in report.tables], checks


@pytest.mark.parametrize(
    ("between", "rows", "passed"),
    [
        ("(계속)", [6], [True, True]),
        ("< 위원회 현황 > (계속)", [6], [True, True]),
        ("", [6], [True, True]),
    ],
    ids=["continued", "titled and continued", "no word between"],
)
def test_a_table_the_clerk_carried_on_under_continued(
    between: str, rows: list[int], passed: list[bool]
) -> None:
    """A table an HWPX carries on after a line `(계속)`, its header again: one table, its
    계 row the sum of both parts' rows (it had been two tables, the 계 failing its check).
    With nothing said between them, the header again over rows of its own is the table cut
    in two as well (round 115: a sheet pasted and cut, `tablepages._split_again`; the 계
    (4개) row counts the rows of both parts), no longer two tables."""
    n_rows, checks = _committees(between)
    assert (n_rows, [ok for _, ok in checks]) == (rows, passed), checks
