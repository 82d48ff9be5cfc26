"""Forms of the genre met in a ninth and tenth round of reports (running heads over
chapters, contact notes, a city's budget over a bureau's, spaced-out text headers, grouped
issues): what each must give, worked out from its lines, and what had been lost or misread
before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_a_chapters_running_head_over_its_heading_opens_it_once() -> None:
    """"Ⅰ. 일반현황" as the page's running head right over "Ⅰ. 일반현황" itself: one
    chapter of both lines (it had been opened twice, the first one empty)."""
    from extract.document import Document, Line
    from extract.pipeline import check, parse_document

    texts = [
        "Ⅰ. 일반현황", "Ⅰ. 일반현황", "1. 조직 : 1국 2과",
        "Ⅱ. 2026년 주요업무계획", "Ⅱ. 2026년 주요업무계획", "1. 스마트팜", "○ 사업비 : 100백만원",
    ]  # fmt: skip
    pages = [1, 1, 1, 2, 2, 2, 2]
    pairs = enumerate(zip(texts, pages, strict=True), start=1)
    lines = [Line(i, t, t, page=pg) for i, (t, pg) in pairs]
    report = check(parse_document(Document("x.pdf", lines, format="pdf", pages=2), "x"))
    tops = [(n.title, n.line_start, n.line_end) for n in report.outline if n.level == 1]
    assert tops == [("일반현황", 1, 2), ("2026년 주요업무계획", 4, 5)]


def test_a_contact_note_names_the_cards_division() -> None:
    """"※ 담당 : 버스정책과 노선관리팀장 이○○ (☎ …, FAX …)" at the end of a card, however deep
    its line hangs: the project's division, the official and the phone aside."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n\n1. 대중교통 혁신\n"
        " □ 광역버스 노선 확대\n  ○ 사업기간 : 2026. 1. ~ 12.\n  ○ 사업비 : 3,000백만원\n"
        "  ○ 추진계획\n   - ’26. 3. : 노선 신설\n"
        "  ※ 담당 : 교통정책과 교통기획팀장 김○○ (☎ 031-8008-2345)\n"
        " □ 버스정보 고도화\n  ○ 사업기간 : 2026. 1. ~ 12.\n  ○ 사업비 : 500백만원\n"
        "  ※ 담당 : 버스정책과 노선관리팀장 이○○ (☎ 031-8008-2346, FAX 031-8008-2399)\n"
    )
    assert [(x.title, x.division) for x in report.projects] == [
        ("광역버스 노선 확대", "교통정책과"), ("버스정보 고도화", "버스정책과"),
    ]  # fmt: skip


def test_a_programmes_budget_in_prose_is_no_total_of_the_body() -> None:
    """"○ 주민참여예산 15억원 편성": the budget of a programme, no stated total of the
    report's (it had been checked against the 세입 table, and failed)."""
    from extract.document import Line
    from extract.parse.budget_prose import line_totals

    assert line_totals(Line(1, "○ 주민참여예산 15억원 편성 (’25년 12억원 대비 3억원 증)", "")) == []
    assert [t.value for t in line_totals(Line(2, "○ 2026년 예산 : 15억원", ""))] == [1_500_000_000]


def test_a_line_of_shares_is_no_card() -> None:
    """"○ 국비 : 50억원, 도비 : 20억원 확보" under "□ 외부재원 확보 성과": the shares of one
    sum, not two costs, and the bullet over it no project's card."""
    from extract.parse.project_facts import labelled

    assert [x.label for x in labelled("국비 : 50억원, 도비 : 20억원 확보")] == ["국비"]
    two = labelled("사업비 : 620백만원, 기간 : ’25. 3.~12.")
    assert [x.label for x in two] == ["사업비", "기간"]


