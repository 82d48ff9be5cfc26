"""Organisation and staffing of any report, one form each, on short hand-written excerpts.

Each excerpt is written in the style of a real report (count lines, charts as a PDF
gives them, staffing tables as grids, totals in text); none is copied from one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from extract.document import Line
from extract.layout import captions
from extract.layout.cells import TableCell
from extract.parse import org_boxes, staff_grid
from extract.parse.org_across import read_across
from extract.parse.org_boxes import Box, classify, line_boxes
from extract.parse.org_chart import Chart
from extract.parse.org_lines import parents_by_lines
from extract.parse.org_parents import assign_parents
from extract.parse.org_parts import read_count_line, title_role, unit_word
from extract.parse.org_ranks import unit_types
from extract.parse.org_vocab import GRADE_WORDS, STAFF_LABELS, UNIT_WORDS
from extract.parse.staff_grid import GridCell, is_grade, read_figures
from extract.parse.staff_tables import StaffRow, _chart_rows, as_of_in, read_staff_text
from extract.pipeline import convert
from tests.regex_agree import assert_same_matches


def lines(*texts: str) -> list[Line]:
    return [Line(i, t, t) for i, t in enumerate(texts, start=1)]


def chart(*texts: str, top: str = "문화관광국") -> tuple[Box, list[Box]]:
    """The boxes of a chart's lines, parents given by their order."""
    boxes = line_boxes(lines(*texts), {})
    root = Box(top, "unit", [], word="국", level="bureau", unit_type="국")
    assign_parents(root, boxes, nearest=True)
    return root, boxes


def parents(boxes: list[Box]) -> dict[str, str]:
    return {b.name: b.parent.name for b in boxes if b.parent is not None and b.kind != "count"}


# --- count lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("□ 기 구 : 4과 15팀", [(4, "과"), (15, "팀")]),
        ("조직현황  1기획관 2담당관 7팀", [(1, "기획관"), (2, "담당관"), (7, "팀")]),
        ("○ 조 직: 1본부, 3실, 6팀, 2지소", [(1, "본부"), (3, "실"), (6, "팀"), (2, "지소")]),
        ("2과 9팀·1TF 3사업소", [(2, "과"), (9, "팀"), (1, "TF"), (3, "사업소")]),
        ("기구·조직 ▷ 5과 1사업소 18팀", [(5, "과"), (1, "사업소"), (18, "팀")]),
    ],
)
def test_count_line(text: str, counts: list[tuple[int, str]]) -> None:
    found = read_count_line(text, titled=True)
    assert found is not None and list(found.counts) == counts


def test_count_line_person_count_and_non_counts() -> None:
    found = read_count_line("□ 기구 : 1부 2실 6과 / 48명")
    assert found is not None and found.persons == 48
    assert read_count_line("3과제 추진") is None  # 과제, not 과
    assert read_count_line("4팀(27명)") is None  # one count heads a box of the chart


@pytest.mark.parametrize(("word", "level"), sorted(UNIT_WORDS.items()))
def test_every_unit_word_counts_at_its_level(word: str, level: str) -> None:
    found = read_count_line(f"조직 : 2{word} 3팀", titled=True)
    assert found is not None and (2, word) in found.counts
    assert UNIT_WORDS[word] == level


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("1. 기구현황", "organization"),
        ("□ 기  구 : 2과 8팀", "organization"),
        ("조직 및 인력 ▹ 2과 8팀", "organization"),
        ("2. 행정조직 현황", "organization"),
        ("□ 인 력 : 정원 61명 / 현원 64명", "staffing"),
        ("□ 정ᆞ현원", "staffing"),
        ("2. 교직원 현황", "staffing"),
        ("□ 예    산", "other"),
        ("□ 공기업 및 출자·출연기관", "affiliated"),
        ("공공기관정책담당관", None),
        ("조직문화 혁신", None),
    ],
)
def test_title_role(title: str, role: str | None) -> None:
    assert title_role(title) == role


# --- chart boxes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("문화예술과(4)", "unit", "문화예술과"),
        ("체 육 진 흥 과", "unit", "체육진흥과"),
        ("관광진흥과 (23명)", "unit", "관광진흥과"),
        ("▪축제지원", "team", "축제지원"),
        ("생 활 체 육", "team", "생활체육"),
        ("시 설 관 리 팀", "team", "시설관리팀"),
        ("통합준비TF", "team", "통합준비TF"),
        ("(3팀, 22명)", "count", ""),
        ("4팀(31명)", "count", ""),
        ("원 장", "official", "원장"),
        ("대 변 인", "unit", "대변인"),  # a unit one word names whole (고용노동부's chart)
        ("과", "team", "과"),  # a unit word alone names no unit
        ("수석대변인", "team", "수석대변인"),  # an official, no unit (the word names one whole)
    ],
)
def test_box_kinds(text: str, kind: str, name: str) -> None:
    box = classify(text, [])
    assert box is not None and (box.kind, box.name) == (kind, name)


