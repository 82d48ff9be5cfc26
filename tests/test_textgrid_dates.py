"""A card's 추진일정 set as a text table, `추 진 내 용 | 추진기간 | 비  고`, whose date cells
say when in words or in an unusual form (`수시`, `매  월`, `2026년 말`, `26.4월~11월`,
`’26. 2분기`): each row a row of the table, the first no second header row, and a year
written without its quote mark before months with their 월 a date."""

from __future__ import annotations

from datetime import date

from extract.normalize import parse_date
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_HEAD = """\
                        2026년 주요업무계획

                           한빛시 일자리과

Ⅰ. 일 반 현 황

1. 조직 및 인력

 □ 조    직 : 1과 2팀(고용정책팀, 창업지원팀)

Ⅱ. 2026년 주요업무 추진계획

1. 창업 생태계 조성

 가. 청년 창업공간 운영 (창업지원팀)

  □ 사업개요
   ○ 사업기간 : 2026. 1.~12.
   ○ 사 업 비 : 500백만원 (시 500)

  □ 추진일정
     추 진 내 용                        추진기간               비  고
"""


def _card(*rows: str) -> Report:
    return _text(_HEAD + "\n".join(rows) + "\n")


def _cells(report: Report) -> dict[tuple[str, str], str]:
    return {(c.row_header, c.col_header): c.raw for c in report.table_cells if not c.is_header}


def test_rows_dated_by_how_often_or_a_years_end_stay_in_the_table() -> None:
    """`수시`, `매  월` and `2026년 말` in the 추진기간 column are when the row's task is
    done: the rows are the table's (they had been cut off it into the residue)."""
    report = _card(
        "   입주기업 모집·선정                  ’26. 2.~3.             시 홈페이지 공고",
        "   입주기업 멘토링                     수시                   월 1회 이상",
        "   시설 안전점검                       매  월",
        "   성과평가 및 정산                    2026년 말",
    )
    cells = _cells(report)
    assert cells[("입주기업 멘토링", "추진기간")] == "수시"
    assert cells[("입주기업 멘토링", "비고")] == "월 1회 이상"
    assert cells[("시설 안전점검", "추진기간")] == "매 월"
    assert cells[("성과평가 및 정산", "추진기간")] == "2026년 말"
    assert not report.residue


def test_a_table_whose_date_cell_leaves_its_years_quote_mark_out() -> None:
    """`26.4월~11월` (the year's quote mark left out) in a 추진기간 cell is April to
    November 2026: the table is found (it had hung under `□ 추진일정` as one text) and
    the row is a step so dated."""
    report = _card(
        "   입주기업 모집·선정                  ’26. 1분기             시 홈페이지 공고",
        "   창업공간 운영 및 입주 지원          26.4월~11월            월세 지원",
        "   입주기업 역량 교육                  ’26. 5. 10.~6. 20.     창업센터",
    )
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    cell = cells[("창업공간 운영 및 입주 지원", "추진기간")]
    assert (cell.date_start, cell.date_end) == (date(2026, 4, 1), date(2026, 11, 30))
    steps = {s.task: (s.start, s.end) for s in report.schedules}
    assert steps["창업공간 운영 및 입주 지원"] == (date(2026, 4, 1), date(2026, 11, 30))
    assert steps["입주기업 모집·선정"] == (date(2026, 1, 1), date(2026, 3, 31))
    assert len(steps) == 3


def test_the_first_row_dated_by_a_quarter_is_no_header_row() -> None:
    """A first row `… ’26. 2분기` with its 비고 empty, over a row dated `2026.03.~2026.12.`:
    a row of the body (it had been read as a second header row, its date in the column
    header of every cell under it)."""
    report = _card(
        "   창업공간 실시설계 용역              ’26. 2분기",
        "   창업공간 리모델링 공사              2026.07.~2026.12.      공정률 60% 목표",
        "   입주기업 모집                       2026. 하반기",
    )
    cells = _cells(report)
    assert cells[("창업공간 실시설계 용역", "추진기간")] == "’26. 2분기"
    assert cells[("창업공간 리모델링 공사", "추진기간")] == "2026.07.~2026.12."
    assert {s.task for s in report.schedules} == {
        "창업공간 실시설계 용역", "창업공간 리모델링 공사", "입주기업 모집",
    }


def test_a_drawn_tables_first_row_dated_by_a_half_is_no_header_row() -> None:
    """The same in a drawn table, `추진내용 | 추진기간 | 비고` over `’26. 상반기` and
    `2026.03.~2026.12.`: one header row."""
    rows = [["추진내용", "추진기간", "비고"],
            ["기본계획 수립", "’26. 상반기", ""],
            ["창업공간 조성 공사", "2026.03.~2026.12.", "공정률 60%"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 창업도시"), p("가. 청년 창업공간 운영 (창업지원팀)"),
        p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."), p("□ 추진일정"), p(_table(rows)),
    )  # fmt: skip
    cells = _cells(report)
    assert cells[("기본계획 수립", "추진기간")] == "’26. 상반기"
    assert cells[("창업공간 조성 공사", "추진기간")] == "2026.03.~2026.12."


def test_months_after_a_year_without_its_quote_mark() -> None:
    """`26.3월~12월`, `25. 11월~26. 2월`: years near the report's, their quote mark left
    out (the 월 tells the month from a decimal's figure); none with no year to be near,
    nor one far from it."""
    span = parse_date("26.3월~12월", year=2026)
    assert span is not None and (span.start, span.end) == (date(2026, 3, 1), date(2026, 12, 31))
    span = parse_date("25. 11월~26. 2월", year=2026)
    assert span is not None and (span.start, span.end) == (date(2025, 11, 1), date(2026, 2, 28))
    assert parse_date("26.3월~12월") is None
    assert parse_date("12.3월", year=2026) is None


def test_what_says_when_in_a_schedules_cell() -> None:
    from extract.normalize.when import says_when

    assert [says_when(t) for t in ("수시", "매  월", "연 중", "26.3월~12월", "하반기 중")] == [
        True, True, True, True, True,
    ]
    assert [says_when(t) for t in ("월 1회 이상", "시 홈페이지 공고", "비 고")] == [
        False, False, False,
    ]


def test_letter_spaced_headers_side_by_side_are_two_columns() -> None:
    """`운 수 업 체   운   행   구   간`: two header words, each spaced out to fill its cell
    (one space apart, three apart), over the rows' two columns (the header had been read
    as one word, and the table lost into its heading's text)."""
    report = _text(
        _HEAD.split("  □ 추진일정")[0]
        + "  □ 마을버스 운행 현황\n\n"
        + "   노 선 명  운 수 업 체   운   행   구   간           인가대수  1일 이용객(명)\n"
        + "   계        2개 업체      2개 노선                          11           8,780\n"
        + "   한빛01    한빛교통(주)  한빛역 ~ 푸른마을                  6           4,820\n"
        + "   한빛02    새솔운수(주)  시청 ~ 한빛시장                    5           3,960\n"
    )
    cells = _cells(report)
    assert cells[("한빛02", "운수업체")] == "새솔운수(주)"
    assert cells[("한빛02", "운행구간")] == "시청 ~ 한빛시장"
    assert cells[("한빛02", "1일 이용객(명)")] == "3,960"
