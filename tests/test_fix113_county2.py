"""A 군's 실 report laid out in chapters (probe 113 county2): `Ⅰ. 군정 일반현황` about the
whole 군 (its area, its count line `군수 ─ 부군수 ─ 1실 12과`, its units after `부군수 -`,
its staff line, its 읍·면 table), `Ⅱ. 기획감사실 현황` over the 실's own 조직, 인력 and
예산, then `Ⅲ. 2025년 주요업무계획` over cards whose periods are a start and a length
(`2026. 1. 1.부터 3년`) or a length from an event (`착공 후 24개월`).

The 실's chapter had no role (its organisation, staff and budget unread, the 군's units
set under the 실), a start's length had been dropped (an open range), a length from an
event lost, and a `리 수` column under `(단위 : ㎢, 세대, 명)` counted in 명."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extract.normalize.dates import parse_date
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

COVER = ["2025년 주요업무계획", "기 획 감 사 실", "2025. 2.", "가 온 군"]
TEAMS = ["기획팀", "예산팀", "감사팀", "법무팀", "정보통신팀"]
#: tables as a text export sets them: columns three spaces apart at least
STAFF = """\
구  분    계    4급   5급   6급   7급이하
정  원    38    1     5     12    20
현  원    37    1     5     12    19"""
BUDGET = """\
구  분        2025년 예산    2024년 예산    증  감
계            1,962,300      1,905,100      57,200
기획팀        1,250,000      1,180,000      70,000
예산팀        412,300        398,100        14,200
감사팀        300,000        327,000        △27,000"""
TOWNS = """\
읍면명    면적(㎢)   세대     인구(명)   리 수
계        203.94     15,624   35,627     96
가온읍    48.21      9,812    21,034     32
누리면    81.55      2,106    3,988      24
솔내면    74.18      3,706    10,605     40"""


def _government(org_line: str) -> list[str]:
    return [
        "1. 일반현황", "○ 면    적 : 203.94㎢", "○ 행정구역 : 1읍 2면 96리",
        "2. 행정조직", org_line,
        "○ 본    청 : 부군수 - 기획감사실, 행정과, 재무과, 민원과, 복지정책과",
        "○ 직속기관(2) : 보건소, 농업기술센터", "○ 공 무 원 : 정원 712명 / 현원 698명",
        "3. 읍·면 현황", "(단위 : ㎢, 세대, 명)", TOWNS,
    ]  # fmt: skip


def _own(title: str) -> list[str]:
    return [
        f"Ⅱ. {title}", "1. 조    직 : 1실 5팀 (기획팀, 예산팀, 감사팀, 법무팀, 정보통신팀)",
        "2. 인    력", "(2025. 1. 1. 기준, 단위 : 명)", STAFF,
        "3. 예    산", "(단위 : 천원)", BUDGET,
    ]  # fmt: skip


def _plan(periods: list[str]) -> list[str]:
    out = ["Ⅲ. 2025년 주요업무계획"]
    for i, period in enumerate(periods, start=1):
        out += [f"{i}. 시범사업 {i}", f"○ 사업기간 : {period}", "○ 사 업 비 : 80백만원"]
    return out


def _report(lines: list[str], text: bool) -> Report:
    """The report of ``lines`` (a block of lines set in columns a table) as its text export
    or as HWPX (each block a table)."""
    if text:
        body = "\n".join(lines)
        return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))
    paras = []
    for x in lines:
        if "\n" not in x:
            paras.append(p(x))
            continue
        rows = [re.split(r"\s{3,}", r.strip()) for r in x.split("\n")]
        cells = [cell(r, c, p(v)) for r, row in enumerate(rows) for c, v in enumerate(row)]
        paras.append(p(tbl(len(rows), len(rows[0]), cells)))
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


def _whole(org_line: str, title: str, text: bool, periods: tuple[str, ...] = ()) -> Report:
    lines = [*COVER, "Ⅰ. 군정 일반현황", *_government(org_line), *_own(title),
             *_plan(list(periods) or ["2025. 1. ~ 12."])]  # fmt: skip
    return _report(lines, text)


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("org_line", "title"),
    [
        ("○ 기    구 : 군수 ─ 부군수 ─ 1실 12과", "기획감사실 현황"),
        ("○ 기    구 : 1실 12과 2직속 9읍면", "기획감사실 현황"),
        ("○ 기    구 : 군수 ─ 부군수 ─ 1실 12과", "2025년 기획감사실 현황"),
        ("○ 기    구 : 군수 ─ 부군수 ─ 1실 12과", "기획감사실 일반현황"),
    ],
)
def test_the_units_chapter_after_the_governments(org_line: str, title: str, text: bool) -> None:
    """`Ⅱ. 기획감사실 현황` is the 실's own general chapter: its teams under it (the 군's
    units, `행정과`, `보건소`, none of the 실's), its staff table's 계 and grades, its budget
    table's lines; the 군's staff line the 군's, by the name its cover gives it."""
    report = _whole(org_line, title, text)
    assert [(u.name, u.level, u.parent) for u in report.organization] == [
        ("기획감사실", "division", None), *((t, "team", "기획감사실") for t in TEAMS)
    ]
    rows = {(s.unit, s.grade, s.is_total, s.authorized, s.current) for s in report.staffing}
    assert {("계", None, True, 38, 37), ("계", "7급이하", False, 20, 19)} <= rows
    assert ("가온군", None, True, 712, 698) in rows
    lines = {(b.unit, b.year, b.amount_krw) for b in report.budget_lines}
    assert {("계", 2025, 1_962_300_000), ("감사팀", 2024, 327_000_000)} <= lines


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
def test_only_the_covers_units_chapter_is_general(text: bool) -> None:
    """`Ⅱ. 기획감사실 현황` is a general chapter where the cover names 기획감사실; a chapter
    titled by a unit the cover does not name, `Ⅱ. 행정과 현황`, is not."""
    org = "○ 기    구 : 1실 12과 2직속 9읍면"

    def role(title: str) -> str | None:
        report = _whole(org, title, text)
        return next(n.role for n in report.outline if n.kind == "heading" and n.title == title)

    assert (role("기획감사실 현황"), role("행정과 현황")) == ("general", None)


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2026. 1. 1.부터 3년", date(2026, 1, 1), date(2028, 12, 31)),
        ("’25. 3월부터 6개월간", date(2025, 3, 1), date(2025, 8, 31)),
        ("2026년부터 5년간", date(2026, 1, 1), date(2030, 12, 31)),
        ("’26. 3.부터 12개월", date(2026, 3, 1), date(2027, 2, 28)),
        ("2025. 7. 15.부터 90일", date(2025, 7, 15), date(2025, 10, 12)),
        ("착공 후 24개월", None, None),
        ("계약일로부터 6개월", None, None),
    ],
)
def test_a_start_and_a_length(
    period: str, start: date | None, end: date | None, text: bool
) -> None:
    """A card's `○ 사업기간 :` of a start and a length: the interval from the start (a day,
    a month, a year) through the length's last day; a length from an event that is no date
    its words alone, no interval."""
    report = _whole("○ 기    구 : 1실 12과 2직속 9읍면", "기획감사실 현황", text, (period,))
    got = [(j.period_raw, j.period_start, j.period_end) for j in report.projects]
    assert got == [(period, start, end)]


