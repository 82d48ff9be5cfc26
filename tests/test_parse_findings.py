"""Audit follow-up sections (민간위탁 감사 결과 and the like) as findings.

The excerpts are hand-written in the style of such sections: a table of findings with
the responsible division merged over its rows or written "〃", several findings in one
cell, and the measures taken, whose words give the status.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.document import Line
from extract.parse import audit_words
from extract.parse.audit import (
    open_division,
    read_finding,
    split_cells,
    split_division,
    split_findings,
)
from extract.parse.audit_words import category_of
from extract.parse.base import Parsed
from extract.parse.findings import split_items, status_of
from extract.parse.vocab import (
    AUDIT_CATEGORIES,
    AUDIT_DIVISION_LABELS,
    AUDIT_PARTS,
    AUDIT_STATUS_ALONE,
    AUDIT_STATUSES,
)
from extract.pipeline import check, parse_document, read_bytes
from schemas import AuditFinding, Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

HEADER = ["소관부서", "위탁 사업명", "수탁기관", "점검 기간", "지적사항", "조치사항"]
ROWS = [
    ["청년정책과", "청년센터 운영", "(사)청년숲", "2024. 5. 2.",
     "·회의록 작성 소홀 ·물품대장 관리 미흡", "현지시정"],
    ["〃", "창업공간 운영", "(재)창업원", "2024. 9. 10.", "보조금 정산 지연", "정산 보완중"],
    ["일자리과", "취업지원센터 운영", "(학)미래학원", "2024.11. 4.", "-", "-"],
    ["", "직업훈련 운영", "(사)기술원", "2024.12. 1.", "① 강사료 과다 지급 ② 출장비 증빙 누락",
     "시정(환수) 주의"],
]  # fmt: skip


def _report(
    rows: list[list[str]] = ROWS, division_merged: bool = True, header: list[str] = HEADER
) -> Report:
    cells = [cell(0, k, p(h)) for k, h in enumerate(header)]
    for r, row in enumerate(rows, start=1):
        for k, text in enumerate(row):
            if k == 0 and division_merged and r == 4:
                continue  # merged into the row above (일자리과 spans rows 3 and 4)
            rs = 2 if (k == 0 and division_merged and r == 3) else 1
            cells.append(cell(r, k, p(text), rs=rs))
    data = hwpx(
        sec(
            p("Ⅲ. 2025년 주요업무계획"),
            p("1. 청년 정책"),
            p("□ 청년 지원"),
            p("Ⅵ. 민간위탁 감사 실시 결과"),
            p("○ 점검근거 : 민간위탁 조례"),
            p("○ 점검결과"),
            p(tbl(len(rows) + 1, len(header), cells)),
        )
    )
    return check(parse_document(read_bytes(data, "audit.hwpx"), "audit"))


def test_each_listed_finding_is_a_record_with_its_division_and_source() -> None:
    report = _report()
    got = [(f.divisions, f.finding, f.status, f.status_raw) for f in report.audit_findings]
    assert got == [
        (["청년정책과"], "회의록 작성 소홀", "completed", "현지시정"),
        (["청년정책과"], "물품대장 관리 미흡", "completed", "현지시정"),
        (["청년정책과"], "보조금 정산 지연", "in_progress", "정산 보완중"),
        (["일자리과"], "강사료 과다 지급", None, "시정(환수)"),
        (["일자리과"], "출장비 증빙 누락", None, "주의"),
    ]
    assert {f.source for f in report.audit_findings} == {"민간위탁 감사"}
    assert [f.no for f in report.audit_findings] == [1, 2, 3, 4, 5]
    assert report.audit_findings[3].category == "correction"


def test_each_finding_names_what_was_audited_the_body_and_when() -> None:
    """The 사업명, 수탁기관 and 기간 columns of the row (2025 is the report's year)."""
    got = [(f.subject, f.auditee, f.audited_raw, f.audited_start, f.audited_end)
           for f in _report().audit_findings]  # fmt: skip
    first = ("청년센터 운영", "(사)청년숲", "2024. 5. 2.", date(2024, 5, 2), date(2024, 5, 2))
    last = ("직업훈련 운영", "(사)기술원", "2024.12. 1.", date(2024, 12, 1), date(2024, 12, 1))
    assert got == [first, first,
                   ("창업공간 운영", "(재)창업원", "2024. 9. 10.", date(2024, 9, 10),
                    date(2024, 9, 10)),
                   last, last]  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "when", "want"),
    [
        # "〃" and a blank cell are the row above's; a weekday after each day says nothing
        ("〃", "‘24.12.30.(월) ~ 12.31.(화)",
         ("청년센터 운영", date(2024, 12, 30), date(2024, 12, 31))),
        ("", "’24.8.29.~8.31.", ("청년센터 운영", date(2024, 8, 29), date(2024, 8, 31))),
    ],
)
def test_a_finding_carries_the_subject_above_it(
    subject: str, when: str, want: tuple[str, date, date]
) -> None:
    rows = [ROWS[0], ["〃", subject, "〃", when, "보조금 정산 지연", "정산 보완중"]]
    f = _report(rows, division_merged=False).audit_findings[-1]
    assert (f.subject, f.audited_start, f.audited_end) == want
    assert f.auditee == "(사)청년숲"


