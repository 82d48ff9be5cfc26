"""The words of a budget table: what its labels and headers say, and its amount cells.

:func:`clean_label` / :func:`name_of` read a label as printed (bullets, footnote marks and
letter-spacing dropped); the ``is_*`` predicates say what a label or header names (a
total, a subtotal, an account, an organisation unit, a difference or rate);
:func:`unit_axis` whether a table's labels are units; :func:`amount` the won of an amount
cell.  :mod:`extract.parse.budget_table` reads a table's rows with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.normalize import parse_money
from extract.parse.budget_vocab import (
    ACCOUNT_ENDINGS,
    ACCOUNT_KINDS,
    BREAKDOWN_ENDINGS,
    BUDGET_BASES,
    DIFFERENCE_WORDS,
    FUND_SIDE_WORDS,
    GOVERNMENT_SOURCES,
    LINE_BASES,
    NOT_AMOUNT_HEADERS,
    NOT_BUDGET_HEADERS,
    NOT_UNIT_WORDS,
    OWN_COST_WORDS,
    RATE_WORDS,
    ROW_MARKERS,
    SIDE_WORDS,
    STRONG_UNIT_ENDINGS,
    SUBTOTAL_WORDS,
    TEAM_ENDINGS,
    TOTAL_PREFIX,
    TOTAL_PREFIX_WORDS,
    TOTAL_WORDS,
    UNIT_ENDINGS,
)
from extract.parse.text import collapse, despace, squash
from extract.parse.vocab import TOTAL_LABELS
from extract.unit_names import unnumbered

#: labels that name a kind of account and nothing else
KIND_WORDS = frozenset(kind for _, kind in ACCOUNT_KINDS)
#: a figure followed by its share in parentheses: "51,288(30.7)", "35,682 (18.8%)"
_SHARE = re.compile(
    r"^(?P<amount>.*?\d)\s*\(\s*(?:(?:"
    + "|".join(sorted(GOVERNMENT_SOURCES, key=len, reverse=True))
    + r")\s*)?[△▽-]?\d[\d,.]*\s*%?\s*\)$"
)
#: a government's share in brackets after a figure: "812,345 (국 524,000)"
_SOURCE_SHARE = re.compile(
    r"^.*?\d\s*\(\s*(?P<source>"
    + "|".join(sorted(GOVERNMENT_SOURCES, key=len, reverse=True))
    + r")\s*(?P<figure>\d[\d,.]*)\s*\)$"
)
#: parenthesized text of a header ("예산액(구성비)", "증 감 률(%)", "2021년 (A)")
_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
#: a rate written as a formula of column letters: "(B-A)/A", "B/A"
_RATIO = re.compile(r"^\(?[A-Za-z][A-Za-z+\-\s]*\)?\s*/\s*\(?[A-Za-z]")
#: leading bullet marks of a row label
_MARK = re.compile(rf"^(?P<mark>[{re.escape(ROW_MARKERS)}])\s*(?=\S)")
#: trailing footnote marks of a label ("기 후 대 응 기 금 *", "세외수입¹"); a match starts
#: only where a run of marks starts (a search on a long run is linear)
_FOOTNOTE = re.compile(r"(?<![\s*※¹²³⁴⁵⁶⁷⁸⁹])[\s*※¹²³⁴⁵⁶⁷⁸⁹]++$")
#: a figure alone (a header cell that holds a value: the column's total)
_FIGURE = re.compile(r"^[△▽-]?\s*\d[\d,]*(?:\.\d+)?$")


def bare(text: str) -> str:
    """A header without its parenthesized parts, squashed: "증 감 률(%)" -> "증감률"."""
    return squash(_PARENS.sub("", text))


def is_difference_or_rate(header: str) -> bool:
    """A header of differences or rates (증감, 증감률, 구성비, "(B-A)/A", "%")."""
    key = bare(header)
    if _RATIO.match(header.strip()):
        return True
    if not key:
        return squash(header) in {"(%)", "%"}
    return any(w in key for w in (*DIFFERENCE_WORDS, *RATE_WORDS))


def is_not_amount_header(header: str) -> bool:
    """A header over figures that are not amounts of the budget: 설치년도, 존속기한, 인원;
    이월액 (money, but no part of the year's budget)."""
    key = bare(header)
    if key.endswith(NOT_BUDGET_HEADERS):
        return True  # (a year before it too: "2025년 이월액")
    if any(ch.isdigit() for ch in key):
        return False
    return any(key.endswith(w) or key == w for w in NOT_AMOUNT_HEADERS)


def is_total_label(text: str) -> bool:
    """계, 합 계, 총계(A), 총지출(a+b): the label of a total."""
    key = bare(clean_label(text))
    if key in TOTAL_WORDS:
        return True
    rest = key.removeprefix(TOTAL_PREFIX)
    return rest != key and any(rest.startswith(w) for w in TOTAL_PREFIX_WORDS)


def budget_basis(header: str) -> str | None:
    """The footing a budget column's header states its amounts on ("추경예산(안)(B)": 추경,
    "’26년 당초예산": 본예산, "2026 계획": 계획), None where it names none ("2026년 예산")."""
    key = squash(header)
    return next((basis for word, basis in BUDGET_BASES if word in key), None)


def line_basis(label: str) -> str | None:
    """The state of the year's budget a budget line's column header names ("기정예산액":
    기정, "추경예산액(안)", "2026 제1회 추경": 추경, "최종예산", "예산현액": 최종), None
    where it names none ("2026년 예산", "2026 계획")."""
    key = squash(label)
    return next((basis for word, basis in LINE_BASES if word in key), None)


def is_pure_total(text: str) -> bool:
    """A total label that says nothing else (계, 합계, 총계): its unit is 계."""
    return bare(clean_label(text)) in TOTAL_WORDS


def is_subtotal_label(text: str) -> bool:
    return bare(clean_label(text)) in SUBTOTAL_WORDS


def is_breakdown_label(text: str) -> bool:
    """A group label naming what its rows break the whole down by: 회계별, 부서별 (not a
    name, nor an account)."""
    key = bare(clean_label(text))
    return len(key) >= 2 and key.endswith(BREAKDOWN_ENDINGS) and not is_account_name(key)


def marker_of(text: str) -> str | None:
    m = _MARK.match(text.strip())
    return m["mark"] if m else None


def clean_label(text: str) -> str:
    """A label as printed, without its bullet, footnote marks and letter-spacing."""
    t = collapse(text)
    m = _MARK.match(t)
    if m:
        t = t[m.end() :]
    t = _FOOTNOTE.sub("", t)
    t = despace(t).strip()
    t = re.sub(r"\s+\)", ")", re.sub(r"\(\s+", "(", re.sub(r"([·ㆍ])\s+", r"\1", t)))
    words = t.split()
    singles = [w for w in words if len(w) == 1]
    if (
        len(words) >= 4 and all(len(w) <= 2 for w in words) and singles
        and not all(w in _JOINING_WORDS for w in singles)
    ):  # fmt: skip
        # justified text: "기 반시 설부 담구 역" (not words of two letters each, "맑은 공기
        # 도시 조성", nor joined by a word of one letter, "빈집 정비 및 활용")
        t = "".join(words)
    return t


#: words of one letter that join two of a name's words ("빈집 정비 및 활용")
_JOINING_WORDS = frozenset({"및", "등", "의", "와", "과"})


def name_of(text: str) -> str:
    """A unit's or an account's name: the clean label without any space."""
    return "".join(clean_label(text).split())


def is_account_name(text: str) -> bool:
    """일반회계, 교통사업특별회계, 재해구호기금, 양성평등계정 (not 기금지출)."""
    key = bare(clean_label(text))
    return len(key) >= 2 and key.endswith(ACCOUNT_ENDINGS)


def is_unit_name(text: str, known: Iterable[str] = ()) -> bool:
    """A label that is an organisation unit's name (관광정책과, 신공항사업지원단, 사업소,
    세무2과; not 2과, a count).

    >>> is_unit_name("세무2과"), is_unit_name("2과"), is_unit_name("세무2과제")
    (True, False, False)
    """
    name = name_of(text)
    if squash(name) in {squash(k) for k in known}:
        return True
    # (a number among sibling units is no letter of the name: "세무1과", "세무2과")
    name = unnumbered(name)
    if not (2 <= len(name) <= 15) or not all("가" <= ch <= "힣" or ch == "·" for ch in name):
        return False
    if " " in clean_label(text) and len(clean_label(text).split()) > 1:
        return False
    if is_account_name(name) or any(w in name for w in NOT_UNIT_WORDS):
        return False
    return name.endswith(UNIT_ENDINGS)


def is_own_cost(label: str) -> bool:
    """A row of the body's own running costs ("행정운영경비", "기본경비(도시디자인과)")."""
    return squash(label).partition("(")[0] in OWN_COST_WORDS


def unit_axis(labels: Sequence[str], known: Iterable[str] = ()) -> bool:
    """Whether ``labels`` (a table's row labels or column headers, totals aside) are units."""
    known = list(known)
    # (an account's row over its divisions, "일반회계", groups units: no unit of its own;
    # nor is a side's, "세 입" beside "세 출 계" over the divisions)
    # (nor is the body's own running costs, "행정운영경비" below its teams)
    names = [
        lb for lb in labels
        if lb and not is_total_label(lb) and not is_subtotal_label(lb) and not is_account_name(lb)
        and not opens_side(lb) and not is_own_cost(lb)
    ]  # fmt: skip
    if not names or not all(is_unit_name(lb, known) for lb in names):
        return False
    known_keys = {squash(k) for k in known}
    # (or every one a team: the rows of a 과's own budget, "농업정책팀 | 청년농업팀")
    teams = len(names) > 1 and all(name_of(lb).endswith(TEAM_ENDINGS) for lb in names)
    return teams or any(
        name_of(lb).endswith(STRONG_UNIT_ENDINGS) or squash(name_of(lb)) in known_keys
        for lb in names
    )


def amount(text: str, unit: str) -> int | None:
    """The won of an amount cell written in ``unit`` ("51,288(30.7)": its share dropped)."""
    t = collapse(text)
    if not t:
        return None
    m = _SHARE.match(t)
    if m:
        t = m["amount"].strip()
    try:
        return parse_money(t, unit=unit)
    except ValueError:
        return None


def bracket_share(text: str) -> tuple[str, str] | None:
    """The source and figure of a government's share in brackets after an amount
    ("812,345 (국 524,000)" -> ("국", "524,000")), or None.

    >>> bracket_share("812,345 (국 524,000)"), bracket_share("51,288(30.7)")
    (('국', '524,000'), None)
    """
    m = _SOURCE_SHARE.match(collapse(text))
    return (m["source"], m["figure"]) if m else None


def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(collapse(text)))


