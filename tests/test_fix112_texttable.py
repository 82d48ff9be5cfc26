"""Text tables of the 112th round (no rules, columns set apart by runs of spaces) that had
been no table, their rows of figures the bullet's text above them: a group on the header
line over one column's name or two under it (`증  감` over `개소`, `과부족` over `인 원 |
비율`), names spelled out letter by letter under their years (`국  비  도  비  …`), the
years on the line under the names, and a line of years over a line of figures alone."""

from __future__ import annotations

import pytest

from tests.test_other_reports import _text

_REPORT = """\

                         2026년 주요업무보고

                          한 솔 군   재 정 복 지 국

Ⅰ. 일반현황
 1. 현    황
  □ {title}
                                                        (단위 : {unit})
{table}

Ⅱ. 2026년 주요업무계획
 1. 어르신 돌봄
  가. 경로당 보강 (노인복지팀)
   □ 사업개요
    ○ 사업기간 : ’26. 1. ~ 12.
"""

_ONE_UNDER = """\
    구  분        2025년        2026년        증  감
                                             개소
    계              48            52             4
    경로당          40            43             3
    복지관           8             9             1"""

_TWO_UNDER = """\
    구  분        정  원        현  원        과부족
                                             인 원    비율
    계              62            60           △2     3.2
    재정과          21            20           △1     4.8
    회계과          41            40           △1     2.4"""

_ABOVE = """\
                                                     증  감
    구  분        2025년        2026년
                                               금  액      비율
    합  계     45,210,000    48,630,000    3,420,000      7.6
    재정과     12,100,000    12,500,000      400,000      3.3"""

_SPELLED = """\
    구  분         2025년                    2026년
              국  비   도  비   군  비   국  비   도  비   군  비
    계         12,400    3,100    4,500   13,200    3,300    4,800
    노인복지    8,200    2,050    2,900    8,700    2,150    3,100
    장애인복지  4,200    1,050    1,600    4,500    1,150    1,700"""

_YEARS_UNDER = """\
    구  분      일반회계      특별회계      일반회계      특별회계
                     2025년                      2026년
    계            41,200         4,010        44,300         4,330
    재정과        10,900         1,200        11,200         1,300
    복지과        30,300         2,810        33,100         3,030"""

_TOTAL_LEFT = """\
    구  분         계        국  비      도  비      국  비      도  비
                                  2025년                  2026년
    계           4,000       1,000         900       1,100       1,000
    재정과       2,000         500         450         550         500"""

_TOTAL_RIGHT = """\
    구  분       국  비      도  비      국  비      도  비        계
                      2025년                  2026년
    계           1,000         900       1,100       1,000      4,000
    재정과         500         450         550         500      2,000"""

_CASES = [
    pytest.param(
        "복지시설 현황", "개소", _ONE_UNDER,
        {("계", "증감 / 개소"): "4", ("경로당", "2026년"): "43", ("복지관", "증감 / 개소"): "1"},
        id="group-over-one-name",
    ),
    pytest.param(
        "부서별 인력", "명", _TWO_UNDER,
        {("계", "과부족 / 인원"): "△2", ("재정과", "과부족 / 비율"): "4.8",
         ("회계과", "정원"): "41"},
        id="group-over-two-names",
    ),
    pytest.param(
        "부서별 세출예산", "천원", _ABOVE,
        {("합계", "증감 / 금액"): "3,420,000", ("재정과", "증감 / 비율"): "3.3",
         ("재정과", "2025년"): "12,100,000"},
        id="group-above-the-header-line",
    ),
    pytest.param(
        "국·도비 보조사업", "백만원", _SPELLED,
        {("계", "2025년 / 국비"): "12,400", ("노인복지", "2026년 / 도비"): "2,150",
         ("장애인복지", "2026년 / 군비"): "1,700", ("장애인복지", "2025년 / 군비"): "1,600"},
        id="names-spelled-out-under-years",
    ),
    pytest.param(
        "회계별 예산", "백만원", _YEARS_UNDER,
        {("계", "2025년 / 일반회계"): "41,200", ("재정과", "2026년 / 특별회계"): "1,300",
         ("복지과", "2025년 / 특별회계"): "2,810"},
        id="years-under-the-names",
    ),
    pytest.param(
        "보조사업 예산", "백만원", _TOTAL_LEFT,
        {("계", "계"): "4,000", ("계", "2025년 / 국비"): "1,000", ("재정과", "계"): "2,000",
         ("재정과", "2026년 / 도비"): "500"},
        id="years-under-a-total-left-of-them",
    ),
    pytest.param(
        "보조사업 예산", "백만원", _TOTAL_RIGHT,
        {("계", "계"): "4,000", ("계", "2025년 / 국비"): "1,000", ("재정과", "계"): "2,000",
         ("재정과", "2026년 / 도비"): "500"},
        id="years-under-a-total-right-of-them",
    ),
]


def _cells(text: str) -> dict[tuple[str, str], str]:
    report = _text(text)
    return {
        ("".join(c.row_header.split()), c.col_header.replace(" ", "").replace("/", " / ")): c.raw
        for c in report.table_cells if not c.is_header
    }  # fmt: skip