def test_a_column_named_for_something_else_is_not_read_as_the_body_or_date() -> None:
    """"감사기관명" names the auditor, "감사일정" a schedule: the header must end in the word."""
    header = ["소관부서", "위탁 사업명", "감사기관명", "감사일정", "지적사항", "조치사항"]
    f = _report(header=header).audit_findings[0]
    assert (f.subject, f.auditee, f.audited_raw) == ("청년센터 운영", None, None)


def test_findings_set_one_a_line_beside_a_measure_on_each() -> None:
    """사회복지국 p41: "퇴직적립금 미반환" / "운영위원회 관리 미흡" beside "시정(환수)" /
    "시정" are two findings; a finding wrapped over two lines beside one measure, or beside
    lines that are no measures, is one."""
    rows = [
        (["퇴직적립금 미반환", "운영위원회 관리 미흡"], ["시정(환수)", "시정"]),
        (["각종 규정(직장내 괴롭힘, 갑질 등)", "일제 정비"], ["정비중"]),
        (["회계 서류 미비", "후속 조치 예정"], ["보완 후", "재점검"]),
        # a measure wrapped at its bracket, a finding wrapped after 및: one each
        (["퇴직적립금 미반환 및", "관리 미흡"], ["시정", "(환수)"]),
        # a finding wrapped among them ends where a line ends as a finding does (p42)
        (["위탁운영 부적정", "시설이용료감면", "부적정 등"], ["시정", "시정"]),
        # findings that each end their line, beside one measure of both (p41)
        (["연차 사용 부적정", "여비 집행 부적정"], ["주의"]),
    ]
    cells = [cell(0, k, p(h)) for k, h in enumerate(HEADER)]
    for r, (finding, action) in enumerate(rows, start=1):
        cells += [cell(r, 0, p("복지정책과")), cell(r, 1, p("센터 운영")),
                  cell(r, 2, p("(사)윈")), cell(r, 3, p("2024. 6. 25.")),
                  cell(r, 4, *map(p, finding)), cell(r, 5, *map(p, action))]  # fmt: skip
    data = hwpx(sec(p("Ⅵ. 민간위탁 감사 실시 결과"), p(tbl(len(rows) + 1, len(HEADER), cells))))
    report = check(parse_document(read_bytes(data, "audit.hwpx"), "audit"))
    assert [(f.finding, f.status_raw) for f in report.audit_findings] == [
        ("퇴직적립금 미반환", "시정(환수)"),
        ("운영위원회 관리 미흡", "시정"),
        ("각종 규정(직장내 괴롭힘, 갑질 등) 일제 정비", "정비중"),
        ("회계 서류 미비 후속 조치 예정", "보완 후 재점검"),
        ("퇴직적립금 미반환 및 관리 미흡", "시정 (환수)"),
        ("위탁운영 부적정", "시정"),
        ("시설이용료감면 부적정 등", "시정"),
        ("연차 사용 부적정", "주의"),
        ("여비 집행 부적정", "주의"),
    ]


