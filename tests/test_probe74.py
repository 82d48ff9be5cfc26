"""Forms of the genre met in a seventeenth round of reports (a chart whose 과 is spaced
out in its column, ...): what each must give, worked out from its lines, and what had been
lost or misread before."""

from __future__ import annotations

import pytest

from extract.document import Cell, Document, Grid, Line, LineKind
from extract.layout import layout
from extract.layout.markers import read_marker
from extract.normalize.dates import find_dates
from extract.normalize.mentions import find_mentions
from extract.parse.org_boxes import split_names
from extract.read.pdf.base import Glyph
from extract.read.pdf.lines import chars_to_lines
from extract.read.pdf.rowsplit import band_rows
from extract.read.pdf.rowstacks import TextRow
from schemas import Report
from tests.hwpx_maker import TAB, Raw, cell, container, p, rect, t, tbl
from tests.test_other_reports import _hwpx, _text
from tests.test_probed import failed

#: a text export's chart: a row of 과, one spaced out in its column ("도 로 과"), over
#: columns of teams
SPACED_CHART = """2026년 주요업무보고
청해도 건설교통국

Ⅰ. 일반현황
 1. 조    직 : 1국 3과 6팀

                        건설교통국장

     건설정책과        도 로 과          교통정책과
    ───────           ───────           ───────
     건설정책팀        도로계획팀        교통기획팀
     건설관리팀        도로건설팀        교통안전팀

Ⅱ. 주요업무 추진계획
 1. 국도 건설 (도로과)
  ○ 사 업 비 : 1,200백만원 (국비 600, 도비 600)
"""


def test_a_chart_row_of_units_one_spaced_out_in_its_column() -> None:
    """"건설정책과        도 로 과          교통정책과": three 과, each over the teams in its
    column (the spaced 도 로 과 had kept the row from being read as names at all, and every
    team hung from the 국)."""
    assert split_names("     건설정책과        도 로 과          교통정책과") == [
        "건설정책과", "도로과", "교통정책과",
    ]  # fmt: skip
    report = _text(SPACED_CHART)
    parents = {o.name: o.parent for o in report.organization}
    assert parents["도로과"] == "건설교통국"
    assert [parents[t] for t in ("건설정책팀", "건설관리팀")] == ["건설정책과"] * 2
    assert [parents[t] for t in ("도로계획팀", "도로건설팀")] == ["도로과"] * 2
    assert [parents[t] for t in ("교통기획팀", "교통안전팀")] == ["교통정책과"] * 2
    assert not failed(report)


#: a text export's 일반현황 with tables of words alone and headers spaced wide, and an
#: audit's findings under 연번 whose last row's category is spaced out and wraps
OFFICE = """2026년 주요업무보고
솔내구 기획경제국

Ⅰ. 일반현황
 1. 조    직 : 1국 2과
  □ 기구 : 기획예산과, 일자리경제과
 2. 간부 공무원 현황

     직      위         직      급          성   명     전화번호
     기획경제국장       지방서기관          김 태 윤    053-660-3000
     기획예산과장       지방행정사무관      박 선 영    053-660-3010
     일자리경제과장     지방행정사무관      이 도 현    053-660-3110

 3. 위원회 운영 현황

     위 원 회 명              근        거                         위원수   소관부서
     지방재정계획심의위원회   지방재정법 제33조                        11   기획예산과
     주민참여예산위원회       솔내구 주민참여예산 조례 제7조           50   기획예산과

Ⅱ. 2025년 행정사무감사 처리결과
  □ 처리현황
                                                                  (단위 : 건)
     구    분       계   시정요구   처리요구   건  의
     건    수        3          1          1        1
     완    료        2          1          -        1
     추 진 중        1          -          1        -

  □ 세부 처리결과

  연번  구  분    지 적 사 항               조 치 결 과                       처리상황  담당부서

  1     시정요구  민간위탁 사무 수탁기관    ’25년 위탁기관 회계감사           완료      일자리경제과
                  정산검사 소홀             실시, 집행액 4,350천원 환수

  2     처리요구  통합관제센터 노후 CCTV    노후 CCTV 48대 교체 예산 반영     추진중    기획예산과
                  교체 계획 수립            (’26년 본예산 240백만원)

  3      건  의   청년창업센터 졸업기업     졸업기업 후속지원 프로그램 신설   완료      일자리경제과
                  후속 지원방안 마련        (입주 연장 심사, 판로 지원)

                                    - 8 -
"""


def _heads(report: Report, table_id: int) -> list[str]:
    return [c.raw for c in report.table_cells if c.table_id == table_id and c.row == 0]


def test_tables_of_words_and_headers_spaced_wide() -> None:
    """"직      위 | 직      급 | 성   명 | 전화번호" over rows of names alone is a table (it had
    been folded into its item's text); "근        거" is one column, not 근 | 거; "건  의"
    one header over its counts, not "처리요구 건" | "의"."""
    report = _text(OFFICE)
    heads = [_heads(report, t.table_id) for t in report.tables]
    assert ["직 위", "직 급", "성 명", "전화번호"] in heads
    assert ["위 원 회 명", "근 거", "위원수", "소관부서"] in heads
    assert ["구 분", "계", "시정요구", "처리요구", "건 의"] in heads
    staff = next(t for t, h in zip(report.tables, heads, strict=True) if h[0] == "직 위")
    assert staff.n_rows == 4