@pytest.mark.parametrize(("title", "unit", "table", "expected"), _CASES)
def test_two_row_text_headers(
    title: str, unit: str, table: str, expected: dict[tuple[str, str], str]
) -> None:
    """Each figure under its header path (group / name), none of them the bullet's text."""
    text = _REPORT.format(title=title, unit=unit, table=table)
    cells = _cells(text)
    got = {key: cells.get(key) for key in expected}
    assert got == expected
    report = _text(text)
    bullet = next(n for n in report.outline if n.title.startswith(title))
    assert not any(ch.isdigit() for ch in bullet.text)


def test_a_table_takes_its_unit_under_two_header_rows() -> None:
    """The caption's unit reaches the figures under a spelled-out header: 백만원 in won."""
    report = _text(_REPORT.format(title="국·도비 보조사업", unit="백만원", table=_SPELLED))
    cell = next(c for c in report.table_cells
                if not c.is_header and c.raw == "13,200")  # fmt: skip
    assert (cell.unit, cell.value_krw) == ("백만원", 13_200_000_000)


_SERIES = """\
    ○ 지원대상 : 활동지원 수급자 320명
     - 연도별 지원 실적
          2024년    2025년    2026년(목표)
           290       305        320
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(_SERIES, {"2024년": "290", "2025년": "305", "2026년(목표)": "320"},
                     id="three-years"),
        pytest.param(_SERIES.replace("   2024년", "   ’24년").replace("2026년(목표)", "’26년 목표"),
                     {"’24년": "290", "2025년": "305", "’26년목표": "320"}, id="quoted-years"),
        pytest.param(
            "    ○ 방문 건수\n          2025년      2026년\n           1,200       1,350\n",
            {"2025년": "1,200", "2026년": "1,350"}, id="two-years",
        ),
        pytest.param(
            "     ○ 연차별 투자계획\n        2025년    2026년    2027년    계\n"
            "         300       500       200    1,000\n",
            {"2025년": "300", "2026년": "500", "2027년": "200", "계": "1,000"},
            id="years-and-total",
        ),
        pytest.param(
            "     ○ 연도별 수급자\n          2024년    2025년    2026년    증  감\n"
            "           290       305        320       15\n",
            {"2024년": "290", "2026년": "320", "증감": "15"}, id="years-and-change",
        ),
        pytest.param(
            "    ○ 사업량 : 경로당 10개소\n       상반기    하반기\n         4         6\n",
            {"상반기": "4", "하반기": "6"}, id="halves",
        ),
    ],
)
def test_a_line_of_years_over_figures_is_a_table(lines: str, expected: dict[str, str]) -> None:
    """Years set apart over a line of figures under a bullet: a table, its figures each
    under its year, not the bullet's wrapped text."""
    text = _REPORT.format(title="현황", unit="명", table="    계  1  2  3") + lines
    report = _text(text)
    got = {
        c.col_header.replace(" ", ""): c.raw for c in report.table_cells
        if not c.is_header and c.col_header.replace(" ", "") in expected
    }  # fmt: skip
    assert got == expected
    assert not any(
        n.text.rstrip().endswith(tuple(expected.values())) for n in report.outline
    )  # fmt: skip


@pytest.mark.parametrize(
    "figures",
    [
        pytest.param("           290       305        320", id="counts"),
        pytest.param("        1,200     △35      2.9%", id="amount-change-rate"),
    ],
)
def test_a_row_of_figures_no_table_takes_is_no_bullets_text(figures: str) -> None:
    """A line of figures alone set apart by runs of spaces, under a bullet whose words say
    what they count, with no header a table reads: residue where it stands (its line), not
    the bullet's wrapped text."""
    lines = f"    ○ 연도별 수급자 (2024년, 2025년, 2026년 목표)\n{figures}\n"
    text = _REPORT.format(title="현황", unit="명", table="    계  1  2  3") + lines
    report = _text(text)
    bullet = next(n for n in report.outline if n.title.startswith("연도별 수급자"))
    assert bullet.text.split()[-1] == "목표)"
    no = text.split("\n").index(figures) + 1
    assert [r.line for r in report.residue if r.text.split() == figures.split()] == [no]


@pytest.mark.parametrize(
    ("heads", "figures"),
    [
        pytest.param("        국  비      도  비", "         300       200", id="names"),
        pytest.param("        신규사업      계속사업", "         12          30", id="words"),
    ],
)
def test_figures_under_heads_no_table_takes_stay_with_them(heads: str, figures: str) -> None:
    """A line of figures under a line of heads that no table reads goes on with its heads
    in the bullet's text, never residue apart from them."""
    lines = f"    ○ 재원별 사업비\n{heads}\n{figures}\n"
    report = _text(_REPORT.format(title="현황", unit="명", table="    계  1  2  3") + lines)
    bullet = next(n for n in report.outline if n.title.startswith("재원별 사업비"))
    assert bullet.text.split()[-2:] == figures.split()
    assert not [r for r in report.residue if r.text.split() == figures.split()]
