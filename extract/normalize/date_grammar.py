"""The grammar of Korean administrative dates: the patterns :mod:`extract.normalize.dates`
reads with.

All patterns run on folded text (vocab.FOLD): one quote mark ’, one tilde ~, one dash -,
one middle dot ·.  Every quantifier is bounded, so each attempt at a position costs a
bounded amount of work and a scan is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.normalize.vocab import (
    AS_OF_LEADS,
    AS_OF_WORDS,
    DAY_ENDS,
    FISCAL_YEAR_ENDINGS,
    FISCAL_YEAR_LEADS,
    FISCAL_YEAR_WORDS,
    FOLD,
    HALVES,
    HALVES_HANJA,
    HALVES_SYLLABLE,
    LENGTH_WORDS,
    NEXT_YEAR_WORDS,
    NOTE_MARKS,
    NOW_WORDS,
    OPEN_WORDS,
    PARTICLES,
    PERIOD_VAGUE,
    QUOTE_MARKS,
    SCHOOL_YEAR_WORDS,
    SEMESTERS,
    VACATIONS,
    VAGUE_PARTS,
    WEEKDAYS,
    WORD_END_PARTICLES,
    YEAR_WORDS,
)


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so 말경 wins over 말)."""
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


_Q = re.escape(QUOTE_MARKS[0])
_S = "[ ]{0,2}"
_S3 = "[ ]{0,3}"
# a number not glued to a unit or a word ("12개", "3건", "1,000") and not part of a longer one
_NG = r"(?![0-9A-Za-z가-힣%㎡]|,[0-9])"
# ... a day's, nor the first of a list of numbers ("’26. 12. 1·2공구 발주": December, not its
# 1st; a month's may be: "’24.3·5월" is March first)
_NG_DAY = r"(?![0-9A-Za-z가-힣%㎡]|[,·][0-9])"
_MONTH = "(?:1[0-2]|0?[1-9])"
_DAY = "(?:3[01]|[12][0-9]|0?[1-9])"
# after a vague word: no further syllable, unless it is a particle (3월 말까지, not 초등)
_VE = rf"(?:(?![가-힣])|(?={_alt(PARTICLES)})(?!(?:{_alt(WORD_END_PARTICLES)})[가-힣]))"
_HALF = _alt(HALVES)
_YEAR_WORD = _alt(YEAR_WORDS)
_NEXT = _alt(NEXT_YEAR_WORDS)
_SEMESTER = "[" + "".join(str(n) for n in SEMESTERS) + "]"
_VAGUE = _alt(VAGUE_PARTS)
#: a year after the report's where a range's start names it: a month or a half after it
_NEXT_START = rf"(?:{_NEXT})(?=[ ]?(?:{_MONTH}[ ]?월|{_HALF}))"
_YEAR_VAGUE = _alt([w for w, part in VAGUE_PARTS.items() if part.months is not None])
#: what after a school year names a part of it ("2025학년도 3월", "2025학년도 상반기", "2025학년도
#: 말", "2025학년도 1/4분기"): then the school year is no date of its own ("2025학년도 중" is)
_SCHOOL_YEAR_PART = (
    rf"{_S}(?:{_MONTH}[ ]?월|{_HALF}|[1-4][ ]?(?:/[ ]?4[ ]?)?분기|"
    + _alt([w for w, part in VAGUE_PARTS.items() if part.months not in (None, (1, 12))])
    + ")"
)


_BARE_YY = (
    rf"[0-9]{{2}}(?:[ ]?년[ ]?(?:{_MONTH}[ ]?월|(?:{_HALF}))"
    rf"|[ ]?\.[ ]?[{''.join(HALVES_HANJA)}])"  # (or a half in hanja after a dot: "26.下")
)


#: not right after a word of how long (each a fixed-width lookbehind, with its space or not)
_NOT_LENGTH = "".join(f"(?<!{w})(?<!{w} )" for w in LENGTH_WORDS)


