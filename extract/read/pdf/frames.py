"""Frames: boxes drawn with a title on their top side, and tables drawn without their
side borders, made into closed boxes before the rules become cells
(:func:`~extract.read.pdf.rules.find_ruled_tables`).

A frame's top broken where a tab stands (:func:`lift_tabbed_tops`), or where its title
is set in the rule's line, boxed on its own or not, is lifted or closed so the frame is
one box holding its title; a table drawn without its left and right borders gets them
(:func:`close_open_sides`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from extract.read.pdf.base import MIN_EDGE, BBox, PdfObj, rule_edge


def lift_tabbed_tops(rules: Sequence[PdfObj], tolerance: float = 2.0) -> list[PdfObj]:
    """Rules with each box that carries a title tab on its top side drawn as one box.

    Hancom draws a box titled by a tab (a label in a small box of its own straddling the
    box's top, 환경물정책실 p19 "기후대응기금 설치·운용(조례 제정 …)" over its ❖ lines)
    as the box's top rule broken where the tab stands, the tab's sides reaching down
    across it and its top above (and its bottom inside, where the tab is a closed box:
    사회복지국 p11 "◈ 2024년 사회복지국 주요 수상내역 ◈").  Read as drawn, that is no box:
    neither the label nor the lines under it would be in one.  The box's top and sides
    are lifted to the tab's top and the tab's own rules dropped, so the box holds its
    label as its first line.  A frame with rules inside it (a table, boxes of its own: a
    strategy chart's "중점 추진 과제" frame over its rows) is left as drawn, and so are
    boxes side by side whose middle one is taller (its sides reach down the frame).
    """
    hs = [r for r in rules if r["orientation"] == "h"]
    verticals = _by_position([r for r in rules if r["orientation"] == "v"], tolerance)
    dropped: set[int] = set()
    added: list[PdfObj] = []
    for row in _rows_of(hs, tolerance):
        for a, b in pairwise(row):
            if id(a) in dropped or id(b) in dropped or b["x0"] <= a["x1"] + MIN_EDGE:
                continue  # (b must start right of where a ends: the gap the tab fills)
            own = _tab_of(a, b, hs, verticals, tolerance)
            if own is None:
                gap = _title_gap(a, b, hs, verticals, tolerance)
                if gap is None:
                    continue
                # (the title may be boxed on its own in the gap, its box straddling the
                # line: "【 2024년 수상 내역 】", 여성가족국 p7; the frame takes its top)
                tab = _boxed_title(a, b, hs, verticals, tolerance)
                ids = {id(r) for r in (*gap, *tab)}
                top = min([a["top"], *(r["top"] for r in tab)])
                frame = (a["x0"], top, b["x1"], gap[4]["top"])
                if any(id(r) not in ids and _within(r, frame, tolerance) for r in rules):
                    continue  # (a frame over a table or boxes of its own is no text box)
                first, last = gap[2], gap[3]
                dropped.update((id(a), id(b), id(first), id(last), *(id(r) for r in tab)))
                added += [
                    rule_edge("h", top, a["x0"], b["x1"]),
                    rule_edge("v", a["x0"], top, first["bottom"]),
                    rule_edge("v", b["x1"], top, last["bottom"]),
                ]
                continue
            lid, first, last = own[4], own[5], own[6]
            box = (a["x0"], lid["top"], b["x1"], max(first["bottom"], last["bottom"]))
            ids = {id(r) for r in own}
            if any(id(r) not in ids and _within(r, box, tolerance) for r in rules):
                continue  # (a frame over a table or boxes of its own is no text box)
            dropped.update(ids)
            added += [
                rule_edge("h", lid["top"], a["x0"], b["x1"]),
                rule_edge("v", a["x0"], lid["top"], first["bottom"]),
                rule_edge("v", b["x1"], lid["top"], last["bottom"]),
            ]
    return [*(r for r in rules if id(r) not in dropped), *added]


def _rows_of(hs: Sequence[PdfObj], tolerance: float) -> list[list[PdfObj]]:
    """Horizontal rules in rows of one height, each row left to right."""
    rows: list[list[PdfObj]] = []
    for h in sorted(hs, key=lambda r: (r["top"], r["x0"])):
        if rows and h["top"] - rows[-1][0]["top"] <= tolerance:
            rows[-1].append(h)
        else:
            rows.append([h])
    return [sorted(row, key=lambda r: r["x0"]) for row in rows]


def _by_position(vs: Sequence[PdfObj], tolerance: float) -> dict[int, list[PdfObj]]:
    """Vertical rules by where they stand, in buckets of ``tolerance`` points."""
    out: dict[int, list[PdfObj]] = {}
    for v in vs:
        out.setdefault(int(v["x0"] // tolerance), []).append(v)
    return out


def _near(verticals: dict[int, list[PdfObj]], x: float, tolerance: float) -> list[PdfObj]:
    k = int(x // tolerance)
    return [
        v for j in (k - 1, k, k + 1) for v in verticals.get(j, ())
        if abs(v["x0"] - x) <= tolerance
    ]  # fmt: skip


def _side_from(
    verticals: dict[int, list[PdfObj]], x: float, y: float, tolerance: float
) -> PdfObj | None:
    """A vertical rule at ``x`` running down from ``y``: a frame's side."""
    return next(
        (v for v in _near(verticals, x, tolerance)
         if abs(v["top"] - y) <= tolerance and v["bottom"] > y + MIN_EDGE),
        None,
    )  # fmt: skip


def _tab_of(
    a: PdfObj,
    b: PdfObj,
    hs: Sequence[PdfObj],
    verticals: dict[int, list[PdfObj]],
    tolerance: float,
) -> tuple[PdfObj, ...] | None:
    """The rules of a tabbed box whose top is broken between ``a`` and ``b``: a, b, the
    tab's sides, its top, the frame's sides and the tab's bottom (or None); None where
    no tab stands in the gap."""
    y = a["top"]

    def crossing(x: float) -> PdfObj | None:
        return next(
            (v for v in _near(verticals, x, tolerance)
             if v["top"] < y - tolerance and v["bottom"] > y + tolerance),
            None,
        )  # fmt: skip

    def spanning(lo: float, hi: float) -> PdfObj | None:
        return next(
            (h for h in hs if lo <= h["top"] <= hi
             and h["x0"] <= a["x1"] + tolerance and h["x1"] >= b["x0"] - tolerance),
            None,
        )  # fmt: skip

    left, right = crossing(a["x1"]), crossing(b["x0"])
    if left is None or right is None or abs(left["top"] - right["top"]) > tolerance:
        return None
    first, last = _side_from(verticals, a["x0"], y, tolerance), _side_from(
        verticals, b["x1"], y, tolerance
    )
    lid = spanning(left["top"] - tolerance, left["top"] + tolerance)
    if lid is None or first is None or last is None:
        return None
    tab_bottom = max(left["bottom"], right["bottom"])
    if tab_bottom - y > (min(first["bottom"], last["bottom"]) - y) / 2:
        return None  # (the sides reach down the frame: a taller box beside two, no tab)
    floor = spanning(y + tolerance, tab_bottom + tolerance)  # (a closed tab's bottom)
    own = (a, b, left, right, lid, first, last)
    return own if floor is None else (*own, floor)


def _title_gap(
    a: PdfObj,
    b: PdfObj,
    hs: Sequence[PdfObj],
    verticals: dict[int, list[PdfObj]],
    tolerance: float,
) -> tuple[PdfObj, ...] | None:
    """The rules of a frame whose top is broken between ``a`` and ``b`` where its title
    is set in the rule's line, with no tab drawn round it (교통혁신국 p32 "── <동부산권
    … 검토 의견(BDI)> ──"): a, b, the frame's sides down from their outer ends and its
    bottom under both; None where nothing meets the gap's ends and a floor closes them."""
    y = a["top"]

    if any(
        v["top"] - tolerance <= y <= v["bottom"] + tolerance
        for x in (a["x1"], b["x0"])
        for v in _near(verticals, x, tolerance)
    ):
        return None  # (a rule meets the gap: cells side by side, or a tab)
    first, last = _side_from(verticals, a["x0"], y, tolerance), _side_from(
        verticals, b["x1"], y, tolerance
    )
    if first is None or last is None or abs(first["bottom"] - last["bottom"]) > tolerance:
        return None
    floor = next(
        (h for h in hs if abs(h["top"] - first["bottom"]) <= tolerance
         and h["x0"] <= a["x0"] + tolerance and h["x1"] >= b["x1"] - tolerance),
        None,
    )  # fmt: skip
    return None if floor is None else (a, b, first, last, floor)


def _boxed_title(
    a: PdfObj,
    b: PdfObj,
    hs: Sequence[PdfObj],
    verticals: dict[int, list[PdfObj]],
    tolerance: float,
) -> tuple[PdfObj, ...]:
    """The rules of a closed box set in the gap between ``a`` and ``b``, straddling their
    line (its top above, its bottom below, its sides across): the frame's boxed title;
    () where none."""
    y = a["top"]
    inside = [h for h in hs if h["x0"] >= a["x1"] - tolerance and h["x1"] <= b["x0"] + tolerance]
    for lid in (h for h in inside if h["top"] < y - tolerance):
        floor = next(
            (h for h in inside if h["top"] > y + tolerance
             and abs(h["x0"] - lid["x0"]) <= tolerance and abs(h["x1"] - lid["x1"]) <= tolerance),
            None,
        )  # fmt: skip
        if floor is None:
            continue
        sides = [
            next((v for v in _near(verticals, x, tolerance)
                  if abs(v["top"] - lid["top"]) <= tolerance
                  and abs(v["bottom"] - floor["top"]) <= tolerance), None)
            for x in (lid["x0"], lid["x1"])
        ]  # fmt: skip
        if sides[0] is not None and sides[1] is not None:
            return (lid, floor, sides[0], sides[1])
    return ()


def _within(rule: PdfObj, box: BBox, tolerance: float) -> bool:
    """Whether ``rule`` runs inside ``box``: a row rule between its top and bottom, or a
    column rule between its sides, touching its sides or not."""
    x0, top, x1, bottom = box
    if rule["orientation"] == "h":
        inside = top + tolerance < rule["top"] < bottom - tolerance
        return bool(inside and rule["x1"] > x0 + tolerance and rule["x0"] < x1 - tolerance)
    inside = x0 + tolerance < rule["x0"] < x1 - tolerance
    return bool(inside and rule["bottom"] > top + tolerance and rule["top"] < bottom - tolerance)


#: a rule of a last row's extent closer under it than this many times the row's height
#: makes the row the gap before another table (whose first row is one cell across it)
NEXT_TABLE_ROWS = 2.0
#: a last row of one cell is at most this many times as high as the row above it (a note
#: of a line or two; a taller band is body text between a table and a rule under it)
LAST_ROW_ROWS = 3.0


def _last_row(
    a: PdfObj, b: PdfObj, x: float, hs: Sequence[PdfObj], vs: Sequence[PdfObj], tolerance: float
) -> bool:
    """Whether the band between row rules ``a`` and ``b`` of the same extent is an open-
    sided table's last row of one cell across it ("※ 기존 방식은 유지" under a comparison):
    column rules come down to ``a`` and none at its end ``x`` (the table above is open
    there, no closed box), the band is no higher than a row or two, and ``b`` is no other
    table's top (the band then the gap between two tables, a caption in it): no rule goes
    on down from it, and no rule of its extent follows close under it."""
    if abs(a["x0"] - b["x0"]) > tolerance or abs(a["x1"] - b["x1"]) > tolerance:
        return False

    def within(v: PdfObj) -> bool:
        return bool(a["x0"] + tolerance < v["x0"] < a["x1"] - tolerance)

    def at(v: PdfObj, y: float) -> bool:  # (a rule running through or ending at y)
        return bool(v["top"] - tolerance <= y <= v["bottom"] + tolerance)

    down = [v for v in vs if abs(v["bottom"] - a["top"]) <= tolerance
            and v["top"] < a["top"] - MIN_EDGE]  # fmt: skip
    if not any(within(v) for v in down) or any(abs(v["x0"] - x) <= tolerance for v in down):
        return False
    if any(at(v, b["top"]) and v["bottom"] > b["top"] + tolerance for v in vs
           if a["x0"] - tolerance <= v["x0"] <= a["x1"] + tolerance):  # fmt: skip
        return False  # (a rule goes on down from b: b is a table's or a box's top)
    above = [h["top"] for h in hs if h["top"] < a["top"] - MIN_EDGE
             and h["x0"] < a["x1"] and h["x1"] > a["x0"]]  # fmt: skip
    height = b["top"] - a["top"]
    if not above or height > LAST_ROW_ROWS * (a["top"] - max(above)):
        return False
    reach = b["top"] + NEXT_TABLE_ROWS * height
    return not any(
        abs(h["x0"] - b["x0"]) <= tolerance and abs(h["x1"] - b["x1"]) <= tolerance
        and b["top"] + MIN_EDGE < h["top"] <= reach
        for h in hs
    )  # fmt: skip


def close_open_sides(rules: Sequence[PdfObj], tolerance: float = 2.0) -> list[PdfObj]:
    """Rules plus the side borders an open-sided table leaves out.

    Hancom tables often draw no left and right border: the row rules end at the
    table's edge with nothing joining them, so the first and last columns have no
    cells.  Two row rules that end at the same x, with an inner column rule running
    from one to the other (or a table's last row of one cell between them,
    :func:`_last_row`), get a border between them at that end.
    """
    hs = sorted((r for r in rules if r["orientation"] == "h"), key=lambda r: r["top"])
    vs = [r for r in rules if r["orientation"] == "v"]
    added: list[PdfObj] = []
    for end in ("x0", "x1"):
        for i, a in enumerate(hs):
            for b in hs[i + 1 :]:
                if b["top"] - a["top"] < MIN_EDGE:
                    continue
                if abs(a[end] - b[end]) > tolerance:
                    continue
                x = a[end]
                lo, hi = max(a["x0"], b["x0"]), min(a["x1"], b["x1"])
                # a column rule inside the table from one to the other, also where it
                # closes the row's far end: a last cell spanning every column left of the
                # open side ("1분기".."4분기" over one note) has no rule inside its row
                left, right = min(a["x0"], b["x0"]), max(a["x1"], b["x1"])
                inner = [
                    v for v in vs
                    if max(lo - tolerance, left + tolerance) < v["x0"]
                    < min(hi + tolerance, right - tolerance)
                    and v["top"] <= a["top"] + tolerance and v["bottom"] >= b["top"] - tolerance
                ]  # fmt: skip
                side = [
                    v for v in vs
                    if abs(v["x0"] - x) <= tolerance
                    and v["top"] <= a["top"] + tolerance and v["bottom"] >= b["top"] - tolerance
                ]  # fmt: skip
                # (a rule between them that runs on past x: the two end there under
                # merged cells inside the table, no open side, "소 계" across its columns)
                crossed = any(
                    a["top"] < h["top"] < b["top"]
                    and h["x0"] < x - tolerance and h["x1"] > x + tolerance
                    for h in hs
                )  # fmt: skip
                if (inner or _last_row(a, b, x, hs, vs, tolerance)) and not side and not crossed:
                    added.append(rule_edge("v", x, a["top"], b["top"]))
                break  # only the next rule ending here: rows, not the whole table
    return [*rules, *added]


#: fewest column rules that end together under one row rule to close a row a page cut
MIN_OPEN_COLUMNS = 3
#: where a page's foot begins, as a share of its height: a row open there was cut
PAGE_FOOT = 0.85


def _spans(rule: PdfObj, y: float, left: float, right: float, tolerance: float) -> bool:
    """A row rule at ``y`` that runs from ``left`` to ``right``."""
    return bool(
        abs(rule["top"] - y) <= tolerance
        and rule["x0"] <= left + tolerance
        and rule["x1"] >= right - tolerance
    )


def close_open_bottoms(
    rules: Sequence[PdfObj], page_height: float, tolerance: float = 2.0
) -> list[PdfObj]:
    """Rules plus the bottom border of a row a page break cut: column rules that run down
    through a row rule of their table (or from one, under another row rule of the table
    over them: each cell drawn on its own) and end together at the page's foot with none
    across their ends (Chromium draws a row split over two pages so: its part on the first
    page open at the bottom) get one there, so that the part is a row of its own and no
    text of it falls outside the table.  (A chart's connectors hang from a rule alone.)"""
    hs = [r for r in rules if r["orientation"] == "h"]
    vs = [r for r in rules if r["orientation"] == "v"]
    ends: dict[int, list[PdfObj]] = {}
    for v in vs:
        ends.setdefault(round(v["bottom"] / tolerance), []).append(v)
    added: list[PdfObj] = []
    for group in ends.values():
        if len(group) < MIN_OPEN_COLUMNS:
            continue
        top, bottom = max(v["top"] for v in group), max(v["bottom"] for v in group)
        left, right = min(v["x0"] for v in group), max(v["x0"] for v in group)
        if bottom < page_height * PAGE_FOOT:
            continue
        crossed = [
            h for h in hs
            if top + tolerance < h["top"] < bottom - MIN_EDGE
            and _spans(h, h["top"], left, right, tolerance)
        ]  # fmt: skip
        # (or each cell drawn on its own, its rules from the row rule over it down to the
        # foot: a row of its own under the table's rows)
        above = [v for v in vs if v["bottom"] <= top + tolerance]
        hung = (
            any(_spans(h, top, left, right, tolerance) for h in hs)
            and any(
                h["top"] < top - tolerance and _spans(h, h["top"], left, right, tolerance)
                for h in hs
            )
            # (the table's own columns, drawn in its rows over it: not boxes of a chart)
            and sum(
                any(abs(a["x0"] - v["x0"]) <= tolerance for a in above) for v in group
            ) >= MIN_OPEN_COLUMNS
        )
        if (crossed or hung) and not any(_spans(h, bottom, left, right, tolerance) for h in hs):
            added.append(rule_edge("h", bottom, left, right))
    return [*rules, *added]
