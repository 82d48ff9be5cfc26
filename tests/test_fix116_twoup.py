"""A report printed two pages to a landscape sheet (2-up, 모아찍기), as a council's print
shop posts it (round 116, twoup): a table that goes on from the sheet's left page to its
right page is one table, as over any page break (it had been two: the break between the
sides was none, and the right page was measured from the gutter's middle, so a table's
columns stood elsewhere on it when a line of the left page ran further into the gutter);
the left page's tables come before the right's (a table atop the right page had been
numbered before one lower on the left); and a landscape table turned to fit its half
beside an upright page is read upright, its lines in their order (the sheet had been read
whole, the turned lines out of order)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.test_probe110_rotated import _font, _hex
from tests.test_read_pdf import pdf_file

#: a glyph's matrix (a b c d) upright and turned a quarter to rise (a landscape page
#: turned counter-clockwise to fit a portrait half)
UP, RISE = b"1 0 0 1", b"0 1 -1 0"
#: the sheet: landscape A4; its middle
WIDTH, HEIGHT = 842.0, 595.0
MIDDLE = WIDTH / 2

#: (matrix, x, y, size, text), PDF coordinates (y up)
Text = tuple[bytes, float, float, float, str]
Rule = tuple[float, float, float, float]


def _sheet(texts: Sequence[Text], rules: Sequence[Rule] = ()) -> bytes:
    """A one-sheet landscape PDF of these texts and rules."""
    content = b"".join(
        b"BT /K1 %g Tf %s %g %g Tm %s Tj ET\n" % (size, m, x, y, _hex(t))
        for m, x, y, size, t in texts
    ) + b"0.6 w\n" + b"".join(b"%g %g m %g %g l S\n" % r for r in rules)
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] " % (WIDTH, HEIGHT)
        + b"/Resources << /Font << /K1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *_font([t for *_, t in texts]),
    ])  # fmt: skip


def _report(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "report.pdf"), "report"))


#: the columns of a works table (x from its page's left edge): 연번 | 공사명 | 공사비
_COLS = (40.0, 80.0, 250.0, 340.0)
_ROW = 20.0
_WORKS = [
    ("1", "청사 외벽 보수", "37,500"), ("2", "민원실 냉난방기 교체", "50,000"),
    ("3", "주차장 포장", "62,500"), ("4", "승강기 교체", "75,000"),
    ("5", "전기설비 점검", "87,500"), ("6", "소방설비 보강", "100,000"),
    ("7", "옥상 방수", "112,500"), ("8", "화장실 개선", "125,000"),
    ("9", "회의실 음향장비", "137,500"), ("10", "조경 정비", "150,000"),
]  # fmt: skip


def _table(left: float, top: float, rows: Sequence[tuple[str, str, str]]) -> tuple[
    list[Text], list[Rule]
]:
    """A ruled works table headed `연번 | 공사명 | 공사비`, its page's left edge at ``left``
    and its top at ``top``."""
    xs = [left + c for c in _COLS]
    body = [("연번", "공사명", "공사비"), *rows]
    texts = [
        (UP, xs[k] + 4, top - _ROW * (i + 1) + 6, 9.0, cell)
        for i, row in enumerate(body) for k, cell in enumerate(row)
    ]  # fmt: skip
    bottom = top - _ROW * len(body)
    rules = [(xs[0], top - _ROW * i, xs[-1], top - _ROW * i) for i in range(len(body) + 1)]
    rules += [(x, top, x, bottom) for x in xs]
    return texts, rules


def _two_pages(reach: float) -> bytes:
    """A sheet of pages 3 and 4: the works table from the left page goes on atop the right
    (its header again); a line of the left page reaches ``reach`` pt past its table."""
    texts: list[Text] = [
        (UP, 40, 550, 14, "2025년 주요업무보고"),
        (UP, 40, 520, 12, "Ⅰ. 일반현황"),
        (UP, 40, 500, 11, "1. 청사 유지보수 공사 현황"),
        (UP, 40, 480, 9, "○ 노후 청사 시설 공사 10건을 추진하고 있음" + "." * int(reach / 4.5)),
        (UP, 300, 462, 9, "(단위 : 천원)"),
        (UP, 200, 20, 10, "- 3 -"),
        (UP, MIDDLE + 200, 20, 10, "- 4 -"),
        (UP, MIDDLE + 40, 300, 11, "2. 향후 계획"),
        (UP, MIDDLE + 40, 280, 9, "○ 2025. 12.: 청사 유지보수 중장기 계획 수립"),
    ]
    rules: list[Rule] = []
    for left, top, rows in ((0.0, 455.0, _WORKS[:6]), (MIDDLE, 560.0, _WORKS[6:])):
        t, r = _table(left, top, rows)
        texts += t
        rules += r
    return _sheet(texts, rules)


@pytest.mark.parametrize(
    "reach",
    [
        0.0,  # (the gutter's middle the sheet's)
        40.0,  # (a line of the left page runs into the gutter: its middle right of the sheet's)
    ],
)
def test_a_table_going_on_from_the_left_page_to_the_right_is_one(reach: float) -> None:
    """The works table's ten rows, six on page 3 and four atop page 4 under its header
    again, are one table of ten rows (two tables of 6 and 4 before)."""
    report = _report(_two_pages(reach))
    works = [t for t in report.tables if t.n_cols == 3]
    assert len(works) == 1
    names = [c.raw for c in report.table_cells
             if c.table_id == works[0].table_id and c.col == 1 and c.row > 0]  # fmt: skip
    assert names == [name for _, name, _ in _WORKS]


@pytest.mark.parametrize(
    "left_top, right_top",
    [
        (300.0, 560.0),  # (the right page's table atop it, the left's lower down)
        (420.0, 540.0),
    ],
)
def test_the_left_pages_tables_come_before_the_right_pages(
    left_top: float, right_top: float
) -> None:
    """A staff table on page 3 and a budget table atop page 4: the staff table is the
    report's first table, as its lines come first."""
    texts: list[Text] = [
        (UP, 40, 550, 14, "2025년 주요업무보고"),
        (UP, 40, 520, 12, "Ⅰ. 일반현황"),
        (UP, 40, left_top + 30, 11, "1. 인 력 (단위 : 명)"),
        (UP, 200, 20, 10, "- 3 -"),
        (UP, MIDDLE + 200, 20, 10, "- 4 -"),
        (UP, MIDDLE + 40, right_top + 10, 11, "2. 예 산 (단위 : 천원)"),
    ]
    rules: list[Rule] = []
    staff = [("구분", "정원", "현원"), ("계", "98", "95"), ("4급", "1", "1"), ("5급", "15", "14")]
    budget = [("구분", "2024년", "2025년"), ("합계", "52,480", "55,130"),
              ("예산과", "21,300", "22,450"), ("세정과", "31,180", "32,680")]  # fmt: skip
    for left, top, body in ((0.0, left_top, staff), (MIDDLE, right_top, budget)):
        xs = [left + c for c in _COLS]
        texts += [
            (UP, xs[k] + 4, top - _ROW * (i + 1) + 6, 9.0, cell)
            for i, row in enumerate(body) for k, cell in enumerate(row)
        ]  # fmt: skip
        rules += [(xs[0], top - _ROW * i, xs[-1], top - _ROW * i) for i in range(len(body) + 1)]
        rules += [(x, top, x, top - _ROW * len(body)) for x in xs]
    report = _report(_sheet(texts, rules))
    firsts = {
        t.table_id: next(c.raw for c in report.table_cells
                         if c.table_id == t.table_id and c.row == 0 and c.col == 1)
        for t in report.tables
    }  # fmt: skip
    assert [firsts[k] for k in sorted(firsts)] == ["정원", "2024년"]


