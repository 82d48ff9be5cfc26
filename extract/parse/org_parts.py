"""Where the organisation and the staff are told: the parts of the general section.

A part starts at a line whose title names it ("1. 기구현황", "□ 기 구 : 3과 13팀",
"조    직 : 3과 14팀 1사업소" inside a heading's text, "□ 정ᆞ현원", "교직원 현황")
and runs to the next part's title or to the end of its outline node, whichever
comes first; its lines are every line in between (chart text the outline left
as residue, table cells), in document order.  Parts about other bodies (공기업,
출자·출연기관) end the parts before them and are never read.

Also here: the count line ("3과 12팀·1TF 4사업소"), the body the report is about
(from its cover), and the names of units as printed (letter-spaced, with their
counts in brackets).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex

from extract.cover import cover_body, cover_government
from extract.document import Line
from extract.layout import Layout, Node, Table
from extract.layout.markers import read_marker
from extract.normalize.vocab import LETTER_WORDS
from extract.parse.base import Context
from extract.parse.org_vocab import (
    ADDRESSEE_WORDS,
    AFFILIATED_WORDS,
    CITY_ENDINGS,
    COMMISSION_WORD,
    GOVERNMENT_TITLE_JOIN,
    GOVERNMENT_TITLE_KINDS,
    GOVERNMENT_TITLE_OWN,
    GOVERNMENT_TITLE_TOPICS,
    NOT_UNIT_ENDINGS,
    ORG_TITLE_WORDS,
    PLACE_COUNT_WORDS,
    STAFF_ONLY_TITLE_WORDS,
    STAFF_TITLE_WORDS,
    TOP_COUNT_WORDS,
    TOP_WORDS,
    UNIT_WORDS,
    WHOLE_WORD_UNITS,
)
from extract.parse.text import despace
from extract.sections import Sections
from extract.title_roles import LEADING_YEAR, part_role, yearless
from extract.unit_names import unnumbered
from schemas import OrgUnit

PartRole = Literal["organization", "staffing", "affiliated", "other"]

#: middle dots of every width and the Hangul araea some fonts draw them with
_DOTS = str.maketrans("", "", "·ㆍᆞ・･∙")
#: a title word may be followed by these without being part of a longer word (the words of
#: a title that names several parts, "조직·인력·예산 현황", are set tight once dots go)
_TITLE_TAIL = ("현황", "및", "인력", "인원", "정원", "예산")
#: longest line that can be a part's title (with its count line or staff total)
MAX_TITLE_CHARS = 80


def key(text: str) -> str:
    """Text without spaces and middle dots (of every width): how words are compared.

    >>> key("정ᆞ현원"), key("기구·조직 ▷ 4과")
    ('정현원', '기구조직▷4과')
    """
    return "".join(text.split()).translate(_DOTS)


def unmarked(text: str) -> str:
    """The text after a line's marker ("□", "1.", "ㅇ"), if it has one."""
    found = read_marker(text.strip())
    return found[1] if found is not None else text.strip()


#: the strokes of a chart typed as a tree ("  │    └─ 재활용선별장 (3명)")
TREE_STROKES = "├└│┣┗┃┠┖─━"
_TREE_LEAD = regex.compile(rf"^[\s{TREE_STROKES}]+")


def tree_depth(text: str) -> int | None:
    """How deep a line of a chart typed as a tree stands (the column of its branch's
    stroke), or None for a line with no branch ("├─ 환경정책팀": its column)."""
    m = _TREE_LEAD.match(text)
    lead: str = m[0] if m is not None else ""
    branches = [lead.rfind(ch) for ch in "├└┣┗┠┖"]
    return max(branches) if max(branches) >= 0 else None


def unbulleted(text: str) -> str:
    """The text after a leading bullet ("▪교통기획") or a tree's strokes ("├─ 위생팀"); a
    number in brackets stays ("(25)")."""
    text = _TREE_LEAD.sub("", text)
    found = read_marker(text.strip())
    if found is not None and found[0].kind.startswith("bullet"):
        return found[1]
    return text.strip()