def test_findings_whose_last_row_is_spaced_out_and_wraps() -> None:
    """The last finding's category spaced out in its cell ("건  의") and its wrapped line
    under its cells: the finding and its action whole (the row had been left out of the
    table, and the row above it cut)."""
    report = _text(OFFICE)
    found = {f.no: (f.category_raw, f.finding, f.actions) for f in report.audit_findings}
    assert found[2][1] == "통합관제센터 노후 CCTV 교체 계획 수립"
    assert found[3] == (
        "건의", "청년창업센터 졸업기업 후속 지원방안 마련",
        "졸업기업 후속지원 프로그램 신설 (입주 연장 심사, 판로 지원)",
    )  # fmt: skip
    assert not failed(report)


#: a plan chapter whose last item is the year's events, a table of them with places
EVENTS = """2026년 업무계획
한솔시 교통국

Ⅰ. 2026년 주요업무 추진계획
1. 대중교통 서비스 혁신
  1-1. 시내버스 노선 전면 개편 (대중교통과)
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 3억 5천만원 (시비 100%)
4. 2026년 주요 교통행사 일정

  연번  행  사  명                일    시                        장    소          주관부서
  1     도시철도 2호선 시민설명회  2026. 5월 중                    시민홀            도시철도과
  2     대중교통의 날 기념행사    2026. 9. 22.(화)                시청 광장         대중교통과
"""


def test_a_table_of_events_with_places_under_an_item_is_events() -> None:
    """"행  사  명 | 일    시 | 장    소 | 주관부서" under "4. 2026년 주요 교통행사 일정": the
    year's events, not the item's steps (read as steps once its header's spaced words were
    read whole)."""
    report = _text(EVENTS)
    assert [(e.event, e.place, e.division) for e in report.events] == [
        ("도시철도 2호선 시민설명회", "시민홀", "도시철도과"),
        ("대중교통의 날 기념행사", "시청 광장", "대중교통과"),
    ]
    assert not [s for s in report.schedules if "시민설명회" in s.task]


#: cards of a 시 in a 도: one costing the budget nothing, one whose step stands over a
#: note; the year's budget stated with its account closing the line
TAGGED = """2026년 주요업무계획
새봄시 복지국

Ⅰ. 일반현황
 1. 예    산
  ○ 2026년 세출예산 : 612,480백만원 (일반회계)
Ⅱ. 2026년 주요업무 추진계획
 1. 돌봄 안전망 강화
  가. 이웃돌봄 민관협력 네트워크 운영 (복지정책과)
   ○ 사업기간 : ’26. 1.~12.
   ○ 사 업 비 : 비예산
   ○ 추진계획
    - ’26. 3. : 협의체 구성
  나. 새봄형 의료·돌봄 통합지원 추진 (노인복지과)
   ○ 사 업 비 : 1,234백만원 (국 500, 도 300, 시 434)
   ○ 추진계획
    - ’26. 2. : 시행계획 수립
    ※ 「의료·요양 등 지역 돌봄의 통합지원에 관한 법률」 시행(’26. 3. 27.)에 따라 전국 확대
"""


def test_a_cost_stated_as_none_of_the_budget() -> None:
    """"○ 사 업 비 : 비예산": the card states its cost as none of the budget (cost_label
    사업비, cost_raw 비예산, no amount), not a card that states no cost."""
    report = _text(TAGGED)
    costs = {p.title: (p.cost_label, p.cost_raw, p.cost_krw) for p in report.projects}
    assert costs["이웃돌봄 민관협력 네트워크 운영"] == ("사업비", "비예산", None)
    assert costs["새봄형 의료·돌봄 통합지원 추진"] == ("사업비", "1,234백만원", 1_234_000_000)


def test_a_stated_budget_whose_account_closes_the_line() -> None:
    """"2026년 세출예산 : 612,480백만원 (일반회계)": the account in the bracket after the
    amount names it, as one after the label does."""
    report = _text(TAGGED)
    assert [(t.key, t.value) for t in report.stated_totals if t.key.startswith("budget")] == [
        ("budget.expenditure.일반회계", 612_480_000_000)
    ]


def test_a_dated_step_over_a_note_is_a_step() -> None:
    """"- ’26. 2. : 시행계획 수립" over a ※ note: a step, its date a colon apart from its
    task (it had been read as a block's dated label, "하반기 추진계획", over the note)."""
    report = _text(TAGGED)
    steps = [(s.task, s.start.isoformat()) for s in report.schedules if s.project_id == "1-2"]
    assert ("시행계획 수립", "2026-02-01") in steps


@pytest.mark.parametrize(
    ("text", "value"),
    [("방문객 1만 2,500명 달성", 12_500), ("1만2,500명", 12_500), ("16만4천명", 164_000),
     ("11만 명으로", 110_000), ("10만 12345명", 12_345)],
)  # fmt: skip
def test_a_count_of_man_and_what_is_less_after_it(text: str, value: int) -> None:
    """"1만 2,500명" is 12,500 (it had been read 2,500: only a 천 part was taken after 만);
    a figure of 만 or more after it is a count of its own."""
    found = [m for m in find_mentions(text, 2026) if m.kind == "count"]
    assert [m.value for m in found] == [value]


