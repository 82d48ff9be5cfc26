"""An organisation table that lists its units row by row: a column of divisions, a
cell beside each listing its teams ("국 | 과 | 팀 수 | 팀 명": 문화콘텐츠과 | 5팀 |
문화정책팀, 문화예술팀, …), the bureau in a cell spanning them.

:func:`listing_boxes` reads such a table into the chart's boxes, each with its parent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import Line
from extract.layout.tables import Table, TableCell
from extract.normalize.vocab import COUNT_UNITS
from extract.parse.org_boxes import CHART_WORDS, DIRECT_WORDS, NAME_SEPARATORS, TEAM_WORDS, Box
from extract.parse.org_bracket_teams import bracket_teams, top_level
from extract.parse.org_cells import team_names
from extract.parse.org_count_columns import column_below, counts_before_names
from extract.parse.org_kind_groups import kind_grouped_units
from extract.parse.org_listed import listed_names, name_before_bracket
from extract.parse.org_notes import without_change_notes
from extract.parse.org_parts import key, unit_word
from extract.parse.org_vocab import (
    BARE_COUNTERS,
    COUNT_ONLY_WORDS,
    DIVISION_RANK_WORDS,
    GROUP_LABELS,
    OFFICIALS,
    ORG_TABLE_COLUMNS,
    PLACE_UNIT_WORDS,
    SUBTOTAL_LABELS,
    TOTAL_LABELS,
    UNIT_WORDS,
)

#: a cell that lists no team ("-", "없음")
_NONE = frozenset({"", "-", "－", "없음", "해당없음"})


def _columns(table: Table) -> tuple[int, dict[int, str]]:
    """The header row (the first that names a division column and a teams column), and
    column -> what it holds (bureau, division, teams) by its words; (-1, {}) for none.
    (A table of names alone has no figures to tell its header rows by: its words do.)"""
    for r in sorted({c.row for c in table.cells}):
        out: dict[int, str] = {}
        for c in table.cells:
            held = column_kind(c.text) if c.row == r and c.col_span == 1 else None
            if held is not None and held not in out.values():
                out[c.col] = held
        _names_after_counts(table, r, out)
        counts_before_names(table, r, out, _counts_only)  # ("기 구 | 부 서")
        if set(out.values()) == {"teams"} and (col := _units_column(table, r)) is not None:
            out[col] = "division"  # ("구 분 | 팀 수 | 팀 명" over 문화정책과, 관광과, …)
        kinds = set(out.values())
        if {"division", "teams"} <= kinds or kinds in ({"bureau", "teams"}, {"bureau", "division"}):
            return r, out
        if set(out.values()) == {"teams"} and min(out) == 0:
            return r, out  # (a 과's own table of its teams: "팀 명 | 담당업무 | 인원")
    return -1, {}


#: headers of a column of names that a column of the units' counts stands before ("구 분
#: | 하부조직 | 명 칭" over "자치행정과 | 5팀 | 자치행정팀, 주민자치팀, …")
NAME_HEADS = frozenset({"명칭", "명", "조직명", "기관명칭"})


def _names_after_counts(table: Table, head: int, cols: dict[int, str]) -> None:
    """Where the teams' column holds their counts alone ("5팀", "18개동") and the column
    after it is headed by a name's word ("명 칭"), the names' column holds the teams."""
    col = next((k for k, v in cols.items() if v == "teams"), None)
    if col is None:
        return
    under = column_below(table, head, col)
    after = [c for c in table.cells if c.row == head and c.col == col + 1]
    if under and all(map(_is_count, under)) and after and key(after[0].text) in NAME_HEADS:
        del cols[col]
        cols[col + 1] = "teams"


#: the rank of the units a header made of kinds of unit joined by dots holds, where its
#: kinds are of one rank ("과·센터", "과·사업소": division; "국·본부": bureau)
_JOINED_KINDS: dict[str, str] = {
    "국": "bureau", "본부": "bureau", "실": "bureau",
    "과": "division", "센터": "division", "소": "division", "사업소": "division", "부": "division",
    "담당관": "division", "단": "division", "동": "division", "처": "division",
}  # fmt: skip


#: a header of a unit word with other kinds in brackets after it ("팀(센터)", "팀(실)")
_BRACKETED_KINDS = regex.compile(
    r"^(?P<word>\p{Hangul}{1,3}+)[(（](?P<kinds>[\p{Hangul},，/·ㆍ]++)[)）]$"
)


def _is_unit_word(word: str) -> bool:
    """Whether a word of a header names a kind of unit, not a word that only counts."""
    return word in UNIT_WORDS and word not in COUNT_ONLY_WORDS


def _counts(word: str) -> bool:
    """Whether a word in a header's bracket counts ("개", "명", "개소", "팀수", "인원")."""
    return (
        (word in COUNT_UNITS and word not in UNIT_WORDS) or word.endswith("수")
        or word in _HEAD_COUNT_WORDS
    )  # fmt: skip