def _starts_with(k: str, words: Sequence[str]) -> bool:
    for w in sorted(words, key=len, reverse=True):
        if k.startswith(w):
            rest = k[len(w) :]
            if not rest or not rest[0].isalpha() or rest.startswith(_TITLE_TAIL):
                return True
    return False


def title_role(text: str) -> PartRole | None:
    """The part a line's title starts, if it starts one.

    >>> [title_role(t) for t in ("□ 기 구 : 3과 13팀", "인  력 : 정원 149명", "□ 정ᆞ현원",
    ...  "행정조직 현황", "□ 예 산", "공기업 및 출자·출연기관", "조직문화 개선")]
    ['organization', 'staffing', 'staffing', 'organization', 'other', 'affiliated', None]
    >>> title_role("□ 조직·인력·예산 현황")  # (its words run together once the dots go)
    'organization'
    >>> title_role("2. 2025 교직원 현황"), title_role("□ ’25년 조직 현황")
    ('staffing', 'organization')
    """
    body = unmarked(text)
    if len(body) > MAX_TITLE_CHARS:
        return None
    k = yearless(key(body))  # (of a year: "2025 교직원 현황", "’25년 인력현황")
    short = len(k) <= MAX_TITLE_CHARS // 2
    # a unit's name that holds the word (공공기관담당관) is not a title
    named = len(body.split()) == 1 and unit_word(k) is not None
    if short and not named and any(w in k for w in AFFILIATED_WORDS):
        return "affiliated"
    if _starts_with(k, ORG_TITLE_WORDS):
        return "organization"
    if _starts_with(k, (*STAFF_TITLE_WORDS, *STAFF_ONLY_TITLE_WORDS)):
        return "staffing"
    if part_role(body) is not None:
        return "other"
    return None


def government_kind(text: str, government: str | None = None) -> str | None:
    """The kind of government ("군") a title names the part about the whole of, set in a
    unit's report before its own part ("1. 군정 현황", "□ 2025년 군 일반현황", "1. 우리 군
    현황", "1. 군정 현황 및 여건"; by the name ``government`` its cover gives it, "1. 한솔군
    현황"); None for any other line.

    >>> [government_kind(t) for t in ("1. 군정 현황", "□ 군 일반현황", "2. 기획감사실 현황")]
    ['군', '군', None]
    >>> [government_kind(t) for t in ("1. 우리 군 현황", "1. 시정 현황 및 여건", "1. 군정 현황표")]
    ['군', '시', None]
    >>> government_kind("1. 한솔군 현황", "한솔군"), government_kind("1. 한솔군 현황")
    ('군', None)
    """
    k = LEADING_YEAR.sub("", key(unmarked(text)))
    if government and k.startswith(government) and len(government) < len(k):
        k = government[-1] + k[len(government) :]  # (by its name: "한솔군 현황" as "군 현황")
    k = next((k[len(w) :] for w in GOVERNMENT_TITLE_OWN if k.startswith(w)), k)
    return next(
        (kind[0] for kind in GOVERNMENT_TITLE_KINDS
         if k.startswith(kind) and _government_topic(k[len(kind) :])),
        None,
    )  # fmt: skip


def _government_topic(rest: str) -> bool:
    """A title's topic after its government's kind: one of the topics, alone or joined to
    a longer topic ("현황 및 여건")."""
    for topic in GOVERNMENT_TITLE_TOPICS:
        if rest == topic:
            return True
        tail = rest.removeprefix(topic)
        if tail != rest and tail.startswith(GOVERNMENT_TITLE_JOIN):
            more = tail[len(GOVERNMENT_TITLE_JOIN) :]
            if 0 < len(more) <= _MAX_TOPIC_TAIL and more.isalpha():
                return True
    return False


#: longest topic joined after a government's (in letters, "여건", "주요지표")
_MAX_TOPIC_TAIL = 8


def government_title(text: str, government: str | None = None) -> bool:
    """A title of a part about the whole government (:func:`government_kind`)."""
    return government_kind(text, government) is not None


