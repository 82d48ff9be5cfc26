"""붙임: 행정사무감사 처리결과 -> AuditSummary and AuditFinding records.

The appendix opens with a summary (총괄: "총 51 건", then a table of counts
by category and status), then lists every finding under its category
heading (시정·처리요구사항, 건의사항, 기타사항) as a two-column table: the
finding and its "(division)" on the left, "□ 추진상황: …", "□ 추진내용",
"□ 향후계획" and their bullets on the right.  A text export puts the left
column first, so a finding is found from its status line: the division line
just above it, and the finding text from the nearest "○" above that.

A PDF reads a table row cell by cell, so a row broken over a page comes as its left
cell's part and its right cell's part on the first page, then the same on the next:
a finding with no division above its status line takes the lines atop the next page
back from its content, up to their "(division)" (:func:`continued_finding`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.marking import in_note_box
from extract.normalize.wraps import join_wrapped
from extract.parse.base import Context, Parsed, prov
from extract.parse.table import header_columns, match_words, numeric_rows, split_header
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import (
    AUDIT_CATEGORIES,
    AUDIT_DIVISION_LABELS,
    AUDIT_PART_MARKERS,
    AUDIT_PARTS,
    AUDIT_STATUS_AFTER_COLON,
    AUDIT_STATUS_ALONE,
    AUDIT_STATUSES,
    AUDIT_SUMMARY_HEADINGS,
    AUDIT_TABLE_HEADERS,
    BULLETS,
    DIVISION_SUFFIXES,
    PLANNED_WORDS,
    TOTAL_LABELS,
)
from extract.sections import Section
from schemas import AuditFinding, AuditSummary, StatedTotal

_DIGIT = regex.compile(r"\d")
_HEADLINE = regex.compile(r"총\s*(?P<n>\d[\d,]*)\s*(?P<unit>건)")
#: the summary table's columns: 계 and the statuses
SUMMARY_COLUMNS: dict[str, str] = {
    **{w: "total" for w in TOTAL_LABELS},
    **AUDIT_STATUSES,
}
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


def _category_word(key: str) -> str | None:
    """The category's word a squashed label starts with (the longest)."""
    return next((w for w in _CATEGORY_KEYS if key.startswith(w)), None)


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
_DATE_NAME = regex.compile(r"[’‘'`]?\d{1,4}\s*(?:[.~∼년월]|$)")


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
        starts = marker is not None or ln.text.strip()[:1] in AUDIT_PART_MARKERS
        if starts or not groups:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


# --- summary ---------------------------------------------------------------------------


#: a row of counts ends in one, or in a nil ("… 1 1 -")
_COUNTS_END = regex.compile(r"(?:\d|[-－])\s*$")


#: a status and its count in a headline's brackets: "(완료 9, 추진중 3)"
_STATUS_COUNT = regex.compile(
    r"(?P<word>" + "|".join(sorted(AUDIT_STATUSES, key=len, reverse=True))
    + r")\s*+(?P<n>\d[\d,]*+)\s*+건?"
)  # fmt: skip
#: the first bullets of a section the headline is looked for in, where no table sums it up
HEADLINE_BULLETS = 3


def _headline_counts(lines: Sequence[Line], out: Parsed) -> bool:
    """A section summed up in a headline, not a table ("❍ 총 12건 (완료 9, 추진중 3)"):
    its total, and its counts by status as the total's summary row."""
    for group in bullet_groups(lines)[:HEADLINE_BULLETS]:
        # (the group ends at the first finding's line: "① …" is no bullet's mark)
        group = group[:1] + list(
            takewhile(lambda ln: read_marker(ln.text) is None, group[1:])
        )
        text = collapse(" ".join(ln.text for ln in group))
        m = _HEADLINE.search(text)
        if m is None:
            continue
        total = int(m["n"].replace(",", ""))
        out.add("stated_totals", StatedTotal(
            key="audit.total", value=total, unit=m["unit"], raw=text, **prov(group)
        ))  # fmt: skip
        counts: dict[str, int] = {}
        for c in _STATUS_COUNT.finditer(text, m.end()):
            status = AUDIT_STATUSES[c["word"]]
            counts[status] = counts.get(status, 0) + int(c["n"].replace(",", ""))
        if counts:
            out.add("audit_summary", AuditSummary(
                category="total", category_raw=m[0], total=total,
                completed=counts.get("completed"), in_progress=counts.get("in_progress"),
                under_review=counts.get("under_review"),
                not_reflected=counts.get("not_reflected"), raw=text, **prov(group),
            ))  # fmt: skip
        out.use(group)
        return True
    return False


