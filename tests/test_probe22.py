"""Forms of the genre met in a 도's 복지여성국 (LibreOffice PDF, chapters 제1장 …), a 일반시's
도시주택국 (HWPX, ㅇ bullets), a 광역시's 기후환경국 (Chromium PDF, Gantt tables) and a 군
보건소 (a CP949 text export): what each must give, worked out from its lines, and what had
been lost or misread before."""

from __future__ import annotations

from datetime import date

import pytest

from extract.layout.markers import read_marker
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed

# --- a chart under a label that names the chart ------------------------------------------


def test_a_label_that_names_the_chart_is_no_unit() -> None:
    """"○ 기 구 도" over the chart: the label of the drawing, not a team under the bureau
    (it had been read as a 팀 and failed the count of 4팀 stated)."""
    report = _text(
        "2026년 주요업무계획\n한빛도 복지여성국\n\n제1장 일반현황\n1. 조직 및 기구\n"
        "○ 조 직 : 1국 2과 4팀\n○ 기 구 도\n복지여성국장\n복지정책과    여성가족과\n"
        "복지정책팀    여성정책팀\n자활지원팀    가족지원팀\n2. 인력 현황\n○ 정원 10명, 현원 10명\n"
        "제2장 2026년 주요업무계획\n1. 통합돌봄 시행\n○ 추진기간 : 2026. 1.~12.\n"
    )
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("복지여성국", "bureau", None),
        ("복지정책과", "division", "복지여성국"), ("여성가족과", "division", "복지여성국"),
        ("복지정책팀", "team", "복지정책과"), ("여성정책팀", "team", "여성가족과"),
        ("자활지원팀", "team", "복지정책과"), ("가족지원팀", "team", "여성가족과"),
    ]  # fmt: skip
    assert not [f for f in failed(report) if f.startswith("organization")]


# --- chapters numbered 1, 2, 3 in boxes after a contents list ------------------------------


def test_chapters_boxed_as_numeral_and_title_after_the_contents() -> None:
    """A contents list "1. 일반현황 ···· 1" and chapters drawn as 1x2 tables "1 | 일반현황":
    the chapter is the entry met again, its number set without the dot (the contents had run
    on to the end, every part under it, no record read); a top item "2 | 부서별 주요기능" is
    the duties part, as a chapter so titled is."""
    report = _hwpx(
        p("2026년 업무계획"), p("한내시 도시주택국"), p("목    차"),
        p("1. 일반현황 ······················ 1"), p("2. 부서별 주요기능 ·············· 3"),
        p("3. 2026년 주요업무 추진계획 ········ 4"),
        p(_table([["1", "일반현황"]])), p("□ 인    력 : 정원 12명, 현원 12명"),
        p(_table([["2", "부서별 주요기능"]])),
        p(_table([["부 서", "주요기능"], ["주택과", "ㅇ 주택정책 수립\nㅇ 공동주택 관리"]])),
        p(_table([["3", "2026년 주요업무 추진계획"]])),
        p("① 빈집 정비사업 추진 (주택과)"), p("ㅇ 사업기간 : ’26. 1월~12월"),
        p("ㅇ 사 업 비 : 300백만원 (도비 90, 시비 210)"),
    )  # fmt: skip
    assert [(s.key, s.title) for s in report.sections if s.found] == [
        ("general", "일반현황"), ("staffing", "인 력 : 정원 12명, 현원 12명"),
        ("functions", "부서별 주요기능"), ("plans", "2026년 주요업무 추진계획"),
    ]  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("주택과", "주택정책 수립"), ("주택과", "공동주택 관리"),
    ]
    assert [(x.title, x.division, x.cost_krw) for x in report.projects] == [
        ("빈집 정비사업 추진", "주택과", 300_000_000),
    ]


# --- the Latin letter o set as a bullet -------------------------------------------------------

