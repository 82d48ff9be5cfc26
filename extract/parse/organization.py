"""조직현황 -> OrgUnit records (bureau, divisions, teams).

The org chart comes out of the PDF as: the count line ("1기획관 3담당관
10팀"), the bureau box, the division boxes on one line, then the team boxes
whose names were vertical text (one syllable per line in a text export, one
word per line from bogoseo's PDF reader).  Stages:

:func:`read_counts` -> :func:`read_units` (bureau and divisions) ->
:func:`read_teams` (syllables -> names, split after the team word) ->
:func:`assign_teams` (each team to a division: the chart lists teams left to
right under their divisions, so the teams form one contiguous run per
division; where the runs split is decided by how much each team's name
shares with a division's name and duties).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout.marking import in_note_box
from extract.layout.pictures import is_figure_caption
from extract.normalize.vocab import NOTE_MARKS
from extract.parse.base import Context, Parsed, prov
from extract.parse.org_parts import unit_word
from extract.parse.org_vocab import UNIT_WORDS
from extract.parse.text import best_runs, squash
from extract.parse.vocab import BUREAU_SUFFIXES, DIVISION_SUFFIXES, TEAM_SUFFIXES
from extract.sections import Section
from schemas import BudgetItem, OrgUnit, StatedTotal

# possessive, so a long run of digits cannot backtrack
_COUNT = regex.compile(r"(?<!\d)(\d++)\s*+(\p{Hangul}++)")


def read_counts(heading: str) -> dict[str, tuple[int, str]]:
    """``{"bureau": (1, "기획관"), "division": (3, "담당관"), "team": (10, "팀")}``.

    The unit word gives the level (:data:`extract.parse.org_vocab.UNIT_WORDS`),
    not its place in the line; a word the vocabulary does not know is left out,
    and a level counted twice ("3과 2사업소") is not this template's line.

    >>> read_counts("조직현황  1기획관 3담당관 10팀")["division"]
    (3, '담당관')
    >>> read_counts("조직 및 인력 ▹ 3과 12팀·1TF 4사업소")
    {}
    """
    text = regex.sub(r"^.*?현황", "", heading)
    out: dict[str, tuple[int, str]] = {}
    for n, word in _COUNT.findall(text):
        level = UNIT_WORDS.get(word)
        if level is None:
            continue
        if level in out:
            return {}
        out[level] = (int(n), word)
    return out


def _ends(name: str, suffixes: Sequence[str]) -> bool:
    return any(name.endswith(s) for s in suffixes)


def read_units(
    lines: Sequence[Line], counts: dict[str, tuple[int, str]]
) -> tuple[Line | None, list[tuple[str, Line]], int]:
    """The bureau line, the division names, and where the team block starts."""
    bureau_words = (counts["bureau"][1],) if "bureau" in counts else BUREAU_SUFFIXES
    division_words = (counts["division"][1],) if "division" in counts else DIVISION_SUFFIXES
    i = 0
    bureau: Line | None = None
    if lines and _ends(squash(lines[0].text), bureau_words) and len(lines[0].text.split()) == 1:
        bureau, i = lines[0], 1
    divisions: list[tuple[str, Line]] = []
    while i < len(lines):
        words = lines[i].text.split()
        if len(words) < 1 or not all(_ends(w, division_words) and len(w) > 2 for w in words):
            break
        divisions.extend((w, lines[i]) for w in words)
        i += 1
    return bureau, divisions, i


#: how a note under a chart opens: a note mark, or 주) / 주: ("주) 팀별 분장은 붙임 참조")
_NOTE_OPENS = regex.compile(r"^\s*+(?:[" + "".join(NOTE_MARKS) + r"]|주\s*+[):：])")
#: the lines of a chart's end a note (with its wrapped lines) or a caption may take
NOTE_REACH = 3


def _without_notes(lines: list[Line]) -> list[Line]:
    """A chart's lines without the notes and captions under it ("※ 팀별 세부 분장은 붙임
    참조" and its wrapped line, "주) …", "<그림 1> 조직도"): no teams.  Only one of the
    last lines opens one."""
    for k in range(max(0, len(lines) - NOTE_REACH), len(lines)):
        if _NOTE_OPENS.match(lines[k].text) or is_figure_caption(lines[k].text):
            return lines[:k]
    return lines


def read_teams(lines: Sequence[Line], suffixes: Sequence[str]) -> list[tuple[str, list[Line]]]:
    """Team names from the vertical block: join the pieces, cut after each team word.

    Works the same whether a line holds one syllable (text export) or one
    whole name (PDF reader).  Text after the last team word is returned as a
    name without the suffix so that nothing is dropped.
    """
    teams: list[tuple[str, list[Line]]] = []
    name = ""
    used: list[Line] = []
    for ln in lines:
        for piece in ln.text.split():
            name += piece
            if not used or used[-1] is not ln:
                used.append(ln)
            if _ends(name, suffixes):
                teams.append((name, used))
                name, used = "", []
    if name:
        teams.append((name, used))
    return teams


def _bigrams(text: str) -> set[str]:
    s = squash(text)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def affinity(team: str, evidence: str, suffixes: Sequence[str]) -> float:
    """Share of the team name's letter pairs found in a division's name and duties."""
    stem = team
    for suffix in suffixes:
        stem = stem.removesuffix(suffix)
    pairs = _bigrams(stem)
    if not pairs:
        return 0.0
    return len(pairs & _bigrams(evidence)) / len(pairs)


def assign_teams(
    teams: Sequence[str], evidence: Sequence[str], suffixes: Sequence[str]
) -> list[int]:
    """For each team, the index of its division.

    Dynamic programming over the ways to cut the ordered teams into one
    non-empty run per division (in order), maximizing the summed affinity.
    """
    n, m = len(teams), len(evidence)
    if m == 0:
        return []
    if n < m:  # fewer teams than divisions: keep the order, one each
        return list(range(n))
    score = [[affinity(t, e, suffixes) for e in evidence] for t in teams]
    found = best_runs(n, m, lambda a, b, j: sum(score[t][j] for t in range(a, b)))
    runs = found[0] if found else []
    return [j for j, (a, b) in enumerate(runs) for _ in range(a, b)]


def tied_teams(
    teams: Sequence[str], evidence: Sequence[str], suffixes: Sequence[str], owners: Sequence[int]
) -> list[tuple[int, int]]:
    """(team, the other division) for each team at the edge of its division's run whose
    name points to the next division (or the one before) as much as to its own: which
    one it is under, the text does not say (a name that points to neither is placed by
    the order of the chart, as the others are)."""

    def torn(team: int, own: int, other: int) -> bool:
        near = affinity(teams[team], evidence[other], suffixes)
        return near > 0 and near >= affinity(teams[team], evidence[own], suffixes)

    out: list[tuple[int, int]] = []
    for i in range(len(owners) - 1):
        j, k = owners[i], owners[i + 1]
        if j == k:
            continue
        if owners.count(j) > 1 and torn(i, j, k):
            out.append((i, k))
        if owners.count(k) > 1 and torn(i + 1, k, j):
            out.append((i + 1, j))
    return out


def division_names(section: Section) -> list[str]:
    """The division names of the org chart (a first, cheap pass for other parsers)."""
    counts = read_counts(section.heading[0].text)
    _, divisions, start = read_units(section.content, counts)
    names = [name for name, _ in divisions]
    # (and those named again among the teams, each over its own: "건강증진과" / its teams)
    names += [
        key for ln in section.content[start:]
        if names and _lone_division(key := squash(ln.text), ln.text) and key not in names
    ]  # fmt: skip
    return names


def _lone_division(key: str, text: str) -> bool:
    """A line that is a division's name alone, not a team's ("건강증진과")."""
    return (
        len(text.split()) == 1 and len(key) > 2
        and _ends(key, DIVISION_SUFFIXES) and not _ends(key, TEAM_SUFFIXES)
    )  # fmt: skip


def parse_organization(section: Section, ctx: Context) -> Parsed:
    """The template's org chart; nothing (for the structure parser to read) when the
    section is not in the template's form: no division line under the bureau, or
    text left over after the last team name."""
    out = Parsed()
    head = section.heading[0]
    out.use(section.heading)
    counts = read_counts(head.text)
    for level, (n, word) in counts.items():
        out.add(
            "stated_totals",
            StatedTotal(
                key=f"organization.{level}",
                value=n,
                unit=word,
                raw=head.text.strip(),
                **prov([head]),
            ),
        )
    lines = _without_notes([ln for ln in section.content if not in_note_box(ln)])
    bureau, divisions, start = read_units(lines, counts)
    team_words = (counts["team"][1],) if "team" in counts else TEAM_SUFFIXES
    team_lines = lines[start:]
    teams = read_teams(team_lines, team_words)

    seq = 0
    bureau_name = bureau.text.strip() if bureau else None
    if bureau is not None:
        seq += 1
        out.add(
            "organization",
            OrgUnit(
                seq=seq,
                name=bureau.text.strip(),
                level="bureau",
                parent=None,
                unit_type=unit_word(bureau.text.strip()),
                **prov([bureau]),
            ),
        )
        out.use([bureau])
    for name, ln in divisions:
        seq += 1
        out.add(
            "organization",
            OrgUnit(
                seq=seq,
                name=name,
                level="division",
                parent=bureau_name,
                unit_type=unit_word(name),
                **prov([ln]),
            ),
        )
        out.use([ln])
    names = [name for name, _ in divisions]
    evidence = [" ".join([d, *ctx.functions.get(d, [])]) for d in names]
    owners = assign_teams([t for t, _ in teams], evidence, team_words)
    for i, other in tied_teams([t for t, _ in teams], evidence, team_words, owners):
        out.warn(
            "organization.team_parent",
            f"{teams[i][0]}: its name and the duties are as near {names[other]} as "
            f"{names[owners[i]]}, which it is put under (the chart's text does not say)",
            teams[i][1],
        )
    for (name, used), owner in zip(teams, owners, strict=False):
        seq += 1
        parent = names[owner] if names else bureau_name
        out.add(
            "organization",
            OrgUnit(
                seq=seq,
                name=name,
                level="team",
                parent=parent,
                unit_type=unit_word(name),
                **prov(used),
            ),
        )
        out.use(used)
    if not divisions or not teams or not _ends(teams[-1][0], team_words):
        return Parsed()  # not the template's chart: the structure parser reads it
    if any(_lone_division(squash(ln.text), ln.text) for ln in team_lines):
        # a division named again among the teams ("보건행정과" / its teams / "건강증진과" /
        # its teams): each division over its own teams, which the structure parser reads
        return Parsed()
    per_line = Counter(used[0].no for _, used in teams if len(used) == 1)
    shared = [n for n in per_line.values() if n > 1]
    if (
        len({ln.no for _, ln in divisions}) == 1 < len(divisions)
        and len(shared) >= 2
        and max(per_line.values()) <= len(divisions)
    ):
        # the divisions on one line, the teams under them several a line: a grid, each
        # team in its division's column (the structure parser reads it so), not by name
        return Parsed()
    ctx.bureau = ctx.bureau or bureau_name
    ctx.divisions = ctx.divisions or names
    return out


def groups_from_appendix(units: Sequence[OrgUnit], items: Sequence[BudgetItem]) -> None:
    """A division the budget appendix sums under a group of the bureau's level (a 기획관's
    row over its 과: :func:`extract.parse.budget_items.nest`) stands under that group in the
    organisation too, where the chart left it under the group's own parent (the top)."""
    by_name = {squash(u.name): u for u in units}
    for it in items:
        if it.level != "division" or it.parent is None:
            continue
        group, unit = by_name.get(squash(it.parent)), by_name.get(squash(it.item))
        if group is None or unit is None or group.level != "bureau" or unit.level != "division":
            continue
        if group.parent is not None and unit.parent == group.parent:
            unit.parent = group.name