@dataclass(slots=True)
class Part:
    """A part of the general section: its title line, its lines and its tables."""

    role: PartRole
    title: Line
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    #: titles of the parts merged into this one and of the nodes above it
    titles: list[str] = field(default_factory=list)
    #: the lines after the part's node and before the next part's title (a chart's
    #: team lists set as bullets of their own follow the node that titles the chart)
    after: list[Line] = field(default_factory=list)
    #: a part about the whole government ("1. 군정 현황" / "□ 조 직"), not the top's
    government: bool = False

    @property
    def content(self) -> list[Line]:
        return [ln for ln in self.lines if ln.is_content]


def _scope(sections: Sections, appendix: bool = False) -> list[Line]:
    """The lines to look in: the general section, else the parts found by role; with
    ``appendix``, an appendix of the organisation too ("붙임 1. 조직 및 인력 현황")."""
    out: dict[int, Line] = {}
    general = sections.get("general")
    found = [general] if general is not None else [
        s for role in ("organization", "staffing") if (s := sections.get(role)) is not None
    ]
    if appendix:
        found += sections.appendix_parts(ORG_SECTION_ROLES)
    for s in found:
        out.update((ln.no, ln) for ln in (*s.heading, *s.lines))
    return [out[no] for no in sorted(out)]


#: the roles of the sections the organisation and its staff are read from
ORG_SECTION_ROLES = frozenset({"general", "organization", "staffing"})


def _node_end(node: Node, order: Sequence[Node], index: dict[int, int]) -> int | None:
    """The first line after ``node``'s subtree."""
    depth = node.depth
    for nxt in order[index[id(node)] + 1 :]:
        if nxt.depth <= depth and nxt.lines:
            return nxt.lines[0].no
    return None


def find_parts(lay: Layout, sections: Sections) -> list[Part]:
    """The organisation and staffing parts (and the parts that end them), in order; an
    appendix's too where the body's own draw no table ("1. 조직 및 인력" in counts, "※ 붙임
    1 참조")."""
    government = cover_government(sections.front)
    # (a unit's report, its cover naming a unit apart from its government, "한솔군
    # 기획감사실": only there a part about the whole government is not the report's own)
    body = cover_body(sections.front)
    units = body is not None and body != government
    parts = _parts_in(lay, _scope(sections), government, units)
    if not any(p.tables for p in parts) and sections.appendix_parts(ORG_SECTION_ROLES):
        parts = _parts_in(lay, _scope(sections, appendix=True), government, units)
    return parts


def _parts_in(
    lay: Layout, scope: Sequence[Line], government_name: str | None = None, units: bool = True
) -> list[Part]:
    lines = [ln for ln in scope if ln.is_content]
    if not lines:
        return []
    order = lay.outline.nodes
    index = {id(n): i for i, n in enumerate(order)}
    in_tables = {no for t in lay.tables for g in t.grids for no in g.lines}  # not captions
    starts: list[tuple[int, PartRole, int | None]] = []
    inside_until = -1  # the end of an affiliated part: what it holds is not the report's
    #: the lines of parts about the whole government (start, end), "1. 군정 현황"
    government: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        if ln.no < inside_until or ln.no in in_tables:
            continue
        node = lay.outline.line_node.get(ln.no)
        if node is not None and node.kind == "figure":
            continue  # a chart's text, not a title
        if node is not None and node.kind != "root" and government_title(ln.text, government_name):
            government.append((ln.no, _node_end(node, order, index) or lines[-1].no + 1))
        role = title_role(ln.text)
        if role is None:
            continue
        end: int | None = None
        if node is not None and node.kind != "root":
            # a title that heads its node, or stands in a node's text: to the node's end
            end = _node_end(node, order, index)
        if role == "affiliated":
            inside_until = end if end is not None else lines[-1].no + 1
        starts.append((i, role, end))
    parts: list[Part] = []
    last_no = lines[-1].no
    for j, (i, role, end) in enumerate(starts):
        if parts and parts[-1].role == role and parts[-1].lines and lines[i] in parts[-1].lines:
            parts[-1].titles.append(lines[i].text)
            continue
        stop = starts[j + 1][0] if j + 1 < len(starts) else len(lines)
        k = j + 1
        while k < len(starts) and starts[k][1] == role:  # the same part titled again
            k += 1
        stop = starts[k][0] if k < len(starts) else len(lines)
        limit = end if end is not None else last_no + 1
        body = [ln for ln in lines[i:stop] if ln.no < limit]
        after = [ln for ln in lines[i:stop] if ln.no >= limit]
        part = Part(role, lines[i], body, titles=[lines[i].text], after=after)
        node = lay.outline.line_node.get(lines[i].no)
        while node is not None and node.kind not in ("root", "heading", "appendix"):
            node = node.parent
            if node is not None and node.kind not in ("root", "heading", "appendix"):
                part.titles.append(node.title)
        parts.append(part)
    for part in parts:
        nos = {ln.no for ln in part.lines}
        part.tables = [t for t in lay.tables if t.lines and t.lines[0] in nos]
    return _own_parts(parts, government) if units else parts


