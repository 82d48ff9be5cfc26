"""What a second review found the later rules doing to ordinary reports, each case the
smallest input it built (the first review's are in test_review84)."""

from __future__ import annotations

from extract.document import Line
from extract.letters import letter_span
from extract.normalize.wraps import Lexicon
from extract.read import read_bytes
from extract.read.glyphs import lost_glyph
from extract.read.pdf.base import Glyph
from extract.read.pdf.marginalia import side_tabs
from extract.read.pdf.reader import lone_pictures_dropped
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe84_texts import _LETTER
from tests.test_probe85 import _BODY, _CONTENTS
from tests.test_review84 import _box as box


def test_a_contents_whose_runs_do_not_match_stays_as_it_was_read() -> None:
    """Entries Ⅰ–Ⅲ, but chapter Ⅱ's parts set as □ bullets: two runs from `1.`, no chapters
    made, and the report is read as before (it had been refused: the contents swallowed
    its entries, no heading left)."""
    body = [t for t in _BODY if t not in ("1. 세입예산",)]
    body = ["□ 2026년 세입예산 : 5,200백만원" if t.startswith("○ 2026년 세입") else t
            for t in body]  # fmt: skip
    report = _hwpx(*map(p, _CONTENTS + body))
    assert [pr.title for pr in report.projects][-2:] == ["섬 관광 명소화", "야간관광 육성"]


def _glyph(text: str, x: float, top: float, size: float = 11.0) -> Glyph:
    return Glyph(text, x, x + size, top, top + size, size)


def test_a_side_tab_set_in_from_the_edge_or_spaced_or_over_a_page_number() -> None:
    """A tab 16 mm in from the edge, one whose letters stand 1.7 sizes apart, one with the
    page's number under it at the same x: each still a tab, far from the body's text."""
    body = [_glyph(c, 70.0 + 11 * i, 120.0 + 20 * k) for k in range(5)
            for i, c in enumerate("본문입니다")]  # fmt: skip
    near = [_glyph(c, 532.0, 115.0 + 12 * i) for i, c in enumerate("일반현황")]
    spaced = [_glyph(c, 555.0, 115.0 + 30 * i) for i, c in enumerate("일반현황")]
    number = [_glyph(c, 548.0 + 7 * i, 801.0) for i, c in enumerate("-1-")]
    assert [t.text for t in side_tabs(near + body, 595.0, (), 842.0)[0]] == ["일반현황"]
    assert [t.text for t in side_tabs(spaced + body, 595.0, (), 842.0)[0]] == ["일 반 현 황"]
    assert side_tabs(near + number + body, 595.0, (), 842.0)[0] != []


def test_a_picture_before_one_line_only_is_no_bullet() -> None:
    """A logo beside the cover's title (its picture before that line alone) is no bullet;
    a picture before several lines is, wherever they are."""
    logo, dot = lost_glyph(0), lost_glyph(1)
    texts = [f"{logo} 솔내시", f"{dot} 조 직", f"{dot} 인 력"]
    lines = [Line(no, t, t, no) for no, t in enumerate(texts, start=1)]
    got = lone_pictures_dropped(lines, {logo, dot})
    assert [ln.raw for ln in got] == ["솔내시", f"{dot} 조 직", f"{dot} 인 력"]
    assert got[0].text == "솔내시"


def _box(caption: str, rows: list[tuple[str, str, str]]) -> str:
    """A box-drawn table of three columns under its caption line."""
    return f"    {caption}\n" + box(rows)


def test_two_tables_of_one_header_under_their_own_years_are_two() -> None:
    """A 2025 table and a 2026 table of the same columns, each under its caption naming its
    year, with or without a page's number between: two tables (they had been joined: the
    box's rules are furniture, and a caption naming a year was passed over)."""
    head = ("구 분", "일반회계", "특별회계")
    first = _box("(2025년 최종예산, 단위 : 백만원)", [head, ("합 계", "1,000", "300"),
                                               ("복지정책과", "600", "200")])  # fmt: skip
    second = _box("(2026년 본예산, 단위 : 백만원)", [head, ("합 계", "1,100", "350"),
                                              ("복지정책과", "700", "200")])  # fmt: skip
    for between in ("\n", "\n" + " " * 40 + "- 2 -\n\n"):
        report = _text(
            "2026년 주요업무보고\n복지국\n\nⅠ. 일반현황\n 1. 예산현황\n" + first + between + second
            + "Ⅱ. 주요업무계획\n 1. 복지안전망\n  □ 위기가구 발굴 (복지정책과)\n"
        )
        assert len(report.tables) == 2