@pytest.mark.parametrize(
    ("action", "measures"),
    [  # one measure per finding where each names one (환경물정책실 p47) ...
     ("시정조치 1건 권고조치 1건", ["시정조치 1건", "권고조치 1건"]),
     ("시정(환수) 주의", ["시정(환수)", "주의"]),
     # ... else the row's measure for both: "2건" is no measure, "및" joins two into one
     ("시정조치 2건", ["시정조치 2건"] * 2), ("시정 및 주의", ["시정 및 주의"] * 2)],
)  # fmt: skip
def test_a_measure_for_each_listed_finding(action: str, measures: list[str]) -> None:
    row = ["하천관리과", "하굿둑 관리", "(재)물길", "2024. 6. 25.",
           "① 회계처리절차 미준수 ② 증빙자료 규정 미준수", action]  # fmt: skip
    report = _report([row])
    assert [f.status_raw for f in report.audit_findings] == measures


def test_a_row_without_a_finding_gives_none() -> None:
    report = _report()
    assert not any("취업지원" in f.finding for f in report.audit_findings)


def test_status_words() -> None:
    assert status_of("현지시정 및 사유서 제출") == "completed"
    assert status_of("규정 정비중") == "in_progress"
    assert status_of("검토중") == "under_review"
    assert status_of("시정조치 1건") is None  # a measure demanded, not whether it is done


@pytest.mark.parametrize(("word", "status"), sorted(AUDIT_STATUSES.items()))
def test_every_status_word_names_its_status(word: str, status: str) -> None:
    """In the follow-up's findings (a status line: the word, then a date maybe) and in the
    audit results' tables (a cell that holds the word, among others) alike."""
    assert audit_words.status_of(word) == status
    assert audit_words.status_of(f"{word}(’21. 6월)") == status
    assert status_of(word) == status
    if word not in AUDIT_STATUS_ALONE:
        assert status_of(f"규정 {word}") == status


@pytest.mark.parametrize("word", sorted(AUDIT_STATUS_ALONE))
def test_a_status_word_alone_names_no_status_inside_a_sentence(word: str) -> None:
    assert status_of(f"추후 교육과정 {word}") is None  # (it plans it)
    assert audit_words.status_of(f"{word} 예정") is None


@pytest.mark.parametrize(("word", "category"), sorted(AUDIT_CATEGORIES.items()))
def test_every_audit_category_heading_names_its_category(word: str, category: str) -> None:
    assert category_of(" ".join(word)) == category  # (set letter-spaced, as headings are)


@pytest.mark.parametrize(("word", "category"), sorted(AUDIT_CATEGORIES.items()))
def test_a_line_that_starts_with_a_category_word_heads_no_category(
    word: str, category: str
) -> None:
    """"기 타 보조금 수령 시 …" (a finding's line wrapped so in a narrower rendering) is
    text; "건의사항 (계속)", "건 의 사 항 :" and "건 의 사 항 조 치 결 과" (the heading
    over the columns) head their category."""
    heading = audit_words.is_category_heading
    assert heading(Line(1, f"{' '.join(word)} 보조금 수령", "")) is None
    want = category if category != "total" else None
    assert heading(Line(1, f"{word} (계속)", "")) == want
    assert heading(Line(1, f"{' '.join(word)} :", "")) == want
    assert heading(Line(1, f"{word} 조 치 결 과 및 향후 추진계획", "")) == want
    for after in ("처리현황", "이행 현황", "【계속】", "- 계속", "검토결과"):
        assert heading(Line(1, f"{word} {after}", "")) == want, after


def test_split_items() -> None:
    assert split_items("- 계약 서류 미비 - 복무 관리 부적정") == [
        "계약 서류 미비",
        "복무 관리 부적정",
    ]
    assert split_items("예산 집행절차 미준수 등") == ["예산 집행절차 미준수 등"]


# --- 행정사무감사 처리결과: a finding row broken over a page (extract.parse.audit) ---------

#: a finding row on page 1: the finding's first words beside the right cell's first part
TOP = ["○노인복지관 운영 점검을", "□ 추진상황: 추진 중", "□ 추진내용", "◦ 분기별 점검 실시"]


