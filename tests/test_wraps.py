"""Wrapped lines joined back: a space, unless the marks at the wrap say the wrap fell inside
a word (extract/normalize/wraps.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.normalize.vocab import TILDES
from extract.normalize.wraps import CLOSING, JOINERS, OPENING, QUOTES, Lexicon, join_wrapped

CASES = [
    # (lines, joined, why)
    (["혁신파크 운영 (", "민간위탁금 포함", ")"], "혁신파크 운영 (민간위탁금 포함)", "brackets"),
    (["‘공유3기 연구용역", "’ 최종보고"], "‘공유3기 연구용역’ 최종보고", "a closing quote"),
    (["연구진행과 ‘", "생태문명 전환"], "연구진행과 ‘생태문명 전환", "an opening quote"),
    (["연구용역", "‘ 최종보고"], "연구용역‘ 최종보고", "a quote closing, whatever its glyph"),
    (["방안", "‘지역별 대책’"], "방안 ‘지역별 대책’", "a quote opening the next line"),
    (["대책’", "등 의제"], "대책’ 등 의제", "a quote closing the line"),
    (["혁신, 전환, 공유", ", 행복의"], "혁신, 전환, 공유, 행복의", "a comma"),
    (["판단하고 있는지", "? 충분한"], "판단하고 있는지? 충분한", "a question mark"),
    (["환경·경제가 융합·", "순환되는"], "환경·경제가 융합·순환되는", "a middle dot"),
    (["일반공공행정ㆍ", "공공질서"], "일반공공행정ㆍ공공질서", "a Hangul middle dot"),
    (["2023~", "2027년"], "2023~2027년", "a tilde"),
    (["’25.3.~", "’25.12."], "’25.3.~’25.12.", "a tilde before a year's apostrophe"),
    (["행안부 협의", "' 24. 1.~4."], "행안부 협의 ' 24. 1.~4.", "a letter-spaced year"),
    (["‘24.10.24.~", "10.25."], "‘24.10.24.~10.25.", "a tilde in a date"),
    (["“70-", "80억씩"], "“70-80억씩", "a hyphen inside a figure"),
    (["지자체-", "대학"], "지자체-대학", "a hyphen inside a word"),
    (["최근 3년간 35", "건의 회의 중"], "최근 3년간 35건의 회의 중", "a figure and its counter"),
    (["“70-80", "억씩 매년"], "“70-80억씩 매년", "a figure and its money unit"),
    (["수어 사전’ 2", "차 개통"], "수어 사전’ 2차 개통", "a figure and its ordinal"),
    (["2025", "년 주요업무"], "2025년 주요업무", "a year and 년"),
    (["했는데, 7", "년차에 접어"], "했는데, 7년차에 접어", "a unit with two tails"),
    (["’21. 2", "월~ 12월"], "’21. 2월~ 12월", "a year's month and 월"),
    (["비율 35", "%"], "비율 35%", "a percent sign"),
    # a space where the marks say nothing, or say a word ends
    (["대표과업3", "개방형 플랫폼"], "대표과업3 개방형 플랫폼", "a word ending in a digit"),
    (["총 3", "개방형 운영"], "총 3 개방형 운영", "a unit's syllable starting a word"),
    (["예 산 4", "3팀(16명)"], "예 산 4 3팀(16명)", "two figures"),
    (["99", "49.5"], "99 49.5", "stacked figures"),
    (["비전 2030", "인간 중심"], "비전 2030 인간 중심", "a year and a word"),
    (["’25. 3. 12", "회의 개최"], "’25. 3. 12 회의 개최", "a date's day and a word"),
    (["결과 12", "회의 개최"], "결과 12 회의 개최", "a word that starts like a unit"),
    (["달성 45.7", "평 생 교 육"], "달성 45.7 평 생 교 육", "a letter-spaced word"),
    (["과제 1-3-2", "학교 디지털"], "과제 1-3-2 학교 디지털", "a code, not a figure"),
    (["증가 5", "%p 상승"], "증가 5%p 상승", "percentage points"),
    (["총 10", "여 개소"], "총 10여 개소", "about ten"),
    (["달성률 45.7", "%로 상승"], "달성률 45.7%로 상승", "a decimal figure"),
    (["2025.3.12", "회의"], "2025.3.12 회의", "a date written tight"),
    (["기부및사회협력", "활성화"], "기부및사회협력 활성화", "two syllables: the PDF does not say"),
    (["추진", "’25.上"], "추진 ’25.上", "a year's apostrophe"),
    (["실태조사,", "교육용역준공"], "실태조사, 교육용역준공", "after a comma a word starts"),
    (["계 1,400 - -", "국 비 700"], "계 1,400 - - 국 비 700", "a dash standing alone is a nil"),
    (["·", "교육부"], "· 교육부", "a middle dot standing alone is a bullet"),
    (["’21.3월~", "○서울 공유도시"], "’21.3월~ ○서울 공유도시", "a bullet starts the next line"),
    (["현행", "(사업별 집행률)"], "현행 (사업별 집행률)", "before an opening bracket"),
    (["  여러   칸 ", "", " 공백 "], "여러 칸 공백", "spaces collapsed, empty lines left out"),
]


@pytest.mark.parametrize(("lines", "joined", "why"), CASES, ids=[c[2] for c in CASES])
def test_join_wrapped(lines: list[str], joined: str, why: str) -> None:
    assert join_wrapped(lines) == joined, why


@pytest.mark.parametrize("mark", sorted(OPENING))
def test_every_opening_mark_holds_what_follows(mark: str) -> None:
    assert join_wrapped([f"사업 {mark}", "내용"]) == f"사업 {mark}내용"


@pytest.mark.parametrize("mark", sorted(CLOSING))
def test_every_closing_mark_holds_to_the_word(mark: str) -> None:
    assert join_wrapped(["사업 내용", f"{mark} 다음"]) == f"사업 내용{mark} 다음"


@pytest.mark.parametrize("mark", sorted(QUOTES))
def test_every_quote_mark_opens_or_closes_as_it_stands(mark: str) -> None:
    assert join_wrapped([f"연구진행과 {mark}", "생태문명"]) == f"연구진행과 {mark}생태문명"
    assert join_wrapped(["연구용역", f"{mark} 최종"]) == f"연구용역{mark} 최종"
    assert join_wrapped(["추진", f"{mark}25.上"]) == f"추진 {mark}25.上"


@pytest.mark.parametrize("mark", sorted(JOINERS))
def test_every_joiner_inside_a_word_joins(mark: str) -> None:
    assert join_wrapped([f"보건{mark}", "복지"]) == f"보건{mark}복지"
    assert join_wrapped([f"보건 {mark}", "복지"]) == f"보건 {mark} 복지"


@pytest.mark.parametrize("tilde", TILDES)
def test_a_tilde_opening_a_line_tight_to_its_word_joins(tilde: str) -> None:
    """"한솔" / "~누리": a range of places broken before its tilde (a dot there may be a
    bullet's: "추진" / "·서울혁신파크 …")."""
    assert join_wrapped(["57호선 한솔", f"{tilde}누리 건설"]) == f"57호선 한솔{tilde}누리 건설"
    assert join_wrapped(["한솔시 북면", f"{tilde} 누리군"]) == f"한솔시 북면 {tilde} 누리군"
    assert join_wrapped(["프로그램 추진", "·서울혁신파크"]) == "프로그램 추진 ·서울혁신파크"


#: syllables that are no counter: a figure and its counter at a wrap join without a space
#: ("35" / "건의", above), which a space typed between them ("0 차") does not survive
_WORD = st.text(alphabet="가나다라마바사아자타 0123456789", min_size=1, max_size=12)


@given(st.lists(_WORD, min_size=1, max_size=6))
def test_words_without_marks_join_as_with_spaces(parts: list[str]) -> None:
    assert join_wrapped(parts) == " ".join(" ".join(parts).split())


TAILS = [
    # (before, after, inside a word)
    ("인가 지연으", "로 금융비용 등", True),  # a particle never opens a word
    ("부채관리를 강화", "할 것", True),  # nor an ending
    ("투명성을 제고", "할 것", True),  # (a noun that ends in 고)
    ("특정 업체에 편중", "되지 않도록", True),
    ("직원 교육을", "할 수 있도록", False),  # a word with its particle: the next is its own
    ("추진한다", "이 사업은", False),  # after a sentence's end
    ("회의 개최 및", "이 행 점 검", False),  # a letter-spaced word
    ("장기", "공실 주택이", False),  # no tail: the PDF does not say
    ("장애인", "의 료", False),  # a header letter-spaced down its cell
    ("특정 업체에 편중되", "지 않도록", True),
]


@pytest.mark.parametrize(("before", "after", "inside"), TAILS)
def test_a_pdf_cell_line_opening_with_a_tail_was_wrapped_inside_a_word(
    before: str, after: str, inside: bool
) -> None:
    """In a PDF's cell (Chromium with spaces collapsed, Writer, Hancom breaking by syllable)
    a line that opens with a particle or an ending of the word before it was wrapped inside
    that word; a text export's lines may be the author's, and keep their space."""
    lexicon = Lexicon([], tails=True)
    joined = f"{before}{'' if inside else ' '}{after}"
    assert join_wrapped([before, after], lexicon) == joined
    assert join_wrapped([before, after], Lexicon([])) == f"{before} {after}"
