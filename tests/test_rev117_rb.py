"""Review of round 117's organisation and audit rules (part B): near forms of the new rules
that they missed.

- a table of units by kind (`담당관(3) | 총무담당관`, org_kind_groups) with a row of the
  total that counts its units in brackets too (`계(5)`): the total's row is no kind;
- a findings table whose only column of words is what was demanded (`연번 | 요구사항 |
  조치결과 | 처리상황`): the demand is the finding's own words, as it is on a line of its own
  or a card's row (5c482b6);
- a council's label of both, `지적 및 요구사항 : …` (a line or a card's row): the finding's
  words (the line had been dropped and the finding read as its division's name)."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import hwpx, p, sec
from tests.test_fix117_council import COVER, _report
from tests.test_other_reports import _table

# --------------------------------------------------------------------------- units by kind

_KINDS = """\
구 분            부 서                     팀 수   주요 기능
{top}담당관(3)        총무담당관                4       인사·예산, 청사관리
^                의정담당관                3       의원 의정활동 지원
^                홍보담당관                3       의회 홍보
과(2)            의사과                    4       본회의 운영
^                입법정책과                5       조례 입법 지원{bottom}"""

_TOTAL = "{}            ~                         19      ~"


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        (_TOTAL.format("계(5)") + "\n", ""),
        ("", "\n" + _TOTAL.format("합 계(5)")),
    ],
    ids=["total first", "total last"],
)
def test_a_kinds_table_with_a_counted_total(top: str, bottom: str, text: bool) -> None:
    """`계(5)` heads the total's row (its count in brackets like a kind's): the kinds'
    units are the top's still."""
    report = _report([*COVER, "Ⅰ. 일반현황", "1. 조 직", _KINDS.format(top=top, bottom=bottom)],
                     text)  # fmt: skip
    got = {u.name: (u.level, u.parent) for u in report.organization}
    assert got == {
        "사무처": ("bureau", None),
        **{n: ("division", "사무처") for n in ("총무담당관", "의정담당관", "홍보담당관",
                                              "의사과", "입법정책과")},
    }  # fmt: skip


# --------------------------------------------------------------------------- demands

_HEAD = [
    p("2025 주요업무보고"), p("가람시 환경국"), p("Ⅰ. 일반현황"), p("○ 조직 : 3과 9팀"),
    p("Ⅱ. 2024년 행정사무감사 처리결과"),
]  # fmt: skip


def _hwpx(paras: list[str]) -> Report:
    return check(parse_document(read_bytes(hwpx(sec(*_HEAD, *paras)), "report.hwpx"), "report"))


@pytest.mark.parametrize("head", ["요구사항", "요 구 내 용"])
def test_a_findings_table_of_demands_alone(head: str) -> None:
    """`연번 | 요구사항 | 조치결과 | 처리상황`: each row a finding, its words the demand's."""
    report = _hwpx([p(_table([
        ["연번", head, "조치결과", "처리상황"],
        ["1", "집행계획을 재수립할 것", "계획 재수립", "완료"],
        ["2", "저감시설을 설치할 것", "설계 용역 중", "추진중"],
    ]))])  # fmt: skip
    got = [(f.finding, f.actions, f.status) for f in report.audit_findings]
    assert got == [
        ("집행계획을 재수립할 것", "계획 재수립", "completed"),
        ("저감시설을 설치할 것", "설계 용역 중", "in_progress"),
    ]


_TEXT_HEAD = """\
2025 주요업무보고

가람시 환경국

Ⅰ. 일반현황
  ○ 조직 : 3과 9팀

Ⅱ. 2024년 행정사무감사 처리결과
"""


@pytest.mark.parametrize("label", ["지적 및 요구사항", "지적및요구사항", "지적 및 요구내용"])
def test_a_label_of_finding_and_demand_on_a_line(label: str) -> None:
    """`○ 지적 및 요구사항 : …` under a division's item words its finding."""
    body = (f"1. 환경정책과\n  ○ {label} : 악취 저감시설을 설치할 것\n"
            "  ○ 조치결과 : 저감시설 설치 완료\n")  # fmt: skip
    report = check(parse_document(read_bytes((_TEXT_HEAD + body).encode(), "r.txt"), "report"))
    got = [(f.divisions, f.finding, f.actions) for f in report.audit_findings]
    assert got == [(["환경정책과"], "악취 저감시설을 설치할 것", "저감시설 설치 완료")]


def test_a_label_of_finding_and_demand_on_a_cards_row() -> None:
    """A card, `지적 및 요구사항 | …` / `조치결과 | …` / `처리상황 | 완료`."""
    report = _hwpx([p(_table([
        ["지적 및 요구사항", "경로당 운영비 정산 서류를 보완할 것"],
        ["조치결과", "정산 서류 보완 완료"],
        ["처리상황", "완료"],
    ]))])  # fmt: skip
    got = [(f.finding, f.actions, f.status) for f in report.audit_findings]
    assert got == [("경로당 운영비 정산 서류를 보완할 것", "정산 서류 보완 완료", "completed")]


# --------------------------------------------------------------------------- notes of change


def test_a_note_after_a_letter_spaced_name() -> None:
    """`관 광 진 흥 과 (신설)` in an org table: 관광진흥과, its note 신설 (the name had been
    read, its note lost)."""
    from tests.test_other_reports import _hwpx as _plain

    rows = [
        ["국", "과", "팀"],
        ["문화관광국", "문 화 정 책 과", "문화기획팀, 예술진흥팀"],
        ["", "관 광 진 흥 과 (신설)", "관광마케팅팀"],
    ]
    report = _plain(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1국 2과 3팀"), p(_table(rows, {(1, 0): 2})),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 문화도시 조성"),
        p("□ 지역축제 지원"), p("○ 사업기간 : ’25. 8.~12."), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    got = {u.name: u.change_note for u in report.organization}
    assert got["관광진흥과"] == "신설"
    assert got["문화정책과"] is None


@pytest.mark.parametrize("note", ["’25.1.1.자 신설", "2025. 1. 1.자 신설"])
def test_a_note_dated_with_its_day_of_effect(note: str) -> None:
    """`기술처(’25.1.1.자 신설)` on a chart's line: the note (the bracket had made the
    line's list no units', 사업본부 and its 처 lost)."""
    text = f"""\
2025년 주요업무보고

가온시 도시공사

Ⅰ. 일반현황
1. 조직
○ 기 구 : 2본부 5처
○ 경영본부 : 기획처, 경영지원처
○ 사업본부 : 사업처, 기술처({note}), 안전처

Ⅱ. 2025년 주요업무계획
1. 도시개발
□ 역세권 개발
○ 사업기간 : ’25. 1.~12.
○ 사업비 : 100백만원
"""
    report = check(parse_document(read_bytes(text.encode(), "r.txt"), "report"))
    got = {u.name: (u.parent, u.change_note) for u in report.organization}
    assert got["기술처"] == ("사업본부", note)
    assert got["안전처"] == ("사업본부", None)