def _own_parts(parts: list[Part], government: Sequence[tuple[int, int]]) -> list[Part]:
    """The parts, those about the whole government ("1. 군정 현황" over the 군's count line
    and staff table) marked so where the report has an organisation part of its own after
    them ("2. 기획감사실 현황" / "○ 조 직 : 5팀 (…)"): theirs are not the top's."""
    inside = [p for p in parts if any(a <= p.title.no < b for a, b in government)]
    if any(p.role in ("organization", "staffing") for p in parts if p not in inside):
        for p in inside:
            p.government = True
    return parts


# --- counts and names --------------------------------------------------------------------

_WORDS = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
#: one count of a count line: "3과", "12팀", "1TF", "2 사업소" (not "3과제")
_COUNT = regex.compile(rf"(?<![\d.,])(?P<n>\d{{1,3}})\s*(?P<word>{_WORDS})(?![\p{{Hangul}}A-Za-z])")
_PLACE_WORDS = "|".join(PLACE_COUNT_WORDS)
#: a kind of unit counted by its places after its word: "보건지소 5개소"
_PLACES = regex.compile(
    rf"(?<![\p{{Hangul}}])(?P<word>{_WORDS})\s{{0,3}}(?P<n>\d{{1,3}})\s{{0,3}}(?:{_PLACE_WORDS})"
    rf"(?![\p{{Hangul}}])"
)
#: a bare count right after a name ("119구조대 3)", "119구조대 9, 119구급대 60"): the name's
#: count, the name no count (not the head of a figure, "3,000", "3.5")
_NAMED_COUNT = regex.compile(
    r"(?<!\s)\s*+\d{1,3}(?:\s*+개(?:소|대)?)?(?![\d\p{Hangul}A-Za-z]|[,.]\d)"
)
#: ... or in brackets after it, "119구조대(9)", where the name's number is a hundred or more
#: (no line counts a hundred units of a kind that it then counts again)
_BRACKET_COUNT = regex.compile(r"(?<!\s)\s*+[(（]\s*+\d{1,3}\s*+(?:개(?:소|대)?)?+\s*+[)）]")
#: the least number that, glued to a unit word with a count in brackets after it, opens a name
NAMED_NUMBER = 100
#: a person count beside the unit counts ("/ 53명", ", 137명")
_PERSONS = regex.compile(r"(?<![\d.,])(?P<n>\d[\d,]*)\s*명")


def _in_name(body: str, start: int, end: int) -> bool:
    """Whether the count ``body[start:end]`` is the number inside a unit's name, after the
    name's own letters ("세무1과"), not a count after a count's word ("3과12팀",
    "1기획관3담당관") or a label ("조직 : 3과")."""
    i = start
    while i > 0 and start - i <= MAX_STEM and "가" <= body[i - 1] <= "힣":
        i -= 1
    if start - i < 2 or (i > 0 and body[i - 1].isdigit()):
        return False
    name = body[i:end]
    return unnumbered(name) != name