def read_summary(lines: Sequence[Line], out: Parsed) -> int:
    """The 총괄 part: headline, status columns and category rows; returns where it ends."""
    header, before, rest = split_header(lines)
    # the headline "○ 수감결과 처리요구사항 등 --- 총 51 건", however it wrapped
    for group in bullet_groups(before):
        text = collapse(" ".join(ln.text for ln in group))
        m = _HEADLINE.search(text)
        if m:
            out.add(
                "stated_totals",
                StatedTotal(
                    key="audit.total",
                    value=int(m["n"].replace(",", "")),
                    unit=m["unit"],
                    raw=text,
                    **prov(group),
                ),
            )
            out.use(group)
            break
    if header is None:
        if not _headline_counts(lines, out):
            out.warn(
                "audit_summary.no_header",
                "no summary table (구 분 계 완료 ...) in the audit appendix",
                lines[:1],
            )
        return 0
    out.use([header])
    columns = [
        SUMMARY_COLUMNS.get(w) for w, _ in match_words(header_columns(header), SUMMARY_COLUMNS)
    ]
    # a second header line under a group's word ("구 분 | 계 | 처리상황" / "완 료 | 추진중"):
    # the statuses take the group's place
    words = match_words(header_columns(rest[0]), SUMMARY_COLUMNS) if rest else []
    under = [SUMMARY_COLUMNS.get(w) for w, _ in words]
    if under and None not in under and None in columns:
        at = columns.index(None)
        columns = [*columns[:at], *under, *columns[at + 1 :]]
        out.use(rest[:1])
        rest = rest[1:]
    # the table ends where the first category heading of the findings starts, or a
    # marked or numbered line after it that holds no row of counts ("□ 세부 처리결과",
    # "2. 세부 처리결과" over a table of the findings; not "- 건의사항 1 1 -")
    end = next(
        (i for i, ln in enumerate(rest)
         if is_category_heading(ln)
         or ((split_marker(ln.text)[0] is not None or read_marker(ln.text) is not None)
             and not _COUNTS_END.search(ln.text))),
        len(rest),
    )  # fmt: skip
    # a merged header cell ("계") read onto a line of its own belongs to no row
    stray = [ln for ln in rest[:end] if squash(ln.text) in TOTAL_LABELS]
    rows = numeric_rows([ln for ln in rest[:end] if ln not in stray], ncols=len(columns))
    for row in rows:
        cat = category_of(row.label)
        if not row.values:
            continue
        if cat is None:
            out.warn("audit_summary.row", f"unknown category {row.label!r}", row.lines)
            continue
        counts = {
            c: (0 if t.is_nil else int(t.text.replace(",", "")))
            for c, t in zip(columns, row.values, strict=False)
            if c
        }
        out.add(
            "audit_summary",
            AuditSummary(
                category=cat,
                category_raw=row.label,
                total=counts.get("total"),
                completed=counts.get("completed"),
                in_progress=counts.get("in_progress"),
                under_review=counts.get("under_review"),
                not_reflected=counts.get("not_reflected"),
                raw=row.raw,
                **prov(row.lines),
            ),
        )
        out.use(row.lines)
    out.use(stray)
    index = {ln.no: i for i, ln in enumerate(lines)}
    return index[rest[end].no] if end < len(rest) else len(lines)


# --- findings ---------------------------------------------------------------------------


@dataclass(slots=True)
class FindingParts:
    category: str
    text: list[Line]
    division: list[Line]
    status_line: Line
    content: list[Line] = field(default_factory=list)


