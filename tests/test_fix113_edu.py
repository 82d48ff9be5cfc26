"""A 교육지원청's 주요업무보고 to the council's 교육위원회 (probe 113 edu): its 일반현황 sets
`2. 정 원` over a table by 직종 (`구 분 | 교육전문직 | 일반직 | 기능직 | 계` over 정 원 and 현 원),
`3. 학교 현황` over a table of school levels across and counts down (`학교수`, `학급수`,
`학생수`, `교원수`) under `(단위 : 개교, 학급, 명)`, and `가. 세 입` over the
교육비특별회계's sources in 천원 (`교부금 전입금`, `자치단체 전입금`, `기 타`).

The part titled `정 원` alone had no role (no staff row was read); every row of the school
table had been counted in 개교, the caption's first unit; the sources under the account's
row had no account."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

COVER = ["2025년 주요업무보고", "가람도의회 교육위원회", "2025. 2. 11.", "가람교육지원청"]
ORG = ["Ⅰ. 일반현황", "1. 조 직", "○ 행정지원국 : 총무과, 재정지원과, 시설과",
       "○ 교육지원국 : 초등교육과, 중등교육과, 교육복지과"]  # fmt: skip
PLAN = ["Ⅱ. 2025년 주요업무 추진계획", "1. 기초학력 보장 책임교육 강화",
        "○ 기 간 : 2025. 3. ~ 2026. 2.", "○ 사 업 비 : 420,000천원(교육비특별회계)"]  # fmt: skip

STAFF = [
    ["구 분", "교육전문직", "일반직", "기능직", "계"],
    ["정 원", "24", "118", "12", "154"],
    ["현 원", "23", "115", "12", "150"],
]
SCHOOLS = [
    ["구 분", "유치원", "초", "중", "고", "특수", "계"],
    ["학교수", "38", "42", "21", "15", "1", "117"],
    ["학급수", "112", "986", "402", "378", "24", "1,902"],
    ["학생수", "1,845", "21,430", "10,216", "9,874", "142", "43,507"],
    ["교원수", "168", "1,512", "846", "812", "52", "3,390"],
]
REVENUE = [
    ["구 분", "2025년 예산(A)", "2024년 예산(B)", "증감(A-B)"],
    ["교육비특별회계", "93,000,000", "87,300,000", "5,700,000"],
    ["교부금 전입금", "85,420,000", "80,100,000", "5,320,000"],
    ["자치단체 전입금", "6,350,000", "6,020,000", "330,000"],
    ["기 타", "1,230,000", "1,180,000", "50,000"],
]


def _text_table(rows: list[list[str]]) -> str:
    """The table as a text export sets it: each column padded to its widest cell (a
    Hangul letter two wide)."""
    def width(s: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    widths = [max(width(r[c]) for r in rows) for c in range(len(rows[0]))]
    return "\n".join(
        "   ".join(x + " " * (w - width(x)) for x, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    )


def _report(parts: list[tuple[list[str], list[list[str]] | None]], text: bool) -> Report:
    """The report of ``parts``: lines, each group followed by its table (if any)."""
    if text:
        chunks = []
        for lines, rows in parts:
            chunks += lines
            if rows:
                chunks.append(_text_table(rows))
        body = "\n".join(chunks) + "\n"
        return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))
    paras = []
    for lines, rows in parts:
        paras += [p(x) for x in lines]
        if rows:
            grid = [cell(r, c, p(x)) for r, row in enumerate(rows) for c, x in enumerate(row)]
            paras.append(p(tbl(len(rows), len(rows[0]), grid)))
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("title", "caption"),
    [
        ("2. 정 원", "(2025. 1. 1. 기준, 단위 : 명)"),
        ("2. 정원", "(단위 : 명)"),
        ("2. 정 원 (’25. 1. 1. 기준)", "(단위 : 명)"),
    ],
)
def test_a_part_titled_jeongwon_is_the_staff_part(title: str, caption: str, text: bool) -> None:
    """`2. 정 원` over the table by 직종: each 직종's 정원 and 현원, and the 계."""
    report = _report([([*COVER, *ORG, title, caption], STAFF), (PLAN, None)], text)
    rows = {(s.grade, s.is_total, s.authorized, s.current) for s in report.staffing}
    assert {
        ("교육전문직", False, 24, 23), ("일반직", False, 118, 115), ("기능직", False, 12, 12),
        (None, True, 154, 150),
    } <= rows  # fmt: skip


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # (each row's unit the one its label names; the one no label names the rest's)
        ("(2025. 3. 1. 기준, 단위 : 개교, 학급, 명)",
         {"학교수": "개교", "학급수": "학급", "학생수": "명", "교원수": "명"}),
        ("(단위 : 교, 학급, 명)",
         {"학교수": "교", "학급수": "학급", "학생수": "명", "교원수": "명"}),
        ("(단위 : 명, 학급, 개교)",
         {"학교수": "개교", "학급수": "학급", "학생수": "명", "교원수": "명"}),
    ],
)
def test_school_rows_count_in_the_units_they_name(
    caption: str, expected: dict[str, str], text: bool
) -> None:
    """`학교수` in 개교 (교), `학급수` in 학급, `학생수` and `교원수` in 명, across every
    column, 계 too."""
    lines = [*COVER, *ORG, "3. 학교 현황", caption]
    report = _report([(lines, SCHOOLS), (PLAN, None)], text)
    units: dict[str, set[str | None]] = {}
    for c in report.table_cells:
        if not c.is_header and c.row_header in expected:
            units.setdefault(c.row_header, set()).add(c.unit)
    assert units == {k: {v} for k, v in expected.items()}
    cells = {(c.row_header, c.col_header): c.value for c in report.table_cells}
    assert cells[("학급수", "계")] == 1902
    assert cells[("학생수", "초")] == 21430


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize("account", ["교육비특별회계", "일반회계"])
def test_sources_under_an_accounts_row_are_of_that_account(account: str, text: bool) -> None:
    """The account's row is the side's total; each source after it that adds up to it is
    of that account (in won, from 천원)."""
    rows = [REVENUE[0], [account, *REVENUE[1][1:]], *REVENUE[2:]]
    lines = [*COVER, *ORG, "2. 예 산", "가. 세 입", "(단위 : 천원)"]
    report = _report([(lines, rows), (PLAN, None)], text)
    got = {
        (b.item, b.account, b.is_total, b.amount_krw)
        for b in report.budget_lines if b.year == 2025 and b.side == "revenue"
    }  # fmt: skip
    assert {
        (None, account, True, 93_000_000_000),
        ("교부금 전입금", account, False, 85_420_000_000),
        ("자치단체 전입금", account, False, 6_350_000_000),
        ("기타", account, False, 1_230_000_000),
    } <= got  # fmt: skip