@pytest.mark.parametrize(
    "text",
    [
        "문화예술과(4)", "관광진흥과 (23명)", "(3팀, 22명)", "기획조정실(4팀, 30명)",
        "정책기획관  (2팀 14명) ", "행정지원과（4팀 1TF 26명）", "(재)문화재단", "감사관(53)",
        "복지정책과(별도조직)(2팀)", " (4팀)", "문화예술과", "4팀(31명", "관광과(2)\n", "()",
    ],
)  # fmt: skip
def test_brackets_as_before_the_linear_pattern(text: str) -> None:
    """_BRACKETS: the name stops only before a space (linear on a long run of spaces)."""
    old = r"^(?P<name>.*?)\s*[(（](?P<inside>[^()（）]*)[)）]\s*$"
    assert_same_matches(old, org_boxes._BRACKETS, text)


def test_unit_words_are_the_longest_ending() -> None:
    assert unit_word("도시재생담당관") == "담당관"
    assert unit_word("차량관리사업소") == "사업소"
    assert unit_word("직속기관") is None  # 기관 ends like 관 but is no unit


def test_teams_after_their_unit() -> None:
    """Each box of teams under its unit, letter-spaced, team count in brackets."""
    _, boxes = chart(
        "문화예술과(3)", "문 화 정 책", "예 술 지 원", "축 제 진 흥",
        "체육진흥과(2)", "생 활 체 육", "체 육 시 설",
    )  # fmt: skip
    assert parents(boxes) == {
        "문화예술과": "문화관광국", "문화정책": "문화예술과", "예술지원": "문화예술과",
        "축제진흥": "문화예술과", "체육진흥과": "문화관광국", "생활체육": "체육진흥과",
        "체육시설": "체육진흥과",
    }  # fmt: skip
    assert [b.bare for b in boxes if b.kind == "unit"] == [3, 2]  # team counts, read whole


def test_team_blocks_after_a_row_of_units() -> None:
    """A row of units, then a "N팀" heading each box of teams below it."""
    _, boxes = chart(
        "문화예술과", "체육진흥과", "관광진흥과",
        "2팀(14명)", "문화정책팀", "예술지원팀",
        "1팀(9명)", "생활체육팀",
        "2팀(12명)", "관광마케팅팀", "관광자원팀",
    )  # fmt: skip
    got = parents(boxes)
    assert got["예술지원팀"] == "문화예술과" and got["생활체육팀"] == "체육진흥과"
    assert got["관광자원팀"] == "관광진흥과"
    assert [b.persons for b in boxes if b.kind == "unit"] == [14, 9, 12]


def test_teams_in_rows_under_a_row_of_units() -> None:
    """The first team of every unit on one line, then the second ..."""
    _, boxes = chart(
        "문화예술과", "(3팀, 20명)", "체육진흥과", "(1팀, 8명)", "관광진흥과", "(2팀, 15명)",
        "• 문화정책 • 생활체육 • 관광마케팅",
        "• 예술지원 • 관광자원",
        "• 축제진흥",
    )  # fmt: skip
    got = parents(boxes)
    assert [n for n, p in got.items() if p == "문화예술과"] == ["문화정책", "예술지원", "축제진흥"]
    assert [n for n, p in got.items() if p == "관광진흥과"] == ["관광마케팅", "관광자원"]


def test_units_of_two_ranks_cut_by_their_person_counts() -> None:
    """부·실 over 과, each with its staff in brackets: the sums say which 과 is whose."""
    _, boxes = chart(
        "운영지원부", "(14)", "연구기획실", "(19)",
        "총무과", "(8)", "교류협력과", "(6)", "조사연구과", "(11)", "자료관리과", "(8)",
        top="국립문화연구원",
    )  # fmt: skip
    got = parents(boxes)
    assert got["교류협력과"] == "운영지원부" and got["조사연구과"] == "연구기획실"


def test_a_unit_its_counted_units_add_up_to_is_a_subtotal() -> None:
    """운영지원부 (14) = 총무과 (8) + 교류협력과 (6): both counted, the 부 is a total of its
    과, so the rows that are not totals add up once (nikl 기획연수부 (25)); 연구기획실 (20)
    is not the sum of its 과 (11 + 8)."""
    top = Box("국립문화연구원", "unit", [], persons=34)
    ls = lines("운영지원부 (14)", "연구기획실 (20)", "총무과 (8)", "교류협력과 (6)",
               "조사연구과 (11)", "자료관리과 (8)")  # fmt: skip

    def unit(i: int, parent: Box) -> Box:
        name, count = ls[i].text.split()
        return Box(name, "unit", [ls[i]], persons=int(count.strip("()")), parent=parent)

    first, second = unit(0, top), unit(1, top)
    boxes = [top, first, second, unit(2, first), unit(3, first), unit(4, second), unit(5, second)]
    rows = _chart_rows(Chart(top, boxes, staff_field="authorized"), [])
    assert {r.unit: r.is_total for r in rows} == {
        "운영지원부": True, "연구기획실": False, "총무과": False, "교류협력과": False,
        "조사연구과": False, "자료관리과": False,
    }  # fmt: skip
    # with no note, the outermost counts (14 + 20) say which figure they all are
    table = StaffRow("계", True, None, {"authorized": 40, "current": 34}, [ls[0]], [], None)
    rows = _chart_rows(Chart(top, boxes), [table])
    assert {r.unit: r.values for r in rows}["총무과"] == {"current": 8}


