"""Small defects of the 109th round of probes: a card's division with its team in brackets
(wordpdf), a staff table's total printed `합    계` or `총 계` (pledges, tocpages,
verticalheads), a cover's letter-spaced year and title, an exchange rate, volumes in ㎥
and ℓ and a rate's `1인 1일` in the prose (tocpages, intlcoop, specialaccount)."""

from __future__ import annotations

import pytest

from extract.normalize.mentions import find_mentions
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_CARDS = """\

                      2026년 주요업무계획

                      스 마 트 도 시 국

Ⅰ. 일반현황
 1. 조    직 : 1국 2과 4팀

Ⅱ. 2026년 주요업무계획
 1. 스마트시티 확산
  1) 스마트 교통서비스 구축
   • 사업개요
    ▪ 사업기간: 2026. 3.~12.
    ▪ 사 업 비: 1,200백만원 (국비 600, 시비 600)
    ▪ 담당부서: 스마트도시정책과 (스마트서비스팀)
  2) 공공 와이파이 확대
   • 사업개요
    ▪ 사업기간: 2026. 1.~12.
    ▪ 사 업 비: 800백만원 (시비 800)
    ▪ 담당부서: 정보통신과 (정보화기획팀, 정보보안팀)
  3) 공간정보 플랫폼 운영
   • 사업개요
    ▪ 사업기간: 2026. 1.~12.
    ▪ 담당부서: 공간정보과 (2026 신설)
"""


def test_a_cards_division_with_its_team_in_brackets_is_the_division() -> None:
    """`담당부서: 스마트도시정책과 (스마트서비스팀)`: the division, as its team written after it
    with no bracket is (the bracket had been kept in the division's name); a bracket of
    anything but teams stays."""
    report = _text(_CARDS)
    assert [(x.project_id, x.division) for x in report.projects] == [
        ("1-1", "스마트도시정책과"), ("1-2", "정보통신과"), ("1-3", "공간정보과 (2026 신설)"),
    ]  # fmt: skip


_STAFF_ROWS = """\

                      2026년 주요업무보고

                        복 지 환 경 국

Ⅰ. 일반현황
 1. 조    직 : 1국 2과
 2. 인    력
                                        (단위 : 명)
    구    분    정 원   현 원    과부족
    합    계        40      38        △2
   복지정책과       22      21        △1
   환경위생과       18      17        △1
"""

_STAFF_ACROSS = """\

                      2026년 주요업무보고

                        복 지 환 경 국

Ⅰ. 일반현황
 1. 조    직 : 1국 2과
 2. 인    력
                                        (단위 : 명)
    구    분    총  계   복지정책과   환경위생과
    정    원       40          22           18
    현    원       38          21           17
"""


@pytest.mark.parametrize("text", [_STAFF_ROWS, _STAFF_ACROSS], ids=["rows", "across"])
def test_a_staff_tables_total_printed_spaced_out_is_named_kye(text: str) -> None:
    """A staff table's total printed `합    계` (or `총  계`): unit `계`, as the schema names
    the total and budget_summary names the same row (it had been `합계`)."""
    report = _text(text)
    assert [(s.unit, s.is_total, s.authorized, s.current) for s in report.staffing] == [
        ("계", True, 40, 38), ("복지정책과", False, 22, 21), ("환경위생과", False, 18, 17),
    ]  # fmt: skip


def test_a_staff_grids_total_row_is_named_kye() -> None:
    """The same in a drawn table: `합 계` merged over the unit's two columns."""
    rows = [
        ["구 분", "", "정 원", "현 원"],
        ["합 계", "", "46", "44"],
        ["안전총괄과", "소 계", "24", "23"],
        ["", "안전정책팀", "12", "12"],
        ["", "재난대응팀", "12", "11"],
        ["건축과", "소 계", "22", "21"],
        ["", "건축행정팀", "11", "11"],
        ["", "건축허가팀", "11", "10"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과 4팀"), p("2. 인력 현황"),
        p("(단위 : 명)"), p(_table(rows)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전한 도시"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    total = [(s.unit, s.authorized, s.current) for s in report.staffing if s.is_total]
    assert total[0] == ("계", 46, 44)
    assert "합계" not in {s.unit for s in report.staffing}


_COVER = """\

                  제312회 청암군의회 임시회

                  2 0 2 6   주 요 업 무 보 고

                      복 지 환 경 국

Ⅰ. 일반현황
 1. 조    직 : 1국 2과
"""


def test_a_covers_spaced_out_year_and_title_give_no_count() -> None:
    """`2 0 2 6   주 요 업 무 보 고`: a year and a title spaced out a letter at a time (its
    `6 주` had been read as six weeks, the cover's lines joined); a count set apart by a
    space stays one."""
    report = _text(_COVER)
    assert [m.raw for m in report.mentions if m.kind == "count"] == ["1국", "2과"]
    assert find_mentions("임시회 2 0 2 6 주 요 업 무 보 고", 2026) == []
    assert [(m.kind, m.raw) for m in find_mentions("교육생 30 명 모집", 2026)] == [
        ("count", "30 명")
    ]


def test_an_exchange_rate_is_no_amount_of_money() -> None:
    """`(환율 1,400원 적용)`: won a dollar, a price of kind text with no won (it had been an
    amount of 1,400 won); an amount after it stays money."""
    found = find_mentions("연회비 미화 28,500달러 포함 (환율 1,400원 적용), 사업비 5억원", 2026)
    assert [(m.kind, m.raw, m.value, m.value_krw) for m in found] == [
        ("text", "1,400원", 1400.0, None), ("krw", "5억원", 500_000_000.0, 500_000_000),
    ]  # fmt: skip


def test_volumes_are_figures_of_their_unit_and_a_rates_per_no_count() -> None:
    """`187,700㎥`, `455ℓ`: each a figure of its unit, a measure (since fix113), and
    `260,000㎥/일` a rate, kind text as a table's cell in 천㎥/일 is (they had given no
    mention at all); `1인 1일`, what the rate is per, no counts of one person and one day."""
    text = "급수량 187,700㎥ (1인 1일 급수량 455ℓ), 시설용량 260,000㎥/일, 누수량 1,200천㎥ 절감"
    assert [(m.kind, m.raw, m.value, m.unit) for m in find_mentions(text, 2026)] == [
        ("measure", "187,700㎥", 187_700.0, "㎥"),
        ("measure", "455ℓ", 455.0, "ℓ"),
        ("text", "260,000㎥/일", 260_000.0, "㎥/일"),
        ("measure", "1,200천㎥", 1_200_000.0, "천㎥"),  # (its 천 applied, as a count's is)
    ]
