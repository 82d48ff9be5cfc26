"""Forms of the eighth round of probes: a page printed by a browser, its wrap drawn with no
space (browserprint); a staff table of 과 over their teams and a card's overview block
(diagonalheader), ..."""

from __future__ import annotations

from extract.normalize.wraps import Lexicon
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed


def test_a_wrap_joins_a_word_only_where_the_joined_run_is_a_word_the_report_writes() -> None:
    """`… 관련 주민` / `설명 강화 필요`: `주민설명` starts `주민설명회`, which the report writes,
    but the second line's word ends there, and the report writes `주민설명` neither alone,
    nor before a particle, nor glued to a word of its own (only to the suffix 회): a wrap
    between words (it had been joined, `주민설명 강화`), as the report writes both alone.  A
    run the report never writes alone, `지역아동센`, is a word's start, whatever follows the
    joined run elsewhere (`지역아동센터장`)."""
    lex = Lexicon(["주민설명회 개최", "주민설명회를 열어", "장애인가족지원센터는 운영",
                   "주민 의견 수렴", "사업 설명 자료"])  # fmt: skip
    assert not lex.spans("경계 결정 관련 주민", "설명 강화 필요")
    assert lex.spans("장애인가족지원센", "터 운영")  # (a word it writes, a particle after it)
    assert lex.spans("장애인가족지원센", "터는 올해")  # (the word and its particle)
    assert lex.spans("주민설", "명회")  # (the line's word may go on over the next wrap)
    # (before particles and endings glued after them, as the report writes it: a word)
    glued = Lexicon(["청년창업지원센터에서는", "농산물유통센터와의 협약", "관광거점으로서 역할"])
    assert glued.spans("청년창업지원센", "터 연계 강화") and glued.spans("농산물유통센", "터 건립")
    assert glued.spans("관광거", "점 조성 완료")
    assert Lexicon(["지역아동센터장 회의"]).spans("지역아동센", "터 운영비 지원")
    # (a word glued to another, "내진보강설계완료": the wrap "내진" / "보강 공사" is in a word)
    assert Lexicon(["내진보강설계완료 등"]).spans("조성 및 내진", "보강 공사시행")