#: a fund's plan with amounts in won and no unit stated anywhere near it
UNITLESS = """2026년 주요업무보고
한결시 재난안전과

Ⅰ. 일반현황
 1. 예    산
  □ 2026년 재난관리기금 운용계획

     구    분         2025년 예산        2026년 예산
     계              16,804,220,000     18,215,740,000
     법정적립금       9,120,000,000      9,850,000,000
     이자수입         7,684,220,000      8,365,740,000
"""


def test_a_table_of_amounts_with_no_unit_is_said() -> None:
    """Figures under 예산 with no unit in the caption, the header or the cells: kept as
    numbers, and a warning names the table (they had given no budget line and no word)."""
    report = _text(UNITLESS)
    assert [w.code for w in report.warnings] == ["tables.no_unit"]
    assert "2025년 예산" in report.warnings[0].message
    assert not report.budget_lines
    assert not [w for w in _text(UNITLESS.replace("□ 2026년 재난관리기금 운용계획",
        "□ 2026년 재난관리기금 운용계획 (단위 : 원)")).warnings]  # fmt: skip


def _grid(rows: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]]) -> Raw:
    """A native table: None for a cell another covers; ``spans`` (row, col) -> (rows, cols)."""
    cells = [
        cell(r, c, p(text), rs=spans.get((r, c), (1, 1))[0], cs=spans.get((r, c), (1, 1))[1])
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if text is not None
    ]
    return tbl(len(rows), len(rows[0]), cells)


def _programme_report() -> Report:
    """A 예산 part of a budget by account and one by programme, the same total (HWPX)."""
    accounts = _grid(
        [["구  분", None, "2026 예산", "2025 예산", "증  감"],
         ["합  계", None, "401,636,800", "369,589,600", "32,047,200"],
         ["일반회계", None, "113,776,560", "96,695,780", "17,080,780"],
         ["특별회계", "소  계", "273,726,400", "260,196,100", "13,530,300"],
         [None, "환경개선특별회계", "42,186,400", "45,920,100", "△3,733,700"],
         [None, "하수도사업특별회계", "231,540,000", "214,276,000", "17,264,000"],
         ["기  금", "소  계", "14,133,840", "12,697,720", "1,436,120"],
         [None, "기후대응기금", "9,850,000", "7,420,000", "2,430,000"],
         [None, "환경보전기금", "4,283,840", "5,277,720", "△993,880"]],
        {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (1, 2), (3, 0): (3, 1), (6, 0): (3, 1)},
    )  # fmt: skip
    programmes = _grid(
        [["정책사업", "단위사업", "세부사업", "2026 예산", "2025 예산", "증  감"],
         ["합  계", None, None, "401,636,800", "369,589,600", "32,047,200"],
         ["맑은 공기 도시 조성", "소  계", None, "83,774,300", "79,628,700", "4,145,600"],
         [None, "미세먼지 저감", "노후 경유차 조기폐차 지원", "18,640,000", "21,350,000",
          "△2,710,000"],
         [None, None, "전기자동차 보급", "65,134,300", "58,278,700", "6,855,600"],
         ["행정운영경비", "소  계", None, "317,862,500", "289,961,000", "27,901,500"],
         [None, "인력운영비", "인력운영비", "317,862,500", "289,961,000", "27,901,500"]],
        {(1, 0): (1, 3), (2, 0): (3, 1), (2, 1): (1, 2), (3, 1): (2, 1), (5, 0): (2, 1),
         (5, 1): (1, 2)},
    )  # fmt: skip
    return _hwpx(
        p("2026년 주요업무보고"), p("한결광역시 환경국"), p("Ⅰ. 일반현황"), p("1. 예    산"),
        p("가. 회계별 세출예산"), p("(단위 : 천원)"), p(accounts),
        p("나. 정책사업별 세출예산"), p("(단위 : 천원)"), p(programmes),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 미세먼지 저감 (대기정책과)"),
        p("○ 사 업 비 : 1,200백만원 (국비 600, 시비 600)"),
    )


def test_a_budget_by_programme_beside_the_summary_is_no_summary() -> None:
    """"정책사업 | 단위사업 | 세부사업 | 2026 예산 | …" after the budget by account: its
    amounts budget lines, its rows no units' budgets (they had been a second 계 and
    programmes in budget_summary); a group's 소계 the group's (no item `… / 소계`); a
    programme's name of two-letter words keeps its spaces (`맑은 공기 도시 조성`)."""
    report = _programme_report()
    units = [s.unit for s in report.budget_summary]
    assert units.count("계") == 1 and "맑은 공기 도시 조성 소계" not in units
    assert "기후대응기금" in units
    items = {(b.item, b.year) for b in report.budget_lines if b.amount_krw == 83_774_300_000}
    assert items == {("맑은 공기 도시 조성", 2026)}


def _line(top: float, *cells: tuple[float, str]) -> TextRow:
    """A line of words 10 pt high, each word 30 pt wide from its x."""
    return TextRow(top, top + 10, tuple((x, x + 30) for x, _ in cells), 10.0,
                   tuple(t for _, t in cells))  # fmt: skip


#: three columns: 0-100 (labels), 100-200, 200-300
COLS = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0)]


