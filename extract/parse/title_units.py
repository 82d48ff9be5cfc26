"""The division a card's title sets apart from its words, not in a bracket closing it.

A Hancom report boxes a card's title and sets the division that runs it apart: after a
tab or a wide gap on the title's line (``1  청년 일자리 확대⇥일자리정책과``; a text export
keeps the gap as a run of spaces, and the layout gives a box's cell of a unit's name, the
box's row joined into one line, such a gap: :func:`extract.layout.boxes.box_row_text`),
or on a paragraph of its own under the title in the box, bracketed or not (``(경제정책과)``,
or ``에너지산업과`` over its team ``수소산업팀``).  Those names are the card's division, no
part of its title, as a closing bracket's are (:func:`~extract.unit_names.closing_units`:
a team named after its 과 is the 과's).

>>> set_apart_units("1  청년 일자리 확대   일자리정책과")
('1  청년 일자리 확대', ['일자리정책과'])
>>> set_apart_units("1  청년 일자리 확대"), set_apart_units("가. 정원  68명")
(('1  청년 일자리 확대', []), ('가. 정원  68명', []))
>>> names_units(["(경제정책과)"]), names_units(["에너지산업과", "수소산업팀"])
(['경제정책과'], ['에너지산업과'])
>>> names_units(["초등교육과", "미래생활교육과"]), names_units(["(3개소)"])
(['초등교육과', '미래생활교육과'], [])
>>> names_units(["(담당 : 일자리정책과 청년일자리팀)"]), names_units(["(대상 : 청년)"])
(['일자리정책과'], [])
>>> names_units(["문화·관광과"]), names_units(["청년일자리팀", "노동정책팀"])
(['문화·관광과'], ['청년일자리팀', '노동정책팀'])
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.parse.project_facts import DIVISION_LABELS
from extract.parse.text import squash
from extract.roles import TEAM_NAME_ENDINGS
from extract.unit_names import closing_units, is_unit_name

#: a label and its colon a bracket of units may open with ("담당 : …", "주관부서: …")
_LABEL = regex.compile(r"(?P<label>[^\s:：()（）][^:：()（）]{0,8}+)[:：]")
#: a bracket of units' names a title closes with, labelled ("… (담당 : 일자리정책과)")
_CLOSING = regex.compile(r"(?<!\s)\s*+[(（](?P<inner>[^()（）]++)[)）]\s*+$")
#: a gap of two spaces or more (a tab's, a cell's edge): what sets a name apart on a line
_GAP = regex.compile(r"(?<!\s)\s{2,}+(?=\S)")


def division_label(text: str) -> bool:
    """Whether ``text`` (a bracket's words) opens with a division's label, ``담당 :``."""
    m = _LABEL.match(text.strip().lstrip("(（"))
    return m is not None and squash(m["label"]) in DIVISION_LABELS


def _units(text: str) -> list[str]:
    """The units' names ``text`` lists alone, bare or in a bracket ("경제정책과",
    "(경제정책과, 일자리지원팀)", after a division's label too: "(담당 : 경제정책과)");
    none where it lists anything else."""
    inner = text.strip()
    if inner[:1] in "(（" and inner[-1:] in ")）":
        inner = inner[1:-1].strip()
    if (m := _LABEL.match(inner)) is not None and squash(m["label"]) in DIVISION_LABELS:
        inner = inner[m.end() :].strip()
    if is_unit_name(inner):
        return [inner]  # (a name of a middle dot whole: "문화·관광과")
    if not inner or regex.search(r"[()（）:：]", inner):
        return []
    bare, units = closing_units(f"_ ({inner})")
    return units if bare == "_" else []


def set_apart_units(line: str) -> tuple[str, list[str]]:
    """The line without the units' names it ends with set apart by a wide gap, and those
    names; the line whole and none where it ends with no such names (or is nothing else)."""
    gaps = list(_GAP.finditer(line.rstrip()))
    if not gaps:
        return line, []
    last = gaps[-1]
    before = line[: last.start()].rstrip()
    units = _units(line[last.end() :])
    if not units or not before.strip():
        return line, []
    return before, units


def names_units(lines: Sequence[str]) -> list[str]:
    """The units' names lines list one a line, each alone or bracketed ("(경제정책과)";
    "에너지산업과" / "수소산업팀": a team after its 과 is the 과's); none where any line
    says anything else."""
    each = [_units(" ".join(t.split())) for t in lines]
    if not each or not all(each):
        return []
    units = [u for names in each for u in names]
    first = next((i for i, u in enumerate(units) if not u.endswith(TEAM_NAME_ENDINGS)), len(units))
    return [u for i, u in enumerate(units) if i <= first or not u.endswith(TEAM_NAME_ENDINGS)]


def title_set_apart(title: str, last_head: str) -> tuple[str, list[str]]:
    """``title`` without the units' names its last head line (``last_head``) sets apart
    at its end (:func:`set_apart_units`), and those names.

    >>> title_set_apart("청년 일자리 확대 일자리정책과", "1  청년 일자리 확대  일자리정책과")
    ('청년 일자리 확대', ['일자리정책과'])
    """
    before, units = set_apart_units(last_head)
    if not units:
        return title, []
    words, dropped = title.split(), last_head[len(before) :].split()
    if len(words) <= len(dropped) or words[-len(dropped) :] != dropped:
        return title, []
    return " ".join(words[: -len(dropped)]), units


def labelled_closing_units(title: str) -> tuple[str, list[str]]:
    """``title`` without the bracket it closes with that labels the units that run it,
    ``(담당 : 일자리정책과)``, and those units; the title whole and none otherwise.

    >>> labelled_closing_units("청년 일자리 확대 (담당 : 일자리정책과 청년일자리팀)")
    ('청년 일자리 확대', ['일자리정책과'])
    >>> labelled_closing_units("청년 일자리 확대 (대상 : 청년)")
    ('청년 일자리 확대 (대상 : 청년)', [])
    """
    m = _CLOSING.search(title)
    if m is None or not division_label(m["inner"]):
        return title, []
    units = _units(m["inner"])
    return (title[: m.start()].rstrip(), units) if units else (title, [])