#: a landscape page's lines (a wide budget table printed without rules), top first
_WIDE = [
    "Ⅲ. 세출예산 세부내역 (단위 : 천원)",
    "부서 단위사업 2024년 2025년 증감",
    "예산과 주민참여예산 운영 300,000 350,000 50,000",
    "세정과 체납액 징수 활동 110,000 120,000 10,000",
    "회계과 공유재산 실태조사 400,000 480,000 80,000",
]


def _turned_beside(turned_right: bool) -> bytes:
    """A sheet of an upright page beside a landscape page turned counter-clockwise to fit
    its half (its lines rising, its top at the half's left), each numbered at its foot."""
    upright, turned = (0.0, MIDDLE) if turned_right else (MIDDLE, 0.0)
    n_up, n_turned = ("6", "7") if turned_right else ("8", "7")
    texts: list[Text] = [
        (UP, upright + 40, 550, 14, "2025년 주요업무보고"),
        (UP, upright + 40, 520, 12, "Ⅱ. 2025년 주요업무 추진계획"),
        (UP, upright + 40, 500, 11, "1. 주민참여예산 확대 운영"),
        (UP, upright + 50, 480, 10, "○ 사업기간 : 2025. 1. ~ 2025. 12."),
        (UP, upright + 50, 460, 10, "○ 사업비 : 350,000천원"),
        (UP, upright + 200, 20, 10, f"- {n_up} -"),
        # (the landscape page's foot: at the half's right, rising at its middle)
        (RISE, turned + 400, 280, 10, f"- {n_turned} -"),
    ]
    texts += [(RISE, turned + 60 + 24 * i, 60, 10, line) for i, line in enumerate(_WIDE)]
    return _sheet(texts)


@pytest.mark.parametrize("turned_right", [True, False])
def test_a_landscape_page_turned_to_fit_its_half_reads_upright(turned_right: bool) -> None:
    """The turned page's lines read upright, whole, top to bottom, and the pages one after
    the other in their order on the sheet (the sheet had been read whole: its rows out of
    order, its title under them, the two pages' lines mixed)."""
    doc = read_bytes(_turned_beside(turned_right), "report.pdf")
    lines = [ln.text for ln in doc.lines if ln.is_content]
    wide = lines.index(_WIDE[0])
    assert lines[wide : wide + len(_WIDE)] == _WIDE
    plan = lines.index("1. 주민참여예산 확대 운영")
    assert (plan < wide) == turned_right
