"""Titles -> roles: which role a chapter's or a part's title names, by the vocabulary of
:mod:`extract.roles` (a chapter word anywhere in the title, a leading word, a whole title;
a general-section part's word alone or before figures).  :mod:`extract.sections` uses these
to set roles on the outline and to cut sections.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.layout.outline import Node, TitleRules
from extract.normalize.spacing import collapse, squash
from extract.roles import (
    AUDIT_PART_TITLES,
    BUDGET_ITEM_WORDS,
    BUDGET_SUMMARY_ENDINGS,
    ENVIRONMENT_PART_TITLES,
    GENERAL_PARTS,
    LEADING_TOP_TITLES,
    OFFICE_NAME_ENDINGS,
    PART_TITLES,
    PLAN_AND_RESULT_WORDS,
    PLEDGE_WORDS,
    STAFF_BODY_TITLES,
    STAFF_BODY_WORDS,
    STATUS_AFTER_WORDS,
    STATUS_PLAN_WORDS,
    STATUS_WORDS,
    TOP_TITLES,
    UNMARKED_PART_TITLES,
    UNROLED_PART_TITLES,
    WHOLE_BUDGET_WORDS,
    WHOLE_TOP_TITLES,
    YEAR_TOP_TITLES,
)
from extract.unit_names import MAX_UNIT_NAME, is_unit_name, titled_unit, unglossed

#: longest title that can name a part of the general section (a sentence is not a title)
MAX_PART_TITLE = 40
#: the year a part title may start with ("2022년 예산 현황"), squashed
LEADING_YEAR = regex.compile(r"^[’‘'`]?(?:\d{4}|\d{2})년도?")
#: a bracket at a title's end ("(일반회계)")
_END_BRACKET = regex.compile(r"[(（\[][^()（）\[\]]{0,40}+[)）\]]$")
#: a year with no 년 before a title ("2026 사업계획")
_BARE_YEAR = regex.compile(r"^[’‘'`]?+(?:19|20)\d\d(?!\d)")
#: a year with no 년 before a part title, squashed ("2025 예산 현황", "’25 인력현황")
_PART_BARE_YEAR = regex.compile(r"^(?:[’‘'`]\d\d|[’‘'`]?+(?:19|20)\d\d)(?![\d.])")


def yearless(key: str) -> str:
    """A squashed title without the year it starts with, 년 after it or not."""
    return str(_PART_BARE_YEAR.sub("", LEADING_YEAR.sub("", key)))


def top_role(title: str) -> str | None:
    """The role a top heading's title names, if any.

    >>> top_role("2025년 주요업무계획"), top_role("정책환경 및 대응방향"), top_role("참고자료")
    ('plans', 'environment', None)
    >>> top_role("기관 현황"), top_role("산하 공공기관 현황"), top_role("현 황")
    ('general', None, 'general')
    >>> top_role("2024 추진실적 및 2025 추진계획"), top_role("2024 주요 추진실적")
    ('plans', 'achievements')
    >>> top_role("2026년 사업계획"), top_role("민간위탁 사업계획 승인 현황")
    ('plans', None)
    """
    role = chapter_word_role(title)
    if role is not None:
        return role
    lead = LEADING_YEAR.sub("", squash(unglossed(title)))
    if lead in WHOLE_TOP_TITLES:
        return WHOLE_TOP_TITLES[lead]
    if (yearly := _BARE_YEAR.sub("", lead)) in YEAR_TOP_TITLES:
        return YEAR_TOP_TITLES[yearly]  # ("2026년 사업계획", "2026 사업계획", "사 업 계 획")
    return next((role for word, role in LEADING_TOP_TITLES if lead.startswith(word)), None)


def chapter_word_role(title: str) -> str | None:
    """The role a title names by a word of :data:`~extract.roles.TOP_TITLES` (read
    anywhere in it), not by a leading word only."""
    # (an office's name names no role by its letters: "Ⅱ. 기획감사실 현황" is no audit)
    key = squash(" ".join(
        w for w in unglossed(title).split()
        if not (is_unit_name(w) and w.endswith(OFFICE_NAME_ENDINGS))
    ))  # fmt: skip
    word, role = next(((word, role) for word, role in TOP_TITLES if word in key), ("", None))
    if role == "achievements" and any(w in key for w in PLAN_AND_RESULT_WORDS):
        return "plans"  # ("2024 추진실적 및 2025 추진계획": the plan, each project's results in it)
    if word in PLEDGE_WORDS and tells_status(key):
        return None  # ("민선8기 공약사항 추진현황": how the pledges stand, no plan)
    if word in WHOLE_BUDGET_WORDS and _sums_up(key, word):
        return "budget_summary"  # ("추경예산안 총괄": the 추경's totals, not its items)
    return role


def _sums_up(key: str, word: str) -> bool:
    """Whether a squashed title sums up the budget ``word`` names: a summary's ending
    after the word ("추경예산안총괄", "세출예산규모(일반회계)", "추경예산편성개요"), no word
    of its items between ("세출예산사업별개요", "추경예산주요사업개요": its items)."""
    rest = _bare_title(key[key.index(word) + len(word):])
    return rest.endswith(BUDGET_SUMMARY_ENDINGS) and not any(
        w in rest for w in BUDGET_ITEM_WORDS
    )


def _bare_title(key: str) -> str:
    """A squashed title without a bracket at its end ("추경예산안총괄(일반회계)")."""
    return str(_END_BRACKET.sub("", key))


def tells_status(key: str) -> bool:
    """Whether a chapter's title (squashed) tells how a kind of projects stands and names
    no plan ("민선8기공약사항추진현황"; not "…추진상황및2026년계획"; what is done about the
    pledges that lag, "…추진현황및향후계획", names none)."""
    for word in STATUS_AFTER_WORDS:
        key = key.replace(word, "")
    return any(w in key for w in STATUS_WORDS) and not any(w in key for w in STATUS_PLAN_WORDS)


def part_role(title: str, words: Sequence[str] | frozenset[str] = tuple(PART_TITLES)) -> str | None:
    """The general-section part a title names: the word alone, or followed by a non-letter.

    >>> part_role("인 력 : 정원 80명"), part_role("예산 집행계획"), part_role("기구현황")
    ('staffing', None, 'organization')
    >>> part_role("재정 현황 (예산 규모)  2조 9,141억원" + " " * 9 + "[단위: 억원]")
    'budget_summary'
    >>> part_role("2022년 예산 현황"), part_role("’25년도 인력현황"), part_role("2022년")
    ('budget_summary', 'staffing', None)
    >>> part_role("2025 예산 현황"), part_role("’25 인력현황"), part_role("2025")
    ('budget_summary', 'staffing', None)
    >>> part_role("인력현황 정원 54명, 현원 52명"), part_role("예산 집행계획 (천원)")
    ('staffing', None)
    >>> part_role("인력현황 관리 및 2021년 조직개편 추진")
    >>> part_role("인    력 : 정원 24명 / 현원 23명 (5급 1, 6급 4, 7급 8, 8급 6, 9급 3, 공무직 1)")
    'staffing'
    >>> part_role("주요기능 : 지역 문화예술 진흥, 도민 문화향유 확대, 관광 마케팅 및 관광자원 개발")
    >>> part_role("조    직 : 2023년 7월 조직개편으로 청년정책팀 신설, 현재 4개 팀으로 운영 중")
    """
    best = _part_word(title, words)
    return PART_TITLES[best] if best else None


#: a staff figure in a part's body ("정원 154명", "정원: 24명")
_STAFF_FIGURE = regex.compile(r"정원[:：]?+\d[\d,]*+명")


def node_part_role(node: Node) -> str | None:
    """The general-section part a node's title names (:func:`part_role`), but for a word
    of :data:`~extract.roles.STAFF_BODY_TITLES` ("2. 정 원") where the node's body (its
    lines after its title, the nodes and tables under it) states no staff: a garden's part
    over "지방정원 | 민간정원", a bullet "○ 정원 154명 / 현원 150명" of no body."""
    word = _part_word(node.title) or _owned_part_word(node.title)
    if word is None:
        return None
    if word in STAFF_BODY_TITLES:
        body = [ln.text for ln in node.body_lines]
        body += [ln.text for n in node.walk() if n is not node for ln in n.lines]
        said = squash(" ".join(body))
        if not any(w in said for w in STAFF_BODY_WORDS) and not _STAFF_FIGURE.search(said):
            return None
    return PART_TITLES[word]


def _owned_part_word(title: str) -> str | None:
    """The part word a title is after the name of the unit whose part it is, and nothing
    more ("3. 사무처 조직", "보건소 인력현황"; not "사무처 조직 개편 추진").

    >>> _owned_part_word("사무처 조직"), _owned_part_word("보건소  인력 현황")
    ('조직', '인력현황')
    >>> [_owned_part_word(t) for t in ("사무처 조직 개편", "조직", "해담 조직")]
    [None, None, None]
    """
    first, _, rest = unglossed(title).strip().partition(" ")
    if not rest or not is_unit_name(first):
        return None
    word = _part_word(rest)
    return word if word is not None and squash(rest) == word else None


def _part_word(
    title: str, words: Sequence[str] | frozenset[str] = tuple(PART_TITLES)
) -> str | None:
    """The word of :data:`~extract.roles.PART_TITLES` a title is (see :func:`part_role`)."""
    title = unglossed(title)
    # measured without the runs of spaces a letter-spaced or tab-aligned title has
    if len(collapse(title)) > MAX_PART_TITLE:
        # (but a label that is the part's word, its figures after the colon however long:
        # "인    력 : 정원 24명 / 현원 23명 (5급 1, 6급 4, …)"; not a sentence of what the
        # body does, "주요기능 : 지역 문화예술 진흥, …")
        label, colon, rest = title.partition(":")
        word = yearless(squash(label))
        return word if colon and word in words and _FIGURES.match(rest) else None
    key = yearless(squash(title))
    best: str | None = None
    for word in words:
        ends = len(key) == len(word) or not key[len(word) : len(word) + 1].isalpha()
        ends = ends or _headline_after(title, key, word)
        if key.startswith(word) and ends and (best is None or len(word) > len(best)):
            best = word
    return best


def chapter_role(title: str) -> str | None:
    """The role a chapter's title names: a chapter word's, or a part of the general
    section's where the title is that part's name, longer than the chapter word it holds
    ("Ⅱ. 부서별 주요업무" lists duties, not the plan its 주요업무 would name).

    >>> chapter_role("부서별 주요업무"), chapter_role("2023년 주요업무 추진계획")
    ('functions', 'plans')
    >>> chapter_role("조직 및 인력"), chapter_role("예 산")
    ('general', 'budget_summary')
    """
    role = top_role(title)
    part = _part_word(title)
    if part is None or PART_TITLES[part] not in GENERAL_PARTS:
        return role
    key = squash(unglossed(title))
    word = next((w for w, r in TOP_TITLES if w in key and r == role), "")
    return PART_TITLES[part] if role is None or len(part) > len(word) else role


#: the letters a part title's word has, at least, to head a headline of figures after a
#: space ("인력현황 정원 54명, 현원 52명"; not "예산 집행계획")
HEADLINE_WORD = 4


def _headline_after(title: str, key: str, word: str) -> bool:
    """Whether ``word`` (what ``key`` starts with) ends at a space in ``title`` and figures
    follow: the part's title and its headline on one line ("인력현황 정원 54명")."""
    if len(word) < HEADLINE_WORD or not key.startswith(word):
        return False
    lead = len(title) - len(title.lstrip())
    seen = 0
    for i, ch in enumerate(title[lead:], start=lead):
        if ch.isspace() or ch == "·":
            continue
        seen += 1
        if seen == len(word):
            return bool(_HEADLINE.match(title[i + 1 :]))
    return False