def side_total(label: str) -> tuple[str, str] | None:
    """A total's row that opens with the side its rows are of, the side's cell merged over
    them ("수 입 계", "세출 합계"), or names the side alone ("세 입" across the label
    columns over the side's figures): the side, and the label without it (계 for a side
    alone).

    >>> side_total("수 입 계"), side_total("세출 합계"), side_total("세 입")
    (('revenue', '계'), ('expenditure', '합계'), ('revenue', '계'))
    >>> side_total("수입인지")
    """
    key = squash(label)
    for word, side in SIDE_WORDS:
        if key == word:
            return side, "계"
        if key.startswith(word) and key[len(word) :] in TOTAL_LABELS:
            return side, key[len(word) :]
    return None


def fund_side(label: str) -> str | None:
    """The side of a fund a total's row opens, its rows after it of that side ("조 성 액 계"
    over 이월금 and 이자수입: revenue; "운용액 계" over the fund's programmes: expenditure).

    >>> fund_side("조 성 액 계"), fund_side("운용 합계"), fund_side("조성사업")
    ('revenue', 'expenditure', None)
    """
    key = bare(clean_label(label))
    for word, side in FUND_SIDE_WORDS:
        rest = key.removeprefix(word).removeprefix("액") if key.startswith(word) else ""
        if rest in TOTAL_WORDS:
            return side
    return None


def opens_side(label: str) -> str | None:
    """The side a row names alone or as its total ("세 입", "세 출 계"), whose rows it opens:
    the rows after it are of that side, up to the next such row.

    >>> opens_side("세 입"), opens_side("세 출 계"), opens_side("세외수입")
    ('revenue', 'expenditure', None)
    """
    key = squash(label)
    return next(
        (side for word, side in SIDE_WORDS
         if key == word or (key.startswith(word) and key[len(word) :] in TOTAL_LABELS)),
        None,
    )  # fmt: skip
