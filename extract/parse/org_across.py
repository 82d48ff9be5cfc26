"""Team names a PDF's reader took down the columns of a narrow chart box instead of
across: read across again where the box prints how many teams it holds
(:func:`read_across`)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.parse.org_boxes import Box


def _syllables(box: Box) -> str | None:
    """A box's name when it is a run of Hangul syllables with no space (a column read)."""
    raw = "".join(ln.text.strip() for ln in box.lines)
    return box.name if box.kind == "team" and " " not in raw and len(box.name) >= 2 else None


def read_across(teams: Sequence[Box], want: int) -> list[Box] | None:
    """Team names the reader took down the columns of their box instead of across.

    Letter-spaced names set in a narrow box can come out one column per line: two
    names of four letters as "관관", "광광", "정자", "책원" (m lines of k letters: k names,
    read across), or a first letter shared down the box as one line "예예예예" before
    the rest of each name, letter-spaced ("산 1" ...).  Tried only where the box prints how many
    teams it holds; a reading is kept when it gives exactly ``want`` names.
    """
    for i in range(len(teams)):
        # m lines of k letters each: k names
        k = len(_syllables(teams[i]) or "")
        j = i
        while j < len(teams) and k >= 2 and len(_syllables(teams[j]) or "") == k:
            j += 1
        run = teams[i:j]
        whole = i == 0 or len(_syllables(teams[i - 1]) or "") != k  # the run's first line
        if len(run) >= 2 and whole:
            names = ["".join(b.name[n] for b in run) for n in range(k)]
            got = [*teams[:i], *_renamed(run, names), *teams[j:]]
            if len(got) == want:
                return got
        # one line of k first letters, then the k rests
        first = _syllables(teams[i])
        rest = teams[i + 1 : i + 1 + len(first or "")]
        spaced = all(" " in "".join(ln.text.strip() for ln in b.lines) for b in rest)
        if first and len(first) >= 2 and len(rest) == len(first) and spaced:
            names = [a + b.name for a, b in zip(first, rest, strict=True)]
            got = [*teams[:i], *_renamed([teams[i], *rest], names), *teams[i + 1 + len(rest) :]]
            if len(got) == want:
                return got
    return None


def _renamed(run: Sequence[Box], names: Sequence[str]) -> list[Box]:
    lines = [ln for b in run for ln in b.lines]
    return [
        Box(name, "team", lines, row=run[0].row, parent=run[0].parent, level="team")
        for name in names
    ]
