"""Review of round 116's reader and layout rules (rev116, part C).

* A bracket's figure with a counter of its own is a pair's second (``58,214명 (25,130세대)``,
  round 116, extras), but a bracket's year with its 년, ``15개소 (2024년)``, is the year the
  count is of: no second figure of 2024 years (the rule had read one).
* A table's part a page break carried over gets its top rule where its column rules start
  together at the page's head with none across them (round 116, water: opentops).  Not
  where the column rules of a table at the page's head were drawn a little past its top
  rule (the rule had drawn another over them: an empty row atop the header), nor over a
  chart's grid of columns down to its axis, its bars' figures each at its own height (the
  rule had closed it into a row: its figures one line, an item of the outline).  The band
  over the first rule must hold a row's text: some, and where the part is a row alone,
  text in two of its columns on its first line.
* A document printed two pages to a sheet (2-up) has each side turned upright on its own
  (round 116, twoup); a sheet there that is one page turned whole (its lines rising) is
  turned first: the gap between two of its lines is no gutter (it had been cut there, its
  page number, alone on one half, read as a line of content: residue).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.test_fix116_extras import _text
from tests.test_fix116_water import _two_pages
from tests.test_probe110_rotated import UP, Rule, Text, _font, _hex
from tests.test_read_pdf import pdf_file

FACILITIES = [
    "1. 시설 현황", "",
    "   시설명              개소(기준연도)       면적(㎡/층)",
    "   공영주차장          15개소 (2024년)      12,400㎡ / 2층",
    "   체육시설            8개소 (2023년)       8,650㎡ / 4층",
    "   복지관              3개소 (2022년)       5,230㎡ / 5층",
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "row", "want"),
    [
        # (the year the places are counted in: no second figure)
        pytest.param("15개소 (2024년)", "공영주차장", (15, "개소", None, None), id="year"),
        pytest.param("3개소 (2022년)", "복지관", (3, "개소", None, None), id="year-2"),
    ],
)
def test_a_brackets_year_is_no_second_figure(
    raw: str, row: str, want: tuple[float, str, float | None, str | None]
) -> None:
    report = _text(FACILITIES)
    found = [c for c in report.table_cells if c.raw == raw and c.row_header == row]
    assert len(found) == 1, [(c.raw, c.row_header) for c in report.table_cells]
    c = found[0]
    assert (c.value, c.unit, c.value2, c.value2_unit) == want


# --- opentops: a table's part carried over, and what only looks like one -------------------

_COLS = (60.0, 120.0, 300.0, 420.0)
_ROWS = [("연번", "공사명", "공사비"), ("1", "관광안내소 운영", "37,500"),
         ("2", "축제 개최", "50,000"), ("3", "홍보물 제작", "12,000")]  # fmt: skip


def _works(top: float, past: float) -> tuple[list[Text], list[Rule]]:
    """The works table, its top rule at ``top`` and its column rules from ``past`` pt above."""
    texts: list[Text] = [
        ((UP, x + 6, top - 20 * (i + 1) + 6, 9), cell)
        for i, row in enumerate(_ROWS) for x, cell in zip(_COLS, row, strict=False)
    ]  # fmt: skip
    bottom = top - 20 * len(_ROWS)
    rules: list[Rule] = [(_COLS[0], top - 20 * i, _COLS[-1], top - 20 * i)
                         for i in range(len(_ROWS) + 1)]  # fmt: skip
    rules += [(x, top + past, x, bottom) for x in _COLS]
    return texts, rules


def _chart(top: float, axis: float) -> tuple[list[Text], list[Rule]]:
    """A chart of 방문객 by year at ``top``: a grid of columns down to its axis, a bar in each
    drawn with rules, its figure over it and its year under the axis."""
    xs = [100.0 + 60 * i for i in range(6)]
    heights = (40, 60, 80, 100, 110)
    rules: list[Rule] = [(x, top, x, axis) for x in xs] + [(xs[0], axis, xs[-1], axis)]
    texts: list[Text] = []
    for i, (x, h) in enumerate(zip(xs, heights, strict=False)):
        rules += [(x + 15, axis, x + 15, axis + h), (x + 45, axis, x + 45, axis + h),
                  (x + 15, axis + h, x + 45, axis + h)]  # fmt: skip
        texts += [((UP, x + 18, axis + h + 4, 8), f"{h * 10:,}"),
                  ((UP, x + 18, axis - 14, 8), f"{2020 + i}년")]  # fmt: skip
    return texts, rules


def _page_top_report(texts: list[Text], rules: list[Rule]) -> Report:
    """Page 1: the general section's heading; page 2 opens with ``texts`` and ``rules``."""
    first: list[Text] = [((UP, 60, 780, 12), "Ⅰ. 일반현황"), ((UP, 60, 756, 11), "1. 관광 현황"),
                         ((UP, 60, 732, 10), "○ 관광객 유치 실적은 다음과 같음")]  # fmt: skip
    after: list[Text] = [((UP, 60, 500, 11), "2. 향후 계획"),
                         ((UP, 60, 476, 10), "○ 2025. 12.: 관광 중장기 계획 수립")]  # fmt: skip
    data = _two_pages((first, []), ([*texts, *after], rules))
    return check(parse_document(read_bytes(data, "report.pdf"), "report"))


