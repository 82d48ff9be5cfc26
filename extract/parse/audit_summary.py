"""The summary of an audit follow-up appendix (총괄): its headline ("총 51 건") and its
table of counts by category and status -> AuditSummary records and the stated total."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

import regex

from extract.document import Line
from extract.layout.captions import is_caption
from extract.layout.markers import read_marker
from extract.parse.audit_bare import bare_summary
from extract.parse.audit_words import (
    MEASURE_WORDS,
    bullet_groups,
    category_of,
    is_category_heading,
    measure_category,
    names_source,
    part_of,
)
from extract.parse.base import Parsed, prov
from extract.parse.finding_rows import is_header
from extract.parse.table import (
    Row,
    header_columns,
    match_words,
    numeric_rows,
    split_header,
    without_remarks,
)
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import (
    AUDIT_CATEGORIES,
    AUDIT_ROW_HEADER_LABELS,
    AUDIT_SOURCE_WORDS,
    AUDIT_STATUSES,
    CATEGORY_COLUMN_WORDS,
    FINDING_COUNT_WORDS,
    SUMMARY_LABELS,
    TOTAL_LABELS,
)
from extract.unit_names import is_unit_name
from schemas import AuditSummary, StatedTotal


def _spaced(word: str) -> str:
    """A word's letters, set apart by spaces or not ("총 괄")."""
    return r"\s*+".join(regex.escape(ch) for ch in word)


#: the headline of the summary: "총 51 건"; or under the summary's own label, the count of
#: what it counts after it ("□ 총 괄 : 지적 3건(처리완료 2, 추진중 1)"), the year and the
#: proceeding it was made in before that ("총괄 : 2016년 지적 3건", "총 괄 : 행정사무감사
#: 지적 3건")
_HEADLINE = regex.compile(
    r"(?:(?:" + "|".join(_spaced(w) for w in sorted(SUMMARY_LABELS, key=len, reverse=True))
    + r")\s*+[:：]?\s*+"
    r"(?:(?:\d{4}|['‘’]\d{2})\s*+년\s*+도?\s*+)?"
    r"(?:(?:" + "|".join(_spaced(w) for w in AUDIT_SOURCE_WORDS) + r")\s*+)?"
    r"(?:(?:" + "|".join(_spaced(w) for w in FINDING_COUNT_WORDS) + r")\s*+[:：]?\s*+)?|총\s*+)"
    r"(?P<n>\d[\d,]*+)\s*+(?P<unit>건)"
)  # fmt: skip
#: words that count all the findings of a row or a column ("건 수"): its total
COUNT_WORDS: frozenset[str] = frozenset({"건수", "지적건수", "총건수"})
#: the summary table's columns: 계 (or 건수) and the statuses
SUMMARY_COLUMNS: dict[str, str] = {
    **{w: "total" for w in (*TOTAL_LABELS, *COUNT_WORDS)},
    **AUDIT_STATUSES,
}
#: the words its header is read in, letter-spaced or not: those, and the categories and
#: measures a summary set the other way round has for columns ("시 정 | 주 의 | 권 고")
HEAD_WORDS: dict[str, str] = {
    **AUDIT_CATEGORIES,
    **CATEGORY_COLUMN_WORDS,
    **{w: "measure" for w in MEASURE_WORDS},
    **SUMMARY_COLUMNS,
}


# --- summary ---------------------------------------------------------------------------


#: a row of counts ends in one, or in a nil ("… 1 1 -")
_COUNTS_END = regex.compile(r"(?:\d|[-－])\s*$")


#: a status and its count in a headline's brackets: "(완료 9, 추진중 3)"
_STATUS_COUNT = regex.compile(
    r"(?P<word>" + "|".join(sorted(AUDIT_STATUSES, key=len, reverse=True))
    + r")\s*+(?P<n>\d[\d,]*+)\s*+건?"
)  # fmt: skip
#: the first bullets of a section the headline is looked for in, where no table sums it up
#: (before the first finding: an overview, "□ 감사 개요" / "○ 감사기간 : …", may come first)
HEADLINE_BULLETS = 8


def _is_status(text: str) -> bool:
    """A finding's status line ("○ 처리상황 : 완료")."""
    part = part_of(text)
    return part is not None and part[0] == "status"


def _status_counts(text: str, start: int) -> dict[str, int]:
    """The counts by status a headline gives from ``start`` on ("완료 9, 추진중 3")."""
    counts: dict[str, int] = {}
    for c in _STATUS_COUNT.finditer(text, start):
        status = AUDIT_STATUSES[c["word"]]
        counts[status] = counts.get(status, 0) + int(c["n"].replace(",", ""))
    return counts