#: the words of a header's bracket that count heads
_HEAD_COUNT_WORDS = frozenset({"인원", "정원", "현원"})
#: the column a header of one unit word heads, by the word's rank
_RANK_COLUMNS: dict[str, str] = {"bureau": "bureau", "division": "division", "team": "teams"}


def column_kind(text: str) -> str | None:
    """What a header cell's column of an organisation table holds (bureau, division,
    teams): by :data:`ORG_TABLE_COLUMNS`, a unit word alone or with its 명 (a 본부's
    "부 | 과 | 주요업무", "센터명"), of that word's rank, or kinds of unit joined by dots.

    >>> column_kind("과·센터"), column_kind("국·본부"), column_kind("팀 명"), column_kind("예산")
    ('division', 'bureau', 'teams', None)
    >>> column_kind("과(담당관)"), column_kind("부"), column_kind("센 터 명"), column_kind("반")
    ('division', 'bureau', 'division', None)
    >>> column_kind("팀(센터)"), column_kind("팀(실)"), column_kind("실·센터")
    ('teams', 'teams', None)
    >>> column_kind("팀(개)"), column_kind("과(명)"), column_kind("팀(수)"), column_kind("과(개소)")
    (None, None, None, None)
    >>> column_kind("팀(센터·지소)"), column_kind("팀(분소)"), column_kind("팀(인원)")
    ('teams', 'teams', None)
    """
    held = ORG_TABLE_COLUMNS.get(key(text))
    if held is not None:
        return held
    # (not a word that only counts, "반": a 리's count of its 반 beside 세대 and 인구)
    word = key(text).removesuffix("명") or key(text)
    if word in UNIT_WORDS and word not in COUNT_ONLY_WORDS:
        return _RANK_COLUMNS[UNIT_WORDS[word]]
    # (or a unit word with the other kinds its column holds in brackets, "팀(센터)", "팀(실)":
    # the word's rank, the others of that rank with their own word; each a unit word itself,
    # not a counter: "팀(개)", "과(명)", "팀(수)", "과(개소)" head the units' counts)
    m = _BRACKETED_KINDS.match("".join(text.split()))
    kinds = [w for w in regex.split(r"[,，/·ㆍ]", m["kinds"]) if w] if m is not None else []
    # (the kinds beside it in its bracket, "팀(센터·지소)", "팀(분소)"; a counter, "팀(개)",
    # "과(명)", makes a column of counts)
    if m is not None and kinds and _is_unit_word(m["word"]) and not any(map(_counts, kinds)):
        return _RANK_COLUMNS[UNIT_WORDS[m["word"]]]
    # (or one in the other's brackets: "과(담당관)")
    parts = [p for p in regex.split(r"[·ㆍ・/()（）]", "".join(text.split())) if p]
    ranks = {_JOINED_KINDS.get(p) for p in parts}
    # (kinds of one rank only: "실·센터" names units of two, each its own by its name)
    return ranks.pop() if len(parts) > 1 and len(ranks) == 1 and None not in ranks else None


#: the header of a table's first column that names no kind of what it lists
_ROW_LABEL_HEADS = frozenset({"구분"})