def _point(p: str) -> str:
    """One date (a year, half, quarter, month or day), its groups prefixed ``p``."""
    seph = rf"{_S}(?:년도?|\.)?{_S}"
    sept = rf"{_S}(?:학?년도?|\.)?{_S}"
    # (after 익년 a space parts its month as a dot does: "익년 2.")
    sepm = rf"(?:{_S}(?P<{p}yw>년도?){_S}|{_S}(?P<{p}yd>\.|(?<={_NEXT}) ?+){_S}|[ ]{{1,2}})"
    return (
        "(?:"
        # ISO 2021-03-12
        rf"(?<![0-9])(?P<{p}iy>(?:19|20)[0-9]{{2}})-(?P<{p}im>0[1-9]|1[0-2])"
        rf"-(?P<{p}id>0[1-9]|[12][0-9]|3[01])(?![0-9])"
        "|"
        # an optional year, then what it qualifies
        # ’21, and 2021 with or without a quote mark (‘2026.05.31.)
        # (a two-digit year needs its quote mark, unless 년 and a month or half follow:
        # "26년 3월", "26년 상반기", as OCR and hurried typists leave it; not after a word
        # of how long: "근속 20년 6월 이상")
        rf"(?:(?P<{p}yr>(?:{_Q}[ ]?|(?<![0-9.,’]){_NOT_LENGTH}(?={_BARE_YY})"
        # (a fiscal year's two digits after its letters: "FY25")
        rf"|(?<![A-Za-z])(?P<{p}fy2>{_alt(FISCAL_YEAR_LEADS)})[ ]?(?=[0-9]{{2}}(?![0-9])))"
        rf"(?P<{p}y2>[0-9]{{2}})"
        rf"|(?:{_Q}[ ]?|(?<![A-Za-z])(?P<{p}fy>{_alt(FISCAL_YEAR_LEADS)})[ ]?|(?<![0-9.,]))"
        rf"(?P<{p}y4>(?:19|20)[0-9]{{2}})"
        # (an end's year after the start's, "~ 익년 2.")
        # (... and alone, where a month or a half follows: "내년 3월", "내년 상반기"; the
        # report's year after)
        rf"|(?<![가-힣])(?P<{p}nx>{_NEXT if p == 'e_' else _NEXT_START}))"
        # (not a decade: "1990년대")
        r"(?![0-9])(?![ ]?년대))?"
        "(?:"
        rf"(?:(?({p}yr){seph}|)(?P<{p}h>{_HALF})"
        rf"|(?({p}yr){seph}(?P<{p}hh>[{''.join(HALVES_HANJA)}]"
        rf"|(?<=\.)[ ]?[{''.join(HALVES_SYLLABLE)}](?![가-힣])"
        rf"|(?<=년)[ ]?[{''.join(HALVES_SYLLABLE)}](?=[,)，）]))|(?!))"
        # a term of the school year: "1학기", "제2학기", "2026학년도 2학기", "여름방학"
        rf"|(?({p}yr){sept}|(?<![0-9./]))(?:제[ ]?)?(?P<{p}t>{_SEMESTER})"
        rf"(?:[ ]?[~·,][ ]?(?P<{p}t2>{_SEMESTER}))?[ ]?학기{_VE}"
        rf"|(?({p}yr){sept}|)(?P<{p}tv>{_alt(VACATIONS)})[ ]?방학{_VE}"
        # (a quarter: "1/4분기", "1분기", "1사분기", or as English writes it, "Q1")
        rf"|(?({p}yr){seph}|(?<![0-9./A-Za-z]))(?P<{p}qq>Q)?(?P<{p}q>[1-4])"
        rf"(?({p}qq)|(?P<{p}q4>[ ]?/[ ]?4)?)(?:[ ]?~[ ]?(?({p}qq)Q?|)(?P<{p}q2>[1-4])"
        # (its end written as its start, "’25. 1/4 ~ 2/4")
        rf"(?({p}q4)(?:[ ]?/[ ]?4(?=[ ]?분기|(?![0-9/.,])))?|))?"
        # (... or after it, "1Q", "1~2Q"; after a year, "/4" alone says it: "’25. 1/4")
        rf"(?({p}qq)(?![0-9A-Za-z])|(?:[ ]?(?:/[ ]?4[ ]?|사[ ]?)?분기|Q(?![0-9A-Za-z])"
        rf"|(?({p}q4)(?({p}yr)(?![0-9/.,])|(?!))|(?!)))))"
        rf"(?:{_S}(?P<{p}pv>{_alt(PERIOD_VAGUE)}){_VE})?"
        # (a year word opens its word: "공연내", "공연중" name none)
        rf"|(?({p}yr){seph}|(?<![가-힣]))(?P<{p}w>{_YEAR_WORD}){_VE}"
        rf"|(?({p}yr){sepm}|(?<![0-9.,’]))(?P<{p}m>{_MONTH})"
        rf"(?:(?P<{p}mw>[ ]?월)|(?({p}yd)(?:\.|{_NG})|(?={_S}~{_S}{_MONTH}[ ]?월)))"
        # (a month or day word written once, after a range: "2026년 3~4월", "3월 2~5일")
        rf"(?:{_S}(?P<{p}d>{_DAY})"
        rf"(?({p}mw)(?:[ ]?일|(?={_S}~{_S}{_DAY}[ ]?일))|(?:[ ]?일|\.|{_NG_DAY})))?"
        rf"(?({p}d)|(?:{_S}(?P<{p}v>{_VAGUE}){_VE})?)"
        rf"|(?({p}yr){_S}년도?{_S}(?P<{p}yv>{_YEAR_VAGUE}){_VE}|(?!))"
        # (a school year, "2025학년도": March to February; its terms are read above)
        rf"|(?({p}yr)[ ]?(?P<{p}sy>{_alt(SCHOOL_YEAR_WORDS)}){_VE}(?!{_SCHOOL_YEAR_PART})|(?!))"
        rf"|(?({p}yr)(?:[ ]?(?P<{p}yn>년도?|{_alt(FISCAL_YEAR_WORDS)})|\.)?|(?!))"
        ")"
        ")"
    )


