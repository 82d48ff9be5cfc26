"""A group's name on the line over a text table's whole header line.

A header of two rows whose merged cells, the row label's and the columns of no group,
are printed on the lower line, beside the names of the group's columns, with the group's
name alone on the line above, spaced out over its columns::

                    정              규              직
       구  분    계    소계   1급  2급  …  7급   무기계약직   기간제
       정  원    62     48     1    3  …    6        8          6

The group's name is over the columns it stands over (`정규직 / 1급`), the others are
names of their own over both rows (`계`, `무기계약직`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from extract.document import Line
from extract.layout.captions import is_caption, is_title
from extract.layout.cells import is_value
from extract.layout.gapgrid import letter_phrases
from extract.layout.markers import read_marker
from extract.layout.textspans import COLUMN_GAP, SINGLE_LETTER, line_spans

#: how a caption or a note opens: no group's name
_CAPTION_OPEN = ("(", "（", "[", "<", "※", "*")
#: the least columns a group stands over
MIN_COLUMNS = 2

Groups = list[tuple[str, list[str]]]


def _group_name(above: Line) -> tuple[str, int, int] | None:
    """The one phrase a line holds, its letters however wide apart joined ("정 규 직")."""
    spans = line_spans(above)
    if not spans or any(is_value(w) for w, _, _ in spans):
        return None
    if len(spans) > 1 and all(SINGLE_LETTER.match(w) for w, _, _ in spans):
        gaps = [a - b for (_, _, b), (_, a, _) in itertools.pairwise(spans)]
        if max(gaps) - min(gaps) > (0 if min(gaps) <= 1 else 1):
            # (words, each spaced out and set a space further apart: "직 급 별  현 원", a
            # title, no one name; a name spread wide may stand a column off even)
            return None
        return " ".join(w for w, _, _ in spans), spans[0][1], spans[-1][2]
    found = letter_phrases(spans)
    if len(found) != 1 or (len(spans) > 1 and not all(SINGLE_LETTER.match(w) for w, _, _ in spans)):
        return None  # (a phrase of words, "직급별 현원": a title over the table, no group)
    return found[0]


def group_over(
    above: Line | None, head: Line, n_label: int, header: Sequence[str]
) -> Groups | None:
    """The header's names (``header``, one a value column, named on ``head`` after its
    label's ``n_label`` words) under a group's name on the line right ``above`` it, where
    that name stands over two of them or more side by side and no wider: each name of its
    own, the group with its names, in the columns' order; None for any other line.

    >>> from extract.document import Line
    >>> up = Line(1, "            정      규      직", "")
    >>> head = Line(2, "구  분  계    소계  1급  2급   기간제", "")
    >>> up = Line(1, up.text, up.text); head = Line(2, head.text, head.text)
    >>> group_over(up, head, 2, ["계", "소계", "1급", "2급", "기간제"])
    [('계', []), ('정 규 직', ['소계', '1급', '2급']), ('기간제', [])]
    """
    if above is None or head.no - above.no != 1 or read_marker(above.text) is not None:
        return None
    if above.text.strip().startswith(_CAPTION_OPEN) or is_caption(above) or is_title(above):
        return None  # (nor a caption set with no bracket, "단위 : 명", right over the header)
    group = _group_name(above)
    names = letter_phrases(line_spans(head)[n_label:])
    if group is None or len(names) != len(header):
        return None
    word, start, end = group
    mids = [(a + b) / 2 for _, a, b in names]
    under = [c for c, m in enumerate(mids) if start - COLUMN_GAP <= m <= end + COLUMN_GAP]
    if len(under) < MIN_COLUMNS or len(under) == len(header):
        return None
    if under != list(range(under[0], under[-1] + 1)):
        return None
    first, last = names[under[0]], names[under[-1]]
    if start < first[1] - 2 * COLUMN_GAP or end > last[2] + 2 * COLUMN_GAP:
        return None  # (a name that stands wider than its columns: no group of them)
    out: Groups = []
    for c, name in enumerate(header):
        if c == under[0]:
            out.append((word, [header[n] for n in under]))
        elif c not in under:
            out.append((name, []))
    return out
