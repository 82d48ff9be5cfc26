"""Forms of the fifteenth round of probes: a photo's caption level with the card's text
beside it (photocards, left over from round fourteen), ..."""

from __future__ import annotations

import pytest

from extract.layout.cells import TableCell
from extract.layout.pagebreaks import rejoin_unfilled_row
from extract.normalize.signs import triangle_sign
from extract.read.pdf.base import Glyph
from extract.read.pdf.figures import picture_captions
from extract.read.pdf.lines import chars_to_lines
from extract.read.pdf.pagecolumns import text_columns
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

#: a photo on the right half of a card (x0, top, x1, bottom)
_PHOTO = (340.0, 182.0, 527.0, 312.0)


def _glyphs(text: str, x0: float, top: float, size: float, pitch: float) -> list[Glyph]:
    out = []
    for k, ch in enumerate(text):
        x = x0 + k * pitch
        out.append(Glyph(ch, x, x + pitch * 0.9, top, top + size, size))
    return out


def test_a_photo_caption_level_with_a_line_beside_it_is_a_line_of_its_own() -> None:
    """`- ’26. 3. : 축제 기본계획 수립` on the card's left and `< 2025년 축제 개막공연 >` under
    the photo on its right, a point lower and a size smaller: two lines (the caption had
    been the end of the step's task)."""
    step = _glyphs("- ’26. 3. : 축제 기본계획 수립", 60.0, 325.0, 10.5, 9.0)
    caption = _glyphs("< 2025년 축제 개막공연 >", 384.0, 326.5, 9.5, 7.0)
    rest, taken = picture_captions(step + caption, [_PHOTO])
    assert [ln.text for ln in chars_to_lines(rest)] == ["- ’26. 3. : 축제 기본계획 수립"]
    assert [ln.text for ln in chars_to_lines(taken)] == ["< 2025년 축제 개막공연 >"]


def test_a_line_across_the_foot_of_a_photo_is_one_line() -> None:
    """A line of text that runs on under a photo, its words a space apart, is no caption:
    it stays whole (so does a caption with no text level with it, and a page with no
    photo)."""
    words = "○ 사업내용 : 수변 야외공연장 조성 및 주변 산책로 정비 사업 추진"
    line = _glyphs(words, 60.0, 320.0, 10.5, 10.5)
    rest, taken = picture_captions(line, [_PHOTO])
    assert taken == [] and len(rest) == len(line)
    caption = _glyphs("< 수변 야외공연장 배치도 >", 384.0, 326.5, 9.5, 7.0)
    assert picture_captions(caption, []) == (caption, [])


_FACILITIES = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1국 4과 16팀
 2. 인력 및 예산
                                         (’26. 1. 1. 기준, 단위 : 명, 천원)
    구    분         정 원   현 원  과부족     2026년 예산
    계                  77      74      △3      53,569,855
    환경정책과          32      31      △1      12,340,215
    대기질관리과        45      43      △2      41,229,640
 3. 주요 환경기초시설 현황
                                                  (단위 : {units})
    구    분             시설수   처리용량(톤/일)     운영비
    계                        3             900       26,830
    소각시설                  2             600       21,350
    생활폐기물 적환장         1             300        5,480