_PLAN = (
    "2026년 주요업무보고\n새벌군 보건소\n\nI. 일반현황\n1. 인력\n○ 정원 20명, 현원 19명\n"
    "II. 2026년 주요업무계획\n1. 보건행정과\n1) 지역응급의료기관 운영 지원\n"
    "○ 사업기간: '26. 1.~12.\n○ 사업비: 420,000천원(국 126,000 도 84,000 군 210,000)\n"
    "○ 추진계획\n- '26. 2월 : 운영기관 지정\n- '26. 3월~12월 : 야간진료 운영\n"
)


def test_the_latin_letter_o_as_a_bullet_reads_as_the_circle() -> None:
    """"o 사업기간: '26. 1.~12." as an older export sets ○: the same records (each o line
    had been glued to the title above it: no period, cost, funding)."""
    circle, latin = _text(_PLAN), _text(_PLAN.replace("○ ", "o "))
    got = [(x.title, x.period_start, x.period_end, x.cost_krw) for x in latin.projects]
    assert got == [("지역응급의료기관 운영 지원", date(2026, 1, 1), date(2026, 12, 31),
                    420_000_000)]  # fmt: skip
    assert [(f.source, f.amount_krw) for f in latin.project_funding] == [
        ("국비", 126_000_000), ("도비", 84_000_000), ("군비", 210_000_000),
    ]
    for table in ("projects", "project_funding", "schedules", "staffing"):
        # (the lines as printed keep their own glyph)
        assert [r.model_dump(exclude={"raw"}) for r in getattr(latin, table)] == [
            r.model_dump(exclude={"raw"}) for r in getattr(circle, table)
        ], table


@pytest.mark.parametrize("line", ["o clock 12:00", "oil 1,200천원", "o", "oZone 3"])
def test_a_latin_o_before_a_latin_word_is_no_bullet(line: str) -> None:
    assert read_marker(line) is None


# --- a card's whole cost over its years, and this year's cost ---------------------------------

_CARDS = (
    "2026년 주요업무보고\n한빛광역시 기후환경국\n\nⅠ. 일반현황\n1. 인력\n○ 정원 20명, 현원 19명\n"
    "Ⅲ. 2026년 주요업무 추진계획\n1. 탄소중립 녹색도시 전환\n"
    "① 공공건축물 그린리모델링 확대 (탄소중립과)\n□ 사업개요\n"
    "○ 사업내용 : 노후 공공건축물 단열 개선\n"
    "○ 총사업비 : 12,000백만원 (’24~’28)\n○ ’26년 사업비 : 2,100백만원 (국 1,050, 시 1,050)\n"
    "□ 추진계획\n○ ’26. 3월 : 대상 건축물 선정\n"
    "② 시민 햇빛발전소 보급 (탄소중립과, 에너지정책과)\n□ 사업개요\n"
    "○ 사업내용 : 공공부지 태양광 설치\n○ ’26년 사업비 : 1,600백만원 (국 480, 시 800, 민자 320)\n"
    "□ 추진계획\n○ ’26. 4월 : 사업자 공모\n"
)


def test_a_cards_division_bracket_its_period_after_the_cost_and_this_years_cost() -> None:
    """"① 제목 (탄소중립과)" over "□ 사업개요": the bracket is the division (the title had
    kept it, no division); "총사업비 : 12,000백만원 (’24~’28)" with no period labelled
    is of 2024-2028; "’26년 사업비 : …" is a cost label, the card's cost where no whole
    cost is stated, with its sources."""
    report = _text(_CARDS)
    got = [(x.title, x.division, x.division_evidence, x.period_start, x.period_end, x.cost_label,
            x.cost_krw) for x in report.projects]  # fmt: skip
    assert got == [
        ("공공건축물 그린리모델링 확대", "탄소중립과", "title_bracket", date(2024, 1, 1),
         date(2028, 12, 31), "총사업비", 12_000_000_000),
        ("시민 햇빛발전소 보급", "탄소중립과, 에너지정책과", "title_bracket", None, None,
         "’26년 사업비", 1_600_000_000),
    ]  # fmt: skip
    assert [(f.project_id, f.source, f.amount_krw) for f in report.project_funding] == [
        ("1-2", "국비", 480_000_000), ("1-2", "시비", 800_000_000), ("1-2", "민자", 320_000_000),
    ]  # fmt: skip
    assert not [f for f in failed(report) if f.startswith("projects")]


