"""Round 115, a 군's 보건소 and 농업기술센터 plan (two chapters of a report by unit): their
branch offices listed by kind, a figure a wrap broke after its group's comma, a budget
table of the governments' shares and a private one (자부담), a list of pilot projects whose
cost is split into its sources beside it, and a grant's unit rate kept as a card's field."""

from __future__ import annotations

import pytest

from extract.normalize.wraps import join_wrapped
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_COVER = "2025년 주요업무계획\n보건소 · 농업기술센터\n가 온 군\n\n"


def _chapters(health_general: str, farm_general: str, farm_card: str = "") -> str:
    """Two chapters of a report by unit, each over its general part and its plan."""
    return (
        _COVER
        + "Ⅰ. 보건소\n 1. 일반현황\n" + health_general
        + " 2. 주요업무 추진계획\n  가. 찾아가는 방문건강관리\n"
        "   ○ 사업기간 : 2025. 1. ~ 12.\n   ○ 사 업 비 : 420,000천원\n\n"
        + "Ⅱ. 농업기술센터\n 1. 일반현황\n" + farm_general
        + " 2. 주요업무 추진계획\n  가. 벼 병해충 공동방제 지원\n"
        "   ○ 사업기간 : 2025. 6. ~ 8.\n" + (farm_card or "   ○ 사 업 비 : 119,000천원\n")
    )


_HEALTH = (
    "  ○ 조 직 : 1소 2과 4팀, 보건지소 2개소, 보건진료소 3개소\n"
    "   - 보건행정과(2팀) : 보건정책팀, 의약관리팀\n"
    "   - 건강증진과(2팀) : 건강증진팀, 방문보건팀\n"
)
_FARM = (
    "  ○ 조 직 : 1소 1과 2팀\n"
    "   - 농업지원과(2팀) : 농업정책팀, 식량작물팀\n"
)


@pytest.mark.parametrize(
    ("health", "farm", "expected"),
    [
        (  # the 보건소's 지소 and 진료소, its 진료소 list wrapped onto the next line
            _HEALTH + "  ○ 보건지소(2) : 한내보건지소, 서창보건지소\n"
            "  ○ 보건진료소(3) : 금곡보건진료소, 대평보건진료소,\n"
            "    신촌보건진료소\n",
            _FARM,
            [("한내보건지소", "보건소", "보건지소"), ("서창보건지소", "보건소", "보건지소"),
             ("금곡보건진료소", "보건소", "보건진료소"), ("대평보건진료소", "보건소", "보건진료소"),
             ("신촌보건진료소", "보건소", "보건진료소")],
        ),
        (  # the 농업기술센터's offices in each 읍·면, by the short word of their kind
            _HEALTH,
            _FARM + "  ○ 읍면 농업인상담소(3) : 가온읍상담소, 서창면상담소, 한내면상담소\n",
            [("가온읍상담소", "농업기술센터", "농업인상담소"),
             ("서창면상담소", "농업기술센터", "농업인상담소"),
             ("한내면상담소", "농업기술센터", "농업인상담소")],
        ),
    ],
    ids=["health", "farm"],
)  # fmt: skip
def test_branch_offices_of_a_chapter(
    health: str, farm: str, expected: list[tuple[str, str, str]]
) -> None:
    """`○ 보건진료소(3) : 금곡보건진료소, …` in the 보건소's chapter: each a unit of that kind
    under the chapter's unit (they had been read as nothing); the list's duties, `○ 보건지소
    : 진료 및 예방접종`, none."""
    report = _text(_chapters(health, farm))
    kinds = {"보건지소", "보건진료소", "농업인상담소"}
    got = [(u.name, u.parent, u.unit_type) for u in report.organization if u.unit_type in kinds]
    assert got == expected
    assert all(u.level == "division" for u in report.organization if u.unit_type in kinds)


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["자부담 204,", "000천원)"], "자부담 204,000천원)"),  # a group that opens with 0
        (["사업비 1,", "250,000천원"], "사업비 1,250,000천원"),  # a group run into its unit
        (["대상 1,", "250농가"], "대상 1,250농가"),
        # (bare figures of a list, "200," / "300", stay apart)
        (["(국 100, 도 200,", "300, 자부담 204,", "000천원)"],
         "(국 100, 도 200, 300, 자부담 204,000천원)"),
        (["제1, 2,", "3조 사업비 1,", "250,000천원"], "제1, 2, 3조 사업비 1,250,000천원"),
    ],
    ids=["zero", "unit", "count", "list", "articles"],
)
def test_a_figure_wrapped_after_its_groups_comma(parts: list[str], joined: str) -> None:
    assert join_wrapped(parts) == joined