def test_vertical_syllables_and_place_decide_the_parent() -> None:
    """Team names one syllable per line; where each is drawn says whose it is."""
    texts = ["안전정책과", "재난대응과", "안", "전", "기", "획", "팀", "재난상황팀", "복구지원팀"]
    ls = lines(*texts)
    geo = {
        1: (100.0, 200.0, 160.0, 212.0),
        2: (300.0, 200.0, 360.0, 212.0),
        **{no: (110.0, 240.0 + 20 * (no - 3), 120.0, 252.0 + 20 * (no - 3)) for no in range(3, 8)},
        8: (290.0, 240.0, 300.0, 340.0),
        9: (340.0, 240.0, 350.0, 340.0),
    }
    boxes = line_boxes(ls, geo)
    root = Box("안전국", "unit", [], geo=(200.0, 150.0, 260.0, 162.0))
    assign_parents(root, boxes, nearest=True)
    assert parents(boxes) == {
        "안전정책과": "안전국", "재난대응과": "안전국", "안전기획팀": "안전정책과",
        "재난상황팀": "재난대응과", "복구지원팀": "재난대응과",
    }  # fmt: skip


def test_boxes_named_otherwise_take_the_count_lines_word() -> None:
    """The line's "2과 2사업소": 문화회관 and 체육센터 are the 사업소 the line counts."""
    _, boxes = chart(
        "문화예술과", "체육진흥과", "문화회관", "(1팀 9명)", "시민체육센터", "(2팀 11명)"
    )
    units = [b for b in boxes if b.kind == "unit"]
    unit_types(units, [(2, "과"), (2, "사업소")])
    assert [(u.name, u.unit_type, u.level) for u in units] == [
        ("문화예술과", "과", "division"), ("체육진흥과", "과", "division"),
        ("문화회관", "사업소", "division"), ("시민체육센터", "사업소", "division"),
    ]  # fmt: skip


# --- staffing tables ---------------------------------------------------------------------


def grid(rows: list[list[str]]) -> list[GridCell]:
    """A table as rows of cell texts ("" for an empty cell; "\\n" separates paragraphs)."""
    return [
        GridCell(r, c, 1, 1, tuple(text.split("\n")), (100 + r,))
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
    ]


def figures(rows: list[list[str]]) -> set[tuple[str | None, str | None, str, int]]:
    return {(f.unit, f.grade, f.field, f.value) for f in read_figures(grid(rows)) if not f.loose}


def test_a_slash_b_cells_per_division_and_grade() -> None:
    found = figures(
        [
            ["구  분", "계", "5급", "6급", "비 고"],
            ["계", "41 / 44", "6 / 6", "35/38", ""],
            ["문 화 예 술 과", "22 / 25", "3 / 3", "19/22", "파견1"],
            ["체육진흥과", "19 / 19", "3 / 3", "–", ""],
        ]
    )
    assert ("계", None, "current", 44) in found
    assert ("문 화 예 술 과", "6급", "authorized", 19) in found
    assert ("체육진흥과", "6급", "current", 0) in found  # a dash: none of either


def test_a_remark_columns_dash_is_no_figure() -> None:
    """관광마이스국 p5: a "-" under 비고 had given 관광마이스산업과 a grade "비고" of 0 / 0."""
    found = figures(
        [
            ["구  분", "계", "5급", "비 고"],
            ["관광정책과", "20 / 21", "3 / 3", "-"],
        ]
    )
    assert {grade for _, grade, _, _ in found} == {None, "5급"}


def test_separate_rows_with_balance() -> None:
    found = figures(
        [
            ["구 분", "계", "4급", "5급", "6급"],
            ["정 원", "60", "2", "18", "40"],
            ["현 원", "63", "2", "17", "44"],
            ["과부족", "3", "-", "△1", "4"],
        ]
    )
    assert (None, "5급", "balance", -1) in found
    assert (None, None, "authorized", 60) in found and (None, "6급", "current", 44) in found


