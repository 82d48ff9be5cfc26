"""Probe 110 footnotes: an HWPX report with real footnotes (``hp:footNote``) in card text and
in table cells, and ``주)`` / ``* 출처:`` notes under a card's table.

A cell's footnote follows the row that holds its anchor (as the README says), not the
table's last row; a card's footnote is a note of the block item it annotates in
``projects[*].blocks``, and so is a ``주)`` note under the card's table."""

from __future__ import annotations

from extract.read import read_bytes
from schemas import Bullet
from tests.hwpx_maker import Raw, cell, footnote, hwpx, p, sec, sublist, tbl, to_hwp
from tests.test_other_reports import _hwpx, _table


def _lines(data: bytes) -> list[str]:
    return [ln.text for ln in read_bytes(data, "notes.hwpx").lines if ln.is_content]


def _endnote(*paras: str) -> Raw:
    return Raw(
        f'<hp:ctrl><hp:endNote number="1" instId="2">{sublist(*paras)}</hp:endNote></hp:ctrl>'
    )


def test_a_cells_footnote_follows_the_row_holding_it() -> None:
    """`27` (현원 of 도시재생정책과) carries a footnote: its text stands after that row, before
    the next row, and is no word of the cell nor of the next row (HWPX and HWP 5 alike); so
    does an endnote in a cell (round 113: at the section's end it read as a note of the
    item that ends the section)."""
    cells = [
        cell(0, 0, p("구 분")), cell(0, 1, p("정 원")), cell(0, 2, p("현 원")),
        cell(1, 0, p("계")), cell(1, 1, p("78", _endnote(p("정원 조례 기준")))),
        cell(1, 2, p("75")),
        cell(2, 0, p("도시재생정책과")), cell(2, 1, p("28")),
        cell(2, 2, p("27", footnote(p("시간선택제임기제 2명 포함")))),
        cell(3, 0, p("도시계획과")), cell(3, 1, p("26")), cell(3, 2, p("25")),
    ]  # fmt: skip
    data = hwpx(sec(p("○ 인 력 : 정원 78명"), p(tbl(4, 3, cells)), p("* 출처: 인사정보시스템")))
    assert _lines(data) == [
        "○ 인 력 : 정원 78명",
        "구 분 정 원 현 원",
        "계 78 75",
        "정원 조례 기준",
        "도시재생정책과 28 27",
        "시간선택제임기제 2명 포함",
        "도시계획과 26 25",
        "* 출처: 인사정보시스템",
    ]
    assert [ln.text for ln in read_bytes(to_hwp(data), "notes.hwp").lines if ln.is_content] == (
        _lines(data)
    )
    doc = read_bytes(data, "notes.hwpx")
    by_at = {(c.row, c.col): c for c in doc.tables[0].cells}
    assert by_at[2, 2].paragraphs == ("27",)
    assert by_at[3, 0].paragraphs == ("도시계획과",)


def test_a_header_cells_footnote_follows_the_header_row() -> None:
    """A footnote on a header (`2026년 예산(A)`) follows the header row, not the last row."""
    cells = [
        cell(0, 0, p("구 분")), cell(0, 1, p("2026년 예산(A)", footnote(p("본예산 기준")))),
        cell(1, 0, p("합 계")), cell(1, 1, p("98,540")),
        cell(2, 0, p("도시계획과")), cell(2, 1, p("21,740")),
    ]  # fmt: skip
    data = hwpx(sec(p("< 예산 총괄 >"), p(tbl(3, 2, cells))))
    assert _lines(data) == [
        "< 예산 총괄 >",
        "구 분 2026년 예산(A)",
        "본예산 기준",
        "합 계 98,540",
        "도시계획과 21,740",
    ]


def _card_items(report: object, project_id: str, label: str) -> list[Bullet]:
    project = next(pr for pr in report.projects if pr.project_id == project_id)  # type: ignore[attr-defined]
    return next(b for b in project.blocks if b.label == label).items


def _tree(items: list[Bullet]) -> list[tuple[str, list[str]]]:
    return [(it.text, [k.text for k in it.children]) for it in items]