# --- a plan that lists its projects in a table before it tells each ---------------------------


def test_a_table_listing_the_plans_projects_gives_each_its_division() -> None:
    """"연번 | 사업명 | 사업기간 | 총사업비 | 국비 | 도비 | 담당과" over the projects, then a card
    for each: the card's division is its row's 담당과 (the cards had no division), and the
    table makes no projects of its own."""
    listing = [
        ["연번", "사업명", "사업기간", "총사업비", "국비", "도비", "담당과"],
        ["1", "지역사회 통합돌봄 전면 시행", "2026. 1.~12.", "5,840", "2,920", "2,920",
         "복지정책과"],
        ["2", "다함께돌봄센터 확충", "2026. 3.~12.", "1,200", "600", "600", "아동청소년과"],
    ]
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛도 복지여성국"), p("제1장 일반현황"), p("1. 인력 현황"),
        p("○ 정원 10명, 현원 10명"), p("제3장 2026년 주요업무계획"), p("(단위: 백만원)"),
        p(_table(listing)),
        p("1. 지역사회 통합돌봄 전면 시행"), p("○ 추진기간 : 2026년 1~12월"),
        p("○ 사 업 비 : 5,840백만원(국 2,920, 도 2,920)"),
        p("2. 다함께돌봄센터 확충"), p("○ 추진기간 : 2026년 3~12월"),
        p("○ 사 업 비 : 1,200백만원(국 600, 도 600)"),
    )  # fmt: skip
    got = [(x.title, x.division, x.division_evidence, x.period_start, x.period_end)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("지역사회 통합돌봄 전면 시행", "복지정책과", "column", date(2026, 1, 1),
         date(2026, 12, 31)),
        ("다함께돌봄센터 확충", "아동청소년과", "column", date(2026, 3, 1), date(2026, 12, 31)),
    ]  # fmt: skip


def test_a_numbered_item_that_names_a_division_over_its_projects() -> None:
    """"1. 보건행정과" over "1) …" projects, "2. 건강증진과" over others: each project is of
    the division its item names (they had had none, where no duty named them)."""
    report = _text(
        _PLAN + "2. 건강증진과\n1) 지역사회 통합건강증진사업\n○ 사업기간: '26. 1.~12.\n"
        "○ 사업비: 300,000천원(국 150,000 군 150,000)\n"
    )
    got = [(x.project_id, x.title, x.division, x.division_evidence) for x in report.projects]
    assert got == [
        ("1-1", "지역응급의료기관 운영 지원", "보건행정과", "part_title"),
        ("2-1", "지역사회 통합건강증진사업", "건강증진과", "part_title"),
    ]


# --- a card whose plan is a table of quarters ---------------------------------------------------


def test_a_cards_plan_drawn_as_a_table_of_quarters() -> None:
    """"□ 추진계획" over "추진내용 | 1/4 | 2/4 | 3/4 | 4/4" with ■ under the quarters each
    task runs in, in a card of labelled blocks: each run of marked quarters a step of the
    card (the card reader had read the table's rows as bullets: no step)."""
    def card(no: str, title: str, rows: list[list[str]]) -> list[str]:
        return [
            p(f"{no} {title} (탄소중립과)"), p("□ 사업개요"), p("○ 사업내용 : 노후 건축물 개선"),
            p("○ 총사업비 : 1,200백만원 (국 600, 시 600)"), p("□ 추진계획"),
            p(_table([["추진내용", "1/4", "2/4", "3/4", "4/4"], *rows])),
            p("□ 기대효과"), p("○ 온실가스 감축"),
        ]  # fmt: skip

    report = _hwpx(
        p("2026년 주요업무보고"), p("한빛광역시 기후환경국"), p("Ⅰ. 일반현황"), p("1. 인력"),
        p("○ 정원 20명, 현원 19명"), p("Ⅲ. 2026년 주요업무 추진계획"),
        p("1. 탄소중립 녹색도시 전환"),
        *card("①", "공공건축물 그린리모델링", [["실시설계", "■", "", "", ""],
                                          ["공사 시행", "", "■", "■", "■"]]),
        *card("②", "시민 햇빛발전소 보급", [["시설 안전점검", "", "■", "", "■"]]),
    )  # fmt: skip
    got = [(s.project_id, s.task, s.start, s.end) for s in report.schedules]
    assert got == [
        ("1-1", "실시설계", date(2026, 1, 1), date(2026, 3, 31)),
        ("1-1", "공사 시행", date(2026, 4, 1), date(2026, 12, 31)),
        ("1-2", "시설 안전점검", date(2026, 4, 1), date(2026, 6, 30)),
        ("1-2", "시설 안전점검", date(2026, 10, 1), date(2026, 12, 31)),
    ]


