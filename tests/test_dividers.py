"""A divider page's list of the items after it is one ``contents`` node, not items."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.dividers import fold_divider_contents, merge_part_dividers
from extract.layout.markers import read_marker
from extract.layout.nodes import Node

#: (depth under the part, text, page): a part whose divider page (2) lists its items,
#: set beside them as the nesting of a PDF leaves them (환경물정책실 p18, 사회복지국 p16)
DIVIDER = [
    (1, "◊ 다함께 행복한 부산형 복지 실현", 2),
    (1, "① 부산형 사회서비스 비전 제시", 2),
    (1, "② 촘촘한 위기가구 발굴 지원", 2),
    (1, "③ 내실있는 평가와 환류로 책임경영 유도", 2),
    (1, "1 부산형 사회서비스 비전 제시", 3),
    (2, "ㅇ 사회서비스 정책 수립", 3),
    (1, "2 촘촘한 위기가구 발굴 지원", 4),
    (2, "ㅇ 위기가구 발굴", 4),
    (1, "3 내실있는 평가와 환류로 성과창출·책임경영 유도", 5),
    (2, "ㅇ 평가 환류", 5),
]


def part_of(rows: list[tuple[int, str, int]], first: int = 2) -> Node:
    """The part "복지정책과" (line 1, page 2) with ``rows`` nested under it (from line
    ``first``)."""
    part = Node("title", None, "복지정책과", [Line(1, "복지정책과", "복지정책과", 2)], 1)
    open_at = [part]
    for no, (depth, text, page) in enumerate(rows, start=first):
        read = read_marker(text)
        assert read is not None
        marker, title = read
        kind = "item" if marker.number is not None else "bullet"
        node = Node(kind, marker, title, [Line(no, text, text, page)], 1)
        del open_at[depth:]
        node.parent = open_at[-1]
        open_at[-1].children.append(node)
        open_at.append(node)
    return part


def test_a_divider_pages_list_is_one_contents_node_not_items() -> None:
    part = part_of(DIVIDER)
    fold_divider_contents(part)
    assert [(c.kind, c.title) for c in part.children] == [
        ("bullet", "다함께 행복한 부산형 복지 실현"),  # the divider's goal stays its own
        ("contents", ""),
        ("item", "부산형 사회서비스 비전 제시"),
        ("item", "촘촘한 위기가구 발굴 지원"),
        ("item", "내실있는 평가와 환류로 성과창출·책임경영 유도"),  # a shortened title named
    ]
    toc = part.children[1]
    assert toc.parent is part and not toc.children
    assert [ln.no for ln in toc.lines] == [3, 4, 5]  # nothing left out
    assert "② 촘촘한 위기가구 발굴 지원" in toc.text and "②" not in part.text
    assert all(c.lines[0].page != 2 for c in part.children[2:])


def test_lines_between_a_dividers_title_and_its_list_are_its_text() -> None:
    """The part's goal set in display type between the divider's title and its list
    (사회복지국 p16 "다함께 행복한, 촘촘하고 두터운" / "부산형 복지·돌봄 실현"), which no
    item took, is the divider's text; lines after the list are not."""
    rows = [(1, "① 부산형 사회서비스 비전 제시", 2), *DIVIDER[2:]]
    part = part_of(rows, first=4)  # (the goal: lines 2-3)
    goal = [Line(2, "다함께 행복한, 촘촘하고", "다함께 행복한, 촘촘하고", 2),
            Line(3, "부산형 복지·돌봄 실현", "부산형 복지·돌봄 실현", 2)]  # fmt: skip
    stray = Line(99, "조감도", "조감도", 5)
    fold_divider_contents(part, [part.lines[0], *goal, stray])
    assert [ln.no for ln in part.lines] == [1, 2, 3]
    assert "부산형 복지·돌봄 실현" in part.text
    assert [c.kind for c in part.children] == ["contents", "item", "item", "item"]
    assert [ln.no for ln in part.children[0].lines] == [4, 5, 6]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({1: (1, "① 노인복지 일자리 확대", 2)}, "an entry names no item after it"),
        ({4: (1, "1 부산형 사회서비스 비전 제시", 2)}, "an item named is on the divider's page"),
        ({3: (1, "③ 내실있는 평가", 2)}, "a short entry begins a title but names nothing"),
        ({2: (1, "② 촘촘한 위기가구 발굴 지원", 1)}, "the entries are on two pages"),
    ],
)
def test_a_list_that_is_no_divider_stays_items(
    change: dict[int, tuple[int, str, int]], why: str
) -> None:
    part = part_of([change.get(i, row) for i, row in enumerate(DIVIDER)])
    fold_divider_contents(part)
    assert len(part.children) == 7, why


def test_a_list_that_goes_on_from_the_page_before_is_no_divider() -> None:
    """A list of items running over pages (a review's example: 추진실적 p6-p8), the item
    before the run going on onto the run's page: no contents."""
    rows = [(1, "① 청년정책 기본계획 수립", 1), (2, "ㅇ 기본계획 수립 완료", 2), *DIVIDER[1:]]
    part = part_of(rows)
    fold_divider_contents(part)
    assert len(part.children) == 7


