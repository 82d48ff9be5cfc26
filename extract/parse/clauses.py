"""A line of a schedule cut into its clauses, each a step with its date: arrows and notes
between them (:func:`clauses`), steps that share a date or each name their own in a list
(:func:`shared_steps`), and months listed in a bracket (:func:`month_list`).  Each clause
is read by :func:`extract.parse.steps.read_clause`."""

from __future__ import annotations

import regex

from extract.layout.vocab import CIRCLED
from extract.normalize import DateSpan, find_dates, parse_date
from extract.parse.project_facts import (
    ANY_YEAR,
    CLOSE_BRACKETS,
    OPEN_BRACKETS,
    prep_date,
    split_top,
)
from extract.parse.steps import (
    PAREN_END,
    bare_head,
    colon_date,
    date_first,
    date_last,
    dated_colon,
    does_something,
    often_colon,
    outcome_after,
    within,
)
from extract.parse.tails import AND_AFTER_BRACKET
from extract.parse.text import collapse

#: the arrows of a chain of steps ("’26. 2. 공고 → 4. 선정 ⇨ 5.~12. 지원"; not ➔, which may
#: lead from a problem to its remedy within one step)
CHAIN_ARROWS = "→⇒⇨➜➡"
#: the arrows between clauses, with their spaces (taken from where they start, so a split
#: is linear on a long run of spaces)
_CLAUSE_SEPS = regex.compile(
    r"(?:(?<!\s)\s++)?(?:[" + CHAIN_ARROWS + "▸▹‣]"
    r"|(?<![*※])[*※]++(?=\s*+[’‘'`]?\d[\d.\s~’‘'`-]*[:：])"
    r"|(?<=[)）]\s)/(?=\s))\s*+"
)  # (and a note "date : task" of its own: "공사 착공 * ’28.12. : 공사 준공 예정"; a slash
# set apart after a bracket parts two items: "용역완료(’25.11.~12.) ‣ 해운대(춘천, 센텀) /
# 용역착수(’25.5.~6.)", not a quarter "’25. 3 / 4분기" nor "국비 / 시비")
_CIRCLED = "".join(CIRCLED)

#: months listed in brackets at the end ("(1,7월)", "(3, 6, 9월 중)")
_MONTH_LIST = regex.compile(
    r"[(（](?P<months>\d{1,2}(?:\s*+월)?+(?:\s*+[,·/]\s*+\d{1,2}(?:\s*+월)?+)++)"
    r"(?P<word>\s*+월)?+\s*+(?:중\s*+)?[)）]\s*+\.?\s*+$"
)

def _split_outside_brackets(text: str) -> list[str]:
    """``text`` cut at the arrows and dated notes that stand outside brackets: an arrow
    inside one says who to whom ("신청(부산시 → 국토교통부)")."""
    out: list[str] = []
    start = seen = depth = 0
    # (a bracket nothing closes holds nothing: "설명회(1월 → 공모(3월) → 선정(5월)")
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch in OPEN_BRACKETS:
            opened.append(i)
        elif ch in CLOSE_BRACKETS and opened:
            opened.pop()
    unclosed = set(opened)
    for m in _CLAUSE_SEPS.finditer(text):
        for i in range(seen, m.start()):
            if text[i] in OPEN_BRACKETS and i not in unclosed:
                depth += 1
            elif text[i] in CLOSE_BRACKETS:
                depth = max(0, depth - 1)
        seen = m.start()
        if depth == 0:
            out.append(text[start : m.start()])
            start = m.end()
    out.append(text[start:])
    return out


#: a slash set apart by spaces ("1분기 실시설계 / 2분기 공사 착공")
_SPACED_SLASH = regex.compile(r"\s++/\s++")