def _opens_division(region: Sequence[Line], k: int) -> bool:
    """Line ``k`` starts a "(division)": it opens with "(", or the line above ends inside
    the bracket (a cell wrapped after it: "… 하기 바람 (" / "기획예산담당관/ …)", or a
    paragraph that holds the first names: "… 바람 (기획예산담당관/도시재생담당관" /
    "/민원조정담당관)")."""
    return region[k].text.strip().startswith("(") or (
        k > 0 and open_division(region[k - 1].text) is not None
    )


def open_division(text: str) -> int | None:
    """Where a "(division" left open at the end of ``text`` starts: a bracket closed by
    nothing after it, holding only names of divisions (or nothing yet)."""
    i = text.rfind("(")
    if i < 0 or ")" in text[i:]:
        return None
    names = [n.strip() for n in regex.split(r"[/,]", text[i + 1 :]) if n.strip()]
    return i if all(n.endswith(DIVISION_SUFFIXES) for n in names) else None


def _division_lines(region: Sequence[Line], end: int) -> int:
    """Index where the "(division)" lines before ``end`` start (``end`` if none)."""
    j = end - 1
    if j < 0 or not region[j].text.strip().endswith(")"):
        return end
    for k in range(j, max(-1, j - 3), -1):
        if _opens_division(region, k):
            return k if _names_divisions(region[k:end]) else end
    return end


def _names_divisions(lines: Sequence[Line]) -> bool:
    """Whether the bracket the lines close names divisions, not the finding's own aside
    ("(서울혁신센터 개소 시점부터" / "현재 … 기관 까지)", the last words of a cell whose row
    goes on over a page break): a name of several words that ends in no unit's word is
    prose ("기획조정실", "복지정책과 등", "감사실/기획예산과" are names)."""
    text = " ".join(ln.text.strip() for ln in lines)
    i = text.rfind("(", 0, text.rfind(")"))
    names = [n.strip() for n in regex.split(r"[/,]", text[i + 1 : text.rfind(")")]) if n.strip()]
    return bool(names) and not any(
        (len(n.split()) >= PROSE_WORDS and not n.removesuffix("등").strip().endswith(UNIT_ENDINGS))
        or _DATE_NAME.match(n)  # (a date or a period: "(2019~2022.6.현재)")
        for n in names
    )


#: words in a bracket's name, at least, that make it prose unless it ends in a unit's word
PROSE_WORDS = 3
#: how the names of the units a finding is addressed to end
UNIT_ENDINGS = (*DIVISION_SUFFIXES, "실", "국", "팀", "본부")


def _opens_item(ln: Line) -> bool:
    """A line that starts a part (□ 추진내용) or a first-level item (◦ …): never the rest of
    a finding, whose own items are a level below ("- 위탁 기간별로 …")."""
    marker, _ = split_marker(ln.text)
    return ln.text.strip()[:1] in AUDIT_PART_MARKERS or (
        marker is not None and BULLETS.get(marker) == 1
    )


def _new_page(before: Line, ln: Line) -> bool:
    return before.page is not None and ln.page is not None and ln.page != before.page


def continued_finding(status: Line, content: Sequence[Line]) -> tuple[int, int, int] | None:
    """Where a finding row broken over a page goes on, as ``(start, division, end)``
    indexes into ``content``: its left cell's rest comes first on the next page (the
    finding's last words, then its "(division)"), before the right cell's rest.

    It is the lines at the top of a page inside the content, up to the first "(division)"
    before any first-level item; None where no page break in the content is followed by one.
    """
    lines = [status, *content]
    for k in range(1, len(lines)):
        if not _new_page(lines[k - 1], lines[k]):
            continue
        run = 0
        while k + run < len(lines) and not _opens_item(lines[k + run]):
            run += 1
        cell = lines[k : k + run]
        end = next((e for e in range(1, run + 1) if _division_lines(cell, e) < e), None)
        if end is not None:
            return k - 1, k - 1 + _division_lines(cell, end), k - 1 + end
    return None