def test_items_with_nothing_under_them_are_named_by_no_divider() -> None:
    part = part_of([row for row in DIVIDER if row[0] == 1])  # (no ㅇ under the items)
    fold_divider_contents(part)
    assert len(part.children) == 7


def test_the_root_holds_no_contents() -> None:
    root = Node("root")
    part = part_of(DIVIDER)
    root.children = part.children
    for c in root.children:
        c.parent = root
    fold_divider_contents(root)
    assert len(root.children) == 7 and not root.lines


def test_an_entry_with_bullets_or_a_table_of_its_own_is_an_item() -> None:
    part = part_of([*DIVIDER[:2], (2, "ㅇ 비전 선포", 2), *DIVIDER[2:]])
    fold_divider_contents(part)
    assert len(part.children) == 7
    part = part_of(DIVIDER)
    part.children[2].tables.append(1)  # (a summary table under ②)
    fold_divider_contents(part)
    assert len(part.children) == 7


def _node(text: str, no: int, page: int, parent: Node) -> Node:
    read = read_marker(text)
    assert read is not None
    marker, title = read
    kind = "item" if marker.number is not None else "bullet"
    node = Node(kind, marker, title, [Line(no, text, text, page)], 1)
    node.parent = parent
    parent.children.append(node)
    return node


@pytest.mark.parametrize(("part_title", "merged"), [
    ("1 함께 일하고 함께 돌보는 양성평등 환경 조성", True),
    ("2 함께 일하고 함께 돌보는 양성평등 환경 조성", False),  # another part's number
    ("1 아동 삶의 질 1위 함께 성장", False),  # another part's title
])  # fmt: skip
def test_a_parts_divider_page_is_that_part(part_title: str, merged: bool) -> None:
    """여성가족국 p11-12: the divider "1/ 함께 일하고 …" over its entries (boxed numbers,
    lost) on a page of its own, then the part "1 함께 일하고 …" over its items: one part,
    the divider's title its text and its entries a ``contents`` node, not two nodes of one
    title."""
    root = Node("heading", None, "2025년도 주요 업무계획", [Line(1, "Ⅳ", "Ⅳ", 1)], 1)
    divider = _node("1/ 함께 일하고 함께 돌보는 양성평등 환경 조성", 2, 2, root)
    _node("• 양성평등정책 추진체계 확립 및 문화 확산", 3, 2, divider)
    _node("• 다양한 가족의 안정적 삶 지원", 4, 2, divider)
    part = _node(part_title, 5, 3, root)
    item = _node("1. 양성평등정책 추진체계 확립 및 문화 확산", 6, 3, part)
    _node("□ 양성평등정책 총괄", 7, 3, item)
    item = _node("2. 다양한 가족의 안정적 삶 지원", 8, 4, part)
    _node("□ 가족 지원", 9, 4, item)
    merge_part_dividers(root)
    assert (len(root.children) == 1) is merged
    if merged:
        part = root.children[0]
        assert [ln.no for ln in part.lines] == [2, 5]
        assert part.text == "함께 일하고 함께 돌보는 양성평등 환경 조성"
        toc, first = part.children[:2]
        assert toc.kind == "contents" and [ln.no for ln in toc.lines] == [3, 4]
        assert toc.parent is part and first.title.startswith("양성평등정책")


def test_a_dividers_lines_are_taken_from_its_lists_page_only() -> None:
    """Review D9: a contents list folded into an item whose title is pages before it
    takes no line of the pages between (a chart's label, a banner: residue still)."""
    def node(no: int, text: str, page: int, parent: Node) -> Node:
        return _node(text, no, page, parent)

    root = Node("heading", None, "계획", [Line(100, "Ⅲ", "Ⅲ", 1)], 1)
    top = node(1, "1. 시민 안전 강화", 2, root)
    node(2, "□ 재난 대응 체계 정비", 2, top)
    node(5, "ㅇ 생활안전 인프라 확충 사업 추진", 4, top)
    node(6, "ㅇ 재난안전 통합관제 시스템 구축", 4, top)
    first = node(7, "ㅇ 생활안전 인프라 확충 사업 추진", 5, top)
    node(8, "- 세부 내용", 5, first)
    second = node(9, "ㅇ 재난안전 통합관제 시스템 구축", 6, top)
    node(10, "- 세부 내용", 6, second)
    label = Line(3, "[그림] 재난대응 흐름도", "[그림] 재난대응 흐름도", 2)
    banner = Line(4, "2024 안전도시 부산", "2024 안전도시 부산", 3)
    fold_divider_contents(root, [label, banner])
    assert [ln.no for ln in top.lines] == [1]
    assert [(c.kind, [ln.no for ln in c.lines]) for c in top.children[:2]] == [
        ("bullet", [2]), ("contents", [5, 6])
    ]
