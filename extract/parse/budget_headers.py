"""What a budget table's headers and labels say about an amount: the money unit a column
or row declares, the header path's parts, a column or row of differences and rates, a
category, a side's total, an account a row names and the year a header gives.

:mod:`extract.parse.budget_lines` gives each amount its meaning with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from extract.layout import Table
from extract.layout.caption_units import header_unit
from extract.layout.tables import UNIT_COLUMN, is_value
from extract.normalize.spacing import despace_label
from extract.normalize.vocab import UNITS
from extract.parse.budget_scope import header_year
from extract.parse.budget_table import GridCell
from extract.parse.budget_vocab import (
    ACCOUNT_KINDS,
    AMOUNT_KIND_DRAFT,
    AMOUNT_KIND_ORDINAL,
    AMOUNT_KIND_WORDS,
    DIFFERENCE_WORDS,
    RATE_ROW_ENDINGS,
    RATE_ROWS,
    SIDE_WORDS,
)
from extract.parse.budget_words import (
    amount,
    bare,
    clean_label,
    is_account_name,
    is_difference_or_rate,
    is_figure,
    is_not_amount_header,
    is_total_label,
    is_unit_name,
    name_of,
    opens_side,
)
from extract.parse.text import squash

#: a header that is a year alone ("2023"), which names its column and is no figure
BARE_YEAR = regex.compile(r"^(?:19|20)\d{2}$")


def column_unit(table: Table, col_header: str) -> str | None:
    """The unit a column declares: in its header ("예산(백만원)", "정원(명)"), or by the
    caption's list of units ("단위: 개, 명, 백만원" over 과, 팀, 정원 ...)."""
    return header_unit(col_header) or table.column_unit(col_header)


def row_money(table: Table, row_header: str) -> str | None:
    """The money unit a row's cell of a column of units says, if any."""
    unit = "".join(table.row_units.get(row_header, "").split())
    return unit if unit in UNITS else None


def rows_money(table: Table) -> str | None:
    """The money unit most rows of a table with a column of units say ("백만원" where one
    row, a fund's, says "천원"), where the caption and the headers say none."""
    found = Counter(u for r in table.row_units if (u := row_money(table, r)) is not None)
    return found.most_common(1)[0][0] if found else None