def test_a_wrapped_share_is_the_cards_source_and_a_mention() -> None:
    """`… 군비 342,000천원, 자부담 204,` wrapped onto `000천원)`: the 자부담's share is
    204,000천원 (it had been lost, and `000천원` a mention of 0 won)."""
    card = (
        "   ○ 사 업 비 : 1,020,000천원 (국비 300,000천원, 도비 174,000천원, 군비 342,000천원, "
        "자부담 204,\n     000천원)\n"
    )
    report = _text(_chapters(_HEALTH, _FARM, card))
    funding = [(f.source, f.amount_krw) for f in report.project_funding if f.project_id == "2-1"]
    assert funding == [("국비", 300_000_000), ("도비", 174_000_000), ("군비", 342_000_000),
                       ("자부담", 204_000_000)]  # fmt: skip
    assert [c.passed for c in report.validation if c.check == "projects.funding_sum"] == [True]
    krw = [(m.raw, m.value_krw) for m in report.mentions if m.kind == "krw"]
    assert ("204,000천원", 204_000_000) in krw
    assert not [m for m in krw if m[1] == 0]


_BUDGET = [
    ["구 분", "계", "국 비", "도 비", "군 비", "자부담"],
    ["합 계", "9,420,000", "1,850,000", "1,240,000", "5,230,000", "1,100,000"],
    ["보조사업", "6,780,000", "1,850,000", "1,240,000", "2,590,000", "1,100,000"],
    ["자체사업", "2,640,000", "-", "-", "2,640,000", "-"],
]


@pytest.mark.parametrize(
    ("row", "cell", "passed"),
    [(2, "1,100,000", True), (2, "1,000,000", False)],
)
def test_a_budget_of_the_governments_and_a_private_share(row: int, cell: str, passed: bool) -> None:
    """`구 분 | 계 | 국 비 | 도 비 | 군 비 | 자부담`: each column a source (the private share
    too), each row's 계 their sum (the 자부담 column had made the table one of categories:
    no sources, the total row's item `국비`)."""
    rows = [list(r) for r in _BUDGET]
    rows[row][5] = cell
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1과 2팀"), p("2. 예산"),
        p("(단위 : 천원)"), p(_table(rows)),
        p("Ⅱ. 주요업무 추진계획"), p("1. 벼 병해충 공동방제 지원"),
        p("○ 사업기간 : 2025. 6. ~ 8."), p("○ 사 업 비 : 119,000천원"),
    )  # fmt: skip
    lines = [(b.item, b.source, b.amount_krw) for b in report.budget_lines]
    assert (None, "자부담", 1_100_000_000) in lines
    assert ("보조사업", "자부담", int(cell.replace(",", "")) * 1000) in lines
    assert ("자체사업", "군비", 2_640_000_000) in lines
    sources = [c.passed for c in report.validation if c.check == "budget_lines.sources"]
    assert sources and all(sources) is passed


_PILOTS = [
    ["사업명", "개소", "사업비", "국", "도", "군", "자담"],
    ["계", "5", "550,000", "200,000", "105,000", "135,000", "110,000"],
    ["스마트팜 환경관리 시범", "2", "400,000", "200,000", "60,000", "60,000", "80,000"],
    ["벼 드문모 재배 시범", "3", "150,000", "-", "45,000", "75,000", "30,000"],
]


