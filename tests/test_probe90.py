"""Forms of the thirteenth round of probes: card tables whose labels are grouped in a first
column merged down (verticallabels), prices per unit beside the budget (unitrates),
divider pages before each chapter (dividers), a card's sub-projects in a table of its own
(subtable)."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.dividers import merge_part_dividers
from extract.layout.markers import read_marker
from extract.layout.nodes import Node
from extract.normalize.money import parse_unit
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_a_card_tables_labels_grouped_in_a_first_column() -> None:
    """`사업개요` merged down beside 사업기간 / 사 업 비 / 사업내용, `추진계획` beside its
    dated rows, `담당` beside `부 서`: the card's period, cost, shares, steps and division
    (the table had been no card: its rows had three cells and two)."""
    rows = [["사업개요", "사업기간", "’26. 1. ~ 12."],
            ["", "사 업 비", "4,200백만원 (국비 1,260 / 시비 2,940)"],
            ["", "사업내용", "간선·지선 노선 재편"],
            ["추진계획", "’26. 3.", "기본계획 수립"],
            ["", "’26. 7.~9.", "노선 조정 및 정류소 정비"],
            ["담당", "부 서", "대중교통과"]]  # fmt: skip
    report = _hwpx(
        p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 대중교통 체계 구축"),
        p("□ 시내버스 노선체계 전면 개편"), p(_table(rows, {(0, 0): 3, (3, 0): 2})),
        p("□ 수요응답형 버스 확대"), p(_table(rows, {(0, 0): 3, (3, 0): 2})),
    )  # fmt: skip
    first = report.projects[0]
    assert (first.project_id, first.cost_krw, str(first.period_start), first.division) == (
        "1-1", 4_200_000_000, "2026-01-01", "대중교통과"
    )
    shares = {(f.source, f.amount_krw) for f in report.project_funding if f.project_id == "1-1"}
    assert shares == {("국비", 1_260_000_000), ("시비", 2_940_000_000)}
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules
            if s.project_id == "1-1"] == [
        ("기본계획 수립", "2026-03-01", "2026-03-31"),
        ("노선 조정 및 정류소 정비", "2026-07-01", "2026-09-30")]  # fmt: skip


def test_a_cards_table_of_its_parts_gives_sub_projects() -> None:
    """`○ 세부사업` over `세부사업명 | 사업량 | 사업비(백만원) | 추진시기`, its rows adding up
    to the card's cost: a sub-project a row, the card still a project (each row had been
    a step of the card)."""
    parts = [["세부사업명", "사업량", "사업비(백만원)", "추진시기"],
             ["전기승용차 구매 지원", "3,200대", "32,000", "’26. 2.~12."],
             ["전기화물차 구매 지원", "900대", "16,540", "’26. 3.~12."],
             ["계", "", "48,540", ""]]  # fmt: skip
    report = _hwpx(
        p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 탄소중립"),
        p("□ 무공해차 보급 확대 (기후대기과)"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 총사업비 : 48,540백만원 (국비 24,270, 시비 24,270)"), p("○ 세부사업"),
        p(_table(parts)), p("○ 추진일정"), p("- ’26. 2. : 보급 공고"),
    )  # fmt: skip
    got = {pr.project_id: (pr.title, pr.cost_krw) for pr in report.projects}
    assert got == {"1-1": ("무공해차 보급 확대", 48_540_000_000),
                   "1-1-1": ("전기승용차 구매 지원", 32_000_000_000),
                   "1-1-2": ("전기화물차 구매 지원", 16_540_000_000)}  # fmt: skip
    assert [(s.project_id, s.task) for s in report.schedules] == [("1-1", "보급 공고")]


@pytest.mark.parametrize(
    ("caption", "unit"),
    [("(단위 : 원/㎥)", None), ("(단위: 천원/인)", None), ("(단위 : 원/㎥, %)", None),
     # (a slash between two units of a list)
     ("(단위: 백만원/%)", "백만원"), ("(단위: 억원 / %)", "억원"), ("(단위: 백만원)", "백만원")],
)  # fmt: skip
def test_a_price_per_unit_is_no_money_unit(caption: str, unit: str | None) -> None:
    """`요금단가 (단위 : 원/㎥)`: a price per ㎥, no table of won (its cells had been read
    as amounts of 840원)."""
    assert parse_unit(caption) == unit


def test_a_notes_class_of_accounts_gives_way_to_the_account_named() -> None:
    """`※ 2026년 본예산 기준 (공기업특별회계)` under a table whose part is headed `□ 2026년
    상수도사업특별회계 예산 : …`: the account named (a class of accounts had been taken)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 예산현황\n"
        "  □ 2026년 상수도사업특별회계 예산 : 1,200백만원\n"
        "   (단위 : 백만원)\n   구 분 2026년 예산 2025년 예산 증 감\n"
        "   계 1,200 1,000 200\n   급수과 700 600 100\n   정수과 500 400 100\n"
        "   ※ 2026년 본예산 기준 (공기업특별회계)\n"
        "\nⅡ. 주요업무 추진계획\n 1. 수돗물\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
    )
    assert {b.account for b in report.budget_lines} == {"상수도사업특별회계"}


def test_a_vision_over_directions_is_no_failed_reading_of_goals() -> None:
    """`□ 비 전 : …` over `□ 추진방향` and its bullets: no goals to read, no warning (the
    report had been partial for it)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조  직 : 3과 9팀\n"
        "\nⅡ. 2026년 업무 추진방향\n  □ 비  전 : 시민이 믿고 마시는 수돗물\n  □ 추진방향\n"
        "    ○ 고도정수처리로 안전한 수돗물 생산\n    ○ 노후관로 정비로 유수율 90% 달성\n"
        "\nⅢ. 주요업무 추진계획\n 1. 수돗물\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
    )
    assert not [w for w in report.warnings if w.code == "policy_goals.layout"]


def _node(text: str, no: int, page: int, parent: Node) -> Node:
    read = read_marker(text)
    assert read is not None
    marker, title = read
    kind = "heading" if marker.kind == "roman" else "item"
    node = Node(kind, marker, title, [Line(no, text, text, page)], 1)
    node.parent = parent
    parent.children.append(node)
    return node


def test_a_divider_listing_its_parts_on_one_line_is_that_chapter() -> None:
    """A divider page `Ⅰ. 일반현황` over `1. 조직    2. 인력    3. 예산` on one line, then
    the chapter's own page: one chapter, the list its contents (the line had been an item
    `1. 조직 2. 인력 3. 예산`, given the organization role, and the divider a chapter)."""
    root = Node("root", None, "", [], 0)
    divider = _node("Ⅰ. 일반현황", 1, 3, root)
    _node("1. 조직    2. 인력    3. 예산", 2, 3, divider)
    chapter = _node("Ⅰ. 일반현황", 3, 4, root)
    for no, (title, page) in enumerate([("1. 조직", 4), ("2. 인력", 5), ("3. 예산", 5)], 4):
        item = _node(title, no * 2, page, chapter)
        _node("□ 내용", no * 2 + 1, page, item)
    merge_part_dividers(root)
    assert [c.title for c in root.children] == ["일반현황"]
    assert [c.kind for c in root.children[0].children] == ["contents", "item", "item", "item"]
