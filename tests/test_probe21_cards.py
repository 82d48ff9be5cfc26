"""Audit findings drawn as cards of two columns, a label beside each value, under a header
row over the labels and the values (``항 목 | 내 용``, ``구 분 | 내 용``) and/or with the
finding's number on a row of its own (``연 번 | 1``): what each card must give, and what
had been lost."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

CARDS = [
    ("1", "대피시설 안내표지 점검 소홀", "안전재난과", "안내표지 37개소 교체 완료", "완료"),
    ("2", "복구공사 원인자 부담금 미부과", "도로과, 안전재난과", "부담금 부과·징수", "추진중"),
]


def _cards(head: list[str] | None, numbered: bool) -> Report:
    def card(no: str, finding: str, division: str, action: str, status: str) -> str:
        rows = [["지적사항", finding], ["소관부서", division], ["조치결과", action],
                ["처리상태", status]]  # fmt: skip
        return _table([*([head] if head else []), *([["연 번", no]] if numbered else []), *rows])

    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과 4팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p("< 시정요구 : 2건 >"),
        *(p(card(*c)) for c in CARDS),
    )  # fmt: skip


HEADS = [(["항 목", "내 용"], True), (["항 목", "내 용"], False), (["구 분", "내 용"], True),
         (None, True)]  # fmt: skip


@pytest.mark.parametrize(("head", "numbered"), HEADS)
def test_a_card_under_a_header_row_or_with_its_number_is_one_finding(
    head: list[str] | None, numbered: bool
) -> None:
    """A card of rows 지적사항 / 소관부서 / 조치결과 / 처리상태 is one finding whether a header
    row ("항 목 | 내 용") or a row of its number ("연 번 | 1") is drawn over them: its
    finding, divisions, actions and status from their rows (each row after 지적사항 had been
    a finding of its own, its text the label: "소관부서", "조치결과", "처리상태")."""
    report = _cards(head, numbered)
    got = [
        (f.no, f.category, f.divisions, f.finding, f.actions, f.status_raw, f.status)
        for f in report.audit_findings
    ]
    assert got == [
        (1, "correction", ["안전재난과"], "대피시설 안내표지 점검 소홀",
         "안내표지 37개소 교체 완료", "완료", "completed"),
        (2, "correction", ["도로과", "안전재난과"], "복구공사 원인자 부담금 미부과",
         "부담금 부과·징수", "추진중", "in_progress"),
    ]  # fmt: skip


def test_a_cards_number_row_gives_its_number() -> None:
    """"연 번 | 7" on a card is the finding's number, not the card's order (it had been lost
    with the card)."""
    card = _table([
        ["항 목", "내 용"], ["연 번", "7"], ["지적사항", "빗물받이 준설 관리 미흡"],
        ["소관부서", "치수과"], ["조치결과", "관리대장 전산화"], ["처리상태", "완료"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과 4팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p("< 건의사항 : 1건 >"), p(card),
    )  # fmt: skip
    got = [(f.no, f.category, f.divisions, f.finding) for f in report.audit_findings]
    assert got == [(7, "suggestion", ["치수과"], "빗물받이 준설 관리 미흡")]


def test_a_cards_category_row_names_its_category() -> None:
    """"구 분 | 건의사항" on a card names its category over the heading's."""
    card = _table([
        ["구 분", "건의사항"], ["지적사항", "전담인력 확충 필요"], ["조치결과", "증원 요청"],
        ["처리상태", "추진중"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과 4팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p("< 시정요구 : 1건 >"), p(card),
    )  # fmt: skip
    got = [(f.no, f.category, f.finding, f.status) for f in report.audit_findings]
    assert got == [(1, "suggestion", "전담인력 확충 필요", "in_progress")]
