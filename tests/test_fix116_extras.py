"""A 군 bureau's 2025 주요업무보고 whose 일반현황 has, beside 조직, 인력 and 예산, the other
parts a general section holds: 위원회 현황, 민간위탁 현황, 소관 시설 현황, 소관 공공기관, 주요
통계 (probe 116, extras; HWPX and its text export).

In the text export a table of columns of words under a header of two rows, a group's name
over its columns' names (`위원 수(명)` over `계 | 당연직 | 위촉직`, `규 모` over `연면적(㎡) |
층 수`, `출연금(백만원)` over `’24년 | ’25년`), the other names merged down, was no table:
its lines were taken as the wrapped text of the item above, in no table and no residue.
A cell of two figures whose second has a unit of its own, `12,400㎡ / 2층`, gave the second
the first's unit (㎡), and `58,214명 (25,130세대)`, a count with its households in brackets,
no second figure at all.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import grid, hwpx, p, sec

COVER = ["2025년 주요업무보고", "", "가 온 군  안 전 건 설 국", "", "2025. 2.", ""]
PLAN = ["Ⅱ. 2025년 주요업무 추진계획", "", "1. 시내버스 준공영제 도입", "",
        " ○ 사업기간 : 2025. 3. ~ 2026. 12.", " ○ 사 업 비 : 4,200백만원 (군비)", ""]  # fmt: skip


def _text(lines: list[str]) -> Report:
    body = "\n".join([*COVER, "Ⅰ. 일 반 현 황", "", *lines, "", *PLAN]) + "\n"
    return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))


def _hwpx(title: str, rows: list[list[str]]) -> Report:
    paras = [p(x) for x in [*COVER, "Ⅰ. 일 반 현 황", title] if x]
    paras.append(p(grid(rows)))
    paras += [p(x.strip()) for x in PLAN if x.strip()]
    data = hwpx(sec(*paras))
    return check(parse_document(read_bytes(data, "report.hwpx"), "report"))


def _cell(report: Report, raw: str, row_label: str) -> dict[str, object]:
    found = [c for c in report.table_cells
             if c.raw == raw and not c.is_header and row_label in (c.row_header or "")]  # fmt: skip
    assert len(found) == 1, [(c.raw, c.row_header) for c in report.table_cells]
    return found[0].model_dump()


# --- a text table of columns of words under a header of two rows ----------------------------

FACILITIES = [
    " 시 설 명         위 치               규 모                         준 공       운영방식",
    "                                      연면적(㎡)  층 수",
    " 공영버스 차고지  가온읍 중앙로 112   12,400      지상 2층          2019. 6.    직영",
    " 복합환승센터     가온읍 역전길 5     8,650       지하1층/지상4층   2021. 11.   민간위탁",
    " 공영주차타워     한내면 시장길 20    5,230       5층               2017. 3.    공단위탁",
]

#: (the part's lines, a cell's raw and its row's label, what the cell holds)
STACKED = [
    pytest.param(
        ["3. 위원회 현황", "", "                                        (단위 : 명, 회)",
         "   위원회명          근거 법령     위원 수(명)                      개최 실적(회)",
         "                                   계    당연직    위촉직    ’23년    ’24년",
         "   도시계획위원회    국토계획법    25    5         20        9        8",
         "   건축위원회        건축법        30    4         26        11       12",
         "   교통안전위원회    군 조례       12    3         9         2        3"],
        ("26", "건축위원회"),
        {"col_header": "위원 수(명) / 위촉직", "value": 26, "value_kind": "count", "unit": "명"},
        id="committees-unknown-label",
    ),
    pytest.param(
        ["3. 위원회 현황", "", "                                        (단위 : 명, 회)",
         "   구 분             근거 법령     위원 수(명)                      개최 실적(회)",
         "                                   계    당연직    위촉직    ’23년    ’24년",
         "   도시계획위원회    국토계획법    25    5         20        9        8",
         "   건축위원회        건축법        30    4         26        11       12"],
        ("9", "도시계획위원회"),
        {"col_header": "개최 실적(회) / ’23년", "value": 9, "value_kind": "count", "unit": "회"},
        id="committees-row-label",
    ),
    pytest.param(
        ["5. 소관 시설 현황", "", *FACILITIES],
        ("8,650", "복합환승센터"),
        {"col_header": "규모 / 연면적(㎡)", "value": 8650, "value_kind": "measure",
         "measure_unit": "㎡"},
        id="facilities-area",
    ),
    pytest.param(
        ["5. 소관 시설 현황", "", *FACILITIES],
        ("2021. 11.", "복합환승센터"),
        {"col_header": "준공", "value_kind": "date", "date_start": "2021-11-01",
         "date_end": "2021-11-30"},
        id="facilities-completed",
    ),
    pytest.param(
        ["6. 소관 공공기관", "",
         "   기 관 명                설 립 일        정원(명)    출연금(백만원)",
         "                                                       ’24년    ’25년",
         "   가온군시설관리공단      2008. 3. 15.    142         9,300    9,850",
         "   (재)가온교통문화재단    2016. 7. 1.     18          1,380    1,420"],
        ("1,420", "가온교통문화재단"),
        {"col_header": "출연금(백만원) / ’25년", "value_krw": 1_420_000_000, "unit": "백만원"},
        id="institutions-grant",
    ),
]


@pytest.mark.parametrize(("lines", "where", "want"), STACKED)
def test_stacked_header_text_table(
    lines: list[str], where: tuple[str, str], want: dict[str, object]
) -> None:
    report = _text(lines)
    got = _cell(report, *where)
    assert {k: (str(got[k]) if k.startswith("date") else got[k]) for k in want} == want
    assert not report.residue


# --- a pair's second figure in a unit of its own ----------------------------------------------

#: (the title, the table, a cell's raw and its row's label, its second figure and unit)
OWN_UNIT = [
    pytest.param(
        "5. 소관 시설 현황",
        [["시설명", "위치", "규모(㎡/층)", "준공 연도"],
         ["공영버스 차고지", "가온읍 중앙로 112", "12,400㎡ / 2층", "2019"],
         ["복합환승센터", "가온읍 역전길 5", "8,650㎡ / 4층", "2021"]],
        ("8,650㎡ / 4층", "복합환승센터"), (4.0, "층"),
        id="area-and-floors",
    ),
    pytest.param(
        "7. 주요 통계",
        [["구 분", "현 황"], ["인 구", "58,214명 (25,130세대)"], ["면 적", "512.4㎢"]],
        ("58,214명 (25,130세대)", "인구"), (25130.0, "세대"),
        id="people-and-households",
    ),
]


@pytest.mark.parametrize(("title", "rows", "where", "want"), OWN_UNIT)
def test_pair_second_in_its_own_unit(
    title: str, rows: list[list[str]], where: tuple[str, str], want: tuple[float, str]
) -> None:
    got = _cell(_hwpx(title, rows), *where)
    assert (got["value2"], got["value2_unit"]) == want


# --- a year with its 년; a caption's counts over 인구 and a count of things ---------------------

#: (the title, the caption, the table, a cell's raw and its row's label, what it holds)
CELLS = [
    pytest.param(
        "6. 소관 공공기관", None,
        [["기관명", "설립연도", "정원(명)"], ["가온군시설관리공단", "2008년", "142"],
         ["가온교통문화재단", "2016년", "18"]],
        ("2008년", "가온군시설관리공단"),
        {"value_kind": "date", "date_start": "2008-01-01", "date_end": "2008-12-31"},
        id="founded-year-with-nyeon",
    ),
    pytest.param(
        "5. 소관 시설 현황", None,
        [["시설명", "연면적", "준공"], ["공영버스 차고지", "12,400㎡", "2019년"],
         ["복합환승센터", "8,650㎡", "’21. 11."]],
        ("2019년", "공영버스 차고지"),
        {"value_kind": "date", "date_start": "2019-01-01", "date_end": "2019-12-31"},
        id="year-among-dates",
    ),
    pytest.param(
        "7. 주요 통계", "(단위 : 명, ㎢, 개소)",
        [["구분", "인구", "면적", "사업체 수"], ["가온군", "58,214", "512.4", "4,326"]],
        ("4,326", "가온군"),
        {"value_kind": "count", "value": 4326, "unit": "개소"},
        id="businesses-in-places",
    ),
]


def _hwpx_caption(title: str, caption: str | None, rows: list[list[str]]) -> Report:
    paras = [p(x) for x in [*COVER, "Ⅰ. 일 반 현 황", title, caption or ""] if x]
    paras.append(p(grid(rows)))
    paras += [p(x.strip()) for x in PLAN if x.strip()]
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


@pytest.mark.parametrize(("title", "caption", "rows", "where", "want"), CELLS)
def test_cell_kinds(
    title: str, caption: str | None, rows: list[list[str]], where: tuple[str, str],
    want: dict[str, object],
) -> None:
    got = _cell(_hwpx_caption(title, caption, rows), *where)
    assert {k: (str(got[k]) if k.startswith("date") else got[k]) for k in want} == want