def _units_column(table: Table, head: int) -> int | None:
    """The first column where its header is only a row label ("구 분") and every cell under
    it (a total aside) is a division's name, two at least; else None."""
    heads = [c for c in table.cells if c.row == head and c.col == 0]
    if not heads or key(heads[0].text) not in _ROW_LABEL_HEADS:
        return None
    names = [key(c.text) for c in table.cells if c.row > head and c.col == 0 and c.text.strip()]
    names = [n for n in names if n not in TOTAL_LABELS]
    # (a group's label counting its units, "동 행정복지센터 (18개동)", by its own name)
    ok = len(names) >= 2 and all(_unit_of(_KIND_COUNT.sub("", n) or n) for n in names)
    return 0 if ok else None


def _unit_of(name: str) -> str | None:
    """The unit word a name in a column of units ends with, or that it is (a 군's 보건소
    beside its 실 and 과)."""
    return unit_word(name, CHART_WORDS) or unit_word(name) or (name if name in UNIT_WORDS else None)


def listed_top(table: Table, lines: Mapping[int, Line]) -> Box | None:
    """The bureau a listing table names in its bureau column (its one unit there)."""
    head, cols = _columns(table)
    col = next((k for k, v in cols.items() if v == "bureau"), None)
    names = {
        key(c.text): c for c in table.cells
        if c.row > head and c.col == col and c.text.strip()
        and key(c.text) not in TOTAL_LABELS and unit_word(key(c.text), CHART_WORDS)
    }  # fmt: skip
    if len(names) != 1:
        return None
    name, c = next(iter(names.items()))
    src = [lines[no] for no in c.lines if no in lines]
    return Box(name, "unit", src[:1], word=unit_word(name, CHART_WORDS)) if src else None


