"""Forms of the genre met in an eleventh round of reports (a 군's text export with tabs, a
council's secretariat, a 도시공사, a 교육지원청, a 소방본부, a research institute): what each
must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.test_other_reports import _text
from tests.test_probed import failed

HEAD = "2026년 주요업무보고\n한빛시 문화국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n"
PLAN = "Ⅱ. 주요업무 추진계획\n 1. 문화 행사\n  ○ 사업비 : 100백만원\n"


def test_a_teams_duties_after_its_name_and_a_colon() -> None:
    """"○ 경제정책팀 : 물가안정 관리, 소상공인 지원": the team's duties, each a row (none had
    been read: only a name alone on its line over bulleted duties was)."""
    report = _text(
        "2025년 주요업무계획\n청솔군 경제환경과\n\nⅠ. 일반현황\n"
        " 1. 조직 : 1과 2팀 (경제정책팀, 일자리팀)\n"
        " 2. 팀별 주요업무\n  ○ 경제정책팀 : 지역경제 활성화 시책 총괄, 물가안정 관리\n"
        "  ○ 일자리팀 : 일자리 종합계획 수립, 청년 창업 및\n    일자리 지원\n"
        "Ⅱ. 주요업무 추진계획\n 1. 일자리 창출\n  ○ 사업비 : 100백만원\n"
    )
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("경제정책팀", 1, "지역경제 활성화 시책 총괄"), ("경제정책팀", 2, "물가안정 관리"),
        ("일자리팀", 1, "일자리 종합계획 수립"), ("일자리팀", 2, "청년 창업 및 일자리 지원"),
    ]  # fmt: skip


CARD = (
    "Ⅱ. 주요업무 추진계획\n 1. 시민과 함께\n   가. 의정활동 지원 (의정담당관)\n    □ 사업개요\n"
    "      ○ 사업기간 : 2026. 1.~12.\n      ○ 사 업 비 : 5,612,840천원 (시비 100%)\n"
)


def test_a_plans_block_of_dated_lines_gives_the_cards_steps() -> None:
    """"□ 추진계획" over "- ’26. 2.~3. : 공모 및 선정" in a card with no 추진일정 block: its
    steps (a step over before the plan's year a step done; a year's amount no step)."""
    report = _text(
        HEAD + CARD + "    □ 추진계획\n      - ’25. 11. : 수요조사\n"
        "      - ’26. 2.~3. : 의원 연구단체 공모 및 선정\n      - ’26. 11. : 성과 발표회 개최\n"
        "      ※ 2026년 투자계획 : 1,285백만원 (공사비 964, 보상비 321)\n"
    )
    steps = [(s.project_id, s.task, s.raw) for s in report.schedules]
    assert steps == [
        ("1-1", "의원 연구단체 공모 및 선정", "’26. 2.~3."),
        ("1-1", "성과 발표회 개최", "’26. 11."),
    ]  # fmt: skip
    assert [(d.task, str(d.start)) for d in report.progress] == [("수요조사", "2025-11-01")]


def test_a_plans_block_told_in_words_gives_no_steps() -> None:
    """A 추진계획 block whose items are mostly undated tells the plan in words: no step (nor
    where the card has a 추진일정 block of its own: its steps are there)."""
    words = _text(
        HEAD + CARD + "    □ 추진계획\n      ○ 연구단체 지원 확대\n      ○ 교육과정 개편 추진\n"
        "      ○ 성과 공유회 개최(’26. 11.)\n"
    )
    assert words.schedules == []
    both = _text(
        HEAD + CARD + "    □ 추진계획\n      - ’26. 2. : 공모\n    □ 추진일정\n"
        "      ○ 연구단체 선정 : ’26. 3.\n"
    )
    assert [s.task for s in both.schedules] == ["연구단체 선정"]


def test_an_events_organising_team_is_its_division() -> None:
    """A table of events (its cells parted by tabs) headed "주관팀": each event's division."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 일자리 창출\n  ○ 사업비 : 100백만원\n"
        "Ⅲ. 2025년 주요행사 일정\n\n연번\t행  사  명\t일  시\t장  소\t주관팀\n"
        "1\t청솔 일자리 박람회\t'25. 4. 17.\t군민체육관\t일자리팀\n"
        "2\t청솔 전통시장 가을축제\t'25. 10. 3.~10. 5.\t청솔시장\t경제정책팀\n"
    )
    assert [(e.event, e.division) for e in report.events] == [
        ("청솔 일자리 박람회", "일자리팀"), ("청솔 전통시장 가을축제", "경제정책팀"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("2025년 행정사무감사 지적사항 처리결과", "행정사무감사"),
        ("Ⅵ. 2024년 행정사무감사 처리결과", "행정사무감사"),
        ("가. 군정질문", "군정질문"),
        ("민간위탁 감사(점검) 실시 결과보고", "민간위탁 감사"),
        ("민간위탁 감사실시 결과 보고", "민간위탁 감사"),
        ("시 감사위원회 종합감사 결과", "시 감사위원회 종합감사"),
        ("2024년 감사원 감사 주요 지적사항", "감사원 감사"),
    ],
)
def test_a_findings_source_is_the_proceeding_its_title_names(title: str, source: str) -> None:
    """The source of findings stacks across reports and years: the proceeding's word, else
    the title without its year, brackets and what is reported of it (it had been the
    title as printed, "2025년 행정사무감사 지적사항 처리결과")."""
    from extract.parse.audit_words import source_name

    assert source_name(title) == source