def test_a_cards_footnote_is_a_note_of_the_item_it_annotates() -> None:
    """`○ 사 업 비 : 12,500백만원` with a footnote `국비 50%, 시비 50% 매칭`: the note is a child
    of the 사업비 item in the card's 사업개요 block, beside its source line."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 활력 있는 원도심 조성"),
        p("가. 새뜰마을 생활여건 개조사업 (도시재생정책과)"),
        p("□ 사업개요"),
        p("○ 사업기간 : 2024. 1. ~ 2027. 12."),
        p("○ 사 업 비 : 12,500백만원", footnote(p("국비 50%, 시비 50% 매칭"))),
        p("- 국비 6,250백만원, 시비 6,250백만원"),
        p("○ 지원기준 : 세대당 최대 1,200만원", footnote(p("슬레이트 지붕은 별도 지원"))),
        p("□ 추진계획"),
        p("○ ’26. 2.~4. : 주민협의체 운영 및 집수리 대상 선정"),
        p("○ ’26. 5.~11. : 집수리 및 골목길 정비공사"),
        p("나. 빈집정비 및 활용 지원 (도시재생정책과)"),
        p("□ 사업개요"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 4,200백만원 (시비 100%)"),
        p("□ 추진계획"),
        p("○ ’26. 3.~10. : 빈집 철거 및 정비"),
    )  # fmt: skip
    items = _card_items(report, "1-1", "사업개요")
    assert _tree(items) == [
        ("사업기간 : 2024. 1. ~ 2027. 12.", []),
        (
            "사 업 비 : 12,500백만원",
            ["국비 50%, 시비 50% 매칭", "국비 6,250백만원, 시비 6,250백만원"],
        ),
        ("지원기준 : 세대당 최대 1,200만원", ["슬레이트 지붕은 별도 지원"]),
    ]
    assert items[1].children[0].level == 0  # (a note, as a ※ note is)
    # (the note's words are no fact: the cost and its sources as stated)
    card = next(pr for pr in report.projects if pr.project_id == "1-1")
    assert card.cost_krw == 12_500_000_000
    assert {(f.source, f.amount_krw) for f in report.project_funding if f.project_id == "1-1"} == {
        ("국비", 6_250_000_000),
        ("시비", 6_250_000_000),
    }


def test_a_note_under_a_cards_table_is_a_note_not_the_items_words() -> None:
    """`○ 연차별 투자계획` over its table, then `주) ’25년 이전은 …` and `* 출처: …`: both are
    notes under the item, `주)` no words of its text; a footnote in the table's `민 자` cell
    is a note of that item too."""
    rows = [
        ["구 분", "계", "’25년 이전", "’26년"],
        ["계", "126,000", "36,000", "90,000"],
        ["국 비", "25,000", "9,500", "15,500"],
        ["시 비", "101,000", "26,500", "74,500"],
    ]
    plan = Raw(
        _table(rows).replace(
            "<hp:t>시 비</hp:t>", "<hp:t>시 비</hp:t>" + footnote(p("시비 : 도시재생기금 포함")), 1
        )
    )
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 활력 있는 원도심 조성"),
        p("가. 원도심 도시재생 혁신지구 조성 (도시재생정책과)"),
        p("□ 사업개요"),
        p("○ 사업기간 : 2023. 5. ~ 2027. 12."),
        p("○ 사 업 비 : 126,000백만원 (국비 25,000, 시비 101,000)"),
        p("○ 연차별 투자계획"),
        p("(단위 : 백만원)"),
        p(plan),
        p("주) ’25년 이전은 ’23~’25년 집행액 합계"),
        p("* 출처: 국토교통부 사업계획 변경승인(’25. 6.)"),
        p("□ 추진계획"),
        p("○ ’26. 1.~3. : 복합앵커시설 실시설계 완료"),
        p("나. 빈집정비 및 활용 지원 (도시재생정책과)"),
        p("□ 사업개요"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 4,200백만원 (시비 100%)"),
        p("□ 추진계획"),
        p("○ ’26. 3.~10. : 빈집 철거 및 정비"),
    )  # fmt: skip
    items = _card_items(report, "1-1", "사업개요")
    assert _tree(items)[-1] == (
        "연차별 투자계획",
        [
            "시비 : 도시재생기금 포함",
            "주) ’25년 이전은 ’23~’25년 집행액 합계",
            "* 출처: 국토교통부 사업계획 변경승인(’25. 6.)",
        ],
    )