Ⅱ. 2026년 주요업무 추진계획
 1. 깨끗한 도시
  가. 미세먼지 저감 (대기질관리과)
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사 업 비 : 1,250백만원 (시비 100%)
"""


@pytest.mark.parametrize("units", ["개소, 백만원", "백만원, 개소"])
def test_a_caption_that_lists_a_count_unit_and_a_money_unit(units: str) -> None:
    """`(단위 : 개소, 백만원)` over `시설수 | 처리용량(톤/일) | 운영비`: 시설수 counts 개소,
    운영비 is 백만원, 처리용량 its own 톤/일, whichever unit the caption lists first (the
    first had been every column's: 21,350 개소, or 2 facilities 2,000,000원); a list of
    facilities, each with what it costs to run, is no budget.  `(… 단위 : 명, 천원)` over
    `정 원 | 현 원 | 과부족 | 2026년 예산`: people, and a budget in 천원 (it had been
    186,450,000명)."""
    report = _text(_FACILITIES.format(units=units))
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert (cells[("소각시설", "시설수")].value_kind, cells[("소각시설", "시설수")].unit) == (
        "count", "개소"
    )
    assert cells[("소각시설", "운영비")].value_krw == 21_350_000_000
    assert cells[("소각시설", "처리용량(톤/일)")].unit == "톤/일"
    assert cells[("소각시설", "처리용량(톤/일)")].value_krw is None
    assert cells[("환경정책과", "정원")].unit == "명"
    assert cells[("환경정책과", "과부족")].unit == "명"
    assert [(b.unit, b.amount_krw) for b in report.budget_lines] == [
        ("계", 53_569_855_000), ("환경정책과", 12_340_215_000), ("대기질관리과", 41_229_640_000),
    ]  # fmt: skip


def test_a_count_of_times_under_a_caption_that_lists_people_and_times() -> None:
    """`(단위 : 명, 회)` over `위원수 | ’25 개최 횟수`: the meetings in 회 (they had been
    people, the caption's first unit)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1국 4과 16팀\n"
        " 2. 위원회 운영 현황\n                                      (단위 : 명, 회)\n"
        "   위원회명                  위원수      ’25 개최 횟수\n"
        "   문화예술진흥위원회            15               4\n"
        "   관광진흥위원회                12               3\n"
    )
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert cells[("관광진흥위원회", "위원수")].unit == "명"
    assert cells[("관광진흥위원회", "’25 개최 횟수")].unit == "회"


def test_a_waterworks_headquarters_of_divisions_named_bu() -> None:
    """A 상수도사업본부 of 부 and 사업소 under `부·사업소 | 팀 수 | 팀 명`: its 부 are
    divisions with their teams (the table had not been read: 부 was no kind of unit of a
    joined header, and each 부 was a bureau); a card titled `… 정비 (시설부)` is 시설부's,
    and `상수도사업 특별회계` is one account, 상수도사업특별회계 (not 특별회계)."""
    rows = [
        ["부·사업소", "팀 수", "팀 명"],
        ["경영부", "2", "경영지원팀, 요금관리팀"],
        ["시설부", "2", "시설계획팀, 관로공사팀"],
        ["월곡정수사업소", "1", "정수운영팀"],
    ]
    report = _hwpx(
        p("은결시 상수도사업본부"), p("2026년 주요업무보고"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조    직 : 2부 1사업소 5팀"), p(_table(rows)),
        p("2. 예산"), p("□ 2026년 상수도사업 특별회계 예산 : 202,890백만원"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 안전한 수돗물 공급"),
        p("가. 노후 상수관로 정비 (시설부)"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 5,000백만원 (시비 5,000)"),
    )  # fmt: skip
    levels = {u.name: (u.level, u.parent) for u in report.organization}
    assert levels["경영부"] == ("division", "상수도사업본부")
    assert levels["시설부"] == ("division", "상수도사업본부")
    assert levels["관로공사팀"] == ("team", "시설부")
    (project,) = report.projects
    assert (project.title, project.division) == ("노후 상수관로 정비", "시설부")
    assert "budget.total.상수도사업특별회계" in {t.key for t in report.stated_totals}


@pytest.mark.parametrize(
    ("caption", "rows", "expected"),
    [
        # (counts first: a column that names neither counts, 시정 beside 지적건수)
        ("(단위 : 건, 천원)",
         [["기 관", "지적건수", "시 정", "주 의", "회수·추징액(천원)"],
          ["한솔도시공사", "31", "14", "13", "512,300"],
          ["가온시설공단", "17", "9", "8", "101,200"]],
         {"지적건수": "건", "시정": "건", "주의": "건", "회수·추징액(천원)": "천원"}),
        # (each count unit its column, 천㎡ a count with its multiplier; 가액 money)
        ("(’25. 12. 31. 기준, 단위 : 건, 천㎡, 백만원)",
         [["구 분", "건 수", "면 적", "가 액"],
          ["토 지", "9,315", "40,873.1", "862,410"],
          ["건 물", "527", "383.2", "322,120"]],
         {"건수": "건", "면적": "천㎡", "가액": "백만원"}),
        # (sources of money beside a count with its own unit)
        ("(단위 : 명, 백만원)",
         [["시 군", "대상(명)", "사업비(백만원)", "도 비", "시군비"],
          ["한빛시", "4,800", "1,257", "377", "880"],
          ["청솔시", "3,100", "884", "265", "619"]],
         {"대상(명)": "명", "사업비(백만원)": "백만원", "도비": "백만원", "시군비": "백만원"}),
    ],
)  # fmt: skip
def test_the_unit_of_each_column_under_a_list_of_units(
    caption: str, rows: list[list[str]], expected: dict[str, str]
) -> None:
    """Each column's unit where the caption lists counts and money: a header of money
    (비, 금, 액, 예산) is money, one that counts (…수) counts, one that says neither is of
    the kind listed first."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조    직 : 1국 4과 16팀"), p("2. 현황"),
        p(caption), p(_table(rows)),
    )  # fmt: skip
    units = {
        "".join(c.col_header.split()): c.unit
        for c in report.table_cells if not c.is_header and c.col > 0
    }  # fmt: skip
    assert units == expected


def _row(row: int, *texts: str) -> list[TableCell]:
    return [TableCell(row, col, 1, 1, t) for col, t in enumerate(texts)]


_ABOVE = [
    *_row(0, "부 서", "세부사업", "2026년", "2025년"),
    *_row(1, "도로계획과", "가온대로 확장 공사", "15,800,000", "12,400,000"),
    *_row(2, "도로계획과", "간선도로 및 이면도로 노후 포장", "6,200,000", "6,450,000"),
]


def test_a_row_a_page_break_cut_with_no_number_is_one_row() -> None:
    """`간선도로 및 이면도로 노후 포장` at the foot of a page, `유지보수` alone at the top of
    the next under the repeated header, the amounts empty that every other row fills: one
    row (the rest had been a row of its own, its words lost)."""
    more = [*_row(3, "", "유지보수", "", ""), *_row(4, "교통과", "보도 정비", "3,400", "2,950")]
    above, below, cut = rejoin_unfilled_row(list(_ABOVE), more, 3, 1)
    assert cut == 1
    assert [c.text for c in above if c.row == 2][1] == "간선도로 및 이면도로 노후 포장 유지보수"
    assert {c.row for c in below} == {3} and [c.text for c in below][1] == "보도 정비"


@pytest.mark.parametrize(
    ("head", "next_row"),
    [
        # (a figure: a row of its own)
        (("", "유지보수", "1,200", ""), ("교통과", "보도 정비", "3,400", "2,950")),
        # (no column every other row fills: the row after it leaves the amounts empty too)
        (("교통과", "유지보수", "", ""), ("교통과", "보도 정비", "", "")),
    ],
)
def test_a_row_of_its_own_at_the_top_of_a_page_stays(
    head: tuple[str, ...], next_row: tuple[str, ...]
) -> None:
    """A row at the top of the next page that states a figure, or leaves empty no column
    every other row fills, is a row of its own."""
    more = [*_row(3, *head), *_row(4, *next_row)]
    assert rejoin_unfilled_row(list(_ABOVE), more, 3, 1)[2] == 0


def test_a_findings_number_at_the_head_of_its_cell() -> None:
    """`7. 버스정류소 …` in the 지적사항 cell of a table with no column of numbers: finding
    7's words without its number (it had been kept in them)."""
    rows = [
        ["지적사항", "조치결과", "처리상태"],
        ["1. 준공영제 재정지원금 검증 미흡", "- 외부 회계법인 검증 실시", "완료"],
        ["2. 무인단속카메라 설치 편중", "- 설치 우선순위 기준 마련", "추진중"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조    직 : 1국 4과 16팀"),
        p("Ⅲ. 2025년 행정사무감사 처리결과"), p(_table(rows)),
    )  # fmt: skip
    assert [(f.no, f.finding) for f in report.audit_findings] == [
        (1, "준공영제 재정지원금 검증 미흡"), (2, "무인단속카메라 설치 편중"),
    ]  # fmt: skip


# --- round sixteen: legislation, negatives, qanda, wordpdf, and a borderless table ----------


def _run(text: str, x0: float, top: float, size: float = 9.5) -> list[Glyph]:
    out, x = [], x0
    for ch in text:
        width = 8.9 if "가" <= ch <= "힣" else 5.8 if ch.isdigit() else 2.6
        out.append(Glyph(ch, x, x + width, top, top + size, size))
        x += width
    return out


def test_a_table_drawn_with_no_rules_is_no_two_columns_of_text() -> None:
    """`부·사업소   팀 수 | 팀 명` over `경영부   3 | 경영지원팀, …` (a PDF's table with no
    rules): each side holds a column of its own, so the rows are no zone of two columns of
    text (its right column had been read after the left, the teams apart from their 부)."""
    table = [
        ("부·사업소", "팀 수", "팀 명"), ("경영부", "3", "경영지원팀, 요금관리팀, 고객지원팀"),
        ("급수부", "3", "급수운영팀, 관망관리팀, 유수율관리팀"),
        ("시설부", "3", "시설계획팀, 관로공사팀, 기전설비팀"),
        ("월곡정수사업소", "2", "정수운영팀, 수질검사팀"),
        ("남부수도사업소", "2", "급수관리팀, 누수복구팀"),
    ]  # fmt: skip
    rows = []
    for i, (unit, count, teams) in enumerate(table):
        top = 157.4 + i * 10.9
        left = 105.6 if i == 0 else 111.4 if len(unit) == 3 else 93.6
        rows.append(
            _run(unit, left, top) + _run(count, 193.9 if i == 0 else 201.3, top)
            + _run(teams, 366.9 if i == 0 else 229.7, top)
        )  # fmt: skip
    assert text_columns(rows) == []


_LEGISLATION = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1과 4팀

Ⅱ. 2026년 주요업무 추진계획
 1. 안전한 도로
  가. 교량 보수·보강 (도로팀)
   ○ 사업기간 : 2026. 3. ~ 11.
   ○ 사 업 비 : 800백만원 (군비 800)
   ○ 추진일정
     - ’26. 5.~10. : 보수·보강 공사 (우기 7~8월 제외)
     - ’26. 11.    : 준공 및 정기점검 실시

 2. 조례·규칙 제·개정 계획
  ○ 재난안전·도로 분야 자치법규 2건 정비
  ┌──────┬──────────────────────────────────┬────────────────────────────────┬──────────┐
  │ 연번 │ 조  례  명                       │ 주  요  내  용                 │ 추진시기 │
  ├──────┼──────────────────────────────────┼────────────────────────────────┼──────────┤
  │ 1    │ 솔내군 재난 및 안전관리 기본조례 │ 안전관리위원회 위원 구성 조정  │ ’26. 3.  │
  ├──────┼──────────────────────────────────┼────────────────────────────────┼──────────┤
  │ 2    │ 솔내군 도로 점용료 징수 조례     │ 점용료 감면 대상 확대          │ ’26. 6.  │
  └──────┴──────────────────────────────────┴────────────────────────────────┴──────────┘
"""


def test_a_plans_list_of_ordinances_is_no_project() -> None:
    """`2. 조례·규칙 제·개정 계획` over a table of ordinances and when each is amended: no
    project, its dates no steps of one (it had been a project of two steps); a step's
    `(우기 7~8월 제외)` as printed (it had been `7월~8월`)."""
    report = _text(_LEGISLATION)
    assert [p.title for p in report.projects] == ["교량 보수·보강"]
    assert [s.task for s in report.schedules] == [
        "보수·보강 공사 (우기 7~8월 제외)", "준공 및 정기점검 실시",
    ]  # fmt: skip


def test_a_cost_over_its_shares_then_what_the_card_does() -> None:
    """`○ 사 업 비 : 9,800백만원` over `- 국비 4,900백만원, …`, then `○ 사업내용 : …`: the
    summary is what the card does (it had been empty: the 사업내용 line taken into the
    cost's lines as a block's)."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 스마트농업 확산"),
        p("가. 스마트팜 ICT 융복합 확산 (농업정책과)"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 9,800백만원"),
        p("- 국비 4,900백만원, 도비 1,470백만원, 시군비 3,430백만원"),
        p("○ 사업내용 : 시설원예·축산 ICT 장비 보급 (140농가)"),
        p("○ 추진일정"), p("- ’26. 2. : 사업대상자 선정"), p("- ’26. 3.~11. : 장비 설치"),
    )  # fmt: skip
    (project,) = report.projects
    assert project.summary == "시설원예·축산 ICT 장비 보급 (140농가)"
    assert project.cost_krw == 9_800_000_000


@pytest.mark.parametrize(
    ("texts", "sign"),
    [
        # (the later year first: the larger first figure an increase)
        (["구 분 2026년 예산 2025년 예산 증 감 증감률", "계 3,412,880 3,398,215 ▲14,665 ▲0.4"], 1),
        (["구 분 2025년 예산 2026년 예산 증 감", "계 3,412,880 3,398,215 ▲14,665"], -1),
        # (▽ set on a figure marks the decreases: ▲ the increases)
        (["계 3,412,880 3,398,215 ▲14,665", "세정담당관 68,920 78,645 ▽9,725"], 1),
    ],
)
def test_which_way_the_triangle_points_under_a_header_of_years(
    texts: list[str], sign: int
) -> None:
    """A spreadsheet's ▲ beside ▽ under `2026년 예산 | 2025년 예산`: an increase (it had been
    read as a fall, last year taken as the first column)."""
    assert triangle_sign(texts) == sign


_SUMMARY_THEN_FINDINGS = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 2담당관 1과 12팀
 2. 예산
                                                  (단위 : 백만원, %)
   구 분         2026년 예산   2025년 예산     증 감    증감률
   계              3,451,430     3,436,765    14,665       0.4
   예산담당관      3,412,880     3,398,215    14,665       0.4
   회계재산과         38,550        38,550         0       0.0

Ⅲ. 2025년 행정사무감사 처리결과
  □ 총 3건 : 완료 2건, 추진중 1건
                                                         (단위 : 건)
   구 분        계    시정요구    처리요구    건 의
   건 수        3        1           1          1
   완 료        2        1           1          -
   추진중       1        -           -          1
   연번  구 분      지 적 사 항                  소관부서      조 치 결 과            처리상황
   1     시정요구   체납액 징수율 저조            세정담당관    전담반 확대 편성        완료
   2     처리요구   집행잔액 과다 발생            예산담당관    집행 점검 강화          완료
   3     건 의      세입 추계 정확도 제고         예산담당관    추계 모형 개선 중       추진중
"""


def test_a_summary_of_findings_right_over_the_findings_table() -> None:
    """`구 분 | 계 | 시정요구 | …` over `건 수`, `완 료`, `추진중`, the findings' header
    right under it: the summary ends there (it had been a row of no figures, the summary
    lost)."""
    report = _text(_SUMMARY_THEN_FINDINGS)
    rows = {r.category_raw: (r.total, r.completed, r.in_progress) for r in report.audit_summary}
    assert rows["시정요구"] == (1, 1, 0) and rows["건의"] == (1, 0, 1)