def _dated_slashes(part: str) -> list[str]:
    """``part`` cut at its spaced slashes where each piece after one opens with its date
    ("1분기 실시설계 / 2분기 공사 착공 / 하반기 준공"); else ``part`` whole (a slash inside
    a task, "국비 / 시비 매칭")."""
    pieces: list[str] = []
    for piece in _SPACED_SLASH.split(part):
        if pieces and pieces[-1][-1:].isdigit() and piece[:1].isdigit():
            pieces[-1] = f"{pieces[-1]} / {piece}"  # ("’25. 3 / 4분기": a quarter's fraction)
        else:
            pieces.append(piece)
    if len(pieces) < 2 or any(date_first(prep_date(p), ANY_YEAR) is None for p in pieces[1:]):
        return [part]
    return pieces


def _month_bracket(clause: str) -> regex.Match[str] | None:
    """The bracket of months ``clause`` ends in ("(3,6,9,12월)", "(5월, 10월)"), not one of
    figures ("(1, 2)")."""
    m = _MONTH_LIST.search(clause)
    return m if m is not None and (m["word"] or m["months"].endswith("월")) else None


#: a bracket of months a line opens with ("(6월, 12월) 정기 점검")
_LEAD_MONTHS = regex.compile(
    r"^\s*+[(（](?P<months>\d{1,2}\s*+월(?:\s*+[,·/]\s*+\d{1,2}\s*+월)++)[)）]"
    r"\s*+(?P<task>\S.*+)$"
)


def month_list(clause: str, year: int | None) -> list[tuple[DateSpan, str, str]]:
    """ "분기별 집행상황 점검(3,6,9,12월)", "(6월, 12월) 정기 점검" -> the task in each
    month listed (none where the brackets hold no list of months); what came of it after
    a colon aside, "… 개최 (5월, 10월) : 참여 4,200명"."""
    if outcome_after(clause, year) and _month_bracket(clause.partition(":")[0].rstrip()):
        clause = clause.partition(":")[0].rstrip()
    lead = _LEAD_MONTHS.match(clause)
    if lead is not None and not find_dates(prep_date(lead["task"]), year=ANY_YEAR):
        m, task = lead, collapse(lead["task"])
    else:
        m = _month_bracket(clause)
        task = collapse(clause[: m.start()]) if m else ""
        if m is None or not task or date_first(clause, year):
            return []
    raw = m["months"] + (m.groupdict().get("word") or "").strip()
    out = []
    for n in regex.split(r"\s*[,·/]\s*", m["months"]):
        span = parse_date(f"{n.removesuffix('월').strip()}월", year=year)
        if span is None:
            return []
        out.append((span, task, raw))
    return out


def _dated_pair(part: str) -> list[str]:
    """A clause of two steps each dated in its bracket with its year, joined by 및: both
    ("반입기준 마련(’25.2.) 및 규정 고시 제정(’25.10.)"); else the clause."""
    pieces: list[str] = AND_AFTER_BRACKET.split(part)
    # (after a line's own date with its year, days with none refine it: "’24. 7.~ 8. :
    # 중간보고회(7.4.) 및 주민설명회(8.14.)" is one step; "실적 점검(6월) 및 평가(8월)" two)
    yearless = date_first(pieces[0], None) is None and not dated_colon(pieces[0])
    if len(pieces) == 2 and all(
        date_last(q, ANY_YEAR) is not None and (yearless or find_dates(prep_date(q), year=None))
        for q in pieces
    ):
        return pieces
    return [part]


