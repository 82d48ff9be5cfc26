"""Document -> sections: find the headings, cut the lines between them.

Stages: :func:`find_headings` (Ⅰ./Ⅱ./Ⅲ. headings and 붙임 appendices) ->
:func:`cut` (each heading's body runs to the next heading) ->
:func:`find_subsections` (조직현황, 인력현황, ... inside Ⅰ).  Sections are
found by their titles, not by their order, so a report with sections in
another order or with one missing still splits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line, Span
from extract.parse.text import collapse, squash
from extract.parse.vocab import (
    APPENDIX_TITLES,
    ROMAN,
    SECTION_TITLES,
    SUBSECTION_TITLES,
)

_ROMAN_HEADING = regex.compile(
    r"^\s*(?P<num>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|(?:VIII|VII|VI|IV|IX|III|II|I|V|X))\s*[.．]?\s*(?P<title>\S.*)$"
)
_APPENDIX_MARK = regex.compile(r"^\s*붙\s*임\s*(?P<num>\d{0,2})\s*[.:)]?\s*(?P<title>.*)$")

_HEADING_STARTS = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX붙")

#: longest line that can be a heading (a sentence is not a heading)
MAX_HEADING_CHARS = 40


@dataclass(frozen=True, slots=True)
class Heading:
    key: str
    title: str
    lines: tuple[Line, ...]

    @property
    def no(self) -> int:
        return self.lines[0].no


@dataclass(frozen=True, slots=True)
class Section:
    """A titled run of lines: the heading lines, then the body."""

    key: str
    title: str
    heading: tuple[Line, ...]
    lines: tuple[Line, ...]

    @property
    def content(self) -> list[Line]:
        return [ln for ln in self.lines if ln.is_content]

    @property
    def span(self) -> Span:
        return Span.of(self.heading + self.lines)


@dataclass(slots=True)
class Sections:
    """The sections found in a document, by key."""

    found: dict[str, Section] = field(default_factory=dict)
    #: sections with a heading bogoseo has no parser for (e.g. "Ⅳ. 역점추진 과제")
    others: list[Section] = field(default_factory=list)
    #: content lines before the first heading (a cover page)
    front: list[Line] = field(default_factory=list)

    def get(self, key: str) -> Section | None:
        return self.found.get(key)

    @property
    def heading_lines(self) -> set[int]:
        return {ln.no for s in [*self.found.values(), *self.others] for ln in s.heading}


def _title_key(title: str, table: dict[str, str]) -> str | None:
    key = squash(title)
    for word, section in table.items():
        if word in key:
            return section
    return None


def _next_content(lines: Sequence[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].is_content:
            return j
    return None


def find_headings(lines: Sequence[Line]) -> list[Heading]:
    """Top-level headings: roman-numbered sections and 붙임 appendices."""
    found: list[Heading] = []
    for i, ln in enumerate(lines):
        head = ln.text.lstrip()[:1]
        # only a roman numeral or 붙(임) can start a heading: skip the regexes otherwise
        if (
            head not in _HEADING_STARTS
            or not ln.is_content
            or len(ln.text) > MAX_HEADING_CHARS + 10
        ):
            continue
        m = _ROMAN_HEADING.match(ln.text)
        if m and m["num"] in ROMAN:
            title = collapse(m["title"])
            key = _title_key(title, SECTION_TITLES)
            # Latin numerals ("I.") only count with a known title; Ⅰ always does
            if key or not m["num"].isascii():
                found.append(Heading(key or "other", title, (ln,)))
            continue
        m = _APPENDIX_MARK.match(ln.text)
        if m and squash(ln.text).startswith("붙임"):
            heading = [ln]
            title = collapse(m["title"])
            if not title:
                j = _next_content(lines, i)
                if j is not None and len(lines[j].text) <= MAX_HEADING_CHARS + 10:
                    heading.append(lines[j])
                    title = collapse(lines[j].text)
            key = _title_key(title, APPENDIX_TITLES) or "other"
            found.append(Heading(key, title, tuple(heading)))
    return found


def _find_unmarked_appendices(lines: Sequence[Line], have: set[str]) -> list[Heading]:
    """Appendix titles without a 붙임 mark, e.g. a report that dropped it."""
    found: list[Heading] = []
    for ln in lines:
        if not ln.is_content or len(ln.text.strip()) > MAX_HEADING_CHARS:
            continue
        key = squash(ln.text)
        for word, section in APPENDIX_TITLES.items():
            # only the long, specific titles: "행정사무감사" alone is a common word
            if len(word) >= 8 and section not in have and word in key:
                found.append(Heading(section, collapse(ln.text), (ln,)))
                have.add(section)
                break
    return found


def cut(lines: Sequence[Line], headings: Sequence[Heading]) -> Sections:
    """Each heading's body: the lines after it up to the next heading."""
    result = Sections()
    ordered = sorted(headings, key=lambda h: h.no)
    index = {ln.no: i for i, ln in enumerate(lines)}
    starts = [index[h.no] for h in ordered]
    result.front = [ln for ln in lines[: starts[0] if starts else len(lines)] if ln.is_content]
    for n, head in enumerate(ordered):
        body_start = index[head.lines[-1].no] + 1
        body_end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        section = Section(head.key, head.title, head.lines, tuple(lines[body_start:body_end]))
        have = result.found.get(head.key)
        if head.key == "other":
            result.others.append(section)
        elif have is None:
            result.found[head.key] = section
        else:
            # a title seen twice (a table of contents, then the section): the longer one is it
            keep, drop = (
                (section, have) if len(section.content) > len(have.content) else (have, section)
            )
            result.found[head.key] = keep
            result.others.append(drop)
    return result


def find_subsections(lines: Sequence[Line]) -> list[Heading]:
    """Headings of Ⅰ's parts: a short line that starts with a known title."""
    found: list[Heading] = []
    seen: set[str] = set()
    for ln in lines:
        if not ln.is_content or len(ln.text.strip()) > MAX_HEADING_CHARS:
            continue
        key = squash(ln.text)
        for word, section in SUBSECTION_TITLES.items():
            if key.startswith(word) and section not in seen:
                found.append(Heading(section, word, (ln,)))
                seen.add(section)
                break
    return found


def split_sections(lines: Sequence[Line]) -> Sections:
    """Find every section of a report.

    Ⅰ's parts (organization, staffing, budget_summary, functions) become
    sections of their own; when Ⅰ has no heading they are looked for before
    the first other section.
    """
    headings = find_headings(lines)
    have = {h.key for h in headings}
    if not {"budget_items", "audit"} <= have:
        taken = {ln.no for h in headings for ln in h.lines}
        headings += _find_unmarked_appendices([ln for ln in lines if ln.no not in taken], have)
    sections = cut(lines, headings)
    general = sections.found.pop("general", None)
    if general is not None:
        scope: Sequence[Line] = general.lines
        head_lines: tuple[Line, ...] = general.heading
    else:
        first = min((h.no for h in headings), default=None)
        scope = [ln for ln in lines if first is None or ln.no < first]
        head_lines = ()
    subs = find_subsections(scope)
    if subs:
        inner = cut(scope, subs)
        for key, section in inner.found.items():
            sections.found[key] = section
        # text between Ⅰ's heading and its first part belongs to nothing
        if general is not None:
            sections.others.append(
                Section("general", general.title, head_lines, tuple(inner.front))
            )
        else:
            sections.front = [ln for ln in sections.front if ln.no < subs[0].no]
    elif general is not None:
        sections.others.append(general)
    return sections
