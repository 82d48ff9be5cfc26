"""Forms of the seventh round of probes read from text and HWPX: the official letter a
report is sent under (coverletter), a table of facilities whose years run down a column
(eventtable), a chart of the plan's tasks set apart from the cards (rotatedpage), a card's
summary beside its labelled facts (watermark)."""

from __future__ import annotations

from extract.letters import letter_span
from extract.read import read_bytes
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_a_cards_labelled_facts_are_no_summary_and_its_overview_is() -> None:
    """`○ 사업기간 : …`, `○ 사 업 비 : …` before the first block are the card's period and
    cost (they had been its summary, labels and all); `○ 사업내용 : …` is its summary."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 주요업무 추진계획\n 1. 스마트농업 확산\n"
        "  □ 스마트팜 청년창업 보육 (농업정책과)\n   ○ 사업기간 : 2026. 1. ~ 12.\n"
        "   ○ 사 업 비 : 2,400백만원 (국비 1,200, 도비 1,200)\n"
        "   ○ 사업내용 : 청년 교육생 60명 선발, 장기 보육과정 운영\n   ○ 추진일정\n"
        "    - ’26. 1.~2. : 교육생 모집 및 선발\n    - ’26. 3.~11. : 보육과정 운영\n"
    )
    (project,) = report.projects
    assert project.summary == "청년 교육생 60명 선발, 장기 보육과정 운영"
    assert (project.period_raw, project.cost_krw) == ("2026. 1. ~ 12.", 2_400_000_000)


# --- the 공문 a report is sent under; a table of text; a chart of the plan apart ---------


_LETTER = (
    "시민과 함께 여는 행복도시 솔내\n솔 내 시\n수신 솔내시의회 교통위원회\n(경유)\n"
    "제목 2026년도 주요업무보고 자료 제출\n"
    "1. 관련: 솔내시의회 교통위원회-35(2026. 1. 23.)호\n"
    "2. 위 호와 관련하여 임시회(2026. 2. 10.~2. 19.) 자료를 붙임과 같이 제출합니다.\n"
    "붙임  2026년도 주요업무보고 1부.  끝.\n솔 내 시 장\n"
    "기안자 주무관 홍길동  검토자 팀장 김민수  결재권자 교통국장 박정호\n"
    "시행 교통정책과-1234 (2026. 2. 3.)  접수 교통위원회-41 (2026. 2. 3.)\n"
    "전화 031-870-2214 / 전송 031-870-2299 / 공개구분 공개\n\f"
)
_REPORT = (
    "2026년도 주요업무보고\n솔내시 교통국\n\nⅠ. 일반현황\n 1. 조 직\n  ○ 기 구 : 1국 2과\n"
    "Ⅱ. 2026년 주요업무계획\n 1. 대중교통 혁신\n  □ 버스 노선 개편 (교통정책과)\n"
    "   ○ 사업기간 : 2026. 1. ~ 12.\n   ○ 사 업 비 : 1,200백만원 (시비 1,200)\n"
    "   ○ 추진일정\n    - ’26. 3.~6. : 노선 개편안 마련\n"
)


def test_the_letter_a_report_is_sent_under_is_not_its_text() -> None:
    """Its `1.`/`2.` are no items of the outline, its 제목 no title, its dates and
    telephone numbers no mentions: its lines are furniture; the cover titles the report."""
    report = _text(_LETTER + _REPORT)
    plain = _text(_REPORT)
    assert report.meta.title == plain.meta.title == "2026년도 주요업무보고"
    assert [(o.marker, o.title) for o in report.outline] == [
        (o.marker, o.title) for o in plain.outline
    ]
    assert [m.raw for m in report.mentions] == [m.raw for m in plain.mentions]
    assert report.stats.furniture_lines >= 12 and not report.residue
    assert [p.title for p in report.projects] == ["버스 노선 개편"]


def test_a_letter_needs_its_addressee_its_subject_and_its_foot() -> None:
    """A report whose first lines say 수신 and 제목 of something else, with no letter's
    foot, keeps them."""
    footless = _LETTER
    for word in ("공개구분", "시행", "접수", "전화", "전송", "기안자", "결재권자"):
        footless = footless.replace(word, "")
    assert letter_span(read_bytes(footless.encode(), "r.txt").lines) is None
    assert letter_span(read_bytes(_LETTER.encode(), "r.txt").lines) == (1, 12)


def test_a_table_of_facilities_with_years_down_a_column_has_one_header_row() -> None:
    """`구 분 | 시 설 명 | 위 치 | 개관연도` over rows grouped by a cell merged down (공연장 over
    two halls): years down a column are its rows' values, not headers (the first five rows
    had been taken for the header, each hall's name a column's header)."""
    rows = [
        ["구 분", "시 설 명", "위 치", "개관연도"],
        ["공연장", "한솔아트센터", "한솔로 120", "2004"],
        ["", "한솔문화원", "중앙로 45", "1998"],
        ["도서관", "중앙도서관", "도서관길 17", "2009"],
        ["", "작은도서관(5)", "읍·면 지역", "2012~2021"],
        ["박물관", "시립박물관", "향교로 8", "2015"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 문화시설"), p(_table(rows, {(1, 0): 2, (3, 0): 2})),
        p("Ⅱ. 주요업무계획"), p("1. 문화도시"), p("□ 문화기반 확충"),
    )  # fmt: skip
    (table,) = report.tables
    assert table.header_rows == 1
    cells = {(c.row, c.col): c for c in report.table_cells}
    assert cells[(2, 2)].col_header == "위치" and "한솔문화원" in cells[(2, 2)].row_header


def test_a_chart_of_the_plans_tasks_apart_from_the_cards_dates_each_card() -> None:
    """`< 2026년 주요업무 추진일정 총괄 >` before the cards, each card's title merged down
    over its tasks and ● in their months: each task a step of the card it names."""
    months = [f"{m}월" for m in range(1, 13)]
    marks = {"시민 미래토론회 개최": (3, 4), "최종보고회 개최": (11, 12), "숙의토론 운영": (9, 10)}
    rows = [["과제명", "세부 추진내용", *months]]
    for task, (a, b) in marks.items():
        card = "공론화 플랫폼 운영" if task == "숙의토론 운영" else "미래비전 수립"
        rows.append([card, task, *("●" if a <= m <= b else "" for m in range(1, 13))])
    card = [
        "□ 사업개요", "○ 사업기간 : 2026. 1. ~ 12.", "○ 사 업 비 : 800백만원 (시비 800)",
        "□ 추진계획", "○ 전문가 자문단 운영", "※ 세부 추진일정 : 『추진일정 총괄』 참조",
    ]
    report = _hwpx(
        p("Ⅰ. 2026년 주요업무 추진계획"), p("※ 과제별 추진일정은 『추진일정 총괄』 참조"),
        p("< 2026년 주요업무 추진일정 총괄 >"), p(_table(rows, {(1, 0): 2})),
        p("1. 시정 미래전략"), p("가. 미래비전 수립 (기획담당관)"), *map(p, card),
        p("나. 공론화 플랫폼 운영 (기획담당관)"), *map(p, card),
    )  # fmt: skip
    got = {(s.project_id, s.task, str(s.start), str(s.end)) for s in report.schedules}
    ids = {pr.title: pr.project_id for pr in report.projects}
    assert got >= {
        (ids["미래비전 수립"], "시민 미래토론회 개최", "2026-03-01", "2026-04-30"),
        (ids["미래비전 수립"], "최종보고회 개최", "2026-11-01", "2026-12-31"),
        (ids["공론화 플랫폼 운영"], "숙의토론 운영", "2026-09-01", "2026-10-31"),
    }