def test_divisions_as_columns() -> None:
    found = figures(
        [
            ["구  분", "계", "문 화 예 술 과", "체 육 진 흥 과"],
            ["정  원", "50", "27", "23"],
            ["현  원", "52", "28", "24"],
        ]
    )
    assert ("계", None, "authorized", 50) in found
    assert ("체 육 진 흥 과", None, "current", 24) in found


def test_pair_label_in_the_body_and_an_empty_first_column() -> None:
    found = figures(
        [
            ["", "구 분", "계", "문화예술과", "체육진흥과"],
            ["", "정 원 / 현 원", "45/47", "25/26", "20/21"],
            ["", "과 부 족", "2", "1", "1"],
        ]
    )
    assert ("체육진흥과", None, "current", 21) in found
    assert ("계", None, "balance", 2) in found


def test_units_down_with_two_rows_each() -> None:
    found = figures(
        [
            ["구 분", "", "계", "4급", "5급이하"],
            ["합계", "정 원", "300", "20", "280"],
            ["", "현 원", "310", "18", "292"],
            ["본청", "정 원", "120", "12", "108"],
        ]
    )
    assert ("본청", "5급이하", "authorized", 108) in found


def test_a_folded_table_with_rows_drawn_without_rules() -> None:
    """Grades in two halves side by side, every column one cell of lines; 과부족 shorter."""
    cells = grid(
        [
            ["직 급 별", "정원", "현원", "과부족", "직 급 별", "정원", "현원", "과부족"],
            ["서기관\n행정사무관\n주사", "1\n3\n4", "1\n2\n5", "△1\n1", "연구관\n연구사",
             "2\n6", "2\n6", ""],
            ["총계", "", "", "", "", "16", "16", "-"],
        ]
    )  # fmt: skip
    got = {(f.grade, f.field, f.value, f.loose) for f in read_figures(cells)}
    assert ("행정사무관", "current", 2, False) in got and ("연구사", "authorized", 6, False) in got
    assert (None, "authorized", 16, False) in got
    assert sum(1 for g in got if g[1] == "balance" and g[3]) == 2  # the loose 과부족 figures


def test_labels_of_two_rows_read_across() -> None:
    """Labels "정 원" over "현 원" read as the columns "정현" / "원원" into one cell."""
    cells = grid([["구 분", "계", "5급"], ["정현\n원원", "30", "4"], ["", "29", "5"]])
    got = {(f.grade, f.field, f.value) for f in read_figures(cells)}
    assert got == {(None, "authorized", 30), ("5급", "authorized", 4), (None, "current", 29),
                   ("5급", "current", 5)}  # fmt: skip


@pytest.mark.parametrize("word", GRADE_WORDS)
def test_every_grade_word_is_a_grade(word: str) -> None:
    assert is_grade(f"행정{word}" if not word.startswith("급") else f"8{word}")


def test_a_unit_holding_a_grade_word_is_not_a_grade() -> None:
    assert not is_grade("주택공급담당관") and not is_grade("교원정책과")
    assert is_grade("학예연구관(5급)") and is_grade("2· 3급")


@pytest.mark.parametrize(("label", "field"), sorted(STAFF_LABELS.items()))
def test_every_staff_label(label: str, field: str) -> None:
    found = figures([["구 분", "계"], [label, "7"]])
    assert found == {("계", None, field, 7)}


@pytest.mark.parametrize(
    "text",
    [
        "45명", "△1", "1,234", "△ 3", " 12 명 ", "−5명", "- 2", "▽2명", "38\n", "54/52명",
        "명", "", "△", "12명 (정원)", "1,2,3", "45 명\n",
    ],
)  # fmt: skip
def test_one_count_as_before_the_linear_pattern(text: str) -> None:
    """staff_grid._ONE with possessive quantifiers (linear on a long run of spaces)."""
    old = r"^\s*(?P<a>[△▽−-]?\s*\d[\d,]*)\s*명?\s*$"
    assert_same_matches(old, staff_grid._ONE, text)


