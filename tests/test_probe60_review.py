"""What a review of the eleventh round's changes found them to misread, each case worked
out from its lines: a word of a rate read as a value in a header, a remark of dates taken
for the values, the same side summed up twice, a category of revenue read as a source, a
category holding a word of change, a wrapped aside opened as a title, a task line counted
as a card's fact, a unit's counts read as its duties, a subtotal among the sources added
twice, and a time that grew with the square of a table's rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from extract.document import Line
from extract.layout.textgrid import infer_grids
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed

HEAD = "2026년 주요업무보고\n한빛시 문화국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n"
PLAN = "Ⅱ. 주요업무 추진계획\n 1. 문화 행사\n  ○ 사업비 : 100백만원\n"


def _grid_rows(texts: list[str]) -> list[list[str]]:
    (grid,) = infer_grids([Line(i, t, t) for i, t in enumerate(texts, 1)])
    return [[c.text for c in grid.cells if c.row == r] for r in range(grid.n_rows)]


def test_a_header_word_of_net_change_is_a_header() -> None:
    """"구 분 증원 감원 순증" is a header (순증 a rate's word only after a row's figures)."""
    report = _text(
        HEAD + " 2. 인력 변동\n                    (단위 : 명)\n   구 분    증원    감원    순증\n"
        "   일반직      5       2       3\n   기술직      4       1       3\n" + PLAN
    )
    heads = {c.col_header for c in report.table_cells if c.row == 1 and c.col > 0}
    assert heads == {"증원", "감원", "순증"}


def test_a_remark_of_dates_is_no_run_of_values() -> None:
    """"시민 문화 축제  500  개최 2026. 5. 15." under "사 업 명 | 예 산 | 비 고": the 500 its
    value, the dated words its remark (the table had been lost)."""
    assert _grid_rows([
        "      사    업    명              예   산      비   고",
        "      합    계                     1,500",
        "      시민 문화 축제                 500      개최 2026. 5. 15.",
        "      청소년 음악회                 1,000      개최 2026. 8. 20.",
    ])[2] == ["시민 문화 축제", "500", "개최 2026. 5. 15."]  # fmt: skip


def test_a_tables_second_view_of_the_same_side_is_not_summed_again() -> None:
    """세출 by division that the template reads, then 세출 by kind of spending: one summary
    of the side (the second had been read wide too: two 계 rows of 세출)."""
    def box(head: str, rows: list[tuple[str, str, str, str, str]]) -> str:
        lines = [f"   │ {head} │ 2026년 예산 │ 2025년 예산 │ 증 감 │ 증감률 │"]
        lines += [f"   │ {a} │ {b} │ {c} │ {d} │ {e} │" for a, b, c, d, e in rows]
        rule = "   ├────────┼──────┼──────┼─────┼───┤"
        return "\n".join([
            "   ┌────────┬──────┬──────┬─────┬───┐", lines[0], rule, lines[1], rule,
            *lines[2:], "   └────────┴──────┴──────┴─────┴───┘",
        ]) + "\n"  # fmt: skip

    report = _text(
        "2026년 주요업무보고\n한빛시 문화국\n\nⅠ. 일반현황\n 1. 조직 : 2과\n 2. 예    산\n"
        "  가. 부서별 세출예산\n                     (단위 : 천원, %)\n"
        + box("구   분", [("계", "1,000", "900", "100", "11.1"),
                          ("문화예술과", "800", "720", "80", "11.1"),
                          ("관광진흥과", "200", "180", "20", "11.1")])
        + "  나. 성질별 세출예산\n                     (단위 : 천원, %)\n"
        + box("성 질 별", [("계", "1,000", "900", "100", "11.1"),
                           ("인 건 비", "600", "500", "100", "20.0"),
                           ("사 업 비", "400", "400", "-", "-")])
        + PLAN
    )  # fmt: skip
    assert [s.unit for s in report.budget_summary] == ["계", "문화예술과", "관광진흥과"]
    assert not failed(report)


def test_revenue_by_kind_names_no_source() -> None:
    """"계 | 지방세 | 세외수입 | 교부세 | 보조금" across a 세입 table: each a category, no
    funding source (교부세 and 보조금 had been sources, no item)."""
    table = _table([
        ["구 분", "계", "지방세", "세외수입", "교부세", "보조금"],
        ["2026년", "1,000", "400", "100", "300", "200"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한솔군 기획감사실"), p("Ⅰ. 일반현황"), p("1. 조직 : 4팀"),
        p("2. 예산현황"), p("가. 세입예산"), p("(단위 : 백만원)"), p(table),
        p("Ⅱ. 주요업무 추진계획"), p("1. 군정 기획"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    assert [(b.item, b.source) for b in report.budget_lines if b.item] == [
        ("지방세", None), ("세외수입", None), ("교부세", None), ("보조금", None),
    ]  # fmt: skip


def test_a_category_that_holds_a_word_of_change_is_added_across() -> None:
    """"재난대비 훈련 | 300 | 100 | 201": a category, its 계 checked (and the misprint
    found); only a row of changes, "증감률(%)", is not."""
    table = _table([
        ["구 분", "계", "화 재", "구 조"], ["재난대비 훈련", "300", "100", "201"],
        ["증감률(%)", "4.1", "△4.9", "5.0"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한솔도 소방본부"), p("Ⅰ. 일반현황"), p("1. 조직 : 4과"),
        p("2. 재난대응 현황"), p("(단위 : 건)"), p(table),
        p("Ⅱ. 주요업무 추진계획"), p("1. 119 구급 고도화"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    totals = [c for c in report.validation if c.check == "tables.column_total"]
    assert [c.passed for c in totals] == [False]


def test_a_wrapped_aside_that_counts_is_no_title() -> None:
    """"[완료 : 110건, 진행중 : 10건]" under "○ 고충민원 처리 실적 : 총 120건": its wrap, no
    title (a "[" sets an aside)."""
    report = _text(
        HEAD + PLAN + "  ○ 고충민원 처리 실적 : 총 120건\n    [완료 : 110건, 진행중 : 10건]\n"
    )
    assert "title" not in [n.kind for n in report.outline]


def test_task_lines_that_name_a_plan_are_no_card_facts() -> None:
    """□ bullets each over two task lines that hold a plan's word ("○ 기본계획 수립", "○
    도시관리계획 변경") and their details: the item's own work, one project (each line had
    counted as a card's fact, each bullet a project)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 도시재생 활성화 (도시재생과)\n"
        "  □ 원도심 재생\n    ○ 기본계획 수립\n      - 주민 의견 수렴\n"
        "    ○ 도시관리계획 변경\n      - 지구단위계획 결정\n"
        "  □ 빈집 정비\n    ○ 정비계획 수립\n      - 실태조사 실시\n"
        "    ○ 시행계획 고시\n      - 사업 시행\n 2. 공원 조성\n  ○ 사업비 : 100백만원\n"
    )
    assert [x.project_id for x in report.projects] == ["1", "2"]


