"""The sample's template as other reports fill it: another unit (amounts with a fraction
in 억원 and 백만원, a 백만원 appendix rounded from the cards' 천원), a quarter header
written 1/4, a unit in a card table's header, a 계 row over a card's items.

Each case edits the sample by its own lines (found by their text, not their number) and
says what the records must be, worked out from the edited lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "seoul-innovation-bureau-2021.txt"
#: the fields that say where a record stands, which an edit moves
PROVENANCE = {"line_start", "line_end", "page_start", "page_end"}


def plain(value: Any) -> Any:
    """A record's fields (a model, or what it dumps to) without where they stand, at any
    depth (a project's blocks and their items have lines too)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k not in PROVENANCE}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def edited(*edits: tuple[Sequence[str], Sequence[str]]) -> Report:
    """The sample with each run of lines ``old`` (found once) put as ``new``."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    for old, new in edits:
        at = [i for i in range(len(lines)) if lines[i : i + len(old)] == list(old)]
        assert len(at) == 1, old
        lines[at[0] : at[0] + len(old)] = new
    data = "\n".join(lines).encode()
    return check(parse_document(read_bytes(data, "variant.txt"), "variant"))


def failed(report: Report) -> list[str]:
    return [f"{c.check}: {c.detail}" for c in report.validation if not c.passed]


#: the 예산현황 table in 억원, two decimals
HEADER = "구 분 ’20년 예산 ’21년 예산 증감 증감률"
SUMMARY_IN_억원 = (
    ["(단위: 백만원)", "", HEADER, "", "계 16,873 12,099 △4,774 △28.3%"],
    ["(단위: 억원)", "", HEADER, "", "계 168.73 120.99 △47.74 △28.3%"],
)
SUMMARY_ROWS = [
    ("사회혁신담당관 13,233 9,230 △4,003 △30.3%", "사회혁신담당관 132.33 92.30 △40.03 △30.3%"),
    ("전환도시담당관 2,948 2,190 △758 △25.7%", "전환도시담당관 29.48 21.90 △7.58 △25.7%"),
    ("갈등조정담당관 692 679 △13 △1.9%", "갈등조정담당관 6.92 6.79 △0.13 △1.9%"),
]


def test_amounts_with_a_fraction_in_an_억원_table() -> None:
    report = edited(SUMMARY_IN_억원, *(([a], [b]) for a, b in SUMMARY_ROWS))
    rows = {r.unit: r for r in report.budget_summary}
    assert (rows["계"].prev_budget_krw, rows["계"].budget_krw, rows["계"].change_krw) == (
        16_873_000_000, 12_099_000_000, -4_774_000_000,
    )  # fmt: skip
    assert rows["갈등조정담당관"].change_krw == -13_000_000
    assert report.warnings == [] and failed(report) == []


def test_a_card_table_in_백만원_with_fractions() -> None:
    report = edited(
        (["(단위: 천원)", "", "사업명 예산현액", "집행계획", "", "1분기 2분기 3분기 4분기", "",
          "글로벌사회혁신", "오픈캠퍼스운영", "", "157,280", "1,000 98,000 20,000 38,280"],
         ["(단위: 백만원)", "", "사업명 예산현액", "집행계획", "", "1분기 2분기 3분기 4분기", "",
          "글로벌사회혁신", "오픈캠퍼스운영", "", "157.28", "1 98 20 38.28"]),
    )  # fmt: skip
    b = report.project_budgets[0]
    assert (b.currency_unit, b.amount_krw, b.q1_krw, b.q2_krw, b.q3_krw, b.q4_krw) == (
        "백만원", 157_280_000, 1_000_000, 98_000_000, 20_000_000, 38_280_000,
    )  # fmt: skip
    assert report.warnings == [] and failed(report) == []


def test_a_quarter_header_written_1_4_and_a_unit_in_the_header() -> None:
    report = edited(
        (["(단위: 천원)", "", "사업명 예산현액", "집행계획", "", "1분기 2분기 3분기 4분기", "",
          "글로벌사회혁신"],
         ["", "사업명 예산현액(천원)", "집행계획", "", "1/4 2/4 3/4 4/4", "", "글로벌사회혁신"]),
    )  # fmt: skip
    b = report.project_budgets[0]
    assert (b.basis, b.currency_unit, b.amount_krw, b.q4_krw) == (
        "예산현액", "천원", 157_280_000, 38_280_000,
    )  # fmt: skip
    assert report.warnings == [] and failed(report) == []


def test_a_total_row_over_a_cards_items_is_no_item() -> None:
    """The 계 row of 2-3's two items (700,000 + 304,500): a stated total, checked."""
    total = ["계 1,004,500", "- 700,000 300,000 4,500", ""]
    report = edited(
        (["공유허브활성화및홍보등 304,500", "- 200,000 100,000 4,500"],
         ["공유허브활성화및홍보등 304,500", "- 200,000 100,000 4,500", "", *total]),
    )  # fmt: skip
    items = [b.item for b in report.project_budgets if b.project_id == "2-3"]
    assert items == ["공유기업·단체및자치구지원", "공유허브활성화및홍보등"]
    (stated,) = [s for s in report.stated_totals if s.key == "project_budgets.total.2-3"]
    assert stated.value == 1_004_500_000
    checked = [c for c in report.validation if c.check == "project_budgets.total"]
    assert [c.passed for c in checked] == [True]
    assert failed(report) == []
    wrong = edited(
        (["공유허브활성화및홍보등 304,500", "- 200,000 100,000 4,500"],
         ["공유허브활성화및홍보등 304,500", "- 200,000 100,000 4,500", "",
          "계 1,014,500", "- 700,000 310,000 4,500", ""]),
    )  # fmt: skip
    assert [c.check for c in wrong.validation if not c.passed] == ["project_budgets.total"]


def in_millions(line: str) -> str:
    """An appendix row with its 천원 amounts rounded to 백만원 (679,549 is 680, where the
    report's own summary says 679)."""
    words = line.split()
    if len(words) < 3 or not all(re.fullmatch(r"[\d,]+|-", w) for w in words[-2:]):
        return line
    amounts = [
        w if w == "-" else f"{(int(w.replace(',', '')) + 500) // 1000:,}" for w in words[-2:]
    ]
    return " ".join([*words[:-2], *amounts])


def test_an_appendix_in_백만원_agrees_with_the_cards_in_천원() -> None:
    """Each 백만원 figure is its 천원 one rounded: the cards, the note (in 천원) and the
    백만원 summary agree with it."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    start = lines.index("부서명 / 사업명 ’21년 예산 ’21년 예산현액")
    end = lines.index("(단위: 천원)", start)
    table = lines[start + 1 : end + 1]
    report = edited(
        (table, [in_millions(ln) for ln in table[:-1]] + ["(단위: 백만원)"]),
    )
    assert report.budget_items[0].budget_krw == 12_099_000_000
    across = ("project_budgets.", "budget_items.note_vs_table.", "budget_summary.vs_appendix")
    checks = [c for c in report.validation if c.check.startswith(across)]
    assert len(checks) > 20 and all(c.passed for c in checks), failed(report)
    # (rows rounded one by one need not add up: a report's 백만원 table does, and is
    # checked exactly; so are its 계 rows here)
    assert all(f.startswith("budget_items.") and "_sum." in f for f in failed(report))


def two_years(line: str) -> str:
    """An appendix row "name 예산 예산현액" as "name ’20년 ’21년 증감", last year's figure
    being the 예산현액 (a made-up one: what matters is the column the records keep)."""
    words = line.split()
    if len(words) < 3 or not all(re.fullmatch(r"[\d,]+|-", w) for w in words[-2:]):
        return line
    now, before = (0 if w == "-" else int(w.replace(",", "")) for w in words[-2:])
    change = now - before
    diff = "-" if change == 0 else f"{'△' if change < 0 else ''}{abs(change):,}"
    return " ".join([*words[:-2], f"{before:,}", words[-2], diff])


def test_an_appendix_of_two_years_and_their_change_keeps_this_years_budget() -> None:
    """"부서명 / 사업명 ’20년 예산 ’21년 예산 증감": the records keep the ’21 column (they
    were none, and nothing said so); the cards' 예산현액 has no column to be checked with."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    start = lines.index("부서명 / 사업명 ’21년 예산 ’21년 예산현액")
    end = lines.index("(단위: 천원)", start)
    table = lines[start:end]
    report = edited(
        (table, ["부서명 / 사업명 ’20년 예산 ’21년 예산 증감", *map(two_years, table[1:])]),
    )
    items = {b.item: b for b in report.budget_items}
    assert len(report.budget_items) == 24
    assert items["서울혁신기획관"].budget_krw == 12_099_481_000
    assert items["서울혁신파크 조성사업"].budget_krw == 443_497_000
    assert all(b.budget_current_krw is None for b in report.budget_items)
    assert report.warnings == [] and failed(report) == []
    assert any(c.check == "budget_items.division_sum.budget" for c in report.validation)


def sample_report() -> Report:
    return edited()


def test_a_staffing_headline_in_words_titles_its_part() -> None:
    """"인력현황 정원 54명, 현원 52명": the part's title and its headline on one line, as
    "인력현황 54/52명(정원/현원)" is (the part was not found, and the org chart read on
    into the staffing table, cutting its last team in two)."""
    want = sample_report()
    for headline in ("인력현황 정원 54명, 현원 52명", "인력현황 정원 54명 / 현원 52명"):
        report = edited((["인력현황 54/52명(정원/현원)"], [headline]))
        assert report.staffing == want.staffing
        assert [u.name for u in report.organization] == [u.name for u in want.organization]
        assert failed(report) == []


def test_a_cards_cost_with_its_funding_gives_the_funding() -> None:
    """"총사업비: 64,200백만원(국비 10,000, 시비 54,200)" in a card's 사업개요: the
    shares are project_funding rows, in the cost's unit, checked against the cost."""
    cost = ["○ 소요예산: 642억원(혁신단체입주‧지원시설 367억, 청년단체 180억, 혁신주택 95억)"]
    for line, shares in (
        ("○ 총사업비: 64,200백만원(국비 10,000, 시비 54,200)", [10_000, 54_200]),
        ("○ 총사업비 : 642억원(국 100, 시 542)", [10_000, 54_200]),
    ):
        report = edited((cost, [line]))
        rows = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
        assert rows == [("1-4", "국비", shares[0] * 10**6), ("1-4", "시비", shares[1] * 10**6)]
        assert any(c.check == "projects.funding_sum" and c.passed for c in report.validation)
        assert failed(report) == []
    assert edited().project_funding == []  # (the sample's parts are no sources)


def test_schedule_lines_open_at_one_end() -> None:
    """"task : ~ ’21. 9." runs until September (from no date said); "task : ’21. 9. ~ 계속"
    from September on; the task is the words before the date, without its colon or tilde."""
    from datetime import date

    report = edited(
        (["○ 시민행복 실태조사 및 전략과제 선정 학술용역 : ’21. 2.~ 9."],
         ["○ 시민행복 실태조사 및 전략과제 선정 학술용역 : ~ ’21. 9."]),
        (["○ 공유기업·단체 성장지원 컨설팅 : ’21. 9."],
         ["○ 공유기업·단체 성장지원 컨설팅 : ’21. 9. ~ 계속"]),
    )  # fmt: skip
    rows = {s.task: s for s in report.schedules}
    until = rows["시민행복 실태조사 및 전략과제 선정 학술용역"]
    assert (until.raw, until.start, until.end) == ("~ ’21. 9.", None, date(2021, 9, 30))
    since = rows["공유기업·단체 성장지원 컨설팅"]
    assert (since.raw, since.start, since.end) == ("’21. 9. ~ 계속", date(2021, 9, 1), None)
    assert report.warnings == []


def test_a_fraction_before_a_word_is_the_names() -> None:
    """"서울혁신 2.0 플랫폼 운영" in a 백만원 table: the 2.0 is the name's, not a value."""
    from extract.document import Line
    from extract.parse.card_budget import read_plan_rows
    from extract.parse.table import numeric_rows

    rows = numeric_rows([Line(1, "서울혁신 2.0 플랫폼 운영 100 100", "")], ncols=2, unit="백만원")
    assert [(r.label, [v.text for v in r.values]) for r in rows] == [
        ("서울혁신 2.0 플랫폼 운영", ["100", "100"])
    ]
    (plan,) = read_plan_rows([Line(1, "서울혁신 2.0 플랫폼 운영 157.28 1 98 20 38.28", "")],
                             "", "백만원")  # fmt: skip
    assert plan.name == "서울혁신 2.0 플랫폼 운영"
    assert plan.values == ["157.28", "1", "98", "20", "38.28"]


def test_an_appendix_column_no_record_keeps_is_passed_over() -> None:
    """"’21년 예산 ’21년 집행액": the 집행액 column is no 예산현액, and its figures are no
    rows of their own."""
    header = "부서명 / 사업명 ’21년 예산 ’21년 "
    report = edited(([header + "예산현액"], [header + "집행액"]))
    assert len(report.budget_items) == 24 and all(b.item for b in report.budget_items)
    assert report.budget_items[0].budget_krw == 12_099_481_000
    assert all(b.budget_current_krw is None for b in report.budget_items)


def test_a_schedule_task_keeps_its_words_after_the_date() -> None:
    report = edited(
        (["○ 공유허브 용역 발주 : ’21. 2."], ["○ ’21. 2월 공유허브 용역 발주"]),
        (["○ 공유기업·단체 성장지원 컨설팅 : ’21. 9."], ["○ 성장지원 컨설팅 ’21. 9월 착수 예정"]),
    )  # fmt: skip
    tasks = {s.raw: s.task for s in report.schedules}
    assert tasks["’21. 2월"] == "공유허브 용역 발주"
    assert tasks["’21. 9월"] == "성장지원 컨설팅 착수 예정"


def test_an_open_end_is_a_word_of_its_own() -> None:
    from extract.normalize import find_dates

    (span,) = find_dates("’21. 3.~ 지속가능한 도시전환 추진", year=2021)
    assert (span.raw, span.end) == ("’21. 3.~", None)
    (span,) = find_dates("’21. 9. ~ 현재까지 운영", year=2021)
    assert span.raw == "’21. 9. ~ 현재"


def test_a_note_is_compared_in_its_own_figures_unit() -> None:
    """The note's 예산 in 백만원 against a 백만원 row one place off fails, whatever unit
    the note's other figures are in (its 사고이월액 in 억원)."""
    note = ("※ ’21년 예산현액(12,346,984천원) = ’21년 예산(12,099,481천원) + "
            "’20년 사고이월액(247,503천원)")
    coarse = "※ ’21년 예산현액(12,347백만원) = ’21년 예산(12,099백만원) + ’20년 사고이월액(2.5억원)"
    report = edited(
        ([note], [coarse]),
        (["서울혁신기획관 12,099,481 12,346,984"], ["서울혁신기획관 12,050,481 12,346,984"]),
    )
    checks = {c.check: c.passed for c in report.validation if "note_vs_table" in c.check}
    assert checks == {"budget_items.note_vs_table.budget": False,
                      "budget_items.note_vs_table.budget_current": True}  # fmt: skip


def test_a_schedule_that_says_how_often() -> None:
    """"task : 매월" and "task : 연중 수시" run through the plan's year; "task : 매년 12월"
    in its December: the words are the raw, the task is what stands before the colon."""
    from datetime import date

    report = edited(
        (["○ 미래전환을 위한 사회혁신 캠퍼스 운영 : ’21. 4.~12."],
         ["○ 미래전환을 위한 사회혁신 캠퍼스 운영 : 매월"]),
        (["○ 기부심사위원회 운영 및 기부금품 모집등록 제도 교육 : ’21. 1.~12."],
         ["○ 기부심사위원회 운영 및 기부금품 모집등록 제도 교육 : 연중 수시"]),
        (["○ 민관협력 우수사례 발간 및 민관협력 표창 : ’21.10.~12."],
         ["○ 민관협력 우수사례 발간 및 민관협력 표창 : 매년 12월"]),
    )  # fmt: skip
    rows = {s.task: (s.raw, s.start, s.end, s.precision) for s in report.schedules}
    year = (date(2021, 1, 1), date(2021, 12, 31), "year")
    assert rows["미래전환을 위한 사회혁신 캠퍼스 운영"] == ("매월", *year)
    assert rows["기부심사위원회 운영 및 기부금품 모집등록 제도 교육"] == ("연중 수시", *year)
    assert rows["민관협력 우수사례 발간 및 민관협력 표창"] == (
        "매년 12월", date(2021, 12, 1), date(2021, 12, 31), "month",
    )  # fmt: skip
    assert report.warnings == []


def test_findings_whose_status_is_said_under_another_heading(sample_report: Report) -> None:
    """Every "□ 추진상황: 추진 중" written "□ 조치결과: 추진 중" (or 진행상황): the same
    findings, each with its status."""
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count("□ 추진상황:") >= len(sample_report.audit_findings) > 0
    want = [(f.divisions, f.status, f.finding, f.actions) for f in sample_report.audit_findings]
    for heading in ("조치결과", "진행상황"):
        data = text.replace("□ 추진상황:", f"□ {heading}:").encode()
        got = check(parse_document(read_bytes(data, "variant.txt"), "variant"))
        assert [(f.divisions, f.status, f.finding, f.actions) for f in got.audit_findings] == want


def test_a_staffing_date_at_the_end_of_a_month_or_after_기준일() -> None:
    """"(’21. 1월말 기준)" and "(기준일: 2021. 1. 31.)" give the staffing's date, the last
    day of January (not the 21st, nor none)."""
    from datetime import date

    for line in ("(’21. 1월말 기준)", "(기준일: 2021. 1. 31.)"):
        report = edited((["(’21. 1. 31. 기준)"], [line]))
        assert {s.as_of for s in report.staffing} == {date(2021, 1, 31)}, line


#: how other reports number a plan's cards: the mark for card n
CARD_MARKS = {
    "circled": lambda n: "①②③④⑤⑥⑦⑧⑨"[n - 1],
    "paren": lambda n: f"({n})",
    "close": lambda n: f"{n})",
    "ganada": lambda n: "가나다라마바사아자"[n - 1] + ".",
}


@pytest.mark.parametrize("mark", CARD_MARKS)
def test_cards_numbered_with_the_reports_own_mark(mark: str, sample_report: Report) -> None:
    """Cards numbered "① …", "(1) …", "1) …" or "가. …", not by a number standing alone
    before the title: the same projects, budgets and schedules."""
    card = re.compile(r"^(\d{1,2}) +(?=[^\s\d.,)])")
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    marked = [card.sub(lambda m: CARD_MARKS[mark](int(m[1])) + " ", ln) for ln in lines]
    assert sum(a != b for a, b in zip(lines, marked, strict=True)) == len(sample_report.projects)
    got = check(parse_document(read_bytes("\n".join(marked).encode(), "v.txt"), "v"))
    for table in ("projects", "project_budgets", "schedules"):
        assert plain(getattr(got, table)) == plain(getattr(sample_report, table)), table
    assert got.warnings == []


@pytest.mark.parametrize("header", ["구 분 계 4급 이상 5급 6급 이하 공무직",
                                    "구 분 계 4급이상 5급 6급이하 공무직"])
def test_a_staffing_table_by_grade_with_a_form_beside_the_ranks(header: str) -> None:
    """Grades across ("4급 이상" one header, not "4급" and "이상"); 공무직 set beside the
    ranks is a grade column counted in the 계 (54 = 3 + 8 + 40 + 3), as well as a form."""
    report = edited(
        (["구 분 계 사회혁신담당관 전환도시담당관 갈등조정담당관"], [header]),
        (["정 원 54 23 19 12"], ["정 원 54 3 8 40 3"]),
        (["현 원 52 23 17 12"], ["현 원 52 3 8 38 3"]),
    )
    rows = [(s.grade, s.employment, s.authorized, s.current) for s in report.staffing]
    assert rows == [
        (None, None, 54, 52), ("4급이상", None, 3, 3), ("5급", None, 8, 8),
        ("6급이하", None, 40, 38), ("공무직", "공무직", 3, 3),
    ]  # fmt: skip
    grades = [c for c in report.validation if c.check.startswith("staffing.grades")]
    assert len(grades) == 2 and all(c.passed for c in grades)


def test_a_running_head_on_every_page_is_furniture(sample_report: Report) -> None:
    """A page number ("- 3 -") and a running head ("서울혁신기획관 2021년 주요업무보고")
    every 60 lines or so, between blank lines: the same records, and the
    heads are page furniture, as the numbers are (not a row's name nor a schedule's date)."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    page, since = 1, 0
    for i, ln in enumerate(lines):
        out.append(ln)
        since += 1
        if since >= 60 and not ln.strip() and i + 1 < len(lines) and not lines[i + 1].strip():
            out += [f"- {page} -", "", "서울혁신기획관 2021년 주요업무보고", ""]
            page, since = page + 1, 0
    assert page > 10
    got = check(parse_document(read_bytes("\n".join(out).encode(), "v.txt"), "v"))
    for table in ("budget_summary", "budget_lines", "projects", "schedules", "policy_goals"):
        assert plain(getattr(got, table)) == plain(getattr(sample_report, table)), table
    assert got.stats is not None and got.stats.furniture_lines == 2 * (page - 1)


def test_a_running_head_after_each_form_feed_is_furniture(sample_report: Report) -> None:
    """pdftotext's pages: a form feed, then the running head on the next page's first
    line, no page number: the heads are page furniture (not glued into the text of the
    item they break, a team's name or a row of a budget)."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    pages = 0
    for i, ln in enumerate(lines):
        if i and i % 40 == 0:
            out.append("\f서울혁신기획관 주요업무보고")
            pages += 1
        out.append(ln)
    got = check(parse_document(read_bytes("\n".join(out).encode(), "v.txt"), "v"))
    for table in ("organization", "budget_summary", "budget_lines", "functions", "projects",
                  "project_budgets", "schedules", "policy_goals", "audit_findings"):  # fmt: skip
        assert plain(getattr(got, table)) == plain(getattr(sample_report, table)), table
    assert got.stats is not None and got.stats.furniture_lines == pages


def test_a_card_heading_atop_pages_is_no_running_head(sample_report: Report) -> None:
    """A form feed before each card's budget heading (" 예산 집행계획" atop eleven
    pages): a marked line is an item, never a running head."""
    text = SAMPLE.read_text(encoding="utf-8")
    heading = next(ln for ln in text.split("\n") if ln.strip().endswith("예산 집행계획"))
    assert text.count(heading) > 5
    changed = text.replace("\n" + heading, "\n\f" + heading)
    got = check(parse_document(read_bytes(changed.encode(), "v.txt"), "v"))
    assert plain(got.project_budgets) == plain(sample_report.project_budgets)


def test_years_written_without_their_quote_mark(sample_report: Report) -> None:
    """A header "20년 예산 21년 예산" and schedules "task : 21. 4.~12." (the years' quote
    marks left out, as some reports write them): the same budget table and schedules."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    bare = [
        ln.replace("’", "") if ln == HEADER or (ln.startswith("○") and " : ’" in ln) else ln
        for ln in lines
    ]
    assert sum(a != b for a, b in zip(lines, bare, strict=True)) > 30
    got = check(parse_document(read_bytes("\n".join(bare).encode(), "v.txt"), "v"))
    assert plain(got.budget_summary) == plain(sample_report.budget_summary)
    raw = {"raw"}
    assert [{k: v for k, v in plain(s).items() if k not in raw} for s in got.schedules] == [
        {k: v for k, v in plain(s).items() if k not in raw} for s in sample_report.schedules
    ]
    assert got.warnings == []


#: a column of remarks (비고) added to a table of the sample: the header, then rows with
#: their remark after the values (text, a figure, nothing)
REMARKS = {
    "budget_summary": [
        (["구 분 ’20년 예산 ’21년 예산 증감 증감률"],
         ["구 분 ’20년 예산 ’21년 예산 증감 증감률 비고"]),
        (["사회혁신담당관 13,233 9,230 △4,003 △30.3%"],
         ["사회혁신담당관 13,233 9,230 △4,003 △30.3% 혁신파크 조성 완료"]),
        (["갈등조정담당관 692 679 △13 △1.9%"], ["갈등조정담당관 692 679 △13 △1.9% 기본경비 감"]),
    ],
    "staffing": [
        (["구 분 계 사회혁신담당관 전환도시담당관 갈등조정담당관"],
         ["구 분 계 사회혁신담당관 전환도시담당관 갈등조정담당관 비 고"]),
        (["현 원 52 23 17 12"], ["현 원 52 23 17 12 결원 2"]),
    ],
    "budget_items": [
        (["부서명 / 사업명 ’21년 예산 ’21년 예산현액"],
         ["부서명 / 사업명 ’21년 예산 ’21년 예산현액 비고"]),
        (["서울혁신파크 조성사업 443,497 643,497"],
         ["서울혁신파크 조성사업 443,497 643,497 사고이월 200,000"]),
        (["서울혁신파크 운영 7,066,795 7,066,795"],
         ["서울혁신파크 운영 7,066,795 7,066,795 민간위탁"]),
    ],
}  # fmt: skip


@pytest.mark.parametrize("table", REMARKS)
def test_a_column_of_remarks_is_no_value_nor_the_next_rows_name(
    table: str, sample_report: Report
) -> None:
    """A 비고 column ("혁신파크 조성 완료", "사고이월 200,000", "결원 2") after a table's
    values: the same records as without it (the remark is no figure, no row of its own,
    not the next row's name), and the budget lines read off the same table."""
    report = edited(*REMARKS[table])
    for name in (table, "budget_lines"):
        assert plain(getattr(report, name)) == plain(getattr(sample_report, name)), name
    assert report.warnings == [] and failed(report) == []


def test_a_budget_table_that_marks_its_decreases_with_a_black_triangle(
    sample_report: Report,
) -> None:
    """"▲4,774" where the sample writes "△4,774": the report's own rows (16,873 -> 12,099)
    say its ▲ is a decrease, so the same negative changes."""
    report = edited(
        (["계 16,873 12,099 △4,774 △28.3%"], ["계 16,873 12,099 ▲4,774 ▲28.3%"]),
        *(([a], [a.replace("△", "▲")]) for a, _ in SUMMARY_ROWS),
    )
    assert plain(report.budget_summary) == plain(sample_report.budget_summary)
    assert report.warnings == [] and failed(report) == []


def test_a_running_head_is_furniture_only_where_it_stands() -> None:
    """A head beside every page number is furniture there; the same words elsewhere (the
    org chart's bureau, a cover's title) stay content (review 16: the chart's bureau was
    taken for a head)."""
    from extract.document import LineKind
    from extract.read.text import split_lines

    head = "서울혁신기획관"
    pages = [f"{head}\n\n2021년 주요업무보고\n", f"조직현황\n{head}\n사회혁신담당관\n\n- 1 -\n"]
    pages += [f"{head}\n\n본문 {n}쪽 내용\n\n- {n} -\n" for n in range(2, 6)]
    lines = [ln for ln in split_lines("\n".join(pages)) if ln.text]
    kinds = [ln.kind for ln in lines if ln.text == head]
    assert kinds == [LineKind.CONTENT, LineKind.CONTENT] + [LineKind.FURNITURE] * 4


@pytest.mark.parametrize(
    "line",
    ["<’21. 1. 31. 기준>", "〈’21. 1. 31. 현재〉", "(기준일: 2021. 1. 31.)", "(기준일 ’21.1.31.)"],
)
def test_a_staffing_date_in_any_bracket(line: str) -> None:
    """The staffing's reference date in angle brackets or after 기준일: read for its rows and
    for its table, as "(’21. 1. 31. 기준)" is."""
    from datetime import date

    report = edited((["(’21. 1. 31. 기준)"], [line]))
    assert {s.as_of for s in report.staffing} == {date(2021, 1, 31)}
    staffing_table = next(t for t in report.tables if t.count_unit == "명")
    assert staffing_table.as_of == date(2021, 1, 31)



@pytest.mark.parametrize(
    "again",
    [
        ["부서명 / 사업명 ’21년 예산 ’21년 예산현액"],
        ["부서명 / 사업명 ’21년 예산 ’21년 예산현액 (계속)"],
        ["부서명 / 사업명", "’21년 예산 ’21년 예산현액"],  # wrapped onto two lines
    ],
)
def test_an_appendix_whose_header_is_repeated_where_it_breaks(
    again: list[str], sample_report: Report
) -> None:
    """The appendix split before 사회혁신 생태계 and before 전환도시담당관, its header again
    on top of each part (a table continued, or split by hand): the same items, each with
    its division (the header was read into the next item's name)."""
    report = edited(
        (["사회혁신 생태계 조성 및 지원 560,436 600,036"],
         [*again, "", "사회혁신 생태계 조성 및 지원 560,436 600,036"]),
        (["전환도시담당관 2,189,789 2,189,789"],
         [*again, "", "전환도시담당관 2,189,789 2,189,789"]),
    )  # fmt: skip
    assert plain(report.budget_items) == plain(sample_report.budget_items)
    assert [p.division for p in report.projects] == [p.division for p in sample_report.projects]
    assert report.warnings == [] and failed(report) == []


@pytest.mark.parametrize(
    "after",
    [
        ["※ 팀별 세부 분장은 붙임 참조"], ["※ 팀별 세부 분장은", "붙임 참조"],
        ["주) 팀별 세부 분장은 붙임 참조"], ["<그림 1> 조직도"], ["【그림 1】 조직도"],
    ],
)  # fmt: skip
def test_a_note_or_a_caption_under_the_org_chart(after: list[str], sample_report: Report) -> None:
    """A note or a picture's caption under the chart: no team (the chart's teams were all
    lost, with no warning); the caption is a figure of the outline, no residue."""
    report = edited(
        (["인력현황 54/52명(정원/현원)"], [*after, "", "인력현황 54/52명(정원/현원)"])
    )
    assert plain(report.organization) == plain(sample_report.organization)
    assert report.residue == [] and report.warnings == []


def _with_footnotes(hwpx_bytes: bytes, anchors: Sequence[str], note: str) -> bytes:
    """The HWPX with a footnote (holding ``note``) after each paragraph text ``anchors``
    names, as Hancom writes one: a control in the anchor's run."""
    import io
    import zipfile

    from tests.hwpx_maker import footnote, p

    src = zipfile.ZipFile(io.BytesIO(hwpx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "Contents/section0.xml":
                text = data.decode("utf-8")
                for anchor in anchors:
                    tag = f"<hp:t>{anchor}</hp:t>"
                    assert text.count(tag) == 1, anchor
                    text = text.replace(tag, tag + footnote(p(note)))
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def test_footnotes_of_a_hangul_file_are_no_words_of_the_records_they_note() -> None:
    """Footnotes (with a date and an amount) anchored in a schedule line, a finding and
    the org chart's title of the sample's HWPX: the same records as without them
    (each footnote was read as the rest of its anchor's text: a task ending in the note,
    a finding's words, the chart's teams lost)."""
    fixture = Path(__file__).resolve().parent / "fixtures" / "seoul-innovation-bureau-2021.hwpx"
    plain_bytes = fixture.read_bytes()
    noted = _with_footnotes(
        plain_bytes,
        ["○ 미래전환을 위한 사회혁신 캠퍼스 중장기 계획 수립 : ’21. 3.",
         "조직현황  1기획관 3담당관 10팀",
         "○서울혁신파크에 관련된 민원이 많이 있음. 19년도 사용수익 허가 관련하여 징계를 받고 "
         "기관도 지적을 받았으며 올해는 청년청과 방역업체와의 갈등이 발생했는데 이에 대해서 "
         "관리 하기 바람"],
        "’21. 5. 기준, 사업비 1,000천원 포함",
    )  # fmt: skip
    want = check(parse_document(read_bytes(plain_bytes, "a.hwpx"), "a"))
    got = check(parse_document(read_bytes(noted, "b.hwpx"), "b"))
    for table in ("organization", "schedules", "audit_findings", "projects", "project_budgets"):
        assert plain(getattr(got, table)) == plain(getattr(want, table)), table
    assert got.residue == []
