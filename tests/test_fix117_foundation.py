"""A city's 복지재단 (an 출연기관) 2025 주요업무보고, saved by Hancom as text (probe 117,
foundation): tables as rows of cells set apart by runs of spaces, its chart drawn with
box-drawing strokes, no rules.

Its chart's first line, `이  사  장`, set alone after a blank line under the item `가. 조 직 :
2본부 6팀`, was taken for the second line of the item's title.  Its teams, set under the
strokes that branch from each 본부's name, `┌──┼──┐`, those beside the name (not under its
letters) were shared out by their words (`복지연구팀` to `복지사업본부`), not by where they
stand.  A card's cost paid wholly by the city's grant, `150,000천원 (시 출연)`, had no
source (`시 출연 700,000천원` beside `국비` had).  The audit's period, in the bracket of the
line that names who audited, `○ 감사기관 : 가람시 감사위원회 (2024. 9. 2. ~ 9. 13.)`, was
not read.
"""

from __future__ import annotations

import pytest

from extract.normalize.spacing import squash
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report

COVER = ["2025 주요업무보고", "", "가 람 시 복 지 재 단", "", "2025. 2.", "",
         "가 람 시 의 회  보 건 복 지 위 원 회", ""]  # fmt: skip


def _text(lines: list[str]) -> Report:
    body = "\n".join([*COVER, *lines]) + "\n"
    return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))


def _chart(units: list[str], teams: list[list[str]]) -> list[str]:
    """A chart typed with box-drawing strokes, each unit's teams under the branch drawn
    from its name, a Hangul letter two columns wide (as a Korean editor shows it)."""
    width = 12  # (each team's column: a five-letter name and two spaces)
    centres, team_line, branch = [], " " * 8, " " * 8
    for group in teams:
        start = len(team_line) + sum(1 for ch in team_line if ord(ch) > 0x3000)
        team_line += "  ".join(group) + "    "
        left, right = start + 4, start + (len(group) - 1) * width + 4
        mid = (left + right) // 2
        centres.append(mid)
        pad = left - len(branch)
        branch += " " * pad + "┌" + "─" * (mid - left - 1) + "┼" + "─" * (right - mid - 1) + "┐"
    names = ""
    for unit, mid in zip(units, centres, strict=True):
        at = mid - len(unit)  # (six letters, twelve columns wide)
        names += " " * (at - len(names) - sum(1 for ch in names if ord(ch) > 0x3000)) + unit
    return [
        " " * 39 + "이  사  장", " " * 43 + "│", " " * 38 + "대 표 이 사", " " * 43 + "│",
        names, branch, team_line.rstrip(),
    ]  # fmt: skip


def _org_report(units: list[str], teams: list[list[str]]) -> list[str]:
    count = f"{len(units)}본부 {sum(len(g) for g in teams)}팀"
    return [
        "Ⅰ. 기 관 현 황", "", "1. 일반현황", "", " ○ 설 립 일 : 2014. 3. 1.", "",
        "2. 조직 및 인력", "", f" 가. 조    직 : {count}", "", *_chart(units, teams), "",
        " 나. 인    력", "                                   (단위 : 명)",
        "   구    분     계    1급   2급   3급", "   정    원     10     1     3     6",
        "   현    원      9     1     3     5", "",
        "Ⅱ. 2025년 주요사업 추진계획", "", "1. 통합돌봄 지원사업", "",
        " ○ 사업기간 : 2025. 1. ~ 12.", " ○ 사 업 비 : 1,200,000천원 (시비)", "",
    ]  # fmt: skip


# --- a chart's first line after a blank line, no wrap of the item's title ---------------------

#: (the units of the chart, their teams)
CHARTS = [
    pytest.param(["경영지원본부", "복지사업본부"],
                 [["기획예산팀", "총무인사팀", "복지연구팀"],
                  ["돌봄사업팀", "지역복지팀", "나눔협력팀"]],
                 id="two-by-three"),
    pytest.param(["경영기획본부", "문화사업본부", "시설운영본부"],
                 [["경영지원팀", "재무회계팀", "홍보협력팀"],
                  ["공연기획팀", "축제운영팀", "전시교육팀"],
                  ["시설관리팀", "안전관리팀", "문화사업팀"]],
                 id="three-by-three"),
    pytest.param(["행정지원본부", "돌봄사업본부"],
                 [["기획예산팀", "총무인사팀", "돌봄연구팀", "성과관리팀"],
                  ["노인돌봄팀", "아동돌봄팀", "장애지원팀", "경영혁신팀"]],
                 id="two-by-four"),
]  # fmt: skip


