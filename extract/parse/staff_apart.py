"""Staff a part counts apart from its table, on a labelled line of their own.

A council secretariat's staff table counts its officials by grade; its policy aides,
hired for a term, stand on a line under it: ``○ 정책지원관(임기제) : 정원 22명 / 현원
20명 (별도)``.  So do other kinds of staff beside the officials, ``○ 청원경찰 : 정원 20명 /
현원 18명``.  Each such line is a staffing row of its own: its unit the label's name
(as a head counted apart, ``(소장 1명 별도)``, is), its employment form the one the label
names (``임기제``), no part of the table's sums (no total, in no table).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout import Layout
from extract.layout.markers import read_marker
from extract.parse.base import Context, Parsed, prov
from extract.parse.org_parts import find_parts
from extract.parse.org_vocab import APART_POSTS, EMPLOYMENT_WORDS, STAFF_LABELS
from extract.parse.staff_tables import read_staff_text
from extract.sections import Sections
from schemas import Staffing

#: a label, its bracket of the form of employment after it at most, and what it states
_LABELLED = regex.compile(
    r"(?P<name>\p{Hangul}[\p{Hangul}\s]{0,20})\s*+(?:[(（](?P<form>[^()（）]{1,12}+)[)）])?+"
    r"\s*+[:：]\s*+(?P<rest>.++)"
)

#: a figure right after a staff label with no 명 ("정원 22, 현원 20"): on a line that
#: labels a kind of staff, a head count as with 명
_BARE_FIGURE = regex.compile(
    "(?P<head>(?:"
    + "|".join(sorted(map(regex.escape, STAFF_LABELS), key=len, reverse=True))
    + r")\s{0,3}+[:：]?\s{0,3}+\d++(?:,\d{3})*+)(?![\d명]|[,.]\d)"
)


def apart_label(text: str) -> tuple[str, str | None, str] | None:
    """The name, the employment form and the rest of a line that labels a kind of staff
    counted apart (a post of :data:`~extract.parse.org_vocab.APART_POSTS`, or a label that
    names an employment form); None for another line.

    >>> apart_label("○ 정책지원관(임기제) : 정원 22명 / 현원 20명 (별도)")
    ('정책지원관', '임기제', '정원 22명 / 현원 20명 (별도)')
    >>> apart_label("○ 청원경찰 : 정원 20명 / 현원 18명")
    ('청원경찰', '청원경찰', '정원 20명 / 현원 18명')
    >>> [apart_label(t) for t in ("○ 정 원 : 150명", "○ 공무원 : 정원 712명", "- 인 력 : 24명")]
    [None, None, None]
    """
    found = read_marker(text.strip())
    if found is None:
        return None
    m = _LABELLED.fullmatch(found[1].strip())
    if m is None:
        return None
    name = "".join(m["name"].split())
    if name in STAFF_LABELS:
        return None
    form = next((w for w in EMPLOYMENT_WORDS if w in "".join((m["form"] or "").split())), None)
    form = form or next((w for w in EMPLOYMENT_WORDS if w in name), None)
    if form is None and name not in APART_POSTS:
        return None
    return name, form, m["rest"].strip()


#: a line counting staff apart: the line, the name, the form, the figures by field
Apart = tuple[Line, str, str | None, dict[str, int]]


def apart_rows(lines: Sequence[Line], taken: set[str]) -> list[Apart]:
    """The rows of the lines that count a kind of staff apart (:func:`apart_label`) with
    their own 정원 or 현원, but for the names in ``taken`` (rows already read) and the
    lines naming only a form of employment that is in ``taken`` (a column of the table).

    >>> line = Line(1, "○ 임기제공무원 : 정원 5명 / 현원 4명", "")
    >>> [(n, f, v) for _, n, f, v in apart_rows([line], set())]
    [('임기제공무원', '임기제', {'authorized': 5, 'current': 4})]
    >>> apart_rows([line], {"임기제"})
    []
    >>> line = Line(1, "○ 정책지원관(임기제 6호) : 정원 22, 현원 20", "")
    >>> [(n, f, v) for _, n, f, v in apart_rows([line], set())]
    [('정책지원관', '임기제', {'authorized': 22, 'current': 20})]
    """
    out: list[Apart] = []
    for ln in lines:
        found = apart_label(ln.text)
        if found is None or found[0] in taken:
            continue
        name, form, rest = found
        if name not in APART_POSTS and form in taken:
            # (a form of employment the table counts already, its column restated on a
            # line: "임기제 | 5" over "○ 임기제공무원 : 정원 5명 / 현원 4명")
            continue
        # ("정원 22, 현원 20": the figures of a line of staff, in persons, 명 left out)
        rest = _BARE_FIGURE.sub(r"\g<head>명", rest)
        figures = read_staff_text(Line(ln.no, rest, rest))
        values: dict[str, int] = {}
        for f in figures:
            if f.employment is None and f.grade is None and f.unit is None:
                values.setdefault(f.field, f.value)
        if values:
            out.append((ln, name, form, values))
            taken.add(name)
    return out


def parse_staff_apart(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Staffing rows of the kinds of staff a staff part counts apart from its table, where
    it has read a table of staff (its other lines are its headline and notes)."""
    out = Parsed()
    rows = [r for r in parsed.tables.get("staffing", []) if isinstance(r, Staffing)]
    if not rows:
        return out
    parts = [p for p in find_parts(lay, sections) if p.role == "staffing" and p.tables]
    in_tables = {no for p in parts for t in p.tables for no in t.lines}
    lines = [ln for p in parts for ln in p.content if ln.no not in in_tables and ln is not p.title]
    taken = {x for r in rows for x in (r.unit, r.grade, r.employment) if x}
    seq = max((r.seq for r in rows), default=0)
    for ln, name, form, values in apart_rows(lines, taken):
        seq += 1
        out.add(
            "staffing",
            Staffing(
                seq=seq, unit=name, is_total=False, as_of=None,
                authorized=values.get("authorized"), current=values.get("current"),
                raw=ln.text.strip(), grade=None, employment=form, **prov([ln]),
            ),
        )  # fmt: skip
        out.use([ln])
    return out

