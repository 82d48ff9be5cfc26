"""A 군's 실 report that sets the whole 군 before its own part (probe 112 county):
`1. 군정 현황` over the 군's count line, `○ 기 구 : 1실 12과 2직속 2사업소 9읍면`, its units by
kind and its staff matrix by 직렬 and 직급, then `2. 기획감사실 현황` over the 실's own teams
and staff line.  The 군's part is the government's: its count line counts no unit of the
실 (the 실's teams had been lost and the 군's 보건소 set under the 실), its staff table's
total is the 군's by the name its cover gives it (the 실's staff line had been checked
against it and failed)."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

COVER = ["2025년 주요업무계획", "기 획 감 사 실", "2025. 4.", "한 솔 군"]
PLAN = ["Ⅱ. 2025년 주요업무 추진계획", "1. 미래 군정 기획", "가. 중장기 발전계획 수립",
        "○ 사업기간 : 2025. 3. ~ 2025. 12.", "○ 사 업 비 : 450백만원 (군비 450)"]  # fmt: skip
OWN = ["2. 기획감사실 현황", "○ 조    직 : 5팀 (기획팀, 예산팀, 감사팀, 법무팀, 정보통신팀)",
       "○ 인    력 : 정원 38명 / 현원 37명"]  # fmt: skip
TEAMS = ["기획팀", "예산팀", "감사팀", "법무팀", "정보통신팀"]
#: 직렬 (행정, 세무) by 정원 and 현원 under 직급, in 명; the 계 the 군's
STAFF = [
    ["직  렬", "구  분", "계", "5급", "6급", "7급"],
    ["계", "정 원", "100", "20", "35", "45"],
    ["", "현 원", "97", "20", "34", "43"],
    ["행정", "정 원", "80", "18", "27", "35"],
    ["", "현 원", "78", "18", "26", "34"],
    ["세무", "정 원", "20", "2", "8", "10"],
    ["", "현 원", "19", "2", "8", "9"],
]
STAFF_TEXT = """\
직  렬    구  분  계   5급  6급  7급
계        정 원   100  20   35   45
          현 원   97   20   34   43
행정      정 원   80   18   27   35
          현 원   78   18   26   34
세무      정 원   20   2    8    10
          현 원   19   2    8    9