def _lines(*pages: list[str], paged: bool = True) -> list[Line]:
    """Lines in reading order, page after page (no pages: a text export)."""
    out: list[Line] = []
    for page, texts in enumerate(pages, start=1):
        for text in texts:
            out.append(Line(len(out) + 1, text, text, page if paged else None))
    return out


def _finding(*pages: list[str], paged: bool = True) -> AuditFinding:
    (parts,) = split_findings(_lines(*pages, paged=paged), Parsed())
    return read_finding(1, parts)


@pytest.mark.parametrize(
    ("next_page", "finding", "divisions", "actions"),
    [
        # the left cell's rest first on the next page, then the right cell's
        (["강화하기 바람", "(어르신복지과)", "- 점검표 개선"],
         "노인복지관 운영 점검을 강화하기 바람", ["어르신복지과"],
         "◦ 분기별 점검 실시\n- 점검표 개선"),
        # only the division went over
        (["(어르신복지과)", "◦ 운영위원회 개최"], "노인복지관 운영 점검을", ["어르신복지과"],
         "◦ 분기별 점검 실시\n◦ 운영위원회 개최"),
        # ... beside the right cell's one line, the two read as one line
        (["(어르신복지과) - 점검표 개선"], "노인복지관 운영 점검을", ["어르신복지과"],
         "◦ 분기별 점검 실시\n- 점검표 개선"),
        (["(어르신복지과/노인정책과) ◦ 운영위원회 개최"], "노인복지관 운영 점검을",
         ["어르신복지과", "노인정책과"], "◦ 분기별 점검 실시\n◦ 운영위원회 개최"),
        # the finding's own sub-item goes over with it
        (["강화하고", "- 위탁 기간별 현황 제출", "(어르신복지과/노인정책과)", "◦ 현황 제출"],
         "노인복지관 운영 점검을 강화하고 - 위탁 기간별 현황 제출",
         ["어르신복지과", "노인정책과"], "◦ 분기별 점검 실시\n◦ 현황 제출"),
        # the right cell goes on with a wrapped line, after the finding's rest
        (["강화하기 바람", "(어르신복지과)", "및 결과 공개"],
         "노인복지관 운영 점검을 강화하기 바람", ["어르신복지과"],
         "◦ 분기별 점검 실시 및 결과 공개"),
    ],
)  # fmt: skip
def test_a_finding_row_broken_over_a_page_is_joined(
    next_page: list[str], finding: str, divisions: list[str], actions: str
) -> None:
    f = _finding(TOP, next_page)
    assert (f.finding, f.divisions, f.actions) == (finding, divisions, actions)
    assert f.page_start == 1 and f.page_end == 2


def test_a_division_broken_over_a_page_inside_its_names_is_closed() -> None:
    """The row breaks inside the finding's "(division" (a smaller type: "… 바람
    (어르신복지과/" / "노인정책과" at the page's foot, "/장애인복지과)" atop the next,
    before the right cell's rest): the three names are its division, not a bracket of
    the actions' ("(2)")."""
    top = ["○노인복지관 운영 점검을 강화하기", "바람 (어르신복지과/", "노인정책과", *TOP[1:],
           "부서 조례", "(2)"]  # fmt: skip
    f = _finding(top, ["/장애인복지과)", "- 점검표 개선"])
    assert f.finding == "노인복지관 운영 점검을 강화하기 바람"
    assert f.divisions == ["어르신복지과", "노인정책과", "장애인복지과"]
    assert f.actions.startswith("◦ 분기별 점검 실시") and "(2)" in f.actions


def test_a_dated_bracket_atop_the_next_page_is_the_findings_words() -> None:
    """A finding's own period goes over the page ("(2018~2020.10.현재)"), its division
    under it: the dated bracket is the finding's words, the next its division."""
    f = _finding(TOP, ["(2018~2020.10.현재)", "(어르신복지과)", "◦ 자료 제출 완료"])
    assert f.finding == "노인복지관 운영 점검을 (2018~2020.10.현재)"
    assert (f.divisions, f.actions) == (["어르신복지과"], "◦ 분기별 점검 실시\n◦ 자료 제출 완료")