#: most letters of a unit's name before its number (:func:`_in_name`)
MAX_STEM = 12


@dataclass(frozen=True, slots=True)
class CountLine:
    """The counts of a count line, in order, and the person count beside them."""

    counts: tuple[tuple[int, str], ...]
    persons: int | None
    raw: str


def read_count_line(text: str, titled: bool = False) -> CountLine | None:
    """``"기 구 : 3과 13팀"`` -> counts ((3, "과"), (13, "팀")).

    A line with one count is a count line only when it is a part's title
    (``titled``): "5팀" alone heads a box of the chart.

    >>> read_count_line("3과 12팀·1TF 4사업소, 137명").counts
    ((3, '과'), (12, '팀'), (1, 'TF'), (4, '사업소'))
    >>> read_count_line("1부 1실 7과 / 53명").persons
    53
    >>> read_count_line("5팀(35명)") is None
    True
    >>> read_count_line("- 세무1과(4팀) : 세무행정팀, 재산세팀") is None
    True
    >>> read_count_line("1소 3과 11팀, 보건지소 5개소").counts
    ((1, '소'), (3, '과'), (11, '팀'), (5, '보건지소'))
    >>> read_count_line("1본부 4과 12팀, 3소방서 (119안전센터 9, 119구조대 3)").counts
    ((1, '본부'), (4, '과'), (12, '팀'), (3, '소방서'))
    >>> read_count_line("본부 4과 1실, 119구조대 9, 119구급대 60").counts
    ((4, '과'), (1, '실'))
    >>> read_count_line("본부(4과 1실), 소방서(8), 119구조대(9)").counts
    ((4, '과'), (1, '실'))
    """
    body = despace(unmarked(text))
    # (in the line's order: a team count covers the units counted before it)
    # (not a name that opens with digits with its own count after it: "119구조대 3", nor
    # the number inside a unit's name: "세무1과(4팀)")
    counts = [
        m for m in _COUNT.finditer(body)
        if not _NAMED_COUNT.match(body, m.end()) and not _in_name(body, m.start(), m.end())
        and not (int(m["n"]) >= NAMED_NUMBER and _BRACKET_COUNT.match(body, m.end()))
    ]  # fmt: skip
    matches = sorted([*counts, *_PLACES.finditer(body)], key=lambda m: m.start())
    found = [(int(m["n"]), m["word"]) for m in matches]
    if len(found) < (1 if titled else 2) or body.lstrip().startswith("("):
        return None
    last = matches[-1].end()
    persons = _PERSONS.search(body[last:])
    n = int(persons["n"].replace(",", "")) if persons else None
    return CountLine(tuple(found), n, text.strip())


def unit_word(name: str, words: Sequence[str] | None = None) -> str | None:
    """The unit word ``name`` ends with (the longest), if any.

    >>> unit_word("관광정책과"), unit_word("기획예산담당관"), unit_word("유보통합준비TF")
    ('과', '담당관', 'TF')
    >>> unit_word("과"), unit_word("대변인"), unit_word("수석대변인")  # 대변인: a whole word
    (None, '대변인', None)
    >>> unit_word("보건소"), unit_word("과수연구소"), unit_word("기획관")
    (None, '연구소', '관')
    """
    if name.endswith(NOT_UNIT_ENDINGS):
        return None
    cands = sorted(words if words is not None else UNIT_WORDS, key=len, reverse=True)
    for w in cands:
        if w in LETTER_WORDS and name in cands:
            continue  # (a name that is a word is of its own kind: 보건소 is no 소)
        # (a whole-word unit is that word alone: 수석대변인 is an official)
        whole = w in WHOLE_WORD_UNITS
        if name.endswith(w) and (name == w if whole else len(name) > len(w)):
            return w
    return None


#: the prefix of a "level" that is one unit word's own (:func:`counted`)
WORD_RANK = "word:"