def test_a_category_heading_right_under_a_findings_status_line() -> None:
    """"< 처리요구 : 1건 >" on the line right under "○ 처리상황 : 완료" in a text export: a
    heading over the findings after it, which take its category (it had been the status
    line's wrap: "완료 < 처리요구 : 1건 >", and no finding had a category)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 일자리 창출\n  ○ 사업비 : 100백만원\n"
        "Ⅲ. 2025년 행정사무감사 처리결과\n 1. 세부 처리내용\n   < 시정요구 : 1건 >\n"
        "   ① 대관 심사 공정성 확보 (문화예술과)\n     ○ 지적사항 : 심사위원 편중\n"
        "     ○ 조치결과 : 인력풀 확대\n     ○ 처리상황 : 완료\n   < 처리요구 : 1건 >\n"
        "   ② 안내소 운영 개선 (관광진흥과)\n     ○ 지적사항 : 이용객 저조\n"
        "     ○ 조치결과 : 이동형 전환 추진\n     ○ 처리상황 : 추진중\n"
    )
    got = [(f.no, f.category_raw, f.status_raw) for f in report.audit_findings]
    assert got == [(1, "시정요구", "완료"), (2, "처리요구", "추진중")]


BUDGET = (
    "Ⅰ. 일반현황\n 1. 조직 : 1국 2과\n 2. 예산현황\n"
    "                              (단위 : 천원, %)\n"
    "    구        분       2025년 예산  2026년 예산     증  감  증감률\n"
    "    합        계         1,482,350    2,125,120    642,770    43.4\n"
    "    의회운영               872,350      885,120     12,770     1.5\n"
    "      의정활동 지원        540,260      561,280     21,020     3.9\n"
    "      의원 역량강화        332,090      323,840    △8,250    △2.5\n"
    "    의정 디지털 전환             -      620,000    620,000    순증\n"
    "      스마트 의정 플랫폼          -      620,000    620,000    순증\n"
    "    행정운영경비           610,000      620,000     10,000     1.6\n"
)


def test_a_new_items_rate_written_as_a_word_and_a_group_of_one_row() -> None:
    """"- | 620,000 | 620,000 | 순증": the rate of an item new this year, no figure (it had
    ended the table, the rows after it named "순증 …"); "의정 디지털 전환" set over one deeper
    row that adds up to it is that row's group, so the rows add up to the total (the check
    had failed, the 620,000 counted twice)."""
    report = _text("2026년 주요업무보고\n한빛시의회 사무처\n\n" + BUDGET)
    got = [(b.unit, b.is_total, b.budget_krw, b.change_pct) for b in report.budget_summary]
    assert got == [
        ("계", True, 2_125_120_000, 43.4), ("의회운영", True, 885_120_000, 1.5),
        ("의정활동 지원", False, 561_280_000, 3.9), ("의원 역량강화", False, 323_840_000, -2.5),
        ("의정 디지털 전환", True, 620_000_000, None),
        ("스마트 의정 플랫폼", False, 620_000_000, None),
        ("행정운영경비", False, 620_000_000, 1.6),
    ]  # fmt: skip
    assert not failed(report) and not report.warnings


def test_a_titles_units_before_its_status_mark() -> None:
    """"다. 스마트 의정 플랫폼 구축 (의사담당관) 【신규】": the division is the bracket's, the
    title without it, the mark a tag (the bracket had stayed in the title, no division)."""
    report = _text(
        HEAD
        + CARD.replace("의정활동 지원 (의정담당관)", "스마트 의정 플랫폼 (의사담당관) 【신규】")
    )
    assert [(x.title, x.division, x.tags) for x in report.projects] == [
        ("스마트 의정 플랫폼", "의사담당관", "신규"),
    ]


def test_a_unit_named_by_its_kind_among_the_divisions_duties() -> None:
    """"□ 전문위원실" under the mark of the divisions before it, though the chart names its
    offices one by one: a division of its own, not a duty of the one before it."""
    report = _text(
        "2026년 주요업무보고\n한빛시의회 사무처\n\nⅠ. 일반현황\n"
        " 1. 조직 : 1처 2담당관\n  ○ 담당관(2) : 의정담당관, 입법담당관\n"
        " 2. 부서별 주요기능\n  □ 의정담당관\n   ○ 인사·예산 관리\n  □ 입법담당관\n"
        "   ○ 조례 입법 지원\n  □ 전문위원실\n   ○ 소관 위원회 안건 검토\n"
        "Ⅱ. 주요업무 추진계획\n 1. 일자리 창출\n  ○ 사업비 : 100백만원\n"
    )
    assert [(f.division, f.function) for f in report.functions] == [
        ("의정담당관", "인사·예산 관리"), ("입법담당관", "조례 입법 지원"),
        ("전문위원실", "소관 위원회 안건 검토"),
    ]  # fmt: skip


def _sources_table(misprint: bool = False) -> str:
    """A budget table whose 2026 column is split by source under a second header row."""
    from tests.hwpx_maker import cell, p, tbl

    rows = [
        ["계", "294,226", "312,456", "71,300", "241,156", "18,230", "6.2"],
        ["일반회계", "232,106", "245,836", "4,680", "241,156", "13,730", "5.9"],
        ["소방안전교부세", "62,120", "66,620", "66,620" if not misprint else "66,520", "-",
         "4,500", "7.2"],
    ]  # fmt: skip
    head = [
        cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("2025년 예산"), rs=2),
        cell(0, 2, p("2026년 예산"), cs=3), cell(0, 5, p("증 감"), rs=2),
        cell(0, 6, p("증감률(%)"), rs=2),
        cell(1, 2, p("계")), cell(1, 3, p("국 비")), cell(1, 4, p("도 비")),
    ]  # fmt: skip
    body = [cell(r + 2, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return tbl(5, 7, [*head, *body])


def _fire(table: str) -> Report:
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx

    return _hwpx(
        p("2026년 주요업무계획"), p("한솔도 소방본부"), p("Ⅰ. 일반현황"), p("1. 조직 : 4과"),
        p("2. 예 산"), p("(단위 : 백만원)"), p(table),
        p("Ⅱ. 주요업무 추진계획"), p("1. 119 구급 고도화"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip


def test_a_years_column_split_by_source_gives_the_summary_and_the_sources() -> None:
    """"2026년 예산" over "계 | 국 비 | 도 비" beside "2025년 예산" alone: each row's summary
    from the two years' 계 (it had been read as a line of six figures, "계국비도비계" its
    label, five checks failed), and each source's amount its source, no item."""
    report = _fire(_sources_table())
    got = [(s.unit, s.prev_budget_krw, s.budget_krw, s.change_krw, s.change_pct)
           for s in report.budget_summary]  # fmt: skip
    assert got == [
        ("계", 294_226_000_000, 312_456_000_000, 18_230_000_000, 6.2),
        ("일반회계", 232_106_000_000, 245_836_000_000, 13_730_000_000, 5.9),
        ("소방안전교부세", 62_120_000_000, 66_620_000_000, 4_500_000_000, 7.2),
    ]  # fmt: skip
    shares = [(b.account, b.item, b.source, b.amount_krw) for b in report.budget_lines
              if b.source and b.unit != "계"]  # fmt: skip
    assert shares == [
        ("일반회계", None, "국비", 4_680_000_000), ("일반회계", None, "도비", 241_156_000_000),
        (None, "소방안전교부세", "국비", 66_620_000_000), (None, "소방안전교부세", "도비", 0),
    ]  # fmt: skip
    assert not failed(report)


def test_a_misprinted_source_fails_its_rows_and_its_columns_check() -> None:
    """A source's figure that does not add up, its 계 and the total unchanged: both the
    row's sources (budget_lines.sources) and the column down the rows fail (no check had
    looked at the sources of a table the 예산현황 checks cover)."""
    codes = {c.split(":")[0] for c in failed(_fire(_sources_table(misprint=True)))}
    assert codes == {"budget_lines.sources", "budget_lines.items"}


