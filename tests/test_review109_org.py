"""Organisation fixes from the review of the 109th round: a cover's slogan between dashes
is no body's name (only one name between them is), and a count column headed with its
counter in brackets, `팀(개)`, is no column of teams."""

from __future__ import annotations

from extract.parse.org_table import column_kind
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def _cover(over: str, under: str) -> str:
    """A text report whose cover reads `over`, the title, then `under`."""
    return (
        f"\n             {over}\n\n"
        "                      2026년 주요업무보고\n\n"
        f"                        {under}\n\n"
        "Ⅰ. 일반현황\n"
        " 1. 조    직 : 3국 12과 48팀\n\n"
        "Ⅱ. 2026년 주요업무계획\n"
        " 1. 노후 상수관로 정비\n"
        "  ○ 사업기간 : 2026. 1.~12.\n"
        "  ○ 사 업 비 : 12,000백만원 (국비 6,000, 시비 6,000)\n"
    )


def test_a_slogan_between_dashes_is_not_the_bureau() -> None:
    """`- 시민이 행복한 더 큰 해솔시 -` over `해 솔 시`: the slogan is a phrase, not the body's
    name, which is the city's below it (the slogan had become the bureau); one name between
    the dashes, spaced letter by letter or not, is the body's."""
    report = _text(_cover("- 시민이 행복한 더 큰 해솔시 -", "해 솔 시"))
    assert report.meta.bureau == "해솔시"
    assert "시민이행복한더큰해솔시" not in {u.name for u in report.organization}
    assert _text(_cover("- 안 전 도 시 국 -", "한 솔 구")).meta.bureau == "안전도시국"
    assert _text(_cover("— 안전도시국 —", "한 솔 구")).meta.bureau == "안전도시국"


def test_a_counter_in_brackets_heads_no_column_of_units() -> None:
    """A header of a unit word with its counter in brackets heads the units' counts ("3"),
    not their names; with kinds of unit in brackets, the column of that word's rank."""
    for head in ("팀(개)", "과(개)", "과(명)", "팀(수)", "과(개소)", "팀(인원)"):
        assert column_kind(head) is None, head
    kinds = {
        "팀(센터)": "teams", "과(소)": "division", "과(담당관)": "division", "실(국)": "bureau",
    }  # fmt: skip
    for head, kind in kinds.items():
        assert column_kind(head) == kind, head


def test_teams_named_beside_a_count_column_headed_with_its_counter() -> None:
    """`국 | 과 | 팀(개) | 팀 명`, each 과 with its count of teams (3) and their names: the
    names' column holds the teams, nine of them as the 기구 line states (the count column had
    been taken for the teams and every team lost)."""
    rows = [
        ["국", "과", "팀(개)", "팀    명"],
        ["복지환경국", "복지정책과", "3", "복지기획팀, 생활보장팀, 희망복지팀"],
        ["", "노인복지과", "3", "노인정책팀, 경로당팀, 치매관리팀"],
        ["", "환경과", "3", "환경정책팀, 대기관리팀, 자원순환팀"],
    ]
    report = _hwpx(
        p("2026년 주요업무보고"), p("해솔시 복지환경국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1국 3과 9팀"), p(_table(rows, {(1, 0): 3})),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 복지 안전망 강화"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    got = {(u.name, u.parent) for u in report.organization}
    assert ("복지정책과", "복지환경국") in got
    assert ("희망복지팀", "복지정책과") in got and ("경로당팀", "노인복지과") in got
    assert ("자원순환팀", "환경과") in got
    assert sum(u.level == "team" for u in report.organization) == 9
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert len(counts) == 3 and all(c.passed for c in counts)