"""


def _matrix() -> str:
    cells = []
    for r, row in enumerate(STAFF):
        for c, text in enumerate(row):
            if c == 0 and r >= 1 and r % 2 == 0:
                continue  # (under the 직렬 merged over its two rows)
            cells.append(cell(r, c, p(text), rs=2 if c == 0 and r >= 1 else 1))
    return tbl(len(STAFF), len(STAFF[0]), cells)


def _report(lines: list[str], text: bool, staff: bool = False) -> Report:
    """The report of ``lines`` (a staff table after the line `□ 공무원 현황` where ``staff``),
    as HWPX or as its text export."""
    if text:
        body = "\n".join(
            (x + "\n(2025. 1. 1. 기준, 단위 : 명)\n" + STAFF_TEXT) if staff and "공무원" in x else x
            for x in lines
        )
        return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))
    paras = []
    for x in lines:
        paras.append(p(x))
        if staff and "공무원" in x:
            paras += [p("(2025. 1. 1. 기준, 단위 : 명)"), p(_matrix())]
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("1. 군정 현황", "○ 기 구 : 1실 12과 2직속 2사업소 9읍면"),
        ("1. 군정 현황", "○ 기 구 : 부군수 - 기획감사실, 행정과, 재무과, 민원과, 복지정책과"
         " (1실 4과 2직속 9읍면)"),
        ("1. 군 일반현황", "○ 조 직 : 1실 12과 2직속 9읍면"),
        ("1. 2025년 군정 개요", "○ 기 구 : 1실 12과 2직속 2사업소 9읍면"),
        # (by the name its cover gives the 군, a longer topic, or as "우리 군")
        ("1. 한솔군 현황", "○ 기 구 : 1실 12과 2직속 2사업소 9읍면"),
        ("1. 군정 현황 및 여건", "○ 기 구 : 1실 12과 2직속 2사업소 9읍면"),
        ("1. 우리 군 현황", "○ 기 구 : 1실 12과 2직속 2사업소 9읍면"),
    ],
)
def test_the_governments_part_before_the_units_own(title: str, count: str, text: bool) -> None:
    """The 실's teams are its own (none had been read, the 실 a bureau of the 군's count
    line), no unit of the 군 under it; a 군's own report of that part alone (its cover
    names no unit) still reads it."""
    gov = [title, "□ 조    직", count, "- 직속기관(2) : 보건소, 농업기술센터"]
    report = _report([*COVER, "Ⅰ. 일반현황", *gov, *OWN, *PLAN], text)
    assert [(u.name, u.level, u.parent) for u in report.organization] == [
        ("기획감사실", "division", None), *((t, "team", "기획감사실") for t in TEAMS)
    ]
    whole = _report(["2025년 주요업무계획", "한 솔 군", "Ⅰ. 일반현황", *gov, *PLAN], text)
    assert {"보건소", "농업기술센터"} <= {u.name for u in whole.organization}


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
def test_the_governments_staff_table_is_the_governments(text: bool) -> None:
    """`□ 공무원 현황` under `1. 군정 현황`: its 계 and grades the 군's, by the cover's name
    (they had been the 실's 계 and its staff line, 38 / 37, checked against 100 / 97 had
    failed); the 실's line its own total, and no staff check fails."""
    gov = ["1. 군정 현황", "□ 조    직", "○ 기 구 : 1실 12과 2직속 9읍면",
           "□ 공무원 현황 (직렬·직급별)"]
    report = _report([*COVER, "Ⅰ. 일반현황", *gov, *OWN, *PLAN], text, staff=True)
    rows = [(s.unit, s.grade, s.is_total, s.authorized, s.current) for s in report.staffing]
    assert ("계", None, True, 38, 37) in rows
    assert ("한솔군", None, True, 100, 97) in rows
    assert ("한솔군", "6급", False, 35, 34) in rows
    failed = [v.check for v in report.validation if not v.passed]
    assert not [c for c in failed if c.startswith("staffing")]


#: the 군's budget by 회계, 본예산 against 제1회 추경, in 백만원
BUDGET = [
    ["회 계 별", "본예산(A)", "제1회 추경(B)", "증 감(B-A)"],
    ["합    계", "612,400", "648,950", "36,550"],
    ["일반회계", "548,200", "579,300", "31,100"],
    ["특별회계", "64,200", "69,650", "5,450"],
]
BUDGET_TEXT = """\
회 계 별   본예산(A)  제1회 추경(B)  증 감(B-A)
합    계   612,400    648,950        36,550
일반회계   548,200    579,300        31,100
특별회계   64,200     69,650         5,450
"""


def _budget_report(cover: list[str], text: bool, title: str = "1. 군정 현황") -> Report:
    lines = [*cover, "Ⅰ. 일반현황", title, "□ 재정 현황 (회계별)", "(단위 : 백만원)",
             "2. 기획감사실 현황", OWN[1], *PLAN]  # fmt: skip
    at = lines.index("(단위 : 백만원)") + 1
    if text:
        body = "\n".join([*lines[:at], BUDGET_TEXT, *lines[at:]])
        return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))
    grid = tbl(len(BUDGET), len(BUDGET[0]), [
        cell(r, c, p(x)) for r, row in enumerate(BUDGET) for c, x in enumerate(row)
    ])  # fmt: skip
    paras = [p(x) for x in lines[:at]] + [p(grid)] + [p(x) for x in lines[at:]]
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    "title", ["1. 군정 현황", "1. 한솔군 현황", "1. 군정 현황 및 여건", "1. 우리 군 현황"]
)
def test_the_governments_budget_is_the_governments(title: str, text: bool) -> None:
    """`□ 재정 현황 (회계별)` under `1. 군정 현황` in the 실's report: the 군's lines, by the
    name its cover gives it, no budget of the 실 (its accounts had been the 실's lines and
    its 계 the 실's budget); in the 군's own report (its cover names no unit) the report's
    own budget still."""
    report = _budget_report(COVER, text, title)
    lines = {(b.unit, b.account, b.amount_krw) for b in report.budget_lines}
    assert ("한솔군", "일반회계", 579_300_000_000) in lines
    assert {b.unit for b in report.budget_lines} == {"한솔군"}
    assert report.budget_summary == []
    whole = _budget_report(["2025년 주요업무계획", "한 솔 군"], text, title)
    assert [(b.unit, b.budget_krw) for b in whole.budget_summary][:2] == [
        ("계", 648_950_000_000), ("일반회계", 579_300_000_000)
    ]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize("office", ["기획감사실", "감사담당관", "감사관"])