@pytest.mark.parametrize(
    ("band", "rows", "groups"),
    [
        # a 과 centred beside its four teams, each with its duty: one cell down column 0
        ([_line(0, (110, "팀1"), (210, "업무1")), _line(18, (110, "팀2"), (210, "업무2")),
          _line(27, (30, "정책과")), _line(36, (110, "팀3"), (210, "업무3")),
          _line(54, (110, "팀4"), (210, "업무4"))],
         4, [[False] * 3, [True] * 3, [True] * 3]),
        # units each centred beside their 정원 and 현원 lines: a cell each over two rows
        ([_line(0, (110, "정원"), (210, "125")), _line(9, (30, "계")),
          _line(18, (110, "현원"), (210, "121")), _line(36, (110, "정원"), (210, "1")),
          _line(45, (30, "국장")), _line(54, (110, "현원"), (210, "1"))],
         4, [[False, True, False], [True] * 3, [True] * 3]),
        # one row whose name wraps onto a second line: one row (no split)
        ([_line(0, (10, "청년창업"), (110, "1,200"), (210, "2026")), _line(12, (10, "지원"))],
         None, None),
        # two rows, the first's name wrapped: the wrap stays the first row's
        ([_line(0, (10, "청년창업"), (110, "1,200"), (210, "2026")), _line(12, (10, "지원")),
          _line(30, (10, "소상공인"), (110, "800"), (210, "2026"))],
         2, [[True]] * 3),
        # the middle row's name set centred beside its line, wrapped above and below it:
        # its own (not the first line the row over it's)
        ([_line(0, (10, "청년창업"), (110, "1,200"), (210, "일자리과")),
          _line(16, (10, "스마트공장")), _line(22, (110, "3,450"), (210, "기업과")),
          _line(28, (10, "설비 보급")), _line(44, (10, "전통시장"), (110, "800"),
                                          (210, "일자리과"))],
         3, [[True, True]] * 3),
        # cells of two lines each, a team's name centred beside its two duties, a 과
        # centred beside its three teams: a row a team, the rows parted by their padding
        ([_line(0, (210, "업무1")), _line(6.5, (110, "팀1")), _line(13, (210, "업무2")),
          _line(33, (210, "업무3")), _line(39.5, (110, "팀2")), _line(39.5, (10, "정책과")),
          _line(46, (210, "업무4")), _line(66, (210, "업무5")), _line(72.5, (110, "팀3")),
          _line(79, (210, "업무6"))],
         3, [[False, False], [True, True], [True, True]]),
        # rows of a name and its cost, one remark in the last column: the remark its
        # row's, no label merged over the others
        ([_line(0, (10, "청년 지원"), (110, "12,000")),
          _line(18, (10, "스마트공장"), (110, "3,450"), (210, "신규")),
          _line(36, (10, "전통시장"), (110, "800")),
          _line(54, (10, "골목상권"), (110, "540"))],
         4, [[True] * 3, [True] * 3, [True] * 3]),
        # rows of two-line names, the cost centred beside each, one remark (its row's:
        # a column of few words right of the rows' own is no label merged down)
        ([_line(0, (10, "청년창업")), _line(6.5, (110, "12,000")), _line(13, (10, "지원")),
          _line(33, (10, "스마트공장")), _line(39.5, (110, "3,450"), (210, "신규")),
          _line(46, (10, "구축 지원")), _line(66, (10, "전통시장")),
          _line(72.5, (110, "800")), _line(79, (10, "현대화"))],
         3, [[True, True]] * 3),
        # a two-row header whose rows fill different columns: no rows of a body
        ([_line(0, (110, "일반직")), _line(9, (10, "구분"), (210, "공무직")),
          _line(18, (110, "4급"), (150, "5급"))],
         None, None),
    ],
)  # fmt: skip
def test_rows_of_a_band_no_rule_parts(
    band: list[TextRow], rows: int | None, groups: list[list[bool]] | None
) -> None:
    """A band between two rules that holds several lines of words across the columns: a
    row each, a label in a column no row fills merged over the rows beside it, a wrapped
    cell's line its row's (tables ruled only over and under their header and body)."""
    found = band_rows(band, COLS)
    if rows is None:
        assert found is None
        return
    assert found is not None
    assert len(found[0]) == rows
    # (where a rule parts two rows in each column)
    assert [[g[i] != g[i + 1] for i in range(len(g) - 1)] for g in found[2]] == groups


#: a card whose sources are listed on the line under its cost; a line of changes
SOURCES_UNDER = """2026년 주요업무보고
다온광역시 경제정책국

Ⅰ. 일반현황
 1. 예    산
  □ 2026년 예산 : 세입 164,195백만원 / 세출 387,000백만원
   - 전년 대비 세입 4,545백만원(2.8%), 세출 14,560백만원(3.9%) 증가
Ⅱ. 2026년 주요업무 추진계획
 1. 지역경제 활력 제고
  가. 소상공인 경영안정 지원 (소상공인정책과)
   ○ 사 업 비 : 12,400백만원
    - 국비 2,000백만원, 시비 10,400백만원
   ○ 사업기간 : 2026. 1. ~ 12.
"""


def test_sources_listed_under_the_cost() -> None:
    """"○ 사 업 비 : 12,400백만원" over "- 국비 2,000백만원, 시비 10,400백만원": the card's
    funding (its sources add up to its cost)."""
    report = _text(SOURCES_UNDER)
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 2_000_000_000), ("시비", 10_400_000_000),
    ]  # fmt: skip
    assert not failed(report)