# --- steps dated with two-digit years, their quote marks left out -------------------------------


def test_steps_dated_before_the_colon_with_no_quote_mark() -> None:
    """"- 26.3월 : …", "- 26.6.~26.8. : …", "- 26년 하반기 : …" under a project of a 2026
    plan: each a step of that period (they had been lost, or a half's line a step whose
    task was its date); "- 25.8월 : …", before the plan's year, is progress."""
    report = _hwpx(
        p("2026년 업무계획"), p("한내시 도시주택국"), p("Ⅰ. 일반현황"),
        p("□ 인    력 : 정원 12명, 현원 12명"), p("Ⅱ. 2026년 주요업무 추진계획"),
        p("① 빈집 정비사업 추진 (주택과)"), p("ㅇ 사업기간 : 26.1월~26.12월"),
        p("ㅇ 사 업 비 : 300백만원 (도비 90, 시비 210)"), p("ㅇ 추진계획"),
        p("- 25.8월 : 빈집 실태조사 완료"), p("- 26.3월 : 정비대상 선정"),
        p("- 26.6.~26.8. : 철거 보상협의"), p("- 26년 하반기 : 철거 및 주차장 조성"),
    )  # fmt: skip
    got = [(s.task, s.start, s.end) for s in report.schedules]
    assert got == [
        ("정비대상 선정", date(2026, 3, 1), date(2026, 3, 31)),
        ("철거 보상협의", date(2026, 6, 1), date(2026, 8, 31)),
        ("철거 및 주차장 조성", date(2026, 7, 1), date(2026, 12, 31)),
    ]
    assert [(s.task, s.start) for s in report.progress] == [
        ("빈집 실태조사 완료", date(2025, 8, 1))
    ]
    assert [(x.period_start, x.period_end) for x in report.projects] == [
        (date(2026, 1, 1), date(2026, 12, 31))
    ]


def test_a_top_named_by_its_unit_word_alone_is_of_that_kind() -> None:
    """A 군 보건소's report: its top, 보건소, is of the kind 보건소 (it had had none)."""
    report = _text(
        "2026년 주요업무보고\n새벌군 보건소\n\nI. 일반현황\n1. 조직\n○ 조 직 : 2과\n"
        "○ 보건행정과, 건강증진과\n2. 인력\n○ 정원 20명, 현원 19명\nII. 2026년 주요업무계획\n"
        "1. 보건행정과\n1) 응급의료 지원\n○ 사업기간: '26. 1.~12.\n"
    )
    assert [(u.name, u.level, u.unit_type, u.parent) for u in report.organization] == [
        ("보건소", "bureau", "보건소", None),
        ("보건행정과", "division", "과", "보건소"), ("건강증진과", "division", "과", "보건소"),
    ]  # fmt: skip


def test_figures_by_year_in_a_note_under_the_steps_are_no_step() -> None:
    """"* 응급실 이용환자 : ’24년 6,812명 → ’25년 7,145명" under the dated steps: figures of
    those years, no step done (’25년 7,145명 had been progress, its task "7,145명")."""
    report = _text(_PLAN + "* 응급실 이용환자 : ’24년 6,812명 → ’25년 7,145명\n")
    assert report.progress == []
    assert [s.task for s in report.schedules] == ["운영기관 지정", "야간진료 운영"]