# --- totals in text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("□ 인 력 : 정원 61명 / 현원 64명", [("authorized", 61, None), ("current", 64, None)]),
        ("인  력 : 정원 1,204명, 현원 1,198명",
         [("authorized", 1204, None), ("current", 1198, None)]),
        ("72/70명(정원/현원)", [("authorized", 72, None), ("current", 70, None)]),
        (
            "인 원: 30명(정규직 27명, 계약직 3명) ※ 정원: 정규직 29명, 계약직 4명",
            [("current", 30, None), ("current", 27, "정규직"), ("current", 3, "계약직"),
             ("authorized", 29, "정규직"), ("authorized", 4, "계약직")],
        ),
        ("조직 및 인력 ▹ 2과 8팀, 95명", []),
    ],
)  # fmt: skip
def test_staff_text(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert [(f.field, f.value, f.employment) for f in read_staff_text(Line(1, text, text))] == want


@pytest.mark.parametrize(
    ("caption", "day"),
    [
        ("(’24. 1. 19. 기준, 단위: 명)", "2024-01-19"),
        ("(기준 : ’24. 3. 1. / 단위 : 명)", "2024-03-01"),
        ("□ 인력 : 정원 84명 (‘24. 7. 1. 기준)", "2024-07-01"),
        # a month's reference date is its last day, as a caption's is (layout.captions)
        ("(’24년 1월 기준)", "2024-01-31"),
        ("(’24. 1월말 기준)", "2024-01-31"),
        ("(’24. 1월 중 현재)", "2024-01-31"),
        ("(’24. 1.~3. 기준)", None),  # months: no one day
    ],
)
def test_as_of(caption: str, day: str | None) -> None:
    got = as_of_in(caption)
    assert (got.isoformat() if got else None) == day


@pytest.mark.parametrize(
    "text",
    [
        "(’24. 1. 19. 기준, 단위: 명)", "(기준 : ’24. 3. 1. / 단위 : 명)", "(‘25. 1. 1. 기준)",
        "□ 인력 : 정원 84명 (‘24. 7. 1. 기준)", "(’25.11.30. 기준)", "(’24년 1월 기준)",
        "< 정원 및 현원 (’25. 1. 19. 현재) >", "（2025. 3. 1.기 준）", "( 기준)", "(현 재)",
        "현원 (’24.12.31. 현 재, 단위 : 명)", "(단위 : 명) (’25. 1. 1. 기준)",
        "(’25. 1. 1. 기준", "(기준일 ’25. 2. 1.)", "(’25. (1. 1.) 기준)",
    ],
)  # fmt: skip
def test_as_of_as_before_the_linear_pattern(text: str) -> None:
    """captions._AS_OF_BRACKET reads only a bracket that closes, and its date never ends in a
    space (linear on long runs)."""
    old = r"[(（]\s*(?P<date>[^()（）]*?)\s*(?:기\s*준|현\s*재)[^()（）]*[)）]"
    assert_same_matches(old, captions._AS_OF_BRACKET, text)


# --- whole reports -------------------------------------------------------------------------

REPORT = """2024년 주요업무계획
문 화 체 육 국

Ⅰ. 일반현황

□ 기 구 : 2과 {teams}팀
문화체육국
문화정책과(3)
문 화 기 획
예 술 진 흥
축 제 지 원
체육진흥과(2)
생 활 체 육
체 육 시 설

□ 인 력 : 정원 30명 / 현원 {current}명
(’24. 1. 1. 기준, 단위: 명)
구 분      계        5급      6급
계         30/31     4/4      26/27
문화정책과  17/18     2/2      15/16
체육진흥과  13/13     2/2      11/11

□ 공기업 및 출자·출연기관
기관명       조직            정원
문화재단     1본부 2실 9팀    80

Ⅱ. 주요업무계획

1. 문화도시 조성
 □ 문화기반 확충
  ○ 시설 확충
"""


def report(tmp_path: Path, teams: int = 5, current: int = 31):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format(teams=teams, current=current), encoding="utf-8")
    return convert(path)


def test_a_report_reads_whole_and_its_checks_pass(tmp_path: Path) -> None:
    r = report(tmp_path)
    assert [(u.name, u.level, u.unit_type, u.parent) for u in r.organization][:3] == [
        ("문화체육국", "bureau", "국", None),
        ("문화정책과", "division", "과", "문화체육국"),
        ("문화기획", "team", "팀", "문화정책과"),
    ]
    assert "문화재단" not in {u.name for u in r.organization}  # an affiliated body
    assert {(t.key, t.value) for t in r.stated_totals} >= {
        ("organization.division", 2), ("organization.team", 5),
        ("staffing.authorized", 30), ("staffing.current", 31),
    }  # fmt: skip
    rows = {(s.unit, s.grade): (s.authorized, s.current) for s in r.staffing}
    assert rows[("계", None)] == (30, 31) and rows[("문화정책과", "6급")] == (15, 16)
    assert all(s.as_of is not None and s.as_of.isoformat() == "2024-01-01" for s in r.staffing)
    mine = [c for c in r.validation if c.check.startswith(("organization", "staffing"))]
    assert mine and all(c.passed for c in mine)


def test_a_wrong_count_line_is_a_warning_and_a_failed_check(tmp_path: Path) -> None:
    r = report(tmp_path, teams=6)
    assert [u.name for u in r.organization if u.level == "team"]  # the chart is still read
    failed = [c for c in r.validation if not c.passed]
    assert [c.check for c in failed] == ["organization.counts"]
    assert "organization.count_mismatch" in {w.code for w in r.warnings}


def test_a_stated_total_against_the_table(tmp_path: Path) -> None:
    r = report(tmp_path, current=33)
    failed = [c for c in r.validation if not c.passed]
    assert [(c.check, c.expected, c.actual) for c in failed] == [
        ("staffing.headline.current", "33", "31")
    ]


