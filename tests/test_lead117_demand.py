"""What the council demanded of a finding (요구사항, 요구내용) is its ``demand``, apart from
the finding's own words, wherever the report words both: a labelled line under a finding, a
card's row, a findings table's column; where the report words only the demand, it is the
finding's own words (as it was read before there was a ``demand``)."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import hwpx, p, sec
from tests.test_other_reports import _table


def _text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


def _hwpx(paras: list[str]) -> Report:
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


_HEAD = """\
2025 주요업무보고

가람시 환경국

Ⅰ. 일반현황
  ○ 조직 : 3과 9팀

Ⅱ. 2024년 행정사무감사 처리결과
"""

_LINES = [
    (
        "both",
        "  ○ 지적내용 : 폐기물 처리시설 악취 민원 반복\n"
        "  ○ 요구사항 : 악취 저감시설을 설치할 것\n"
        "  ○ 조치결과 : 저감시설 설치 완료\n",
        "폐기물 처리시설 악취 민원 반복", "악취 저감시설을 설치할 것",
    ),
    (
        "demand alone",
        "  ○ 요구내용 : 악취 저감시설을 설치할 것\n"
        "  ○ 조치결과 : 저감시설 설치 완료\n",
        "악취 저감시설을 설치할 것", "",
    ),
    (
        "finding alone",
        "  ○ 지적사항 : 폐기물 처리시설 악취 민원 반복\n"
        "  ○ 조치결과 : 저감시설 설치 완료\n",
        "폐기물 처리시설 악취 민원 반복", "",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "finding", "demand"), _LINES)
def test_a_demand_on_a_line_of_its_own(name: str, body: str, finding: str, demand: str) -> None:
    """`1. 환경정책과` over labelled lines: `요구사항 : …` is the demand beside `지적내용 :
    …`; alone, it is the finding's own words."""
    report = _text(_HEAD + "1. 환경정책과\n" + body)
    got = [(f.divisions, f.finding, f.demand, f.actions) for f in report.audit_findings]
    assert got == [(["환경정책과"], finding, demand, "저감시설 설치 완료")]


def test_a_demand_under_a_titled_finding() -> None:
    """`① 지적사항 : …` over `○ 요구사항 : …`: the title words the finding, the line the
    demand."""
    report = _text(
        _HEAD + "① 지적사항 : 미세먼지 저감사업 예산 집행 부진\n"
        "  ○ 요구사항 : 집행계획을 재수립할 것\n"
        "  ○ 처리결과 : 집행계획 재수립 완료\n"
    )
    got = [(f.finding, f.demand) for f in report.audit_findings]
    assert got == [("미세먼지 저감사업 예산 집행 부진", "집행계획을 재수립할 것")]


def test_a_demand_on_a_cards_row() -> None:
    """A finding drawn as a card, `지적사항 | …` / `요구사항 | …` / `조치결과 | …`."""
    report = _hwpx([
        p("2025 주요업무보고"), p("가람시 환경국"), p("Ⅰ. 일반현황"), p("○ 조직 : 3과 9팀"),
        p("Ⅱ. 2024년 행정사무감사 처리결과"),
        p(_table([
            ["지적사항", "경로당 운영비 정산 서류 미비"],
            ["요구사항", "정산 지침을 시달할 것"],
            ["조치결과", "정산 지침 시달 완료"],
            ["처리상황", "완료"],
        ])),
    ])  # fmt: skip
    got = [(f.finding, f.demand, f.status) for f in report.audit_findings]
    assert got == [("경로당 운영비 정산 서류 미비", "정산 지침을 시달할 것", "completed")]


@pytest.mark.parametrize("head", ["요구사항", "요 구 내 용", "시정요구사항"])
def test_a_demand_in_a_column_of_its_own(head: str) -> None:
    """A findings table, `지적사항 | <head> | 조치결과 | 처리상황`: each row's demand from
    its column, the finding's words without it."""
    report = _hwpx([
        p("2025 주요업무보고"), p("가람시 환경국"), p("Ⅰ. 일반현황"), p("○ 조직 : 3과 9팀"),
        p("Ⅱ. 2024년 행정사무감사 처리결과"),
        p(_table([
            ["연번", "지적사항", head, "조치결과", "처리상황"],
            ["1", "미세먼지 저감사업 집행 부진", "집행계획을 재수립할 것", "계획 재수립", "완료"],
            ["2", "악취 민원 반복 발생", "저감시설을 설치할 것", "설계 용역 중", "추진중"],
        ])),
    ])  # fmt: skip
    got = [(f.finding, f.demand, f.status) for f in report.audit_findings]
    assert got == [
        ("미세먼지 저감사업 집행 부진", "집행계획을 재수립할 것", "completed"),
        ("악취 민원 반복 발생", "저감시설을 설치할 것", "in_progress"),
    ]
