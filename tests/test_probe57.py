"""Forms of the genre met in an eighth round of reports (decimal outline numbering, status
marks on titles): what each must give, worked out from its lines, and what had been lost
or misread before."""

from __future__ import annotations

import pytest

from extract.layout.markers import read_marker
from extract.parse.tags import split_tags
from extract.parse.vocab import TAG_BRACKETS, TITLE_TAGS
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("1.1 조직 및 인력", "num.decimal", "1.1"),
        ("4.2 세부 조치결과", "num.decimal", "4.2"),
        ("3.1.1 스마트 시설관리 플랫폼 구축", "num.decimal3", "3.1.1"),
        ("2.10 「공공기관 운영법」 개정 대응", "num.decimal", "2.10"),
        # a version, a rate, a multiple, an amount: no item's number
        ("2.0 버전으로 전환, 고장예측 AI 모듈 탑재", None, None),
        ("3.5% 감축, 업무용 차량 무공해차 전환", None, None),
        ("1.5배 확대로 비휠체어 이용자 분산", None, None),
        ("2.3 배 이상 확보", None, None),
        ("1.5 억원 증액", None, None),
        ("0.5 이상 개선", None, None),
    ],
)
def test_decimal_numbers_of_an_institutes_outline(
    line: str, kind: str | None, number: str | None
) -> None:
    got = read_marker(line)
    if kind is None:
        assert got is None or not got[0].kind.startswith("num.decimal")
    else:
        assert got is not None
        assert (got[0].kind, got[0].number) == (kind, number)


_DECIMAL = (
    "2026년도 업무계획\n\n누리시설관리공단\n\n"
    "1. 기관 현황\n\n1.1 조직 및 인력\n\n • 조    직 : 2본부 5처\n\n"
    "1.2 예산\n\n • 2026년 예산 : 48,562백만원\n\n"
    "2. 2025년 주요성과\n\n2.1 경영 성과\n\n • 경영평가 '가' 등급 달성\n"
    "   - 부채비율 12.4% → 10.9%\n"
    "   2.0 버전으로 전환 완료\n\n"
    "3. 2026년 업무계획\n\n3.1 경영혁신 및 디지털 전환\n\n"
    "3.1.1 스마트 시설관리 플랫폼 구축\n"
    " • 사업기간 : 2025. 3. ~ 2027. 12.\n"
    " • 사업비 : 2,400백만원 (출연금 1,800, 자체 600)\n"
    " • 추진일정\n   - ’26. 3. : 고도화 사업 발주 및 계약\n   - ’26. 12. : 플랫폼 2.0 정식 개통\n\n"
    "3.1.2 ESG 경영 내재화\n • 사업비 : 380백만원\n\n"
    "4. 2025년 행정사무감사 지적사항 조치결과\n\n4.1 처리현황\n\n • 총 5건 : 완료 4건\n"
)


def test_a_report_numbered_decimally_converts_with_its_parts_and_projects() -> None:
    """"1. 기관 현황" / "1.1 조직 및 인력" / "3.1.1 …": the numbered items are its chapters
    (an agency's general section by its leading word, three more roles beside it), each
    1.1 under its 1., each 3.1.1 a project under its 3.1 (the report had been refused as
    no work report: no chapter found)."""
    report = _text(_DECIMAL)
    roles = {s.key for s in report.sections if s.found}
    assert {"general", "achievements", "plans", "audit"} <= roles
    got = [(x.project_id, x.theme, x.title, x.cost_krw) for x in report.projects]
    assert got == [
        ("1-1", "경영혁신 및 디지털 전환", "스마트 시설관리 플랫폼 구축", 2_400_000_000),
        ("1-2", "경영혁신 및 디지털 전환", "ESG 경영 내재화", 380_000_000),
    ]
    assert [(s.task, str(s.start)) for s in report.schedules] == [
        ("고도화 사업 발주 및 계약", "2026-03-01"), ("플랫폼 2.0 정식 개통", "2026-12-01"),
    ]  # fmt: skip
    # (the version "2.0" that opens a wrapped line is no item)
    assert not any(n.marker == "2.0" for n in report.outline)


def test_a_notices_three_parts_are_no_report() -> None:
    """A notice's "1. 일반사항" / "2. 사업 추진계획" / "3. 선정 평가" names three roles by
    their leading words: still no work report's parts (one more would be)."""
    from extract.errors import BogoseoError

    with pytest.raises(BogoseoError):
        _text("○○ 지원사업 공고\n\n1. 일반사항\n - 대상 : 시민\n\n2. 사업 추진계획\n"
              " - 기간 : 3월\n\n3. 선정 평가\n - 서류 심사\n")  # fmt: skip