def test_a_bracket_that_names_no_division_is_the_findings_words() -> None:
    """A row broken over a page whose first part ends in the finding's own aside ("(복지관
    개관 시점부터" / "현재까지)", Chromium with another font): the bracket names no
    division, so the division is the one atop the next page, after the finding's rest."""
    top = ["○노인복지관 운영 현황", "(복지관 개관 시점부터", "현재까지)", *TOP[1:]]
    f = _finding(top, ["- 위탁 기간별 현황", "(어르신복지과)", "◦ 현황 제출"])
    assert f.finding == "노인복지관 운영 현황 (복지관 개관 시점부터 현재까지) - 위탁 기간별 현황"
    assert (f.divisions, f.actions) == (["어르신복지과"], "◦ 분기별 점검 실시\n◦ 현황 제출")


@pytest.mark.parametrize(
    "division",
    ["어르신복지과", "기획조정실", "교통혁신국", "청년정책팀", "복지정책과 등", "120다산콜센터"],
)
def test_a_bracket_of_a_units_name_is_the_findings_division(division: str) -> None:
    """Review D4: a division named …실, …국, …팀, or "(… 등)", closing the finding's cell,
    is its division (only a bracket of prose is the finding's own words)."""
    f = _finding(["○노인복지관 운영 점검을", f"({division})", *TOP[1:]])
    assert (f.finding, f.divisions) == ("노인복지관 운영 점검을", [division])


@pytest.mark.parametrize(
    ("pages", "paged"),
    [
        # the finding had its division: a bracketed heading atop the next page is an action's
        ([["○노인복지관 운영 점검을", "(어르신복지과)", *TOP[1:]], ["(점검 결과)", "◦ 공개"]],
         True),
        # no division anywhere: the top of the next page is not a finding's rest
        ([TOP, ["◦ 점검표 개선", "(점검 결과)"]], True),
        # a text export has no pages: nothing goes over one
        ([TOP, ["강화하기 바람", "(어르신복지과)"]], False),
    ],
)  # fmt: skip
def test_the_right_cell_keeps_its_lines(pages: list[list[str]], paged: bool) -> None:
    f = _finding(*pages, paged=paged)
    assert f.finding == "노인복지관 운영 점검을"
    assert "(" in f.actions


@pytest.mark.parametrize(
    ("left", "divisions"),
    [
        (["○조례 정비를 하기 바람 (", "어르신복지과/", "노인정책과)"],
         ["어르신복지과", "노인정책과"]),
        (["○조례 정비를 하기 바람", "(어르신복지과)"], ["어르신복지과"]),
        # a label before the names ("소관: ", "담당부서 :") is no name
        *((["○조례 정비를 하기 바람", f"({label}: 어르신복지과)"], ["어르신복지과"])
          for label in AUDIT_DIVISION_LABELS),
        (["○조례 정비를 하기 바람", "(소관부서 ： 어르신복지과/노인정책과)"],
         ["어르신복지과", "노인정책과"]),
    ],
)  # fmt: skip
def test_a_division_bracket_wrapped_with_the_finding(left: list[str], divisions: list[str]) -> None:
    f = _finding([*left, "□ 추진상황: 검토 중", "□ 검토내용", "◦ 현황 조사"])
    assert (f.finding, f.divisions) == ("조례 정비를 하기 바람", divisions)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("○위탁기관이 결정되었 □ 추진상황: 추진 중",
         ["○위탁기관이 결정되었", "□ 추진상황: 추진 중"]),
        ("□ 추진상황: 추진 중", ["□ 추진상황: 추진 중"]),
        ("○점검 결과 □ 추진내용", ["○점검 결과 □ 추진내용"]),  # only a status heading cuts
        ("◦ 시설 개선 ■ 예산 반영", ["◦ 시설 개선 ■ 예산 반영"]),
    ],
)  # fmt: skip
def test_a_status_heading_beside_a_finding_on_one_line(text: str, parts: list[str]) -> None:
    assert [ln.text for ln in split_cells(Line(7, text, text, 3))] == parts


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("조례 정비를 하기 바람 (사회혁신담당관/전환도시담당관", "(사회혁신담당관/전환도시담당관"),
        ("조례 정비를 하기 바람 (", "("),
        ("검토 바람 (갈등조정담당관, 사회혁신담당관", "(갈등조정담당관, 사회혁신담당관"),
        ("관련 자료 (예: 기부 물품", None),  # a bracket of the text, not of divisions
        ("검토 바람 (사회혁신담당관)", None),  # closed: the division is whole
        ("검토 바람", None),
    ],
)
def test_a_division_opened_at_the_end_of_a_finding(text: str, opened: str | None) -> None:
    """"… 바람 (사회혁신담당관/전환도시담당관" / "/갈등조정담당관)": the bracket and its
    first names were set with the finding (an HWPX paragraph), the rest on the next line."""
    at = open_division(text)
    assert (text[at:] if at is not None else None) == opened