def columns_money(table: Table) -> str | None:
    """The one money unit the columns of a table with none in its caption declare."""
    found = {
        u for c in table.cells if not c.is_header
        if (u := column_unit(table, c.col_header)) in UNITS
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


def header_parts(path: str) -> list[str]:
    """A column header path's parts, figures aside, letter-spacing undone ("2 0 2 6 년")."""
    return [
        p for p in (q.strip() for q in despace_label(path).split(" / "))
        if p and (not is_figure(p) or BARE_YEAR.match(p))
    ]  # fmt: skip


def in_row_label(cell: GridCell, cells: Sequence[GridCell], side: int, head: int) -> str | None:
    """The text cell left of a value in the same row (two 구분 | 예산액 pairs side by side;
    the layout marks the right pair's label a row header of its panel; an amount of the
    caption's unit after its 조, "80조 7,290" in a 계 column, is no label)."""
    left = [
        c for c in cells
        if c.row == cell.row and side <= c.col < cell.col and c.row >= head
        and c.text and not is_figure(c.text) and amount(c.text, "원") is None
        and not is_value(c.text)
        and not UNIT_COLUMN.search(squash(c.col_header.rsplit(" / ", 1)[-1]))
    ]  # fmt: skip  # (not the row's unit, "단 위 | 백만원": no label)
    return max(left, key=lambda c: c.col).text if left else None


def excluded_kind(parts: Iterable[str]) -> str | None:
    """'difference' or 'rate' or 'other' for a header path that is not an amount's; the
    nearest header decides ("증 감 (B-A) / (B-A)/A" is the rate under the difference)."""
    against = None  # ("증 감 률(%) / ’24년 당초 대비": what the rate above it is against)
    for p in reversed(list(parts)):
        if is_difference_or_rate(p):
            key = bare(p)
            words = [w for w in DIFFERENCE_WORDS if w in key]
            if not words or "률" in key or "율" in key:
                return "rate"
            if words == ["대비"] and against is None:
                against = "difference"  # (a basis only: the header above it decides)
                continue
            return "difference"
        if is_not_amount_header(p):
            return against or "other"
    return against


def is_difference_row(label: str) -> bool:
    """A row of differences or rates ("증 감", "증감률", "구성비"), not a category that
    happens to hold such a word ("4차산업혁명대비 ...")."""
    key = bare(clean_label(label))
    return (
        key.startswith(DIFFERENCE_WORDS[:1]) or key in {*DIFFERENCE_WORDS, *RATE_ROWS}
        or key.endswith(RATE_ROW_ENDINGS)  # ("부채비율": a ratio of its own)
    )


def _kind_of(label: str) -> str | None:
    key = bare(clean_label(label))
    for ending, kind in ACCOUNT_KINDS:
        if key.endswith(ending) or (kind == "기금" and kind in key):
            return kind
    return None


#: the longest row label read as a kind of amount, which it ends with ("당초예산", "조성액"),
#: not a category that holds such a word ("예산지출(a)", "공공언어 개선 및 여건조성")
MAX_KIND_LABEL = 6


def is_category(text: str, known: Sequence[str]) -> bool:
    key = bare(clean_label(text))
    return bool(key) and not (
        is_total_label(text)
        or is_account_name(text)
        or key in {w for w, _ in SIDE_WORDS}
        or opens_side(text) is not None  # ("세 출 계")
        or is_unit_name(text, known)
        or _year_label(text)
        or _amount_kind(key)
    )


#: a name that opens with a bare year, then its words ("2040 누리 도시기본계획 수립"; not a
#: year's label, "2026년 예산", "2025년도말 조성예정액", "2026 예산")
_NAMED_AFTER_YEAR = regex.compile(r"^\s*+(?:19|20)\d{2}\s++(?!년)\S++\s++\S")


def _year_label(text: str) -> bool:
    """A label of a year's amounts, not a name that opens with a year."""
    return header_year(text) is not None and not _NAMED_AFTER_YEAR.match(text)


def is_side_total(label: str) -> bool:
    """A side's total named so ("세 입 계", "세출 합계"), not the side alone ("세 입": its
    figures by account may be the body's own)."""
    return opens_side(label) is not None and squash(label) not in {w for w, _ in SIDE_WORDS}


#: a 추경's ordinal opening a kind's header ("제1회 추경")
_ORDINAL = regex.compile("^" + AMOUNT_KIND_ORDINAL)


def _amount_kind(key: str) -> bool:
    """A label that says what kind of amount a column is ("기금운용", "당초예산", "요구액"):
    a kind's word after two letters at most, or after figures; not a programme's name
    that ends like one ("인적자원운용").  A 추경's ordinal before it and a draft's 안 after
    it aside ("제1회 추경", "추경예산안").

    >>> [_amount_kind(k) for k in ("제1회추경", "추경예산안", "제2회추경예산안", "치안", "사업비")]
    [True, True, True, False, False]
    """
    key = _ORDINAL.sub("", key)
    if key.endswith(AMOUNT_KIND_DRAFT) and len(key) > len(AMOUNT_KIND_DRAFT) + 1:
        key = key[: -len(AMOUNT_KIND_DRAFT)]
    if len(key) > MAX_KIND_LABEL:
        return False
    word = next((w for w in AMOUNT_KIND_WORDS if key.endswith(w)), None)
    lead = key[: len(key) - len(word)] if word is not None else None
    return lead is not None and (len(lead) <= 2 or not regex.sub(r"[\d’'.년도]", "", lead))


def named_account(label: str) -> str:
    """An account's name, the full one where a bracket gives it ("특별회계 (농어촌구조개선
    특별회계)")."""
    inner = regex.search(r"[(（]([^()（）]+)[)）]", label)
    if inner is not None and is_account_name(squash(inner[1])):
        return squash(inner[1])
    return name_of(label)


def label_year(parts: Sequence[str]) -> int | None:
    return next((y for p in parts if (y := header_year(p)) is not None), None)


def row_account(label: str, ancestors: Sequence[str]) -> str | None:
    """An account named by the row: its own name (일반회계), or a name under a row of
    accounts of one kind ("공기업" under 특별회계 is 공기업특별회계)."""
    if not label or is_total_label(label):
        return None
    if is_account_name(label):
        return named_account(label)  # ("기금 (농어업인안전기금)": the fund's own name)
    kind = next((k for a in ancestors if (k := _kind_of(a))), None)
    if kind is None:
        return None
    name = name_of(label)
    return name if bare(name).endswith(kind) else name + kind
