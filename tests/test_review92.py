"""What three reviews of round fifteen and sixteen found the new rules doing to ordinary
reports: each input here read right before those rounds, and reads right again."""

from __future__ import annotations

import pytest

from extract.layout.cells import TableCell
from extract.layout.pagebreaks import rejoin_unfilled_row
from extract.normalize.signs import triangle_sign
from extract.parse.budget_prose import accounts_in
from extract.parse.budget_scope import other_body
from tests.test_other_reports import _text


def _row(row: int, *texts: str, spans: dict[int, int] | None = None) -> list[TableCell]:
    spans = spans or {}
    return [TableCell(row, col, spans.get(col, 1), 1, t) for col, t in enumerate(texts)]


def test_a_groups_label_going_on_over_a_page_break_is_no_cut_row() -> None:
    """`과 | 팀 | 주요업무`, the 과 merged down its teams and the page breaking inside it:
    the next page's first team is a row of its own (it had been joined to the row above,
    the 과's cell drawn empty on the next page taken as a column every row fills)."""
    above = [
        *_row(0, "과", "팀", "주요업무"),
        *_row(1, "도로과", "도로정책팀", "도로 정책 총괄", spans={0: 2}),
        TableCell(2, 1, 1, 1, "도로시설팀"), TableCell(2, 2, 1, 1, "도로 시설물 유지관리"),
    ]  # fmt: skip
    more = [*_row(3, "", "보행환경팀", "보도 정비"), *_row(4, "교통과", "교통안전팀", "시설 관리")]
    assert rejoin_unfilled_row(above, more, 3, 1)[2] == 0


def test_a_new_row_at_the_top_of_a_page_with_its_amount_blank() -> None:
    """`교통과 | 스마트 교차로 시범 구축 | (blank) | 추경 반영 예정` opening the next page: a
    row of its own, naming itself (it had been joined to the row above)."""
    above = [
        *_row(0, "부 서", "세부사업", "2026년 예산", "비 고"),
        *_row(1, "도로과", "가온대로 확장", "15,800", "계속"),
        *_row(2, "도로계획과", "노후 포장 정비", "6,200", "계속"),
    ]
    more = [
        *_row(3, "교통과", "스마트 교차로 시범 구축", "", "추경 반영 예정"),
        *_row(4, "교통과", "버스정류소 개선", "1,200", "신규"),
    ]
    assert rejoin_unfilled_row(above, more, 3, 1)[2] == 0


@pytest.mark.parametrize(
    ("texts", "sign"),
    [
        # (a title naming two years is no header: the table under it gives last year first)
        (["□ 2026년 예산 편성 현황 (2025년 본예산 대비)", "구 분 전년도 예산 금년도 예산 증 감",
          "계 4,200 5,000 ▲800"], 1),
        # (▽ as a list's mark before a step's number is no decrease's)
        (["2025년 예산 2026년 예산 증감", "계 5,000 4,200 ▲800",
          "○ 추진방향 : ▽1단계 조기폐차 ▽2단계 운행제한"], -1),
    ],
)  # fmt: skip
def test_the_triangle_under_titles_and_bullets(texts: list[str], sign: int) -> None:
    assert triangle_sign(texts) == sign


def test_accounts_set_apart_from_their_kind_only_a_projects() -> None:
    """`상수도사업 특별회계` is one account; `주요 기금`, `주요 특별회계` are the kind (they had
    been accounts named 주요기금, 주요특별회계)."""
    assert accounts_in("□ 2026년 주요 기금 운용 규모 : 5,500백만원") == ["기금"]
    assert accounts_in("주요 특별회계 현황") == ["특별회계"]
    assert accounts_in("□ 하수도사업 특별회계 예산") == ["하수도사업특별회계"]


def test_a_bracket_of_own_units_after_a_title_that_names_the_city() -> None:
    """`시 예산 총괄 (예산담당관 소관)` is the city's; `(교육청 소관)` names no unit of the
    report's own."""
    assert other_body("가. 2026년 시 예산 총괄 (예산담당관 소관)") == "시"
    assert other_body("○ 시 전체 예산 규모 (교육비특별회계 제외, 교육청 소관)") is None


_TABLES = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1본부 3과 9팀
 2. 소방장비 현황
                                                  (단위 : 대, 백만원)
    구    분          보유장비     교체대상     교체예산
    계                     120           14        3,450
    소방차                  80           10        2,800
    구급차                  40            4          650
 3. 인건비 현황
                                                  (단위 : 백만원, 명)
    구    분          인  원       보  수       수  당
    계                      77        4,210        1,130
    소방행정과              32        1,820          470
    119재난대응과           45        2,390          660
 4. 교육 실적
    구    분          횟수     참여인원     교육시간
    계                  24          480          96
    안전교육            16          320          64
    직무교육             8          160          32
"""


def test_column_units_by_the_words_their_headers_end_in() -> None:
    """`보유장비` counts 대 (it had been money: a 비); `보 수`, pay, is money (it had been
    명: a 수); a table of no caption whose header says `횟수` counts nothing in 회 but
    that column (every cell had been 회, 480회 of 참여인원); a table of pay, `인건비
    현황`, is a budget's."""
    report = _text(_TABLES)
    cells = {
        (c.table_id, c.row_header, "".join(c.col_header.split())): c
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert cells[(1, "소방차", "보유장비")].unit == "대"
    assert cells[(1, "소방차", "교체예산")].value_krw == 2_800_000_000
    assert cells[(2, "소방행정과", "보수")].value_krw == 1_820_000_000
    assert cells[(2, "소방행정과", "인원")].unit == "명"
    assert cells[(3, "안전교육", "참여인원")].unit != "회"
    assert 1_820_000_000 in {b.amount_krw for b in report.budget_lines}


_PLAN = """\
솔내군
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 기    구 : 1실 3과 3읍면
   ○ 실·과(4) : 기획감사실, 행정복지과, 건설교통과, 농업정책과
   ○ 읍·면(3) : 백운읍, 청솔면, 가람면

Ⅱ. 2026년 주요업무 추진계획
 1. 편리한 교통
  가. 농어촌도로 확포장 (백운읍, 청솔면)
   ○ 사업기간 : 2026. 3. ~ 12.
   ○ 사 업 비 : 2,400백만원 (군비 2,400)
  나. 노후 공원 재조성 (건설교통과)
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사 업 비 : 3,200백만원 (군비 3,200)
   ○ (시설 정비) 노후 공원시설 전면 정비
     - 놀이시설 교체 : 12개소
   ○ 추진일정
     - ’26. 3. : 실시설계
  다. 주민자치위원회 주민자치회 전환 추진계획 (행정복지과)
   ○ 추진일정
     - ’26. 6. : 전환 조례 개정
"""


def test_plan_items_a_new_rule_had_misread() -> None:
    """A bracket of places (`(백운읍, 청솔면)`) is no division; a label that only ends like a
    cost's (`(시설 정비)`) opens a block of its lines; an item whose title holds 위원회 in
    a word (`주민자치위원회 …`) is a project."""
    report = _text(_PLAN)
    projects = {p.project_id: p for p in report.projects}
    assert projects["1-1"].title == "농어촌도로 확포장 (백운읍, 청솔면)"
    assert projects["1-1"].division is None
    assert "주민자치위원회 주민자치회 전환 추진계획" in {p.title for p in report.projects}
    blocks = [b.label for b in projects["1-2"].blocks]
    assert any("시설 정비" in label for label in blocks)
