"""Each unit's printed word and rank in an organisation chart (국, 과, 팀; a word of either
rank such as 실 or 처 by where it stands), and the word of the chart's top unit.

Split from :mod:`extract.parse.org_chart`, which calls :func:`unit_types` once the boxes have
their parents.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.parse.org_boxes import CHART_WORDS, Box
from extract.parse.org_parts import unit_word
from extract.parse.org_vocab import (
    COLUMN_RANK_WORDS,
    EITHER_RANK_WORDS,
    PLACE_UNIT_WORDS,
    TOP_WORDS,
    UNIT_WORDS,
)


def unit_types(
    units: Sequence[Box], counts: Sequence[tuple[int, str]], top: Box | None = None
) -> None:
    """Each unit's printed word and rank: its name's ending, or the count line's word
    it is counted as when its name ends in none of the count line's words (not the top's
    own, "1본부" of a 소방본부: the top is what it counts)."""
    stated = {w: n for n, w in counts}
    if top is not None and top.unit_type in stated and stated[top.unit_type] == 1:
        del stated[top.unit_type]
    loose: list[Box] = []
    for u in units:
        if stated and u.word not in stated:
            loose.append(u)
        else:
            u.unit_type = u.word or u.unit_type  # (a kind its listing named: "동")
    found = {w: sum(1 for u in units if u.unit_type == w) for w in stated}
    # a kind the count line counts that no box is named after: the loose boxes are it
    short = {
        w: n for w, n in stated.items() if found[w] == 0 and UNIT_WORDS.get(w) != "team"
    }  # fmt: skip
    if loose and len(short) == 1 and sum(short.values()) == len(loose):
        word = next(iter(short))
        for u in loose:
            # (a name whose own word is a longer form of the counted one keeps it: "4관"
            # counts 기획담당관 as a 관, its type is 담당관 as written)
            if u.word is None or not u.word.endswith(word):
                u.unit_type = word
    for u in loose:
        if u.unit_type is None:
            u.unit_type = u.word
    for u in units:
        # (a kind no unit word names, "동" of a listed 동 행정복지센터: a division's rank)
        u.level = UNIT_WORDS.get(u.unit_type or "", "division")
        parent = u.parent
        if (
            u.level == "bureau"
            and parent is not None
            and parent.level == "bureau"
            and parent.kind == "unit"
            and not any(u.name.endswith(w) for w in stated if UNIT_WORDS.get(w) == "bureau")
        ):
            lower = [w for w in CHART_WORDS if UNIT_WORDS[w] == "division" and u.name.endswith(w)]
            # 정책기획관 under 기획조정실: a 관, not a bureau (unless the count line counts
            # it so: "1실 1기획관 4과", a 기획관 over 과 of its own)
            if lower:
                u.unit_type, u.level = max(lower, key=len), "division"
    for u in units:
        # (a word of either rank listed with 과 is of theirs: "본 부 : 소방행정과, 119대응과,
        # 119종합상황실"; a 공사's 처 with its 팀 beside other 처 stays as it is)
        peers = [p for p in units if p is not u and p.lines[:1] == u.lines[:1] and p.listed
                 is u.listed]  # fmt: skip
        if (
            u.unit_type in EITHER_RANK_WORDS
            and u.level == "bureau"
            and u.pieces > 1
            and peers
            and all(p.level == "division" for p in peers)
        ):
            u.level = "division"
        # (... as is one in a table's column of divisions beside 과: "119종합상황실" under
        # "부 서" with 소방행정과, a 본부's "경영부" under "부·사업소" with its 사업소)
        if (
            u.unit_type in COLUMN_RANK_WORDS
            and u.level == "bureau"
            and u.column_rank == "division"
            and any(p.column_rank == "division" and p.level == "division" for p in units)
            and not any(c.parent is u and c.level == "division" for c in units)
        ):
            u.level = "division"
        # (... and one under a division, listed with its teams, is a team: "교육정책과 :
        # 정책기획팀, 장학팀, 장학관실", the count line counting it among them)
        if (
            u.unit_type in EITHER_RANK_WORDS
            and u.parent is not None
            and u.parent.kind == "unit"
            and u.parent.level == "division"
            and not any(c.parent is u for c in units)
        ):
            u.level = "team"
        # (a word of either rank under a bureau that is not the top, a 공사's 본부's 처, is
        # of the rank under the bureau's; not one over divisions of its own, a 본부's 실
        # over its 정책관)
        above = u.parent
        if (
            u.unit_type in EITHER_RANK_WORDS
            and u.level == "bureau"
            and above is not None
            and above.kind == "unit"
            and above.level == "bureau"
            and above.parent is not None
            and not any(c.parent is u and c.level == "division" for c in units)
        ):
            u.level = "division"
    # (one of either rank right under the top, "사장 직속 : 감사실", beside the 본부's 처 and
    # 실 that are divisions, is of theirs where the count line gives its word no count of
    # its own: it counts them together, "7처·실"; not "2본부 6처 2실"; or where its word's
    # count counts it with those of its word that are divisions, "1본부 3처" over a 처 under
    # the top and two under the 본부)
    ranked = {u.unit_type for u in units if u.level == "division"}
    together = {
        w for w, n in stated.items() if w in ranked and n == sum(u.unit_type == w for u in units)
    }
    if any(u.unit_type in EITHER_RANK_WORDS and u.level == "division" for u in units):
        for u in units:
            if (
                u.unit_type in EITHER_RANK_WORDS
                and (u.unit_type not in stated or u.unit_type in together)
                and u.level == "bureau"
                and u.parent is not None
                and u.parent.parent is None
                and not any(c.parent is u and c.level == "division" for c in units)
            ):
                u.level = "division"


def top_type(name: str) -> str | None:
    """The word of the top unit's name (관광마이스국 -> 국, 국립국어원 -> 원; a name that is
    the word alone, 보건소, is of its own kind; a place reporting on its own, 운곡읍 -> 읍).

    >>> top_type("관광마이스국"), top_type("보건소"), top_type("운곡읍")
    ('국', '보건소', '읍')
    """
    return (
        unit_word(name, TOP_WORDS) or unit_word(name)
        or (name if name in UNIT_WORDS else None) or unit_word(name, tuple(PLACE_UNIT_WORDS))
    )  # fmt: skip
