"""Tables of two columns of words with no rules and no bullets: a unit's name beside its
duties, as a PDF printed with no borders (or a text export) sets them::

    팀명          주요업무
                  환경정책 총괄 및 기후변화 대응, 대기오염물질 배출시설 관리, 노후 경유차
    환경정책팀
                  저공해 사업
    청소행정팀    생활폐기물 수집·운반 대행 관리, 음식물류 폐기물 처리

Read back, a header line of two words, a row label's (:data:`UNIT_HEADERS`) and the
duties' (:data:`DUTY_HEADERS`), then lines that open with a unit's name (its duties
after it), or hold the wrapped words of the row above; a name alone on its line stands
in the middle of its row (the words above it, after the row before, and those under it,
are its).  Two names at least; a line with a marker or another table's header ends it.
Words are read, not where they stand: a PDF's lines keep no columns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.markers import read_marker
from extract.layout.scan import scan_tables
from extract.normalize.spacing import words

#: the header of the column of names (squashed)
UNIT_HEADERS = frozenset({"팀명", "팀", "과", "과명", "부서", "부서명", "구분"})
#: ... and of the column of duties
DUTY_HEADERS = frozenset({"주요업무", "담당업무", "주요기능", "업무", "기능", "분장사무"})
#: fewest named rows
MIN_ROWS = 2
#: the shortest unit's name ("총무팀"; not "팀" alone)
MIN_NAME = 3


def _header(ln: Line) -> tuple[str, str] | None:
    """(the names column's header, the duties column's) of a header of the two, letter-
    spaced or not; None for another line."""
    if read_marker(ln.text) is not None:
        return None
    joined = "".join(words(ln.text))
    unit = next(
        (u for u in UNIT_HEADERS if joined.startswith(u) and joined[len(u) :] in DUTY_HEADERS),
        None,
    )
    return (unit, joined[len(unit) :]) if unit is not None else None


def _name(ln: Line) -> tuple[str, str] | None:
    """(a unit's name, the words after it) of a line that opens with one (a team's, a
    division's: not "유관기관", "공공도서관" opening a duty's wrapped words)."""
    toks = words(ln.text)
    if not toks or read_marker(ln.text) is not None:
        return None
    first = toks[0]
    if len(first) < MIN_NAME or not first.endswith(NAME_ENDINGS):
        return None
    return first, " ".join(toks[1:])


#: how the name of a row's unit ends
NAME_ENDINGS: tuple[str, ...] = ("팀", "과", "담당관", "센터", "사업소", "담당")
#: how a caption or a note under the header or after the rows opens: no row's words
_ASIDE = ("(", "（", "※", "*", "＊", "[", "<")


def _ending(name: str) -> str:
    return next(e for e in NAME_ENDINGS if name.endswith(e))


def _rows(body: Sequence[Line]) -> list[tuple[str, list[Line], list[str]]]:
    """(name, lines, paragraphs of its duties) of each row.  Where words stand before the
    first name, the names stand in the middle of their rows: the unnamed lines between two
    names are the first's below as many as stood above it (one at least where it stood
    alone), the rest the second's above; else they are the first's, wrapped."""
    body = [ln for ln in body if not ln.text.strip().startswith(_ASIDE)]
    found = [(i, f[0]) for i, ln in enumerate(body) if (f := _name(ln)) is not None]
    if not found:
        return []
    # (names of one kind: a duty's wrapped words may open with a word of another ending)
    kinds = Counter(_ending(n) for _, n in found)
    kind = kinds.most_common(1)[0][0]
    named = [i for i, n in found if _ending(n) == kind]
    centred = named[0] > 0
    rows: list[tuple[str, list[Line], list[str]]] = []
    above_of: list[int] = []
    start = 0  # (the first line not yet a row's)
    for i in named:
        read = _name(body[i])
        assert read is not None
        name, rest = read
        between = list(body[start:i])
        if rows and between:
            if centred:
                mine = max(above_of[-1], 1 if _alone(rows[-1]) else 0)
                below, between = between[:mine], between[mine:]
            else:
                below, between = between, []
            rows[-1][1].extend(below)
            rows[-1][2].extend(ln.text.strip() for ln in below)
        paras = [ln.text.strip() for ln in between] + ([rest] if rest else [])
        rows.append((name, [*between, body[i]], paras))
        above_of.append(len(between))
        start = i + 1
    tail = list(body[start:])
    if centred:  # (as many under the last name as stood above it: no words after the table)
        tail = tail[: max(above_of[-1], 1 if _alone(rows[-1]) else 0)]
    rows[-1][1].extend(tail)
    rows[-1][2].extend(ln.text.strip() for ln in tail)
    return rows


def _alone(row: tuple[str, list[Line], list[str]]) -> bool:
    """Whether a row's name stood alone on its line (its duties above and under it)."""
    name, lines, _ = row
    return any(words(ln.text) == [name] for ln in lines)


def _table_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    head = lines[i]
    heads = _header(head)
    if heads is None:
        return None
    j = i + 1
    while j < len(lines) and lines[j].is_content and read_marker(lines[j].text) is None:
        j += 1
    rows = _rows(lines[i + 1 : j])
    if len(rows) < MIN_ROWS or any(not paras for _, _, paras in rows):
        return None
    cells = [Cell(0, c, paragraphs=(h,), lines=(head.no,), page=head.page)
             for c, h in enumerate(heads)]  # fmt: skip
    for r, (name, row_lines, paras) in enumerate(rows, start=1):
        named = next(ln for ln in row_lines if (f := _name(ln)) is not None and f[0] == name)
        cells.append(Cell(r, 0, paragraphs=(name,), lines=(named.no,), page=named.page))
        cells.append(Cell(r, 1, paragraphs=(" ".join(paras),),
                          lines=tuple(ln.no for ln in row_lines), page=named.page))  # fmt: skip
    last = max((ln for _, ls, _ in rows for ln in ls), key=lambda ln: ln.no)
    return Grid(cells, len(rows) + 1, 2, "inferred", head.page, last.page), j


def infer_named_rows(lines: Sequence[Line]) -> list[Grid]:
    """Every table of names beside their duties with no rules nor bullets."""
    return scan_tables([ln for ln in lines if ln.is_content], _table_at)
