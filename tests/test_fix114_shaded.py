"""Tables a PDF draws without a grid (probe 114, shaded): a table told apart by shading
alone (a shaded header row, each cell its own fill, the rows under it with no rule, every
other one shaded or none), and one ruled round its outer frame only, its cells parted by
room alone.  Both were read as free lines: no table, no cells, no chart of teams."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.test_probe110_rotated import UP, Text, _font, _hex
from tests.test_read_pdf import pdf_file

#: a filled box: (x, y, width, height) in PDF coordinates (y up) and its grey
Fill = tuple[float, float, float, float, float]
Box = tuple[float, float, float, float]


def _pdf(texts: Sequence[Text], fills: Sequence[Fill] = (), frames: Sequence[Box] = ()) -> bytes:
    """A one-page A4 PDF of these fills (drawn first), texts and stroked frames."""
    content = b"".join(b"%g g %g %g %g %g re f\n" % (g, x, y, w, h) for x, y, w, h, g in fills)
    content += b"0 g\n" + b"".join(
        b"BT /K1 %g Tf %s %g %g Tm %s Tj ET\n" % (size, m, x, y, _hex(t))
        for (m, x, y, size), t in texts
    ) + b"0.8 w\n" + b"".join(b"%g %g %g %g re S\n" % f for f in frames)
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /K1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *_font([t for _, t in texts]),
    ])  # fmt: skip


def _report(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "report.pdf"), "report"))


_TOP: list[Text] = [
    ((UP, 60, 780, 16), "2025년 주요업무보고"),
    ((UP, 60, 750, 14), "안전건설국"),
    ((UP, 60, 710, 12), "Ⅰ. 일반현황"),
]

#: the columns' left sides and the table's right side (a table 480 pt wide)
_COLS = (60.0, 180.0, 300.0, 420.0, 540.0)


def _row(y: float, words: Sequence[str], cols: Sequence[float] = _COLS) -> list[Text]:
    """A row of 9 pt words, each set 8 pt into its column (baseline ``y``)."""
    return [((UP, cols[k] + 8, y, 9), w) for k, w in enumerate(words) if w]


def _shaded_row(y: float, grey: float, cols: Sequence[float] = _COLS) -> list[Fill]:
    """A row's cells each shaded by its own fill, 16 pt high from ``y - 4``."""
    return [(a, y - 4, b - a, 16, grey) for a, b in itertools.pairwise(cols)]


def _cell(report: Report, raw: str) -> tuple[str, str, str]:
    """The (row header, column header, unit) of the cell printed ``raw``."""
    found = [c for c in report.table_cells if c.raw == raw]
    assert found, f"no cell {raw!r}"
    c = found[0]
    return c.row_header or "", c.col_header or "", c.unit or ""


_BUDGET_HEAD = [((UP, 60, 690, 12), "1. 예 산"), ((UP, 470, 672, 9), "(단위 : 백만원)")]
_BUDGET = [["구 분", "2025년", "2024년", "증 감"], ["합 계", "38,420", "35,100", "3,320"],
           ["안전총괄과", "9,850", "9,200", "650"], ["건설과", "16,270", "14,900", "1,370"]]
_AFTER = ((UP, 60, 560, 12), "○ 사업내용 : 노후 보도 정비")


