"""Audit follow-up sections as AuditFinding records: 민간위탁 감사(점검) 실시 결과 and
the like, beyond the 행정사무감사 처리결과 the template parser reads.

Such a section is a table: a finding column (지적사항), a column of what was done
(조치사항, 조치결과, 처리상황), the responsible division (소관부서, merged over its
rows or written "〃"), and often the audited body and the dates.  Each row is a
finding; a cell that lists several ("·정보공시 관리 소홀 ·예산집행과목 오류",
"① ... ② ...") gives one finding each, paired with the measures when the action
cell lists as many.  The status comes from the words of the action (or status)
column: 현지시정, 조치완료 are done, 정비중, 추진중 are under way; a measure
demanded (시정, 주의, 시정조치 1건) says nothing about it, and is kept as written.
Where the section has no table of findings, they are items of the outline
(:mod:`extract.parse.finding_outline`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import regex

from extract.document import Line
from extract.layout import Layout, Table
from extract.layout.tables import TableCell
from extract.layout.vocab import CIRCLED, DITTO_MARKS
from extract.normalize import parse_date
from extract.normalize.figures import is_value
from extract.parse.audit_words import MEASURE_WORDS, as_bullet_text, source_name
from extract.parse.base import Context, Parsed
from extract.parse.finding_brackets import closing_parts
from extract.parse.finding_cards import card_finding
from extract.parse.finding_outline import PLAN_HEADERS, outline_findings
from extract.parse.finding_pairs import unstacked
from extract.parse.finding_rows import aligned_table, whole
from extract.parse.finding_words import (
    ACTION_HEADERS,
    AUDITEE_HEADERS,
    CATEGORY_HEADERS,
    DEMAND_HEADERS,
    DIVISION_HEADERS,
    FINDING_HEADERS,
    REMARK_HEADERS,
    STATUS_HEADERS,
    SUBJECT_HEADERS,
    WHEN_HEADERS,
    audit_heads,
    closing_category,
    closing_divisions,
    divisions_in,
    heading_words,
    lead_status,
    stated_period,
    stated_source,
    status_of,
    table_category,
    titled_unit,
    word_key,
)
from extract.parse.text import collapse, despace, split_marker, squash
from extract.sections import Section, Sections, division_chapter
from schemas import AuditFinding

#: a finding cell that says there is none
NONE_WORDS = frozenset({"", "-", "없음", "해당없음", "지적사항없음", "지적없음", "무", "〃없음"})
#: longest measure word written beside its finding without a mark ("시정(환수)")
MAX_MEASURE = 8
#: the last words of a line that goes on in the next one ("미반환 및" / "관리 미흡")
JOINING_ENDS: tuple[str, ...] = (" 및", " 또는", ",", "·", "에 대한", "으로", "의")
#: how a finding ends: a line ending with one of these (a trailing 등 aside) ends one
#: ("연차 사용 부적정" / "여비 집행 부적정"), a line that does not goes on in the next
#: ("시설이용료감면" / "부적정 등")
FINDING_ENDS: tuple[str, ...] = (
    "부적정", "미흡", "소홀", "미준수", "미비", "누락", "부족", "위반", "미반환", "미실시",
    "미이행", "부당", "불철저", "미명시", "미수립", "미제출", "미작성", "미등록", "지연", "과다",
    "오류", "부적절", "불일치", "미확보", "미신고", "미보고",
)  # fmt: skip
#: written for "the same as above": the tables' ditto marks, and in a findings table's
#: own columns "동" (a row label elsewhere may be a 동 of a city)
DITTO = DITTO_MARKS | {"동"}

_CIRCLED = "".join(CIRCLED)
_ITEM = regex.compile(r"(?:^|\s)(?:[·ㆍ∙•▪◦○ㅇ\-]|[" + _CIRCLED + r"])\s*(?=\S)")


def split_items(text: str) -> list[str]:
    """A cell's listed items ("·a ·b", "① a ② b", "- a - b"); the cell itself if none;
    a finding over its details, each under a dash ("… 사후관리 부적정" / "- 자금 사용내역
    확인 미흡"), is one: the finding, its details one a line under it.

    >>> split_items("·정산 지연 ·증빙 미비"), split_items("사후관리 부적정 - 확인 미흡")
    (['정산 지연', '증빙 미비'], ['사후관리 부적정\\n- 확인 미흡'])
    """
    t = collapse(text)
    marks = list(_ITEM.finditer(t))
    if not marks:
        return [t] if t else []
    if marks[0].start() > 0 and all(m[0].strip() == "-" for m in marks):
        head, details = t[: marks[0].start()].strip(), _ITEM.split(t[marks[0].start() :])
        return ["\n- ".join([head, *(d.strip() for d in details if d.strip())])]
    return [p.strip() for p in _ITEM.split(" " + t) if p.strip()]


@dataclass(frozen=True, slots=True)
class Columns:
    header_row: int
    finding: int
    action: int | None
    status: int | None
    division: int | None
    subject: int | None = None
    auditee: int | None = None
    when: int | None = None
    category: int | None = None
    remark: int | None = None
    #: a column of what is yet to be done (향후계획), beside the actions
    plans: int | None = None
    #: a column of what was demanded (요구사항), beside the finding's
    demand: int | None = None


def _find(cells: Sequence[TableCell], words: tuple[str, ...], ending: bool = False) -> int | None:
    """The column whose header holds one of ``words`` (the first word that one does);
    ``ending``: whose header ends in it ("민간위탁 사업명", "감사(점검) 기간"), so the word
    names the column, not a part of another ("감사기관명", "감사일정")."""
    for word in words:
        for c in cells:
            key = word_key(c.text)
            if key.endswith(word) if ending else word in key:
                return c.col
    return None


#: every word that names a findings table's column
_HEADER_WORDS: tuple[str, ...] = (
    *FINDING_HEADERS, *ACTION_HEADERS, *STATUS_HEADERS, *CATEGORY_HEADERS, *REMARK_HEADERS,
    *DIVISION_HEADERS, *SUBJECT_HEADERS, *AUDITEE_HEADERS, *WHEN_HEADERS, *DEMAND_HEADERS,
)  # fmt: skip


def _leaf_headers(table: Table, row: list[TableCell]) -> list[TableCell]:
    """The header of each column where a header row opening at ``row`` sets a group word
    over sub-headers (`처 리 결 과` over `조치내용 | 처리상황`): the lowest header cell
    over the column, which names it, not the group (a sub-header that names nothing the
    genre knows, `내용`, read after its group's word, `처리결과 내용`); ``row`` itself
    where the header is one row."""
    top = row[0].row
    # (the header's last row: where its cells merged down end, and the layout's header
    # ends too, so no body row is taken for a sub-header)
    last = min(max(c.row + c.row_span for c in row), table.header_rows) - 1
    if last <= top or not any(c.col_span > 1 for c in row):
        return row
    out: dict[tuple[int, int], TableCell] = {}
    for k in range(table.n_cols):
        leaf = table.at(last, k)
        if leaf is None or leaf.row < top or (leaf.row, leaf.col) in out:
            continue
        above = [
            g.text for g in table.cells
            if top <= g.row < leaf.row and g.col <= k < g.col + g.col_span
        ]  # fmt: skip
        key = word_key(leaf.text)
        if above and not any(w in key for w in _HEADER_WORDS):
            leaf = replace(leaf, text=" ".join([*above, leaf.text]))
        out[(leaf.row, leaf.col)] = leaf
    return sorted(out.values(), key=lambda c: c.col)


def columns(table: Table) -> Columns | None:
    """Where a findings table's columns are: the first row naming a finding column (of a
    header of two rows, the sub-headers under a group's word)."""
    for row in table.rows():
        if not row:
            continue
        words = FINDING_HEADERS if _find(row, FINDING_HEADERS) is not None else _demanded(row)
        if not words:
            continue
        leaves = _leaf_headers(table, row)
        if _find(leaves, words) is not None:
            row = leaves
        finding = _find(row, words)
        if finding is None or (words is DEMAND_HEADERS and _values_only(table, row, finding)):
            continue
        rest = [c for c in row if c.col != finding]
        filled = [c for c in rest if c.text.strip()]
        if filled and all(is_value(c.text) for c in filled):
            return None  # ("지적건수 | 8 | 3 | 3 | 2": a summary's row of counts, no header)
        division = _find(rest, DIVISION_HEADERS)
        auditee = _find([c for c in rest if c.col != division], AUDITEE_HEADERS, ending=True)
        others = [c for c in rest if c.col not in (division, auditee)]
        subject = _find(others, SUBJECT_HEADERS, ending=True)
        action = _find(rest, ACTION_HEADERS)
        status = _find(rest, STATUS_HEADERS)
        last = max(c.row for c in row)
        if status is None and action is not None:
            # ("조치내용 | 조치결과": two columns of what was done, one of them the statuses
            # alone, "완료" / "추진중": that one is the status, the other the actions)
            acted = [c.col for c in rest if any(w in word_key(c.text) for w in ACTION_HEADERS)]
            said = [k for k in acted if _statuses_only(table, last, k)]
            if len(acted) == 2 and len(said) == 1:
                status, action = said[0], next(k for k in acted if k != said[0])
        spread = next((c for c in rest if c.col == action and c.col_span > 1), None)
        if spread is not None and status in (None, action):
            # (one header cell over two columns, its sub-headers not drawn apart, `처리결과`
            # over `… 실시 | 완료`: the column of statuses alone is the status, the other
            # what was done)
            under = range(spread.col, spread.col + spread.col_span)
            said = [k for k in under if _statuses_only(table, last, k)]
            if len(said) == 1 and len(under) == 2:
                status, action = said[0], next(k for k in under if k != said[0])
        kinds = _find(
            [c for c in others if c.col not in (subject, action)], CATEGORY_HEADERS, ending=True
        )
        return Columns(
            last,
            finding,
            action,
            status,
            division,
            subject,
            auditee,
            _find(rest, WHEN_HEADERS, ending=True),
            kinds,
            _find(rest, REMARK_HEADERS),
            _find([c for c in rest if c.col not in (action, status)], PLAN_HEADERS, ending=True),
            _find([c for c in rest if c.col not in (action, status)], DEMAND_HEADERS),
        )
    return None


def _demanded(row: Sequence[TableCell]) -> tuple[str, ...]:
    """The words of a row's column of what was demanded where no column words the findings
    and one tells what was done ("연번 | 요구사항 | 조치결과 | 처리상황"): the demand is then
    the finding's own words, as on a line of its own ("○ 요구내용 : …"); none for another."""
    acted = _find(row, ACTION_HEADERS) is not None or _find(row, STATUS_HEADERS) is not None
    return DEMAND_HEADERS if acted and _find(row, DEMAND_HEADERS) is not None else ()


def _values_only(table: Table, row: Sequence[TableCell], col: int) -> bool:
    """Whether a column's body under a header row holds figures alone (a summary's
    counts: "요구사항 | 처리완료 | 추진중" over "12 | 10 | 2")."""
    last = max(c.row for c in row)
    cells = [c for c in table.cells if c.row > last and c.col == col and c.text.strip()]
    return not cells or all(is_value(c.text) for c in cells)


def _statuses_only(table: Table, header_row: int, col: int) -> bool:
    """Whether every body cell of a column is a status alone ("완료", "추진중")."""
    cells = [c for c in table.cells if c.row > header_row and c.col == col and c.text.strip()]
    return bool(cells) and all(
        status_of(c.text) is not None and len(word_key(c.text)) <= MAX_MEASURE for c in cells
    )


def _text(table: Table, row: int, col: int | None) -> str:
    if col is None:
        return ""
    c = table.at(row, col)
    return collapse(c.text) if c is not None else ""


def _bullets(table: Table, row: int, col: int | None) -> str:
    """A cell's text, a bullet a line where its paragraphs open with bullets ("○ … 수립" /
    "○ … 시행": what was done, one bullet per line, as the schema keeps it)."""
    c = table.at(row, col) if col is not None else None
    if c is None:
        return ""
    paras = [p for p in table.paragraphs(c) if p.strip()]
    if len(paras) > 1 and sum(split_marker(p.strip())[0] is not None for p in paras) > 1:
        return as_bullet_text([Line(0, p, p) for p in paras])
    return collapse(c.text)


def _carried(table: Table, cols: Columns, r: int, col: int | None, before: str) -> str:
    """The cell of column ``col`` in row ``r``, or the one before where it is blank, "〃"
    or the header printed again (a merged cell is read in every row it covers)."""
    text = _text(table, r, col)
    if not text or text in DITTO or word_key(text) == word_key(_text(table, cols.header_row, col)):
        return before
    return text


def _by_line(
    finding: TableCell, action: TableCell | None, texts: Mapping[int, str]
) -> tuple[list[str], list[str]] | None:
    """Findings set one a line beside a measure on each line ("퇴직적립금 미반환" /
    "운영위원회 관리 미흡" beside "시정(환수)" / "시정", 사회복지국 p41), or a finding
    wrapped over two lines among them ("위탁운영 부적정" / "시설이용료감면" / "부적정 등"
    beside "시정" / "시정", p42: :func:`_finding_lines`), or findings that each end a line
    beside one measure of them all ("연차 사용 부적정" / "여비 집행 부적정" beside "주의"):
    the pairs, or None where the lines are not so matched (a finding wrapped over two)."""
    if action is None:
        return None
    lines = [collapse(texts.get(n, "")) for n in finding.lines]
    measures = [collapse(texts.get(n, "")) for n in action.lines]
    if len(lines) < 2 or not all(lines) or not measures:
        return None
    if not all(
        len(m) <= MAX_MEASURE and any(w in word_key(m) for w in MEASURE_WORDS) for m in measures
    ):
        return None
    # a line that opens a bracket or ends on a joining word goes on from the line before
    # or into the next ("시정" / "(환수)"; "미반환 및" / "관리 미흡")
    if any(t.startswith(("(", "（")) for t in [*lines, *measures]) or any(
        t.endswith(JOINING_ENDS) for t in lines
    ):
        return None
    if len(lines) == len(measures):
        return lines, measures
    found = _finding_lines(lines)
    if found is None or len(found) < 2:
        return None
    if len(found) == len(measures):
        return found, measures
    if len(measures) == 1 and len(found) == len(lines):
        return found, measures * len(found)
    return None


def _finding_lines(lines: Sequence[str]) -> list[str] | None:
    """The findings of a cell's lines, each ending where a line ends as a finding does
    (FINDING_ENDS), or None where the last line does not."""
    out: list[str] = []
    part: list[str] = []
    for ln in lines:
        part.append(ln)
        if ln.removesuffix(" 등").removesuffix("등").rstrip().endswith(FINDING_ENDS):
            out.append(" ".join(part))
            part = []
    return None if part else out


def _measures(action: str) -> list[str]:
    """The measures an action cell names, each from a word that names one to the next
    ("시정조치 1건 권고조치 1건" -> two; "시정(환수) 주의" -> two; "시정조치 2건" -> one;
    "시정 및 주의", both of the row's findings, one)."""
    if any(w.strip(",") in ("및", "또는") for w in action.split()) or "," in action:
        return [action]
    out: list[str] = []
    for word in action.split():
        if any(w in word_key(word) for w in MEASURE_WORDS) or not out:
            out.append(word)
        else:
            out[-1] = f"{out[-1]} {word}"
    return out


def table_findings(
    table: Table,
    source: str,
    first_no: int,
    year: int | None = None,
    texts: Mapping[int, str] | None = None,
) -> list[AuditFinding]:
    """The findings of one table (numbered from ``first_no``; ``year``: the report's, for
    audit dates written without one; ``texts``: the document's lines by number, where a
    cell's lines pair findings with measures)."""
    cols = columns(table)
    if cols is None:
        return []
    flat = unstacked(table, cols.header_row)  # (a finding on two rows, "지적사항 / 조치결과")
    if flat is not None and (flat_cols := columns(flat)) is not None:
        table, cols = flat, flat_cols
    header = word_key(_text(table, cols.header_row, cols.finding))
    out: list[AuditFinding] = []
    division = subject = auditee = when = kind = ""
    band = ""  # (the category a row across the table names, over the rows after it)
    for r in range(cols.header_row + 1, table.n_rows):
        finding_cell = table.at(r, cols.finding)
        if finding_cell is None or finding_cell.row != r:
            continue  # merged from the row above: already read
        if finding_cell.col == 0 and finding_cell.col_span == table.n_cols:
            # "【 시정·처리 요구사항 : 5건 】" across the table: its findings' category
            band = heading_words(finding_cell.text) or band
            continue
        text = collapse(finding_cell.text)
        carried = _carried(table, cols, r, cols.division, division)
        own = table.at(r, cols.division) if cols.division is not None else None
        # (a cell of several divisions, one a line or parted by commas: each of them)
        mine = own is not None and collapse(own.text) == carried  # (not carried from above)
        named = divisions_in(table.paragraphs(own) if own is not None and mine else (carried,))
        division = "".join(carried.split())
        subject = _carried(table, cols, r, cols.subject, subject)
        auditee = _carried(table, cols, r, cols.auditee, auditee)
        when = _carried(table, cols, r, cols.when, when)
        kind = _carried(table, cols, r, cols.category, kind)
        span = parse_date(when, year, bare_days=True) if when else None
        if word_key(text) == header or word_key(text) in NONE_WORDS or is_value(text):
            # a header repeated on the next page; a body with no finding; a count of them
            # ("지적건수 | 148": an audit body's own results by 기관)
            continue
        action = _bullets(table, r, cols.action)
        remark = _text(table, r, cols.remark)
        # (a remark that is a status alone, "완료" / "추진중", says what the action's words
        # may not: "… 28교 완료, 잔여 14교 완료 예정")
        alone = remark if status_of(remark) and len(word_key(remark)) <= MAX_MEASURE else ""
        lead = lead_status(table, r, cols.action) if cols.status is None and not alone else None
        if lead is not None:  # ("완료" / "- 주민설명회 … 병행(’25. 12.)" in one cell)
            alone, action = lead
        status_text = _text(table, r, cols.status) or alone or action
        items = split_items(text)
        actions = split_items(action) if action else []
        if len(actions) == 1 and len(items) > 1:
            # "시정(환수) 주의", "시정조치 1건 권고조치 1건" beside two findings: one measure
            # each ("시정조치 2건" is one measure of both)
            measures = _measures(action)
            if len(measures) == len(items):
                actions = measures
        action_cell = table.at(r, cols.action) if cols.action is not None else None
        lined = _by_line(finding_cell, action_cell, texts) if len(items) == 1 and texts else None
        if lined is not None:
            items, actions = lined
        paired = len(actions) == len(items) and len(items) > 1
        cells = [c for c in (finding_cell, table.at(r, cols.action or -1)) if c is not None]
        lines = sorted({n for c in cells for n in c.lines})
        pages = [c.page for c in cells if c.page is not None]
        if not lines:
            continue
        for i, item in enumerate(items):
            own_units: list[str] = []
            head, nl, details = item.partition("\n")
            # (a bracket of its category and divisions closing it, on its line or the
            # cell's next paragraph, "… 소홀" / "(시정요구, 자원순환과)", no part of it)
            parted = closing_parts(head)
            if parted is None and (bare := closing_category(head)) is not None:
                parted = (*bare, [])  # (or of its category alone: "… 부진 (시정)")
            if parted is not None:
                head, own_units = parted[0], parted[3]
            elif not named and not division:
                # (no column of divisions: "… 부적정 (공연기획팀)" names its own)
                # (the headline's, over its details: "… 부족 (안전총괄과)" / "- …")
                head, own_units = closing_divisions(head)
            item = f"{head}{nl}{details}"
            act = actions[i] if paired else action
            raw = actions[i] if paired and cols.status is None and not alone else status_text
            category, category_raw = table_category(kind, band, act)
            if parted is not None and parted[1] is not None and not (kind or band):
                category, category_raw = parted[1], parted[2]
            no = first_no + len(out)
            out.append(
                AuditFinding(
                    no=no,
                    category=category,
                    category_raw=category_raw,
                    divisions=named or ([division] if division else own_units),
                    finding=_own_number_off(item, no),
                    status=status_of(raw),
                    status_raw=raw,
                    actions=act,
                    plans=_bullets(table, r, cols.plans) if cols.plans is not None else "",
                    demand=_bullets(table, r, cols.demand) if cols.demand is not None else "",
                    source=source,
                    subject=despace(subject) or None,
                    auditee=despace(auditee) or None,
                    audited_raw=when or None,
                    audited_start=span.start if span else None,
                    audited_end=span.end if span else None,
                    line_start=lines[0],
                    line_end=lines[-1],
                    page_start=min(pages) if pages else None,
                    page_end=max(pages) if pages else None,
                )
            )
    return out


def _audit_sections(sections: Sections) -> list[Section]:
    out = [s for s in [sections.get("audit"), *sections.others] if s is not None]
    return [s for s in out if s.key == "audit" and s.node is not None]


def parse_findings(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Findings of the audit follow-up sections the template parser did not read."""
    out = Parsed()
    done = [
        (getattr(f, "line_start", 0), getattr(f, "line_end", 0))
        for f in parsed.tables.get("audit_findings", [])
    ]
    no = len(done) + 1
    for section in _audit_sections(sections):
        span = section.span
        if any(span.first <= a <= span.last for a, _ in done):
            continue  # the 행정사무감사 처리결과 the template read
        assert section.node is not None
        seqs = {n.seq for n in section.node.walk()}
        nodes = {n.seq: n for n in section.node.walk()}
        texts = {ln.no: ln.text for ln in section.lines}
        source = source_name(section.node.title or section.title)
        found: list[AuditFinding] = []
        band: str | None = None  # (the category a caption over the tables names)
        for table in lay.tables:
            if table.node not in seqs:
                continue
            band = heading_words(table.caption or "") or band
            one = card_finding(table, source, no + len(found), band)
            got = [one] if one is not None else table_findings(
                table, source, no + len(found), ctx.year, texts
            )  # fmt: skip
            # ("1. 기획예산과 (8건)" over its table: its findings, where they name none)
            unit = titled_unit(nodes.get(table.node), section.node)
            found.extend(
                f if f.divisions or unit is None else f.model_copy(update={"divisions": [unit]})
                for f in got
            )  # fmt: skip
            out.used.update(table.lines)
        if not found:  # (no table of findings: an outline of them, maybe)
            found = outline_findings(section, source, no)
            for rec in found:
                out.used.update(range(rec.line_start or 0, (rec.line_end or 0) + 1))
        drawn = set(lay.table_lines)
        spaced = (
            None
            if found
            else aligned_table(
                [ln for ln in section.lines if ln.no not in drawn], lambda: whole(sections)
            )
        )  # (or a text export's table set with spaces, its cells wrapped onto lines below)
        if spaced is not None:
            found = table_findings(spaced, source, no, ctx.year, texts)
            out.used.update(spaced.lines if found else ())
        chapter = section.node.parent
        unit = division_chapter(chapter) if chapter is not None else None
        if unit is not None:  # (a division's chapter: its findings, where they name none)
            found = [f if f.divisions else f.model_copy(update={"divisions": [unit]})
                     for f in found]  # fmt: skip
        # (the period stated over the findings, in their section or the summary before it)
        before = [ln for ln in sections.lines_by_no().values() if ln.no < section.span.first]
        for rec in dated(found, [*sorted(before, key=lambda ln: ln.no), *section.lines],
                         ctx.year, out, section.span.first):  # fmt: skip
            out.add("audit_findings", rec)
            no += 1
    return out


#: sources a section's title gives that name no proceeding ("Ⅳ. 감사 지적사항 조치결과")
GENERIC_SOURCES: frozenset[str] = frozenset({"감사", "감사결과", "지적사항"})


def dated(
    found: Sequence[AuditFinding],
    lines: Sequence[Line],
    year: int | None,
    out: Parsed,
    own_from: int = 0,
) -> list[AuditFinding]:
    """The findings, each with the period the lines above them say they were audited in
    ("○ 감사기간 : 2025. 11. 10. ~ 11. 21.") where it gives none of its own."""
    if not found:
        return []
    first = min(f.line_start or 0 for f in found)
    above = [ln for ln in lines if ln.no < first]
    # (the proceeding a line of their section above them names, where the section's
    # title names none: "Ⅳ. 감사 지적사항 조치결과" / "□ 2025년 행정사무감사 (…)"; the one
    # such line of the section, not one of parts each of its own audit)
    last = max(f.line_end or f.line_start or 0 for f in found)
    spans = [(f.line_start or 0, f.line_end or f.line_start or 0) for f in found]
    # (a heading's, not a finding's own dated line, "· … 개정 완료 (’25. 12. 5.)")
    own = [ln for ln in lines if own_from <= ln.no <= last
           and not any(a <= ln.no <= b for a, b in spans)]  # fmt: skip
    heads = audit_heads(own, year)
    if len(heads) == 1 and heads[0].no < first and (named := stated_source(heads)) is not None:
        found = [
            f.model_copy(update={"source": named})
            if f.source is None or squash(f.source) in GENERIC_SOURCES else f
            for f in found
        ]  # fmt: skip
    stated = stated_period(above, year, heads if len(heads) == 1 else ())
    if stated is None:
        return list(found)
    line, raw, span = stated
    out.use([line])
    when = {"audited_raw": raw, "audited_start": span.start, "audited_end": span.end}
    return [f if f.audited_raw else f.model_copy(update=when) for f in found]


#: a finding's number printed at the head of its cell ("7. 버스정류소 …")
_OWN_NUMBER = regex.compile(r"^\s*+(?P<no>\d{1,3})\s*+\.\s++")


def _own_number_off(text: str, no: int) -> str:
    """A finding's words without the number its cell opens with, where it is the
    finding's own (the table has no column of numbers: "7. 버스정류소 …" is finding 7)."""
    m = _OWN_NUMBER.match(text)
    return text[m.end() :] if m and int(m["no"]) == no else text