def test_a_change_over_last_year_is_no_stated_budget() -> None:
    """"- 전년 대비 세입 4,545백만원(2.8%), 세출 14,560백만원(3.9%) 증가": changes, no budget
    (the 세출 one had been a stated total, its bracket hiding the 증가 after it)."""
    report = _text(SOURCES_UNDER)
    assert sorted((t.key, t.value) for t in report.stated_totals if t.key.startswith("budget")) == [
        ("budget.expenditure", 387_000_000_000), ("budget.revenue", 164_195_000_000),
    ]  # fmt: skip


def test_a_budget_of_both_sides_side_by_side() -> None:
    """"구 분 | 세 입 (2025년 | 2026년 | 증 감) | 세 출 (2025년 | 2026년 | 증 감)" by 과: a
    summary row of each side for each unit (none had come out: two differences)."""
    table = _grid(
        [["구  분", "세  입", None, None, "세  출", None, None],
         [None, "2025년", "2026년", "증  감", "2025년", "2026년", "증  감"],
         ["계", "15,720", "16,390", "670", "41,070", "43,210", "2,140"],
         ["경제정책과", "12,480", "13,150", "670", "28,740", "31,205", "2,465"],
         ["투자유치과", "3,240", "3,240", "-", "12,330", "12,005", "△325"]],
        {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)},
    )  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("다온광역시 경제정책국"), p("Ⅰ. 일반현황"), p("1. 예    산"),
        p("(단위 : 백만원)"), p(table), p("Ⅱ. 2026년 주요업무 추진계획"),
        p("1. 투자유치 (투자유치과)"), p("○ 사 업 비 : 1,200백만원 (국비 600, 시비 600)"),
    )
    got = [(s.unit, s.side, s.prev_budget_krw, s.budget_krw, s.change_krw)
           for s in report.budget_summary]  # fmt: skip
    assert got == [
        ("계", "revenue", 15_720 * M, 16_390 * M, 670 * M),
        ("경제정책과", "revenue", 12_480 * M, 13_150 * M, 670 * M),
        ("투자유치과", "revenue", 3_240 * M, 3_240 * M, 0),
        ("계", "expenditure", 41_070 * M, 43_210 * M, 2_140 * M),
        ("경제정책과", "expenditure", 28_740 * M, 31_205 * M, 2_465 * M),
        ("투자유치과", "expenditure", 12_330 * M, 12_005 * M, -325 * M),
    ]
    assert not failed(report)


M = 1_000_000  # 백만원


@pytest.mark.parametrize(
    ("spacing", "noise", "spaces", "text"),
    [(0.25, (-0.004, 0.003), True, "2026년 주요업무 추진계획"),
     (0.25, (0.0, 0.0), True, "2026년 주요업무 추진계획"),
     (0.0, (0.0, 0.0), True, "2026년 주요업무 추진계획"),
     # (no space drawn: words told by gaps alone, so an even spacing raises no bar)
     (0.4, (0.0, 0.0), False, "2 0 2 6 년 주 요 업 무 추 진 계 획")],
)  # fmt: skip
def test_letters_set_evenly_apart_by_letter_spacing(
    spacing: float, noise: tuple[float, float], spaces: bool, text: str
) -> None:
    """A title set with letter-spacing a quarter of the size (LibreOffice's shaded chapter
    box), its spaces drawn: its words whole, whether each gap falls a hair over or under
    the bar for a space (it had read "2 0 26 년 주 요업무 추진계 획")."""
    row, x, size = [], 10.0, 10.0
    for n, ch in enumerate("2026년 주요업무 추진계획"):
        if ch == " ":
            if spaces:
                row.append(Glyph(" ", x, x + 2.5, 90.0, 100.0, size))
            x += 2.5 + spacing * size
            continue
        row.append(Glyph(ch, x, x + size, 90.0, 100.0, size))
        x += size + (spacing + noise[n % 2]) * size
    assert [ln.text for ln in chars_to_lines(row)] == [text]


#: cards of labelled blocks, each cost over the line listing its sources
BLOCK_CARDS = """2026년 주요업무보고
누리광역시 교통국

Ⅰ. 2026년 주요업무 추진계획
 1. 대중교통 혁신
  가. 도시철도 2호선 건설 (도시철도과)
   □ 사업개요
    ○ 사업기간 : 2019 ~ 2030
    ○ 사 업 비 : 864,000백만원
      - 국비 518,400백만원, 시비 345,600백만원
   □ 추진일정
    ○ ’26. 3. : 차량기지 착공
  나. 시내버스 노선 개편 (버스운영과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 1,200백만원
      - 국비 600백만원, 시비 600백만원
   □ 추진일정
    ○ ’26. 6. : 노선 개편안 확정
"""


def test_sources_under_the_cost_of_a_card_of_blocks() -> None:
    """A card of labelled blocks (`□ 사업개요` / `○ 사 업 비 : 864,000백만원` / `- 국비
    518,400백만원, 시비 345,600백만원`): its funding, as for a card of bullets."""
    report = _text(BLOCK_CARDS)
    got = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert got == [
        ("1-1", "국비", 518_400 * M), ("1-1", "시비", 345_600 * M),
        ("1-2", "국비", 600 * M), ("1-2", "시비", 600 * M),
    ]  # fmt: skip
    assert not failed(report)


# --- the review's cases ------------------------------------------------------------------


