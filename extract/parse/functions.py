"""부서별 주요기능 -> Function records.

A two-column table: the division name, then its duties as bullets ("∙ ...").
A line without a bullet is either the next division's name (one word ending
in a division word such as 담당관/과, or a division already known) or the
continuation of a wrapped duty.
"""

from __future__ import annotations

from extract.document import Line
from extract.parse.base import Context, Parsed, prov
from extract.parse.table import split_header
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import DIVISION_SUFFIXES
from extract.sections import Section
from schemas import Function


def is_division_line(text: str, known: list[str]) -> bool:
    """A division's name: one of the org chart's, else (no chart) one word like "…담당관"."""
    s = text.strip()
    if known:
        return squash(s) in {squash(d) for d in known}
    return len(s.split()) == 1 and len(s) > 2 and s.endswith(DIVISION_SUFFIXES)


def parse_functions(section: Section, ctx: Context) -> Parsed:
    out = Parsed()
    out.use(section.heading)
    header, _, body = split_header(section.content)
    if header is not None:
        out.use([header])
    else:
        body = section.content
    division: str | None = None
    duties: list[list[Line]] = []
    owners: list[str] = []

    for ln in body:
        marker, text = split_marker(ln.text)
        if marker is None and is_division_line(ln.text, ctx.divisions):
            division = collapse(ln.text)
            out.use([ln])
        elif marker is not None and division is not None:
            duties.append([ln])
            owners.append(division)
        elif marker is None and duties and owners[-1] == division:
            duties[-1].append(ln)  # a wrapped duty
    seq_of: dict[str, int] = {}
    for lines, owner in zip(duties, owners, strict=True):
        seq_of[owner] = seq_of.get(owner, 0) + 1
        first = split_marker(lines[0].text)[1]
        text = collapse(" ".join([first, *(ln.text for ln in lines[1:])]))
        out.add(
            "functions", Function(division=owner, seq=seq_of[owner], function=text, **prov(lines))
        )
        out.use(lines)
        ctx.functions.setdefault(owner, []).append(text)
    return out