#: a word and its count in a headline's bracket: "(시정 3, 주의 2, 건의 2)"
_WORD_COUNT = regex.compile(r"(?<!\p{Hangul})(?P<word>\p{Hangul}++)\s*+(?P<n>\d++(?:,\d{3})*+)")
#: the first bracket after the headline's total, and what it holds
_BRACKET = regex.compile(r"\((?P<inner>[^()]*+)\)")


def _category_counts(text: str, start: int, lines: Sequence[Line]) -> list[AuditSummary]:
    """The categories a headline counts in the bracket after its total ("총 7건(시정 3,
    주의 2, 건의 2)"): a record each, with its total; none where the bracket counts
    anything else (the statuses: "(완료 9, 추진중 3)")."""
    m = _BRACKET.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if m is None:
        return []
    pairs = [(c["word"], int(c["n"].replace(",", ""))) for c in _WORD_COUNT.finditer(m["inner"])]
    # (a category's short form too: "(시정 2, 처리 3, 건의 1)")
    cats = [
        category_of(w) or CATEGORY_COLUMN_WORDS.get(squash(w)) or measure_category(w)
        for w, _ in pairs
    ]
    if not pairs or None in cats:
        return []
    return [
        _summary(cat, word, {"total": n}, m[0].strip(), lines)
        for (word, n), cat in zip(pairs, cats, strict=True)
    ]


def _counts_before(text: str, total: int, start: int, lines: Sequence[Line]) -> list[AuditSummary]:
    """The categories a headline counts before its total ("처리요구 5건, 시정요구 2건, 건의
    1건 (총 8건)"): a record each, with its total; none unless every word counted is a
    category and the counts add up to the total (a headline's other figures are no such
    list: "2025년 …")."""
    found = list(_WORD_COUNT.finditer(text, 0, start))
    pairs = [(c["word"], int(c["n"].replace(",", ""))) for c in found]
    cats = [category_of(w) for w, _ in pairs]
    if len(pairs) < 2 or None in cats or "total" in cats or sum(n for _, n in pairs) != total:
        return []
    raw = text[found[0].start() : start].rstrip(" (,")  # (up to the total's bracket)
    return [
        _summary(cat, word, {"total": n}, raw, lines)
        for (word, n), cat in zip(pairs, cats, strict=True)
    ]


def _headline_counts(lines: Sequence[Line], out: Parsed) -> bool:
    """A section summed up in a headline, not a table ("❍ 총 12건 (완료 9, 추진중 3)"):
    its total, and its counts by status as the total's summary row."""
    groups = bullet_groups(lines)
    # (up to the first heading of a category's findings, or a finding's status line)
    first = next(
        (i for i, g in enumerate(groups)
         if is_category_heading(g[0]) or any(_is_status(ln.text) for ln in g)),
        len(groups),
    )  # fmt: skip
    for i, group in enumerate(groups[: min(first, HEADLINE_BULLETS)]):
        # (the group ends at the first finding's line: "① …" is no bullet's mark; or at
        # the header of a findings table set with spaces, "연번 지 적 사 항  조 치 결 과 …")
        whole = group if len(group) > 1 or i + 1 >= len(groups) else [*group, *groups[i + 1]]
        group = group[:1] + list(
            takewhile(
                lambda ln: read_marker(ln.text) is None and not is_header(ln)
                and not is_caption(ln),  # (the table's "(단위 : 건)" under it)
                group[1:],
            )
        )
        text = collapse(" ".join(ln.text for ln in group))
        m = _HEADLINE.search(text)
        if m is None:
            continue
        total = int(m["n"].replace(",", ""))
        out.add("stated_totals", StatedTotal(
            key="audit.total", value=total, unit=m["unit"], raw=text, **prov(group)
        ))  # fmt: skip
        counts = _status_counts(text, m.end())
        if not counts and len(whole) > len(group):
            # (the statuses on the line under it: "○ 총 7건(시정 2, 건의 5)" / "- 처리결과 :
            # 완료 5건, 추진중 2건")
            below = whole[len(group)]
            again = _HEADLINE.search(below.text)
            # (or a second headline of the same total: "○ 조치현황 : 총 6건 (완료 4, 진행 2)")
            if again is None or int(again["n"].replace(",", "")) == total:
                counts = _status_counts(collapse(below.text), 0)
                if counts:
                    group = [*group, below]
                    text = collapse(" ".join(ln.text for ln in group))
        by_category = _category_counts(text, m.end(), group) or _counts_before(
            text, total, m.start(), group
        )
        if counts or by_category:
            out.add("audit_summary", AuditSummary(
                category="total", category_raw=m[0], total=total,
                completed=counts.get("completed"), in_progress=counts.get("in_progress"),
                under_review=counts.get("under_review"),
                not_reflected=counts.get("not_reflected"), raw=text, **prov(group),
            ))  # fmt: skip
        for record in by_category:
            out.add("audit_summary", record)
        out.use(group)
        return True
    return False


