"""The words of an audit follow-up appendix (행정사무감사 처리결과): its categories
(시정·처리요구, 건의), its parts and statuses, its category headings and bullets, read
alike by its summary (:mod:`extract.parse.audit_summary`) and its findings
(:mod:`extract.parse.audit`, :mod:`extract.parse.findings`)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.normalize.wraps import join_wrapped
from extract.parse.text import collapse, despace, split_marker, squash
from extract.parse.vocab import (
    AUDIT_CATEGORIES,
    AUDIT_PART_MARKERS,
    AUDIT_PARTS,
    AUDIT_SOURCE_WORDS,
    AUDIT_STATUS_AFTER_COLON,
    AUDIT_STATUS_ALONE,
    AUDIT_STATUSES,
    AUDIT_TABLE_HEADERS,
    MAX_SOURCE_HEADING,
    PLANNED_WORDS,
    SOURCE_TAIL_WORDS,
)

_DIGIT = regex.compile(r"\d")
#: longest part keys first, so 추진내용및향후추진계획 wins over 추진내용
_PART_KEYS = sorted(AUDIT_PARTS, key=len, reverse=True)
_CATEGORY_KEYS = sorted(AUDIT_CATEGORIES, key=len, reverse=True)
#: what a category's heading may hold after its name: no word, or the words of the
#: columns it heads (its parts', 및, 향후)
_NO_WORD = regex.compile(r"^(?:\([^()]*+\)|【[^【】]*+】|\[[^\[\]]*+\]|[^\p{L}(【\[])*+")
_HEADING_TAILS = sorted(
    {*AUDIT_PARTS, "및", "향후", "추진계획", "결과", "현황", "내역", "검토", "이행", "처리", "조치",
     "요구사항", "계속", "보고"},
    key=len, reverse=True,
)  # fmt: skip


#: measures demanded: the finding's category (what kind of demand it is)
CORRECTION_WORDS: tuple[str, ...] = ("시정", "환수", "회수", "반납", "개선", "보완", "정비")
SUGGESTION_WORDS: tuple[str, ...] = ("권고", "건의")

#: what an audit orders done: a line of a 조치 cell that names one is a measure
MEASURE_WORDS: tuple[str, ...] = (
    *CORRECTION_WORDS, *SUGGESTION_WORDS, "주의", "경고", "통보", "징계", "훈계", "문책",
)  # fmt: skip

#: what a measure demanded is written with: its words, and 조치, 요구, counts ("시정조치 2건",
#: "현지시정", "시정 및 주의")
_MEASURE_WORDING = regex.compile(
    "|".join([*MEASURE_WORDS, "조치", "요구", "처분", "현지", "및", "등", r"\d+건", r"\d+"])
)


def measure_category(text: str) -> str | None:
    """The category a measure demanded names ("시정(환수)", "권고", "주의"); None for any
    other text (what was done, "부정수급 환수 완료", names no category, whatever its words).

    >>> measure_category("시정(환수)"), measure_category("권고"), measure_category("주의")
    ('correction', 'suggestion', 'other')
    >>> measure_category("확인조사 주기 단축 및 부정수급 환수 완료")
    """
    key = squash(text).replace("(", "").replace(")", "")
    if not any(w in key for w in MEASURE_WORDS) or regex.sub(_MEASURE_WORDING, "", key):
        return None
    if any(w in key for w in CORRECTION_WORDS):
        return "correction"
    if any(w in key for w in SUGGESTION_WORDS):
        return "suggestion"
    return "other"


def _category_word(key: str) -> str | None:
    """The category's word a squashed label starts with (the longest)."""
    return next((w for w in _CATEGORY_KEYS if key.startswith(w)), None)


def category_word(label: str) -> str | None:
    """The category's word a label or heading opens with, its letter-spacing undone ("건 의
    사 항" -> 건의사항)."""
    return _category_word(squash(label))


def measure_word(text: str) -> str | None:
    """The measure a text of a measure demanded names first ("시정(환수)" -> 시정, "주의")."""
    if measure_category(text) is None:
        return None
    key = squash(text)
    found = [(key.find(w), w) for w in MEASURE_WORDS if w in key]
    return min(found)[1] if found else None


def category_of(label: str) -> str | None:
    """The category a row label or heading names, e.g. "건 의 사 항" -> suggestion."""
    word = _category_word(squash(label))
    return AUDIT_CATEGORIES[word] if word is not None else None


def part_of(text: str) -> tuple[str, str] | None:
    """``(field, rest)`` for a part heading such as "□ 추진상황: 추진 중"."""
    s = text.strip()
    if s[:1] not in AUDIT_PART_MARKERS:
        return None
    body = s[1:].strip()
    head, _, rest = body.partition(":")
    key = squash(head)
    for word in _PART_KEYS:
        if key == word:
            field, rest = AUDIT_PARTS[word], rest.strip()
            short = len(squash(rest)) <= AUDIT_STATUS_AFTER_COLON
            # "□ 조치결과: 추진 중": the status, said under the actions' heading (not a
            # plan's "□ 향후계획: 완료 예정", which says what will be)
            said = not any(w in squash(rest) for w in PLANNED_WORDS)
            if field == "actions" and short and said and status_of(rest) is not None:
                return "status", rest
            return field, rest
    return None