SUMMED = """2024년 주요업무계획
환 경 녹 지 국

Ⅰ. 일반현황

□ 조 직 : 2과 4팀
환경녹지국
환경정책과
(2팀, {a}명)
환 경 기 획
기 후 대 응
공원녹지과
(2팀, {b}명)
공 원 조 성
녹 지 관 리

□ 인 력
(’24. 1. 1. 기준, 단위: 명)
구 분      계       5급      6급
정 원      40       4        36
현 원      41       4        37

Ⅱ. 주요업무계획

1. 녹지 확충
 □ 도시숲 조성
  ○ 가로수 정비
"""


@pytest.mark.parametrize(
    ("a", "b", "field"),
    [(19, 22, "current"), (18, 22, "authorized"), (20, 25, None)],
)
def test_a_charts_counts_are_the_figure_they_add_up_to(
    tmp_path: Path, a: int, b: int, field: str | None
) -> None:
    """No note says what the chart's "(2팀, 19명)" are: they are 현원 where they add up to
    the table's 현원 and not its 정원 (환경물정책실 p5), and nothing where they fit neither."""
    path = tmp_path / "summed.txt"
    path.write_text(SUMMED.format(a=a, b=b), encoding="utf-8")
    r = convert(path)
    units = {s.unit: (s.authorized, s.current) for s in r.staffing if s.unit != "계"}
    if field is None:
        assert units == {}
    else:
        want = {"환경정책과": a, "공원녹지과": b}
        assert units == {
            k: (v, None) if field == "authorized" else (None, v) for k, v in want.items()
        }
        assert {s.as_of for s in r.staffing if s.unit != "계"} == {date(2024, 1, 1)}
    assert all(c.passed for c in r.validation if c.check.startswith("staffing"))


def test_names_read_down_the_box_are_read_across() -> None:
    """Letter-spaced names in a narrow box, read one column per line: the box's count
    of teams says how to read them."""
    _, boxes = chart("문화예술과(3)", "문예", "화술", "정지", "책원", "축 제 진 흥")
    teams = [b for b in boxes if b.kind == "team"]
    assert [b.name for b in teams] == ["문예", "화술", "정지", "책원", "축제진흥"]
    fixed = read_across(teams, 3)
    assert fixed is not None and [b.name for b in fixed] == ["문화정책", "예술지원", "축제진흥"]
    assert read_across(teams, 4) is None  # no reading gives the count: left unread


def test_a_first_letter_shared_down_the_box() -> None:
    _, boxes = chart("기획예산과(4)", "기획총괄", "예예예", "산 1", "산 2", "산 3")
    fixed = read_across([b for b in boxes if b.kind == "team"], 4)
    assert fixed is not None and [b.name for b in fixed] == ["기획총괄", "예산1", "예산2", "예산3"]


NO_CHART = """2024년 주요업무계획
환 경 녹 지 국

Ⅰ. 일반현황

□ 조 직 : 2과 7팀

□ 인 력 : 정원 40명 / 현원 41명
(단위: 명)
구 분      계       환경정책과   공원녹지과
정 원      40       22          18
현 원      41       22          19

Ⅱ. 주요업무계획

1. 녹지 확충
 □ 도시숲 조성
  ○ 가로수 정비
"""


def test_units_from_the_staffing_table_where_no_chart(tmp_path: Path) -> None:
    """A count line and no chart: the staffing table names the units."""
    path = tmp_path / "nochart.txt"
    path.write_text(NO_CHART, encoding="utf-8")
    r = convert(path)
    assert [(u.name, u.level, u.parent) for u in r.organization] == [
        ("환경녹지국", "bureau", None),
        ("환경정책과", "division", "환경녹지국"),
        ("공원녹지과", "division", "환경녹지국"),
    ]
    assert {(s.unit, s.authorized, s.current) for s in r.staffing} == {
        ("계", 40, 41), ("환경정책과", 22, 22), ("공원녹지과", 18, 19),
    }  # fmt: skip
    assert all(c.passed for c in r.validation if c.check.startswith("staffing"))


def test_a_sentence_in_the_chart_is_no_box() -> None:
    _, boxes = chart("문화예술과(2)", "문 화 정 책", "예 술 지 원", "하반기 조직개편 추진 예정")
    assert [b.name for b in boxes if b.kind == "team"] == ["문화정책", "예술지원"]


def test_units_down_with_the_figures_across() -> None:
    found = figures(
        [
            ["부서명", "정원", "현원", "과부족"],
            ["합 계", "38", "36", "△2"],
            ["문화예술과", "20", "19", "△1"],
            ["체육진흥과", "18", "17", "△1"],
        ]
    )
    assert ("합 계", None, "balance", -2) in found and ("체육진흥과", None, "current", 17) in found


