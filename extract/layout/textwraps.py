"""Names a text table's narrow cells wrapped onto the lines under their rows.

"위기가구 발굴 및" / "통합사례관리", "어르신장애인" / "과": the rest of a row's label on a
line of no values right under it, where its cell starts, is that cell's, no row of its own
(:func:`fold_wraps`); a group's name beside the next row's label ("어르신장애  소 계 …" /
"인과  기초연금 지급 …") is the group's (:func:`group_wraps`).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Line
from extract.layout.gapgrid import letter_phrases
from extract.layout.markers import read_marker
from extract.layout.textrows import TOTALS, run_of_values, squash, value_count
from extract.layout.textspans import COLUMN_GAP, SINGLE_LETTER, line_spans, phrases
from extract.normalize.spacing import words
from extract.roles import UNIT_NAME_ENDINGS

#: the words a row's name does not end with: a narrow cell wrapped it, the rest on the next
#: line ("위기가구 발굴 및" / "통합사례관리"); no 등, a name ends with it ("인건비 및 경상경비
#: 등", a group's row "특별회계" under it)
OPEN_NAME_ENDS = frozenset({"및", "또는", "위한", "통한", "관련", "·", "ㆍ", ",", "‧"})
#: the deeds an item's name ends with ("… 축제 개최", "… 처우개선"): the end of a wrapped
#: name, no heading of the rows under it; a name that ends with one is whole
DEED_ENDS: tuple[str, ...] = (
    "개최", "운영", "지원", "구축", "추진", "설치", "조성", "확대", "강화", "관리", "건립",
    "정비", "개선", "보강", "육성", "활성화", "지급", "확충", "실시", "시행", "보급", "제공",
)  # fmt: skip
#: how a line opens that is a group's heading or a note inside a table, no wrapped name
_HEADING_OPEN = ("(", "（", "[", "<", "〈", "《", "【", "※", "*", "□", "■", "○", "◈")


#: how the name of a head's own row ends ("보건소장", "국장"): a label whole, the unit's name
#: under it a row of its own
HEAD_ENDINGS: tuple[str, ...] = ("장",)


def joins_name(name: str, part: str) -> bool:
    """"청솔정수" + "사업소", "어르신장애" + "인과": the two together name a unit, the first
    alone does not (a narrow cell broke the name).

    >>> joins_name("어르신장애", "인과"), joins_name("복지정책과", "소 계")
    (True, False)
    >>> joins_name("보건소장", "보건행정과"), joins_name("노인장애", "인복지과")
    (False, True)
    """
    name, part = squash(name), squash(part)
    return (
        bool(name) and bool(part) and not name.endswith(UNIT_NAME_ENDINGS)
        and (name + part).endswith(UNIT_NAME_ENDINGS)
        # (not a unit's name under a head's row: "보건소장  1 …" / "보건행정과  소 계")
        and not name.endswith(HEAD_ENDINGS)
    )  # fmt: skip


def _open_name(name: str) -> bool:
    """Whether a row's name stops where it cannot end ("… 발굴 및")."""
    toks = name.split()
    return bool(toks) and (toks[-1] in OPEN_NAME_ENDS or toks[-1][-1] in OPEN_NAME_ENDS)


def _deed_tail(name: str, toks: Sequence[str]) -> bool:
    """Whether the words ``toks`` of a line of no values, ending with a deed, are the end of
    the name ``name`` above them ("다온 한강 빛 축제" / "개최", "… 센터 설치" / "및 운영"),
    not a name of their own, an item whose figures are blank under a whole name ("지역화폐
    발행 지원  2,000 …" / "청년 창업공간 조성"): a deed alone names nothing, a line that
    opens with "및" goes on, else the name above does not end with its deed yet."""
    if not toks or not toks[-1].endswith(DEED_ENDS):
        return False
    last = name.split()[-1:]
    return len(toks) == 1 or toks[0] in OPEN_NAME_ENDS or not (
        last and last[0].endswith(DEED_ENDS)
    )


def _label_phrases(ln: Line, remark: bool) -> tuple[list[tuple[str, int, int]], int]:
    """A row's label cells as they stand (phrases of the words before its values), and
    the column its values start at."""
    ws = line_spans(ln)
    toks = [w for w, _, _ in ws]
    n = run_of_values(toks)[0] if remark else len(toks) - value_count(toks, False)
    # (a label spaced out, "합    계", one cell)
    if value_count(toks, remark) and n < len(ws):
        return letter_phrases(ws[:n]), ws[n][1]
    return letter_phrases(ws), ws[-1][2] + COLUMN_GAP if ws else 0


def goes_on(row: Line, ln: Line, remark: bool) -> bool:
    """Whether ``ln`` opens with the rest of a label cell of the row right above it, a name
    its narrow cell broke: it starts where that cell does, and the two together name a unit
    the first alone does not ("어르신장애  소 계 …" / "인과  기초연금 지급 …"), or the first
    stops where a name cannot end ("… 발굴 및")."""
    if ln.no != row.no + 1:
        return False
    cells, _ = _label_phrases(row, remark)
    first = phrases(line_spans(ln))[:1]
    # (a total's row, "합    계", is no name that goes on)
    return bool(first) and squash("".join(w for w, _, _ in cells)) not in TOTALS and any(
        abs(a - first[0][1]) <= 1 and squash(w) not in TOTALS
        and (joins_name(w, first[0][0]) or _open_name(w))
        for w, a, _ in cells
    )  # fmt: skip