# --- a card with its facts in a table and steps dated by month before the colon ----------------


def test_a_cards_facts_table_with_its_unit_and_steps_dated_before_the_colon() -> None:
    """A card "1-1 …" over "사업기간 | 사업비(백만원) | 담당부서" / "2026. 1.~12. | 620 (시 620)
    | 시민교육팀", then "□ 추진일정" / "- 2월 : 상반기 강좌 편성": the table gives the period,
    the cost in the header's unit with its source and the division (all had been lost to the
    summary); a step is dated by the month before its colon, not a half its task names (it
    had been dated 상반기, the month kept in its task)."""
    def card(no: str, title: str, cost: str, team: str, steps: list[str]) -> list[str]:
        return [
            p(f"{no} {title}"),
            p(_table([["사업기간", "사업비(백만원)", "담당부서"], ["2026. 1.~12.", cost, team]])),
            p("□ 추진내용"), p("○ 온라인 플랫폼 구축"), p("□ 추진일정"), *(p(s) for s in steps),
        ]  # fmt: skip

    report = _hwpx(
        p("2026년 주요업무보고"), p("(재)가람시민재단"), p("Ⅰ. 일반현황"), p("1. 인력"),
        p("○ 정원 20명, 현원 19명"), p("Ⅲ. 2026년 주요사업"), p("1. 배움으로 성장하는 시민"),
        *card("1-1", "시민교육 플랫폼 구축", "620 (시 620)", "시민교육팀",
              ["- 1월 : 플랫폼 구축 기본계획 수립", "- 2월 : 상반기 강좌 편성"]),
        *card("1-2", "디지털 배움터 운영", "480 (시 430, 자체 50)", "디지털배움팀",
              ["- 3월~6월 : 상반기 배움터 운영"]),
    )  # fmt: skip
    got = [(x.title, x.period_start, x.period_end, x.cost_krw, x.division)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("시민교육 플랫폼 구축", date(2026, 1, 1), date(2026, 12, 31), 620_000_000, "시민교육팀"),
        ("디지털 배움터 운영", date(2026, 1, 1), date(2026, 12, 31), 480_000_000, "디지털배움팀"),
    ]  # fmt: skip
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("시비", 620_000_000), ("시비", 430_000_000), ("자체", 50_000_000),
    ]  # fmt: skip
    assert [(s.task, s.start, s.end) for s in report.schedules] == [
        ("플랫폼 구축 기본계획 수립", date(2026, 1, 1), date(2026, 1, 31)),
        ("상반기 강좌 편성", date(2026, 2, 1), date(2026, 2, 28)),
        ("상반기 배움터 운영", date(2026, 3, 1), date(2026, 6, 30)),
    ]


@pytest.mark.parametrize("mark", ["1-1.", "1-1"])
def test_a_project_numbered_with_dashes_and_a_dot(mark: str) -> None:
    """"1-1. 시민참여예산 운영 내실화 (예산담당관)" under "1. …": the number and its dot are the
    marker, not part of the title (with the dot, the title had kept "1-1.")."""
    second = mark.replace("1-1", "1-2")
    report = _text(
        "2026년 주요업무계획\n청람광역시 기획조정실\n\nⅠ. 일반현황\n1. 인력\n"
        "○ 정원 20명, 현원 19명\nⅡ. 2026년 주요업무계획\n1. 시민과 함께하는 시정기획\n"
        f"{mark} 시민참여예산 운영 내실화 (예산담당관)\n○ 사업기간 : ’26. 1.~12.\n"
        "○ 사업비 : 12.5억원(시비 100%)\n"
        f"{second} 시정 성과관리체계 고도화 (기획담당관)\n○ 사업기간 : ’26. 3.~12.\n"
        "○ 사업비 : 3.0억원(시비 100%)\n"
    )
    got = [(x.project_id, x.title, x.division, x.cost_krw) for x in report.projects]
    assert got == [
        ("1-1", "시민참여예산 운영 내실화", "예산담당관", 1_250_000_000),
        ("1-2", "시정 성과관리체계 고도화", "기획담당관", 300_000_000),
    ]