def test_a_units_subtotal_beside_its_teams_is_the_units() -> None:
    """`농촌지원과` merged down beside `소 계` and its teams: the 소계 row is the 과's total
    (it had been named `소계`, and the second 과's lost to the first's key)."""
    rows = [
        ["구 분", "", "정 원", "현 원"],
        ["계", "", "40", "38"],
        ["농촌지원과", "소 계", "19", "18"],
        ["", "지도기획팀", "9", "9"],
        ["", "식량작물팀", "10", "9"],
        ["기술지원과", "소 계", "21", "20"],
        ["", "원예특작팀", "11", "10"],
        ["", "농업기계팀", "10", "10"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인 력"), p("(’26. 1. 1. 기준, 단위 : 명)"),
        p(_table(rows, {(2, 0): 3, (5, 0): 3})),
        p("Ⅱ. 주요업무계획"), p("1. 농촌지원"), p("□ 청년농 육성"),
    )  # fmt: skip
    got = [(s.unit, s.is_total, s.authorized, s.current) for s in report.staffing]
    assert ("농촌지원과", True, 19, 18) in got and ("기술지원과", True, 21, 20) in got
    assert not [u for u, *_ in got if u == "소계"]
    assert sum(a or 0 for _, total, a, _ in got if not total) == 40


def test_a_cards_overview_block_gives_its_summary() -> None:
    """`□ 사업개요` over `○ 사업기간`, `○ 사 업 비` and `○ 사업내용 : …`: nothing stands before
    the blocks, so the overview's 사업내용 is the summary (it had been empty)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 주요업무 추진계획\n 1. 농촌지원\n"
        "  가. 스마트팜 청년창업 보육 (농촌지원과)\n   □ 사업개요\n"
        "    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 240백만원 (군비 240)\n"
        "    ○ 사업내용 : 청년 교육생 20명 스마트팜 실습교육\n   □ 추진계획\n"
        "    ○ ’26. 3.~10. : 실습교육 운영\n"
        "  나. 치유농장 육성 (농촌지원과)\n   □ 사업개요\n"
        "    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 120백만원 (군비 120)\n"
        "    ○ 사업내용 : 치유농장 3개소 선정\n   □ 추진계획\n    ○ ’26. 4. : 대상 선정\n"
    )
    assert [pr.summary for pr in report.projects] == [
        "청년 교육생 20명 스마트팜 실습교육", "치유농장 3개소 선정",
    ]  # fmt: skip


def _book_row(label: str, a: str, b: str, c: str) -> str:
    return f"    │ {label:<30}│{a:>12} │{b:>12} │{c:>12} │\n"


_BOOK_HEAD = (
    "    ┌" + "─" * 31 + "┬" + "─" * 13 + "┬" + "─" * 13 + "┬" + "─" * 13 + "┐\n"
    + _book_row("구 분", "2026년 예산", "2025년 예산", "증 감")
    + "    ├" + "─" * 31 + "┼" + "─" * 13 + "┼" + "─" * 13 + "┼" + "─" * 13 + "┤\n"
)
_BOOK_FOOT = "    └" + "─" * 31 + "┴" + "─" * 13 + "┴" + "─" * 13 + "┴" + "─" * 13 + "┘\n"


def test_a_budget_book_in_the_body_and_its_part_over_the_next_page() -> None:
    """`[정책사업]`, `[단위사업]`, `[세부사업]` rows over the lines of their objects, `201-01
    사무관리비`: each programme's item its name without the tag (the tag had stayed), a
    total where a row of a level under it follows; an object's item under its 세부사업; no
    programme a unit of the summary (each had been); the part after `- 2 -` and `(계속)` far
    left of its unit one table with the first (it had been a second table, the caption line
    residue)."""
    book = (
        _BOOK_HEAD
        + _book_row("계", "1,450", "1,300", "150")
        + _book_row("[정책사업] 녹색도시 조성", "1,450", "1,300", "150")
        + _book_row("  [단위사업] 온실가스 감축", "1,450", "1,300", "150")
        + _book_row("    [세부사업] 탄소중립 실천", "1,120", "1,020", "100")
        + _book_row("        201-01 사무관리비", "120", "20", "100")
        + _book_row("        401-01 시설비", "1,000", "1,000", "-")
        + _BOOK_FOOT + "\n" + " " * 40 + "- 2 -\n\n"
        + "    (계속)" + " " * 50 + "(단위 : 천원)\n"
        + _BOOK_HEAD
        + _book_row("    [세부사업] 배출량 관리", "330", "280", "50")
        + _book_row("        201-01 사무관리비", "330", "280", "50")
        + _BOOK_FOOT
    )
    report = _text(
        "2026년 주요업무보고\n환경국\n\nⅠ. 일반현황\n 1. 예산현황\n  □ 세출예산 사업명세\n"
        + " " * 60 + "(단위 : 천원)\n" + book
        + "Ⅱ. 주요업무계획\n 1. 탄소중립\n  □ 탄소중립 실천 확산\n"
    )
    assert len([t for t in report.tables if t.n_rows > 3]) == 1 and not report.residue
    got = {(b.item, b.is_total) for b in report.budget_lines if b.year == 2026}
    assert got == {
        (None, True), ("녹색도시 조성", True), ("온실가스 감축", True), ("탄소중립 실천", True),
        ("탄소중립 실천 / 201-01 사무관리비", False), ("탄소중립 실천 / 401-01 시설비", False),
        ("배출량 관리", True), ("배출량 관리 / 201-01 사무관리비", False),
    }  # fmt: skip
    assert [s.unit for s in report.budget_summary] == ["계"]
    assert not failed(report)


_CONTENTS = [
    "2026년 주요업무계획", "관광체육국", "목 차", "Ⅰ. 일반현황 ··········· 1",
    "Ⅱ. 예산현황 ··········· 2", "Ⅲ. 2026년 주요업무 추진계획 ··········· 3",
]
_BODY = [
    "1. 조 직", "○ 기 구 : 1국 2과", "2. 인 력", "○ 정원 40명 / 현원 38명",
    "1. 세입예산", "○ 2026년 세입예산 : 5,200백만원",
    "1. 체류형 관광 기반 조성", "가. 섬 관광 명소화 (관광정책과)",
    "○ 사업기간 : 2026. 1. ~ 12.", "○ 사 업 비 : 2,400백만원 (국비 1,200, 도비 1,200)",
    "○ 추진일정", "- ’26. 3.~6. : 탐방로 조성", "나. 야간관광 육성 (관광정책과)",
    "○ 사업기간 : 2026. 1. ~ 12.", "○ 사 업 비 : 320백만원 (도비 320)",
    "○ 추진일정", "- ’26. 7.~10. : 야간관광 페스티벌",
]


def test_chapters_drawn_as_pictures_are_the_ones_the_contents_names() -> None:
    """The chapter headings are banners with no text; the items under each number from 1
    again: as many runs as the contents lists chapters, each the chapter it names (the
    report had been refused as no work report)."""
    report = _hwpx(*map(p, _CONTENTS + _BODY))
    heads = [(o.marker, o.title, o.role, o.line_start) for o in report.outline
             if o.kind == "heading"]  # fmt: skip
    starts = {o.title: o.line_start for o in report.outline if o.kind == "item"}
    assert heads == [
        ("Ⅰ.", "일반현황", "general", starts["조직"]),
        ("Ⅱ.", "예산현황", "budget_summary", starts["세입예산"]),
        ("Ⅲ.", "2026년 주요업무 추진계획", "plans", starts["체류형 관광 기반 조성"]),
    ]
    assert [pr.title for pr in report.projects] == ["섬 관광 명소화", "야간관광 육성"]
    assert [o.parent for o in report.outline if o.title == "조직"] == [
        o.node for o in report.outline if o.title == "일반현황"
    ]
    # (a run more than the contents lists: nothing is guessed, the report read as before)
    extra = ["1. 기타", "○ 기타 사항"]
    nodes = _outline(_CONTENTS + _BODY + extra)
    assert not [o for o in nodes if o.kind == "heading" and not o.lines]


def _outline(paras: list[str]) -> list:
    from extract.layout import layout
    from extract.read import read_bytes
    from extract.title_roles import TITLES
    from tests.hwpx_maker import hwpx, sec

    doc = read_bytes(hwpx(sec(*map(p, paras))), "x.hwpx")
    return layout(doc, TITLES).outline.nodes
