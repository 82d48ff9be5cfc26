"""Figures and dates in prose (extract/normalize/mentions.py, extract/structure.py): a range
with its unit written once gives both ends, a figure after a comma with no space is read,
a dated line's context is what it dates, and a results chapter's dates are its year's."""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize.mentions import Taken, find_mentions, sentence_around
from extract.pipeline import check, parse_document, read_bytes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("월 10~20만원 지원", [("krw", "10", 100_000), ("krw", "20만원", 200_000)]),
        ("3~7백만원", [("krw", "3", 3_000_000), ("krw", "7백만원", 7_000_000)]),
        ("500~1,000만원 규모", [("krw", "500", 5_000_000), ("krw", "1,000만원", 10_000_000)]),
        ("연간 1.7~2억원", [("krw", "1.7", 170_000_000), ("krw", "2억원", 200_000_000)]),
        ("24~85개월 대상", [("count", "24", 24), ("count", "85개월", 85)]),
        ("1,000∼2,000명", [("count", "1,000", 1000), ("count", "2,000명", 2000)]),
        ("10~20% 감축", [("percent", "10", 10), ("percent", "20%", 20)]),
        ("(193개소,1.6억원)", [("count", "193개소", 193), ("krw", "1.6억원", 160_000_000)]),
        ("청년시설(B2~5층)", [("count", "5층", 5)]),  # a basement is no figure of the range
        ("1,000원", [("krw", "1,000원", 1000)]),  # a thousands comma is no boundary
        ("△3~5억원", [("krw", "5억원", 500_000_000)]),  # a signed range: no guess
        ("2~3억5천만원", [("krw", "3억5천만원", 350_000_000)]),  # a compound unit: no guess
        # people counted in 억 and 만 (관광마이스국 p12): a count, not won
        ("한류 팬 수 : 2억 2,500만명", [("count", "2억 2,500만명", 225_000_000)]),
        ("1억 2천만 명 방문", [("count", "1억 2천만 명", 120_000_000)]),
        ("예산 2억 5천만원", [("krw", "2억 5천만원", 250_000_000)]),
        ("사업비 5억 100개소 지원", [("krw", "5억", 500_000_000), ("count", "100개소", 100)]),
        # a count in 만 and 천 (사회복지국 p9, 기획조정실 p13): one figure, not its last part
        ("이용자 16만4천명", [("count", "16만4천명", 164_000)]),
        ("민원 19만 3천건 처리", [("count", "19만 3천건", 193_000)]),
        # a closing quote before a rate is no abbreviated year (관광마이스국 p12)
        ("’경험‘ 39.5% / ‘쇼핑’ 59%", [("percent", "39.5%", 39.5), ("percent", "59%", 59)]),
        ("’24. 52% 달성", [("date", "’24.", None), ("percent", "52%", 52)]),
        # an amount with a particle or a bound after it, no space (기획조정실 p27, p29)
        ("2,092억원의 예산", [("krw", "2,092억원", 209_200_000_000)]),
        ("200억원이상 사업", [("krw", "200억원", 20_000_000_000)]),
        ("1천만원미만", [("krw", "1천만원", 10_000_000)]),
        ("제1원칙", []),  # a word that starts with 원
        # about an amount: 여 after the figure (기획조정실 p15)
        ("국비 9조 6,300여억원 확보", [("krw", "9조 6,300여억원", 9_630_000_000_000)]),
        # a counter set apart by a space ends its word, but for a count of people
        ("INC-5 개최", []), ("「2+1 평가」", []), ("5 개소에 설치", [("count", "5 개소", 5)]),
        # 차 numbers in prose, it does not count ("1차 점검", "4차로"); 차례 counts
        ("1차 부서별 자체점검", []), ("접근도로 4차로", []),
        ("2차례 개최", [("count", "2차례", 2)]),
        # a one-syllable counter and the particle-like syllable after it make a word
        ("공통 5교과 운영", []), ("5척도 설문", []),
        ("약 11만 명으로", [("count", "11만 명", 110_000)]),
        # counters of the genre (환경물정책실: 측정망 104개지점, 선박 2척; 관광마이스국 부스)
        ("측정망 104개지점, 선박 2척, 256부스, 273마리",
         [("count", "104개지점", 104), ("count", "2척", 2), ("count", "256부스", 256),
          ("count", "273마리", 273)]),
        # months listed before the one that bears the month word (기획조정실 p18)
        ("분기 점검(3, 6, 9, 12월)",
         [("date", "3", None), ("date", "6", None), ("date", "9", None), ("date", "12월", None)]),
        ("6, 7급 대상", []),
        # an organisation's units counted, set right after their figure (기획조정실 p4,
        # 대전교육청); not a letter-spaced name's syllable after a figure (관광마이스국 p5)
        ("기 구 : 1실 6담당관 23팀", [("count", "1실", 1), ("count", "6담당관", 6),
                                 ("count", "23팀", 23)]),
        ("시범교육지원청(1청:동부), 3국 1본부", [("count", "1청", 1), ("count", "3국", 3),
                                       ("count", "1본부", 1)]),
        ("국 제 도 시 협 력 1 국 제 행 사", []), ("OECD 5국가 평균, 3국도 확장", []),
        ("25개국에 수출", [("count", "25개국", 25)]),
        # a half as one syllable after a year (환경물정책실 p30)
        ("착공(’25.상)", [("date", "’25.상", None)]), ("’25.상수도", [("date", "’25.", None)]),
    ],
)
def test_figures(text: str, want: list[tuple[str, str, float]]) -> None:
    got = [(m.kind, m.raw, m.value_krw or m.value) for m in find_mentions(text, 2025)]
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a two-digit year with no quote mark, by the word after it or brackets around it
        ("24년 대비 예외노선 해소", ("24년", date(2024, 1, 1))),  # 교통혁신국 p18
        ("(25년 신설)", ("25년", date(2025, 1, 1))),  # 사회복지국 p57
        ("석면제거 완료(26년)", ("26년", date(2026, 1, 1))),  # 대전 교육청
        # counts of years: a duration word after it, or far from the report's year
        ("(25년 이상)", None), ("12년 동안", None), ("20년이 넘었다", None),
        ("90년 이전 자료", None), ("20년 초과 시설", None), ("위탁기간(20년)", None),
        ("장기임대(30년)", None),
    ],
)
def test_a_bare_two_digit_year(text: str, want: tuple[str, date] | None) -> None:
    (m,) = find_mentions(text, 2025)
    if want is None:
        assert m.kind == "count"
    else:
        assert (m.kind, m.raw, m.date_start, m.precision) == ("date", *want, "year")