@pytest.mark.parametrize("past", [3.0, 4.0])
def test_column_rules_drawn_past_a_tables_top_add_no_row(past: float) -> None:
    """The works table atop page 2, its column rules drawn ``past`` pt over its top rule:
    its header is its first row (an empty row had been set over it)."""
    report = _page_top_report(*_works(800.0, past))
    first = sorted((c.col, c.raw) for c in report.table_cells if c.row == 0)
    assert first == [(0, "연번"), (1, "공사명"), (2, "공사비")]


def test_a_charts_grid_at_a_pages_head_is_no_table_part() -> None:
    """A chart of columns at page 2's head, its grid down to its axis: its bars' figures
    stand each over its bar, no row of a table nor one line of the outline."""
    report = _page_top_report(*_chart(800.0, 660.0))
    assert not [n.title for n in report.outline if "1,000" in n.title and "400" in n.title]
    assert not [c.raw for c in report.table_cells if c.raw in ("400", "1,100")]


# --- 2-up: a sheet that is one page turned whole ---------------------------------------------

#: a glyph's matrix turned a quarter to rise (a page turned counter-clockwise onto the sheet)
RISE = b"0 1 -1 0"
_SHEET_WIDTH, _SHEET_MIDDLE = 842.0, 421.0


def _sheets(*sheets: Sequence[Text]) -> bytes:
    """A PDF of landscape A4 sheets of these texts (PDF coordinates, y up)."""
    streams = [b"".join(b"BT /K1 %g Tf %s %g %g Tm %s Tj ET\n" % (size, m, x, y, _hex(t))
                        for (m, x, y, size), t in texts) for texts in sheets]  # fmt: skip
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] " \
        b"/Resources << /Font << /K1 5 0 R >> >> /Contents %d 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", page % 4,
               b"<< /Length %d >>\nstream\n" % len(streams[0]) + streams[0] + b"\nendstream",
               *_font([t for texts in sheets for _, t in texts])]  # fmt: skip
    kids = [3]
    for stream in streams[1:]:
        kids.append(len(objects) + 1)
        body = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objects += [page % (len(objects) + 2), body]
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return pdf_file(objects)


def _upright_page(left: float, no: int, title: str) -> list[Text]:
    return [((UP, left + 40, 550, 12), title), ((UP, left + 40, 526, 11), f"{no}. 주요 현황"),
            ((UP, left + 40, 506, 10), "○ 노후 청사 시설 공사를 추진하고 있음"),
            ((UP, left + 40, 490, 10), "○ 주요 공사 내역은 다음과 같음"),
            ((UP, left + 200, 20, 10), f"- {no} -")]  # fmt: skip


_TURNED_LINES = [
    "Ⅱ. 주요업무 추진계획", "1. 관광안내소 운영", "○ 사업기간 : 2025. 1. ~ 12.",
    "○ 사 업 비 : 350,000천원", "○ 주요내용 : 관광안내소 3개소 운영", "2. 축제 개최",
    "○ 사업기간 : 2025. 5. ~ 10.", "○ 사 업 비 : 500,000천원", "○ 주요내용 : 바다축제 개최",
    "3. 홍보물 제작", "○ 사업기간 : 2025. 3. ~ 6.", "○ 사 업 비 : 120,000천원",
    "○ 주요내용 : 관광지도 10만부 제작", "○ 추진일정 : 3월 발주, 6월 배포",
    "4. 관광 통계 조사", "○ 사업기간 : 2025. 1. ~ 12.", "○ 사 업 비 : 80,000천원",
]  # fmt: skip


def test_a_sheet_turned_whole_in_a_two_up_document_is_one_page() -> None:
    """Sheet 1 holds pages 1 and 2 side by side; sheet 2 is page 3 turned onto the sheet,
    its lines rising, each 18 pt right of the one before, its number at the sheet's right
    edge: the number is the page's, no line of content."""
    first = [*_upright_page(0.0, 1, "Ⅰ. 일반현황"), *_upright_page(_SHEET_MIDDLE, 2, "2. 인력")]
    turned: list[Text] = [((RISE, 60 + 18 * i, 60, 10), t) for i, t in enumerate(_TURNED_LINES)]
    turned.append(((RISE, 800, 280, 10), "- 3 -"))
    report = check(parse_document(read_bytes(_sheets(first, turned), "report.pdf"), "report"))
    assert not [r.text for r in report.residue if "3" in r.text]
    assert [p.title for p in report.projects][:4] == ["관광안내소 운영", "축제 개최", "홍보물 제작",
                                                      "관광 통계 조사"]  # fmt: skip