def test_a_units_counts_after_its_colon_are_no_duty() -> None:
    """"□ 기획예산과 : 4팀 25명" over its duties: the division's name, its counts no duty."""
    report = _text(
        HEAD + " 2. 과별 주요업무\n  □ 기획예산과 : 4팀 25명\n    ○ 주요업무 계획 수립\n"
        "    ○ 예산 편성 및 집행\n  □ 총무과 : 3팀 20명\n    ○ 청사 관리\n" + PLAN
    )
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("기획예산과", 1, "주요업무 계획 수립"), ("기획예산과", 2, "예산 편성 및 집행"),
        ("총무과", 1, "청사 관리"),
    ]  # fmt: skip


def test_an_investment_plan_with_a_subtotal_among_its_sources_gives_no_sum() -> None:
    """"국 비 3,600 / 지방비 5,400 / 도 비 2,000 / 시 비 3,400", no 계 row: 지방비 sums
    the two after it, so the sources' sum is no cost (it had been 14,400, twice 5,400)."""
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 창작환경 조성\n  □ 근대역사관 리모델링 (문화예술과)\n"
        "    ○ 사업기간 : 2025 ~ 2027\n"
        "    ○ 연도별 투자계획                       (단위 : 백만원)\n"
        "        구  분    총사업비    ~2025    2026     2027 이후\n"
        "        국 비        3,600      400    1,700        1,500\n"
        "        지방비       5,400      600    2,550        2,250\n"
        "         도 비       2,000      200    1,000          800\n"
        "         시 비       3,400      400    1,550        1,450\n"
        "    ○ 2026년 추진계획\n      - ’26. 5. : 실시설계 완료\n"
    )
    assert [x.cost_krw for x in report.projects] == [None]