def test_employment_forms_as_columns() -> None:
    cells = grid(
        [
            ["구 분", "계", "정규직", "계약직"],
            ["정 원", "44", "38", "6"],
            ["현 원", "40", "36", "4"],
        ]
    )
    got = {(f.grade, f.employment, f.field, f.value) for f in read_figures(cells)}
    assert (None, "계약직", "current", 4) in got and (None, None, "authorized", 44) in got


# --- 부서별 주요기능 from a table's grid -------------------------------------------------


def test_duties_read_from_the_grid_of_their_table() -> None:
    """A division's name wraps in its cell ("예    산" / "담 당 관", 기획조정실 p10) and a
    duty may wrap onto a paragraph with no bullet: the grid still says whose each is."""
    from extract.pipeline import check, parse_document
    from extract.read import read_bytes
    from tests.hwpx_maker import cell, hwpx, p, sec, tbl

    rows = [
        cell(0, 0, p("부 서 명")), cell(0, 1, p("주   요   업   무")),
        cell(1, 0, p("예    산"), p("담 당 관")),
        cell(1, 1, p("·예산편성 운영기준에 관한 사항"), p("·재정운용 기본방향 및"),
             p("재정분권에 관한 사항")),
        cell(2, 0, p("공공기관"), p("담 당 관")),
        cell(2, 1, p("·공공기관 경영평가")),
    ]  # fmt: skip
    data = hwpx(sec(p("Ⅰ. 일반현황"), p("3. 부서별 주요기능"), p(tbl(3, 2, rows)),
                    p("Ⅱ. 주요업무 추진계획"), p("1. 재정 혁신")))  # fmt: skip
    report = check(parse_document(read_bytes(data, "duties.hwpx"), "duties"))
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("예산담당관", 1, "예산편성 운영기준에 관한 사항"),
        ("예산담당관", 2, "재정운용 기본방향 및 재정분권에 관한 사항"),
        ("공공기관담당관", 1, "공공기관 경영평가"),
    ]


def test_duties_go_on_in_a_table_without_a_header() -> None:
    """The duty table goes on over a page break as a second table with no header row."""
    from extract.pipeline import check, parse_document
    from extract.read import read_bytes
    from tests.hwpx_maker import cell, hwpx, p, sec, tbl

    first = tbl(2, 2, [cell(0, 0, p("부서명")), cell(0, 1, p("주요업무")),
                       cell(1, 0, p("예산담당관")), cell(1, 1, p("·예산편성 총괄"))])  # fmt: skip
    second = tbl(2, 2, [cell(0, 0, p("재정협력"), p("담당관")),
                        cell(0, 1, p("·지방보조금 관리"), p("·민간위탁 총괄")),
                        cell(1, 0, p("세정정책담당관")),
                        cell(1, 1, p("·지방세 세수분석"))])  # fmt: skip
    data = hwpx(sec(p("Ⅰ. 일반현황"), p("3. 부서별 주요기능"), p(first), p(second),
                    p("Ⅱ. 주요업무 추진계획"), p("1. 재정 혁신")))  # fmt: skip
    report = check(parse_document(read_bytes(data, "duties.hwpx"), "duties"))
    assert [(f.division, f.function) for f in report.functions] == [
        ("예산담당관", "예산편성 총괄"),
        ("재정협력담당관", "지방보조금 관리"),
        ("재정협력담당관", "민간위탁 총괄"),
        ("세정정책담당관", "지방세 세수분석"),
    ]


# --- a chart drawn as a table: the lines its empty cells draw --------------------------------


def _cell(row: int, col: int, borders: str, span: int = 1, text: str = "") -> TableCell:
    return TableCell(row, col, 1, span, text, borders=borders)


def _box(name: str, kind: str, row: int, col: int, span: int) -> Box:
    return Box(name, kind, [], word="실" if name.endswith("실") else "관",  # type: ignore[arg-type]
               geo=(float(col), float(row), float(col + span), float(row + 1)))  # fmt: skip


