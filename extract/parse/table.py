"""Small numeric tables read as token streams.

A row is a label (words) followed by numbers.  Readers break table rows
into lines differently (a text export puts a wrapped label on its own line,
the PDF reader joins single-line cells), so rows are rebuilt from tokens:
words seen before any number are the label, numbers fill the columns, and a
word after numbers starts the next row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout.vocab import CONTINUED_MARKS, REMARK_WORDS
from extract.parse.base import Parsed
from extract.parse.budget_vocab import GOVERNMENT_SOURCES
from extract.parse.text import Token, despace, is_fraction, is_rate, squash, tokens
from extract.parse.vocab import BOOK_HEADER_LEVELS, ITEM_HEADER_LABELS, ROW_HEADER_LABELS


@dataclass(slots=True)
class Row:
    """A table row: its label, its number tokens, and the lines it came from."""

    label_tokens: list[Token] = field(default_factory=list)
    values: list[Token] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    @property
    def label(self) -> str:
        return despace(" ".join(t.text for t in self.label_tokens))

    @property
    def key(self) -> str:
        return squash(self.label)

    @property
    def raw(self) -> str:
        """The row's own tokens as written (not whole lines: a line may hold many rows)."""
        return " ".join(t.text for t in [*self.label_tokens, *self.values])

    def _add_line(self, line: Line) -> None:
        if not self.lines or self.lines[-1] is not line:
            self.lines.append(line)


#: a negative figure in accounting brackets: "(216)", "(21.6)"
_BRACKETED = regex.compile(r"^\(\d{1,3}(?:,\d{3})*+(?:\.\d+)?\)$|^\(\d+(?:\.\d+)?\)$")
#: most tokens a figure's share in brackets spans ("(국", "1,200,", "시", "300)")
SHARE_REACH = 8
#: a year a row's name may open with ("2019 청람 방문의 해 운영 3,500,000")
_YEAR_WORD = regex.compile(r"^(?:19|20)\d{2}$")