def counted(
    units: Sequence[OrgUnit], counts: Sequence[tuple[int, str]]
) -> list[tuple[str, list[tuple[int, str]], list[OrgUnit]]]:
    """What a count line counts, rank by rank: (level, its counts, the units found).

    The top unit is counted only where the line names its word ("1실 6담당관" of
    기획조정실); a team count covers the teams of the units counted before it in the
    line and of units the line names no word for ("3과 14팀 1사업소": not the
    사업소's teams; "4과 2사업소 20팀": theirs too), or of them all where only that reading
    holds ("2본부 7팀 1관", the 관's one team among the seven).  A rank the chart shows no unit of
    (a chart of divisions without their teams), or no unit of one of its words, is left out.
    """
    tops = [u for u in units if not u.parent]
    # (a count's short word for the units the chart names longer: "1소" of 과수연구소)
    alias = _aliases(units, [w for _, w in counts], {w for n, w in counts if n == 1})
    counts = [(n, alias.get(w, w)) for n, w in counts]
    words = {w for _, w in counts}
    by_name = {u.name: u for u in units}
    # (a word of either rank counts at the rank its units have in the chart: a 본부's 처)
    # (or the top's own, where only it is of that word: "1관 3과 10팀" of 디지털정책관)
    ranks = {
        w: {u.level for u in units if u.unit_type == w and u not in tops}
        or {u.level for u in tops if u.unit_type == w}
        for w in words
    }

    # (a word whose units the chart sets at two ranks, a 실 under the top and two under a
    # 본부, is counted on its own: "3실" against the 실)
    mixed = {w for w in words if len(ranks[w]) > 1 and UNIT_WORDS[w] != "team"}

    def rank(w: str) -> str:
        if w in mixed:
            return f"{WORD_RANK}{w}"
        return next(iter(ranks[w])) if len(ranks[w]) == 1 else UNIT_WORDS[w]

    first_team = next((i for i, (_, w) in enumerate(counts) if UNIT_WORDS[w] == "team"), None)
    covered = {w for _, w in counts[:first_team]} if first_team is not None else set()
    out: list[tuple[str, list[tuple[int, str]], list[OrgUnit]]] = []
    for level in dict.fromkeys(rank(w) for _, w in counts):
        stated = [(n, w) for n, w in counts if rank(w) == level]
        found: list[OrgUnit] = []
        every: list[OrgUnit] = []  # (the teams of the units named after the count too)
        for u in units:
            if level.startswith(WORD_RANK):
                if u.unit_type != level.removeprefix(WORD_RANK) or u in tops:
                    continue
            elif u.level != level or u.unit_type in mixed or (
                u in tops and u.unit_type not in words
            ):
                continue
            every.append(u)
            if level == "team":
                parent = by_name.get(u.parent or "")
                kind = parent.unit_type if parent is not None else None
                if kind in words and kind not in covered and parent not in tops:
                    continue
            found.append(u)
        # ("2본부 7팀 1관": the 관's team among the seven where only so the count holds)
        want = sum(n for n, _ in stated)
        if len(every) == want != len(found):
            found = every
        # ("6과 28팀" beside "○ 사업소 : …": the units of the words it names, where only so
        # the count holds)
        named = [u for u in found if u.unit_type in {w for _, w in stated}]
        if level != "team" and len(named) == want != len(found):
            found = named
        # (a word the chart shows no unit of, "10과" where only the 국 and the 관 were read,
        # leaves its rank unread: not counted)
        unread = level != "team" and any(
            not any(u.unit_type == w for u in units) for _, w in stated
        )
        if found and not unread:  # a rank the chart shows nothing of cannot be counted
            printed = [(n, next((k for k, v in alias.items() if v == w), w)) for n, w in stated]
            out.append((level, printed, found))
    return out


