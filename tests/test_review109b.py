"""Second review of the hundred-and-ninth round: the corrections of the first review kept
what the genre also writes (a teams column of kinds joined by dots, a 과 column after the
teams', a member's note in square brackets, a cover's office after its government's name
between dashes, a wrapped title's short rest)."""

from __future__ import annotations

import pytest

from extract.cover import cover_body
from extract.document import Line
from extract.normalize.mentions import find_mentions
from extract.parse.org_table import column_kind
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text
from tests.test_probe22_budget import _grid


@pytest.mark.parametrize(
    ("head", "kind"),
    [("팀(센터·지소)", "teams"), ("팀(분소)", "teams"), ("팀(실)", "teams"), ("팀(개)", None),
     ("과(명)", None), ("팀(인원)", None)],
)  # fmt: skip
def test_a_bracket_of_kinds_heads_units_a_counter_none(head: str, kind: str | None) -> None:
    assert column_kind(head) == kind


def test_an_office_after_its_governments_name_between_dashes_is_the_body() -> None:
    front = [Line(1, "- 해솔시 농업기술센터 -", ""), Line(2, "해 솔 시", "")]
    assert cover_body(front) == "농업기술센터"


@pytest.mark.parametrize("head", ["소관과", "주관부서"])
def test_a_division_column_after_the_teams_is_the_items_division(head: str) -> None:
    """`팀 명 | 세 부 사 업 | 2026년 예산 | 소관과`: each item of its 과, not its team."""
    rows = [
        ["팀 명", "세 부 사 업", "2026년 예산", head],
        ["합    계", "", "700", ""],
        ["복지정책팀", "경로당 냉방비 지원", "250", "복지정책과"],
        ["복지정책팀", "기초연금 지급", "150", "복지정책과"],
        ["보육지원팀", "보육료 지원", "300", "가족정책과"],
    ]
    report = _hwpx(
        p("2026년 주요업무보고"), p("복지국"), p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 경로당 냉방비 지원"), p("○ 사업비 : 2.5억원"),
        p("붙임  2026년 세부사업별 예산 현황"), p("(단위 : 천원)"), p(_grid(rows)),
    )  # fmt: skip
    items = {b.item: b.division for b in report.budget_items if b.level == "item"}
    assert items == {
        "경로당 냉방비 지원": "복지정책과",
        "기초연금 지급": "복지정책과",
        "보육료 지원": "가족정책과",
    }


def test_a_members_note_in_square_brackets_is_a_wrap_of_the_row_above() -> None:
    report = _text(
        "2026년 주요업무보고\n한빛구 기획경제국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n\n"
        "Ⅴ. 구정질문 처리결과\n\n"
        "  연번    의  원    요      지              처 리 결 과                  담당과\n"
        "   1      정도윤    공영주차장 부족         노외주차장 2개소          교통행정과\n"
        "        [구정질문]  해소 방안               추가 조성(’26. 9.)\n"
        "   2      한서진    하천변 야간 조명        산책로 조명 교체          치수과\n"
        "        [5분발언]   개선 건의               완료(’25. 11.)\n"
    )
    raws = [c.raw for c in report.table_cells]
    assert "정도윤 [구정질문]" in raws and "한서진 [5분발언]" in raws


def test_a_titles_short_rest_on_the_next_line_is_the_titles() -> None:
    """A block card's title filled to the end of its line, its short rest under it
    (`… 체계 구축` / `지원 (치매관리팀)`): the whole title and its division."""
    report = _text(
        "2026년 주요업무 보고\n\n노 인 복 지 과\n\nⅠ. 일 반 현 황\n\n 1. 조    직\n\n"
        "  □ 조 직 : 1과 2팀\n\nⅡ. 2026년 주요업무 추진계획\n\n 1. 어르신 복지 증진\n\n"
        "  가. 시민 참여형 치매안심마을 조성 및 치매 조기검진 체계 구축\n"
        "      지원 (치매관리팀)\n"
        "    □ 사업개요\n"
        "      ○ 사업기간 : 2026. 1. ~ 12.\n"
        "      ○ 사 업 비 : 150,000천원\n"
        "    □ 추진일정\n"
        "      ○ ’26. 3. : 치매안심마을 지정\n"
    )
    (project,) = report.projects
    assert project.title == "시민 참여형 치매안심마을 조성 및 치매 조기검진 체계 구축 지원"
    assert project.division == "치매관리팀"


def test_a_rates_column_leaves_a_table_on_its_side() -> None:
    """`(단위 : 개, 백만원)` over `구 분 | 계 | 완 료 | 정상추진 | 이행률(%)`: a rate's column
    names no kind of the rows' figures, so 총사업비 is money and 공 약 수 a count."""
    report = _text(
        "2026년 주요업무보고\n한빛구 안전건설국\n\nⅠ. 일반현황\n 1. 조    직 : 1국 2과\n\n"
        "Ⅱ. 민선8기 공약사업 추진현황\n\n 1. 총    괄\n"
        "                                              (단위 : 개, 백만원)\n"
        "   구    분       계        완 료      정상추진     이행률(%)\n"
        "   공 약 수       10          4           6           40.0\n"
        "   총사업비     52,000     12,000      40,000         23.1\n"
    )
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert cells["총사업비", "계"].value_krw == 52_000_000_000
    assert cells["공약수", "완료"].unit == "개"
    assert cells["총사업비", "이행률(%)"].value_kind == "percent"


@pytest.mark.parametrize(
    "text", ["(1가구 1월 10㎥ 기준)", "1인당 1일 8시간 근무", "1명 1년 1회 교육"]
)
def test_what_a_rate_is_per_is_no_count_nor_date(text: str) -> None:
    """A head or a household of one a unit of time, `1가구 1월`, `1인당 1일`: what the rate
    after it is per, no count of one and no date (the month had been read as January)."""
    found = [(m.kind, m.raw) for m in find_mentions(text, 2026)]
    per = {"1가구", "1월", "1인", "1인당", "1일", "1명", "1년"}
    assert not [raw for kind, raw in found if kind in ("count", "date") and raw in per]