def test_an_offices_chapter_is_no_audit(office: str, text: bool) -> None:
    """`Ⅱ. 기획감사실 현황`: the office's own part, no audit by the 감사 in its name (it had
    been the report's audit section); `Ⅳ. 2024년 행정사무감사 처리결과` still the audit."""
    lines = ["2025년 주요업무계획", office, "한 솔 군", "Ⅰ. 군정 일반현황", "1. 읍·면 : 9개",
             f"Ⅱ. {office} 현황", "○ 조    직 : 3팀 (기획팀, 예산팀, 감사팀)", *PLAN]  # fmt: skip
    report = _report(lines, text)
    assert [s.title for s in report.sections if s.key == "audit" and s.found] == []
    lines += ["Ⅳ. 2024년 행정사무감사 처리결과", "1. 청사 안전점검 소홀 (기획팀)",
              "○ 처리결과 : 정밀안전점검 실시", "○ 처리상황 : 완료"]  # fmt: skip
    report = _report(lines, text)
    assert [s.title for s in report.sections if s.key == "audit" and s.found] == [
        "2024년 행정사무감사 처리결과"
    ]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("cover", "title", "count", "units"),
    [
        ("한 솔 군", "1. 군정 현황", "○ 기 구 : 1실 12과 2직속 2사업소 9읍면",
         [("실", 1), ("과", 12), ("사업소", 2), ("읍면", 9)]),
        ("가 람 시", "1. 시정 현황", "○ 기 구 : 1실 5국 30과 2직속 12동",
         [("실", 1), ("국", 5), ("과", 30)]),
    ],
)  # fmt: skip
def test_a_governments_own_report_keeps_its_organisation(
    cover: str, title: str, count: str, units: list[tuple[str, int]], text: bool
) -> None:
    """A 군's (시's) own report, its cover naming no unit apart from it: `1. 군정 현황` over
    its count line and units, then `2. 공무원 현황` over its staff line.  The part is the
    report's own (its units and stated counts had been lost to the rule of a unit's report,
    the staff part after it taken for the unit's own part)."""
    lines = ["2025년 주요업무계획", "2025. 4.", cover, "Ⅰ. 일반현황", title, "□ 조    직", count,
             "- 직속기관(2) : 보건소, 농업기술센터", "- 사업소(2) : 상하수도사업소, 시설관리사업소",
             "□ 인    구 : 25,310명 (12,480세대)", "2. 공무원 현황",
             "○ 인    력 : 정원 720명 / 현원 705명", *PLAN]  # fmt: skip
    report = _report(lines, text)
    names = {u.name for u in report.organization}
    assert {"보건소", "농업기술센터", "상하수도사업소", "시설관리사업소"} <= names
    stated = {(s.unit, s.value) for s in report.stated_totals if s.key.startswith("organization")}
    assert set(units) <= stated
    staff = {(s.key, s.value) for s in report.stated_totals if s.key.startswith("staffing")}
    assert staff == {("staffing.authorized", 720), ("staffing.current", 705)}