def join_continued(f: FindingParts) -> None:
    """A finding with no "(division)" above its status line whose row goes on over a
    page break takes its rest (and its division) back from the content."""
    if f.division:
        return
    at = continued_finding(f.status_line, f.content)
    if at is None:
        return
    start, division, end = at
    f.text = [*f.text, *f.content[start:division]]
    f.division = list(f.content[division:end])
    f.content = [*f.content[:start], *f.content[end:]]


def join_open_division(f: FindingParts) -> None:
    """A finding whose text ends inside a "(division" that the next page closes (a row
    broken over a page inside its names: "… 하기 바람 (복지정책과/" / "노인복지과"
    | "/장애인복지과)" at the top of the next page, before the right cell's rest): the
    names, closed, are its division."""
    if f.division or not f.text:
        return
    for back in (1, 2):  # (the bracket opens on the text's last line or the one before)
        tail = " ".join(ln.text.strip() for ln in f.text[-back:])
        if open_division(tail) is not None:
            break
    else:
        return
    for k, ln in enumerate(f.content):
        if not _new_page(f.content[k - 1] if k else f.status_line, ln):
            continue
        closing = ln.text.strip()
        names = [n.strip() for n in regex.split(r"[/,]", closing.rstrip(")")) if n.strip()]
        if not closing.endswith(")") or "(" in closing or not names:
            return
        if not all(n.endswith(DIVISION_SUFFIXES) for n in names):
            return
        i = max(i for i in range(len(f.text) - back, len(f.text)) if "(" in f.text[i].text)
        first, at = f.text[i], f.text[i].text.rfind("(")
        head = [first._replace(text=first.text[:at].rstrip())] if first.text[:at].strip() else []
        opened = [first._replace(text=first.text[at:]), *f.text[i + 1 :]]
        f.text = [*f.text[:i], *head]
        f.division = [*opened, ln]
        f.content = [*f.content[:k], *f.content[k + 1 :]]
        return


def _finding_start(region: Sequence[Line], stop: int, end: int) -> int:
    """The nearest "○" line above ``end`` (not above ``stop``)."""
    for k in range(end - 1, stop - 1, -1):
        marker, _ = split_marker(region[k].text)
        if marker is not None and BULLETS.get(marker) == 1:
            return k
    return stop


def is_status(text: str) -> bool:
    """A status heading: "□ 추진상황: 추진 중"."""
    p = part_of(text)
    return p is not None and p[0] == "status"


def split_cells(ln: Line, known: Collection[str] = ()) -> list[Line]:
    """A line holding a finding's first words and the status heading beside it, two cells
    at one height read as one line ("○신규 위탁기관이 … □ 추진상황: 추진 중"), or a
    finding's "(division)" and the one line of the right cell beside it (a row broken
    over a page: "(기획예산담당관) - 소액심판 미청구에 따라 …"), as the two (the same line
    number); any other line alone."""
    s = ln.text
    for i in range(1, len(s)):
        if (
            s[i] in AUDIT_PART_MARKERS and s[i - 1].isspace() and s[:i].strip()
            and is_status(s[i:])
        ):  # (a status heading indented on its own line is one line)
            return [ln._replace(text=s[:i].rstrip()), ln._replace(text=s[i:])]
    m = _LEADING_DIVISION.match(s)
    if m is not None and _names_units(m["names"], known):
        return [ln._replace(text=s[: m.end("close")]), ln._replace(text=s[m.end() :])]
    return [ln]


#: words that end as a unit's name does but name none ("(조치결과)", "[관련 기관]")
NOT_UNIT_WORDS: tuple[str, ...] = ("결과", "효과", "성과", "기관", "관련")


