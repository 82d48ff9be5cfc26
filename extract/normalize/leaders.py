"""Leader dots between a label and its value: some offices type "○ 사업기간 ········
2026. 1. ~ 12." or "정 원 ..... 45명" where others type a colon.  Read as the colon, so
that every stage reads the label and its value.  A contents page's entry, whose leaders
end at a page number ("Ⅰ. 일반현황 ······ 1"), keeps them; the line's raw keeps them too.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from extract.document import Document

#: the glyphs leaders are typed with
LEADER_DOTS = "·.…‥∙⋯・"
_DOT = f"[{LEADER_DOTS}]"
#: a run of five leader dots or more (a space or a tab between them, before and after
#: them), between words; or of three set apart by spaces on both sides ("정 원 ....
#: 45명"), not an ellipsis in a sentence ("안써...아무도", "국어사전… 죽어가는")
_LEADERS = regex.compile(
    # (not from inside a run: after a space or a dot, but a date's, "’26. 3. ……… 착공")
    rf"(?<![\s·…‥∙⋯・])(?<!\D\.)(?:[ \t]*+{_DOT}(?:[ \t]?+{_DOT}){{4,}}+[ \t]*+"
    rf"|[ \t]++{_DOT}(?:[ \t]?+{_DOT}){{2,}}+[ \t]++)(?=\S)"
)
#: what a contents entry's leaders end at: its page number
_PAGE = regex.compile(r"^[-–\s]*+\d{1,3}[-–\s]*+$")


def leaders_as_colon(text: str) -> str:
    """``text`` with its leader dots between a label and a value read as a colon.

    >>> leaders_as_colon("○ 사업기간 ········· 2026. 1. ~ 12."), leaders_as_colon("정 원 .... 45명")
    ('○ 사업기간 : 2026. 1. ~ 12.', '정 원 : 45명')
    >>> leaders_as_colon("Ⅰ. 일반현황 ························ 1")
    'Ⅰ. 일반현황 ························ 1'
    >>> leaders_as_colon("- ’26. 3. ............ 실시설계 용역 착수")
    '- ’26. 3. : 실시설계 용역 착수'
    >>> leaders_as_colon("- ’26. 7.~11. ……… 공사 시행")
    '- ’26. 7.~11. : 공사 시행'
    >>> leaders_as_colon("안써...아무도 뭐라 안해"), leaders_as_colon("국어사전… 죽어가는")
    ('안써...아무도 뭐라 안해', '국어사전… 죽어가는')
    """
    m = _LEADERS.search(text)
    if m is None or m.start() == 0 or _PAGE.match(text[m.end() :]):
        return text
    start = m.start()
    if text[start] == "." and text[start - 1].isdigit():
        start += 1  # (a date's own dot before the leaders, "’26. 3. ·······": the date's)
    return f"{text[:start]} : {text[m.end() :]}"


def leaders_as_colons(doc: Document) -> Document:
    """``doc`` with each line's leader dots between a label and its value read as a colon
    (:func:`leaders_as_colon`; its raw keeps them)."""
    if not any(_LEADERS.search(ln.text) for ln in doc.lines):
        return doc
    lines = [ln._replace(text=leaders_as_colon(ln.text)) for ln in doc.lines]
    return replace(doc, lines=lines, _by_no={})
