"""A budget book's header printed over lines of its own (a PDF's drawn header, its row
header's cell wrapped in a narrow column: ``부서 / 정책사업 / 단위사업 / 세부`` / ``사업 /
편성목`` / ``예산액 전년도 비교증감 산 출 기 초``): one header, its broken level word made
whole again, so that its columns are read."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from extract.document import Line
from extract.parse.text import squash
from extract.parse.vocab import BOOK_HEADER_LEVELS, ROW_HEADER_LABELS

#: a line of figures (a row's): a bare amount or count among its words
_FIGURE = regex.compile(r"(?:^|\s)[△▲-]?+\d{1,3}+(?:,\d{3})*+(?:\s|$)")
#: a level word's part at a line's end or start (the words between the slashes)
_TAIL = regex.compile(r"(?:^|/)\s*+([^/\s]++)\s*+$")
_HEAD = regex.compile(r"^\s*+([^/\s]++)")

_MAX_LINES = 3


def _joined(text: str, nxt: str) -> str:
    """``text`` and the line after it: no space where a level word was broken between
    them ("… / 세부" + "사업 / 편성목")."""
    tail, head = _TAIL.search(text), _HEAD.match(nxt)
    levels = BOOK_HEADER_LEVELS | ROW_HEADER_LABELS
    if (
        tail is not None and head is not None and "/" in text
        and squash(tail[1]) not in levels and squash(tail[1] + head[1]) in levels
    ):  # fmt: skip
        return text.rstrip() + nxt.lstrip()
    return f"{text.rstrip()} {nxt.lstrip()}"


def whole_header(
    header: Line | None, rest: Sequence[Line], fields: Callable[[Line], list[str] | None]
) -> tuple[Line | None, list[Line], list[Line]]:
    """``(header, rest, joined)``: where ``header`` names a book's levels but no columns
    (``fields`` gives none), it joined with the lines after it that hold no figures, up to
    the first that makes its columns whole (``joined``: those lines); else as they are."""
    if header is None or "/" not in header.text or fields(header) is not None:
        return header, list(rest), []
    text = header.text
    for k, ln in enumerate(rest[:_MAX_LINES]):
        if _FIGURE.search(ln.text) is not None:
            break
        text = _joined(text, ln.text)
        whole = Line(header.no, text, text, header.page, header.kind, header.where)
        if fields(whole) is not None:
            return whole, list(rest[k + 1 :]), list(rest[: k + 1])
    return header, list(rest), []