def test_a_long_events_table_is_read_once_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """400 numbered rows under a 연번 header: the grid is built once, and whether it is a
    box asked once a grid (each row had rebuilt the grid and each cell asked again: a time
    that grew with the square of the rows)."""
    import extract.layout.boxes as boxes
    import extract.layout.gapgrid as gapgrid

    calls = {"gap_grid": 0, "is_box": 0}

    def counted(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(gapgrid, "gap_grid", counted("gap_grid", gapgrid.gap_grid))
    monkeypatch.setattr(boxes, "is_box", counted("is_box", boxes.is_box))
    rows = "".join(
        f"  {i:<4}  시민설명회 {i:<5}          2026. 5. {1 + i % 28:<2}.           시민홀"
        "        도시철도과\n"
        for i in range(1, 401)
    )
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n 1. 교통안전\n  ○ 사업비 : 24억원\n 2. 행사 일정\n\n"
        "  연번  행  사  명                일    시                장    소      주관부서\n"
        + rows
    )
    assert len(report.events) == 400
    assert calls["gap_grid"] < 10 and calls["is_box"] < 50


def test_a_steps_amount_after_its_label_is_a_step() -> None:
    """"1차 교부 : 50억원" dated is a step (a payment made); only a plan's amount after a
    year, "투자계획 : 128,500백만원", is a figure of that year, no step."""
    from extract.parse.schedules import states_cost

    assert not states_cost("1차 교부 : 50억원")
    assert states_cost("투자계획 : 128,500백만원 (공사비 96,400)")


# --- a second review -----------------------------------------------------------------------


def test_task_numbers_that_restart_under_each_goal_stay_apart() -> None:
    """"과제 1-1", "과제 1-2" under each of two goals: four projects (the printed path is
    the id only where the ids stay apart; the second goal's had been lost)."""
    card = "    □ 사업기간 : 2026. 1. ~ 12.\n    □ 사 업 비 : 320백만원 (시비 100%)\n\n"
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n\n목표 1  탄소중립 선도도시\n\n  전략 1 온실가스 감축\n\n"
        "   과제 1-1 기본계획 이행점검 (기후환경정책과)\n" + card
        + "   과제 1-2 배출권 관리 (기후환경정책과)\n" + card
        + "목표 2  녹색 생활도시\n\n  전략 1 생활권 녹지 확충\n\n"
        "   과제 1-1 도시숲 조성 (녹지과)\n" + card + "   과제 1-2 가로수 정비 (녹지과)\n" + card
    )
    ids = [x.project_id for x in report.projects]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_a_dated_milestone_that_ends_with_its_aim_is_a_step() -> None:
    """"- ’26. 12. : 준공 목표" is a step; only a level or figure before 목표 ("2026년
    2등급 목표") states a target."""
    from extract.parse.schedules import names_aim

    assert not names_aim("’26. 12. : 준공 목표")
    assert names_aim("※ 2025년 종합청렴도 4등급 → 2026년 2등급 목표")


def test_quarters_written_q_without_a_year() -> None:
    """"- Q1 : 실시설계", "- Q2 ~ Q3 : 기반시설 착공", "2026. Q1~2": quarters of the plan's
    year (only a quarter after a year had been found)."""
    from extract.normalize.dates import find_dates

    got = [(d.raw, str(d.start), str(d.end)) for t in ("Q1", "Q2 ~ Q3", "2026. Q1~2")
           for d in find_dates(t, year=2026)]  # fmt: skip
    assert got == [
        ("Q1", "2026-01-01", "2026-03-31"), ("Q2 ~ Q3", "2026-04-01", "2026-09-30"),
        ("2026. Q1~2", "2026-01-01", "2026-06-30"),
    ]  # fmt: skip