#: a row label that counts all the findings of its column ("건 수"): the column's total
COUNT_ROWS: frozenset[str] = COUNT_WORDS | TOTAL_LABELS


def _by_category_columns(heads: Sequence[str], rows: Sequence[Row], out: Parsed) -> bool:
    """A summary set the other way round, its categories the columns and its rows the
    count and each status ("구 분 | 계 | 시정 | 처리 | 건의" over "건 수", "완 료", "추진중"):
    one record a column; False (nothing added) for a table not so set."""
    # (a line under it that holds no counts is no row of it: the caption of the findings'
    # table that follows, "< 지적사항별 처리내역 >")
    rows = [r for r in rows if r.values]
    cats = [
        "total" if SUMMARY_COLUMNS.get(w) == "total"
        else CATEGORY_COLUMN_WORDS.get(squash(w)) or category_of(w) or measure_category(w)
        for w in heads
    ]  # fmt: skip
    kinds = [
        "total" if squash(r.label) in COUNT_ROWS else AUDIT_STATUSES.get(squash(r.label))
        for r in rows
    ]
    if len(heads) < 2 or None in cats or not rows or None in kinds or "total" not in kinds:
        return False
    lines = [ln for r in rows for ln in r.lines]
    for i, (head, cat) in enumerate(zip(heads, cats, strict=True)):
        counts = {
            k: 0 if r.values[i].is_nil else int(r.values[i].text.replace(",", ""))
            for r, k in zip(rows, kinds, strict=True)
            if k is not None and i < len(r.values)
        }
        raw = " | ".join(f"{r.label} {r.values[i].text}" for r in rows if i < len(r.values))
        out.add("audit_summary", _summary(cat, head, counts, raw, lines))
    out.use(lines)
    return True


def _mixed_columns(heads: Sequence[str], rows: Sequence[Row], out: Parsed) -> bool:
    """A summary whose columns are the total, the categories and the statuses side by side
    ("구 분 | 계 | 시정 | 주의 | 건의 | 처리완료 | 추진중") over its total row and a row a
    division: the total row's counts by status its total record, its count of each
    category that category's total (the divisions' rows, no category, aside); False
    (nothing added) for a table not so set."""
    rows = [r for r in rows if r.values]
    kinds = [SUMMARY_COLUMNS.get(w) for w in heads]
    cats = [
        None if kind else CATEGORY_COLUMN_WORDS.get(squash(w)) or category_of(w)
        or measure_category(w)
        for w, kind in zip(heads, kinds, strict=True)
    ]  # fmt: skip
    if (
        "total" not in kinds
        or not any(k and k != "total" for k in kinds)
        or not any(cats)
        or any(k is None and c is None for k, c in zip(kinds, cats, strict=True))
    ):
        return False
    totals = [r for r in rows if squash(r.label) in COUNT_ROWS]
    if len(totals) != 1 or not all(r in totals or _division_row(r.label) for r in rows):
        return False
    row = totals[0]
    count = {
        i: 0 if v.is_nil else int(v.text.replace(",", ""))
        for i, v in enumerate(row.values[: len(heads)])
    }
    by_kind = {k: count[i] for i, k in enumerate(kinds) if k and i in count}
    out.add("audit_summary", _summary("total", row.label, by_kind, row.raw, row.lines))
    for i, (head, cat) in enumerate(zip(heads, cats, strict=True)):
        if cat is not None and i in count:
            raw = f"{row.label} {row.values[i].text}"
            out.add("audit_summary", _summary(cat, head, {"total": count[i]}, raw, row.lines))
    out.use([ln for r in rows for ln in r.lines])
    return True


def _division_row(label: str) -> bool:
    """A row of a division's counts: a unit's name ("환경정책과"), or a group of units that
    names no category, measure, status nor proceeding ("읍·면", "읍면동")."""
    key = squash(label)
    return is_unit_name(label) or (
        regex.fullmatch(r"[\p{Hangul}·ㆍ.]{2,12}+", key) is not None
        and not (category_of(label) or CATEGORY_COLUMN_WORDS.get(key) or measure_category(label))
        and key not in AUDIT_STATUSES
        and not names_source(label)
    )


def _two_row_heads(heads: list[str], under: Line | None) -> list[str] | None:
    """The header's words where a line under it names the categories and statuses its
    groups' words span ("계 | 처분유형 | 처리상황" / "시정 | 주의 | 건의 | 완료 | 추진중"):
    the known words before, the line's words in the first group's place, those after it;
    None for a header of one line."""
    unknown = [i for i, w in enumerate(heads) if w not in HEAD_WORDS]
    if under is None or not unknown or regex.search(r"\d", under.text):
        return None
    words = [w for w, _ in match_words(header_columns(under), HEAD_WORDS)]
    if not words or any(w not in HEAD_WORDS for w in words):
        return None
    if all(w in SUMMARY_COLUMNS for w in words):
        return None  # (statuses alone under a status's group: read_summary's own)
    known = [w for i, w in enumerate(heads) if i not in unknown]
    at = sum(1 for i in range(unknown[0]) if i not in unknown)
    return [*known[:at], *words, *known[at:]]


