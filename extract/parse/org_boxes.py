"""The boxes of an org chart: units, teams, counts and officials, read from its lines.

A chart comes out of a PDF as lines: the units' boxes ("관광정책과(5)",
"교 통 혁 신 국 (192명)"), the teams under them with or without 팀 ("관 광 정 책",
"▪교통기획", "청 년 정 책 팀", one syllable per line, several on a line after bullets),
counts in brackets ("(4팀, 30명)", "(53)") or over a box of teams ("5팀(35명)"),
officials (원 장, 장관).  :func:`line_boxes` turns them into :class:`Box` objects in
reading order (with where each is drawn, when the layout says);
:func:`extract.parse.org_cells.table_boxes` does the same for a chart drawn as a table
(its cells' places as the geometry).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.normalize.spacing import despace
from extract.normalize.vocab import Level
from extract.parse.branch_lists import branch_kind, branch_text
from extract.parse.org_bracket_teams import bracket_teams
from extract.parse.org_notes import without_notes
from extract.parse.org_parts import key, tree_depth, unbulleted, unit_word
from extract.parse.org_spaced import respaced
from extract.parse.org_vocab import (
    BOX_NAME_WORDS,
    BRANCH_OFFICE_WORDS,
    COUNT_ONLY_WORDS,
    GROUP_LABELS,
    KIND_LABELS,
    OFFICIALS,
    STEM_NAMED_KINDS,
    TITLE_ENDINGS,
    UNIT_WORDS,
    WHOLE_WORD_UNITS,
)
from extract.parse.project_facts import split_top
from extract.parse.text import GLOSS_WORDS
from extract.roles import UNIT_NUMBER_DIGITS

#: (x0, top, x1, bottom): a box on its page, or a cell's columns and rows in a table
Geo = tuple[float, float, float, float]
BoxKind = Literal["unit", "team", "count", "official"]

#: the word a team's name ends with (팀, TF) and the words a unit box's name ends with
TEAM_WORDS: tuple[str, ...] = tuple(w for w, lv in UNIT_WORDS.items() if lv == "team")
CHART_WORDS: tuple[str, ...] = tuple(
    w for w in UNIT_WORDS if w not in COUNT_ONLY_WORDS and w not in TEAM_WORDS
)
#: ... and the words a box's name ends with whatever the count line counts (a 공사's 처)
BOX_WORDS: tuple[str, ...] = CHART_WORDS + tuple(BOX_NAME_WORDS)
#: what separates the teams listed on one line ("▪관리 ▪운영", "환경정책 •물정책")
_SEPARATORS = regex.compile(r"[▪•◦▫‣∙]")
#: "(4팀, 30명)", "(2팀 14명)", "(4팀 1TF 26명)", "(53)" - counts in brackets; the name
#: never ends in a space, so it stops only before one (linear on a long run of spaces)
_BRACKETS = regex.compile(r"^(?P<name>.*?)(?<!\s)\s*+[(（](?P<inside>[^()（）]*+)[)）]\s*+$")
#: "5팀", "5팀(35명)": a count heading a box of teams
_BLOCK = regex.compile(
    r"^(?P<teams>\d{1,2})\s*팀\s*(?:[(（]\s*(?P<persons>\d[\d,]*)\s*명\s*[)）])?$"
)
_IN_TEAMS = regex.compile(r"(\d{1,3})\s*팀")
_IN_TF = regex.compile(r"(\d{1,3})\s*TFT?")
_IN_PERSONS = regex.compile(r"(\d[\d,]*)\s*명")
_BARE = regex.compile(r"^\s*(\d[\d,]*)\s*$")
_HANGUL = regex.compile(r"\p{Hangul}")
#: what a box's name is made of (no sentence punctuation, no amounts)
_NAME = regex.compile(r"^[\p{Hangul}A-Za-z0-9+&]+$")
#: a note on the chart ("※( )는 정원", "(기준:’25. 2. 1.)")
NOTE = regex.compile(r"^\s*(?:※|\*|[(（]\s*기\s*준|[(（]\s*[)）])")
#: longest name a box can hold (a sentence is not a box)
MAX_NAME = 24


@dataclass(eq=False)
class Box:
    """One box of an org chart (or one name of a box listing several)."""

    name: str
    kind: BoxKind
    lines: list[Line]
    word: str | None = None
    teams: int | None = None
    tfs: int | None = None
    persons: int | None = None
    bare: int | None = None
    #: a "5팀" heading the teams under it (not a count in brackets after a unit)
    block: bool = False
    geo: Geo | None = None
    #: which line of the chart it is on, and how many names share that line
    row: int = 0
    pieces: int = 1
    parent: Box | None = None
    level: Level | None = None
    unit_type: str | None = None
    #: its line says whose it is ("경영기획본부 : 경영지원팀, …"): its parent as set, else the top
    listed: bool = False
    #: the rank of the table column it stands in ("부 서" beside "하 부 조 직": division)
    column_rank: Level | None = None

    @property
    def team_count(self) -> int | None:
        if self.teams is None and self.tfs is None:
            return None
        return (self.teams or 0) + (self.tfs or 0)


# --- boxes -------------------------------------------------------------------------------


def _counts(inside: str, box: Box) -> bool:
    """Read "4팀, 30명" / "53" into ``box``; False when it holds no count."""
    bare = _BARE.match(inside)
    if bare:
        box.bare = int(bare[1].replace(",", ""))
        return True
    found = False
    for pattern, attr in ((_IN_TEAMS, "teams"), (_IN_TF, "tfs"), (_IN_PERSONS, "persons")):
        m = pattern.search(inside)
        if m:
            setattr(box, attr, int(m[1].replace(",", "")))
            found = True
    return found


def is_prose(text: str) -> bool:
    """Words of a sentence, not a box's name: two or more words longer than a letter
    ("조직개편 추진 중"), unless every word is a unit's name ("A과 B과") or the
    words are letters spaced out ("계       약", "관 광 정 책").

    >>> [is_prose(t) for t in ("조직개편 추진 중", "계       약", "관 광 정 책", "교통기획")]
    [True, False, False, False]
    """
    words = text.split()
    if sum(1 for w in words if len(w) > 1) < 2:
        return False
    return not all(unit_word(w, BOX_WORDS) for w in words)


def _heads(name: str) -> bool:
    """A unit's name with an official's title after it: its head ("해양수산국장": the head
    of 해양수산국), drawn at the top of a chart."""
    office = name.removesuffix("장")
    return (
        office != name
        and any(name.endswith(o) for o in OFFICIALS)
        # (a unit's whole name, or its kind alone where that is a word: "보건소장")
        and (
            unit_word(office, CHART_WORDS) is not None
            or (len(office) > 1 and office in CHART_WORDS)
        )
    )


def classify(
    text: str, lines: list[Line], geo: Geo | None = None, wrapped: bool = False
) -> Box | None:
    """One name or count of a chart as a box (None for text that is neither).

    ``wrapped``: the text of a table cell, whose spaces may be line breaks.

    >>> [(b.kind, b.name, b.teams, b.persons, b.bare) for b in (
    ...     classify("관광정책과(5)", []), classify("(4팀, 30명)", []), classify("▪교통기획", []),
    ...     classify("원 장", []), classify("5팀(35명)", []))]  # doctest: +NORMALIZE_WHITESPACE
    [('unit', '관광정책과', None, None, 5), ('count', '', 4, 30, None),
     ('team', '교통기획', None, None, None), ('official', '원장', None, None, None),
     ('count', '', 5, 35, None)]
    """
    s = unbulleted(text)
    if not s or NOTE.match(s):
        return None
    box = Box("", "count", lines, geo=geo)
    block = _BLOCK.match(key(s))
    if block:
        box.teams, box.block = int(block["teams"]), True
        if block["persons"]:
            box.persons = int(block["persons"].replace(",", ""))
        return box
    m = _BRACKETS.match(s)
    name = s
    if m:
        if not _counts(m["inside"], box):
            # brackets that are part of the name: "(재)...", "(별도조직)"
            name = regex.sub(r"[(（][^()（）]*[)）]", "", s)
        else:
            name = m["name"]
    if not wrapped and is_prose(name):
        return None
    name = key(name)
    if not name:
        return box if (box.bare or box.teams or box.persons) is not None else None
    if not _HANGUL.search(name) or len(name) > MAX_NAME or not _NAME.match(name):
        return None
    if len(name) > 1 and all(ch in _SYLLABLE_WORDS for ch in name):
        return None  # (a chart table's header, its cells one a line: "과" / "팀")
    counted = any(v is not None for v in (box.teams, box.tfs, box.persons, box.bare))
    if name.replace("·", "") in GROUP_LABELS and not counted:
        return None  # (a label over a group of units: "□ 본청", "□ 직속기관·사업소")
    box.name = name
    if name in OFFICIALS or _heads(name):
        box.kind = "official"
        return box
    if unit_word(name, TEAM_WORDS):
        box.kind = "team"
        return box
    # (a 공사's "경영기획처" over its teams: a unit, though its word is one a count counts)
    word = unit_word(name, BOX_WORDS)
    if word is not None and (len(name) - len(word) >= 2 or name in WHOLE_WORD_UNITS):
        box.kind, box.word = "unit", word
        return box
    counted = (box.teams or box.persons or box.bare) is not None
    if not counted and name.endswith(TITLE_ENDINGS):
        return None  # (a part's title, "□ 운영현황", no team)
    box.kind = "unit" if counted else "team"
    return box


#: the unit words of one syllable: a name made of them alone is a header ("과팀": 과 | 팀)
_SYLLABLE_WORDS = frozenset(w for w in UNIT_WORDS if len(w) == 1)


#: the words that end only a division's name, in a list of units without counts
LISTED_DIVISION_WORDS: tuple[str, ...] = ("과", "담당관")


def _comma_listed(text: str) -> list[str] | None:
    """The units a line lists in prose, parted by commas, each a unit's name with its
    counts in brackets or none ("○ 경제정책과(4팀), 일자리정책과(4팀), 투자유치과"); None
    for a line that is no such list."""
    parts = [p.strip() for p in split_top(unbulleted(text)) if p.strip()]
    if len(parts) < 2:
        return None
    names = [(m["name"] if (m := _BRACKETS.match(p)) else p) for p in parts]
    ok = all(" " not in n and len(n) >= 3 and unit_word(n, CHART_WORDS) for n in names)
    # (a list of facilities ends so too, "시립미술관, 시민회관": units say their counts or
    # end in a division's own word)
    counted = any(_BRACKETS.match(p) for p in parts)
    named = all(unit_word(n, LISTED_DIVISION_WORDS) for n in names)
    return parts if ok and (counted or named) else None


#: what sets the names of one cell apart ("문화정책팀, 문화예술팀"); a space, a line break
#: or a middle dot does too where the names it parts each end in a team word ("…팀·…팀",
#: one a line; not "문화·관광팀", nor a name wrapped, "영상미디어" / "팀")
NAME_SEPARATORS = regex.compile(r"[,，、]")
#: a line that names a kind of unit and lists them: "사업소 : 은평의마을, 영보자애원" (the
#: label's bracket a count, or a gloss in English: "기획예산과 (Planning & Budget
#: Division) : 기획팀, …")
_LABELLED_UNITS = regex.compile(
    # (a kind may open with its number: "119안전센터(4) : 중앙119안전센터, …"; a unit may
    # hold the number that tells it from its siblings before its ending: "세무1과(4팀) : …")
    r"^(?P<word>\d{0,3}\p{Hangul}[\p{Hangul} ·ㆍ]{0,23}?"
    rf"(?:(?<=\p{{Hangul}}{{2}})[{UNIT_NUMBER_DIGITS}]{{1,2}}+\p{{Hangul}}{{1,3}}+)?)\s*+"
    rf"(?:[(（](?:[^()（）:：]{{1,12}}|{GLOSS_WORDS})[)）]\s*+)?"
    r"[:：]\s*+(?P<names>\S.*+)$"
)


#: words after a kind of unit in a label that say the line lists them ("팀 구성", "팀 현황")
LISTING_WORDS: tuple[str, ...] = ("구성", "현황", "편성")


def _labelled_names(text: str) -> tuple[str, list[str]] | None:
    """The label and the names of a line "label : name, name" (each a name a box may
    hold: no sentence, no official's title); None for any other line.  A list of branch
    offices reads as its plain form (:func:`~extract.parse.branch_lists.branch_text`:
    "보건지소 2개소 : 한내보건지소(한내면), …")."""
    text = branch_text(text)
    m = _LABELLED_UNITS.match(unbulleted(text).strip())
    if m is None:
        return None
    # (a list that goes on in the next line ends with its comma: "…, 경제일자리과,")
    names = [key(n) for n in NAME_SEPARATORS.split(m["names"].rstrip(" ,，、"))]
    if any(not _NAME.match(n) or len(n) > MAX_NAME or n in OFFICIALS for n in names):
        return None
    return key(m["word"]), names


def branch_listing(text: str) -> tuple[str, list[str]] | None:
    """The kind of branch office a line lists and the names it lists
    (:func:`extract.parse.branch_lists.branch_kind`); None for any other line.

    >>> branch_listing("○ 읍면 농업인상담소(2) : 가온읍상담소, 서창면상담소")
    ('농업인상담소', ['가온읍상담소', '서창면상담소'])
    """
    found = _labelled_names(text)
    kind = branch_kind(*found) if found is not None else None
    return (kind, found[1]) if kind is not None and found is not None else None


def labelled_units(text: str) -> tuple[str, list[str]] | None:
    """The unit word and the names of a line that lists units of that kind under it
    ("사업소 : 은평의마을, 영보자애원"; their names need not end in the word); None for
    any other line.

    >>> labelled_units("사업소(2) : 은평의마을, 영보자애원")
    ('사업소', ['은평의마을', '영보자애원'])
    >>> labelled_units("주요업무 : 복지정책 총괄, 복지재단 운영") is None
    True
    >>> labelled_units("○ 읍·면(3) : 백운읍, 청계면, 운곡면")
    ('읍면', ['백운읍', '청계면', '운곡면'])
    """
    found = _labelled_names(text)
    if found is not None and found[0] in KIND_LABELS:
        return found  # ("실·과(13) : 기획감사실, 행정복지과", "읍·면(9) : 백운읍, 청계면")
    if found is not None and (branch := branch_kind(*found)) is not None:
        return branch, found[1]  # ("읍면 농업인상담소(8) : 가온읍상담소, …": of that kind)
    if (
        found is not None and unit_word(found[0]) is not None
        and all(n.endswith(found[0]) and n != found[0] for n in found[1])
    ):  # fmt: skip
        # (units named by the kind of unit they are: "119안전센터(4) : 중앙119안전센터, …";
        # not "위원회(2) : …", no unit's word)
        return found
    if found is None or UNIT_WORDS.get(found[0]) not in ("bureau", "division"):
        return None
    return None if _named_by_kind(*found) else found


#: fewest letters of a unit named by its kind's word alone (기획관, 대변인; not 과, 실)
MIN_KIND_NAME = 2


def _named_by_kind(label: str, names: Sequence[str]) -> bool:
    """A label that is a unit's kind word of two letters or more over teams only ("기획관 :
    정책기획팀, 조직관리팀"): a unit named so (a 기획조정실's 기획관), not a kind of unit."""
    return (
        len(label) >= MIN_KIND_NAME
        and UNIT_WORDS.get(label) in ("bureau", "division")
        and all(unit_word(n, TEAM_WORDS) for n in names)
    )


#: the label of a line of units set right under the top ("원장 직속 : 감사실")
DIRECT_WORDS: tuple[str, ...] = ("직속",)
#: ... or under an official, who is no unit ("부원장 소관 : 도시공간연구실, …")
OFFICIAL_CHARGE_WORDS: tuple[str, ...] = ("소관", "산하", "관할")


def _under_official(label: str) -> bool:
    """A label of the units an official has in charge ("부원장 소관"): the top's units."""
    key = "".join(label.split())
    word = next((w for w in OFFICIAL_CHARGE_WORDS if key.endswith(w)), None)
    return word is not None and key[: -len(word)] in OFFICIALS


def team_listing(text: str) -> list[str] | None:
    """The teams a line lists under the team word alone ("○ 팀 : 문화정책팀, 문화예술팀"),
    or the word and what the list is of ("○ 팀 구성 : …"); None for another line.

    >>> team_listing("○ 팀 구성 : 일자리기획팀, 청년일자리팀")
    ['일자리기획팀', '청년일자리팀']
    """
    found = _labelled_names(text)
    if found is None:
        return None
    word = next(
        (found[0][: -len(w)] for w in LISTING_WORDS if found[0].endswith(w) and found[0] != w),
        found[0],
    )
    if UNIT_WORDS.get(word) != "team":
        return None
    return found[1] if all(n.endswith(word) for n in found[1]) else None


def units_under(text: str) -> tuple[str | None, list[str]] | None:
    """The unit a line names in its label and the units or teams it lists after it
    ("경영기획본부 : 경영지원팀, 기획예산팀"), or None for the top's own ("원장 직속 :
    감사실"); None for any other line.

    >>> units_under("○ 경영기획본부 : 경영지원팀, 기획예산팀")
    ('경영기획본부', ['경영지원팀', '기획예산팀'])
    >>> units_under("○ 원장 직속 : 감사실")
    (None, ['감사실'])
    >>> units_under("○ 주요업무 : 기획예산팀 운영") is None
    True
    """
    found = _labelled_names(text)
    if found is None:
        return None
    label, names = found
    # (under a unit's label, a name may end in a word that ends a box's name only where a
    # count counts it: "○ 경영본부 : 기획조정처, 영업처")
    words = CHART_WORDS + TEAM_WORDS + (
        tuple(COUNT_ONLY_WORDS) if unit_word(label, CHART_WORDS) else ()
    )
    if any(len(n) <= len(unit_word(n, words) or n) for n in names):
        return None  # (each a unit's or a team's name: "경영지원팀", not "운영")
    if label.endswith(DIRECT_WORDS) or _under_official(label):
        return None, names
    if team_listing(text) is not None:
        return None, names  # ("○ 팀 : 문화정책팀, 문화예술팀": the teams of the top, a 과)
    if _named_by_kind(label, names):
        return label, names  # ("기획관 : 정책기획팀, 조직관리팀": the 기획관 and its teams)
    if (
        label in UNIT_WORDS or label in KIND_LABELS or all(n.endswith(label) for n in names)
        or branch_kind(label, names) is not None  # ("읍면 농업인상담소 : 가온읍상담소, …")
    ):  # fmt: skip
        # (a kind, not a unit: "본 부 : 소방행정과, …" lists the 본부's own, "전문위원실 :
        # 의회운영전문위원실, …" the units of that kind)
        return None
    word = unit_word(label, CHART_WORDS)
    if word is None and all(unit_word(n, TEAM_WORDS) for n in names):
        # (a 공사's 처 over its teams: "- 경영지원처 : 인사총무팀, 재무회계팀"; a word that
        # ends a box's name only where a count counts it, here its teams say so)
        word = unit_word(label, tuple(COUNT_ONLY_WORDS))
    return (label, names) if word is not None and len(label) > len(word) else None


def split_names(text: str) -> list[str]:
    """The names one chart line lists: separated by bullets, or several unit names in a
    row, or parted by commas (:func:`_comma_listed`)."""
    listed = _comma_listed(text)
    if listed is not None:
        return listed
    # (names letter-spaced on one line, a wider gap between them: "이  사  장   감  사")
    pieces = [respaced(p).strip() for p in _SEPARATORS.split(text) if p.strip()]
    out: list[str] = []
    for p in pieces:
        # (a name spaced out in its column, "도 로 과", is one name)
        toks = despace(unbulleted(p)).split()
        names = [t for t in toks if unit_word(t, BOX_WORDS + TEAM_WORDS) and len(t) >= 3]
        out.extend(toks if len(toks) >= 2 and len(names) == len(toks) else [p])
    return out


def _is_syllable(text: str) -> bool:
    t = "".join(text.split())
    return len(t) == 1 and bool(_HANGUL.match(t))


#: what a line of names that goes on in the next one ends with ("…, 복지환경전문위원실,")
_GOES_ON = (",", "，", "、")


def _unwrapped(lines: Sequence[Line]) -> list[tuple[Line, list[Line]]]:
    """``lines`` with a list of names wrapped onto the next line joined into one ("○
    전문위원실 : 의회운영전문위원실, …," / "문화교육전문위원실, 도시건설전문위원실"), and a
    unit's name alone on its line over the list of its teams made one labelled line
    ("경제정책과" / "경제기획팀, 공정경제팀": a table of 과 | 팀 written a cell a line);
    each with the lines it was joined from."""
    out: list[tuple[Line, list[Line]]] = []
    for ln in lines:
        prev, joined = out[-1] if out else (None, [])
        if (
            prev is not None
            and prev.text.rstrip().endswith(_GOES_ON)
            and unbulleted(ln.text) == ln.text.strip()
            and _labelled_names(f"{prev.text} {ln.text.strip()}") is not None
        ):
            text = f"{prev.text.rstrip()} {ln.text.strip()}"
            out[-1] = (prev._replace(text=text), [*joined, ln])
            continue
        if prev is not None and _name_goes_on(prev.text, ln.text):
            # ("…, 복지환경전문위원실, 산업" / "건설전문위원실": a name wrapped inside it)
            out[-1] = (prev._replace(text=prev.text.rstrip() + ln.text.strip()), [*joined, ln])
            continue
        if prev is not None and _teams_of(prev.text, ln.text):
            text = f"{prev.text.strip()} : {ln.text.strip()}"
            out[-1] = (prev._replace(text=text), [*joined, ln])
            continue
        out.append((ln, [ln]))
    return out


def _name_goes_on(listed: str, line: str) -> bool:
    """Whether ``line`` goes on with the last name of the list ``listed`` ends with,
    wrapped inside it: that name ends in no unit's word, and with the line's first name
    it does ("산업" / "건설전문위원실")."""
    found = _labelled_names(listed)
    rest = line.strip()
    if found is None or not rest or unbulleted(line) != rest:
        return False
    words = CHART_WORDS + TEAM_WORDS
    last, first = found[1][-1], key(NAME_SEPARATORS.split(rest)[0])
    return (
        unit_word(last, words) is None
        and unit_word(last + first, words) is not None
        and _labelled_names(listed.rstrip() + rest) is not None
    )


def _holding(name: str, joined: Sequence[Line], line: Line) -> list[Line]:
    """The lines a name of a joined line stands on (a name after the wrap: the line it was
    wrapped onto, not the first)."""
    if len(joined) < 2:
        return [line]
    own = [ln for ln in joined if key(name) in key(ln.text)]
    return own[:1] or list(joined)


def _teams_of(name: str, names: str) -> bool:
    """Whether ``name`` is a unit's name alone and ``names`` the teams it lists, two or
    more parted by commas, each a team's name."""
    unit = name.strip()
    if " " in unit or unbulleted(name) != unit or unit_word(unit, CHART_WORDS) is None:
        return False
    teams = [n.strip() for n in NAME_SEPARATORS.split(names)]
    return len(teams) >= 2 and all(
        " " not in t and len(t) > len(unit_word(t, TEAM_WORDS) or t) for t in teams
    )


def line_boxes(lines: Sequence[Line], geo: Mapping[int, Geo]) -> list[Box]:
    """The boxes of a chart's lines, in order: names split, syllables stacked one per
    line joined, counts in brackets on the line after a name joined to it; a unit's note
    of its change after its name, "사업처(’25. 신설)", left out."""
    lines = [without_notes(ln) for ln in lines]
    boxes: list[Box] = []
    pending: list[Line] = []

    def flush() -> None:
        if not pending:
            return
        text = "".join(ln.text.strip() for ln in pending)
        g = [geo[ln.no] for ln in pending if ln.no in geo]
        union = (
            (min(b[0] for b in g), min(b[1] for b in g), max(b[2] for b in g), max(b[3] for b in g))
            if g
            else None
        )
        box = classify(text, list(pending), union)
        if box is not None:
            box.row = len(boxes)
            boxes.append(box)
        pending.clear()

    words = TEAM_WORDS + CHART_WORDS
    # a unit alone on a bulleted line over lines of a deeper bullet that each list a unit
    # and its teams ("○ 경영기획본부" / "- 경영지원처 : 인사총무팀, …"): their parent
    head: Box | None = None
    head_mark: str | None = None
    tree: list[tuple[int, Box]] = []  # (the branches open in a tree, outer first)
    for row, (ln, sources) in enumerate(_unwrapped(lines)):
        found = read_marker(ln.text.strip())
        mark = found[0].kind if found is not None and found[0].kind.startswith("bullet") else None
        if mark is None or mark == head_mark:
            head = head_mark = None
        under_head = head if mark is not None else None
        if _is_syllable(ln.text):
            pending.append(ln)
            joined = "".join(p.text.strip() for p in pending)
            after = lines[row + 1].text.strip() if row + 1 < len(lines) else ""
            # (a name that ends in a unit's word and goes on into a longer one is the
            # longer: "복지재단" then "팀" is 복지재단팀)
            longer = _is_syllable(after) and unit_word(joined + after, words)
            if unit_word(joined, words) and not longer:
                flush()
            continue
        flush()
        # (a unit listed with its teams in its bracket, "감사실(감사팀)": the unit, its teams
        # under it)
        bare_text, bracketed = bracket_teams(ln.text, BOX_WORDS, TEAM_WORDS)
        if bracketed and units_under(bare_text) is not None:
            ln = ln._replace(text=bare_text)
        else:
            bracketed = {}
        if (under := units_under(ln.text)) is not None:
            owner_name, names = under
            if team_listing(ln.text) is not None and any(b.kind == "unit" for b in boxes):
                continue  # (teams of no unit named, after units listed: whose, unsaid)
            owner = None
            if owner_name is not None:
                owner = Box(owner_name, "unit", _holding(owner_name, sources, ln),
                            word=unit_word(owner_name, CHART_WORDS)
                            or unit_word(owner_name, tuple(COUNT_ONLY_WORDS)),
                            geo=geo.get(ln.no), row=row, listed=True)  # fmt: skip
                owner.parent = _adopt(under_head)
                boxes.append(owner)
            for n in names:
                box = classify(n, _holding(n, sources, ln), geo.get(ln.no))
                if box is not None and owner is not None and box.kind == "team" and (
                    (w := unit_word(n, tuple(COUNT_ONLY_WORDS))) is not None
                ):
                    box.kind, box.word = "unit", w  # (a 본부's 처: a unit of the 본부)
                if box is not None and box.kind in ("unit", "team"):
                    box.row, box.pieces, box.parent, box.listed = row, len(names), owner, True
                    boxes.append(box)
                    boxes += [
                        Box(t, "team", _holding(t, sources, ln), word=unit_word(t, TEAM_WORDS),
                            geo=geo.get(ln.no), row=row, parent=box, listed=True)
                        for t in bracketed.get(key(n), [])
                    ]  # fmt: skip
            continue
        if (listed := labelled_units(ln.text)) is not None:
            word, names = listed
            # (each its own word where it has one: "본 부 : 소방행정과, 119종합상황실")
            parent = _adopt(under_head)
            # (a kind the count line counts by, "직속기관", "읍면", is each unit's word: "보건소",
            # "백운읍"; of kinds named together, "실·과", each its own)
            kind = word if word in KIND_LABELS and word in UNIT_WORDS else None
            own = word if word in UNIT_WORDS else None
            # (a branch office by its short word, "가온읍상담소": of the listed kind)
            branch = word if word in BRANCH_OFFICE_WORDS else None
            if word in STEM_NAMED_KINDS:  # ("전문위원실(7) : 의회운영, 행정자치")
                names = [n if n.endswith(word) else n + word for n in names]
            for n in names:
                # (a unit of the teams' rank by its word: "가온119구조대" beside 119안전센터)
                w = kind or branch or unit_word(n, CHART_WORDS) or own or unit_word(n)
                boxes.append(Box(
                    n, "team" if UNIT_WORDS.get(w or "") == "team" else "unit",
                    _holding(n, sources, ln), word=w, geo=geo.get(ln.no), row=row,
                    pieces=len(names), parent=parent, listed=True, level=KIND_LABELS.get(word),
                ))  # fmt: skip
            continue
        pieces = split_names(ln.text)
        depth = tree_depth(ln.text)
        for piece in pieces:
            box = classify(piece, [ln], geo.get(ln.no))
            if box is None:
                continue
            box.row, box.pieces = row, len(pieces)
            boxes.append(box)
            if depth is not None and box.kind in ("unit", "team"):
                # (a chart typed as a tree: the branch it hangs from says whose it is)
                while tree and tree[-1][0] >= depth:
                    tree.pop()
                box.parent, box.listed = (tree[-1][1] if tree else None), True
                tree.append((depth, box))
            elif box.kind == "unit":
                tree = [(-1, box)]  # (a unit with no stroke roots the branches under it)
        last = boxes[-1] if boxes else None
        if mark is not None and len(pieces) == 1 and last and last.lines[-1] is ln:
            head, head_mark = (last, mark) if last.kind == "unit" else (None, None)
    flush()
    return _attach_counts(boxes)


def _adopt(head: Box | None) -> Box | None:
    """``head`` as the parent of the units listed under its line: it is then placed by its
    line too (under the top), not by the order of the boxes."""
    if head is not None:
        head.listed = True
    return head


def _attach_counts(boxes: list[Box]) -> list[Box]:
    """A count in brackets belongs to the name before it (which is then a unit)."""
    out: list[Box] = []
    for box in boxes:
        prev = out[-1] if out else None
        if box.kind == "count" and not box.block and prev is not None and prev.kind != "count":
            for attr in ("teams", "tfs", "persons", "bare"):
                if getattr(box, attr) is not None and getattr(prev, attr) is None:
                    setattr(prev, attr, getattr(box, attr))
            prev.lines = [*prev.lines, *box.lines]
            if prev.kind == "team":
                prev.kind = "unit"
                prev.word = unit_word(prev.name, CHART_WORDS)
            continue
        out.append(box)
    return out