@pytest.mark.parametrize(
    ("title", "want", "tags"),
    [
        ("【신규】 탄소중립 실천포인트 확대", "탄소중립 실천포인트 확대", ("신규",)),
        ("<계속> 미세먼지 저감 사업장 방지시설 지원", "미세먼지 저감 사업장 방지시설 지원",
         ("계속",)),
        ("‹계속> 전기·수소차 보급 확대 (국정과제)", "전기·수소차 보급 확대", ("계속", "국정과제")),
        ("★ 공약 : 도민 햇빛발전 협동조합 육성", "도민 햇빛발전 협동조합 육성", ("공약",)),
        ("[신규사업] 청년 창업 공간 조성", "청년 창업 공간 조성", ("신규",)),
        # a bracket of the title's own, a star with no mark, a title that is only a mark
        ("(가칭) 시민센터 건립 (2차)", "(가칭) 시민센터 건립 (2차)", ()),
        ("도서관 건립 (부산대)", "도서관 건립 (부산대)", ()),
        ("【신규】", "【신규】", ()),
    ],
)
def test_status_marks_come_off_a_title_as_its_tags(
    title: str, want: str, tags: tuple[str, ...]
) -> None:
    assert split_tags(title) == (want, tags)


@pytest.mark.parametrize("word", sorted(TITLE_TAGS))
@pytest.mark.parametrize("bracket", sorted(TAG_BRACKETS))
def test_every_mark_in_every_bracket(word: str, bracket: str) -> None:
    title = f"{bracket}{word}{TAG_BRACKETS[bracket][0]} 노후 경로당 정비"
    assert split_tags(title) == ("노후 경로당 정비", (TITLE_TAGS[word],))