def test_a_length_that_is_no_period() -> None:
    """A length that is none of the period's, `3년차`, `3년 이상`, leaves the start open;
    an event's words with no length after them are no period."""
    from extract.normalize.durations import length_from_event, with_length

    start = parse_date("2026. 1. 1.부터")
    assert start is not None
    assert with_length(start, "2026. 1. 1.부터 3년차 사업").end is None
    assert with_length(start, "2026. 1. 1.부터 3년 이상").end is None
    assert length_from_event("착공 후 조속 추진") is None


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2026년부터 5년 단위", date(2026, 1, 1), None),
        ("2026. 1.부터 5년 단위로 수립", date(2026, 1, 1), None),
        ("2026. 1.부터 3년 주기", date(2026, 1, 1), None),
        ("2026. 3.부터 1일 2회 운영", date(2026, 3, 1), None),
        ("2025. 7.부터 2주 1회", date(2025, 7, 1), None),
        ("2026. 1. 1.부터(3년간)", date(2026, 1, 1), date(2028, 12, 31)),
    ],
)
def test_a_cycle_or_a_frequency_is_no_length(
    period: str, start: date, end: date | None, text: bool
) -> None:
    """A start followed by a cycle (`5년 단위`, `3년 주기`) or a frequency (`1일 2회`, `2주 1회`):
    the start open (the cycle's or the frequency's span had closed it: `2026. 3.부터 1일 2회`
    one month); a length in a bracket after the start (`부터(3년간)`) closes it."""
    report = _whole("○ 기    구 : 1실 12과 2직속 9읍면", "기획감사실 현황", text, (period,))
    assert [(j.period_start, j.period_end) for j in report.projects] == [(start, end)]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