def test_a_unit_hangs_from_the_box_its_line_leads_up_to() -> None:
    # 고용정책실 (cols 0-2) and 노동정책실 (cols 4-6) on row 0; from 고용정책실 a stroke
    # down column line 1, a bar along row line 3 to column line 6, strokes down to
    # 고용지원정책관 (cols 0-1) and 고용서비스정책관 (cols 5-6), which stands under
    # 노동정책실's columns: the line, not the columns, says whose it is
    boxes = [
        _box("고용정책실", "unit", 0, 0, 3), _box("노동정책실", "unit", 0, 4, 3),
        _box("고용지원정책관", "unit", 4, 0, 2), _box("고용서비스정책관", "unit", 4, 5, 2),
    ]  # fmt: skip
    cells = [
        _cell(0, 0, "LRTB", 3, "고용정책실"), _cell(0, 4, "LRTB", 3, "노동정책실"),
        _cell(1, 1, "L"), _cell(2, 1, "L"),
        _cell(3, 1, "LT"), _cell(3, 2, "T"), _cell(3, 3, "T"), _cell(3, 4, "T"),
        _cell(3, 5, "T"), _cell(3, 6, "L"),
        _cell(4, 0, "LRTB", 2, "고용지원정책관"), _cell(4, 5, "LRTB", 2, "고용서비스정책관"),
    ]  # fmt: skip
    got = parents_by_lines(boxes, cells, 5, 8)
    # (고용정책실's lines lead down only: the chart's top is its parent; no line reaches
    # 노동정책실: its columns decide)
    assert {boxes[i].name: p.name if p else None for i, p in got.items()} == {
        "고용정책실": None, "고용지원정책관": "고용정책실", "고용서비스정책관": "고용정책실",
    }  # fmt: skip
    # cells that say nothing of their borders (a PDF's grid) settle nothing
    assert parents_by_lines(boxes, [replace(c, borders="") for c in cells], 5, 8) == {}


def test_a_line_passes_through_an_official_to_no_unit() -> None:
    # 장관 (official) / stroke / 차관 (official) / stroke / 기획조정실: the line passes
    # through the officials' boxes and reaches no unit above, so the chart's top is its
    # parent (None); a unit no line reaches is left to its columns
    boxes = [
        _box("장관", "official", 0, 1, 2), _box("차관", "official", 2, 1, 2),
        _box("기획조정실", "unit", 4, 1, 2), _box("운영지원과", "unit", 4, 4, 2),
    ]  # fmt: skip
    cells = [
        _cell(0, 1, "LRTB", 2, "장관"), _cell(1, 2, "L"), _cell(2, 1, "LRTB", 2, "차관"),
        _cell(3, 2, "L"), _cell(4, 1, "LRTB", 2), _cell(4, 4, "LRTB", 2),
    ]  # fmt: skip
    assert parents_by_lines(boxes, cells, 5, 6) == {2: None}


def test_a_line_that_meets_a_box_at_its_corner_runs_past_it() -> None:
    """감사관 beside the trunk from 장관, its link drawn to its bottom corner (review D7):
    the units under the bar further down the trunk are the chart's top's, not 감사관's."""
    boxes = [
        _box("장관", "official", 0, 3, 2), _box("감사관", "unit", 3, 0, 2),
        _box("기획조정실", "unit", 7, 0, 2), _box("노동정책실", "unit", 7, 6, 2),
    ]  # fmt: skip
    cells = [
        _cell(0, 3, "LRTB", 2, "장관"), *(_cell(r, 4, "L") for r in range(1, 6)),
        _cell(3, 0, "LRTB", 2, "감사관"), _cell(4, 2, "T"), _cell(4, 3, "T"),
        _cell(6, 1, "LT"), *(_cell(6, k, "T") for k in range(2, 7)), _cell(6, 7, "L"),
        _cell(7, 0, "LRTB", 2, "기획조정실"), _cell(7, 6, "LRTB", 2, "노동정책실"),
    ]  # fmt: skip
    assert parents_by_lines(boxes, cells, 8, 9) == {1: None, 2: None, 3: None}


# --- units listed in prose -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("○ 경제정책과(4팀), 일자리정책과(4팀), 투자유치과(4팀)",
         ["경제정책과", "일자리정책과", "투자유치과"]),
        ("- 문화정책과, 관광진흥과(3팀 1TF), 체육진흥과",
         ["문화정책과", "관광진흥과", "체육진흥과"]),
        # a sentence that names units is no list of them, nor is a list of facilities
        ("○ 경제정책과, 일자리정책과 등 협업 강화", None),
        ("○ 시립미술관, 시립박물관, 시민회관", None),
    ],
)  # fmt: skip
def test_units_listed_in_prose_are_the_charts_units(
    tmp_path: Path, line: str, names: list[str] | None
) -> None:
    """An organisation part that lists its units on a line, parted by commas, each with
    its counts in brackets or none: the units under the bureau (the count line checks
    them); a line of prose that names units too is none."""
    text = "\n".join(["2025년 주요업무계획", "일자리경제국", "", "Ⅰ. 일반현황", "",
                      "1. 조직 : 1국 3과 12팀", line, "", "Ⅱ. 2025년 주요업무계획",
                      "1. 청년 일자리", "□ 청년 취업 지원(10억원)"])  # fmt: skip
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    rep = convert(path)
    divisions = [u.name for u in rep.organization if u.level == "division"]
    assert divisions == (names or [])
    if names:
        assert all(u.parent == "일자리경제국" for u in rep.organization if u.level == "division")
        assert not [v for v in rep.validation if v.check == "organization.counts" and not v.passed]
