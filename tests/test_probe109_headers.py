"""Headers and units of the hundred-and-ninth round of probes: an organisation table of
teams and duties listed with commas (specialaccount), a pledge summary set on its side
under counts beside money (pledges), a tariff's tiers under one use (specialaccount)."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def _chapter(*tables: str) -> tuple[str, ...]:
    return (
        p("Ⅰ. 일반현황"), p("1. 조직"), *tables,
        p("Ⅱ. 2026년 주요업무계획"), p("1. 맑은 물 공급"), p("□ 노후관 교체"),
    )  # fmt: skip


def test_rows_of_teams_and_duties_listed_with_commas_are_body_rows() -> None:
    """`부 서 | 하 부 조 직 | 주 요 기 능` over each 과's teams and duties, listed with
    commas, and two 사업소 rows with `-` for teams: one header row (the 과 rows had been
    taken as three more, no body cells, their lists in the 사업소 rows' column paths)."""
    rows = [
        ["부 서", "하 부 조 직", "주 요 기 능"],
        ["경영지원과", "경영기획팀, 재무회계팀", "본부 경영계획, 상하수도 요금 부과·징수"],
        ["수도시설과", "수도계획팀, 급수시설팀", "상수관로 확충·정비, 누수 저감"],
        ["하수시설과", "하수계획팀, 하수관로팀", "하수관로 정비, 분뇨 처리"],
        ["정수사업소", "-", "정수장 운영, 정수 수질검사"],
    ]
    report = _hwpx(*_chapter(p(_table(rows))))
    (table,) = [t for t in report.tables if t.n_cols == 3]
    assert table.header_rows == 1
    cells = [c for c in report.table_cells if c.table_id == table.table_id]
    teams = {c.row_header: c.raw for c in cells if not c.is_header and c.col == 1}
    assert teams == {
        "경영지원과": "경영기획팀, 재무회계팀", "수도시설과": "수도계획팀, 급수시설팀",
        "하수시설과": "하수계획팀, 하수관로팀", "정수사업소": "-",
    }  # fmt: skip
    site = next(c for c in cells if c.row_header == "정수사업소" and c.col == 2)
    assert site.col_header == "주요기능"


def test_a_turned_tables_rows_take_the_unit_their_labels_name() -> None:
    """`(단위 : 개, 백만원)` over `구 분 | 계 | 완 료 | 정 상` and the rows `공 약 수`,
    `총사업비`: the pledges counted in 개, the cost in 백만원 (it had been read as a count
    of 개, as the columns, named by no kind, are by the caption's list)."""
    rows = [
        ["구 분", "계", "완 료", "정 상"],
        ["공 약 수", "15", "6", "9"],
        ["총사업비", "118,900", "29,400", "89,500"],
    ]
    report = _hwpx(*_chapter(p("(단위 : 개, 백만원)"), p(_table(rows))))
    got = {
        (c.row_header, c.col_header): (c.value_kind, c.value, c.value_krw, c.unit)
        for c in report.table_cells if not c.is_header and c.row_header
    }  # fmt: skip
    assert got[("공약수", "계")] == ("count", 15, None, "개")
    assert got[("공약수", "정상")] == ("count", 9, None, "개")
    assert got[("총사업비", "계")] == ("krw", 118_900_000_000, 118_900_000_000, "백만원")
    assert got[("총사업비", "완료")] == ("krw", 29_400_000_000, 29_400_000_000, "백만원")


def test_a_tariffs_tiers_name_their_rows_under_their_use() -> None:
    """`업 종 | 사용구간(㎥) | 단가(원/㎥)`, `일반용` merged over its three tiers `0~50`,
    `51~300`, `301 이상`: each tier's row is `일반용 / …` (all three had been `일반용`);
    a use of one tier, `가정용 | 전구간`, is `가정용`."""
    rows = [
        ["업 종", "사용구간(㎥)", "단가(원/㎥)"],
        ["가정용", "전구간", "760"],
        ["일반용", "0~50", "1,030"],
        ["", "51~300", "1,290"],
        ["", "301 이상", "1,550"],
    ]
    report = _hwpx(*_chapter(p(_table(rows, {(2, 0): 3}))))
    got = {
        c.row_header: c.raw
        for c in report.table_cells if not c.is_header and c.col_header == "단가(원/㎥)"
    }  # fmt: skip
    assert got == {
        "가정용": "760", "일반용 / 0~50": "1,030", "일반용 / 51~300": "1,290",
        "일반용 / 301 이상": "1,550",
    }  # fmt: skip