#: the figures a part's label is followed by, a short word before them maybe ("정원 24명",
#: "1,845,320천원", "3팀"; not "2023년 7월 조직개편으로 …", "2026년 재정자립도 23.4%")
_FIGURES = regex.compile(
    r"^\s*+(?:[가-힣]{1,4}+\s*+[:：]?\s*+)?+\d[\d,.]*+\s*+(?:명|원|억|천|백만|조|개|과|팀|국|실|관)"
)
#: a headline after a part's title: a figure with its unit, after a short word maybe
#: ("정원 54명", "1기획관 3담당관", "세입 161억원"; not "관리 및 2021년 조직개편")
_HEADLINE = regex.compile(
    r"(?<!\s)\s++(?:[가-힣]{1,4}+\s*+[:：]?\s*+)?+\d[\d,.]*+\s*+(?:명|원|억|천|백만|조|개|과|팀|국|실|관)"
)


def _in_general(top: Node | None) -> bool:
    return top is None or top_role(top.title) == "general"


def is_part_title(title: str, top: Node | None) -> bool:
    """An unmarked line that titles a part: of the general section ("조직현황",
    "예산현황"), or of a plan split by division ("복지정책과")."""
    title = unglossed(title)
    if top is None and squash(title) in WHOLE_TOP_TITLES:
        return True  # ("총 괄": a chapter with no numeral, before the first)
    if _in_general(top):
        return (
            part_role(title, UNMARKED_PART_TITLES) is not None
            or squash(title) in UNROLED_PART_TITLES
        )
    if top is not None and top_role(top.title) == "audit":
        key = squash(title)
        return len(key) <= MAX_UNIT_NAME * 2 and key.startswith(AUDIT_PART_TITLES)
    environment = top is not None and top_role(top.title) == "environment"
    if environment and squash(title).replace("·", "") in ENVIRONMENT_PART_TITLES:
        return True
    return titled_unit(title) is not None


#: the vocabulary's rules for the outline stage
TITLES = TitleRules(
    part=is_part_title,
    chapter=lambda title: top_role(title) is not None,
    unit=is_unit_name,
    appendix=lambda title: top_role(title) == "appendix",
    role=top_role,
)