def test_a_table_of_research_projects() -> None:
    """"과제명 | 연구기간 | 연구비(천원) | 책임연구원": each row a project, its period and
    cost (the rows had been one item's schedule steps, no project of their own)."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    table = _table([
        ["연번", "과제명", "연구기간", "연구비(천원)", "책임연구원"],
        ["1", "생활권계획 실행전략 연구", "’26. 1.~12.", "180,000", "김○○"],
        ["2", "역세권 고밀개발 관리방안", "’26. 2.~10.", "95,000", "이○○"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("해솔시정연구원"), p("Ⅰ. 일반현황"), p("1. 조직 : 3실"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 2026년 연구과제 추진계획"), p(table),
    )  # fmt: skip
    got = [(x.project_id, x.title, str(x.period_start), str(x.period_end), x.cost_krw)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "생활권계획 실행전략 연구", "2026-01-01", "2026-12-31", 180_000_000),
        ("1-2", "역세권 고밀개발 관리방안", "2026-02-01", "2026-10-31", 95_000_000),
    ]  # fmt: skip
    assert report.schedules == []


def _audit(*tables: str, kinds: str = "처분요구") -> Report:
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx

    return _hwpx(
        p("2026년 주요업무보고"), p("해솔시정연구원"), p("Ⅰ. 일반현황"), p("1. 조직 : 3실"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 연구 역량 강화"), p("○ 사업비 : 100백만원"),
        p("Ⅲ. 2025년 행정사무감사 처리결과"), *(p(t) for t in tables),
    )  # fmt: skip


def test_a_summarys_row_of_counts_is_no_header_of_findings() -> None:
    """"구 분 | 계 | 시 정 | 주 의" over "지적건수 | 8 | …" and the statuses' rows: the
    summary, no findings (its 완료 and 추진중 rows had been findings 1 and 2); a row across
    the findings table that names a measure, "< 시정 : 1건 >", their category."""
    from tests.hwpx_maker import cell, p, tbl
    from tests.test_other_reports import _table

    summary = _table([
        ["구 분", "계", "시 정", "주 의"], ["지적건수", "2", "1", "1"],
        ["완 료", "1", "1", "-"], ["추진중", "1", "-", "1"],
    ])  # fmt: skip
    rows = [
        ["연번", "지 적 사 항", "조 치 결 과", "처리상태"], ["< 시정 : 1건 >"],
        ["1", "수의계약 사유 검토 부적정", "지침 개정", "완료"],
        ["< 주의 : 1건 >"], ["2", "중간보고 지연", "알림 기능 도입", "추진중"],
    ]  # (a row of one cell across the table)
    findings = tbl(len(rows), 4, [
        cell(r, c, p(text), cs=4 if len(row) == 1 else 1)
        for r, row in enumerate(rows) for c, text in enumerate(row)
    ])  # fmt: skip
    report = _audit(summary, findings)
    got = [(f.no, f.finding, f.category, f.category_raw) for f in report.audit_findings]
    assert got == [(1, "수의계약 사유 검토 부적정", "correction", "시정"),
                   (2, "중간보고 지연", "other", "주의")]  # fmt: skip


def test_a_measures_column_in_its_short_form() -> None:
    """"처분요구" cells "시정", "처리", "건의": 처리 is the short form of 처리요구 (it had
    given no category)."""
    from tests.test_other_reports import _table

    findings = _table([
        ["연번", "지적사항", "처분요구", "조치결과", "처리상태"],
        ["1", "장비 점검 소홀", "시정", "점검 완료", "완료"],
        ["2", "교육 이수 관리 미흡", "처리", "관리대장 정비", "완료"],
    ])  # fmt: skip
    got = [(f.category, f.category_raw) for f in _audit(findings).audit_findings]
    assert got == [("correction", "시정"), ("correction", "처리")]


def test_units_an_official_has_in_charge_are_the_tops() -> None:
    """"○ 부원장 소관 : 도시공간연구실, 데이터정책센터": the 부원장 is an official, no unit;
    the units are the top's, as "원장 직속 : …" lists them (a unit "부원장소관" had been
    made, the units under it)."""
    from extract.parse.org_boxes import units_under

    assert units_under("○ 부원장 소관 : 도시공간연구실, 데이터정책센터") == (
        None, ["도시공간연구실", "데이터정책센터"],
    )  # fmt: skip
    assert units_under("○ 경영기획본부 : 경영지원팀, 기획예산팀") == (
        "경영기획본부", ["경영지원팀", "기획예산팀"],
    )  # fmt: skip


STAFF = """\
2026년 주요업무보고
솔뫼교육지원청

Ⅰ. 일반현황
 1. 조    직
  ○ 기    구 : 2과 3팀

                              교 육 장

    - 초등교육지원과(2팀) : 초등교육팀, 유아교육팀
    - 행정지원과(1팀) : 총무팀

 2. 인    력
                                                (2026. 1. 1. 기준, 단위 : 명)
   ┌───────┬─────────┬─────┬─────┐
   │    직  종    │     직    렬     │  정  원  │  현  원  │
   ├───────┴─────────┼─────┼─────┤
   │            합    계             │        10│         9│
   ├───────┬─────────┼─────┼─────┤
   │  교육전문직  │     소    계     │         3│         3│
   │              ├─────────┼─────┼─────┤
   │              │     장 학 사     │         3│         3│
   ├───────┼─────────┼─────┼─────┤
   │   교    원   │     소    계     │         2│         2│
   │              ├─────────┼─────┼─────┤
   │              │   전문상담교사   │         2│         2│
   ├───────┼─────────┼─────┼─────┤
   │   일 반 직   │     소    계     │         5│         4│
   │              ├─────────┼─────┼─────┤
   │              │     교육행정     │         5│         4│
   └───────┴─────────┴─────┴─────┘

Ⅱ. 주요업무 추진계획
 1. 기초학력 보장
  ○ 사업비 : 100백만원