def test_projects_keep_their_status_marks_as_tags_and_find_their_division() -> None:
    """Cards titled "□ 【신규】 …" / "□ ★ 공약 : …" after a summary table that names each
    project without its mark (or with a bare star), with its 소관과: the title without the
    mark, the mark a tag, the division the table's (the marks had stayed in the titles, so
    the table named no card)."""
    summary = _table([
        ["연번", "구 분", "사 업 명", "사업비", "소관과"],
        ["1", "신규", "탄소중립 실천포인트 확대", "3,200", "기후정책과"],
        ["2", "계속", "★ 도민 햇빛발전 협동조합 육성", "1,800", "에너지과"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"), p("Ⅱ. 주요업무 추진계획"),
        p("※ 【신규】 신규사업, <계속> 계속사업, ★ 공약사업"),
        p("□ 주요사업 총괄 : 2개 사업, 5,000백만원"), p("(단위: 백만원)"), p(summary),
        p("1. 탄소중립 실천"),
        p("□ 【신규】 탄소중립 실천포인트 확대"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사업비 : 3,200백만원"),
        p("□ ★ 공약 : 도민 햇빛발전 협동조합 육성 (국정과제)"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사업비 : 1,800백만원"),
    )  # fmt: skip
    got = [(x.title, x.tags, x.division) for x in report.projects]
    assert got == [
        ("탄소중립 실천포인트 확대", "신규", "기후정책과"),
        ("도민 햇빛발전 협동조합 육성", "공약; 국정과제", "에너지과"),
    ]


def test_a_chapter_of_divisions_each_with_its_own_parts() -> None:
    """"Ⅱ. 과별 주요업무" over "1. 문화정책과" / "가. 현 황" (a table of its teams' staff) /
    "나. 주요사업" (□ projects) / "다. 현안 및 대책": each division's projects its own, its
    teams' staff under it (the chapter had been read as the divisions' duties, every
    project line a duty); the bureau's table of divisions headed "구 분 | 팀 수 | 팀 명"
    gives each division's teams (the 구 분 column had named no division)."""
    org = _table([
        ["구 분", "팀 수", "팀 명"],
        ["계", "3", ""],
        ["문화정책과", "2", "문화정책팀, 문화예술팀"],
        ["관광과", "1", "관광정책팀"],
    ])  # fmt: skip
    teams = _table([
        ["구 분", "계", "문화정책팀", "문화예술팀"],
        ["정 원", "13", "7", "6"],
        ["현 원", "12", "7", "5"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("다온광역시 문화체육국"),
        p("Ⅰ. 국 일반현황"), p("1. 조 직"), p("□ 조 직 : 1국 2과 3팀"), p(org),
        p("Ⅱ. 과별 주요업무"),
        p("1. 문화정책과"), p("가. 현 황"), p("○ 조직 및 인력 : 2팀"), p("(단위 : 명)"), p(teams),
        p("나. 주요사업"),
        p("□ 법정 문화도시 조성"), p("○ 사업기간 : 2024. 1. ~ 2028. 12."),
        p("○ 사 업 비 : 20,000백만원 (국비 10,000, 시비 10,000)"),
        p("○ 추진일정"), p("- ’26. 2. : 연차별 실행계획 수립"),
        p("다. 현안 및 대책"), p("□ 지역축제 정비"), p("○ 대 책 : 미흡 축제 통폐합"),
        p("2. 관광과"), p("가. 현 황"), p("○ 2026년 예산 : 12,806백만원"),
        p("나. 주요사업"),
        p("□ 야간관광 특화도시 조성"), p("○ 사업기간 : 2025. 1. ~ 2027. 12."),
        p("○ 사 업 비 : 9,000백만원 (국비 4,500, 시비 4,500)"),
        p("Ⅲ. 2025년 행정사무감사 처리결과"), p("1. 축제 예산 집행 부적정 (문화정책과)"),
        p("○ 조치결과 : 정산 완료"),
    )  # fmt: skip
    got = [(x.title, x.division, x.cost_krw) for x in report.projects]
    assert got == [
        ("법정 문화도시 조성", "문화정책과", 20_000_000_000),
        ("야간관광 특화도시 조성", "관광과", 9_000_000_000),
    ]
    assert not report.functions
    assert [(s.task, str(s.start)) for s in report.schedules] == [
        ("연차별 실행계획 수립", "2026-02-01")
    ]
    assert [(u.name, u.level, u.parent) for u in report.organization if u.level == "team"] == [
        ("문화정책팀", "team", "문화정책과"), ("문화예술팀", "team", "문화정책과"),
        ("관광정책팀", "team", "관광과"),
    ]  # fmt: skip
    staff = {(s.unit, s.authorized, s.current) for s in report.staffing}
    assert {("문화정책팀", 7, 7), ("문화예술팀", 6, 5), ("문화정책과", 13, 12)} <= staff


def test_a_report_with_no_cover_is_named_by_its_running_header() -> None:
    """The first page opens with "Ⅰ. 일반현황"; the title and the body stand only in the
    header atop every page ("2026년 주요업무계획 ｜ 한솔군 농업기술센터"): they name the
    report (it had had no title and no body, and so its organisation chart no top)."""
    from extract.document import Document, Line, LineKind
    from extract.pipeline import check, parse_document

    head = "2026년 주요업무계획 ｜ 한솔군 농업기술센터"
    body = [
        "Ⅰ. 일반현황", "1. 조 직", "○ 기 구 : 2과 3팀",
        "과 명 | 팀 명", "농업정책과 | 농정기획팀, 농지관리팀", "기술보급과 | 작물환경팀",
        "Ⅱ. 2026년 주요업무계획", "1. 스마트팜 보급", "○ 사업비 : 300,000천원",
    ]
    lines = [Line(1, head, head, kind=LineKind.FURNITURE, page=1)]
    lines += [Line(i, t, t, page=1) for i, t in enumerate(body, start=2)]
    report = check(parse_document(Document("x.pdf", lines, format="pdf", pages=1), "x"))
    assert (report.meta.title, report.meta.bureau, report.meta.year) == (
        "2026년 주요업무계획", "농업기술센터", 2026,
    )


def test_a_project_told_again_in_an_appendix_card() -> None:
    """The plan lists each project briefly ("□ 가온역세권 …" / "○ 사업비 : 620백만원, 기간 :
    ’25. 3. ~ ’26. 12. ☞ [붙임 1] 1-1": two facts on one line), an appendix tells it in
    full in a card ("사업명 | …", "총사업비 (구비/시비/국비) | …", "추진일정 | ○ ’26. 3. : …"):
    one project, the plan's, its period from its line, its shares and steps from its card
    (the period had been lost in the cost's value, the card's cost label with its bracket
    of sources not read, its bulleted steps run into one; the items a project of their
    own each, and the theme over them one too)."""
    card = _table([
        ["사업명", "가온역세권 지구단위계획 재정비"],
        ["사업기간", "2025. 3. ~ 2026. 12."],
        ["총사업비 (구비/시비/국비)", "620,000천원 (구비 372,000 / 시비 248,000)"],
        ["2026년 예산", "310,000천원"],
        ["추진일정", "○ ’26. 3. : 재정비(안) 주민공람\n○ ’26. 10. : 지구단위계획 결정 고시"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("가온구 도시관리국"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"),
        p("Ⅱ. 주요업무 추진계획"),
        p("1. 살기 좋은 미래형 도시공간 조성 (도시계획과)"),
        p("□ 가온역세권 지구단위계획 재정비"),
        p("○ 사업비 : 620백만원, 기간 : ’25. 3. ~ ’26. 12. ☞ [붙임 1] 1-1"),
        p("□ 원도심 도시재생 뉴딜사업"),
        p("○ 사업비 : 25,000백만원, 기간 : ’23. 1. ~ ’27. 12. ☞ [붙임 1] 1-2"),
        p("붙임 1. 주요사업 세부내역"), p("〔사업 1-1〕 소관 : 도시계획과"), p(card),
    )  # fmt: skip
    got = [(x.project_id, x.title, x.cost_krw, str(x.period_start), str(x.period_end))
           for x in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "가온역세권 지구단위계획 재정비", 620_000_000, "2025-03-01", "2026-12-31"),
        ("1-2", "원도심 도시재생 뉴딜사업", 25_000_000_000, "2023-01-01", "2027-12-31"),
    ]
    assert [(f.project_id, f.source, f.amount_krw) for f in report.project_funding] == [
        ("1-1", "구비", 372_000_000), ("1-1", "시비", 248_000_000),
    ]  # fmt: skip
    assert [(s.project_id, s.task, str(s.start)) for s in report.schedules] == [
        ("1-1", "재정비(안) 주민공람", "2026-03-01"),
        ("1-1", "지구단위계획 결정 고시", "2026-10-01"),
    ]


def test_an_appendix_of_budget_details_with_its_divisions_rows_among_the_items() -> None:
    """"붙임 2. 예산 세부내역" / "세부사업 | 2026 예산 | 2025 예산 | 증 감" with each division's
    row among the items ("도시계획과 | 6,164,000" over its items): the budget's items, each
    of its division (the appendix had had no role; read, its division rows had been items
    and its total twice the bureau's)."""
    items = _table([
        ["세부사업", "2026 예산", "2025 예산", "증 감"],
        ["합 계", "1,000", "900", "100"],
        ["도시계획과", "700", "650", "50"],
        ["도시경관 개선사업", "400", "380", "20"],
        ["기본경비", "300", "270", "30"],
        ["건축과", "300", "250", "50"],
        ["건축행정 운영", "300", "250", "50"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("가온구 도시관리국"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 도시경관 개선"), p("○ 사업비 : 400천원"),
        p("붙임 2. 예산 세부내역"), p("(단위 : 천원)"), p(items),
    )  # fmt: skip
    got = [(b.level, b.division, b.item, b.budget_krw) for b in report.budget_items]
    assert got[1:] == [
        ("division", "도시계획과", "도시계획과", 700_000),
        ("item", "도시계획과", "도시경관 개선사업", 400_000),
        ("item", "도시계획과", "기본경비", 300_000),
        ("division", "건축과", "건축과", 300_000),
        ("item", "건축과", "건축행정 운영", 300_000),
    ]
    assert all(c.passed for c in report.validation)


def test_an_agency_named_after_its_city_keeps_its_whole_name() -> None:
    """"누리시설관리공단" under "(누리시의회 행정자치위원회 보고)": the 공단's name, not
    "설관리공단" (the city's name is cut off a line only where it is spaced out)."""
    from extract.cover import cover_body
    from extract.document import Line

    cover = [Line(1, "(누리시의회 행정자치위원회 보고)", ""), Line(2, "누리시설관리공단", "")]
    assert cover_body(cover) == "누리시설관리공단"
    spaced = [Line(1, "누리시의회 행정자치위원회", ""), Line(2, "누 리 시 교 통 국", "")]
    assert cover_body(spaced) == "교통국"


_TWO_TABLES = (
    "2026년 업무계획\n\n누리시설관리공단\n\nⅠ. 일반현황\n\n1. 예산\n\n"
    " • 수입예산\n                                      (단위: 백만원)\n"
    "  구      분      2025년 예산  2026년 예산     증  감  증감률(%)\n"
    "  합      계           46,244       48,562      2,318        5.0\n"
    "  대행사업수입         31,520       33,105      1,585        5.0\n"
    "  고유사업수입         14,724       15,457        733        5.0\n\n"
    " • 지출예산\n                                      (단위: 백만원)\n"
    "  구      분      2025년 예산  2026년 예산     증  감  증감률(%)\n"
    "  합      계           46,244       48,562      2,318        5.0\n"
    "  인  건  비           16,830       17,720        890        5.3\n"
    "  경      비           29,414       30,842      1,428        4.9\n\n"
    "Ⅱ. 2026년 주요업무계획\n\n1. 시설 안전\n • 사업비 : 100백만원\n"
)


def test_each_budget_table_takes_the_side_its_bulleted_title_names() -> None:
    """" • 지출예산" over the second table of two: its rows are expenditure (the title had
    been read as a row of the table above, and the rows had had no side)."""
    report = _text(_TWO_TABLES)
    assert [(b.unit, b.side) for b in report.budget_summary] == [
        ("계", "revenue"), ("대행사업수입", "revenue"), ("고유사업수입", "revenue"),
        ("계", "expenditure"), ("인건비", "expenditure"), ("경비", "expenditure"),
    ]  # fmt: skip


def test_a_note_set_at_the_margin_of_a_projects_bullets_is_the_projects() -> None:
    """" ※ 2026년 업무계획 소요 사업비는 …" after the last step, at the margin of the
    project's " • " lines: a note of the project, no step of its schedule (it had hung
    under the last step, its year read as a step's date)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 2본부 5처\n\nⅡ. 2026년 업무계획\n\n"
        "1. 봉안당 증축\n • 사업비 : 8,200백만원\n • 추진일정\n"
        "   - ’26. 3. : 건축 공사 착공\n   - ’27. 11. : 준공 및 봉안 개시\n\n"
        " ※ 2026년 업무계획 소요 사업비는 공단 예산에 반영\n"
    )
    assert [s.task for s in report.schedules] == ["건축 공사 착공", "준공 및 봉안 개시"]
    note = next(n for n in report.outline if n.title.startswith("2026년 업무계획 소요"))
    parent = next(n for n in report.outline if n.node == note.parent)
    assert parent.title == "봉안당 증축"


def test_a_figure_opening_a_wrapped_line_is_no_decimal_number() -> None:
    """"4.3 평화공원 일원 행사장 조성" wrapping a bullet in a report numbered 1. / 가. / □:
    the bullet's text, not an item 4.3 (decimal numbers only number on from a "4." or a
    "4.2"), so the cards after it stay the plan's."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 4·3 추념사업\n □ 제78주년 추념식 개최\n  ○ 사업비 : 800백만원\n"
        "  ○ 주요내용 : 유족 참여 확대 및 제주\n"
        "4.3 평화공원 일원 행사장 조성\n"
        " □ 유적지 정비\n  ○ 사업비 : 500백만원\n"
    )
    got = [(x.project_id, x.title, x.cost_krw) for x in report.projects]
    assert ("1-1", "제78주년 추념식 개최", 800_000_000) in got
    assert ("1-2", "유적지 정비", 500_000_000) in got
    assert not any(n.marker == "4.3" for n in report.outline)


def test_a_divisions_parts_inside_the_general_chapter_leave_it_general() -> None:
    """"Ⅰ. 일반현황" over "1. 조 직", "2. 인 력", "3. 예 산" and "4. 축산과" with its own "가.
    조 직", "나. 인 력": the chapter stays the general section, its staff table read (one
    division's parts had made the whole chapter a chapter of divisions, its staff lost)."""
    staff = _table([["구 분", "정원", "현원"], ["계", "30", "29"], ["축산과", "12", "12"],
                    ["농정과", "18", "17"]])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛군 농업기술센터"),
        p("Ⅰ. 일반현황"), p("1. 조 직"), p("○ 조직 : 2과 4팀"), p("2. 인 력"), p(staff),
        p("3. 예 산"), p("○ 2026년 예산 : 5,000백만원"),
        p("4. 축산과"), p("가. 조 직"), p("○ 2팀"), p("나. 인 력"), p("○ 정원 12명"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 스마트팜"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    assert {"general", "staffing", "budget_summary"} <= {s.key for s in report.sections if s.found}
    assert ("축산과", 12, 12) in {(s.unit, s.authorized, s.current) for s in report.staffing}