KNOWN = {"사회혁신담당관", "전환도시담당관"}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("주기 바람(사회혁신담당관)", ["주기 바람", "(사회혁신담당관)"]),
        ("검토 바람(사회혁신담당관/전환도시담당관)",
         ["검토 바람", "(사회혁신담당관/전환도시담당관)"]),
        ("주기 바람 (사회혁신담당관)", ["주기 바람 (사회혁신담당관)"]),  # read as before
        ("집행 현행(사업별 집행률)", ["집행 현행(사업별 집행률)"]),  # no division's name
        ("결과 보고(조사 결과)", ["결과 보고(조사 결과)"]),  # ends like one, is none
        ("(사회혁신담당관)", ["(사회혁신담당관)"]),  # the division alone
    ],
)  # fmt: skip
def test_a_division_set_tight_after_the_finding(text: str, parts: list[str]) -> None:
    """A cell's line broken before its "(division)" and read on with it ("… 주기
    바람(사회혁신담당관)"): the bracket holds only the report's division names."""
    assert [ln.text for ln in split_division(Line(7, text, text, 3), KNOWN)] == parts
    assert split_division(Line(7, text, text, 3), set()) == [Line(7, text, text, 3)]


def test_a_tight_division_is_the_findings_division() -> None:
    lines = _lines(["○예산 집행을 점검해 주기 바람(사회혁신담당관)", "□ 추진상황: 추진 중",
                    "□ 추진내용", "◦ 분기별 점검 실시"])  # fmt: skip
    (parts,) = split_findings(lines, Parsed(), KNOWN)
    f = read_finding(1, parts)
    assert (f.finding, f.divisions) == ("예산 집행을 점검해 주기 바람", ["사회혁신담당관"])



def test_an_actions_division_bracket_is_the_actions() -> None:
    """Only the line right above the status line ends the finding's text: an action's
    "(division)" stays in the action, as printed."""
    lines = _lines(["○예산 집행을 점검해 주기 바람", "(사회혁신담당관)", "□ 추진상황: 완료",
                    "□ 추진내용", "◦ 관련 부서 협의 완료(전환도시담당관)"])  # fmt: skip
    (parts,) = split_findings(lines, Parsed(), KNOWN)
    f = read_finding(1, parts)
    assert f.divisions == ["사회혁신담당관"]
    assert f.actions == "◦ 관련 부서 협의 완료(전환도시담당관)"


def test_no_lines_no_findings() -> None:
    assert split_findings([], Parsed(), KNOWN) == []


@pytest.mark.parametrize(
    ("bracket", "divisions"),
    [
        ("[어르신복지과]", ["어르신복지과"]),
        ("[어르신복지과, 노인정책과]", ["어르신복지과", "노인정책과"]),
    ],
)
def test_a_division_in_square_brackets_is_the_findings_division(
    bracket: str, divisions: list[str]
) -> None:
    """Some reports set a finding's division in square brackets: "[전환도시담당관]"."""
    f = _finding(["○노인복지관 운영 점검을", bracket, *TOP[1:]])
    assert (f.finding, f.divisions) == ("노인복지관 운영 점검을", divisions)


def test_a_square_bracket_of_words_is_no_division() -> None:
    f = _finding(["○노인복지관 운영 점검을", "[점검 결과 공개]", *TOP[1:]])
    assert f.divisions == [] and "[점검 결과 공개]" in f.finding


@pytest.mark.parametrize(
    "next_page",
    [["(조치결과) - 점검표 개선"], ["(관련 기관) ◦ 운영위원회 개최"], ["[조치결과]", "◦ 개최"]],
)
def test_a_bracket_atop_the_next_page_that_names_no_unit_is_no_division(
    next_page: list[str],
) -> None:
    """Review 14 D8: "(조치결과)" ends as a unit's name does, but names none."""
    assert _finding(TOP, next_page).divisions == []