"""


def test_teachers_are_a_form_of_employment_and_each_forms_subtotal_a_total() -> None:
    """교원 beside 교육전문직 and 일반직 is a form of employment (it had been a grade, its
    소계 lost, the forms' check failed); each form's 소계 is a sum of rows, is_total (the
    rows that are not totals add up to the 합계); the 교육장 over the chart is its head,
    no team."""
    report = _text(STAFF)
    got = [(s.employment, s.grade, s.is_total, s.authorized) for s in report.staffing]
    assert got == [
        (None, None, True, 10),
        ("교육전문직", None, True, 3), ("교육전문직", "장학사", False, 3),
        ("교원", None, True, 2), ("교원", "전문상담교사", False, 2),
        ("일반직", None, True, 5), ("일반직", "교육행정", False, 5),
    ]  # fmt: skip
    parts = sum(s.authorized or 0 for s in report.staffing if not s.is_total)
    assert parts == 10 and not failed(report)
    assert "교육장" not in [u.name for u in report.organization]


def test_the_expenditure_table_after_the_templates_revenue_table() -> None:
    """A 세입 table the template reads ("구 분 | 2026년 예산(A) | …") and after it a 세출
    table headed "정 책 사 업": the second is read wide (its rows had given no summary: the
    template stopped at its header, and its rows kept the wide view off)."""
    report = _text(
        "2026년 주요업무보고\n솔뫼교육지원청\n\nⅠ. 일반현황\n 1. 조직 : 2과\n 2. 예    산\n"
        "  가. 세    입\n                                   (단위 : 천원, %)\n"
        "   ┌────────┬──────┬──────┬─────┬───┐\n"
        "   │ 구   분 │ 2026년 예산 │ 2025년 예산 │ 증 감 │ 증감률 │\n"
        "   ├────────┼──────┼──────┼─────┼───┤\n"
        "   │   계   │  1,000 │    900 │   100 │ 11.1 │\n"
        "   ├────────┼──────┼──────┼─────┼───┤\n"
        "   │ 교육부 이전수입 │    800 │    720 │    80 │ 11.1 │\n"
        "   │  자 체 수 입  │    200 │    180 │    20 │ 11.1 │\n"
        "   └────────┴──────┴──────┴─────┴───┘\n"
        "  나. 세    출\n                                   (단위 : 천원, %)\n"
        "   ┌────────┬──────┬──────┬─────┬───┐\n"
        "   │ 정 책 사 업 │ 2026년 예산 │ 2025년 예산 │ 증 감 │ 증감률 │\n"
        "   ├────────┼──────┼──────┼─────┼───┤\n"
        "   │   계   │  1,000 │    900 │   100 │ 11.1 │\n"
        "   ├────────┼──────┼──────┼─────┼───┤\n"
        "   │ 인적자원운용 │    600 │    500 │   100 │ 20.0 │\n"
        "   │ 교육복지지원 │    400 │    400 │     - │    - │\n"
        "   └────────┴──────┴──────┴─────┴───┘\n"
        "Ⅱ. 주요업무 추진계획\n 1. 기초학력 보장\n  ○ 사업비 : 100백만원\n"
    )
    got = [(s.side, s.unit, s.budget_krw) for s in report.budget_summary]
    assert got[-3:] == [
        ("expenditure", "계", 1_000_000), ("expenditure", "인적자원운용", 600_000),
        ("expenditure", "교육복지지원", 400_000),
    ]  # fmt: skip
    assert len(got) == 6 and not failed(report)


def test_a_units_name_that_opens_with_latin_letters() -> None:
    """"(Wee센터)" closing a title names its division, as "(교육복지센터)" does."""
    from extract.unit_names import closing_units

    assert closing_units("위기학생 통합지원 (Wee센터)") == ("위기학생 통합지원", ["Wee센터"])


def test_a_row_of_rates_is_not_added_across() -> None:
    """"증감률(%) | 2.4 | △4.9 | 5.0" under "계 | 화 재 | 구 조": rates, no parts of the 계
    (tables.column_total had added them and failed); the rows of counts are checked."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    table = _table([
        ["구 분", "계", "화 재", "구 조"], ["2024년", "15,720", "1,512", "14,208"],
        ["2025년", "16,358", "1,438", "14,920"], ["증감률(%)", "4.1", "△4.9", "5.0"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한솔도 소방본부"), p("Ⅰ. 일반현황"), p("1. 조직 : 4과"),
        p("2. 재난대응 현황"), p("(단위 : 건)"), p(table),
        p("Ⅱ. 주요업무 추진계획"), p("1. 119 구급 고도화"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    totals = [c for c in report.validation if c.check == "tables.column_total"]
    assert len(totals) == 2 and all(c.passed for c in totals)


def test_an_investment_plan_with_no_total_row() -> None:
    """"연도별 투자계획" with rows 국 비 and 시 비 only: the cost is their sum, each its share
    (the project had no cost)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 창작환경 조성\n  □ 근대역사관 리모델링 (문화예술과)\n"
        "    ○ 사업기간 : 2025 ~ 2027\n"
        "    ○ 연도별 투자계획                       (단위 : 백만원)\n"
        "        구  분    총사업비    ~2025    2026     2027 이후\n"
        "        국 비        3,600      400    1,700        1,500\n"
        "        시 비        5,400      600    2,550        2,250\n"
        "    ○ 2026년 추진계획\n      - ’26. 5. : 실시설계 완료\n"
    )
    assert [(x.cost_label, x.cost_krw) for x in report.projects] == [("총사업비", 9_000_000_000)]
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 3_600_000_000), ("시비", 5_400_000_000),
    ]  # fmt: skip


def test_a_units_word_counted_with_those_under_a_bureau_is_of_their_rank() -> None:
    """"1사장 1본부 3처 12팀" over 경영기획처 under "사장 직속" and two 처 under
    개발사업본부: the count counts the three 처 together, all divisions (경영기획처 had
    been a bureau, as the top's own units are)."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    rows = [
        ["본 부", "처·실", "팀 수", "팀 명"],
        ["사장 직속", "감사실", "-", "-"],
        ["", "경영기획처", "2", "기획예산팀, 인사총무팀"],
        ["개발사업본부", "도시개발처", "2", "도시개발팀, 보상팀"],
        ["", "주택사업처", "2", "주택사업팀, 공사관리팀"],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년도 주요업무계획"), p("가온도시공사"), p("Ⅰ. 일반현황"), p("1. 조 직"),
        p("○ 기 구 : 1사장 1본부 3처 6팀 (사장 직속 감사실)"),
        p(_table(rows, {(1, 0): 2, (3, 0): 2})),
        p("Ⅱ. 주요업무계획"), p("1. 도시개발"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    levels = {u.name: u.level for u in report.organization if u.unit_type == "처"}
    assert levels == {"경영기획처": "division", "도시개발처": "division", "주택사업처": "division"}


def test_a_card_table_its_overview_its_contact_and_a_cost_table_in_its_cell() -> None:
    """A card drawn as a two-column table: its 사업개요 cell's lines the summary (it had
    been empty), its 담당 row the division known by a label, and a table of sources drawn
    in its 사업비 cell under "(단위 : 백만원)" the cost and the shares (it had given none:
    the unit was looked for in the label only)."""
    from tests.hwpx_maker import cell, p, tbl
    from tests.test_other_reports import _hwpx

    rows = [["구 분", "계", "국비", "군비"], ["금액", "1,800", "720", "1,080"]]
    inner = tbl(2, 4, [cell(r, k, p(t)) for r, row in enumerate(rows) for k, t in enumerate(row)])
    card = tbl(5, 2, [
        cell(0, 0, p("사 업 명")), cell(0, 1, p("문화예술회관 시설 개선")),
        cell(1, 0, p("사업기간")), cell(1, 1, p("2026. 3. ~ 12.")),
        cell(2, 0, p("사 업 비")), cell(2, 1, p("(단위 : 백만원)"), p(inner)),
        cell(3, 0, p("사업개요")), cell(3, 1, p("○ 음향·조명 설비 교체"), p("○ 객석 의자 교체")),
        cell(4, 0, p("담    당")), cell(4, 1, p("문화예술팀 팀장 김○○ (☎ 530-5342)")),
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한들군 관광문화과"), p("Ⅰ. 일반현황"),
        p("1. 조직 : 1과 2팀 (관광개발팀, 문화예술팀)"), p("Ⅱ. 주요업무 추진계획"),
        p("1. 문화가 있는 한들"), p(card),
    )  # fmt: skip
    (x,) = report.projects
    assert (x.summary, x.division, x.division_evidence, x.cost_krw) == (
        "음향·조명 설비 교체\n객석 의자 교체", "문화예술팀", "label", 1_800_000_000,
    )  # fmt: skip
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 720_000_000), ("군비", 1_080_000_000),
    ]  # fmt: skip


def test_a_fractions_table_whose_rows_end_in_a_decimal() -> None:
    """An appendix in 억원 whose rows end in a decimal (the 증감): each row's name its own
    (the next row's had opened with it, "391.9 교통정책과"); and an appendix of the major
    projects alone (주요사업 예산 현황) is no whole budget to hold the 예산현황 to."""
    from extract.document import Line
    from extract.parse.table import numeric_rows

    texts = [
        "  합    계                        5,441.6    5,833.5     391.9",
        "  교통정책과  소    계               26.6       31.0       4.4",
        "              어린이보호구역 안전시설 개선       21.0       24.0       3.0",
    ]
    rows = numeric_rows([Line(i, t, t) for i, t in enumerate(texts, 1)], ncols=3, unit="억원")
    assert [r.label for r in rows] == ["합계", "교통정책과 소 계", "어린이보호구역 안전시설 개선"]
    report = _text(
        "2026년 주요업무계획\n한솔광역시 교통국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n 2. 예  산\n"
        "                                  (단위 : 억원, %)\n"
        "  구    분      2025년 예산   2026년 예산   증  감      증감률\n"
        "  계                   439.8         469.6        29.8         6.8\n"
        "  교통정책과           412.3         438.7        26.4         6.4\n"
        "  주차관리과            27.5          30.9         3.4        12.4\n"
        "Ⅱ. 주요업무 추진계획\n 1. 교통안전\n  ○ 사업비 : 24억원\n"
        "붙임   2026년 주요사업 예산 현황\n\n                                  (단위 : 억원)\n"
        "  부 서 명    사    업    명                2025년     2026년     증  감\n"
        + "\n".join(texts[:2])
        + "\n              어린이보호구역 안전시설 개선       21.0       24.0       3.0\n"
        "              저공해 통학차량 전환 지원           5.6        7.0       1.4\n"
    )
    assert [(b.level, b.item) for b in report.budget_items][:3] == [
        ("bureau", "합계"), ("division", "교통정책과"), ("item", "어린이보호구역 안전시설 개선"),
    ]  # fmt: skip
    assert not [c for c in report.validation if c.check == "budget_summary.vs_appendix"]


def test_events_numbered_under_a_serial_header_in_a_text_export() -> None:
    """Rows "1     도시철도 2호선 시민설명회  2026. 5월 중  시민홀  도시철도과" under
    "연번  행  사  명  일    시  장    소  주관부서": events, each its place and division (the
    bare numbers had made each row an item, a project of its own)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 교통안전\n  ○ 사업비 : 24억원\n"
        " 2. 2026년 주요 교통행사 일정\n\n"
        "  연번  행  사  명                일    시                장    소      주관부서\n"
        "  1     도시철도 2호선 시민설명회  2026. 5월 중            시민홀        도시철도과\n"
        "  2     대중교통의 날 기념행사    2026. 9. 22.(화)        시청 광장     대중교통과\n"
    )
    got = [(e.event, str(e.start), e.place, e.division) for e in report.events]
    assert got == [
        ("도시철도 2호선 시민설명회", "2026-05-01", "시민홀", "도시철도과"),
        ("대중교통의 날 기념행사", "2026-09-22", "시청 광장", "대중교통과"),
    ]  # fmt: skip
    assert [x.project_id for x in report.projects if "-" in x.project_id] == []


def test_a_text_tables_last_column_of_divisions_and_a_figure_in_a_name() -> None:
    """"사 업 명 | 총사업비 | 2026 | 2027 | 담당과" in a text export: every row a row, the
    division its last cell (the table had ended at its first row; a name with a figure in
    it, "생활권 단위 15분 도시 기본구상 수립", had ended it too)."""
    from extract.document import Line
    from extract.layout.textgrid import infer_grids

    texts = [
        "      사    업    명                      총사업비      2026      2027    담당과",
        "      합    계                               413,400    33,400    79,500",
        "      가온역세권 복합환승센터 개발           412,000    32,400    78,600    도시계획과",
        "      생활권 단위 15분 도시 기본구상 수립        900       500       400    도시계획과",
        "      소규모 노후건축물 안전점검 지원            500       500       500    건 축 과",
    ]
    (grid,) = infer_grids([Line(i, t, t) for i, t in enumerate(texts, 1)])
    assert (grid.n_rows, grid.n_cols) == (5, 5)
    assert [c.text for c in grid.cells if c.row == 3] == [
        "생활권 단위 15분 도시 기본구상 수립", "900", "500", "400", "도시계획과",
    ]  # fmt: skip


def test_a_card_whose_facts_are_its_period_and_blocks_of_the_plan() -> None:
    """"□ 소규모 노후건축물 안전점검 지원 (건축과)" over "○ 사업기간", "○ 지원대상 : …", "○
    연차별 투자계획" (a table) and "○ 2026년 추진계획" (dated steps): a card, its theme's
    second project (the theme had been read as one project, both cards its parts)."""
    card = (
        "  □ {title}\n    ○ 사업기간 : 2026 ~ 2029\n    ○ 지원대상 : 소규모 건축물 (연 100동)\n"
        "    ○ 연차별 투자계획                                  (단위 : 백만원)\n"
        "      구  분      총사업비     ~2025      2026      2027\n"
        "          계         2,000         -       500     1,500\n"
        "       국 비           800         -       200       600\n"
        "       시 비         1,200         -       300       900\n"
        "    ○ 2026년 추진계획\n      - ’26. 2. : 대상 모집 공고\n"
        "      - ’26. 4.~10. : 안전점검 실시\n"
    )
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 안전한 건축행정\n"
        + card.format(title="노후건축물 안전점검 지원 (건축과)")
        + card.format(title="공공건축물 내진보강 (건축과)")
    )
    got = [(x.project_id, x.title, x.cost_krw) for x in report.projects]
    assert got == [
        ("1-1", "노후건축물 안전점검 지원", 2_000_000_000),
        ("1-2", "공공건축물 내진보강", 2_000_000_000),
    ]  # fmt: skip
    assert [s.project_id for s in report.schedules] == ["1-1", "1-1", "1-2", "1-2"]


def test_a_divisions_name_spaced_out_over_its_duties() -> None:
    """"□ 건 축 과" among "□ 도시계획과", "□ 도시재생과": a division, its duties its own (it
    and its duties had gone to the division before it)."""
    report = _text(
        "2026년 주요업무보고\n가온시 도시계획국\n\nⅠ. 일반현황\n"
        " 1. 조직 : 1국 2과\n  ○ 도시재생과 : 재생정책팀\n  ○ 건 축 과 : 건축행정팀\n"
        " 2. 부서별 주요기능\n   □ 도시재생과\n     ○ 도시재생 전략계획 수립\n"
        "   □ 건 축 과\n     ○ 건축 인허가 및 위반건축물 관리\n"
        "Ⅱ. 주요업무 추진계획\n 1. 도시재생\n  ○ 사업비 : 100백만원\n"
    )
    assert [(f.division, f.function) for f in report.functions] == [
        ("도시재생과", "도시재생 전략계획 수립"), ("건축과", "건축 인허가 및 위반건축물 관리"),
    ]  # fmt: skip


def test_a_schedule_blocks_details_notes_and_past_steps() -> None:
    """A 추진일정 block: an undated "- …" under a dated "○ …" is its detail, no step (it
    had been an undated step and a warning); a line of two dated clauses two steps (the
    first had been dated by the second); a step over before the plan's year a step done."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 자원순환\n   가. 광역소각장 건립 (자원순환과)\n"
        "    □ 사업개요\n      ○ 사업기간 : 2024. 1.~2027. 12.\n"
        "      ○ 총사업비 : 128,000백만원 (국비 51,200, 시비 76,800)\n"
        "    □ 추진일정\n      ○ ’25. 3. : 공사 착공\n"
        "      ○ ’26. 1.~12. : 본공사 추진\n        - 토목·건축 공사 및 기계설비 설치\n"
        "      ○ ’26. 6. : 주민협의체 협의\n"
        "      ○ ’25년 1단계 준공 완료, ’27년 잔여 시설 추진\n"
    )
    assert [(s.task, s.raw) for s in report.schedules] == [
        ("본공사 추진", "’26. 1.~12."), ("주민협의체 협의", "’26. 6."), ("잔여 시설 추진", "’27년"),
    ]  # fmt: skip
    assert [(d.task, d.raw) for d in report.progress] == [
        ("공사 착공", "’25. 3."), ("1단계 준공 완료", "’25년"),
    ]  # fmt: skip
    assert not [w for w in report.warnings if w.code == "schedules.no_date"]


def test_rules_ending_under_merged_cells_inside_a_table_leave_no_side_open() -> None:
    """Two row rules that end at x=225 under a merged 정책사업 cell, with rules across the
    whole table between them and a column rule from one to the other: no open side at
    x=225 (a border had been drawn there, splitting a 소계 cell across three columns)."""
    from extract.read.pdf.base import rule_edge
    from extract.read.pdf.frames import close_open_sides

    rules = [
        rule_edge("h", 100, 225, 600), rule_edge("h", 120, 50, 600),
        rule_edge("h", 140, 50, 600), rule_edge("h", 160, 225, 600),
        rule_edge("v", 338, 100, 160),
    ]  # fmt: skip
    added = close_open_sides(rules)[len(rules):]
    assert not [r for r in added if abs(r["x0"] - 225) < 1]
    # (an open-sided table: rows end at 50 with nothing joining them, a border is added)
    rows = [rule_edge("h", 100, 50, 600), rule_edge("h", 120, 50, 600),
            rule_edge("v", 338, 100, 120)]  # fmt: skip
    assert [(r["x0"], r["top"], r["bottom"]) for r in close_open_sides(rows)[3:]] == [
        (50, 100, 120), (600, 100, 120),
    ]


def test_a_fire_hqs_table_of_divisions_and_stations() -> None:
    """"구 분 | 부 서 | 하 부 조 직" with "본 부" merged down beside four 과 and "소방서"
    beside three stations, each over its 119안전센터 and 119구조대: the divisions and
    stations the top's, "119대응과" and "119종합상황실" among them, the centres and rescue
    units each of the teams' rank under its station (the table had been given up: its
    header named no teams' column, "119대응과" had been read as a count)."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    rows = [
        ["구 분", "부 서", "하 부 조 직"],
        ["본 부", "소방행정과", "기획예산팀, 인사복지팀"],
        ["", "119대응과", "대응총괄팀, 구조구급팀"],
        ["", "119종합상황실", "상황관리팀, 신고접수팀"],
        ["소방서", "한솔소방서", "중앙119안전센터, 한솔119구조대"],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한솔도 소방본부"), p("Ⅰ. 일반현황"), p("1. 조 직"),
        p("□ 기 구 : 1본부 3과 6팀, 1소방서 (119안전센터 1, 119구조대 1)"),
        p(_table(rows, {(1, 0): 3})),
        p("Ⅱ. 주요업무 추진계획"), p("1. 119 구급 고도화"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    got = {u.name: (u.level, u.parent) for u in report.organization}
    assert got["119대응과"] == ("division", "소방본부")
    assert got["119종합상황실"] == ("division", "소방본부")
    assert got["한솔소방서"] == ("division", "소방본부")
    assert got["중앙119안전센터"] == ("team", "한솔소방서")
    assert got["한솔119구조대"] == ("team", "한솔소방서")
    assert "본부" not in got and "소방서" not in got
    assert not failed(report)


def test_a_tasks_printed_path_under_a_strategy_is_its_id() -> None:
    """"과제 1-3" under "전략 2" (strategies numbered across the goals, each task's number
    holding its goal's): the id as printed, 1-3 (it had been 2-1-3)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n\n목표 1  탄소중립 선도도시\n\n"
        "  전략 1 온실가스 감축 이행체계 강화\n\n   과제 1-1 기본계획 이행점검 (기후환경정책과)\n"
        "    □ 사업기간 : 2026. 1. ~ 12.\n    □ 사 업 비 : 320백만원 (시비 100%)\n\n"
        "  전략 2 재생에너지 전환 가속화\n\n   과제 1-2 공공건물 태양광 보급 (탄소중립과)\n"
        "    □ 사업기간 : 2024. 1. ~ 2027. 12.\n"
        "    □ 사 업 비 : 8,400백만원 (국비 3,360, 시비 5,040)\n"
    )
    assert [x.project_id for x in report.projects] == ["1-1", "1-2"]


def test_english_glosses_and_quarters_written_q() -> None:
    """"- 기획예산과 (Planning & Budget Division) : 기획팀, 예산팀": the division over its
    teams, its gloss aside (the line had given nothing); "2026. Q2 : …" a quarter's step,
    "2026. Q1 ~ Q4" a year's period; a unit's duties after its colon, most of them
    phrases, each a duty ("…, 자체감사")."""
    report = _text(
        "2026년 주요업무보고\n한솔경제자유구역청\n\nⅠ. 일반현황\n"
        " 1. 조    직 : 1본부 1과 2팀\n"
        "     ○ 투자유치본부 (Investment Promotion HQ)\n"
        "       - 기획예산과 (Planning & Budget Division) : 기획팀, 예산팀\n"
        " 2. 과별 주요업무\n  ○ 기획예산과 : 청 업무 총괄·조정, 예산 편성 및 집행관리, 자체감사\n"
        "Ⅱ. 주요업무 추진계획\n 1. 투자 유치\n  □ K-Bio 클러스터 조성 (기획예산과)\n"
        "    ○ 사업기간 : 2026. Q1 ~ Q4\n    ○ 사 업 비 : 1,200백만원 (국비 600, 시비 600)\n"
        "    ○ 추진일정\n      - 2026. Q2 : 기반시설 착공\n"
    )
    assert {(u.name, u.parent) for u in report.organization} >= {
        ("기획예산과", "투자유치본부"), ("기획팀", "기획예산과"), ("예산팀", "기획예산과"),
    }  # fmt: skip
    (x,) = [x for x in report.projects if x.title == "K-Bio 클러스터 조성"]
    assert (str(x.period_start), str(x.period_end)) == ("2026-01-01", "2026-12-31")
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("기반시설 착공", "2026-04-01", "2026-06-30"),
    ]  # fmt: skip
    assert [f.function for f in report.functions] == [
        "청 업무 총괄·조정", "예산 편성 및 집행관리", "자체감사",
    ]  # fmt: skip


def test_a_budget_books_rows_tagged_with_their_programme_level() -> None:
    """"[정책사업] 도로 건설 및 관리" / "[단위사업] 도로시설물 유지관리" / "[세부사업] 보행환경
    개선" / "401-01 시설비": the tags come off the names, each row under the row of the
    level above it, so the sums are checked at every level (every tagged row had been the
    total's, named with its tag)."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    rows = [
        ["세부사업 / 통계목", "예산액(천원)", "산출기초"],
        ["합계", "1,500,000", ""],
        ["[정책사업] 도로 건설 및 관리", "1,500,000", ""],
        ["[단위사업] 도로시설물 유지관리", "1,500,000", ""],
        ["[세부사업] 보행환경 개선", "1,200,000", ""],
        ["401-01 시설비", "1,200,000", "○ 보도 정비 : 30,000천원 × 40개소 = 1,200,000천원"],
        ["[세부사업] 군도 유지보수", "300,000", ""],
        ["206-01 재료비", "300,000", "○ 보수자재 : 300,000천원"],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 3팀"), p("Ⅱ. 2026년 주요업무계획"), p("1. 보도 정비"),
        p("○ 사업기간 : 2026. 1.~12."), p("붙임. 2026년 예산 세부내역"), p(_table(rows)),
    )  # fmt: skip
    got = [(b.item, b.parent) for b in report.budget_items]
    assert got == [
        ("합계", None), ("도로 건설 및 관리", "합계"),
        ("도로시설물 유지관리", "도로 건설 및 관리"), ("보행환경 개선", "도로시설물 유지관리"),
        ("시설비", "보행환경 개선"), ("군도 유지보수", "도로시설물 유지관리"),
        ("재료비", "군도 유지보수"),
    ]  # fmt: skip
    # (each object's code apart from its name: tests/test_lead117_item_codes.py)
    assert [b.code for b in report.budget_items if b.code] == ["401-01", "206-01"]
    sums = [c for c in report.validation if c.check.startswith("budget_items.")]
    assert len(sums) >= 4 and all(c.passed for c in sums)


@pytest.mark.parametrize("block", ["○ 추진계획", "□ 추진계획"])
def test_a_target_under_the_steps_is_no_step(block: str) -> None:
    """"※ 2025년 종합청렴도 4등급 → 2026년 2등급 목표" under a card's dated steps: a target,
    neither a step of 2026 nor one done in 2025."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 청렴 군정\n   가. 청렴도 향상 (감사팀)\n"
        "    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사업비 : 35,000천원 (군비 35,000천원)\n"
        f"    {block}\n      - ’26. 2. : 청렴시책 추진계획 수립\n"
        "      ※ 2025년 종합청렴도 4등급 → 2026년 2등급 목표\n"
    )
    assert [s.task for s in report.schedules] == ["청렴시책 추진계획 수립"]
    assert report.progress == []


def test_a_plan_parted_into_goals_by_their_titles_gives_the_policy_goals() -> None:
    """"◈ 비전 : …" over "목표 1 …" and "목표 2 …", each over "전략 N …" and its "과제 …":
    each task a policy row, its strategy its area, its division's bracket aside (no row
    had been read, and no warning said so)."""
    card = "    □ 사업기간 : 2026. 1. ~ 12.\n    □ 사 업 비 : 320백만원 (시비 100%)\n\n"
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n\n  ◈ 비전 : 탄소중립 녹색도시\n\n"
        "목표 1  탄소중립 선도도시\n\n  전략 1 온실가스 감축\n\n"
        "   과제 1-1 기본계획 이행점검 (기후환경정책과)\n" + card
        + "   과제 1-2 배출권 관리 (기후환경정책과)\n" + card
        + "목표 2  녹색 생활도시\n\n  전략 2 생활권 녹지 확충\n\n"
        "   과제 2-1 도시숲 조성 (녹지과)\n" + card
    )
    got = [(g.vision, g.goal_no, g.goal, g.area, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        ("탄소중립 녹색도시", 1, "탄소중립 선도도시", "온실가스 감축", 1, "기본계획 이행점검"),
        ("탄소중립 녹색도시", 1, "탄소중립 선도도시", "온실가스 감축", 2, "배출권 관리"),
        ("탄소중립 녹색도시", 2, "녹색 생활도시", "생활권 녹지 확충", 1, "도시숲 조성"),
    ]  # fmt: skip


def test_the_teams_listed_on_the_line_under_the_count_line() -> None:
    """"❍ 조    직 : 1과 4팀" over "▸ 환경정책팀, 기후대응팀, 자원순환팀, 수질관리팀": as
    many teams as it counts, the top's (none had been read, the count unchecked)."""
    report = _text(
        "2026년 주요업무계획\n가림군 환경과\n\nⅠ. 일반현황\n 1. 조직 및 인력\n"
        "  ❍ 조    직 : 1과 4팀\n    ▸ 환경정책팀, 기후대응팀, 자원순환팀, 수질관리팀\n"
        "  ❍ 인    력 : 정원 28명 / 현원 27명\nⅡ. 주요업무 추진계획\n 1. 탄소중립\n"
        "  ❍ 사업비 : 100백만원\n"
    )
    assert [(u.name, u.parent) for u in report.organization if u.level == "team"] == [
        ("환경정책팀", "환경과"), ("기후대응팀", "환경과"), ("자원순환팀", "환경과"),
        ("수질관리팀", "환경과"),
    ]  # fmt: skip
    assert [c.passed for c in report.validation if c.check == "organization.counts"] == [
        True, True,
    ]  # fmt: skip


def test_a_page_footer_that_counts_the_pages_and_a_continued_tables_title() -> None:
    """"- 3 / 18 -" is a page's number, no content (it had been residue, and a figure of
    the outline); "(계속)" and "< 부서별 주요기능 > (계속)" say a table goes on, captions
    that let its parts join over a page."""
    from extract.document import Line
    from extract.layout.captions import is_caption
    from extract.read.text import PAGE_FOOTER

    assert PAGE_FOOTER.match("- 3 / 18 -") and PAGE_FOOTER.match("- 12 -")
    assert all(is_caption(Line(1, t, t)) for t in ("(계속)", "< 부서별 주요기능 > (계속)"))
    assert not is_caption(Line(1, "○ 계속 추진", "○ 계속 추진"))
    report = _text(
        HEAD + "\n                  - 2 / 5 -\n\nⅡ. 주요업무 추진계획\n 1. 문화 행사\n"
        "  ○ 사업비 : 100백만원\n"
    )
    assert not report.residue


def test_a_foundations_table_headed_by_the_kinds_of_its_units() -> None:
    """"본부·실 | 팀 | 주요업무" over a 본부 and two 실 each over its teams: the units the
    top's, the header no unit (a unit "본부실" had been made over them, a count failed)."""
    from tests.hwpx_maker import p
    from tests.test_other_reports import _hwpx, _table

    rows = [
        ["본부·실", "팀", "주요업무"],
        ["경영기획실", "기획예산팀\n인사총무팀", "경영 전략 수립"],
        ["문화사업본부", "축제사업팀\n예술지원팀", "축제 운영"],
        ["아트센터운영실", "공연기획팀\n시설관리팀", "공연장 운영"],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("다온시문화재단"), p("Ⅰ. 일반현황"), p("1. 조 직"),
        p("○ 기 구 : 1대표이사 1본부 2실 6팀"), p(_table(rows)),
        p("Ⅱ. 주요업무 추진계획"), p("1. 축제"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    units = {u.name: u.parent for u in report.organization}
    assert "본부실" not in units
    assert units["경영기획실"] == units["문화사업본부"] == "다온시문화재단"
    assert units["기획예산팀"] == "경영기획실"
    assert not failed(report)


def test_a_cards_sources_in_a_table_under_its_cost() -> None:
    """"- 사 업 비 : 1,850,000천원" over a table "계 | 국 비 | 시 비 | 구 비" of one row whose
    계 is the cost: each source's share (none had been read)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 생활 속 문화 향유 기반 확충\n\n"
        "  ○ 가온 생활문화센터 조성 (문화정책팀)\n    - 사업기간 : '18. 3월 ~ '19. 10월\n"
        "    - 사 업 비 : 1,850,000천원\n"
        "                                                          (단위 : 천원)\n"
        "        ┌───────────┬──────────┬──────────┬──────────┐\n"
        "        │     계      │   국  비   │   시  비   │   구  비   │\n"
        "        ├───────────┼──────────┼──────────┼──────────┤\n"
        "        │  1,850,000  │  600,000   │  450,000   │  800,000   │\n"
        "        └───────────┴──────────┴──────────┴──────────┘\n"
        "    - 추진계획\n      · '19. 3월 : 착공\n"
    )
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 600_000_000), ("시비", 450_000_000), ("구비", 800_000_000),
    ]  # fmt: skip
    assert not failed(report)


def test_a_note_under_the_parts_budget_line_names_both_tables_account() -> None:
    """"○ 2026년 예산 : …" / "※ 교육비특별회계 본예산 기준" over "가. 세 입" and "나. 세 출",
    each over its table: both tables' amounts of that account (the 세출 table's had none)."""

    def box(head: str, rows: list[tuple[str, str]]) -> str:
        body = "".join(f"   │ {a} │ {b} │\n" for a, b in rows)
        return (
            "   ┌────────┬──────┐\n" f"   │ {head} │ 2026년 예산 │\n"
            "   ├────────┼──────┤\n" + body + "   └────────┴──────┘\n"
        )

    report = _text(
        "2026년 주요업무보고\n솔뫼교육지원청\n\nⅠ. 일반현황\n 1. 조직 : 2과\n 2. 예    산\n"
        "  ○ 2026년 예산 : 1,000천원\n    ※ 교육비특별회계 본예산 기준\n"
        "  가. 세    입\n                        (단위 : 천원)\n"
        + box("구   분", [("계", "1,000"), ("교육부 이전수입", "800"), ("자 체 수 입", "200")])
        + "  나. 세    출\n                        (단위 : 천원)\n"
        + box("정 책 사 업", [("계", "1,000"), ("인적자원운용", "600"), ("교육복지지원", "400")])
        + PLAN
    )
    assert {b.account for b in report.budget_lines} == {"교육비특별회계"}
    assert {b.side for b in report.budget_lines} == {"revenue", "expenditure"}