def _aliases(
    units: Sequence[OrgUnit], words: Sequence[str], ones: frozenset[str] | set[str] = frozenset()
) -> dict[str, str]:
    """Each count word no unit of the chart has as its type -> the top's type that ends
    with it (a 보건소's "1소 2과"), else the one type of the other units that does
    ("소" -> 과수연구소's 연구소); a word the top is counted by where the line counts one
    of it (``ones``: a 농업기술센터's "1소"; its "2소" counts its 상담소)."""
    types = {u.unit_type for u in units if u.unit_type}
    out: dict[str, str] = {}
    tops = [u for u in units if not u.parent]
    for w in words:
        if w in types:
            continue
        # (a 농업기술센터's "1소": the top itself)
        own = {u.unit_type for u in tops if w in ones and u.unit_type and any(
            u.name.endswith(body) and word == w for body, word in TOP_COUNT_WORDS.items()
        )}  # fmt: skip
        if len(own) == 1:
            out[w] = own.pop()
            continue
        for group in (tops, units):
            # (not a type the line counts by its own word: "1소 … 농업인상담소 3개소")
            longer = {u.unit_type for u in group if u.unit_type and u.unit_type.endswith(w)
                      and u.unit_type not in words}  # fmt: skip
            if len(longer) == 1:
                out[w] = longer.pop()
                break
    return out


#: a bureau name on a cover or title line: Hangul, ending in one of TOP_WORDS
_TOP_NAME = regex.compile(r"\p{Hangul}{2,20}")
#: a cover line that is only letter-spaced Hangul ("청 년 산학 국")
_SPACED = regex.compile(r"^[\p{Hangul} ]+$")


#: a table of contents starts here: the cover ends before it
_CONTENTS: frozenset[str] = frozenset({"목차", "차례", "보고순서", "CONTENTS", "[목차]"})
#: names on a cover that end like a body but are not the report's (a council's committee)
_NOT_TOP: tuple[str, ...] = ("위원회", "의회", "임시회")


def find_bureau(sections: Sections, ctx: Context) -> tuple[str | None, Line | None]:
    """The body the report is about, and the cover line that names it: the context's
    (no line), else the cover's unit name.

    >>> from extract.sections import Sections
    >>> find_bureau(Sections(front=[Line(1, "2025년 주요업무계획", ""),
    ...                             Line(2, "관 광 마 이 스 국", "")]), Context())[0]
    '관광마이스국'
    """
    if ctx.bureau:  # (with the cover line that names it, where one does)
        named = (ln for ln in sections.front if ctx.bureau in "".join(ln.text.split()))
        return ctx.bureau, next(named, None)
    # (a commission, "자치경찰위원회", only where the cover names no other body, and the
    # last it names: a cover's 위원회 is mostly the council's committee the report goes
    # to, named over the body's own at the cover's foot)
    commission: tuple[str, Line] | None = None
    for ln in sections.front:
        text = ln.text.strip()
        if key(text).upper() in _CONTENTS:
            break
        if read_marker(text) is not None:
            continue
        # (a name spaced out letter by letter, "관 광 마 이 스 국", read whole; not a line
        # of words, "서하광역시의회 사무처")
        spaced = _SPACED.match(text) and all(len(w) == 1 for w in text.split())
        joined = ["".join(text.split())] if spaced else []
        for tok in [*joined, *despace(text).split()]:
            for m in _TOP_NAME.finditer(tok):
                name = m[0]
                if m.end() != len(tok) and tok[m.end()] not in "()":
                    continue
                ends = any(name.endswith(w) and len(name) > len(w) + 1 for w in TOP_WORDS)
                if ends and name.endswith(COMMISSION_WORD):
                    # (a commission of the city the line names before it, "가람광역시
                    # 자치경찰위원회", on no line of the council's: "…의회 행정자치위원회")
                    words = despace(text).split()
                    at = words.index(tok) if tok in words else 0
                    of_city = at > 0 and words[at - 1].endswith(CITY_ENDINGS)
                    if of_city and not any(w in text for w in ADDRESSEE_WORDS):
                        commission = (name, ln)
                elif ends and not name.endswith(_NOT_TOP):
                    return name, ln
    return commission or (None, None)