def _opens_name(toks: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a year that opens a row's name: first on its line, words
    after it on the line, and the row's figures after those."""
    tok = toks[i]
    if not _YEAR_WORD.match(tok.text) or (i and toks[i - 1].line is tok.line):
        return False
    rest = [t for t in toks[i + 1 :] if t.line is tok.line]
    return bool(rest) and not rest[0].is_number and any(t.is_number for t in rest[1:])


def numeric_rows(
    lines: Sequence[Line],
    ncols: int | None = None,
    unit: str | None = None,
    rate_at: int | None = None,
    signed_from: int | None = None,
    bracketed_rates: bool = False,
) -> list[Row]:
    """Rows of ``label value...``; with ``ncols`` a row takes at most that many values;
    in a ``unit`` that prints fractions (억원), "168.73" is a value too, and so is a
    figure with a fraction in column ``rate_at`` (a rate printed without its %, under
    "증감률(%)": "8.9", "△3.1"); from column ``signed_from`` on (a difference and its
    rate), a figure in accounting brackets is a value too ("(216)", "(21.6)"), or, with
    ``bracketed_rates``, a rate in brackets after its difference ("증감(증감률)" over
    "1,000 (10.0)"), no sign.

    Words after a row's numbers start a new row; numbers beyond ``ncols``
    also start a new row (with an empty label).  A trailing label with no
    numbers is returned as a row with no values, so nothing is dropped.
    """
    rows: list[Row] = []
    cur = Row()
    toks = tokens(lines)
    texts = [t.text for t in toks]
    share_end = 0
    for i, tok in enumerate(toks):
        at_rate = rate_at is not None and len(cur.values) == rate_at
        if _bullet_dash(toks, i):
            continue  # ("- 지역개발특별회계 1,245.6 …": a sub-item's mark, no nil value)
        if share_end > i or (cur.values and (share_end := _share(toks, i)) > i):
            cur._add_line(tok.line)  # (a figure's share in brackets, no row: "(국 524,000)")
            continue
        if _opens_name(toks, i):
            if cur.values:
                rows.append(cur)
                cur = Row()
            cur.label_tokens.append(tok)
        elif (
            tok.is_number
            # (a figure that ends its line is before nothing: the next line's words are the
            # next row's name: "… 391.9" / "교통정책과 …")
            or is_fraction(texts[: i + 1] if _ends_line(toks, i) else texts, i, unit)
            or (at_rate and is_rate(tok.text))
            or (
                signed_from is not None and len(cur.values) >= signed_from
                and _BRACKETED.match(tok.text) is not None
            )
        ):
            if ncols is not None and len(cur.values) >= ncols:
                rows.append(cur)
                cur = Row()
            if bracketed_rates and _BRACKETED.match(tok.text):
                tok = Token(tok.text[1:-1], tok.line)
            cur.values.append(tok)
        else:
            if cur.values:
                rows.append(cur)
                cur = Row()
            cur.label_tokens.append(tok)
        cur._add_line(tok.line)
    if cur.lines:
        rows.append(cur)
    return rows


def _share(toks: Sequence[Token], i: int) -> int:
    """The end (exclusive) of a bracket that opens at token ``i`` and names a government's
    share of the figure before it, "(국 1,596,610)", "(국비 40%)"; else 0."""
    first = toks[i].text
    if not first.startswith(("(", "（")):
        return 0
    word = first[1:].rstrip("0123456789,.%)）")
    if word not in GOVERNMENT_SOURCES:
        return 0
    for j in range(i, min(i + SHARE_REACH, len(toks))):
        if toks[j].text.endswith((")", "）")):
            return j + 1
    return 0


def _ends_line(toks: Sequence[Token], i: int) -> bool:
    return i + 1 == len(toks) or toks[i + 1].line is not toks[i].line


def _bullet_dash(toks: Sequence[Token], i: int) -> bool:
    """Whether a dash opens its line before a name: a sub-item's mark, not a nil value."""
    tok = toks[i]
    first = i == 0 or toks[i - 1].line is not tok.line
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        tok.text in ("-", "–") and first and nxt is not None and nxt.line is tok.line
        and not nxt.is_number
    )  # fmt: skip


#: words a repeated header may end with, saying the table goes on ("(계속)")
CONTINUED_WORDS: tuple[str, ...] = (*CONTINUED_MARKS, "계속")


def repeated_header(header: Line, lines: Sequence[Line]) -> list[Line]:
    """The body lines that repeat the header (a table split, or continued over a page,
    with its header again on top, "(계속)" after it or not, on one line or wrapped onto
    two): no row, nor words of the next row's name."""
    key = squash(header.text)
    content = [ln for ln in lines if ln.is_content]
    out: list[Line] = []
    for i, ln in enumerate(content):
        here = _without_continued(squash(ln.text))
        if here == key:
            out.append(ln)
        elif here and key.startswith(here) and i + 1 < len(content):
            both = _without_continued(here + squash(content[i + 1].text))
            if both == key:
                out += [ln, content[i + 1]]
    return out


def _without_continued(key: str) -> str:
    for word in CONTINUED_WORDS:
        if key.endswith(word):
            return key[: -len(word)]
    return key


def without_remarks(
    header: Line, lines: Sequence[Line], columns: int | None = None
) -> tuple[Line, list[Line]]:
    """A header whose last column is a remark (비고, 참고: :data:`REMARK_WORDS`) without
    it, and each body line cut after its row's ``columns`` values (default: the header's
    other columns): a remark ("시설 조성 완료", "사고이월 200,000", "결원 2") is no
    value, nor the next row's name.  Any other header and its lines as they are.  A
    remark that wraps onto a line of its own is not undone."""
    toks = tokens([header])
    # (letter-spaced over four tokens at most: "산 출 기 초")
    n = next((k for k in (1, 2, 3, 4) if len(toks) > k and _is_remark(toks[-k:])), 0)
    if not n:
        return header, list(lines)
    cut = header._replace(text=header.text[: header.text.rfind(toks[-n].text)].rstrip())
    if columns is None:
        columns = len(header_columns(cut))
    return cut, [_cut_after(ln, columns) for ln in lines]


