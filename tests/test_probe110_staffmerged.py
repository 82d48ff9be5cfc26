"""A staff table `구 분 | 정원 | 현원 | 결원` whose 과 is merged down its left column over the
과's `소 계` row and its teams' rows (probe 110, rotatedheads): each line of such a row
reads the 과 and the row's own label as one, `복지정책과 소 계` (or, where the 과 stands
level with its first team, `복지정책과 복지정책팀`), and the rows were staff of units of
those names, the 과's subtotal no total.  The drawn grid parts the two: the 과's `소 계`
is the 과's total, each team a unit of its own."""

from __future__ import annotations

from collections.abc import Sequence

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx
from tests.test_probe110_rotated import UP, Rule, Text, _pdf

#: what the tables below say, row by row: (unit, is_total, 정원, 현원)
STAFF: list[tuple[str, bool, int, int]] = [
    ("계", True, 47, 45),
    ("복지정책과", True, 30, 28),
    ("복지정책팀", False, 16, 15),
    ("희망복지팀", False, 14, 13),
    ("노인복지과", True, 17, 17),
    ("노인정책팀", False, 9, 9),
    ("노인시설팀", False, 8, 8),
]

#: the table's rows under its header, (과, row label, 정원, 현원, 결원); the 과 merged down
ROWS: list[tuple[str, str, str, str, str]] = [
    ("합 계", "", "47", "45", "2"),
    ("복지정책과", "소 계", "30", "28", "2"),
    ("", "복지정책팀", "16", "15", "1"),
    ("", "희망복지팀", "14", "13", "1"),
    ("노인복지과", "소 계", "17", "17", "-"),
    ("", "노인정책팀", "9", "9", "-"),
    ("", "노인시설팀", "8", "8", "-"),
]

_BEFORE: list[Text] = [
    ((UP, 60, 780, 16), "2026년 주요업무보고"),
    ((UP, 60, 750, 14), "복지국"),
    ((UP, 60, 710, 12), "Ⅰ. 일반현황"),
    ((UP, 60, 690, 12), "1. 조 직 : 1국 2과 4팀"),
    ((UP, 60, 670, 12), "2. 인 력"),
    ((UP, 260, 640, 9), "(단위 : 명)"),
    ((UP, 120, 616, 9), "구 분"),
    ((UP, 210, 616, 9), "정원"),
    ((UP, 250, 616, 9), "현원"),
    ((UP, 290, 616, 9), "결원"),
]
_AFTER: list[Text] = [
    ((UP, 60, 380, 12), "Ⅱ. 2026년 주요업무계획"),
    ((UP, 60, 360, 12), "1. 복지 안전망 강화"),
    ((UP, 60, 340, 12), "○ 사업기간 : 2026. 1.~12."),
]


def _staff_pdf(rows: Sequence[tuple[str, str, str, str, str]]) -> bytes:
    """The table drawn, rows 20 points high under its header: the `합 계` row across both
    label columns, each 과 merged down the left column over the rows after it with no 과
    of their own, its name level with its first row."""
    texts = list(_BEFORE)
    rules: list[Rule] = [(60, 630, 320, 630), (60, 610, 320, 610)]
    bottom = 610 - 20 * len(rows)
    for i, (division, label, *figures) in enumerate(rows):
        y = 596 - 20 * i
        if division:
            texts.append(((UP, 64 if label else 120, y, 9), division))
        if label:
            texts.append(((UP, 114, y, 9), label))
        texts += [((UP, x, y, 9), f) for x, f in zip((210, 250, 290), figures, strict=True)]
        under = 590 - 20 * i
        below = rows[i + 1][0] if i + 1 < len(rows) else "end"
        rules.append((60 if below else 110, under, 320, under))
    rules += [(x, 630, x, bottom) for x in (60, 200, 240, 280, 320)]
    rules.append((110, 590, 110, bottom))  # (below the 합 계 row: the 과's column)
    return _pdf([*texts, *_AFTER], rules)


def _report(data: bytes, name: str) -> Report:
    return check(parse_document(read_bytes(data, name), "report"))


def _staff(report: Report) -> list[tuple[str, bool, int | None, int | None]]:
    return [(s.unit, s.is_total, s.authorized, s.current) for s in report.staffing]


def test_a_division_merged_level_with_its_subtotal_is_the_divisions_total() -> None:
    """`복지정책과` level with its `소 계` row (one line, `복지정책과 소 계 30 28 2`): the
    과's total, 복지정책과; its teams each a unit."""
    report = _report(_staff_pdf(ROWS), "report.pdf")
    assert _staff(report) == STAFF
    assert not [c.check for c in report.validation if not c.passed]


def test_a_division_merged_over_its_teams_alone_names_no_team() -> None:
    """A 과 merged down over its teams with no `소 계` row: the line of its first team's
    row reads `복지정책과 복지정책팀 16 15 1`; the team is 복지정책팀 (the 과 a row of none)."""
    rows = [r for r in ROWS if r[1] != "소 계"]
    rows[1] = ("복지정책과", *rows[1][1:])
    rows[3] = ("노인복지과", *rows[3][1:])
    assert _staff(_report(_staff_pdf(rows), "report.pdf")) == [
        s for s in STAFF if not s[0].endswith("과")
    ]


def _table(rows: Sequence[Sequence[str]], spans: dict[tuple[int, int], tuple[int, int]]) -> str:
    """An HWPX table; ``spans``: (row, col) -> (rows, cols) it is merged over."""
    covered = {
        (r + i, c + j) for (r, c), (n, m) in spans.items()
        for i in range(n) for j in range(m) if (i, j) != (0, 0)
    }  # fmt: skip
    cells = [
        cell(r, c, p(text), rs=spans.get((r, c), (1, 1))[0], cs=spans.get((r, c), (1, 1))[1])
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if (r, c) not in covered
    ]
    return tbl(len(rows), len(rows[0]), cells)


def test_an_hwpx_division_merged_down_beside_its_subtotal_and_teams() -> None:
    """The same table in HWPX, the 과's cell merged down three rows (its row's line
    `복지정책과 소 계 30 28 2`): the 과's total and its teams."""
    rows = [["구 분", "", "정원", "현원", "결원"], *([*r] for r in ROWS)]
    spans = {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (3, 1), (5, 0): (3, 1)}
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과 4팀"), p("2. 인 력"), p("(단위 : 명)"),
        p(_table(rows, spans)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 복지 안전망 강화"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert _staff(report) == STAFF