def clauses(text: str, year: int | None = None) -> list[str]:
    """A line cut into clauses at commas, arrows and circled numbers; a clause without a
    date goes with the next one ("시네마 푸드 테라스, 체험형 투어(9~11월)"), or with the
    one before it where that one is "date : task" ("’25. 1. : 계획 수립, 조직 구성");
    one closed by a bracket that holds no date is an item of its own, undated (``year``:
    the plan's, where a date may leave its year's quote mark out)."""
    parts: list[tuple[str, bool]] = []  # (part, whether a comma parts it from the last)
    for piece in _split_outside_brackets(text):
        for sub in regex.split(f"(?=[{_CIRCLED}])", piece):
            for i, part in enumerate(split_top(sub.strip(f" {_CIRCLED}"))):
                pieces = [d for s in _dated_slashes(part) for d in _dated_pair(s)]
                parts.extend((q, i > 0 or j > 0) for j, q in enumerate(pieces))
    out: list[str] = []
    pending = ""
    colon = False  # the last clause is "date : task": the comma'd parts after it are its
    for p, after_comma in parts:
        if (
            find_dates(prep_date(p), year=ANY_YEAR)
            or date_last(p, ANY_YEAR) is not None
            or _month_bracket(p) is not None
            or colon_date(p, ANY_YEAR) is not None
            or often_colon(p, ANY_YEAR) is not None  # ("분기별 : 모니터링")
            # ("정비공사 착공 : 25.5.": the year's quote mark left out, near the plan's year)
            or (year is not None and colon_date(p, year) is not None)
            or (year is not None and bool(bare_head(prep_date(p).lstrip(), year)))
        ):
            if pending and date_first(p, ANY_YEAR) is not None:
                pending = ""  # "계획 수립 → 조직 구성 → ’25. 3. : 착수": its own date
            # a line that opens with its date dates all it lists, colon or not ("’25.上
            # 보상금 지급, 약정 체결, 용역 완료"), and so does each step after an arrow
            # ("→ (3~10월) 계약 의뢰, 용역 추진")
            first = None if after_comma or pending else date_first(p, ANY_YEAR)
            # (not one dated at its end too: "’25년 채용계획 수요조사(3월중)")
            opens = first is not None and date_last(p, ANY_YEAR) is None
            out.append(f"{pending}, {p}" if pending else p)
            colon = not pending and (dated_colon(p) or opens)
            pending = ""
        elif out and not pending and colon and after_comma:
            out[-1] = f"{out[-1]}, {p}"  # "’25. 1. : 기본계획 수립, 전담조직 구성"
        elif PAREN_END.search(p):
            pending, colon = "", False  # an undated item of its own: "운영(봄·가을), ..."
        else:
            pending, colon = (f"{pending}, {p}" if pending else p), False
    return out


#: one of several names listed, each dated in its bracket, the last with what they share
#: after it ("제161차(4월), 제162차 (6월) 외래어 심의 공동위원회 개최")
_NAMED_DATE = regex.compile(
    r"^(?P<name>[^\s()（）]{1,8}(?:\s[^\s()（）]{1,6}){0,2})\s*+[(（](?P<date>[^()（）]{1,16})[)）]"
    r"(?P<tail>.*+)$"
)


#: words that join a step to the ones before it: what follows them is a step of its own
JOINING_WORDS: tuple[str, ...] = ("및", "후", "이후", "등", "또는", "그리고", "→")


def shared_steps(text: str, year: int | None) -> list[tuple[DateSpan, str, str]]:
    """(date, task, date as written) of each of the names a text lists, each dated in its
    bracket, that share what follows the last: "제3회(7월), 제4회(9월) 원내 토론회 개최"
    is 제3회 원내 토론회 개최 in July and 제4회 … in September; after a line's own date
    the months it holds ("’25.2.~4. : 4호점(’25.2월), 5호점(’25.4월) 개소식 개최"); [] for
    any other text."""
    opened = date_first(text, year) if dated_colon(text) else None
    if opened is not None:
        line_date, rest = opened
        inner = shared_steps(rest, line_date.start.year if line_date.start else year)
        return inner if all(within(s[0], line_date) for s in inner) else []
    parts = split_top(collapse(text))
    if len(parts) < 2:
        return []
    out: list[tuple[DateSpan, str, str]] = []
    matches = [_NAMED_DATE.match(p.strip()) for p in parts]
    last = matches[-1]
    if last is None or not last["tail"].strip() or any(
        m is None or m["tail"].strip() for m in matches[:-1]
    ):
        return []
    tail = last["tail"].strip()
    for m in matches:
        assert m is not None
        span = parse_date(prep_date(m["date"]), year=year, bare_days=True)
        if span is None:
            return []
        out.append((span, f"{m['name']} {tail}", m["date"].strip()))
    if tail.split()[0] in JOINING_WORDS:
        return []  # ("공청회(3월), 설명회(5월) 및 용역 준공": a step of its own after them)
    return out if does_something(tail) else []


#: a bracket a line opens with, what follows it
