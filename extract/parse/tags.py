"""Status marks on a project's title: "【신규】 탄소중립 실천포인트 확대", "<계속> …",
"★ 공약 : …", "… (국정과제)".

A report marks each project new or continued, a pledge or a national task, in a bracket
or after a star before or after its title, and says what the marks mean in a legend.  The
mark is no part of the project's name (the summary table before the cards names it
without), so :func:`split_tags` takes the marks of :data:`~extract.parse.vocab.TITLE_TAGS`
off the title and gives them as tags.

>>> split_tags("【신규】 탄소중립 실천포인트 확대")
('탄소중립 실천포인트 확대', ('신규',))
>>> split_tags("<계속> 기후위기 적응 취약계층 지원 (국정과제)")
('기후위기 적응 취약계층 지원', ('계속', '국정과제'))
>>> split_tags("★ 공약 : 도민 햇빛발전 협동조합 육성")
('도민 햇빛발전 협동조합 육성', ('공약',))
>>> split_tags("★공약 청년 지원"), split_tags("★ 우수사례 공유")
(('청년 지원', ('공약',)), ('★ 우수사례 공유', ()))
>>> split_tags("(가칭) 시민센터 건립 (2차)")
('(가칭) 시민센터 건립 (2차)', ())
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from extract.parse.org_notes import closing_change_note
from extract.parse.text import squash
from extract.parse.vocab import TAG_BRACKETS, TAG_STARS, TITLE_TAGS
from extract.unit_names import closing_units

_WORD = r"[^\s\p{P}\p{S}](?:[^\p{P}\p{S}]{0,10}[^\s\p{P}\p{S}])?"
_BRACKETED = "|".join(
    rf"{regex.escape(o)}\s*+(?P<w{i}>{_WORD})\s*+[{regex.escape(c)}]"
    for i, (o, c) in enumerate(TAG_BRACKETS.items())
)
_STAR_WORDS = "|".join(sorted(TITLE_TAGS, key=len, reverse=True))
_STARRED = rf"[{''.join(TAG_STARS)}]\s*+(?P<star>{_STAR_WORDS})(?=[\s:：]|$)(?:\s*+[:：])?"
_LEADING = regex.compile(rf"\G\s*+(?:{_BRACKETED}|{_STARRED})\s*+")
_TRAILING = regex.compile(rf"(?<!\s)\s*+(?:{_BRACKETED})\s*+$")


def _tag(m: regex.Match[str]) -> str | None:
    word = next(w for w in m.groupdict().values() if w is not None)
    return TITLE_TAGS.get(squash(word))


def split_tags(title: str) -> tuple[str, tuple[str, ...]]:
    """The title without the status marks it opens or ends with, and the marks' tags in
    the order printed (a title that is nothing but marks keeps them)."""
    tags: list[str] = []
    start, end = 0, len(title)
    while (m := _LEADING.match(title, start, end)) is not None and (tag := _tag(m)) is not None:
        tags.append(tag)
        start = m.end()
    tail: list[str] = []
    while (m := _TRAILING.search(title, start, end)) is not None and (tag := _tag(m)) is not None:
        tail.insert(0, tag)
        end = m.start()
    rest = title[start:end].strip()
    if (noted := closing_change_note(rest)) is not None:
        # (a note of the project's change kept as printed: "… (’25. 7. 신설)")
        rest, note = noted
        tail.insert(0, note)
    if not rest:
        return title, ()
    return rest, tuple(tags + tail)


def tagged_closing_units(title: str, known: Collection[str] = ()) -> tuple[str, list[str]]:
    """:func:`~extract.unit_names.closing_units` of a title whose status marks come after the
    bracket of its units ("스마트 의정 플랫폼 구축 (의사담당관) 【신규】"): the title without
    that bracket, its marks kept, and the units.

    >>> tagged_closing_units("스마트 의정 플랫폼 구축 (의사담당관) 【신규】")
    ('스마트 의정 플랫폼 구축 【신규】', ['의사담당관'])

    ``known``: the report's own units (:func:`~extract.unit_names.closing_units`).
    """
    bare, units = closing_units(title, known)
    if units:
        return bare, units
    rest, tags = split_tags(title)
    bare, units = closing_units(rest, known) if tags else (rest, [])
    return (title.replace(rest, bare, 1), units) if units else (title, [])


#: a bracket of either width ("(2차)", "（가칭）") and a symbol ("★"): no part of a name
_BRACKET = regex.compile(r"\([^()]*\)|（[^（）]*）")
_SYMBOL = regex.compile(r"\p{S}")


def name_key(name: str) -> str:
    """A project's or an item's name as compared: without its brackets, status marks,
    symbols and spaces ("★ 도민 햇빛발전 …" of a summary table is the card's "★ 공약 : 도민
    햇빛발전 …").

    >>> name_key("★ 공약 : 도민 햇빛발전 협동조합 (2차)") == name_key("도민햇빛발전협동조합")
    True
    """
    return squash(_SYMBOL.sub("", _BRACKET.sub("", split_tags(name)[0])))
