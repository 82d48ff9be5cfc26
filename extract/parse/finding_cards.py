"""An audit finding drawn as a card: a small table, each row a label beside its value
(``지적사항 | 보조금 정산 부적정`` / ``조치결과 | 전액 환수`` / ``처리상황 | 완료`` /
``소관부서 | 복지정책과``), the finding's number merged down beside the labels or on a
row of its own (``연 번 | 1``), often under a header row over the labels and the values
(``항 목 | 내 용``, ``구 분 | 내 용``).  The card is one finding; its rows are its fields.
"""

from __future__ import annotations

from extract.layout import Table
from extract.layout.vocab import SERIAL_LABELS
from extract.parse.audit_words import measure_category
from extract.parse.finding_outline import PLAN_HEADERS
from extract.parse.finding_words import (
    ACTION_HEADERS,
    CATEGORY_HEADERS,
    DEMAND_HEADERS,
    DIVISION_HEADERS,
    FINDING_HEADERS,
    STATUS_HEADERS,
    closing_divisions,
    divisions_in,
    named_category,
    named_field,
    status_of,
)
from extract.parse.text import collapse, despace
from schemas import AuditFinding

#: the words of a card's header row over its labels and their values, squashed ("항 목 |
#: 내 용", "구 분 | 내 용"): a row whose value is one of these heads the card, no field
CARD_HEADS: tuple[str, ...] = ("항목", "구분", "내용", "세부내용", "주요내용")

#: the fields of a card's rows, by the label beside each value ("지적사항 | …", "조치결과
#: | …", "처리상황 | 완료", "소관부서 | 복지정책과", "연 번 | 1", "구 분 | 시정요구",
#: "향후계획 | …"): field <- label words, the first field whose words hold the label wins
CARD_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("finding", FINDING_HEADERS),
    ("demand", DEMAND_HEADERS),
    ("plans", PLAN_HEADERS),
    ("status", STATUS_HEADERS),
    ("action", ACTION_HEADERS),
    ("division", DIVISION_HEADERS),
    ("no", tuple(sorted(SERIAL_LABELS))),
    ("category", CATEGORY_HEADERS),
    ("head", CARD_HEADS),
)
#: ... and of a value that is a header word, not a field's value
_HEAD_VALUES: tuple[tuple[str, tuple[str, ...]], ...] = (("head", CARD_HEADS),)


def card_finding(
    table: Table, source: str, no: int, worded: str | None
) -> AuditFinding | None:
    """One finding drawn as a card: each row a label and its value, the finding's number
    merged down beside them ("1 | 지적사항 | 보조금 정산 부적정" / "조치결과 | …" /
    "처리상황 | 완료" / "소관부서 | 복지정책과") or on a row of its own ("연 번 | 1"), a
    header row over them ("항 목 | 내 용") aside; ``no``: its number where it prints
    none, ``worded``: the category the heading over the cards names, where no row names
    one; None for any other table."""
    fields: dict[str, str] = {}
    lines: list[int] = []
    for r in range(table.n_rows):
        row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        found = next(
            ((i, name) for i, c in enumerate(row) if (name := named_field(c.text, CARD_FIELDS))),
            None,
        )
        if found is None or found[0] + 1 >= len(row):
            return None
        at, name = found
        value = collapse(" ".join(c.text for c in row[at + 1 :]))
        if named_field(value, _HEAD_VALUES):
            continue  # ("항 목 | 내 용" over the labels and their values)
        if name == "head":
            return None  # (a row of another kind: "항목 | 세부 사업")
        fields[name] = value
        lines += [n for c in row for n in c.lines]
    if "demand" in fields and "finding" not in fields:
        fields["finding"] = fields.pop("demand")  # ("요구내용 | …": the finding's own words)
    if "finding" not in fields or not ({"action", "status"} & fields.keys()) or not lines:
        return None
    finding, units = closing_divisions(fields["finding"])
    told = fields.get("division", "")
    divisions = (divisions_in((told,)) or ["".join(told.split())]) if told else units
    raw = fields.get("status") or fields.get("action", "")
    kind = fields.get("category", "")
    named = (named_category(kind) or measure_category(kind)) if kind else None
    category, category_raw = (
        (named, despace(kind)) if named
        else (named_category(worded), worded) if worded else (None, None)
    )  # fmt: skip
    number = fields.get("no", "").replace(" ", "")
    pages = [c.page for c in table.cells if c.page is not None]
    return AuditFinding(
        no=int(number) if number.isdecimal() else no,
        category=category, category_raw=category_raw,
        divisions=divisions, finding=finding,
        status=status_of(raw), status_raw=raw, actions=fields.get("action", ""),
        plans=fields.get("plans", ""), demand=fields.get("demand", ""),
        source=source, line_start=min(lines), line_end=max(lines),
        page_start=min(pages) if pages else None, page_end=max(pages) if pages else None,
    )  # fmt: skip