# a range end without a year: "12." (a month), "17" (a day), "12. 31." (month and day)
_NUMERIC_END = (
    rf"(?<![0-9])(?P<e_n1>[0-9]{{1,2}})(?:[ ]?(?P<e_n1d>일)|\.|{_NG})"
    rf"(?:{_S}(?P<e_n2>[0-9]{{1,2}})(?:[ ]?일|\.|{_NG}))?"
)
# (a word of its own: "’21. 3.~ 지속가능한" ends in no 지속; a particle may follow: "현재까지")
_END = (
    rf"(?P<end>{_point('e_')}|(?P<e_now>(?:{_alt(NOW_WORDS)})(?:(?![가-힣])|(?=까지)))"
    rf"|{_NUMERIC_END})"
)
# a tilde may end an open range; a dash is a range mark only between two dates
# 이후/부터 leave the range open and take no end ("’24년 이후 2.1만명": a figure follows)
_EXPR = (
    rf"{_point('s_')}(?:{_S3}(?:(?P<tl>~)|-){_S3}(?:{_END})?(?(end)|(?(tl)|(?!)))"
    rf"|{_S3}(?P<ow>{_alt(OPEN_WORDS)}))?"
)

# every date starts with a digit, the quote mark or the first letter of a word
# (상반기, 연중, ...): the lookahead lets the scan skip other characters quickly
_FIRST = "".join(
    sorted(
        {
            w[0]
            for w in (*HALVES, *YEAR_WORDS, *VACATIONS, *FISCAL_YEAR_LEADS, *NEXT_YEAR_WORDS)
        }
        | {"제", "Q"}
    )
)
SCAN = re.compile(rf"(?=[0-9{_Q}{_FIRST}]){_EXPR}")
# an as-of note may name the date after its word: "※ 기준 ’26.5.31.", "기준일: 2026.5.31."
_LEAD = rf"(?:[{''.join(NOTE_MARKS)}]{_S})?(?:(?:{_alt(AS_OF_LEADS)}){_S}:?{_S})?"
STRICT = re.compile(
    rf"[ (\[]{{0,3}}{_LEAD}{_EXPR}(?:{_S}(?:{_alt(AS_OF_WORDS)}))?"
    r"[ .]{0,3}(?:\([^()]{0,20}\))?[ .)\]]{0,3}"
)
FOLD_TABLE = str.maketrans(FOLD)
#: a day's weekday in brackets, which says nothing more: "’24.12.30.(월) ~ 12.31.(화)"
_WEEKDAY = re.compile(r"(\d\.?)\s*\((?:" + "|".join(WEEKDAYS) + r")\)")


