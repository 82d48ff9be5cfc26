"""An 출연기관's 업무계획 printed from HTML by headless Chromium (probe 112, chromium): a note
under a table marked `주:` (a web page's or a spreadsheet's, as `주)`), a plan's chapter
titled `2026년 사업계획`, a 연혁 table whose rows are labelled by their days,
`2015. 3. 2. | 재단 설립`, and a chart whose officials each stand alone in a box of their
own, `이사장` over `대표이사` over the 본부 and their teams."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe110_rotated import UP, Rule, Text, _pdf

_REPORT = """\

                          2026년 업무계획

                        재단법인 한빛문화재단

Ⅰ. 기관 개요
 1. 인 력
                                                  (단위 : 명)
    구  분        계      일반직      공무직      계약직
    정  원        58          40          12           6
    현  원        55          38          12           5
 {note}

Ⅱ. 2025년 주요성과
 ○ 생활문화 동호회 120개 지원

Ⅲ. {plan}
 1. {title}
  □ 사업개요
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사업비 : 1,250백만원
"""


def _report(note: str = "※ 파견공무원 제외", plan: str = "2026년 사업계획",
            title: str = "지역문화 활성화") -> Report:  # fmt: skip
    return _text(_REPORT.format(note=note, plan=plan, title=title))


@pytest.mark.parametrize("mark", ["주:", "주 :", "주："])
def test_a_note_marked_with_a_colon_is_a_note(mark: str) -> None:
    """`주: 대표이사 및 파견공무원 제외` under the staff table: a note of the part (it had
    been residue, in neither the outline nor a table)."""
    report = _report(note=f"{mark} 대표이사 및 파견공무원 제외")
    notes = [n for n in report.outline if n.kind == "note"]
    assert [n.title for n in notes] == ["대표이사 및 파견공무원 제외"]
    assert not [r for r in report.residue if "파견공무원" in r.text]


@pytest.mark.parametrize("plan", ["2026년 사업계획", "2026년도 사업계획", "사 업 계 획"])
def test_a_chapter_of_the_years_projects_titled_사업계획_is_the_plan(plan: str) -> None:
    """`Ⅲ. 2026년 사업계획` over the cards: the plan's section (it had no role, `other`)."""
    report = _report(plan=plan)
    plans = [s for s in report.sections if s.key == "plans"]
    assert plans and plans[0].found and plans[0].title is not None
    assert "".join(plans[0].title.split()) == "".join(plan.split())
    assert [p.title for p in report.projects] == ["지역문화 활성화"]


@pytest.mark.parametrize("status", ["민간위탁 사업계획 승인 현황", "읍면 사업계획 변경 내역"])
def test_a_chapter_of_how_others_plans_stand_is_no_plan(status: str) -> None:
    """`Ⅳ. 민간위탁 사업계획 승인 현황` after the plan: `사업계획` with a status word after
    it tells how others' plans stand; its items are no projects, the chapter no plan."""
    text = _REPORT.format(note="※ 파견공무원 제외", plan="2026년 사업계획", title="지역문화 활성화")
    report = _text(text + f"\nⅣ. {status}\n 1. 위탁 현황\n  ○ 승인 5건, 미승인 1건\n")
    assert [p.title for p in report.projects] == ["지역문화 활성화"]
    plans = [s for s in report.sections if s.key == "plans"]
    assert [s.title for s in plans] == ["2026년 사업계획"]


_HOURS = """\

                         2026년 주요업무보고

                          한 솔 군   재 정 복 지 국

Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1국 3과
  □ 주요 시설
    ○ {item}
{lines}
Ⅱ. 2026년 주요업무계획
 1. 어르신 돌봄
  가. 경로당 보강 (노인복지팀)
   □ 사업개요
    ○ 사업기간 : ’26. 1. ~ 12.
"""


@pytest.mark.parametrize(
    ("item", "lines"),
    [
        # a week's hours: a time after the colon, 토 : under it
        ("운영시간", ["주 : 09:00~18:00", "토 : 10:00~13:00"]),
        # ... a count, another label after a comma on its line
        ("경로당 : 120개소", ["주 : 5일 근무, 토 : 휴무"]),
        # ... a word after the colon, but the line under it labelled alike
        ("운영시간", ["주 : 평일 09:00~18:00", "토 : 10:00~13:00"]),
        # an event's hosts: 주최, 주관 above, 부 : after a comma
        ("행사개요", ["주    최 : 한솔군", "주    관 : 한솔군노인회", "주 : 한솔군, 부 : 노인회"]),
    ],
)
def test_a_label_주_among_labels_is_no_note(item: str, lines: list[str]) -> None:
    """`주 : 09:00~18:00` over `토 : 10:00~13:00` (a week's hours), `주 : 한솔군, 부 : 노인회`
    (an event's hosts): the text of the item above, no note (a `주:` note's text opens with
    a word, and no line beside it is labelled alike)."""
    report = _text(_HOURS.format(item=item, lines="\n".join("      " + t for t in lines)))
    assert not [n.title for n in report.outline if n.kind == "note"]
    node = next(n for n in report.outline if n.title.startswith(item.split()[0]))
    assert all("".join(t.split()) in "".join(node.text.split()) for t in lines), node.text