def test_a_run_the_report_never_writes_alone_is_a_words_start() -> None:
    assert Lexicon(["지역아동센터장 회의"]).spans("지역아동센", "터 운영비 지원")


def test_a_line_of_a_cost_and_who_pays_it_says_no_more() -> None:
    """`사 업 비 : 1,240백만원 전액 시비`, `… - 국비 620백만원, 시비 620백만원`, `사업기간 :
    연중`: facts alone, no summary (they had been taken for lines saying more)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 주요업무 추진계획\n 1. 복지안전망 강화\n"
        "  □ 시범사업 추진 (복지정책과)\n   ○ 사업기간 : 연중\n"
        "   ○ 사 업 비 : 1,240백만원 전액 시비\n   ○ 사업내용 : 위기가구 발굴\n"
        "  □ 돌봄사업 추진 (복지정책과)\n   ○ 사업기간 : 2026. 1. ~ 12.\n"
        "   ○ 사 업 비 : 1,240백만원 - 국비 620백만원, 시비 620백만원\n"
        "   ○ 추진일정 : ’26. 3. 대상 선정\n"
    )
    summaries = ["위기가구 발굴", "추진일정 : ’26. 3. 대상 선정"]
    assert [pr.summary for pr in report.projects] == summaries


def test_a_chart_of_the_plans_tasks_dates_its_cards_row_by_row() -> None:
    """`< 2026년 주요업무 추진일정 총괄 >` of a row a card, in order, named otherwise than the
    cards: each row its card's (by name alone, as for a chart of events, they had none)."""
    months = [f"{m}월" for m in range(1, 13)]
    rows = [["과제명", "세부 추진내용", *months]] + [
        [name, task, *("●" if a <= m <= b else "" for m in range(1, 13))]
        for name, task, (a, b) in (("중장기 발전전략", "토론회 개최", (3, 4)),
                                   ("숙의민주주의 확대", "숙의토론 운영", (9, 10)))
    ]  # fmt: skip
    card = ["□ 사업개요", "○ 사업기간 : 2026. 1. ~ 12.", "○ 사 업 비 : 800백만원 (시비 800)",
            "□ 추진계획", "○ 전문가 자문단 운영"]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 2026년 주요업무 추진계획"), p("< 2026년 주요업무 추진일정 총괄 >"), p(_table(rows)),
        p("1. 시정 미래전략"), p("가. 미래비전 수립 (기획담당관)"), *map(p, card),
        p("나. 공론화 플랫폼 운영 (기획담당관)"), *map(p, card),
    )  # fmt: skip
    assert [(s.project_id, str(s.start)) for s in report.schedules] == [
        ("1-1", "2026-03-01"), ("1-2", "2026-09-01"),
    ]  # fmt: skip


def test_a_letter_closed_without_a_stop() -> None:
    for closing in ("1부.  끝", "- 끝 -"):
        text = _LETTER.replace("1부.  끝.", closing)
        assert letter_span(read_bytes(text.encode(), "r.txt").lines) == (1, 12)


def test_a_headerless_table_of_years_down_its_first_column() -> None:
    """`2019년 | 솔내문화회관 개관` over the next years: no header row (its first row had
    been taken for the header, the other years for counts)."""
    rows = [["2019년", "솔내문화회관 개관"], ["2021년", "솔내도서관 개관"],
            ["2023년", "체육센터 개관"], ["2025년", "솔내아트홀 개관"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 주요 연혁"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 문화기반 확충"), p("□ 문화시설 건립 (문화예술과)"),
    )  # fmt: skip
    assert [t.header_rows for t in report.tables] == [0]
