"""The office a cover names after its government's name, both spaced out letter by letter
with no council's name to part them ("해 온 구 복 지 국" under "행정복지위원회"), read off the
report's own organisation: the name the chart gives its top unit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from extract.cover import (
    BODY_CHARS,
    CORPORATE_ENDINGS,
    GOVERNMENT_ENDINGS,
    HEAD_TITLE_ENDING,
    NAMED_BY_GOVERNMENT,
    OFFICE_ENDINGS,
    ONE_LETTER_ENDINGS,
)
from extract.document import Line
from extract.parse.text import squash

#: letters of a government's own name before its ending ("해온" of 해온구; one only before
#: :data:`~extract.cover.ONE_LETTER_ENDINGS`, "중" of 중구)
OWN_LETTERS = (1, 2, 3)


def _spaced_out(text: str) -> bool:
    words = text.split()
    return len(words) > 2 and all(len(w) == 1 for w in words)


def office_of(body: str | None, front: Sequence[Line], lines: Iterable[Line]) -> str | None:
    """``body`` (the cover's name, :func:`extract.cover.cover_body`) without the name of its
    government where a cover line spaces both out letter by letter ("해 온 구 복 지 국": the
    cover's 해온구복지국) and a line of the report's own organisation (``lines``) names the
    office alone ("복 지 국", its chart's top) or its head ("복지국장"): 복지국; ``body`` as it
    is otherwise (a 구's ending ends words of an office's name too, "산업연구지원과": only the
    report can say; a chart's bare "국 장" says no more than the cover does).

    >>> front = [Line(1, "해 온 구 복 지 국", "")]
    >>> office_of("해온구복지국", front, [Line(9, "복 지 국", "")])
    '복지국'
    >>> spaced = [Line(1, "산 업 연 구 지 원 과", "")]
    >>> office_of("산업연구지원과", spaced, [Line(9, "산업연구지원과", "")])
    '산업연구지원과'
    >>> office_of("해온구복지국", [Line(1, "해온구 복지국", "")], [Line(9, "복지국", "")])
    '해온구복지국'
    >>> office_of("가온구보건소", [Line(1, "가 온 구 보 건 소", "")], [Line(9, "보 건 소", "")])
    '가온구보건소'
    >>> office_of("중구복지국", [Line(1, "중 구 복 지 국", "")], [Line(9, "복 지 국 장", "")])
    '복지국'
    >>> office_of("도시재생국", [Line(1, "도 시 재 생 국", "")], [Line(9, "재생국", "")])
    '도시재생국'
    """
    if body is None or not any(_spaced_out(ln.text) and squash(ln.text) == body for ln in front):
        return body
    if body.endswith(CORPORATE_ENDINGS):  # (a body its government names: "누리시설관리공단")
        return body
    low, _ = BODY_CHARS
    named = {squash(ln.text) for ln in lines}
    for size in OWN_LETTERS:
        for ending in GOVERNMENT_ENDINGS:
            if size == 1 and ending not in ONE_LETTER_ENDINGS:
                continue
            gov = body[: size + len(ending)]
            rest = body[len(gov) :]
            # (not an office its government's name is part of: "가온구보건소")
            if (
                gov.endswith(ending) and len(rest) >= low and rest.endswith(OFFICE_ENDINGS)
                and rest not in NAMED_BY_GOVERNMENT
                and (rest in named or rest + HEAD_TITLE_ENDING in named)
            ):  # fmt: skip
                return rest
    return body
