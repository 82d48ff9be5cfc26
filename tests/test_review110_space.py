"""A card's label justified letter by letter (`○ 사 업 량 : 도 로 2 km`): its colon keeps the
space after it, and its value's letter-spaced word of two letters is one word, as the
label is (review 110 B, item 6)."""

from __future__ import annotations

from extract.normalize.spacing import despace
from tests.test_other_reports import _text

_CARDS = """2026년 주요업무계획


2026. 2. 10.


다온군 경제관광국


Ⅰ. 일 반 현 황

1. 조    직

□ 조    직 : 1국 2과 4팀

  ○ 경제정책과(2팀) : 경제정책팀, 일자리지원팀
  ○ 관광진흥과(2팀) : 관광정책팀, 관광개발팀


Ⅱ. 2026년 주요업무계획

1. 지역경제 활성화

  □ 농로 확포장 사업 (경제정책과)
    ○ 사 업 량 : 도 로 2 km
    ○ 사업기간 : 2026. 1.~12.
    ○ 사 업 비 : 2,400,000천원 (군비 2,400,000)

  □ 전통시장 활성화 지원 (관광진흥과)
    ○ 일 시 : 매 월 1 회
    ○ 장 소 : 읍 내 시 장
    ○ 사 업 비 : 200,000천원 (군비 200,000)
"""


def test_a_spaced_labels_value_of_two_letters_is_one_word() -> None:
    """`사 업 량 : 도 로 2 km` is `사업량: 도로 2 km` and `일 시 : 매 월 1 회` is
    `일시: 매월 1 회` (they had been `사업량: 도 로 2 km`, `일시: 매 월 1 회`); a value's
    one-letter word before a word set normally is no letter-spacing (`사 업 개 요 : 전 부서
    …`), and a label set normally leaves its value as it is."""
    assert despace("사 업 량 : 도 로 2 km") == "사업량: 도로 2 km"
    assert despace("일 시 : 매 월 1 회") == "일시: 매월 1 회"
    assert despace("목 적 : 안 전 관 리  강화") == "목적: 안전관리 강화"
    assert despace("사 업 개 요 : 전 부서 예산사업의") == "사업개요: 전 부서 예산사업의"
    assert despace("대 상 : 만 65세 이상") == "대상: 만 65세 이상"
    assert despace("사업량 : 도 로 2 km") == "사업량 : 도 로 2 km"


def test_a_cards_spaced_labels_in_the_outline() -> None:
    """The outline's titles of a text export's cards: the label and its value each one
    word where the report spaced them letter by letter."""
    titles = [n.title for n in _text(_CARDS).outline]
    assert "사업량: 도로 2 km" in titles
    assert "일시: 매월 1 회" in titles
    assert "장소: 읍내시장" in titles
