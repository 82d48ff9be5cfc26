"""A metropolitan council secretariat's 주요업무보고 to its 운영위원회 (probe 117 council),
printed to PDF from a Hancom-like layout: `사무처장` over 3담당관 2과 and a 전문위원실 per
상임위원회, shown as a table that sorts the units by kind (`구 분 | 부 서 | 팀 수 | 주요
기능` over `담당관(3) | 총무담당관`, …, `전문위원실(6) | 의회운영·행정자치·…`); 인력 by grade,
예산 in 천원, `Ⅱ. 2024년 의정활동 현황` (sessions, bills, 5분자유발언 and 시정질문 with the
members who took part), the plan's cards closing with `[담당 : 의정담당관]`, the audit.

What was lost: the table of units by kind (no unit but the top: the table has no column
of teams; its duties went to the kind, `담당관`, not the unit); the card's closing
bracket of its division; the role of `의정활동 현황`; the members counted in 명 beside
the 건 of a `(단위 : 건, 명)` table (the 계 column's check added them in)."""

from __future__ import annotations

import re

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

COVER = ["2025년도 주요업무보고", "의회운영위원회", "2025. 2. 4.", "가람광역시의회 사무처"]
#: the organisation table, columns three spaces apart; "^" a cell merged down, "~" empty
ORG = """\
구 분            부 서                     팀 수   주요 기능
담당관(3)        총무담당관                4       인사·예산, 청사관리
^                의정담당관                3       의원 의정활동 지원, 연구단체 운영
^                홍보담당관                3       의회 홍보, 인터넷방송 운영
과(2)            의사과                    4       본회의 운영, 의사일정 관리
^                입법정책과                5       조례 입법 지원, 정책연구 수행
전문위원실(3)    의회운영·행정자치·교육    -       소관 안건 검토"""


def _report(lines: list[str], text: bool) -> Report:
    """The report of ``lines`` (a block of lines set in columns a table) as its text export
    or as HWPX (each block a table; a ``^`` cell merged into the one above)."""
    if text:
        body = "\n".join(lines).replace("^", " ").replace("~", " ")
        return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))
    paras = []
    for x in lines:
        if "\n" not in x:
            paras.append(p(x))
            continue
        rows = [re.split(r"\s{3,}", r.strip()) for r in x.split("\n")]
        width = max(len(r) for r in rows)
        spans: dict[tuple[int, int], int] = {}
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v == "^":  # (the cell above covers this row too)
                    top = r - 1
                    while rows[top][c] == "^":
                        top -= 1
                    spans[(top, c)] = spans.get((top, c), 1) + 1
        cells = [
            cell(r, c, p(v if v != "~" else ""), rs=spans.get((r, c), 1))
            for r, row in enumerate(rows) for c, v in enumerate(row) if v != "^"
        ]  # fmt: skip
        paras.append(p(tbl(len(rows), width, cells)))
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


def _org(report: Report) -> dict[str, tuple[str, str | None]]:
    return {u.name: (u.level, u.parent) for u in report.organization}


UNITS = [
    ("총무담당관", "division"), ("의정담당관", "division"), ("홍보담당관", "division"),
    ("의사과", "division"), ("입법정책과", "division"),
    ("의회운영전문위원실", "division"), ("행정자치전문위원실", "division"),
    ("교육전문위원실", "division"),
]  # fmt: skip


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(("name", "level"), UNITS)
def test_a_table_of_units_sorted_by_kind_lists_the_tops_units(
    name: str, level: str, text: bool
) -> None:
    """A table whose first column sorts the units by kind with their count, `담당관(3)`
    merged down beside three names ending in 담당관, lists the top's units (its column of
    teams' counts, `팀 수`, no teams); a kind of unit named by stems, `전문위원실(3)` beside
    `의회운영·행정자치·교육`, its units each the stem and the kind's word."""
    report = _report([*COVER, "Ⅰ. 일반현황", "1. 조 직", ORG], text)
    org = _org(report)
    assert org.get(name) == (level, "사무처")


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("division", "duty"),
    [
        ("의정담당관", "의원 의정활동 지원"),
        ("홍보담당관", "인터넷방송 운영"),
        ("입법정책과", "정책연구 수행"),
        ("의사과", "본회의 운영"),
    ],
)
def test_duties_are_the_units_past_the_kinds_column(division: str, duty: str, text: bool) -> None:
    """The duties of a row of `구 분 | 부 서 | 팀 수 | 주요 기능` are its 부서's, past the
    column of the units' counts (they went to the kind, `담당관`)."""
    report = _report([*COVER, "Ⅰ. 일반현황", "1. 조 직", ORG], text)
    duties = {(f.division, f.function) for f in report.functions}
    assert (division, duty) in duties