def test_a_trailer_under_the_findings_is_no_words_of_the_last() -> None:
    """"이하 여백" a blank line under the last finding, under its 조치결과 column: no words
    of its actions (the wrapped line of a last row stands right under it)."""
    text = OFFICE.replace(
        "                  후속 지원방안 마련        (입주 연장 심사, 판로 지원)",
        "                  후속 지원방안 마련        (입주 연장 심사, 판로 지원)\n\n"
        "                                            이하 여백",
    )
    assert text != OFFICE
    found = {f.no: f.actions for f in _text(text).audit_findings}
    assert found[3] == "졸업기업 후속지원 프로그램 신설 (입주 연장 심사, 판로 지원)"


def test_spending_by_programme_after_revenue_of_the_same_sum_is_summarised() -> None:
    """세입 (합계 401,636,800천원) then 세출 by programme of the same sum (a government's two
    sides balance): the 세출 table's 계 is the summary's too, not a repeat of the 세입's."""
    revenue = _grid(
        [["구  분", "2026 예산", "2025 예산", "증  감"],
         ["합  계", "401,636,800", "369,589,600", "32,047,200"],
         ["자체수입", "95,210,000", "90,100,000", "5,110,000"],
         ["보조금", "306,426,800", "279,489,600", "26,937,200"]], {},
    )  # fmt: skip
    programmes = _grid(
        [["정책사업", "세부사업", "2026 예산", "2025 예산", "증  감"],
         ["합  계", None, "401,636,800", "369,589,600", "32,047,200"],
         ["대기", "미세먼지 저감", "83,774,300", "79,628,700", "4,145,600"],
         ["행정운영경비", "인력운영비", "317,862,500", "289,961,000", "27,901,500"]],
        {(1, 0): (1, 2)},
    )  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("한결광역시 환경국"), p("Ⅰ. 일반현황"), p("1. 예    산"),
        p("가. 세입예산"), p("(단위 : 천원)"), p(revenue),
        p("나. 세출예산 (정책사업별)"), p("(단위 : 천원)"), p(programmes),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 미세먼지 저감 (대기정책과)"),
        p("○ 사 업 비 : 1,200백만원 (국비 600, 시비 600)"),
    )
    totals = [(s.side, s.budget_krw) for s in report.budget_summary if s.unit == "계"]
    assert totals == [("revenue", 401_636_800_000), ("expenditure", 401_636_800_000)]


def test_a_dated_label_over_dated_steps_is_no_step() -> None:
    """"- ’26년 상반기 : 추진계획" over "· 3월 : …": the half's label over its steps, no step
    of its own (a dated line over a ※ note alone is one)."""
    text = TAGGED.replace(
        "    - ’26. 2. : 시행계획 수립\n",
        "    - ’26년 상반기 : 추진계획\n      · 3월 : 조례 제정\n      · 6월 : 센터 개소\n",
    )
    assert text != TAGGED
    steps = [(s.task, s.start.isoformat()) for s in _text(text).schedules if s.project_id == "1-2"]
    assert steps[:2] == [("조례 제정", "2026-03-01"), ("센터 개소", "2026-06-01")]
    assert "추진계획" not in [t for t, _ in steps]


def test_counts_under_a_money_word_with_no_unit_are_not_warned_of() -> None:
    """"지원금 지급가구 | 지원금 지급인원" over figures: counts of households and people, no
    amounts that lack a unit."""
    text = UNITLESS.replace("2025년 예산        2026년 예산", "지원금 지급가구    지원금 지급인원")
    assert text != UNITLESS
    assert [w.code for w in _text(text).warnings] == []


def test_a_length_of_years_and_months_is_no_date() -> None:
    """"근속 20년 6월 이상": how long, no date of 2020 (a bare two-digit year stands for one
    only where no word of how long comes before it)."""
    assert not [d for d in find_dates("근속 20년 6월 이상 재직자", 2026) if d.start.year == 2020]
    assert [d.raw for d in find_dates("○ 시기 : 26년 3월~6월", 2026)] == ["26년 3월~6월"]


def _tabbed(*cells: str) -> Raw:
    """A paragraph whose words are parted by tabs (a table row typed as text)."""
    parts: list[str] = []
    for n, text in enumerate(cells):
        parts += [TAB] if n else []
        parts += [text] if text else []
    return p(t(*parts))


def test_a_table_typed_as_tabbed_paragraphs_in_hwpx() -> None:
    """Tables typed as paragraphs, cells parted by tabs (`구 분⇥2025년 예산⇥2026년 예산⇥증감`
    over a row a paragraph): a table each, read as a drawn one (their rows had been joined
    into the bullet above as wrapped text); a labelled line with a tab is no row."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("해솔군 민원봉사과"), p("Ⅰ. 일반현황"),
        p("1. 예    산"), p(t("○ 기    준", TAB, ": 2026년 본예산")),
        p("(단위 : 천원)"),
        _tabbed("구 분", "2025년 예산", "2026년 예산", "증 감"),
        _tabbed("계", "1,250,000", "1,310,000", "60,000"),
        _tabbed("민원행정팀", "750,000", "790,000", "40,000"),
        _tabbed("토지정보팀", "500,000", "520,000", "20,000"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 민원 서비스 혁신 (민원행정팀)"),
        p("○ 사 업 비 : 120,000천원 (군비 100%)"),
    )  # fmt: skip
    assert [(t.n_rows, t.n_cols) for t in report.tables] == [(4, 4)]
    got = [(s.unit, s.prev_budget_krw, s.budget_krw) for s in report.budget_summary]
    assert got == [
        ("계", 1_250_000_000, 1_310_000_000),
        ("민원행정팀", 750_000_000, 790_000_000),
        ("토지정보팀", 500_000_000, 520_000_000),
    ]
    assert not failed(report)


#: chapters as 제N장, themes numbered under the chapter, cards as [과제 N], lines under
#: them marked ◇ / ‣ / ⁃, a half in hanja after a bare year
BRACKETED_TASKS = """2026년 주요업무보고
한들도 복지여성국