def listing_boxes(table: Table, lines: Mapping[int, Line]) -> list[Box] | None:
    """The divisions and teams of a table that lists them row by row (the bureau's cell
    aside: the chart's top, :func:`listed_top`), each team's parent its row's division;
    None for a table of another form (no division column and teams column in its header,
    or a teams cell that names anything but teams)."""
    head, cols = _columns(table)
    if head < 0:
        # ("구 분 | 부 서 | 주요 기능" over "담당관(3) | 총무담당관", …: the top's units by kind)
        return _by_kind(table, lines)
    division_col = next((k for k, v in cols.items() if v == "division"), None)
    teams_col = next((k for k, v in cols.items() if v == "teams"), None)
    bureau_col = next((k for k, v in cols.items() if v == "bureau"), None)
    if division_col is None and bureau_col is not None and listed_top(table, lines) is None:
        # ("본부 | 팀 | 주요업무" listing two 본부 and a 실: the body's units over their teams)
        division_col = bureau_col
    if teams_col is not None and division_col is None:
        return _teams_of_top(table, head, teams_col, lines)
    if division_col is None or (teams_col is None and bureau_col is None):
        return None  # (a "국 | 과 | 주요업무" table lists its 과 under each 국, no team)
    out: list[Box] = []
    body = [c for c in table.cells if c.row > head]
    groups = _groups(body, division_col, lines)
    for cell in sorted(body, key=lambda c: c.row):
        group = next((g for g, rows in groups if cell.row in rows), None)
        if group is not None and group not in out:
            out.append(group)
        if cell.col != division_col or not cell.text.strip():
            continue
        name = key(without_change_notes(cell.text))
        row = [key(c.text) for c in body if c.row <= cell.row < c.row + c.row_span]
        if _counts_only(name) and not any(t in TOTAL_LABELS for t in row) and (
            counted := _counted_units(body, cell, teams_col, lines)
        ):
            # ("본 부 | 4과 1실 | 소방행정과, …, 119종합상황실", "소방서 | 6개 소방서 | 한빛
            # 소방서, …": the units it counts, listed beside it, the group's or the top's)
            for unit in counted:
                unit.parent = unit.parent or group  # (a team its unit's)
                unit.row = len(out)
                out.append(unit)
            continue
        if _is_count(name) or any(t in TOTAL_LABELS for t in row):
            continue  # (the 계 row: "계 | 4과 | 18팀"; not "119대응과")
        if name in OFFICIALS:
            continue  # (the head's own row of a staff table, "소 장 | | 1 | 1": no unit)
        if name.endswith(DIRECT_WORDS):
            # ("이사장 직속 | 감사실": the units in its row are the top's own)
            out.extend(_direct_units(body, cell, teams_col, lines))
            continue
        if (kinds := _kind_listing(body, cell, teams_col, lines)) is not None:
            # ("동 행정복지센터 (18개동) | 가온1동, 가온2동, …": the units the count names,
            # the top's, under no unit of the group's label)
            for unit in kinds:
                unit.parent, unit.row = group, len(out)
                out.append(unit)
            continue
        # (its count of what it holds aside: "민원여권과 (3개팀)")
        # (and its note of change: "관광진흥과(’25. 7. 신설)")
        name = key(_KIND_COUNT.sub("", without_change_notes(cell.text).strip())) or name
        word = _unit_of(name)  # (any unit word in a column of units: a 공사's 처)
        src = [lines[no] for no in cell.lines if no in lines]
        if word is None or not src:
            return None
        division = Box(name, "unit", src[:1], word=word, row=len(out))
        division.parent, division.column_rank = group, "division"
        out.append(division)
        # (and the rows under it that leave the division's cell empty: a text copied out
        # of the table, "해양정책과 | 4 | 해양정책팀" / " |  | 해양환경팀", keeps no span)
        end, last = cell.row + cell.row_span, max(c.row for c in body)
        while end <= last and not any(
            c.col == division_col and c.row <= end < c.row + c.row_span and c.text.strip()
            for c in body
        ):
            end += 1
        rows = range(cell.row, end)
        listed = [c for c in body if teams_col is not None and c.col == teams_col and c.row in rows]
        for c in listed:
            if key(c.text) in _NONE or key(c.text) in SUBTOTAL_LABELS:
                continue  # (a division's 소 계 row in its teams' column: no team)
            names = team_names(c.text)
            if names is None:
                # (units in the teams' column, each of their rank with its own word: "중앙
                # 119안전센터, 한솔119구조대" under a 소방서)
                units = [key(n) for n in NAME_SEPARATORS.split(c.text) if key(n)]
                ranks = [UNIT_WORDS.get(unit_word(n) or "") for n in units]
                # (not 과 under their 실·국 in a column of the units under each: no teams)
                lower = (
                    all(w is not None for w in ranks)
                    and all(unit_word(n) not in DIVISION_RANK_WORDS for n in units)
                    and "bureau" not in ranks
                )
                names = units if units and lower else None
            if names is None:
                return None  # (a cell of duties or remarks, not of team names)
            at = [lines[no] for no in c.lines if no in lines]
            for n in names:
                own = next((ln for ln in at if n[:2] in key(ln.text)), None)
                word = unit_word(n, TEAM_WORDS) or unit_word(n)
                team = Box(n, "team", [own or (at or src)[0]], word=word)
                team.parent, team.row = division, len(out)
                out.append(team)
    if teams_col is None:  # (divisions under their bureaus: two or more of them)
        return out if sum(b.kind == "unit" and b.parent is not None for b in out) >= 2 else None
    # (or the units a row of their counts lists: "4과 1실 | 소방행정과, …")
    return out if any(b.kind == "team" or b.column_rank for b in out) else None


def _by_kind(table: Table, lines: Mapping[int, Line]) -> list[Box] | None:
    """The units of a table whose header names a column of units and no column of teams,
    the column before it sorting them by kind (:func:`kind_grouped_units`); None else."""
    for r in sorted({c.row for c in table.cells})[:2]:
        col = next((
            c.col for c in table.cells
            if c.row == r and c.col > 0 and column_kind(c.text) == "division"
        ), None)  # fmt: skip
        if col is not None:
            return kind_grouped_units([c for c in table.cells if c.row > r], col, lines)
    return None


