"""Covers of the hundred-and-tenth round of probes: a title over two lines whose second
opens with its joining word (statusglyphs), a commission's name spaced out letter by
letter (policecomm), and the names of other bodies spaced out so."""

from __future__ import annotations

import pytest

from extract.cover import cover_body
from extract.document import Line
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

#: a report's cover after its title, its general part and one card
_BODY = """\


2026. 2. 10.


다온군 경제관광국


Ⅰ. 일 반 현 황

1. 조    직

□ 조    직 : 1국 2과 4팀

  ○ 경제정책과(2팀) : 경제정책팀, 일자리지원팀
  ○ 관광진흥과(2팀) : 관광정책팀, 관광개발팀

2. 예    산 (일반회계 세출)

□ 2026년 예산 : 30,000,000천원 (전년 대비 1,000,000천원, 3.4% 증)

                                                        (단위 : 천원)
  구    분       2026년 예산(A)   2025년 예산(B)     증 감(A-B)
  합    계           30,000,000       29,000,000      1,000,000
  경제정책과         18,000,000       17,500,000        500,000
  관광진흥과         12,000,000       11,500,000        500,000


Ⅱ. 2026년 주요업무계획

1. 지역경제 활성화

  □ 다온사랑상품권 발행 확대 (경제정책과)
    ○ 사업기간 : 2026. 1.~12.
    ○ 사 업 비 : 2,400,000천원 (군비 2,400,000)
"""

_RESULTS_AND_PLAN = """\
제312회 다온군의회 임시회


2025년 주요업무 추진실적
및 2026년 주요업무계획
"""
_RESULTS_AND_PLAN += _BODY


def test_a_title_whose_second_line_opens_with_its_joining_word() -> None:
    """`2025년 주요업무 추진실적` / `및 2026년 주요업무계획`: one title, for the plan's year,
    2026, as on one line; so `□ 2026년 예산 : …` is the year's stated budget (the title had
    been its first line, the year 2025, and the total none)."""
    report = _text(_RESULTS_AND_PLAN)
    assert report.meta.title == "2025년 주요업무 추진실적 및 2026년 주요업무계획"
    assert report.meta.year == 2026
    stated = {(s.key, s.value) for s in report.stated_totals if s.key.startswith("budget.")}
    assert stated == {("budget.expenditure.일반회계", 30_000_000_000)}
    assert any(c.check == "budget_lines.stated" and c.passed for c in report.validation)


def _commission(cover: str) -> Report:
    """A commission's report, its cover naming it on ``cover`` under the council's
    committee it goes to."""
    return _hwpx(
        p("해담광역시의회 행정자치위원회"), p("2026년 주요업무보고"), p("2026. 2. 10."),
        p(cover), p("Ⅰ. 일 반 현 황"), p("1. 조 직"), p("□ 조 직 : 1국 2과 4팀"),
        p("○ 자치경찰정책과 : 정책기획팀, 예산인사팀"),
        p("○ 자치경찰협력과 : 생활안전협력팀, 교통협력팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 어린이 교통안전"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip


def _chart(report: Report) -> list[tuple[str, str | None]]:
    return [(u.name, u.parent) for u in report.organization]


def test_a_commission_spaced_out_on_its_cover() -> None:
    """`해 담 광 역 시 자 치 경 찰 위 원 회` under `해담광역시의회 행정자치위원회`: the commission
    over its 과 and teams, as `해담광역시 자치경찰위원회` gives (no unit had been read, and
    nothing said so); not the council's committee."""
    spaced = _commission("해 담 광 역 시 자 치 경 찰 위 원 회")
    words = _commission("해담광역시 자치경찰위원회")
    assert spaced.meta.bureau == words.meta.bureau == "자치경찰위원회"
    assert _chart(spaced) == _chart(words)
    assert _chart(spaced)[:4] == [
        ("자치경찰위원회", None), ("자치경찰정책과", "자치경찰위원회"),
        ("정책기획팀", "자치경찰정책과"), ("예산인사팀", "자치경찰정책과"),
    ]  # fmt: skip
    assert len(spaced.organization) == 7


def test_a_commissions_secretariat_spaced_out_on_its_cover() -> None:
    """`해 담 광 역 시 자 치 경 찰 위 원 회 사 무 국`: the secretariat is the report's body, as
    `해담광역시 자치경찰위원회 사무국` gives (it had been `자치경찰위원회사무국`)."""
    spaced = _commission("해 담 광 역 시 자 치 경 찰 위 원 회 사 무 국")
    words = _commission("해담광역시 자치경찰위원회 사무국")
    assert spaced.meta.bureau == words.meta.bureau == "사무국"
    assert _chart(spaced) == _chart(words)
    assert _chart(spaced)[:2] == [("사무국", None), ("자치경찰정책과", "사무국")]


@pytest.mark.parametrize(("cover", "body"), [
    # (the council's own secretariat, its line holding the council's name)
    (["해 담 광 역 시 의 회 사 무 처"], "사무처"),
    (["해담광역시의회 행정자치위원회", "해 담 광 역 시 의 회 사 무 처"], "사무처"),
    # (a body holding offices spaced out with its office, as two words give it)
    (["해 담 광 역 시 교 육 청 교 육 국"], "교육국"),
    (["한 빛 도 소 방 본 부 가 온 소 방 서"], "가온소방서"),
    (["해 담 광 역 시 인 권 위 원 회"], "인권위원회"),
    # (a 광역시's name before its office's, with no council to name it)
    (["해 담 광 역 시 상 수 도 사 업 본 부"], "상수도사업본부"),
    (["해 담 광 역 시 안 전 도 시 국"], "안전도시국"),
    (["해 담 광 역 시 푸 른 환 경 사 업 소"], "푸른환경사업소"),
    (["해 담 광 역 시 청 소 년 상 담 복 지 센 터"], "청소년상담복지센터"),
])  # fmt: skip
def test_a_bodys_name_spaced_out_reads_as_in_words(cover: list[str], body: str) -> None:
    """Each spaced out letter by letter on its cover: the body its words name apart, the
    government's or the holding body's name no part of it."""
    words = [Line(i + 1, t, "") for i, t in enumerate(["2026년 주요업무보고", *cover])]
    assert cover_body(words) == body


@pytest.mark.parametrize("cover", [
    "해 담 광 역 시 의 회 행 정 자 치 위 원 회", "행 정 자 치 위 원 회",
    "해담광역시의회 행정자치위원회", "자치경찰위원회",
])  # fmt: skip
def test_a_chart_of_no_body_named_is_said_to_be_left_out(cover: str) -> None:
    """A cover naming no body of the report's own (only the council's committee, or a
    commission with no government's name): the count line's `1국 2과 4팀` states units the
    chart cannot hang from a top, so a warning says the chart is left out (it had been
    lost silently); a council's committee is no body."""
    report = _hwpx(
        p("2026년 주요업무보고"), p(cover),
        p("Ⅰ. 일 반 현 황"), p("1. 조 직"), p("□ 조 직 : 1국 2과 4팀"),
        p("○ 자치경찰정책과 : 정책기획팀, 예산인사팀"),
        p("○ 자치경찰협력과 : 생활안전협력팀, 교통협력팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 어린이 교통안전"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert report.meta.bureau is None and report.organization == []
    assert [w.code for w in report.warnings] == ["organization.no_top"]