#: a bracket that opens with a date: "(’24. 6월)", "(2024. 3.)"
_DATED = regex.compile(r"[’‘'`]?\d")
#: ... a name in a bracket that is a date or a period ("2019~2022.6.현재", "10월 현재"),
#: not a unit's name that starts with a figure ("120다산콜센터")
DATE_NAME = regex.compile(r"[’‘'`]?\d{1,4}\s*(?:[.~∼년월]|$)")


def status_of(raw: str) -> str | None:
    key = squash(raw)
    if key in AUDIT_STATUSES:
        return AUDIT_STATUSES[key]
    head, _, bracket = key.partition("(")
    if head in AUDIT_STATUS_ALONE and _DATED.match(bracket):
        return AUDIT_STATUSES[head]  # ("반영(’21. 6월)"; not "반영(예정)")
    for word in sorted(AUDIT_STATUSES, key=len, reverse=True):
        if key.startswith(word) and word not in AUDIT_STATUS_ALONE:
            return AUDIT_STATUSES[word]
    return None


def is_table_header(ln: Line) -> bool:
    """A header row of the findings table, repeated on every page."""
    if len(ln.text) > 60:  # cheap test first: this runs on every line
        return False
    key = squash(ln.text)
    return len(key) <= 40 and key.endswith(AUDIT_TABLE_HEADERS) and split_marker(ln.text)[0] is None


def is_category_heading(ln: Line) -> str | None:
    """The category a heading line such as "건  의  사  항" opens, if it is one."""
    s = ln.text.strip()
    if len(s) > 30 or _DIGIT.search(s) or split_marker(s)[0] is not None:
        return None
    key = squash(s)
    word = _category_word(key)
    if word is None or not _heading_words_only(key[len(word) :]):
        return None  # (a finding's line that starts so: "기 타 보조금 수령 시 …")
    cat = AUDIT_CATEGORIES[word]
    return cat if cat != "total" else None


def _heading_words_only(rest: str) -> bool:
    """Whether what follows a category's name in a heading holds only the words of the
    columns it heads ("건 의 사 항 조 치 결 과", "… 요구사항 조치결과 및 향후 추진계획")
    and asides in brackets ("건의사항 (계속)"), not a finding's words."""
    while rest:
        m = _NO_WORD.match(rest)
        if m is not None and m.end():
            rest = rest[m.end() :]
            continue
        word = next((w for w in _HEADING_TAILS if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


def as_bullet_text(lines: Sequence[Line]) -> str:
    """Bullets one per output line; an unmarked line continues the bullet above it."""
    items: list[str] = []
    for ln in lines:
        s = ln.text.strip()
        if not s:
            continue
        marker, _ = split_marker(s)
        starts = marker is not None or s[:1] in "□【①②③④⑤⑥⑦⑧⑨⑩‣▸"
        if starts or not items:
            items.append(collapse(s))
        else:
            items[-1] = join_wrapped([items[-1], s])
    return "\n".join(items)


def bullet_groups(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines grouped into bullets: a marked line starts one, unmarked lines continue it."""
    groups: list[list[Line]] = []
    for ln in lines:
        marker, _ = split_marker(ln.text)
        # (a mark the outline reads as a bullet though no project's, "◈ 총 6건 …", too)
        starts = (
            marker is not None
            or ln.text.strip()[:1] in AUDIT_PART_MARKERS
            or read_marker(ln.text.strip()) is not None
        )
        if starts or not groups:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


def names_source(title: str) -> bool:
    """Whether a short title names the proceeding findings were made in ("가. 군정질문",
    "2025년 행정사무감사"; :data:`~extract.parse.vocab.AUDIT_SOURCE_WORDS`).

    >>> names_source("군정질문"), names_source("행정사무감사"), names_source("지적내용 : 감사 소홀")
    (True, True, False)
    """
    key = squash(split_marker(title)[1] if split_marker(title)[0] else title)
    return len(key) <= MAX_SOURCE_HEADING and key.endswith(AUDIT_SOURCE_WORDS)


#: a year before a title's words ("2025년 ", "’24년도 ")
_LEAD_YEAR = regex.compile(r"^[’‘'`]?(?:\d{4}|\d{2})년도?\s*+")


def source_name(title: str) -> str:
    """The proceeding or audit findings come from, as a section's title names it: the
    proceeding's word where it names one ("2025년 행정사무감사 지적사항 처리결과" ->
    행정사무감사), else the title without its year, brackets and what is reported of it, so
    that the same audit stacks across reports and years.

    >>> source_name("2025년 행정사무감사 지적사항 처리결과"), source_name("가. 군정질문")
    ('행정사무감사', '군정질문')
    >>> source_name("민간위탁 감사(점검) 실시 결과보고"), source_name("민간위탁 감사실시 결과")
    ('민간위탁 감사', '민간위탁 감사')
    """
    numbered = read_marker(title.strip())
    text = numbered[1] if numbered is not None else split_marker(title)[1]
    text = collapse(despace(text))
    key = squash(text)
    found = [(key.find(w), w) for w in AUDIT_SOURCE_WORDS if w in key]
    if found:
        return min(found)[1]
    words = _LEAD_YEAR.sub("", regex.sub(r"\s*+[(（][^()（）]*+[)）]", "", text)).split()
    while len(words) > 1 and words[-1] in SOURCE_TAIL_WORDS:
        words.pop()
    tails = [w for w in SOURCE_TAIL_WORDS if words and words[-1].endswith(w)]
    tail = max(tails, key=len) if tails else None
    if tail is not None and len(words[-1]) > len(tail) + 1:
        words[-1] = words[-1][: -len(tail)]  # ("감사실시" -> 감사)
    return " ".join(words) or text