def _summary(
    cat: str | None, label: str, counts: dict[str, int], raw: str, lines: Sequence[Line]
) -> AuditSummary:
    """One category's record: its counts by column kind (total and the statuses)."""
    return AuditSummary(
        category=cat, category_raw=label, total=counts.get("total"),
        completed=counts.get("completed"), in_progress=counts.get("in_progress"),
        under_review=counts.get("under_review"), not_reflected=counts.get("not_reflected"),
        raw=raw, **prov(lines),
    )  # fmt: skip


def read_summary(lines: Sequence[Line], out: Parsed) -> int:
    """The 총괄 part: headline, status columns and category rows; returns where it ends."""
    header, before, rest = split_header(lines, AUDIT_ROW_HEADER_LABELS)
    if header is not None:  # (a last column of remarks, empty or not, is no category)
        header, rest = without_remarks(header, rest)
    heads = [
        w for w, _ in match_words(header_columns(header, AUDIT_ROW_HEADER_LABELS), HEAD_WORDS)
    ] if header is not None else []  # fmt: skip
    if header is not None and not any(SUMMARY_COLUMNS.get(w) for w in heads):
        # (the findings' own table, "구분 | 지적사항 | 조치결과 | 조치여부": no summary;
        # the headlines over it may sum them up)
        header, before, rest = None, [], []
    # the headline "○ 수감결과 처리요구사항 등 --- 총 51 건", however it wrapped
    for group in bullet_groups(before):
        # (up to the caption of the table under it, "(단위 : 건)": no words of its own)
        group = group[:1] + list(takewhile(lambda ln: not is_caption(ln), group[1:]))
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
        if (bare := bare_summary(lines, SUMMARY_COLUMNS)) is not None:
            # (a table of the total and the statuses over its counts alone, no row header:
            # "계 | 처리완료 | 추진중" / "3 | 2 | 1")
            counts, heads_line, counts_line = bare
            raw = f"{collapse(heads_line.text)} / {collapse(counts_line.text)}"
            pair = [heads_line, counts_line]
            out.add("audit_summary", _summary("total", "계", counts, raw, pair))
            out.use(pair)
            return next(i for i, ln in enumerate(lines) if ln is counts_line) + 1
        if not _headline_counts(lines, out):
            out.warn(
                "audit_summary.no_header",
                "no summary table (구 분 계 완료 ...) in the audit appendix",
                lines[:1],
            )
        return 0
    out.use([header])
    if (spanned := _two_row_heads(heads, rest[0] if rest else None)) is not None:
        heads = spanned
        out.use(rest[:1])
        rest = rest[1:]
    columns = [SUMMARY_COLUMNS.get(w) for w in heads]
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
    # (... or at the findings table's header right under it: "연번 구 분 지 적 사 항 …")
    end = next(
        (i for i, ln in enumerate(rest)
         if is_category_heading(ln) or is_header(ln)
         or ((split_marker(ln.text)[0] is not None or read_marker(ln.text) is not None)
             and not _COUNTS_END.search(ln.text))),
        len(rest),
    )  # fmt: skip
    # a merged header cell ("계") read onto a line of its own belongs to no row
    stray = [ln for ln in rest[:end] if squash(ln.text) in TOTAL_LABELS]
    rows = numeric_rows([ln for ln in rest[:end] if ln not in stray], ncols=len(columns))
    by_columns = _by_category_columns(heads, rows, out) or _mixed_columns(heads, rows, out)
    for row in [] if by_columns else rows:
        # (a row of a measure demanded, "시 정", "주 의", "권 고": an audit's 처분 by kind; a
        # category's short form, "처 리" for 처리요구)
        cat = (
            category_of(row.label)
            or CATEGORY_COLUMN_WORDS.get(squash(row.label))
            or measure_category(row.label)
            # (a row of the proceeding its findings were made in, "군정질문 | 3 | 2 | 1")
            or ("other" if names_source(row.label) else None)
            # (a row that counts all the findings, "건 수 | 3 | 2 | 1" under "구 분 | 계 |
            # 완료 | 추진중": the total's)
            or ("total" if squash(row.label) in COUNT_WORDS else None)
        )
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
        out.add("audit_summary", _summary(cat, row.label, counts, row.raw, row.lines))
        out.use(row.lines)
    out.use(stray)
    index = {ln.no: i for i, ln in enumerate(lines)}
    return index[rest[end].no] if end < len(rest) else len(lines)
