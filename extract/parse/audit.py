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
back from its content, up to their "(division)" (:func:`continued_finding`).  The
summary is read by :mod:`extract.parse.audit_summary`, the words both use live in
:mod:`extract.parse.audit_words`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout.marking import in_note_box
from extract.normalize.wraps import join_wrapped
from extract.parse.audit_summary import read_summary
from extract.parse.audit_words import (
    DATE_NAME,
    as_bullet_text,
    category_word,
    is_category_heading,
    is_table_header,
    part_of,
    source_name,
    status_of,
)
from extract.parse.base import Context, Parsed, prov
from extract.parse.findings import dated
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import (
    AUDIT_DIVISION_LABELS,
    AUDIT_PART_MARKERS,
    AUDIT_SUMMARY_HEADINGS,
    BULLETS,
    DIVISION_SUFFIXES,
    FINDING_LABELS,
)
from extract.sections import Section
from schemas import AuditFinding

# --- findings ---------------------------------------------------------------------------


@dataclass(slots=True)
class FindingParts:
    category: str
    text: list[Line]
    division: list[Line]
    status_line: Line
    content: list[Line] = field(default_factory=list)
    #: the category as the heading over it words it (건의사항); None under no heading
    category_raw: str | None = None


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
        or DATE_NAME.match(n)  # (a date or a period: "(2019~2022.6.현재)")
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
    category, worded = "correction", None
    categories: list[tuple[str, str | None]] = []
    skip: set[int] = set()
    for ln in lines:
        cat = is_category_heading(ln)
        if cat:
            category, worded = cat, category_word(ln.text)
            skip.add(ln.no)
        elif is_table_header(ln):
            skip.add(ln.no)
        categories.append((category, worded))
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
        (cat, worded), parts = body[s][1], (flat[start:d], flat[d:s], flat[s])
        findings.append(FindingParts(cat, *parts, category_raw=worded))
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
    head, colon, rest = finding.partition(":")
    if colon and squash(head) in FINDING_LABELS:
        finding = rest.strip()  # ("지적사항 : 자격 검증 철저": the label is not its words)
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
        category_raw=f.category_raw,
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


def summary_elsewhere(read: Parsed, section: Section, others: Sequence[Section]) -> Parsed:
    """``read`` (of ``section``) with the summary another top section of the same audit
    states, where the one read states none ("Ⅳ. 행정사무감사 처리결과" sums up in a line
    what "붙임 4." lists finding by finding; not "Ⅴ. 정부합동감사 결과")."""
    if read.tables.get("audit_summary"):
        return read
    proceeding = source_name(section.title)
    for other in others:
        if other.key != "audit" or other.node is None or other.node.depth != 1:
            continue
        if source_name(other.title) != proceeding:
            continue
        found = Parsed()
        read_summary(other.content, found)
        if found.tables.get("audit_summary"):
            read.warnings = [w for w in read.warnings if w.code != "audit_summary.no_header"]
            read.merge(found)
            break
    return read


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
    records = dated([read_finding(no, f) for no, f in enumerate(findings, start=1)], lines,
                    ctx.year, out)  # fmt: skip
    for rec, f in zip(records, findings, strict=True):
        if rec.status is None:
            out.warn(
                "audit_findings.status",
                f"finding {rec.no}: unknown status {rec.status_raw!r}",
                [f.status_line],
            )
        source = rec.source or source_name(section.title)  # (or a line above them names it)
        out.add("audit_findings", rec.model_copy(update={"source": source}))
        out.use([*f.text, *f.division, f.status_line, *f.content])
    if not findings:
        out.warn(
            "audit_findings.none",
            "no findings (□ 추진상황: ...) in the audit appendix",
            section.heading,
        )
    return out
