"""The official letter (공문) a report is sent to its council under, bound in front of it:
``수신 ○○시의회 교통위원회`` / ``제목 2026년도 주요업무보고 자료 제출`` / ``1. 관련: …`` /
``붙임 … 1부. 끝.`` / ``기안자 …`` / ``시행 교통정책과-1234 (2026. 2. 3.)`` / ``… 공개구분 공개``.
It is not the report's text: its numbered paragraphs are no outline, its 제목 no title, its
dates and telephone numbers no mentions.  Its lines are page furniture (kept, with their
place, as a page's running head is).

>>> texts = ["솔 내 시", "수신 솔내시의회 교통위원회", "(경유)",
...          "제목 2026년도 주요업무보고 자료 제출", "1. 관련: 교통위원회-35호",
...          "붙임 2026년도 주요업무보고 1부. 끝.", "솔 내 시 장",
...          "시행 교통정책과-1234 (2026. 2. 3.) 접수", "전화 031-870-2214 / 공개구분 공개",
...          "2026년도 주요업무보고", "Ⅰ. 일반현황"]
>>> letter_span([Line(i, t, t) for i, t in enumerate(texts, start=1)])
(1, 9)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.document import Document, Line, LineKind
from extract.parse.text import squash

#: the labels a letter's head sets before its addressee and its subject (both are needed)
ADDRESSEE_LABELS: tuple[str, ...] = ("수신",)
SUBJECT_LABELS: tuple[str, ...] = ("제목",)
#: what its foot's lines open with or hold: the drafter, the dispatch and receipt numbers,
#: the address, the telephone, whether it is public
FOOT_WORDS: tuple[str, ...] = ("공개구분", "결재권자", "기안자", "시행", "접수", "전화", "전송")
#: how far into the document a letter's 수신 may stand (lines), and its 제목 under it
LETTER_START = 40
SUBJECT_REACH = 6
#: how many lines after its 제목 the foot may end
LETTER_LENGTH = 40


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
    foot = [
        i for i in range(subject + 1, min(subject + 1 + LETTER_LENGTH, len(content)))
        if any(w in squash(content[i].text) for w in FOOT_WORDS)
    ]  # fmt: skip
    if not foot:
        return None
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