@pytest.mark.parametrize(
    ("text", "status"),
    [("미반영(장기검토)", "not_reflected"), ("불수용(장기검토)", "not_reflected"),
     ("완료(계속추진)", "completed"), ("미조치(계속추진)", "not_reflected")],
)  # fmt: skip
def test_the_status_said_first_is_the_status(text: str, status: str) -> None:
    assert status_of(text) == status


@pytest.mark.parametrize("text", ["반영(예정)", "반영(일부)"])
def test_a_status_word_alone_with_no_date_after_it_names_none(text: str) -> None:
    assert audit_words.status_of(text) is None


@pytest.mark.parametrize(("word", "field"), sorted(AUDIT_PARTS.items()))
def test_every_part_heading_names_its_field_and_a_status_after_it_is_the_status(
    word: str, field: str
) -> None:
    spaced = " ".join(word)  # letter-spaced, as headings are
    assert audit_words.part_of(f"□ {spaced}: 세부 조치 내역 정리 후 보고") == (
        field, "세부 조치 내역 정리 후 보고",
    )  # fmt: skip
    # "□ 조치결과: 추진 중": a status alone after an actions' (or a status') heading is
    # the status; after a plans' heading ("□ 향후계획: 완료 예정") it is the plan
    said = field in ("actions", "status")
    assert audit_words.part_of(f"□ {word}: 추진 중") == ("status" if said else field, "추진 중")
    assert audit_words.part_of(f"□ {word}: 완료") == ("status" if said else field, "완료")
    assert audit_words.part_of(f"□ {word}: 완료 예정")[0] == field


def test_a_plan_that_will_be_completed_is_no_finding_of_its_own() -> None:
    """"□ 향후계획: 완료 예정" under a finding is its plan (review 15: it was read as the
    status line of a made-up second finding)."""
    text = "\n".join([
        "2021년 주요업무보고", "서울혁신기획관", "붙 임 2", "2020년 행정사무감사 처리결과 보고서",
        "□ 총 괄", "○ 수감결과 처리요구사항 등 ------------------ 총 2 건",
        "시정․처리 요구사항", "시정 및 처리 요구사항 조치결과 및 향후 추진계획",
        "○서울혁신파크 시설물 관리 감독을 철저히 하길 바람", "(사회혁신담당관)",
        "□ 추진상황: 추진 중", "□ 추진내용", "◦ 가설건축물 24개 중 16개 철거",
        "□ 향후계획: 완료 예정",
        "○혁신파크 입주단체 선정 절차를 개선하길 바람", "(사회혁신담당관)",
        "□ 추진상황: 추진 중", "□ 추진내용", "◦ 선정 절차 개선안 마련",
    ])  # fmt: skip
    report = parse_document(read_bytes(text.encode(), "audit.txt"), "audit")
    got = [(f.finding, f.status, f.actions, f.plans) for f in report.audit_findings]
    assert got == [
        ("서울혁신파크 시설물 관리 감독을 철저히 하길 바람", "in_progress",
         "◦ 가설건축물 24개 중 16개 철거", "완료 예정"),
        ("혁신파크 입주단체 선정 절차를 개선하길 바람", "in_progress",
         "◦ 선정 절차 개선안 마련", ""),
    ]  # fmt: skip


# --- findings written as an outline ---------------------------------------------------------


OUTLINE_FINDINGS = [
    "2025년 주요업무보고", "도시계획국", "",
    "Ⅰ. 일반현황", "1. 조직 : 2과 6팀", "",
    "Ⅱ. 행정사무감사 지적사항 처리결과",
    "1. 총괄",
    "ㅇ 처리상황 : 완료 1건, 추진중 1건",
    "2. 감사개요",
    "ㅇ 처분 : 시정 1건, 주의 1건",
    "3. 주요 지적사항 및 처리결과",
    "가. 도시재생 사업 지연에 대한 대책 마련(도시재생과)",
    "ㅇ 처리결과 : 사업관리 TF 구성(’24. 12.)",
    "ㅇ 추진상황 : 완료",
    "나. 도시계획 심의 투명성 제고",
    "ㅇ 조치내용 : 회의록 공개 추진",
    "ㅇ 처리상황 : 추진중",
    "ㅇ 향후계획 : 공개 범위 확대(’25. 6.)",
    "ㅇ 담당 : 도시계획과 홍길동(☎ 888-1234)",
    "다. 지적사항 없는 항목의 설명",
    "ㅇ 관련 자료 제출",
]  # fmt: skip