def _wrap_at(
    row: Line, said: Sequence[str], last: Line, ln: Line, after: Line | None, remark: bool
) -> int | None:
    """Which label cell of ``row`` (its index among the row's phrases) the line ``ln`` of
    no values holds the rest of, a name its narrow cell wrapped ("위기가구 발굴 및" /
    "통합사례관리", "어르신장애인" / "과"), ``said`` the wrapped lines it took already and
    ``last`` the line right above; None where ``ln`` is a row of its own (a total, a
    heading spaced out, "특 별 회 계", or over rows set further in).

    It stands right under the row, where one of its label cells starts, left of its values,
    and the name goes on: it stops where a name cannot end, the two name a unit the first
    alone does not, it has gone on already, ``ln`` ends with a deed ("… 축제" / "개최"),
    or heads no row (the line after it opens the next group further left, or is the
    name's next part)."""
    toks = words(ln.text)
    if (
        ln.no != last.no + 1 or not toks or value_count(toks, remark) or squash(ln.text) in TOTALS
        or read_marker(ln.text) is not None or ln.text.strip().startswith(_HEADING_OPEN)
        or (len(toks) > 1 and all(SINGLE_LETTER.match(t) for t in toks))
    ):  # fmt: skip
        return None
    cells, values_at = _label_phrases(row, remark)
    spans = line_spans(ln)
    at = next((n for n, (_, a, _) in enumerate(cells) if abs(a - spans[0][1]) <= 1), None)
    if at is None or spans[-1][2] > values_at or squash(cells[at][0]) in TOTALS or (
        at == 0 and squash("".join(w for w, _, _ in cells)) in TOTALS
    ):
        return None
    name = " ".join([cells[at][0], *said])
    if said or _open_name(name) or joins_name(name, toks[0]) or _deed_tail(name, toks):
        return at
    if after is None or after.no != ln.no + 1:
        return None
    nxt = line_spans(after)
    # (the next group's row, further left; or the name's next part, no row under a heading)
    return at if nxt and (nxt[0][1] < spans[0][1] - 1 or (
        abs(nxt[0][1] - spans[0][1]) <= 1 and not value_count(words(after.text), remark)
    )) else None  # fmt: skip


def group_wraps(
    body: Sequence[Line],
    levels: Sequence[tuple[str, str]],
    wraps: dict[int, list[tuple[int, Line]]],
) -> tuple[list[tuple[str, str]], dict[tuple[int, int], list[tuple[str, int]]]]:
    """Each row's two labels with the rest of a group's name that its narrow cell wrapped
    onto the next row taken from that row ("어르신장애  소 계 …" / "인과  기초연금 지급 …":
    the group 어르신장애인과 over both), and, by (row, column), the wrapped parts of each
    label cell with their lines (a row's wrapped lines: in the group's column where they
    stand under its name, else in the label's)."""
    out = list(levels)
    more: dict[tuple[int, int], list[tuple[str, int]]] = {}
    group = -1  # (the row the last group's name stands on)
    for i, ln in enumerate(body):
        g, name = out[i]
        if g and name and group == i - 1 and goes_on(body[group], ln, False) and not (
            wraps.get(body[group].no)
        ):
            more.setdefault((group, 0), []).append((g, ln.no))
            out[i] = g, name = "", name
        elif g:
            group = i
        for at, w in wraps.get(ln.no, ()):
            col = 0 if g and (at == 0 or not name) else 1
            more.setdefault((i, col), []).append((w.text.strip(), w.no))
    return out, more


def wrapped_rows(
    body: Sequence[Line],
    rows: Sequence[list[str] | None],
    wraps: dict[int, list[tuple[int, Line]]],
    split: bool,
) -> list[tuple[Line, list[list[tuple[str, int]]]]]:
    """Each row's line and its cells, each a list of (paragraph, line): its own text, then
    the rest of its label where a narrow cell wrapped it (:func:`fold_wraps`).  Beside a
    column of words (``split``), a wrap under the row's first cell goes there, else in
    the column of words; and a name in the first column that goes on from the row above
    ("가족청소년  소 계 …" / "과  영유아 보육료 지원 …") joins that row's."""
    out: list[tuple[Line, list[list[tuple[str, int]]]]] = []
    for ln, row in zip(body, rows, strict=True):
        assert row is not None
        texts = [[(t, ln.no)] if t else [] for t in row]
        above = out[-1] if out else None
        if (
            split and above is not None and row[0] and row[1] and len(above[1][0]) == 1
            and above[1][1] and goes_on(above[0], ln, False)
        ):  # fmt: skip
            above[1][0].append((row[0], ln.no))
            texts[0] = []
        for at, w in wraps.get(ln.no, ()):
            c = 0 if not split or (at == 0 and row[0]) else 1
            texts[c].append((w.text.strip(), w.no))
        out.append((ln, texts))
    return out


def fold_wraps(
    body: Sequence[Line], remark: bool
) -> tuple[list[Line], dict[int, list[tuple[int, Line]]]]:
    """The rows of a text table's ``body`` and, by each row's line, the lines that hold the
    rest of its wrapped label cells (:func:`_wrap_at`), with the cell each goes in."""
    rows: list[Line] = []
    wraps: dict[int, list[tuple[int, Line]]] = {}
    for n, ln in enumerate(body):
        row = rows[-1] if rows and value_count(words(rows[-1].text), remark) else None
        if row is not None:
            took = wraps.get(row.no, [])
            last = took[-1][1] if took else row
            after = body[n + 1] if n + 1 < len(body) else None
            at = _wrap_at(row, [w.text.strip() for _, w in took], last, ln, after, remark)
            if at is not None:
                wraps.setdefault(row.no, []).append((at, ln))
                continue
        rows.append(ln)
    return rows, wraps