제1장 일반현황
 1. 조    직 : 1국 2과
제2장 2026년 주요업무 추진계획
 1-1. 촘촘한 복지안전망 구축
  [과제 1] 위기가구 발굴·지원 체계 고도화 (복지정책과)
   ◇ 사업기간 : 2026. 1. ~ 12.
   ◇ 사 업 비 : 1,500백만원 (국비 750, 도비 750)
   ◇ 추진일정
     ‣ ’26.3월~6월 : 위기가구 발굴 조사
       ⁃ 조사 대상 12,000가구
     ‣ 26.下 : 명예사회복지공무원 역량강화 교육
  [과제 2] 지역사회 통합돌봄 전면 시행 (노인복지과)
   ◇ 사 업 비 : 2,400백만원 (국비 1,200, 도비 1,200)
 1-2. 활기찬 노후생활 보장
  [과제 3] 노인일자리 확대 (노인복지과)
   ◇ 사 업 비 : 3,000백만원 (국비 1,500, 도비 1,500)
"""


def test_cards_titled_as_bracketed_tasks() -> None:
    """"[과제 1] 위기가구 발굴·지원 체계 고도화 (복지정책과)" under "1-1. 촘촘한 복지안전망
    구축": a card of that theme (theme_no 1, the theme's own number under its chapter's),
    numbered as printed; "⁃" a dash's line, no words of the step over it; "26.下" the
    plan year's second half."""
    report = _text(BRACKETED_TASKS)
    got = [(p.project_id, p.theme_no, p.theme, p.title, p.division, p.cost_krw)
           for p in report.projects]  # fmt: skip
    assert got == [
        ("1-1-1", 1, "촘촘한 복지안전망 구축", "위기가구 발굴·지원 체계 고도화", "복지정책과",
         1_500_000_000),
        ("1-1-2", 1, "촘촘한 복지안전망 구축", "지역사회 통합돌봄 전면 시행", "노인복지과",
         2_400_000_000),
        ("1-2-3", 2, "활기찬 노후생활 보장", "노인일자리 확대", "노인복지과", 3_000_000_000),
    ]  # fmt: skip
    steps = [(s.task, s.start.isoformat(), s.end.isoformat() if s.end else None)
             for s in report.schedules if s.project_id == "1-1-1"]  # fmt: skip
    assert steps == [
        ("위기가구 발굴 조사", "2026-03-01", "2026-06-30"),
        ("명예사회복지공무원 역량강화 교육", "2026-07-01", "2026-12-31"),
    ]
    assert not failed(report)


def test_a_chart_of_text_boxes_each_units_teams_in_a_box_under_it() -> None:
    """A chart drawn as text boxes in a group: a box for each 과 in a row, then a box of
    teams, one a paragraph, under each: the k-th box's teams the k-th 과's (they had been
    given out by the names' likeness: 도서관정책팀 and 체육정책팀 to 관광정책과)."""
    teams = [["문화정책팀", "도서관정책팀"], ["관광기획팀", "관광마케팅팀", "축제이벤트팀"],
             ["체육정책팀", "생활체육팀"]]  # fmt: skip
    chart = container(
        rect(p("문화관광국장")), rect(p("문화예술과")), rect(p("관광정책과")),
        rect(p("체육진흥과")), *(rect(*map(p, ts)) for ts in teams),
    )  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("늘봄시 문화관광국"), p("Ⅰ. 일반현황"), p("1. 조    직"),
        p("○ 조 직 : 1국 3과 7팀"), p(chart), p("Ⅱ. 2026년 주요업무 추진계획"),
        p("1. 관광 활성화 (관광정책과)"), p("○ 사 업 비 : 1,200백만원 (국비 600, 시비 600)"),
    )
    parents = {o.name: o.parent for o in report.organization}
    for division, names in zip(("문화예술과", "관광정책과", "체육진흥과"), teams, strict=True):
        assert [parents[n] for n in names] == [division] * len(names)
    assert not failed(report)


def _page_grid(rows: list[list[str]], first: int, page: int) -> tuple[Grid, list[Line]]:
    """A ruled grid on a page, a line a row numbered from ``first``."""
    cells = [
        Cell(r, c, paragraphs=(text,) if text else (), lines=(first + r,) if text else (),
             page=page)
        for r, row in enumerate(rows) for c, text in enumerate(row)
    ]  # fmt: skip
    lines = [Line(first + r, "  ".join(filter(None, row)), "  ".join(filter(None, row)), page)
             for r, row in enumerate(rows)]  # fmt: skip
    return Grid(cells, len(rows), len(rows[0]), "ruled", page, page), lines