def test_a_count_line_with_a_person_count_in_thousands_and_named_counts() -> None:
    """"12팀 1,234명": 12 teams (a figure with thousands after a count is no count of a
    name's); "119구조대 1개대": a name with its count, no count of 119."""
    from extract.parse.org_parts import read_count_line

    line = read_count_line("2국 8과 32팀 1,050명(정원)")
    assert line is not None and line.counts == ((2, "국"), (8, "과"), (32, "팀"))
    line = read_count_line("1본부 3과 6팀, 1소방서 (119안전센터 1개소, 119구조대 1개대)")
    assert line is not None and line.counts == ((1, "본부"), (3, "과"), (6, "팀"), (1, "소방서"))


def test_a_subtotal_row_counted_with_gae_is_no_unit() -> None:
    """"| 2개과 | 4개팀" merged under "본 청": the table's counts, no units named 2개과."""
    from extract.parse.org_table import _is_count

    assert _is_count("2개과") and _is_count("4개팀") and _is_count("18팀")
    assert not _is_count("119대응과")


def test_one_duty_that_lists_its_objects_before_the_verb() -> None:
    """"○ 건설과 : 도로 및 교량, 하천, 공원 시설 관리": one duty (its objects listed before
    its verb); "…, 자체감사" after the phrases splits."""
    from extract.parse.functions import listed_duties

    assert listed_duties("도로 및 교량, 하천, 공원 시설 관리", loose=True) == [
        "도로 및 교량, 하천, 공원 시설 관리"
    ]
    assert listed_duties("예산 편성 및 집행관리, 조직·인사 관리, 자체감사", loose=True) == [
        "예산 편성 및 집행관리", "조직·인사 관리", "자체감사",
    ]  # fmt: skip


def test_a_units_duties_after_its_english_gloss() -> None:
    """"○ 기획예산과 (Planning & Budget Division) : 청 업무 총괄·조정, …": the division's
    duties, its gloss aside (none had been read)."""
    report = _text(
        HEAD + " 2. 과별 주요업무\n  ○ 기획예산과 (Planning & Budget Division) : 청 업무 총괄·조정,"
        " 예산 편성 및 집행관리\n" + PLAN
    )
    assert [(f.division, f.function) for f in report.functions] == [
        ("기획예산과", "청 업무 총괄·조정"), ("기획예산과", "예산 편성 및 집행관리"),
    ]  # fmt: skip


def test_a_budget_books_object_row_with_no_basis_under_its_programme() -> None:
    """"401 시설비및부대비" with no basis after "[세부사업] 보행환경 개선": under it, its
    lines under itself (it had been the total's, the total's check failing)."""
    rows = [
        ["세부사업 / 통계목", "예산액(천원)", "산출기초"], ["합계", "1,200,000", ""],
        ["[세부사업] 보행환경 개선", "1,200,000", ""], ["401 시설비및부대비", "1,200,000", ""],
        ["401-01 시설비", "1,200,000", "○ 보도 정비 : 30,000천원 × 40개소 = 1,200,000천원"],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 3팀"), p("Ⅱ. 2026년 주요업무계획"), p("1. 보도 정비"),
        p("○ 사업기간 : 2026. 1.~12."), p("붙임. 2026년 예산 세부내역"), p(_table(rows)),
    )  # fmt: skip
    assert [(b.item, b.code, b.parent) for b in report.budget_items] == [
        ("합계", None, None), ("보행환경 개선", None, "합계"),
        ("시설비및부대비", "401", "보행환경 개선"), ("시설비", "401-01", "시설비및부대비"),
    ]  # fmt: skip
    assert not failed(report)


