"""Forms of the genre met in four more reports (a quarter's progress report, a public
corporation's, a 구's revenue budget, a plan with its errata): what each must give,
worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe48 import _failed


def test_the_budget_spent_by_now_is_no_step() -> None:
    """"○ 예산집행 : 2026년 예산 15,600백만원 중 1,240백만원 집행(7.9%)" under a project of a
    quarter's progress report: how much is spent, no step of the whole year."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 주요업무 추진상황\n\n"
        "1. 도시철도 2호선 건설 (도시철도과)\n"
        " ○ 사업개요 : 기간 ’26. 1.~12., 사업비 15,600백만원(국 9,360, 시 6,240)\n"
        " ○ 향후계획\n   - ’26. 5월 : 공사 발주\n"
        " ○ 예산집행 : 2026년 예산 15,600백만원 중 1,240백만원 집행(7.9%)\n ○ 추진률 : 25%\n"
    )
    assert [(s.task, s.raw) for s in report.schedules] == [("공사 발주", "’26. 5월")]


def test_the_rows_after_the_last_subtotal_end_where_they_add_up_to_it() -> None:
    """"계 / 자체수입 소계 / 지방세수입 / 세외수입 / 의존재원 소계 / 지방교부세 / 보조금 /
    보전수입 등": the last row is the total's, beside the subtotals (it had been taken as
    의존재원's, six checks failing a report whose sums all hold)."""
    budget = _table([
        ["구 분", "2026년", "2025년", "증 감"],
        ["계", "693,000", "664,000", "29,000"],
        ["자체수입 소계", "162,160", "163,340", "△1,180"],
        ["지방세수입", "131,420", "130,210", "1,210"], ["세외수입", "30,740", "33,130", "△2,390"],
        ["의존재원 소계", "491,940", "459,660", "32,280"],
        ["지방교부세", "131,500", "125,550", "5,950"], ["보조금", "360,440", "334,110", "26,330"],
        ["보전수입 등 및 내부거래", "38,900", "41,000", "△2,100"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 세입예산"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 재정 건전성 강화"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    assert len(report.budget_summary) == 8
    assert [c.check for c in report.validation if c.check.startswith("budget_summary.sub")]
    assert not _failed(report)


# --- round 51: a 관's own report, a finding's measure, letter-spaced cost labels -----------


def test_an_office_headed_by_a_gwan_over_its_province_on_the_cover() -> None:
    """Cover "디지털정책관" over "한 빛 도", its count line "1관 3과 10팀": the 관 is the
    report's body and the top of its chart, counted by its "1관" (the province had been
    taken for the top, the 관 one of its divisions)."""
    chart = _table([
        ["구 분", "과", "팀 수", "팀 명"],
        ["디지털정책관", "디지털정책과", "4", "디지털기획팀, 데이터정책팀, 정보화팀, 정보보호팀"],
        ["", "스마트도시과", "3", "스마트도시팀, 공간정보팀, 드론산업팀"],
        ["", "AI산업과", "3", "AI정책팀, AI산업팀, 디지털인재팀"],
    ], spans={(1, 0): 3})  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("디지털정책관"), p("2026. 2."), p("한 빛 도"),
        p("Ⅰ. 일반현황"), p("1. 조 직"), p("□ 기 구 : 1관 3과 10팀"), p(chart),
        p("Ⅱ. 2026년 주요업무계획"), p("1. AI 바우처 지원"),
        p("○ 사 업 비 : 1,850백만원 (국비 650, 도비 1,200)"),
    )  # fmt: skip
    tops = [(u.name, u.level) for u in report.organization if u.parent is None]
    assert tops == [("디지털정책관", "bureau")]
    assert [c.passed for c in report.validation if c.check == "organization.counts"] == [
        True, True, True,
    ]
    assert [x.cost_label for x in report.projects] == ["사업비"]


def test_a_findings_title_closing_with_the_measure_demanded() -> None:
    """"1. … 하자보수 관리 철저 (시정)": the measure alone in the bracket names its category."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1과 4팀\n\nⅡ. 2026년 주요업무계획\n\n1. 군도 확포장\n"
        " ○ 사업기간 : ’26. 1.~12.\n\nⅢ. 2025년 행정사무감사 처리결과\n\n"
        "1. 농로 포장공사 하자보수 관리 철저 (시정)\n  ○ 처리결과 : 하자보수 완료\n"
        "  ○ 처리상황 : 완료\n"
    )
    got = [(f.category, f.category_raw) for f in report.audit_findings]
    assert got == [("correction", "시정")]


def test_an_item_over_one_card_among_themes_over_theirs_is_a_theme_too() -> None:
    """"4. 문화유산 보존과 활용 가치 제고" over one card "□ 해솔읍성 정비 및 활용", where the
    plan's other items are themes over two cards each: its card is project 4-1 and the
    item no project (it had been one, of no cost, over its card)."""

    def card(title: str, cost: str) -> str:
        return (f"□ {title}\n  ○ 사업기간 : ’26. 1.~12.\n  ○ 사 업 비 : {cost}\n"
                "  ○ 추진일정 : ’26. 3월 착수\n")  # fmt: skip

    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 문화예술 향유 확대\n" + card("거리예술축제 개최", "950백만원")
        + card("생활문화센터 확충", "4,200백만원")
        + "2. 문화유산 보존과 활용 가치 제고\n" + card("해솔읍성 정비", "1,800백만원")
    )
    assert [(x.project_id, x.title) for x in report.projects] == [
        ("1-1", "거리예술축제 개최"), ("1-2", "생활문화센터 확충"), ("2-1", "해솔읍성 정비"),
    ]


def test_why_a_cost_changed_is_no_project_of_its_own() -> None:
    """"○ 변경사유 : 국비 내시액 증액(50백만원) 및 …" under a card whose cost was revised:
    a remark on the change, no sub-project of 50백만원."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 스마트팜 확산 (농업정책과)\n"
        " ○ 사업기간 : ’26. 4.~12.\n ○ 사업비 : 1,250백만원 (당초 1,200백만원 → 변경)\n"
        " ○ 변경사유 : 국비 내시액 증액(50백만원) 및 실시설계 기간 연장\n"
    )
    assert [(x.project_id, x.cost_krw) for x in report.projects] == [("1", 1_250_000_000)]
