"""Numbers that count only where they number on: a list's Latin letters from a, a
decimal outline's numbers from their "1." or their "1.1".  Each pass takes the markers
read off the lines (:func:`extract.layout.markers.read_marker`) and drops those that
number nothing, so the line is text.
"""

from __future__ import annotations

from extract.layout.markers import LETTERED, Marker

Reads = list[tuple[Marker, str] | None]


def lettered_runs(reads: Reads) -> Reads:
    """Latin letters that number a list ("a. 기본 현황", "b. …") only where the document
    letters one from its start, a then b: "Q. 지원 대상은?" / "A. 만 19세 청년", "p. 12
    참조" or "T. 051-…" are text."""
    seen: dict[bool, set[int]] = {True: set(), False: set()}
    for r in reads:
        if r is not None and r[0].kind == LETTERED and r[0].number and r[0].ordinal:
            seen[r[0].number.isupper()].add(r[0].ordinal)
    runs = {case: next(n for n in range(1, 28) if n not in got) - 1 for case, got in seen.items()}
    return [
        None
        if r is not None and r[0].kind == LETTERED and not (
            r[0].number and r[0].ordinal and runs[r[0].number.isupper()] >= max(2, r[0].ordinal)
        )
        else r
        for r in reads
    ]  # fmt: skip


def decimal_series(reads: Reads) -> Reads:
    """Decimal numbers only where they number on: "1.1" under "1." (or after "1.x" items
    of the chapter before), "1.2" after "1.1", "3.1.1" after "3.1", "3.1.2" after "3.1.1";
    any other ("4.3 평화공원 …", "5.18 민주화운동 …" opening a wrapped line) is text."""
    out = list(reads)
    dot: str | None = None  # the number of the last "1." item
    last: dict[int, list[int]] = {}  # parts -> the last decimal number of that many parts
    for i, read in enumerate(reads):
        if read is None:
            continue
        m = read[0]
        if m.is_top:
            dot, last = None, {}
        elif m.kind == "num.dot":
            dot = m.number
        if not m.kind.startswith("num.decimal") or m.number is None:
            continue
        parts = [int(p) for p in m.number.split(".")]
        head, n = parts[:-1], parts[-1]
        if len(parts) == 2:
            before = last.get(2)
            opens = n == 1 and (
                dot == str(head[0]) or (before is not None and before[0] + 1 == head[0])
                or (before is None and dot is None and head[0] == 1)
            )  # fmt: skip
            goes_on = before is not None and before == [head[0], n - 1]
        else:
            before = last.get(3)
            opens = n == 1 and last.get(2) == head
            goes_on = before is not None and before == [*head, n - 1]
        if not (opens or goes_on):
            out[i] = None
            continue
        last[len(parts)] = parts
        if len(parts) == 2:
            last.pop(3, None)  # (a new 1.2 opens its own 1.2.1)
    return out