def test_a_range_start_points_at_its_own_figure() -> None:
    text = "지원금 월 10~20만원"
    low, high = find_mentions(text, 2025)
    assert text[low.start : low.end] == "10" and text[high.start : high.end] == "20만원"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("ㅇ ’24. 12. : 유관기관 실무협의 개최", "ㅇ ’24. 12. : 유관기관 실무협의 개최"),
        ("◦ 상반기: 기본계획 홍보 실시", "◦ 상반기: 기본계획 홍보 실시"),
        ("총 29개동, 연면적 48,898㎡", "총 29개동"),  # a comma ends the clause
        # ... but not one in brackets: the figure is in the clause the brackets stand in
        # (환경물정책실 p13)
        ("생태복원 추진, 대저수문 개선사업(국비, 273억원)", "대저수문 개선사업(국비, 273억원)"),
    ],
)
def test_context(text: str, context: str) -> None:
    m = find_mentions(text, 2025)[0]
    assert sentence_around(text, m.start, m.end) == context


REPORT = """2025년 주요업무계획
Ⅰ. 일반현황
□ 조직현황
○ 2과 5팀
Ⅱ. 2024년 주요 성과
□ 박람회 개최(4월), 상반기 50명 채용
Ⅲ. 2025년 주요업무계획
1. 박람회
□ 박람회 개최(4월)
Ⅳ. 2023~2024년 공모사업 추진상황
□ 공모 신청(4월)
"""


def test_a_results_chapter_dates_are_its_years() -> None:
    """"Ⅱ. 2024년 주요 성과": 4월 is April 2024 there, April 2025 in the plan; a title of
    two years names none."""
    report = check(parse_document(read_bytes(REPORT.encode(), "r.txt"), "r"))
    dates = [(m.raw, m.date_start, m.line_start) for m in report.mentions if m.kind == "date"]
    assert [(raw, d) for raw, d, line in dates if line in (6, 9, 11)] == [
        ("4월", date(2024, 4, 1)),
        ("상반기", date(2024, 1, 1)),
        ("4월", date(2025, 4, 1)),
        ("4월", date(2025, 4, 1)),
    ]


@pytest.mark.parametrize(
    ("spans", "span", "free"),
    [
        ([], (0, 3), True),
        ([(5, 8)], (0, 5), True),  # ends where the other starts
        ([(5, 8)], (8, 9), True),  # starts where the other ends
        ([(5, 8)], (4, 6), False),
        ([(5, 8)], (6, 7), False),  # inside
        ([(5, 8)], (2, 12), False),  # around
        ([(0, 2), (5, 8), (10, 12)], (2, 5), True),
        ([(10, 12), (0, 2), (5, 8)], (7, 10), False),  # added out of order
        ([(0, 2), (5, 8), (10, 12)], (8, 10), True),
        ([(0, 2), (5, 8), (10, 12)], (11, 30), False),
    ],
)
def test_a_span_is_free_where_it_overlaps_no_span_taken(
    spans: list[tuple[int, int]], span: tuple[int, int], free: bool
) -> None:
    taken = Taken()
    for a, b in spans:
        taken.add(a, b)
    assert taken.free(*span) is free
    assert free is all(span[1] <= a or span[0] >= b for a, b in spans)