def _names_units(names: str, known: Collection[str]) -> bool:
    """Whether a bracket's ``names`` are the report's divisions (``known``, squashed), or,
    where the report names none, each one word that ends as a unit's name does."""
    names = _DIVISION_LABEL.sub("", names.strip())
    parts = [n.strip() for n in regex.split(r"[/,]", names) if n.strip()]
    if not parts:
        return False
    if known:
        return all(squash(n) in known for n in parts)
    return all(
        " " not in n and n.endswith(DIVISION_SUFFIXES) and not n.endswith(NOT_UNIT_WORDS)
        and not n.startswith(NOT_UNIT_WORDS)
        for n in parts
    )  # fmt: skip


def _bracketed(ln: Line, known: Collection[str] = ()) -> Line:
    """A line that is a "[division]" in square brackets as a "(division)" (the mark some
    reports set their divisions in); any other line as it is."""
    m = _SQUARE_DIVISION.fullmatch(ln.text)
    if m is None or not _names_units(m["names"], known):
        return ln
    return ln._replace(text=f"({m['names']})")


#: a label before a finding's division names ("소관: ", "담당부서 :")
_DIVISION_LABEL = regex.compile(
    r"^(?:" + "|".join(AUDIT_DIVISION_LABELS) + r")\s*+[:：]\s*+"
)
#: a line that is one square bracket
_SQUARE_DIVISION = regex.compile(r"\s*\[(?P<names>[^\[\]()]+)\]\s*")
#: a "(division)" that opens a line, and what follows it
_LEADING_DIVISION = regex.compile(r"^\s*\((?P<names>[^()]+)(?P<close>\))\s+(?=\S)")


def split_division(ln: Line, known: Collection[str]) -> list[Line]:
    """A line that ends in a "(division)" set tight after its last word, as the text and
    the division (the same line number); any other line alone."""
    at = closed_division(ln.text, known)
    if at is None:
        return [ln]
    return [ln._replace(text=ln.text[:at]), ln._replace(text=ln.text[at:])]


def split_findings(
    region: Sequence[Line], out: Parsed, known: Collection[str] = ()
) -> list[FindingParts]:
    """Cut the findings part into findings, anchored on the status lines (``known``: the
    report's division names, squashed: see :func:`split_division`)."""
    cells = [
        part for ln in region if ln.is_content for part in split_cells(_bracketed(ln, known), known)
    ]
    # only the line right above a status line ends a finding's text (the lines after it
    # are the actions, whose "(division)" is theirs)
    lines = [
        piece
        for ln, nxt in zip(cells, [*cells[1:], None][: len(cells)], strict=True)
        for piece in (
            split_division(ln, known) if nxt is not None and is_status(nxt.text) else [ln]
        )
    ]
    category = "correction"
    categories: list[str] = []
    skip: set[int] = set()
    for ln in lines:
        cat = is_category_heading(ln)
        if cat:
            category = cat
            skip.add(ln.no)
        elif is_table_header(ln):
            skip.add(ln.no)
        categories.append(category)
    out.used |= skip
    body = [(ln, c) for ln, c in zip(lines, categories, strict=True) if ln.no not in skip]
    flat = [ln for ln, _ in body]
    status_at = [i for i, ln in enumerate(flat) if is_status(ln.text)]
    findings: list[FindingParts] = []
    prev_end = 0
    starts: list[int] = []
    for s in status_at:
        d = _division_lines(flat, s)
        start = _finding_start(flat, prev_end, d)
        starts.append(start)
        findings.append(FindingParts(body[s][1], flat[start:d], flat[d:s], flat[s]))
        prev_end = s + 1
    for n, f in enumerate(findings):
        s = status_at[n]
        nxt = starts[n + 1] if n + 1 < len(findings) else len(flat)
        f.content = flat[s + 1 : nxt]
        join_open_division(f)
        join_continued(f)
    return findings


def closed_division(text: str, known: Collection[str]) -> int | None:
    """Where a "(division)" set tight at the end of ``text`` starts ("… 하길
    바람(도시재생담당관)": a cell's line broken before its bracket and read on with it):
    a bracket after a word that holds only names of the report's divisions."""
    m = regex.search(r"(?<=\S)\([^()]++\)$", text)
    if m is None or not known:
        return None
    names = [squash(n) for n in regex.split(r"[/,]", m.group()[1:-1]) if n.strip()]
    return m.start() if names and all(n in known for n in names) else None


