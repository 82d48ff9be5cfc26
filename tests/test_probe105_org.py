"""Forms of the organisation part met in the hundred-and-fifth round of probes: a 상수도사업본부's
chart table whose last column is headed by the kind of its units with their count,
`정수사업소(4)` (waterworks), and a 기획조정실 whose count line counts its 담당관 as `4관`
(trillion)."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

#: a chart drawn as a table: the 부 over their 과, the last column headed by a kind
_CHART = [
    ["경영관리부", "급 수 부", "시 설 부", "정수사업소(3)"],
    ["경영기획과\n재무과", "급수운영과\n관로관리과", "시설공사과\n설비관리과",
     "덕천정수사업소\n금곡정수사업소\n화산정수사업소"],
]  # fmt: skip


def _waterworks(chart: list[list[str]], count: str) -> Report:
    return _hwpx(
        p("2024년 주요업무보고"), p("상수도사업본부"), p("Ⅰ. 일반현황"), p("1. 조직 및 인력"),
        p(f"□ 조 직 : {count}"), p("본 부 장"), p(_table(chart)),
        p("□ 인 력 : 정원 520명 / 현원 508명"),
        p("Ⅱ. 주요업무계획"), p("1. 노후 상수관로 정비"),
    )  # fmt: skip


def test_a_chart_column_headed_by_a_kind_holds_the_tops_units() -> None:
    """`정수사업소(3)` over a cell of 덕천정수사업소, 금곡정수사업소, 화산정수사업소 beside the 부'
    columns: the kind they are, no unit; each 정수사업소 the top's, as the count line counts
    them beside the 부 (the kind had been a unit under 경영관리부, the three under it)."""
    report = _waterworks(_CHART, "1본부 3부 6과 3사업소")
    units = {u.name: (u.level, u.parent, u.unit_type) for u in report.organization}
    assert "정수사업소" not in units
    for name in ("덕천정수사업소", "금곡정수사업소", "화산정수사업소"):
        assert units[name] == ("division", "상수도사업본부", "사업소")
    assert units["경영관리부"][1] == units["시설부"][1] == "상수도사업본부"
    assert units["재무과"][1] == "경영관리부" and units["관로관리과"][1] == "급수부"
    assert units["설비관리과"][1] == "시설부"
    assert [c.detail for c in report.validation if c.check == "organization.counts"
            and not c.passed] == []  # fmt: skip
    # (a column headed by a unit of its own, `정수과`, over its teams stays that unit's: only
    # a header every name under it ends with is a kind)
    chart = [[*row[:3], last] for row, last in zip(_CHART, ["정수과", "정수운영팀\n수질팀"],
                                                     strict=True)]  # fmt: skip
    units = {u.name: u.parent for u in _waterworks(chart, "1본부 3부 7과 2팀").organization}
    assert units["정수운영팀"] == units["수질팀"] == "정수과"


def test_a_damdanggwan_counted_as_gwan_is_of_its_own_type() -> None:
    """`□ 조 직 : 4관 8팀` over `○ 기획담당관 : …`: each 담당관 is of type 담당관, as its
    name is written (they had all been `관`, the count line's word); the count still holds."""
    report = _hwpx(
        p("2025년 주요업무보고"), p("기 획 조 정 실"), p("Ⅰ. 일반현황"), p("1. 조직 및 인력"),
        p("□ 조    직 : 4관 8팀"),
        p("○ 기획담당관 : 기획총괄팀, 성과관리팀"), p("○ 예산담당관 : 예산총괄팀, 예산편성팀"),
        p("○ 재정관리담당관 : 재정기획팀, 채무관리팀"), p("○ 법무담당관 : 법무행정팀, 송무팀"),
        p("Ⅱ. 주요업무계획"), p("1. 재정 건전성 강화"),
    )  # fmt: skip
    types = {u.name: (u.level, u.unit_type) for u in report.organization}
    for name in ("기획담당관", "예산담당관", "재정관리담당관", "법무담당관"):
        assert types[name] == ("division", "담당관")
    assert types["송무팀"] == ("team", "팀")
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)