@pytest.mark.parametrize(
    ("zebra", "rows"),
    [
        (False, 4),  # the header shaded alone, three rows under it
        (True, 4),  # every other row shaded too (the second under the header)
        (False, 2),  # one row under the header: its table's foot closed under it
        (True, 3),  # a zebra row the last: its fill's foot the table's
    ],
)
def test_a_table_told_apart_by_shading_alone(zebra: bool, rows: int) -> None:
    """`구 분 | 2025년 | 2024년 | 증 감` shaded over rows with no rule between them nor
    under the last, a card's `○ …` line under the table: the rows' cells under their
    headers, in the caption's unit; the `○` line no row of the table, and a shaded band
    over bulleted lines no table."""
    texts, fills = [*_TOP, *_BUDGET_HEAD], _shaded_row(650, 0.8)
    for i, words in enumerate(_BUDGET[:rows]):
        texts += _row(650 - 18 * i, words)
        if zebra and i and i % 2 == 0:
            fills += _shaded_row(650 - 18 * i, 0.93)
    # (further down, a shaded band of two boxes, a label beside its text, over a card's
    # bulleted lines: no table)
    texts += [((UP, 68, 480, 9), "추진방향"), ((UP, 188, 480, 9), "시민 안전 확보"),
              ((UP, 68, 462, 9), "○ 사업기간 : 2025. 1.~12."),
              ((UP, 68, 444, 9), "○ 사 업 비 : 1,200백만원")]
    fills += _shaded_row(480, 0.8, (60.0, 180.0, 540.0))
    # (and under it a table whose every cell is a white fill over a black one, the black
    # showing between as its rules: read as drawn)
    texts += [((UP, 60, 420, 12), "2. 세부사업")]
    fills.append((59.0, 343.0, 482.0, 55.0, 0.0))
    for i, words in enumerate([["사업명", "2025년", "2024년"], ["소하천 정비", "4,800", "4,200"],
                               ["보도 정비", "1,200", "1,000"]]):
        texts += _row(386 - 18 * i, words, (60.0, 220.0, 380.0, 540.0))
        fills += [(a, 382.0 - 18 * i, b - a - 1, 17, 1.0)
                  for a, b in itertools.pairwise((60.0, 220.0, 380.0, 541.0))]
    report = _report(_pdf([*texts, _AFTER], fills))
    assert _cell(report, "4,200")[:2] == ("소하천 정비", "2024년")
    assert _cell(report, "9,200" if rows > 2 else "35,100") == (
        "안전총괄과" if rows > 2 else "합계", "2024년", "백만원")
    assert _cell(report, "3,320") == ("합계", "증감", "백만원")
    assert not any("사업내용" in c.raw or "사업기간" in c.raw for c in report.table_cells)


_ORG = [["과", "팀 수", "팀 명"], ["안전총괄과", "3", "안전정책팀, 재난대응팀, 민방위팀"],
        ["건설과", "3", "건설행정팀, 공공시설팀, 하천관리팀"],
        ["도로과", "2", "도로관리팀, 도로시설팀"]]


@pytest.mark.parametrize("rows", [4, 3])
def test_a_table_ruled_round_its_frame_only(rows: int) -> None:
    """A chart `과 | 팀 수 | 팀 명` in a box with no rule inside it: its cells under
    their headers, and the chart's units each under its own; a box of bulleted lines
    with their values set apart stays a box."""
    cols = (60.0, 180.0, 260.0, 540.0)
    texts = [*_TOP, ((UP, 60, 690, 12), "1. 조 직")]
    for i, words in enumerate(_ORG[:rows]):
        texts += _row(650 - 18 * i, words, cols)
    frame = (60.0, 650 - 18 * (rows - 1) - 8, 480.0, 18 * (rows - 1) + 22)
    # (further down, a box round a card's facts, each `○ label` with its value set
    # apart: a box, no table)
    texts += [((UP, 60, 540, 12), "2. 노후 보도 정비"),
              ((UP, 68, 500, 9), "○ 사업기간"), ((UP, 200, 500, 9), "2025. 2.~12."),
              ((UP, 68, 482, 9), "○ 사 업 비"), ((UP, 200, 482, 9), "1,200백만원")]
    report = _report(_pdf(texts, frames=[frame, (60.0, 474.0, 480.0, 40.0)]))
    assert not any(c.raw == "1,200백만원" for c in report.table_cells)
    assert _cell(report, "건설행정팀, 공공시설팀, 하천관리팀")[:2] == ("건설과", "팀명")
    parents = {u.name: u.parent for u in report.organization}
    assert parents["공공시설팀"] == "건설과"
    assert parents["민방위팀"] == "안전총괄과"
