"""A column of a staff table that counts staff apart from its grades.

A council secretariat's table by grade may set its policy aides beside the grades,
``구 분 | 계 | 2급 | … | 6급이하 | 정책지원관(임기제)``, though its 계 counts only the
officials (``※ 정책지원관은 정원 외``): the grades add up to the 계 without that column.
Such a column is the post's own row, no grade (:func:`set_apart`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from extract.parse.org_vocab import APART_POSTS, EMPLOYMENT_WORDS

if TYPE_CHECKING:
    from extract.parse.staff_tables import StaffRow



def set_apart(rows: list[StaffRow]) -> list[StaffRow]:
    """A table's rows with a column of staff counted apart from its grades taken out of
    them: ``계 | 2급 | … | 6급이하 | 정책지원관(임기제)`` whose 계 the grades add up to
    without it (a post of :data:`~extract.parse.org_vocab.APART_POSTS` or a form of
    employment, its label's).  Such a row is the post's own (its unit the post's name
    where the table's is the whole body's, 계), no grade's."""
    out = list(rows)
    keys = dict.fromkeys((r.unit, r.as_of) for r in rows)
    for unit, day in keys:
        mine = [r for r in out if r.unit == unit and r.as_of == day]
        whole = [r for r in mine if r.grade is None and r.employment is None]
        grades = [r for r in mine if r.grade is not None]
        if len(whole) != 1 or len(grades) < 3 or not whole[0].values:
            continue
        for g in grades:
            name, form = _apart_name(g.grade or "", g.employment)
            if name is None or (unit != "계" and form is None):
                continue
            if all(
                whole[0].values.get(f) == sum(r.values.get(f, 0) for r in grades if r is not g)
                != sum(r.values.get(f, 0) for r in grades)
                for f in whole[0].values
            ):
                at = out.index(g)
                out[at] = replace(
                    g, unit=name if unit == "계" else unit, is_total=False, grade=None,
                    employment=form, sums_grades=False,
                )  # fmt: skip
                break
    return out


def _apart_name(label: str, employment: str | None) -> tuple[str | None, str | None]:
    """The post and the form of employment a grade's label names where it names staff
    counted apart ("정책지원관(임기제)": 정책지원관, 임기제); (None, None) for a grade."""
    name = regex.sub(r"\s*+[(（][^()（）]*+[)）]", "", label).strip()
    squashed = "".join(name.split())
    form = employment or next((w for w in EMPLOYMENT_WORDS if w in "".join(label.split())), None)
    if squashed in APART_POSTS or (form is not None and squashed == form):
        return squashed, form
    return None, None
