"""Letter-spacing and vocabulary keys: text as a report sets it, made comparable.

* :func:`squash` makes the key used to look words up in the vocabulary;
* :func:`collapse` runs of whitespace to one space;
* :func:`words` splits a line into words, a sign set apart from its figure joined to it;
* :func:`despace` undoes letter-spacing ("사 회 혁 신" -> "사회혁신").

Below every stage that compares titles and labels (layout, sections, parsers, records).
"""

from __future__ import annotations

import unicodedata

import regex

_GROUPS = regex.compile(r"\s{2,}")
#: a word, or the sign of a negative figure that a layout set apart from it ("△  56")
_WORD = regex.compile(r"[△▽▲]\s+(?=\d)\S+|\S+")


def squash(text: str) -> str:
    """The vocabulary key of ``text``: no spaces, no middle dots.

    >>> squash("시 정 ·처리요구 사 항")
    '시정처리요구사항'
    """
    return "".join(text.split()).replace("·", "")


def collapse(text: str) -> str:
    """Runs of whitespace to one space, trimmed."""
    return " ".join(text.split())


def display_width(text: str) -> int:
    """The columns a text export sets a text in: a wide (Hangul) letter two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Each of :func:`words` with where it stands in ``text`` (first character, last + 1)."""
    return [("".join(m.group().split()), m.start(), m.end()) for m in _WORD.finditer(text)]


def words(text: str) -> list[str]:
    """The words of a line, a sign set apart from its figure joined to it (a layout export
    pads a table's columns with spaces, and may pad "△" from its number too).

    >>> words("광역교통시설특별회계    94    150   △  56   △   37.3%")
    ['광역교통시설특별회계', '94', '150', '△56', '△37.3%']
    """
    return [w for w, _, _ in word_spans(text)]


#: a year spaced out figure by figure before 년 ("2 0 2 6 년")
_SPACED_YEAR = regex.compile(r"(?<![\d,.])[12] [09] \d \d ?년(?:\s?도)?")


def _is_single(tok: str) -> bool:
    return len(tok) == 1 and not tok.isdigit()


def despace(text: str) -> str:
    """Undo letter-spacing: runs of three or more one-letter words are joined.

    In letter-spaced text a double space marks the real word boundary.

    >>> despace("삶 의  방 식 을")
    '삶의 방식을'
    >>> despace("지역단위 전환주체 역량 강화를")
    '지역단위 전환주체 역량 강화를'
    >>> despace("정 원")
    '정원'
    >>> despace("2 0 2 6 년 예 산 ( A )"), despace("2 0 2 5 년 도 주 요 성 과")  # (a year too)
    ('2026년 예산(A)', '2025년도 주요성과')
    >>> despace("2 0 2 5 년 예 산")  # (a word of two letters after the year: "예 산" wrapped)
    '2025년 예산'
    >>> despace("사 업 개 요 : 전 부서 예산사업의"), despace("구 분 : 시 정")  # (a label's colon)
    ('사업개요: 전 부서 예산사업의', '구분: 시정')
    >>> despace("사 업 량 : 도 로 2 km"), despace("일 시 : 매 월 1 회")  # (and its value)
    ('사업량: 도로 2 km', '일시: 매월 1 회')
    """
    out: list[str] = []
    for group in _GROUPS.split(text.strip()):
        # (a year spaced out figure by figure shows the group letter-spaced: a word of two
        # letters in it is one word too, "2 0 2 5 년 예 산" wrapped as "2 0 2 5 년" / "예 산")
        spaced = _SPACED_YEAR.search(group) is not None
        toks = _SPACED_YEAR.sub(lambda m: "".join(m[0].split()), group).split()
        if len(toks) == 2 and all(_is_single(t) for t in toks):
            out.append("".join(toks))
            continue
        out.append(" ".join(_joined_runs(toks, 2 if spaced else 3)))
    return " ".join(w for w in out if w)


#: the colon that closes a label ("사 업 개 요 : …"): the letters after it are the value's
_COLONS = frozenset(":：")


def _joined_runs(toks: list[str], shortest: int) -> list[str]:
    """``toks`` with each run of ``shortest`` or more one-letter words joined; a label's
    colon closes the run it ends ("사 업 개 요 :" is 사업개요:, the one-letter word after
    it, "전 부서", is the value's), a value of one-letter words alone after a spaced
    label is one word as the label is ("구 분 : 시 정"), and after a spaced label two
    one-letter words at the value's start are one word as after a spaced year ("사 업 량 :
    도 로 2 km"; not "대 상 : 65세 이상 어르신 및 그 가족")."""
    words: list[str] = []
    run: list[str] = []
    given = shortest
    # (where the one-letter words that end ``toks`` begin: one pass, not one per colon)
    tail = len(toks)
    while tail and _is_single(toks[tail - 1]):
        tail -= 1
    for k, tok in enumerate([*toks, ""]):
        if tok and _is_single(tok):
            run.append(tok)
            if tok not in _COLONS:
                continue
            if len(run) >= 3 and tail <= k + 1 <= len(toks) - 2:
                return [*words, "".join(run), "".join(toks[k + 1 :])]
            if len(run) >= 3:
                # (a label spaced letter by letter shows its value spaced the same way: its
                # word of two letters is letter-spaced too, "매 월 1 회" is 매월 1 회)
                shortest = 2
        if len(run) >= shortest:
            words.append("".join(run))
        else:
            words.extend(run)
        run = []
        if tok and tok not in _COLONS:
            words.append(tok)
            # (only the value's first words, "도 로", not a pair later on, "및 그 가족")
            shortest = given
    return words


def despace_label(path: str) -> str:
    """A header path with each part's letter-spacing undone: a part of one-letter words
    only is one word, however wide its spaces ("구        분", "관 광 정 책 과"), any other
    part as :func:`despace` reads it.

    >>> despace_label("관 광 정 책 과 / 구        분"), despace_label("교 통 혁 신 국 (192명)")
    ('관광정책과 / 구분', '교통혁신국 (192명)')
    """
    parts = []
    for part in path.split(" / "):
        toks = part.split()
        alone = len(toks) > 1 and all(_is_single(t) for t in toks)
        parts.append("".join(toks) if alone else despace(part))
    return " / ".join(parts)