#: the hours after a day: "10:00", "10:00~17:00", "14:00 ~"
CLOCK = re.compile(r"(?<!\s)\s++\d{1,2}:\d{2}(?:\s*+~\s*+(?:\d{1,2}:\d{2})?)?$")


def drop_weekdays(text: str) -> tuple[str, list[int]]:
    """``text`` without the weekdays after its days, and where each character left (and
    the end) stands in ``text``: find_dates gives each date as it is printed."""
    kept: list[str] = []
    where: list[int] = []
    at = 0
    for m in _WEEKDAY.finditer(text):
        cut = m.start() + len(m[1])
        kept.append(text[at:cut])
        where.extend(range(at, cut))
        at = m.end()
    kept.append(text[at:])
    where.extend(range(at, len(text) + 1))
    return "".join(kept), where


# days of the report's year, a range written month.day. ~ month.day. ("(4.1.~6.30.)",
# "(11.25.~12.1.)", "(5.2.~4.)"): both dots and the tilde tell it from a decimal
MD_RANGE = re.compile(
    rf"(?<![0-9.,{_Q}])(?P<m1>{_MONTH})\.[ ]?(?P<d1>{_DAY})\.{_S}~{_S}"
    rf"(?:(?P<m2>{_MONTH})\.[ ]?)?(?P<d2>{_DAY})\.?(?![0-9])"
)
# months of the report's year, a range with the month word written once ("(7~10월)")
M_RANGE = re.compile(
    rf"(?<![0-9.,{_Q}])(?P<m1>{_MONTH})[ ]?~[ ]?(?P<m2>{_MONTH})[ ]?월(?![0-9])"
)
# months of the report's year, a range month. ~ month. alone in brackets ("(9.~12.)"):
# both dots and the brackets tell it from decimals and a list's numbers
M_DOT_RANGE = re.compile(
    rf"(?<=\()(?P<m1>{_MONTH})\.{_S}~{_S}(?P<m2>{_MONTH})\.(?=\))"
)
# a day of the report's year, month.day. alone in brackets ("착수보고회(4.18.)"), or last
# in them after a comma or with a word that closes it ("(환경부, 10.30.)", "(11.11.까지)"):
# both dots and the brackets tell it from a decimal
MD_DAY = re.compile(
    rf"(?:(?<=\()|(?<=, ))(?P<m1>{_MONTH})\.[ ]?(?P<d1>{_DAY})\.(?=(?:{_alt(DAY_ENDS)})?\))"
)
# a cell's day of the report's year, month.day. ("1.14.", "5. 5."): the dot after the day
# tells it from a decimal ("1.14")
MD_CELL = re.compile(rf"(?P<m1>{_MONTH})\.[ ]?(?P<d1>{_DAY})\.")
# a cell's day with a two-digit year and no quote mark ("24.12.20", "23.3.29.")
YMD_BARE = re.compile(rf"(?P<y>[0-9]{{2}})\.[ ]?(?P<m>{_MONTH})\.[ ]?(?P<d>{_DAY})\.?")

#: a cell's two-digit year with no quote mark before a dot and a month with its 월, where a
#: date is expected ("26.3월~12월", "26. 3월~27. 2월"; the 월 tells it from a decimal)
BARE_MONTH = re.compile(rf"(?<![0-9.,{_Q}])(?P<yy>[0-9]{{2}})(?=[ ]?\.[ ]?{_MONTH}[ ]?월)")

# groups that mean "the start is more than a bare four-digit number" (익년 and 내년 alone
# are no more either: "내년 보궐 선거"; "내년 3월" is a date)
START_MARKS = (
    "s_y2", "s_yn", "s_fy", "s_fy2", "s_nx", "s_h", "s_hh", "s_t", "s_tv", "s_q", "s_w",
    "s_m", "s_yv", "s_iy", "s_sy",
)  # fmt: skip


#: a year written as a fiscal year ("’26년도", "2026 회계연도")
FISCAL = re.compile(
    rf"[0-9]\s*(?:{'|'.join(FISCAL_YEAR_ENDINGS)})|(?:{'|'.join(FISCAL_YEAR_LEADS)})\s?[0-9]"
)