#: a group's label counting the units it lists by their word: "동 행정복지센터 (18개동)"
_KIND_COUNT = regex.compile(r"[(（]\s*+(?P<n>\d{1,3})\s*+개?\s*+(?P<word>\p{Hangul})\s*+[)）]$")


def _kind_listing(
    body: Sequence[TableCell], cell: TableCell, teams_col: int | None, lines: Mapping[int, Line]
) -> list[Box] | None:
    """The units a row lists beside a label that counts them by their word ("동 행정복지
    센터 (18개동)" beside 18 names each ending in 동): units of the top's; None for
    another row."""
    m = _KIND_COUNT.search(cell.text.strip())
    listed = next((c for c in body if c.col == teams_col and c.row == cell.row), None)
    if m is None or listed is None or m["word"] not in PLACE_UNIT_WORDS:
        return None  # (not "민원여권과 (3개팀)": a unit over its teams)
    names = [key(n) for n in regex.split(r"[,，·]", listed.text) if key(n)]
    if len(names) != int(m["n"]) or not all(n.endswith(m["word"]) and len(n) > 1 for n in names):
        return None
    at = [lines[no] for no in listed.lines if no in lines]
    if not at:
        return None
    # (of a division's rank; a kind no count line of units names by its word)
    return [Box(n, "unit", at[:1], listed=True, level="division", unit_type=m["word"])
            for n in names]  # fmt: skip


def _direct_units(
    body: Sequence[TableCell], cell: TableCell, teams_col: int | None, lines: Mapping[int, Line]
) -> list[Box]:
    """The units named beside a cell of the top's own line ("이사장 직속 | 감사실")."""
    rows = range(cell.row, cell.row + cell.row_span)
    out = []
    for c in body:
        if c.col != teams_col or c.row not in rows:
            continue
        src = [lines[no] for no in c.lines if no in lines]
        for n in team_names(c.text) or [key(c.text)]:
            if (word := unit_word(n)) is not None and src:
                out.append(Box(n, "unit", src[:1], word=word))
    return out


def _is_count(name: str) -> bool:
    """A count of units, digits and a unit word alone ("4과", "18팀", "2개과", of places
    too: "18개동"), not a name that opens with digits ("119대응과")."""
    rest = name.lstrip("0123456789")
    if rest != name and rest in BARE_COUNTERS:
        return True
    rest = rest.removeprefix("개") if rest.startswith("개") and len(rest) > 1 else rest
    return rest != name and (
        not rest or rest in UNIT_WORDS or rest in PLACE_UNIT_WORDS or unit_word(rest) == rest
    )


def _counts_only(name: str) -> bool:
    """A cell of counts of units alone, one or more ("4과1실", "6개소방서"), no name.

    >>> _counts_only("4과1실"), _counts_only("6개소방서"), _counts_only("119대응과")
    (True, True, False)
    """
    parts = [p for p in regex.split(r"(?<=\D)(?=\d)", name) if p]
    return bool(parts) and all(map(_is_count, parts))


#: a cell of one count and its counter ("2개", "6개소")
_COUNTED = regex.compile(r"(\d{1,3}+)(\p{Hangul}{1,2}+)")