def test_a_cut_rows_rest_under_the_header_again_on_the_next_page() -> None:
    """A page break cuts a table's last row: the next page draws the header again over
    the rest of that row, one cell filled ("과 | 팀 | 주요업무" / " |  | 생활안전지도 정보
    제공"); that piece goes on the table (it had been read as a box, its words lost in a
    figure of the outline), the rest of the row above (test_probe92: a cut row is one)."""
    head = ["과", "팀", "주요업무"]
    first, lines1 = _page_grid(
        [head, ["재난안전과", "재난대응팀", "재난 상황관리"],
         ["", "안전정보팀", "CCTV 통합관제센터 운영,"]], 3, 1,
    )  # fmt: skip
    rest, lines2 = _page_grid([head, ["", "", "생활안전지도 정보 제공"]], 20, 2)
    lines = [Line(1, "Ⅰ. 일반현황", "Ⅰ. 일반현황", 1), Line(2, "1. 조직", "1. 조직", 1),
             *lines1, Line(19, "- 1 -", "- 1 -", 1, LineKind.FURNITURE), *lines2]  # fmt: skip
    lay = layout(Document(name="x.pdf", lines=lines, format="pdf", pages=2,
                          tables=[first, rest]))  # fmt: skip
    assert len(lay.tables) == 1
    texts = [c.text for c in lay.tables[0].cells]
    assert "CCTV 통합관제센터 운영, 생활안전지도 정보 제공" in texts


def test_a_dates_year_from_the_block_label_over_it() -> None:
    """"○ 추진실적(’23년)" over "- 3~11월 : 농기계 임대 운영 4,820건" in a 2024 plan: the
    mention's months are 2023's, as the progress step's are (they had taken the report's
    year)."""
    report = _text(
        "2024년 주요업무보고\n청람군 농업기술센터\n\n"
        "Ⅰ. 2024년 주요업무 추진계획\n 1. 농기계 임대사업 확대 (농촌지원과)\n"
        "  ○ 사 업 비 : 500,000천원 (군비 100%)\n  ○ 추진실적(’23년)\n"
        "   - 3~11월 : 농기계 임대 운영 4,820건\n  ○ 추진계획\n   - 3월 : 임대장비 확충\n"
    )
    dates = {m.raw: m.date_start.isoformat() for m in report.mentions if m.kind == "date"}
    assert dates["3~11월"] == "2023-03-01" and dates["3월"] == "2024-03-01"


# --- the second review's cases -----------------------------------------------------------


def test_labelled_lines_typed_with_tabs_are_no_table() -> None:
    """`▸ 사업기간⇥:⇥2026. 1.~12.` and `① 사 업 비⇥:⇥…` in a card (an item's mark before a
    label, a colon of its own between it and its value): the card's facts, no table."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("해솔군 민원봉사과"), p("Ⅰ. 일반현황"), p("1. 조    직"),
        p("○ 조 직 : 1과 2팀 (민원행정팀, 토지정보팀)"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 민원 서비스 혁신 (민원행정팀)"),
        _tabbed("▸ 사업기간", ":", "2026. 1.~12."),
        _tabbed("▸ 사 업 비", ":", "120,000천원 (군비 100%)"),
        p("2. 지적 재조사 (토지정보팀)"),
        _tabbed("① 사업기간", ":", "2026. 3.~11."),
        _tabbed("② 사 업 비", ":", "80,000천원 (군비 100%)"),
    )  # fmt: skip
    assert report.tables == []
    assert [(x.period_raw, x.cost_krw) for x in report.projects] == [
        ("2026. 1.~12.", 120_000_000), ("2026. 3.~11.", 80_000_000),
    ]  # fmt: skip


def test_a_project_numbered_with_a_dash_is_of_its_first_numbers_theme() -> None:
    """Projects numbered `1-1.`, `1-2.`, `2-1.` themselves (no theme item over them):
    theme_no 1, 1, 2 (a theme over its cards numbered `1-3.` gives 3)."""
    report = _text(
        "2026년 주요업무보고\n한들군 복지과\n\nⅡ. 2026년 주요업무 추진계획\n"
        " 1-1. 위기가구 발굴 (복지정책팀)\n   ○ 사 업 비 : 1,500백만원 (국비 750, 군비 750)\n"
        " 1-2. 통합돌봄 시행 (노인복지팀)\n   ○ 사 업 비 : 2,400백만원 (국비 1,200, 군비 1,200)\n"
        " 2-1. 노인일자리 확대 (노인복지팀)\n   ○ 사 업 비 : 3,000백만원 (국비 1,500, 군비 1,500)\n"
    )
    assert [(x.project_id, x.theme_no) for x in report.projects] == [
        ("1-1", 1), ("1-2", 1), ("2-1", 2),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "number", "rest"),
    [("[과제 1] 위기가구 발굴", "1", "위기가구 발굴"),
     ("[과제 2]통합돌봄 시행", "2", "통합돌봄 시행"),
     ("【과제 3】 노인일자리", "3", "노인일자리"), ("<과제 4> 장애인 자립", "4", "장애인 자립"),
     ("[과제] 위기", None, None), ("과제12개 추진", None, None)],
)  # fmt: skip
def test_a_task_numbered_in_its_brackets(line: str, number: str | None, rest: str | None) -> None:
    """A card's number in brackets with its word, a space after them or not: a marker;
    the word alone in brackets, or a count of tasks, none."""
    found = read_marker(line)
    if number is None:
        assert found is None
        return
    assert found is not None
    assert (found[0].number, found[1]) == (number, rest)