def _card(no: str, title: str, cost: str, closing: str) -> list[str]:
    return [
        f"{no} {title}",
        "□ 사업개요",
        "○ 사업기간 : 2025. 1. ~ 12.",
        f"○ 사 업 비 : {cost}",
        "○ 주요내용 : 의원 연구단체 활동, 의정 역량강화 교육 지원",
        "□ 추진계획",
        "○ 의원 연구단체 12개 활동 지원 (’25. 3.~11.)",
        "○ 의정 역량강화 연수 2회 (’25. 4., 8.)",
        closing,
    ]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("closing", "want"),
    [
        ("[담당 : 의정담당관]", "의정담당관"),
        ("[담당 : 입법정책과]", "입법정책과"),
        ("【담당부서 : 홍보담당관】", "홍보담당관"),
    ],
)
def test_a_cards_closing_bracket_names_its_division(closing: str, want: str, text: bool) -> None:
    """A card that closes with a line wholly in brackets labelling its division, `[담당 :
    의정담당관]`, is that division's (as a `※ 담당 :` note's)."""
    lines = [
        *COVER, "Ⅲ. 2025년 주요업무 추진계획",
        *_card("①", "의정활동 지원 강화", "1,250,000천원", closing),
        *_card("②", "열린 의회 소통 확대", "820,000천원", "[담당 : 총무담당관]"),
    ]  # fmt: skip
    report = _report(lines, text)
    got = {pr.title: pr.division for pr in report.projects}
    assert got.get("의정활동 지원 강화") == want


@pytest.mark.parametrize(
    "title", ["Ⅱ. 2024년 의정활동 현황", "Ⅱ. 의정활동 현황", "Ⅱ. 2024년도 의정활동 현황"]
)
def test_a_councils_record_of_its_sessions_is_its_achievements(title: str) -> None:
    """`Ⅱ. 2024년 의정활동 현황`, the council's sessions held and bills passed, is the
    report's achievements (it was none of its parts)."""
    lines = [
        *COVER, "Ⅰ. 일반현황", "1. 조 직", "○ 사무처장 아래 3담당관 2과", title,
        "1. 회기 운영", "○ 회기 운영 : 5회 92일 (임시회 3회, 정례회 2회)",
        "Ⅲ. 2025년 주요업무 추진계획", "1. 의정활동 지원 강화", "○ 사업기간 : 2025. 1. ~ 12.",
    ]  # fmt: skip
    report = _report(lines, text=True)
    roles = {s.key: (s.title or "").replace(" ", "") for s in report.sections if s.found}
    assert roles.get("achievements") == title.split(". ", 1)[1].replace(" ", "")


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize("members", ["참여 의원", "발언 의원", "질문의원"])
def test_members_counted_beside_the_items_count_in_persons(members: str, text: bool) -> None:
    """Under `(단위 : 건, 명)`, the column of the members who took part, `참여 의원`, counts
    in 명, the others in 건; the 계 column adds up the 건 alone (96 + 46 = 142: the check
    added the 58 members in and failed)."""
    table = (
        f"구 분      계      5분자유발언   시정질문   {members}\n"
        "2024년     142     96            46         58"
    )
    lines = [
        *COVER, "Ⅱ. 2024년 의정활동 현황", "1. 5분자유발언 및 시정질문", "(단위 : 건, 명)", table
    ]
    report = _report(lines, text)
    units = {c.col_header.replace(" ", ""): c.unit for c in report.table_cells if not c.is_header}
    assert units.get(members.replace(" ", "")) == "명"
    assert units.get("시정질문") == "건"
    failed = [v.detail for v in report.validation if v.check.startswith("tables.") and not v.passed]
    assert not failed