_HISTORY = [
    ["일 자", "주 요 내 용"],
    ["2015. 3. 2.", "재단법인 설립"],
    ["2018. 7. 1.", "아트센터 위탁 운영 개시"],
    ["2025. 9. 15.", "제7대 대표이사 취임"],
]


@pytest.mark.parametrize(
    ("row", "start"), [(1, "2015-03-02"), (2, "2018-07-01"), (3, "2025-09-15")]
)
def test_a_history_tables_days_are_dated(row: int, start: str) -> None:
    """A 연혁 table, `일 자 | 주요내용`, its rows labelled by their days: each day's cell
    dated (a label, it had no date)."""
    report = _hwpx(
        p("Ⅰ. 기관 개요"), p("1. 연 혁"), p(_table(_HISTORY)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 지역문화 활성화"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    cells = {(c.row, c.col): c for c in report.table_cells}
    cell = cells[(row, 0)]
    assert cell.raw == _HISTORY[row][0]
    assert (str(cell.date_start), str(cell.date_end)) == (start, start)
    assert cell.value_kind == "date"


def _box(x0: float, y0: float, x1: float, y1: float) -> list[Rule]:
    return [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)]


def _chart(officials: Sequence[str]) -> tuple[list[Text], list[Rule]]:
    """A page whose chart draws each official in a box of their own, centred, over the
    본부, each 본부 in a box of its own over its teams, one a line, in a box around the
    본부's column (as nested boxes of divs print)."""
    texts: list[Text] = [
        ((UP, 200, 790, 18), "2026년 업무계획"),
        ((UP, 220, 765, 12), "재단법인 한빛문화재단"),
        ((UP, 60, 730, 13), "Ⅰ. 기관 개요"),
        ((UP, 60, 708, 12), "1. 조직"),
    ]
    rules: list[Rule] = []
    y = 670.0
    for name in officials:
        texts.append(((UP, 275, y, 11), name))
        rules += _box(265, y - 6, 265 + 11 * len(name) + 20, y + 15)
        y -= 40
    for x, head, teams in ((150, "경영기획본부", ("기획예산팀", "경영지원팀")),
                           (330, "문화사업본부", ("지역문화팀", "예술교육팀"))):  # fmt: skip
        texts.append(((UP, x + 10, y, 11), head))
        rules += _box(x, y - 6, x + 90, y + 15)
        for k, team in enumerate(teams):
            texts.append(((UP, x + 15, y - 30 - 22 * k, 10), team))
        rules += _box(x - 6, y - 30 - 22 * len(teams), x + 96, y + 21)
    texts += [
        ((UP, 60, y - 120, 13), "Ⅱ. 2026년 사업계획"),
        ((UP, 60, y - 142, 12), "1. 지역문화 활성화"),
        ((UP, 70, y - 162, 11), "○ 사업기간 : 2026. 1. ~ 12."),
    ]
    return texts, rules


@pytest.mark.parametrize("officials", [("이사장", "대표이사"), ("이사장", "원장"),
                                       ("이 사 장", "대 표 이 사")])  # fmt: skip
def test_officials_each_alone_in_a_box_are_the_charts_not_residue(
    officials: tuple[str, str],
) -> None:
    """`이사장` over `대표이사`, each in a box of its own over the chart's units: drawn
    content of the chart (a figure of the part), no residue; no unit either."""
    texts, rules = _chart(officials)
    report = check(parse_document(read_bytes(_pdf(texts, rules), "report.pdf"), "report"))
    assert not report.residue, [r.text for r in report.residue]
    names = {u.name for u in report.organization}
    assert {"경영기획본부", "문화사업본부"} <= names
    assert not names & {"".join(o.split()) for o in officials}
    # each box its own figure, as two pictures' captions each in a box of their own
    figures = [n.title for n in report.outline if n.kind == "figure"]
    assert sorted(figures) == sorted("".join(o.split()) for o in officials), figures