def test_a_centre_among_the_items_is_no_division_unless_its_items_add_up_to_it() -> None:
    """"치매안심센터 | 200" among 세부사업 in a report that lists no divisions: an item (a
    centre's name is a unit's, but the items after it do not add up to it)."""
    items = _table([
        ["세부사업", "2026 예산"], ["합 계", "1,000"], ["치매안심센터", "200"],
        ["방문건강관리 사업", "300"], ["정신건강 증진사업", "500"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("가온구 보건소"), p("Ⅰ. 일반현황"), p("1. 조직 : 3팀"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 건강증진"), p("○ 사업비 : 300천원"),
        p("붙임 2. 예산 세부내역"), p("(단위 : 천원)"), p(items),
    )  # fmt: skip
    assert [b.level for b in report.budget_items] == ["bureau", "item", "item", "item"]


def test_the_citys_budget_over_the_bureaus_is_the_citys() -> None:
    """"□ 2026년 시 예산 총괄" (the city's, by 회계) before "□ 기획조정실 소관 예산": the
    first table's lines are the city's, named by the cover (한빛광역시), and only the
    실's own table is its budget_summary (the city's rows had been the 실's)."""
    city = _table([
        ["구 분", "2026년", "2025년"], ["계", "1,000", "900"], ["일반회계", "700", "650"],
        ["특별회계", "300", "250"],
    ])  # fmt: skip
    own = _table([
        ["구 분", "2026년", "2025년"], ["계", "50", "40"], ["기획담당관", "30", "25"],
        ["예산담당관", "20", "15"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("한빛광역시 기획조정실"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1실 2담당관"), p("2. 예 산"),
        p("□ 2026년 시 예산 총괄"), p("(단위 : 억원)"), p(city),
        p("□ 기획조정실 소관 예산 (일반회계)"), p("(단위 : 억원)"), p(own),
        p("Ⅱ. 주요업무 추진계획"), p("1. 건전재정"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    assert not {"일반회계", "특별회계"} & {b.unit for b in report.budget_summary}
    lines = {(b.unit, b.amount_krw) for b in report.budget_lines if b.year == 2026}
    assert {("한빛광역시", 100_000_000_000), ("한빛광역시", 70_000_000_000)} <= lines
    assert {("계", 5_000_000_000), ("기획담당관", 3_000_000_000)} <= lines


def test_a_stated_total_takes_the_account_its_part_names() -> None:
    """"1. 세입예산 (일반회계)" over "□ 2026년 세입예산 : 2,009,300천원 (…)": the total of
    일반회계's revenue (it had been of no account), in a chapter titled 예산 개요, first."""
    report = _text(
        "Ⅰ. 2026년 예산 개요\n\n 1. 세입예산 (일반회계)\n\n"
        "  □ 2026년 세입예산 : 2,009,300천원 (전년 대비 228,500천원, 12.8% 증)\n\n"
        "Ⅱ. 분야별 주요사업\n\n1. 일자리 분야\n □ 청년 일자리 창출\n  ○ 사업비 : 500백만원\n\n"
        "Ⅲ. 조직 및 인력 현황\n\n1. 조직\n ○ 기구 : 1실 5팀\n"
    )
    keys = {(t.key, t.value) for t in report.stated_totals}
    assert ("budget.revenue.일반회계", 2_009_300_000) in keys
    assert "budget_summary" in {s.key for s in report.sections if s.found}


def test_a_text_tables_accounts_spaced_out_over_their_years() -> None:
    """"합      계 | 일 반 회 계 | 특 별 회 계 | 기      금" each over "2026 | 2025" in a text
    export: each account one header over its two columns, each amount of its account
    (the spaced letters had been cut at the column gaps, "합" | "계", and no line had an
    account); "증   감" one header."""
    from extract.document import Line
    from extract.layout.textgrid import infer_grids

    rows = [
        "      구   분         합      계         일 반 회 계         기      금",
        "                       2026      2025      2026      2025      2026      2025",
        "         계         158,420   149,310    96,850    92,140    61,570    57,170",
        "   환경정책과        17,680    16,900    12,480    11,920     5,200     4,980",
    ]
    grid = infer_grids([Line(i, t, t) for i, t in enumerate(rows, start=1)])[0]
    heads = [(c.col, c.col_span, c.text) for c in grid.cells if c.row == 0]
    assert heads == [(0, 1, "구 분"), (1, 2, "합 계"), (3, 2, "일 반 회 계"), (5, 2, "기 금")]
    revenue = [
        "      구   분       2026년      2025년     증   감",
        "         계           158,420     149,310       9,110",
        "   국   비             52,630      48,920       3,710",
    ]
    grid = infer_grids([Line(i, t, t) for i, t in enumerate(revenue, start=1)])[0]
    assert [c.text for c in grid.cells if c.row == 0] == ["구 분", "2026년", "2025년", "증 감"]


def test_labels_over_groups_of_units_are_no_units() -> None:
    """"□ 본청" over the table of the 국's 과 and "□ 직속기관·사업소" over another: labels of
    where the units stand (they had been a team and a 사업소 of the chart, and the table of
    the 과 and their teams left unread)."""
    from extract.parse.org_boxes import classify

    assert classify("□ 본청", []) is None
    assert classify("□ 직속기관·사업소", []) is None
    box = classify("장애인복지관사업소", [])
    assert box is not None and box.kind == "unit"


def test_the_chapters_numbered_parts_after_a_title_of_its_direction_are_the_chapters() -> None:
    """"【 2026년 업무 추진 방향 】" / "○ 추진 방향" / "- …" then "1. 두텁고 촘촘한 복지안전망
    구축" / "□ …": the numbered theme is the chapter's, not under the direction's title (its
    first cards had fallen out of the theme)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 5과\n\nⅡ. 2026년 주요업무 추진계획\n\n"
        "【 2026년 업무 추진 방향 】\n ○ 추진 방향\n  - 사각지대 없는 복지안전망\n\n"
        "1. 두텁고 촘촘한 복지안전망 구축\n"
        " □ 위기가구 발굴 지원 (복지정책과)\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
        "  ○ 사업비 : 1,200백만원\n"
        " □ 긴급복지 확대 (복지정책과)\n  ○ 사업기간 : 2026. 1. ~ 12.\n  ○ 사업비 : 800백만원\n"
    )
    got = [(x.project_id, x.theme, x.title) for x in report.projects]
    assert got == [
        ("1-1", "두텁고 촘촘한 복지안전망 구축", "위기가구 발굴 지원"),
        ("1-2", "두텁고 촘촘한 복지안전망 구축", "긴급복지 확대"),
    ]


def test_issues_grouped_under_parts_of_the_issues_chapter() -> None:
    """"Ⅳ. 주요 현안 및 건의사항" / "1. 주요 현안" / "□ 새빛역 환승센터 건립 (교통행정과)" /
    "○ 현 황 …" and "2. 건의사항" / "□ …": each □ an issue (현안1, 현안2, … numbered on
    across the parts), of the division its bracket names; the parts none (they had been
    the issues, and the real ones their blocks)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 3과\n\nⅡ. 2026년 주요업무계획\n\n1. 교통\n"
        " □ 버스 정비\n  ○ 사업비 : 100백만원\n\n"
        "Ⅲ. 주요 현안 및 건의사항\n\n1. 주요 현안\n"
        " □ 새빛역 환승센터 건립 (교통행정과)\n  ○ 현 황 : 부지 확보 완료\n"
        "  ○ 대응방안\n   - ’26. 6. : 중앙투자심사 신청\n"
        " □ 지하차도 침수 대응 (치수방재과)\n  ○ 현 황 : 침수 2회\n\n"
        "2. 건의사항\n"
        " □ 솔내천 준설 국비 지원 건의 (치수방재과)\n  ○ 건의내용 : 국비 지원\n"
    )
    issues = [(x.project_id, x.title, x.division) for x in report.projects
              if x.project_id.startswith("현안")]  # fmt: skip
    assert issues == [
        ("현안1", "새빛역 환승센터 건립", "교통행정과"),
        ("현안2", "지하차도 침수 대응", "치수방재과"),
        ("현안3", "솔내천 준설 국비 지원 건의", "치수방재과"),
    ]
    steps = [(s.project_id, s.task) for s in report.schedules if s.project_id.startswith("현안")]
    assert steps == [("현안1", "중앙투자심사 신청")]


def test_every_issue_of_a_grouped_chapter_is_numbered_once() -> None:
    """An issue of one line among grouped ones, and a part titled with no group word
    between the groups: every issue kept, each id once (two had shared 현안2, and the
    second been dropped)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 3과\n\nⅡ. 2026년 주요업무계획\n\n1. 교통\n"
        " □ 버스 정비\n  ○ 사업비 : 100백만원\n\n"
        "Ⅲ. 주요 현안 및 건의사항\n\n1. 주요 현안\n"
        " □ 새빛역 환승센터 건립 (교통행정과)\n  ○ 현 황 : 부지 확보 완료\n"
        " □ 청사 리모델링 (총무과)\n"
        " □ 지하차도 침수 대응 (치수방재과)\n  ○ 현 황 : 침수 2회\n\n"
        "2. 국비 확보 현안\n ○ 현 황 : 국비 30% 확보\n"
    )
    issues = [(x.project_id, x.title) for x in report.projects if x.project_id.startswith("현안")]
    assert issues == [
        ("현안1", "새빛역 환승센터 건립"), ("현안2", "청사 리모델링"),
        ("현안3", "지하차도 침수 대응"), ("현안4", "국비 확보 현안"),
    ]  # fmt: skip


def test_a_line_naming_its_own_accounts_takes_no_account_from_its_part() -> None:
    """"1. 세출예산 (일반회계)" over "□ 특별회계 및 기금 세출예산 : 3,000,000천원": the line
    names its own accounts, so it is no total of 일반회계."""
    report = _text(
        "Ⅰ. 예산 개요\n\n 1. 세출예산 (일반회계)\n\n"
        "  □ 특별회계 및 기금 세출예산 : 3,000,000천원\n\n"
        "Ⅱ. 주요사업\n\n1. 일자리\n □ 청년 일자리\n  ○ 사업비 : 500백만원\n"
    )
    assert not [t for t in report.stated_totals if t.key.endswith(".일반회계")]


def test_a_text_tables_row_label_merged_down_over_the_rows_under_it() -> None:
    """"경영본부      경영기획처       3  기획예산팀, …" / "              고객지원처       2
    고객만족팀, …" in a text export: the second row's empty label is the first's, merged
    down (the table had ended at it, and its units and teams been lost)."""
    report = _text(
        "2026년도 업무계획\n\n누리시설관리공단\n\n1. 기관 현황\n\n1.1 조직 및 인력\n\n"
        " • 조    직 : 2본부 3처 5팀\n\n"
        "  < 본부·처별 팀 현황 >\n"
        "  본    부      처·실         팀수  팀      명\n"
        "  경영본부      경영기획처       2  기획예산팀, 인사총무팀\n"
        "                고객지원처       1  고객만족팀\n"
        "  시설본부      체육시설처       2  체육운영팀, 체육시설팀\n\n"
        "2. 2025년 주요성과\n\n2.1 경영 성과\n\n • 경영평가 '가' 등급\n\n"
        "3. 2026년 업무계획\n\n3.1 디지털 전환\n\n3.1.1 스마트 시설관리\n • 사업비 : 100백만원\n\n"
        "4. 2025년 행정사무감사 지적사항 조치결과\n\n4.1 처리현황\n\n • 총 1건\n"
    )
    units = {(u.name, u.parent) for u in report.organization}
    assert {("고객지원처", "경영본부"), ("고객만족팀", "고객지원처"),
            ("체육운영팀", "체육시설처")} <= units  # fmt: skip


def test_a_text_tables_last_column_of_facilities_is_words() -> None:
    """"구    분   개소  주 요 시 설" over "체육시설  14  누리종합운동장, 국민체육센터 5, 수영장 3":
    the facilities a column of words, the count 14 the row's one figure (the figures inside
    the list had been read as values, and the 계 row's check failed)."""
    from extract.document import Line
    from extract.layout.textgrid import infer_grids

    rows = [
        "  구    분       개소  주 요 시 설",
        "  계               42",
        "  체육시설         14  누리종합운동장, 국민체육센터 5, 수영장 3",
        "  공영주차장       28  노외주차장 25, 노상주차장 3",
    ]
    grid = infer_grids([Line(i, t, t) for i, t in enumerate(rows, start=1)])[0]
    got = [[c.text for c in grid.cells if c.row == r] for r in range(grid.n_rows)]
    assert got[2] == ["체육시설", "14", "누리종합운동장, 국민체육센터 5, 수영장 3"]


def test_a_stated_total_with_its_accounts_in_a_bracket() -> None:
    """"세출 158,420백만원 (일반회계 96,850, 특별회계 48,270, 기금 13,300)": the whole and each
    account's share, in the whole's unit (the shares had been lost); a bracket whose shares
    do not add up to the whole states none."""
    from extract.document import Line
    from extract.parse.budget_prose import line_totals

    text = "3. 예    산 : 세출 158,420백만원 (일반회계 96,850, 특별회계 48,270, 기금 13,300)"
    line = Line(1, text, "")
    assert [(t.key, t.value) for t in line_totals(line)] == [
        ("budget.expenditure", 158_420_000_000),
        ("budget.expenditure.일반회계", 96_850_000_000),
        ("budget.expenditure.특별회계", 48_270_000_000),
        ("budget.expenditure.기금", 13_300_000_000),
    ]
    off = Line(2, "○ 세출예산 : 100억원 (일반회계 60, 특별회계 30)", "")
    assert [t.key for t in line_totals(off)] == ["budget.expenditure"]


def test_a_years_amount_after_a_label_is_no_step() -> None:
    """"○ 지방소멸대응기금 : ’26년 배분액 96억원 (B등급)" in an issue: a figure of that year,
    no step dated 2026 (it had been one); "○ 추진일정 : ’26년 3월 착공" stays a step."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1실 5팀\n\nⅡ. 2026년 주요업무계획\n\n1. 일자리\n"
        " □ 청년 일자리\n  ○ 사업비 : 500백만원\n  ○ 추진일정 : ’26년 3월 착공\n\n"
        "Ⅲ. 주요 현안\n\n1. 인구감소지역 지원 대응\n"
        " ○ 현    황 : 2021. 10. 인구감소지역 지정\n"
        " ○ 지방소멸대응기금 : ’26년 배분액 96억원 (B등급)\n"
    )
    assert [s.task for s in report.schedules] == ["착공"]