def read_finding(no: int, f: FindingParts) -> AuditFinding:
    first_marker, first_text = split_marker(f.text[0].text) if f.text else (None, "")
    finding = (
        join_wrapped(
            [first_text if first_marker else f.text[0].text, *(ln.text for ln in f.text[1:])]
        )
        if f.text
        else ""
    )
    div_text = collapse(" ".join(ln.text for ln in f.division))
    opened = open_division(finding) if f.division and not div_text.startswith("(") else None
    if opened is not None:  # the bracket and the first names were set with the text
        finding, div_text = finding[:opened].rstrip(), f"{finding[opened:]} {div_text}"
    div_text = _DIVISION_LABEL.sub("", div_text.strip("() "))  # ("소관: 복지정책과")
    divisions = [d.strip() for d in regex.split(r"[/,]", div_text) if d.strip()]
    part = part_of(f.status_line.text)
    status_raw = part[1] if part else ""
    parts: dict[str, list[Line]] = {"actions": [], "plans": []}
    current = "actions"
    content = list(f.content)
    if not status_raw and content and part_of(content[0].text) is None:
        status_raw = content.pop(0).text.strip()  # the status on the line below
    for ln in content:
        p = part_of(ln.text)
        if p is not None and p[0] in parts:
            current = p[0]
            if p[1]:
                parts[current].append(Line(ln.no, p[1], ln.raw, ln.page, ln.kind))
            continue
        parts[current].append(ln)
    return AuditFinding(
        no=no,
        category=f.category,
        divisions=divisions,
        finding=finding,
        status=status_of(status_raw),
        status_raw=status_raw,
        actions=as_bullet_text(parts["actions"]),
        plans=as_bullet_text(parts["plans"]),
        **prov([*f.text, *f.division, f.status_line, *f.content]),
    )


#: the title word of the follow-up this parser reads; other audit sections (민간위탁
#: 감사 결과) that give it no record are left to the structure parser, unwarned
TEMPLATE_TITLE = "행정사무감사"


def parse_audit(section: Section, ctx: Context, findings: bool = True) -> Parsed:
    """The summary and (``findings``) the findings of the template's audit appendix."""
    out = _parse_audit(section, ctx, findings)
    if TEMPLATE_TITLE not in squash(section.title) and not (
        out.tables.get("audit_findings") or out.tables.get("audit_summary")
    ):
        return Parsed()  # read by extract.parse.findings
    return out


def _parse_audit(section: Section, ctx: Context, read_findings: bool) -> Parsed:
    out = Parsed()
    out.use(section.heading)
    # (a Hangul file's footnote is the outline's note of the line it notes: no words of
    # a finding's cell)
    lines = [ln for ln in section.content if not in_note_box(ln)]
    end = read_summary(lines, out)
    for ln in lines[:end]:
        key = squash(ln.text)
        # the appendix's cover (its title again, the committee, the bureau) and the
        # summary's own headings
        if (
            ("행정사무감사" in key and len(key) < 40)
            or regex.match(r"^\(.*위원회\)$", key)
            or (ctx.bureau and key == squash(ctx.bureau))
            or (len(key) < 10 and key.endswith(AUDIT_SUMMARY_HEADINGS))
        ):
            out.use([ln])
    if not read_findings:
        return out  # (the outline's items are the findings: extract.parse.findings)
    findings = split_findings(lines[end:], out, {squash(d) for d in ctx.divisions})
    for no, f in enumerate(findings, start=1):
        rec = read_finding(no, f)
        if rec.status is None:
            out.warn(
                "audit_findings.status",
                f"finding {no}: unknown status {rec.status_raw!r}",
                [f.status_line],
            )
        out.add("audit_findings", rec)
        out.use([*f.text, *f.division, f.status_line, *f.content])
    if not findings:
        out.warn(
            "audit_findings.none",
            "no findings (□ 추진상황: ...) in the audit appendix",
            section.heading,
        )
    return out
