"""The shared text helpers, as tables of cases."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.parse.table import match_words, numeric_rows
from extract.parse.text import despace, split_marker, squash, tokens
from extract.parse.vocab import BULLETS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사 회 혁 신 전 환 도 시 갈 등 조 정", "사회혁신전환도시갈등조정"),
        ("삶 의  방 식 을", "삶의 방식을"),
        ("정 책 기 반  마 련", "정책기반 마련"),
        ("정 원", "정원"),
        ("구 분", "구분"),
        ("지역단위 전환주체 역량 강화를", "지역단위 전환주체 역량 강화를"),
        ("범 주 가 더욱 확대될 것", "범주가 더욱 확대될 것"),
        ("1 2 3", "1 2 3"),  # digits are not letter-spacing
        ("", ""),
    ],
)
def test_despace(text: str, expected: str) -> None:
    assert despace(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("일 반 현 황", "일반현황"),
        ("시 정 ·처리요구 사 항", "시정처리요구사항"),
        ("a\tb\u3000c", "abc"),
    ],
)
def test_squash(text: str, expected: str) -> None:
    assert squash(text) == expected


@pytest.mark.parametrize("marker", sorted(BULLETS))
def test_every_bullet_marker_is_split(marker: str) -> None:
    assert split_marker(f"{marker} 내용") == (marker, "내용")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 2019년 결산안 심사", ("-", "2019년 결산안 심사")),  # a bullet may start with a year
        ("-13", (None, "-13")),  # a negative number is not a bullet
        ("-- 구분선", (None, "-- 구분선")),
        ("  ○서울혁신파크", ("○", "서울혁신파크")),
        ("일반 문장", (None, "일반 문장")),
    ],
)
def test_split_marker_edge_cases(text: str, expected: tuple[str | None, str]) -> None:
    assert split_marker(text) == expected


def _lines(*texts: str) -> list[Line]:
    return [Line(i, t, t) for i, t in enumerate(texts, start=1)]


def test_tokens_classify_amounts() -> None:
    toks = tokens(_lines("계 16,873 12,099 △4,774 △28.3% - 2개동"))
    assert [(t.text, t.is_amount, t.is_percent) for t in toks] == [
        ("계", False, False),
        ("16,873", True, False),
        ("12,099", True, False),
        ("△4,774", True, False),
        ("△28.3%", False, True),
        ("-", True, False),
        ("2개동", False, False),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ("사회혁신담당관 13,233 9,230 △4,003 △30.3%",),
        ("사회혁신담당관", "13,233 9,230 △4,003 △30.3%"),
        ("사회혁신담당관 13,233", "9,230", "△4,003 △30.3%"),
        # a layout export pads the columns, and "△" from its figure
        ("  사회혁신담당관     13,233      9,230    △  4,003   △   30.3%",),
    ],
)
def test_numeric_rows_do_not_depend_on_line_breaks(texts: tuple[str, ...]) -> None:
    rows = numeric_rows(_lines(*texts), ncols=4)
    assert [(r.label, [v.text for v in r.values]) for r in rows] == [
        ("사회혁신담당관", ["13,233", "9,230", "△4,003", "△30.3%"])
    ]


def test_numeric_rows_split_on_the_next_label_and_on_ncols() -> None:
    rows = numeric_rows(_lines("정 원 54 23 19 12 현 원 52 23", "17 12", "5 6"), ncols=4)
    assert [(r.label, [v.text for v in r.values]) for r in rows] == [
        ("정원", ["54", "23", "19", "12"]),
        ("현원", ["52", "23", "17", "12"]),
        ("", ["5", "6"]),
    ]


def test_match_words_undoes_letter_spacing() -> None:
    toks = tokens(_lines("계 완 료 추진중 검토중 미 반 영"))
    vocab = {"계": "total", "완료": "completed", "추진중": "p", "검토중": "r", "미반영": "n"}
    assert [w for w, _ in match_words(toks, vocab)] == ["계", "완료", "추진중", "검토중", "미반영"]
