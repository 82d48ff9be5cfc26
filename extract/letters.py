"""The official letter (공문) a report is sent to its council under, bound in front of it:
``수신 ○○시의회 교통위원회`` / ``제목 2026년도 주요업무보고 자료 제출`` / ``1. 관련: …`` /
``붙임 … 1부. 끝.`` / ``기안자 …`` / ``시행 교통정책과-1234 (2026. 2. 3.)`` / ``… 공개구분 공개``.
It is not the report's text: its numbered paragraphs are no outline, its 제목 no title, its
dates and telephone numbers no mentions.  Its lines are page furniture (kept, with their
place, as a page's running head is).

>>> texts = ["솔 내 시", "수신 솔내시의회 교통위원회", "(경유)",
...          "제목 2026년도 주요업무보고 자료 제출", "1. 관련: 교통위원회-35호",
...          "붙임 2026년도 주요업무보고 1부.  끝.", "솔 내 시 장",
...          "시행 교통정책과-1234 (2026. 2. 3.) 접수", "전화 031-870-2214 / 공개구분 공개",
...          "2026년도 주요업무보고", "Ⅰ. 일반현황"]
>>> letter_span([Line(i, t, t) for i, t in enumerate(texts, start=1)])
(1, 9)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from extract.document import Document, Line, LineKind
from extract.parse.text import squash

#: the labels a letter's head sets before its addressee and its subject (both are needed)
ADDRESSEE_LABELS: tuple[str, ...] = ("수신",)
SUBJECT_LABELS: tuple[str, ...] = ("제목",)
#: what the lines of its foot open with, after its body's closing `끝.`: the drafter, the
#: approver, the dispatch and receipt numbers, the address, the telephone, whether it is
#: public (`공개구분` anywhere on its line)
FOOT_WORDS: tuple[str, ...] = (
    "기안자", "검토자", "결재권자", "협조자", "시행", "접수", "전화", "전송", "공개구분",
)  # fmt: skip
#: its address line opens with the postcode (`우 12345 …`)
_POSTCODE = regex.compile(r"^\s*우\s*\d{5}")
#: how its body closes (`붙임 … 1부. 끝.`, `… 1부.  끝`, `- 끝 -`)
_CLOSING = regex.compile(r"(?:^|[\s.．])[-–]?\s*끝\s*[.．]?\s*[-–]?\s*$")
#: how far into the document a letter's 수신 may stand (lines), its 제목 under it, its
#: closing under that, and its foot's lines under the closing
LETTER_START = 40
SUBJECT_REACH = 6
LETTER_LENGTH = 30
FOOT_REACH = 10


def _opens(line: Line, labels: tuple[str, ...]) -> bool:
    return squash(line.text).startswith(labels)


def letter_span(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The first and last line numbers of the letter in front of the report, if any."""
    content = [ln for ln in lines if ln.is_content]
    head = next(
        (i for i, ln in enumerate(content[:LETTER_START]) if _opens(ln, ADDRESSEE_LABELS)), None
    )
    if head is None:
        return None
    subject = next(
        (i for i in range(head + 1, min(head + 1 + SUBJECT_REACH, len(content)))
         if _opens(content[i], SUBJECT_LABELS)),
        None,
    )  # fmt: skip
    if subject is None:
        return None
    closing = next(
        (i for i in range(subject + 1, min(subject + 1 + LETTER_LENGTH, len(content)))
         if _CLOSING.search(content[i].text)),
        None,
    )  # fmt: skip
    if closing is None:
        return None
    foot = [
        i for i in range(closing + 1, min(closing + 1 + FOOT_REACH, len(content)))
        if _opens(content[i], FOOT_WORDS) or _POSTCODE.match(content[i].text)
        or "공개구분" in squash(content[i].text)
    ]  # fmt: skip
    if not foot:
        return None
    # (its lines one under the next, a blank or a stray line apart at most)
    run = [foot[0]]
    for i in foot[1:]:
        if i - run[-1] > 2:
            break
        run.append(i)
    foot = run
    # (from its page's top: the sender's slogan and name over 수신; in a file of no pages,
    # from its first line, where the letter opens it)
    page = content[head].page
    first = next(ln for ln in content if ln.page == page) if page else content[0]
    if page is None and head > SUBJECT_REACH:
        first = content[head]
    end = content[foot[-1]]
    return first.no, end.no


def letter_as_furniture(doc: Document) -> Document:
    """``doc`` with its covering letter's lines made furniture (and the tables drawn in it,
    the drafter's and approver's boxes, left out)."""
    span = letter_span(doc.lines)
    if span is None:
        return doc
    first, last = span

    def inside(no: int) -> bool:
        return first <= no <= last

    tables = [g for g in doc.tables if not g.lines or not all(inside(n) for n in g.lines)]
    kept = {n for g in tables for n in g.lines}  # (a table reaching past it is the report's)
    lines = [
        ln._replace(kind=LineKind.FURNITURE)
        if inside(ln.no) and ln.is_content and ln.no not in kept else ln
        for ln in doc.lines
    ]
    return replace(doc, lines=lines, tables=tables)