def _counted_units(
    body: Sequence[TableCell], cell: TableCell, teams_col: int | None, lines: Mapping[int, Line]
) -> list[Box] | None:
    """The units named in the row of a cell of their counts ("4과 1실" beside "소방행정과,
    …, 119종합상황실"), each above the teams' rank by its word; None where a name is none."""
    rows = range(cell.row, cell.row + cell.row_span)
    # (counted by a counter of no kind, "직속기관 | 2개 | 소방학교, 종합방재센터": as many
    # names as it counts are units whatever their endings)
    bare = _COUNTED.fullmatch(key(cell.text))
    out: list[Box] = []
    for c in body:
        if c.col != teams_col or c.row not in rows or not c.text.strip():
            continue
        at = [lines[no] for no in c.lines if no in lines]
        # (each unit with its teams in its bracket, "경영지원부(총무팀, 재무팀), 급수운영부(…)":
        # the unit, its teams under it)
        text, bracketed = bracket_teams(": " + "".join(c.text.split()), CHART_WORDS, TEAM_WORDS)
        # (or with a bracket of what it holds counted, "경영지원부(4팀)", "가람소방서(119안전
        # 센터 5, 구조대 1)": the unit)
        names = [n for n in (key(x) for x in listed_names(text.removeprefix(": "))) if n]
        any_name = (
            bare is not None and bare[2] in BARE_COUNTERS and len(names) == int(bare[1])
        )
        for n in names:
            word = unit_word(n)
            if (word is None and not any_name) or not at:
                return None
            if word is not None and UNIT_WORDS[word] == "team":
                return None
            own = next((ln for ln in at if n[:2] in key(ln.text)), at[0])
            unit = Box(n, "unit", [own], word=word, listed=True)
            unit.column_rank = "division"
            out.append(unit)
            for t in bracketed.get(n, []):
                held = next((ln for ln in at if t[:3] in key(ln.text)), own)
                team = Box(t, "team", [held], word=unit_word(t, TEAM_WORDS) or unit_word(t))
                team.parent = unit
                out.append(team)
    return out or None


def _groups(
    body: Sequence[TableCell], division_col: int, lines: Mapping[int, Line]
) -> list[tuple[Box, range]]:
    """Units a column before the divisions' sets over the rows of theirs (a 기획관 merged
    down beside its 과; "실장 직속" is no unit: its divisions are the top's), with those
    rows."""
    out: list[tuple[Box, range]] = []
    for c in body:
        name = key(c.text)
        word = unit_word(name, CHART_WORDS)
        src = [lines[no] for no in c.lines if no in lines]
        if c.col >= division_col or not word or name in TOTAL_LABELS or not src:
            continue
        if name == word or name in GROUP_LABELS:
            continue  # (a kind or a place merged down beside its units, "본 부": no unit)
        rows = range(c.row, c.row + c.row_span)
        beside = [key(d.text) for d in body if d.col == division_col and d.row in rows]
        if beside and all(len(n) > len(name) and n.endswith(name) for n in beside if n):
            continue  # (a kind over its units, "정수사업소" over 화명정수사업소, …: no unit)
        if beside and all(map(_counts_only, beside)) and _kind_of_listed(body, rows, name):
            continue  # (or beside their count, "정수사업소 | 4개소 | 가람정수사업소, …")
        out.append((Box(name, "unit", src[:1], word=word), rows))
    return out


def _kind_of_listed(body: Sequence[TableCell], rows: range, name: str) -> bool:
    """Whether the rows list units each of the kind ``name`` ("가람정수사업소, 솔내정수사업소"
    beside "정수사업소 | 4개소"), two at least: ``name`` is their kind, no unit."""
    listed = [  # (each name's bracket aside, "가람정수사업소(정수팀, 수질팀)")
        key(name_before_bracket(n)) for c in body if c.row in rows
        for n in top_level(c.text) if len(top_level(c.text)) > 1 and key(n)
    ]  # fmt: skip
    return len(listed) >= 2 and all(len(n) > len(name) and n.endswith(name) for n in listed)


def _teams_of_top(table: Table, head: int, col: int, lines: Mapping[int, Line]) -> list[Box] | None:
    """The teams a table lists one a row in its first column, the top's own (a 과's
    report: "팀 명 | 담당업무 | 인원", its 계 and 과 장 rows aside); None for fewer than
    two."""
    out: list[Box] = []
    for c in sorted(table.cells, key=lambda c: c.row):
        name = key(c.text)
        if c.row <= head or c.col != col or unit_word(name, TEAM_WORDS) is None:
            continue
        src = [lines[no] for no in c.lines if no in lines]
        if src and len(name) > len(unit_word(name, TEAM_WORDS) or ""):
            out.append(Box(name, "team", src[:1], word=unit_word(name, TEAM_WORDS), row=len(out)))
    return out if len(out) >= 2 else None