@pytest.mark.parametrize(("units", "teams"), CHARTS)
def test_a_chart_after_a_blank_line_is_no_wrap_of_the_title(
    units: list[str], teams: list[list[str]]
) -> None:
    report = _text(_org_report(units, teams))
    item = next(n for n in report.outline if squash(n.title).startswith("조직:"))
    assert squash(item.title) == f"조직:{len(units)}본부{sum(len(g) for g in teams)}팀"


@pytest.mark.parametrize(("units", "teams"), CHARTS)
def test_teams_beside_their_units_name_are_its_own(
    units: list[str], teams: list[list[str]]
) -> None:
    report = _text(_org_report(units, teams))
    parent = {r.name: r.parent for r in report.organization}
    assert {t: parent.get(t) for g in teams for t in g} == {
        t: u for u, g in zip(units, teams, strict=True) for t in g
    }


# --- a cost paid wholly by the city's grant -----------------------------------------------------

#: (the cost line as printed, the source as printed, the amount in won)
WHOLE_GRANTS = [
    pytest.param(" ○ 사 업 비 : 150,000천원 (시 출연)", "시 출연", 150_000_000, id="si-grant"),
    pytest.param(" ○ 사 업 비 : 80,000천원 (시출연)", "시출연", 80_000_000, id="si-grant-joined"),
    pytest.param(" ○ 사 업 비 : 45백만원 (도 보조)", "도 보조", 45_000_000, id="do-subsidy"),
]  # fmt: skip


@pytest.mark.parametrize(("cost", "source", "krw"), WHOLE_GRANTS)
def test_a_cost_paid_wholly_by_a_grant_has_that_source(cost: str, source: str, krw: int) -> None:
    report = _text([
        "Ⅰ. 2025년 주요사업 추진계획", "", "1. 복지정책 연구 및 실태조사", "",
        " ○ 사업기간 : 2025. 3. ~ 11.", cost,
        " ○ 사업내용 : 복지욕구 실태조사 및 정책과제 연구 (3건)", "",
    ])  # fmt: skip
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [(source, krw)]


# --- the audit's period in the bracket of the line that names who audited ---------------------

#: (the line over the findings, the first and last day of the audit)
AUDITORS = [
    pytest.param(" ○ 감사기관 : 가람시 감사위원회 (2024. 9. 2. ~ 9. 13.)",
                 "2024-09-02", "2024-09-13", id="committee"),
    pytest.param(" ○ 감사주체 : 가람시 감사관 (’24. 10. 7. ~ 10. 18.)",
                 "2024-10-07", "2024-10-18", id="auditor-short-year"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "start", "end"), AUDITORS)
def test_the_auditors_bracket_dates_the_findings(line: str, start: str, end: str) -> None:
    report = _text([
        "Ⅰ. 감사 지적사항 조치결과", "", line, "",
        "   연번    지 적 사 항                            조 치 결 과",
        "    1      계약업무 처리 부적정                주의, 계약 담당자 교육 실시 (2024. 11.)",
        "    2      채용절차 미준수                     시정 완료, 채용 규정 개정 (2024. 12.)",
        "",
    ])  # fmt: skip
    got = [(f.finding, str(f.audited_start), str(f.audited_end)) for f in report.audit_findings]
    assert [g[1:] for g in got] == [(start, end)] * 2, got


# --- a title set far right after a blank first line (merge of round 117) -------------------


@pytest.mark.parametrize("lead", ["", "\n", "\n\n"])
def test_a_title_set_far_right_at_the_top_converts(lead: str) -> None:
    """A text export that opens with blank lines and its title centred far right: the
    title is the cover's (the rule of a line set apart after a blank one had asked the
    place of a node with no line, and the file failed with an internal error)."""
    text = lead + "                     2026년 주요업무 추진계획\n\n" + "\n".join([
        "                          문 화 체 육 국", "", "Ⅰ. 일 반 현 황", "",
        "1. 조  직 : 1국 2과 6팀", "", "Ⅱ. 2026년 주요업무 추진계획", "",
        "1. 지역축제 내실화", " ○ 사업기간 : 2026. 3. ~ 10.", " ○ 사 업 비 : 322,000천원",
    ]) + "\n"  # fmt: skip
    report = check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))
    assert [p.cost_krw for p in report.projects] == [322_000_000]