def test_the_towns_table(text: bool) -> None:
    """`읍면명 | 면적(㎢) | 세대 | 인구(명) | 리 수` under `(단위 : ㎢, 세대, 명)`: each column in
    its own unit, `리 수` in 리 (it had been counted in the 명 the list left over)."""
    report = _whole("○ 기    구 : 1실 12과 2직속 9읍면", "기획감사실 현황", text)
    cells = {
        (c.row_header, c.col_header.replace(" ", "")): (c.value, c.unit)
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert cells[("가온읍", "면적(㎢)")] == (48.21, "㎢")
    assert cells[("가온읍", "세대")] == (9812, "세대")
    assert cells[("가온읍", "인구(명)")] == (21034, "명")
    assert cells[("솔내면", "리수")] == (40, "리")


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("other", "officials", "total"),
    [
        ("○ 청원경찰 : 정원 20명 / 현원 18명", True, (712, 698)),
        ("○ 공 무 직 : 정원 150명 / 현원 148명", True, (712, 698)),
        ("○ 공 무 직 : 정원 150명 / 현원 148명", False, None),
        ("○ 청원경찰 : 정원 20명 / 현원 18명", False, None),
    ],
)
def test_the_governments_staff_line_names_its_officials(
    other: str, officials: bool, total: tuple[int, int] | None, text: bool
) -> None:
    """A line of another kind of staff (`○ 청원경찰 : 정원 20명 / 현원 18명`, 공무직)
    above `○ 공 무 원 : 정원 712명 / 현원 698명`: the 군's total the 공무원's, and none where
    only the other kind's line is written (that line had been the 군's total, the 공무원's
    ignored)."""
    government = [ln for ln in _government("○ 기    구 : 1실 12과 2직속 9읍면")
                  if "공 무 원" not in ln]  # fmt: skip
    at = government.index("3. 읍·면 현황")
    staff = [other, *(["○ 공 무 원 : 정원 712명 / 현원 698명"] if officials else [])]
    lines = [*COVER, "Ⅰ. 군정 일반현황", *government[:at], *staff, *government[at:],
             *_own("기획감사실 현황"), *_plan(["2025. 1. ~ 12."])]  # fmt: skip
    report = _report(lines, text)
    got = [(s.authorized, s.current) for s in report.staffing if s.unit == "가온군"]
    assert got == ([total] if total else [])


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("○ 송정1리 마을회관 리모델링 1개소", ["1개소"]),
        ("○ 대상 : 가온읍 신촌2리, 송정3리 주민 120명", ["120명"]),
        ("○ 지원대상 : 가온읍 1리~3리 주민 450명", ["450명"]),
        ("○ 지원대상 : 신촌1리~3리, 누리면 24리 중 5리", ["24리", "5리"]),
        ("○ 행정구역 : 2읍 8면 96리 (송정1리 등)", ["8면", "96리"]),
    ],
)
def test_a_villages_number_is_part_of_its_name(text: str, counts: list[str]) -> None:
    """A number glued between a place's letters and 리 (`송정1리`), or a range of them
    after a 읍's name or a glued first (`가온읍 1리~3리`, `신촌1리~3리`), is the village's
    name, no count of 리 (each had been one); `96리` of `2읍 8면 96리` counts villages, and
    so does one figure after a place's name (`누리면 24리`: its villages or its 24th,
    left a count)."""
    from extract.normalize.mentions import find_mentions

    assert [m.raw for m in find_mentions(text, 2025) if m.kind == "count"] == counts