#: the same counts set the other way round, a school level a row
LEVELS = [
    ["학교급", "학교수", "학급수", "학생수", "교원수"],
    ["유치원", "38", "112", "1,845", "168"],
    ["초등학교", "42", "986", "21,430", "1,512"],
    ["계", "80", "1,098", "23,275", "1,680"],
]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    "caption", ["(2025. 3. 1. 기준, 단위 : 개교, 학급, 명)", "(단위 : 명, 개교, 학급)"]
)
def test_school_columns_count_in_the_units_they_name(caption: str, text: bool) -> None:
    """`학교수` counts in 개교 (the counter 개 before the 교 of 학교), so that 명 is the one
    unit left for `학생수` and `교원수` (they had all been in the caption's first unit)."""
    lines = [*COVER, *ORG, "2. 학교 현황", caption]
    report = _report([(lines, LEVELS), (PLAN, None)], text)
    units: dict[str, set[str | None]] = {}
    for c in report.table_cells:
        if not c.is_header and c.col_header:
            units.setdefault(c.col_header, set()).add(c.unit)
    assert units == {"학교수": {"개교"}, "학급수": {"학급"}, "학생수": {"명"}, "교원수": {"명"}}


STAFF_TOTALS = [["구 분", "정원", "현원"], ["계", "154", "150"]]
GARDENS = [
    ["구 분", "개소", "면적"],
    ["지방정원", "2", "120,000"],
    ["민간정원", "5", "35,000"],
    ["계", "7", "155,000"],
]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("staff", "garden"),
    [
        pytest.param((["2. 인 력", "(단위 : 명)"], STAFF_TOTALS),
                     (["3. 정 원", "(단위 : 개소, ㎡)"], GARDENS), id="a garden table"),
        pytest.param((["2. 인 력", "○ 정원 154명 / 현원 150명"], None),
                     (["3. 정 원", "○ 정원 조성 : 3개소 (국가정원 1, 지방정원 2)",
                       "○ 시민정원사 : 120명 양성"], None), id="garden bullets"),
    ],
)  # fmt: skip
def test_a_part_titled_jeongwon_that_states_no_staff(
    staff: tuple[list[str], list[list[str]] | None],
    garden: tuple[list[str], list[list[str]] | None], text: bool,
) -> None:
    """`3. 정 원` over gardens (`지방정원 | 민간정원`, `○ 정원 조성 : 3개소`) and the bullet
    `○ 정원 154명 / 현원 150명` under `2. 인 력` title no staff part: only `2. 인 력` is
    (the word 정원 alone had given both the staffing role, their figures read as staff).
    The rule of `2. 정 원` is narrowed to a part whose body states staff (현원, `정원 N명`)."""
    report = _report([(COVER + ORG, None), staff, garden, (PLAN, None)], text)
    roled = [n.title for n in report.outline if n.role == "staffing"]
    assert [t.replace(" ", "") for t in roled] == ["인력"]


#: kindergartens (개원) by founder: 교원 ends in 원 as 개원 does, yet teachers are people
KINDERGARTENS = [
    ["구 분", "공립", "사립", "계"],
    ["유치원수", "20", "18", "38"],
    ["학급수", "60", "52", "112"],
    ["원아수", "900", "945", "1,845"],
    ["교원수", "80", "88", "168"],
]


def _flipped(rows: list[list[str]]) -> list[list[str]]:
    return [list(r) for r in zip(*rows, strict=True)]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize("across", [False, True], ids=["rows", "columns"])
@pytest.mark.parametrize("caption", ["(단위 : 개원, 학급, 명)", "(단위 : 명, 학급, 개원)"])
def test_people_count_in_myeong_though_they_end_like_a_counter(
    caption: str, across: bool, text: bool
) -> None:
    """`교원수` counts teachers, in 명, not in 개원 (the counter 개 before the 원 that
    교원 ends in); `유치원수` stays in 개원 (review 113 B5)."""
    rows = _flipped(KINDERGARTENS) if across else KINDERGARTENS
    lines = [*COVER, *ORG, "3. 유치원 현황", caption]
    report = _report([(lines, rows), (PLAN, None)], text)
    units: dict[str, set[str | None]] = {}
    for c in report.table_cells:
        label = c.col_header if across else c.row_header
        if not c.is_header and label:
            units.setdefault(label, set()).add(c.unit)
    assert units == {"유치원수": {"개원"}, "학급수": {"학급"}, "원아수": {"명"}, "교원수": {"명"}}