def _is_remark(toks: Sequence[Token]) -> bool:
    """Whether the header's last tokens spell a remark ("비고", letter-spaced "비 고")."""
    return squash("".join(t.text for t in toks)) in REMARK_WORDS


def _cut_after(ln: Line, columns: int) -> Line:
    """``ln`` up to its ``columns``-th value (as it stands if it has fewer, or no more)."""
    words = tokens([ln])
    # (a rate without its %, "7.6" under "증감률(%)", is a value: else the remark after it
    # stays on the line and names the next row, "폐기물처리수수료 등 자원순환과")
    values = [
        i for i, w in enumerate(words)
        if (w.is_number or is_rate(w.text)) and not _opens_name(words, i)
    ]  # fmt: skip
    if columns <= 0 or len(values) < columns or values[columns - 1] == len(words) - 1:
        return ln
    pos = 0
    for w in words[: values[columns - 1] + 1]:  # (the words again, in order, in the line)
        pos = ln.text.index(w.text, pos) + len(w.text)
    return ln._replace(text=ln.text[:pos])


def match_words(toks: Sequence[Token], vocab: dict[str, str]) -> list[tuple[str, list[Token]]]:
    """Group header tokens into vocabulary words, undoing letter-spacing.

    ``["완", "료", "추진중"]`` with ``{"완료": ..., "추진중": ...}`` gives
    ``[("완료", [완, 료]), ("추진중", [추진중])]``.  Tokens that never make a
    known word come out one by one under their own text.
    """
    out: list[tuple[str, list[Token]]] = []
    i = 0
    while i < len(toks):
        acc = ""
        hit = None
        for j in range(i, min(len(toks), i + 8)):
            acc += squash(toks[j].text)
            if acc in vocab:
                hit = j
                break
        if hit is None:
            out.append((toks[i].text, [toks[i]]))
            i += 1
        else:
            out.append((acc, list(toks[i : hit + 1])))
            i = hit + 1
    return out


def split_header(
    lines: Sequence[Line], labels: frozenset[str] = ROW_HEADER_LABELS
) -> tuple[Line | None, list[Line], list[Line]]:
    """``(header, before, after)``: the first line that starts with 구분/부서명 (or
    another of ``labels``, a row header's words)."""
    for i, ln in enumerate(lines):
        key = squash(ln.text)
        if any(key.startswith(w) for w in labels):
            return ln, list(lines[:i]), list(lines[i + 1 :])
    return None, [], list(lines)


def header_columns(header: Line, labels: frozenset[str] = ROW_HEADER_LABELS) -> list[Token]:
    """The header's column tokens after its row-header label (구 분, 부서명 / 사업명, or
    another of ``labels``)."""
    toks = tokens([header])
    acc = ""
    for i, tok in enumerate(toks):
        acc += squash(tok.text)
        if acc in labels:
            rest = toks[i + 1 :]
            # "부서명 / 사업명": a slash and a second label belong to the row header
            # (as do the levels of a budget book's rows: "부서 / 정책사업 / … / 편성목")
            while rest and (rest[0].text == "/" or squash(rest[0].text) in labels):
                level = len(rest) > 1 and squash(rest[1].text) in BOOK_HEADER_LEVELS
                rest = rest[2:] if rest[0].text == "/" and level else rest[1:]
            # ... and so does a label of the items spaced out ("팀 명 | 세 부 사 업 | …")
            for n in range(1, min(len(rest), 5) + 1):
                if "".join(squash(t.text) for t in rest[:n]) in ITEM_HEADER_LABELS:
                    return rest[n:]
            return rest
    return toks


def warn_unnamed(out: Parsed, table: str, row: Row) -> None:
    """Numbers without a row name are kept (nothing is dropped) and said to be odd."""
    out.warn(
        f"{table}.no_label",
        f"numbers without a row name: {row.raw[:80]!r}; kept as an unnamed row",
        row.lines,
    )