def test_a_row_that_names_what_it_totals_is_not_added_down() -> None:
    """"총사업비 | 12,400,000 …" over "기 투 자" and "’19년 예산" (the years so far, not all
    of it): no sum of the rows under it is checked (four checks had failed); a 계 row is."""
    table = _table([
        ["구 분", "계", "국비", "시비"], ["총사업비", "12,400", "3,000", "9,400"],
        ["기 투 자", "3,150", "1,000", "2,150"], ["’19년 예산", "5,200", "1,200", "4,000"],
    ])  # fmt: skip
    report = _hwpx(
        p("2019년 주요업무보고"), p("한빛구 문화체육과"), p("Ⅰ. 일반현황"), p("1. 조직 : 3팀"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 생활체육관 건립"), p("○ 사업기간 : 2017. ~ 2020."),
        p("(단위 : 백만원)"), p(table),
    )  # fmt: skip
    assert not [c for c in report.validation if c.check == "tables.row_total"]
    assert not failed(report)


# --- a third review ------------------------------------------------------------------------


def test_a_units_teams_under_the_count_line_keep_their_unit() -> None:
    """"▸ 세무과 : 총무팀, 재무팀" under "❍ 조 직 : 1과 2팀": the unit's teams, as the chart
    reads them (a team "세무과:총무팀" had been made); "▸ 기획팀, 운영팀" over "▸
    환경자원사업소": the top's teams, not the unit's drawn after them."""
    head = "2026년 주요업무계획\n가림군 환경과\n\nⅠ. 일반현황\n 1. 조직 및 인력\n"
    tail = "Ⅱ. 주요업무 추진계획\n 1. 탄소중립\n  ❍ 사업비 : 100백만원\n"
    labelled = _text(head + "  ❍ 조    직 : 1과 2팀\n    ▸ 환경과 : 총무팀, 재무팀\n" + tail)
    assert {(u.name, u.parent) for u in labelled.organization if u.level == "team"} == {
        ("총무팀", "환경과"), ("재무팀", "환경과"),
    }  # fmt: skip
    office = _text(
        head + "  ❍ 조    직 : 1과 2팀 1사업소\n    ▸ 기획팀, 운영팀\n    ▸ 환경자원사업소\n" + tail
    )
    assert {(u.name, u.parent) for u in office.organization if u.level == "team"} == {
        ("기획팀", "환경과"), ("운영팀", "환경과"),
    }  # fmt: skip


def test_a_goals_items_with_their_blocks_are_tasks() -> None:
    """"목표 1 …" over "1. 기본계획 이행점검 (…)" over "가. 사업개요", "나. 추진계획": the
    numbered item is the task, its parts its card's blocks (they had been the tasks)."""
    card = (
        "   가. 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n   나. 추진계획\n    ○ ’26. 3. : 착수\n"
    )
    report = _text(
        HEAD + "Ⅱ. 주요업무 추진계획\n\n목표 1  탄소중립 선도도시\n\n"
        " 1. 기본계획 이행점검 (기후환경정책과)\n" + card
        + "목표 2  녹색 생활도시\n\n 2. 도시숲 조성 (녹지과)\n" + card
    )
    assert [(g.goal_no, g.area, g.task) for g in report.policy_goals] == [
        (1, None, "기본계획 이행점검"), (2, None, "도시숲 조성"),
    ]  # fmt: skip


def test_a_named_total_over_parts_is_added_down() -> None:
    """"총사업비" over two programmes (not the years so far): checked, the misprint found."""
    table = _table([
        ["구 분", "계", "국비", "시비"], ["총사업비", "1,000", "400", "600"],
        ["문화시설 확충", "500", "200", "300"], ["체육시설 확충", "600", "200", "400"],
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("한빛구 문화체육과"), p("Ⅰ. 일반현황"), p("1. 조직 : 3팀"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 생활체육관 건립"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("(단위 : 백만원)"), p(table),
    )  # fmt: skip
    assert [c.passed for c in report.validation if c.check == "tables.row_total"][:1] == [False]


def test_a_wrapped_title_that_ends_continued_is_no_caption() -> None:
    """"    추진 (계속)" wrapping a card's title: its end and its tag, no caption (only a
    "(계속)" alone or after a bracketed title is one)."""
    from extract.layout.captions import is_caption

    assert not is_caption(Line(1, "    추진 (계속)", "    추진 (계속)"))
    assert is_caption(Line(1, "‹ 부서별 주요기능 > (계속)", ""))
