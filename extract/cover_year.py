"""The year a report is for: the year its cover's title names (of two, the plan's), or a
cover line that is only a year, or the cover's date within a plan of several years; for a
report with no cover, the year its plan chapter's title names.

Split from :mod:`extract.cover`, whose cover lines and titles it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.cover import DATE_LINE, GENRE_WORDS, YEAR_LINE, cover_titles
from extract.document import Line
from extract.layout.vocab import CONTENTS_TITLES
from extract.parse.text import squash

#: a title's years: one with its 년 ("2025년도"), or a span of years, its 년 left off or not
#: ("2025~2026 주요업무계획", "2025~2026년"), or a year alone before the genre's words ("2025
#: 주요업무계획"; not a date's, "2025. 2.")
_TITLE_YEARS = regex.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?:\s*+년(?:\s*+도)?+(?:\s*+[~∼～\-]\s*+(?P<y2>(?:19|20)\d{2})"
    r"(?!\d))?+|\s*+[~∼～\-]\s*+(?P<y3>(?:19|20)\d{2})(?!\d)|(?=\s++\p{Hangul}))"
)


#: the year a date line opens with
_YEAR_OF_DATE = regex.compile(r"(?:19|20)\d{2}")


def cover_year(front: Sequence[Line]) -> int | None:
    """The year the report is for, as its title names it ("2025년 주요업무계획"; of two,
    the plan's: "2024년 성과 및 2025년 계획", "2026년 주요업무계획 및 2025년 추진실적"), else a
    cover line that is only a year.

    >>> cover_year([Line(1, "2025. 2. 11.(화)", ""), Line(2, "2025년 주요업무계획", "")])
    2025
    >>> cover_year([Line(1, "2025년 주요업무 추진실적 및", ""), Line(2, "2026년 주요업무계획", "")])
    2026
    >>> cover_year([Line(1, "2025년 주요업무 추진실적", ""), Line(2, "및 2026년 주요업무계획", "")])
    2026

    A plan of two years or more, "2025~2026 주요업무계획", is for its first (its steps of
    that year are plans, not steps taken), or for the year of the cover's date within them
    ("2026. 1." over it: the first year's steps done).

    >>> cover_year([Line(1, "2025~2026 주요업무계획", ""), Line(2, "2025. 2.", "")])
    2025
    >>> cover_year([Line(1, "2025~2026 주요업무계획", ""), Line(2, "2026. 1. 20.", "")])
    2026
    """
    alone: int | None = None
    for text in cover_titles(front):
        if any(w in squash(text) for w in GENRE_WORDS):
            # (a year with its 년, or one set with no 년 that opens the title or stands right
            # before the genre's words, "2026 경제산업국 주요업무보고", "2025~2026 주요업무
            # 계획"; not "2026년 주요업무계획 및 2030 비전", "(2025~2029 중기계획 반영)")
            found = [
                m for m in _TITLE_YEARS.finditer(text)
                if "년" in m[0] or not text[: m.start()].strip()
                or squash(text[m.end() :]).startswith(GENRE_WORDS)
            ]  # fmt: skip
            if found:
                first, last = _plan_span(text, found)
                dated = _cover_date_year(front)
                return dated if dated is not None and first <= dated <= last else first
        m = YEAR_LINE.match(text)
        if m and alone is None:
            alone = int(m["y"])
    return alone


#: words of the part of a title that is the year's plan or its report ("2026년 주요업무계획
#: 및 2025년 추진실적": 2026), over ...
PLAN_TITLE_WORDS: tuple[str, ...] = ("계획", "업무보고", "예산")
#: ... those of the part that looks back on a year ("2025년 주요업무 추진실적", "2025년
#: 업무보고 지적사항 조치결과"), though it may say 업무보고
RESULT_TITLE_WORDS: tuple[str, ...] = (
    "실적", "성과", "결과", "지적사항",
    # (how last year's plan went: "2025년 주요업무계획 추진상황 및 2026년 …")
    "추진상황", "추진현황", "추진사항", "이행상황", "이행현황", "점검", "평가",
)  # fmt: skip


def _plan_span(text: str, found: Sequence[regex.Match[str]]) -> tuple[int, int]:
    """The years of the title's part that is the plan: the last whose words, up to the next
    year, say a plan and no results ("2026년 주요업무계획 및 2025년 주요업무 추진실적": 2026;
    "2025년 주요업무계획 추진상황 및 2026년 주요업무계획": 2026), else the last that says no
    results, else the last.

    >>> t = "2026년 주요업무계획 및 2025년 주요업무 추진실적"
    >>> _plan_span(t, list(_TITLE_YEARS.finditer(t)))
    (2026, 2026)
    >>> t = "2025년 주요업무계획 추진상황 및 2026년 주요업무계획"
    >>> _plan_span(t, list(_TITLE_YEARS.finditer(t)))
    (2026, 2026)
    """
    parts = [
        (squash(text[m.end() : nxt.start() if nxt is not None else len(text)]), m)
        for m, nxt in zip(found, [*found[1:], None], strict=True)
    ]
    looks_back = [any(w in words for w in RESULT_TITLE_WORDS) for words, _ in parts]
    plan = next((
        m for (words, m), back in zip(reversed(parts), reversed(looks_back), strict=True)
        if any(w in words for w in PLAN_TITLE_WORDS) and not back
    ), None)  # fmt: skip
    if plan is None:
        plan = next(
            (m for (_, m), back in zip(reversed(parts), reversed(looks_back), strict=True)
             if not back), found[-1],
        )  # fmt: skip
    return int(plan["y"]), int(plan["y2"] or plan["y3"] or plan["y"])


def _cover_date_year(front: Sequence[Line]) -> int | None:
    """The year of the cover's date line ("2025. 2. 11.(화)"), before a table of contents."""
    for ln in front:
        text = ln.text.strip()
        if squash(text).lower() in CONTENTS_TITLES:
            return None
        if DATE_LINE.match(text) and (m := _YEAR_OF_DATE.search(text)) is not None:
            return int(m[0])
    return None


#: a year said right before the words of a year's plan: "2025년 주요업무계획", "’25년도
#: 업무추진계획", "2025년 추진계획" (not "2020년 업무보고 지적사항", a report looked back on,
#: nor "2025~2027년 중기 추진계획")
_PLAN_YEAR = regex.compile(  # (not a range's last year: "2017년 ~ 2018년 추진계획")
    r"(?<![~∼〜～\-–]\s{0,3}[’‘'`′]?)"
    r"(?:(?P<y>(?:19|20)\d{2})|[’‘'`′](?P<yy>\d{2}))\s*+년\s*+도?\s*+(?:주\s*+요\s*+)?"
    r"(?:업\s*+무\s*+)?(?:추\s*+진\s*+)?계\s*+획"
)


def heading_year(titles: Sequence[str]) -> int | None:
    """The year a report with no cover is for, as its plan chapter's title names it: the
    year right before the plan's words, in the first title that has one.

    >>> heading_year(["2024년 주요업무 성과", "Ⅴ. 2025년 주요업무계획(2024년 대비)"])
    2025
    >>> heading_year(["’25년 주요업무계획"]), heading_year(["2024년 성과 및 2025년 추진계획"])
    (2025, 2025)
    >>> heading_year(["2020년 업무보고 지적사항 조치결과", "2025~2027년 중기 추진계획"]) is None
    True
    >>> heading_year(["Ⅱ. 2017년 ~ 2018년 추진계획"]), heading_year(["Ⅱ. ’17 ~ ’18년 추진계획"])
    (None, None)
    """
    for title in titles:
        m = _PLAN_YEAR.search(title)
        if m is not None:
            return int(m["y"]) if m["y"] else 2000 + int(m["yy"])
    return None