@pytest.mark.parametrize(
    ("cell", "failed"),
    [("75,000", []), ("70,000", ["벼 드문모 재배 시범"])],
)
def test_a_cost_against_its_sources_beside_it(cell: str, failed: list[str]) -> None:
    """`사업명 | 개소 | 사업비 | 국 | 도 | 군 | 자담`: each row's 사업비 the sum of its
    sources (a row whose shares miss its cost was let pass: only a 계 column was added)."""
    rows = [list(r) for r in _PILOTS]
    rows[3][5] = cell
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1과 2팀"),
        p("Ⅱ. 주요업무 추진계획"), p("1. 신기술 보급 시범사업"),
        p("○ 사업기간 : 2025. 2. ~ 11."), p("○ 사 업 비 : 550,000천원"),
        p("○ 시범사업 내역"), p("(단위 : 개소, 천원)"), p(_table(rows)),
    )  # fmt: skip
    checks = [c for c in report.validation if c.check == "tables.sources"]
    assert len(checks) == 3
    assert [c.detail.split("(")[1].split(" / ")[0] for c in checks if not c.passed] == failed


@pytest.mark.parametrize(
    ("line", "value"),
    [("○ 지원단가 : 35,000원/ha", "35,000원/ha"),
     ("○ 지원단가 : 45,000천원/개소", "45,000천원/개소")],
)
def test_a_grants_unit_rate_is_a_field_no_amount(line: str, value: str) -> None:
    """`지원단가 : 35,000원/ha`: the card's field as written (it had been dropped), and a
    rate, no amount in won."""
    card = f"   {line}\n   ○ 사 업 비 : 119,000천원\n"
    report = _text(_chapters(_HEALTH, _FARM, card))
    project = next(x for x in report.projects if x.project_id == "2-1")
    assert project.fields.get("지원단가") == value
    assert project.cost_krw == 119_000_000
    rate = [m for m in report.mentions if m.raw == value]
    assert rate and rate[0].kind == "text" and rate[0].value_krw is None


def test_a_farm_centre_counts_itself_and_its_offices() -> None:
    """A 농업기술센터's own report, `○ 조 직 : 1소 2과 4팀, 읍면 농업인상담소 2개소` over `○
    읍면 농업인상담소(2) : 가온읍상담소, 서창면상담소`: each office a unit of that kind under
    the top (not under a unit `읍면농업인상담소`), and `1소` the 센터 itself, its head a 소장
    (as a 보건소's is), the offices counted by their own word."""
    report = _text(
        "2025년 주요업무계획\n가온군 농업기술센터\n\nⅠ. 일반현황\n 1. 조직\n"
        "  ○ 조 직 : 1소 2과 4팀, 읍면 농업인상담소 2개소\n"
        "   - 농업지원과(2팀) : 농업정책팀, 식량작물팀\n"
        "   - 기술보급과(2팀) : 원예특작팀, 미래농업팀\n"
        "  ○ 읍면 농업인상담소(2) : 가온읍상담소, 서창면상담소\n\n"
        "Ⅱ. 주요업무 추진계획\n 1. 벼 병해충 공동방제 지원\n"
        "  ○ 사업기간 : 2025. 6. ~ 8.\n  ○ 사 업 비 : 119,000천원\n"
    )
    branches = [(u.name, u.parent, u.unit_type) for u in report.organization
                if u.unit_type == "농업인상담소"]  # fmt: skip
    assert branches == [("가온읍상담소", "농업기술센터", "농업인상담소"),
                        ("서창면상담소", "농업기술센터", "농업인상담소")]  # fmt: skip
    counts = [(c.passed, c.expected, c.actual) for c in report.validation
              if c.check == "organization.counts"]  # fmt: skip
    assert counts == [(True, "1", "1"), (True, "4", "4"), (True, "4", "4")]
