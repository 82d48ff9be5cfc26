"""Organisation charts of the 109th round of probes: a 공단's table `본 부 | 팀(센터) | 주 요 업
무` with a 센터 among the teams (publicorp), a cover that names the bureau between dashes over
its 구 (verticalheads), a chart table of a 관 over its teams glossed in English (intlcoop)."""

from __future__ import annotations

from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table


def test_a_corporations_hqs_over_their_teams_and_a_centre_in_the_teams_column() -> None:
    """`본 부 | 팀(센터) | 주 요 업 무`, each 본부 merged down over its teams, a 센터 among the
    second's: each 본부 the 공단's, the 센터 of the teams' rank under the 본부 beside it (the
    second 본부 had been put under the first, and the 센터 under the first as a division)."""
    rows = [
        ["본 부", "팀(센터)", "주 요 업 무"],
        ["경영지원본부", "경영기획팀", "경영목표·경영평가, 이사회 운영"],
        ["", "인사총무팀", "인사·복무, 노무관리"],
        ["시설운영본부", "주차사업팀", "공영주차장 운영"],
        ["", "체육시설팀", "체육시설 운영"],
        ["", "교통약자이동지원센터", "특별교통수단 운영"],
    ]
    report = _hwpx(
        p("한별시의회 제301회 임시회"), p("2026년 주요업무보고"), p("한별시시설관리공단"),
        p("Ⅰ. 일반현황"), p("1. 조 직"), p("□ 조 직 : 이사장, 2본부 4팀 1센터"),
        p(_table(rows, {(1, 0): 2, (3, 0): 3})),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 공영주차 서비스 혁신"),
        p("가. 스마트 주차시스템 구축 (주차사업팀)"), p("□ 추진일정"), p("○ ’26. 3. : 착공"),
    )  # fmt: skip
    got = {u.name: (u.parent, u.unit_type) for u in report.organization}
    assert got["경영지원본부"] == ("한별시시설관리공단", "본부")
    assert got["시설운영본부"] == ("한별시시설관리공단", "본부")
    assert got["체육시설팀"] == ("시설운영본부", "팀")
    assert got["교통약자이동지원센터"] == ("시설운영본부", "센터")
    (centre,) = [u for u in report.organization if u.name == "교통약자이동지원센터"]
    assert centre.level == "team"


def test_a_bureau_named_between_dashes_over_its_districts_name() -> None:
    """A cover `2026년도 / 주 요 업 무 보 고 / - 안전도시국 - / 2026. 2. 10. / 한 솔 구`: the
    국 is the report's body and the chart's top; the 구, its government, is no unit of the
    chart (it had been a bureau over the 국)."""
    report = _hwpx(
        p("2026년도"), p("주 요 업 무 보 고"), p("- 안전도시국 -"), p("2026. 2. 10."),
        p("한 솔 구"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 1국 2과 4팀"),
        p("○ 안전총괄과 : 안전정책팀, 재난대응팀"), p("○ 건축과 : 건축행정팀, 건축허가팀"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 재난 대응역량 강화"),
        p("가. 재난안전 상황실 고도화 (안전총괄과)"), p("□ 추진일정"), p("○ ’26. 3. : 착공"),
    )  # fmt: skip
    assert report.meta.bureau == "안전도시국"
    got = [(u.name, u.parent) for u in report.organization]
    assert "한솔구" not in {u.name for u in report.organization}
    assert got[:2] == [("안전도시국", None), ("안전총괄과", "안전도시국")]
    assert ("재난대응팀", "안전총괄과") in got and ("건축허가팀", "건축과") in got


def test_a_chart_table_of_an_office_over_its_teams_glossed_in_english() -> None:
    """A chart drawn as a table: `국제협력관 (Director General …)` across the top, its three
    teams under it each with its English name in brackets under its own, their duties
    below: the teams the 관's (only the 관 had been read)."""
    teams = [("국제교류팀", "International Relations"), ("국제개발협력팀", "ODA Cooperation"),
             ("국제행사팀", "International Events")]  # fmt: skip
    chart = tbl(3, 3, [
        cell(0, 0, p("국제협력관 (Director General for International Cooperation)"), cs=3),
        *(cell(1, c, p(name), p(f"({gloss})")) for c, (name, gloss) in enumerate(teams)),
        cell(2, 0, p("· 자매·우호도시 교류"), p("· 국제기구 협력")),
        cell(2, 1, p("· KOICA 협력 ODA 사업"), p("· 국제개발협력 기본계획")),
        cell(2, 2, p("· 국제회의 유치"), p("· 국제도시포럼 개최")),
    ])  # fmt: skip
    report = _hwpx(
        p("2026 주요업무계획"), p("국 제 협 력 관"), p("해 온 광 역 시"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 1관 3팀 (국제협력관 4급, 개방형 직위)"),
        p(chart),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 국제교류 내실화"),
        p("가. 자매도시 교류 확대 (국제교류팀)"), p("□ 추진일정"), p("○ ’26. 3. : 대표단 방문"),
    )  # fmt: skip
    got = [(u.name, u.parent) for u in report.organization]
    assert got == [
        ("국제협력관", None), ("국제교류팀", "국제협력관"), ("국제개발협력팀", "국제협력관"),
        ("국제행사팀", "국제협력관"),
    ]  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert len(counts) == 2 and all(c.passed for c in counts)