def test_findings_written_as_an_outline() -> None:
    """No table of findings: each item of the section, at any depth, with a labelled
    line of what was done is a finding (its division from the bracket that closes it,
    or a unit named on its own line); the section's summary (1. 총괄, 2. 감사개요) and an
    item with no such line are none; the template's "no findings" is no warning then."""
    data = "\n".join(OUTLINE_FINDINGS).encode()
    report = check(parse_document(read_bytes(data, "audit.txt"), "audit"))
    got = [(f.no, f.finding, f.divisions, f.status, f.actions, f.plans)
           for f in report.audit_findings]  # fmt: skip
    assert got == [
        (1, "도시재생 사업 지연에 대한 대책 마련", ["도시재생과"], "completed",
         "사업관리 TF 구성(’24. 12.)", ""),
        (2, "도시계획 심의 투명성 제고", ["도시계획과"], "in_progress", "회의록 공개 추진",
         "공개 범위 확대(’25. 6.)"),
    ]  # fmt: skip
    assert "audit_findings.none" not in {w.code for w in report.warnings}


@pytest.mark.parametrize(
    ("lines", "finding", "actions"),
    [
        (["ㅇ 지적요지 : 심의 회의록 비공개", "ㅇ 조치내용 : 회의록 공개 추진"],
         "심의 회의록 비공개", "회의록 공개 추진"),
        (["ㅇ 지적요약 : 집행률 40% 미만", "ㅇ 추진내용 : 분기별 점검회의 개최"],
         "집행률 40% 미만", "분기별 점검회의 개최"),
        (["ㅇ 요구내용 : 정비 계획 수립", "ㅇ 추진실적 : 정비 1,200건(’24. 12.)"],
         "정비 계획 수립", "정비 1,200건(’24. 12.)"),
        (["ㅇ 이행결과 : 조례 개정(’24. 12.)"],
         "공원 조성사업 예산 집행 부진", "조례 개정(’24. 12.)"),
    ],
)  # fmt: skip
def test_an_outline_findings_labels_of_the_finding_and_of_what_was_done(
    lines: list[str], finding: str, actions: str
) -> None:
    """The labels an outline of findings uses for the finding's gist (지적요지, 요구내용)
    and for what was done (추진내용, 추진실적, 이행결과), beyond a table's headers."""
    text = [*OUTLINE_FINDINGS[:12], "가. 공원 조성사업 예산 집행 부진", *lines]
    report = parse_document(read_bytes("\n".join(text).encode(), "audit.txt"), "audit")
    assert [(f.finding, f.actions) for f in report.audit_findings] == [(finding, actions)]


_SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "seoul-innovation-bureau-2021.txt"


def _audit_fields(text: str) -> list[tuple[object, ...]]:
    report = check(parse_document(read_bytes(text.encode(), "audit.txt"), "audit"))
    return [(f.no, f.category, tuple(f.divisions), f.status, f.finding, f.actions.count("\n"))
            for f in report.audit_findings]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("□ 추진상황", "   □ 추진상황"),  # status headings indented on their own lines
        ("□ 추진", "▪ 추진"),  # part headings marked ▪
        ("◦", "∘"),  # first-level items marked with the ring operator
    ],
)
def test_findings_read_alike_whatever_their_headings_marks_and_indents(old: str, new: str) -> None:
    """The same findings (numbers, divisions, status, text, how many action lines)
    where the export indents its status headings or sets other marks of the genre."""
    text = _SAMPLE.read_text(encoding="utf-8")
    at = text.index("행정사무감사 처리결과")
    changed = text[:at] + text[at:].replace(old, new)
    assert changed != text
    assert _audit_fields(changed) == _audit_fields(text)
