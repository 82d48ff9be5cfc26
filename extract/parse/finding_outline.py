"""Audit findings as items of the outline: each an item with labelled lines under it
("1. … 대책 마련(도시재생과)" / "ㅇ 처리결과 : …" / "ㅇ 추진상황 : 완료"), or drawn as a
card of labels alone on their lines ("가. …" / "□ 지적내용" / "○ …" / "□ 조치결과" / "○ …").

* :func:`outline_findings` - the findings of a section so written;
* :func:`reads_as_outline` - whether a section's findings are all so written, each with
  what was done and how far (read so, not as the template's table flattened to lines).
"""

from __future__ import annotations

import regex

from extract.layout import Node
from extract.layout.marking import in_note_box
from extract.normalize.wraps import join_wrapped
from extract.parse.audit_words import category_word, names_source, source_name
from extract.parse.finding_brackets import closing_parts
from extract.parse.finding_nesting import renest
from extract.parse.finding_words import (
    ACTION_HEADERS,
    DEMAND_HEADERS,
    DIVISION_HEADERS,
    STATUS_HEADERS,
    STATUS_WORDS,
    closing_category,
    closing_divisions,
    closing_status,
    counts_statuses,
    heading_category,
    heading_words,
    named_category,
    named_field,
    status_of,
    titled_unit,
    word_key,
)
from extract.parse.text import collapse, despace, opens_with_label
from extract.parse.vocab import AUDIT_CATEGORY_LABELS, FINDING_LABELS
from extract.sections import Section
from extract.unit_names import is_unit_name
from schemas import AuditFinding

#: titles of an audit section's items that sum its findings up (1. 총괄, 2. 감사개요)
SUMMARY_TITLES: tuple[str, ...] = ("총괄", "개요", "현황", "총괄표")
#: a line under a finding that tells one of its fields: "처리결과 : …", "(추진상황) 완료"
_FIELD = regex.compile(
    r"^[(（]?(?P<label>[^:：()（）]{2,12}?)\s*+(?:[)）]\s*+[:：]?|[:：])\s*+(?P<value>.*)$"
)
#: the label of such a line that gives the plans (향후계획); the others are the headers'
PLAN_HEADERS: tuple[str, ...] = ("향후계획", "향후추진계획", "추진계획")
#: ... and that tells what was done, beyond a table's headers for it ("추진실적 : …")
ACTION_LABELS: tuple[str, ...] = (
    *ACTION_HEADERS, "추진내용", "추진실적", "조치실적", "처리실적", "이행내용", "이행결과",
)  # fmt: skip


def _field(node: Node) -> tuple[str, str] | None:
    """(which field, value) of a labelled line under a finding, None for another line."""
    found = _field_of(collapse(node.text))  # (its wrapped lines too)
    if found is None:
        return None
    kids = [collapse(k.text) for k in _own_kids(node)]
    return found[0], collapse(" ".join([found[1], *kids]))


def _own_kids(node: Node) -> list[Node]:
    """The nodes under a labelled line that go on with its words: not a heading of the
    next category, nor a Hangul file's footnote (the outline's note of the line it notes,
    "○ 지적사항 : … 특정업체 편중" over its note "’24~’25년 집수리 86건 중 …": no words of
    the finding's)."""
    return [k for k in node.children if not _heads_category(k) and not _footnote(k)]


def _footnote(node: Node) -> bool:
    """A node of a footnote or endnote, where the file says it is one (HWP, HWPX)."""
    return bool(node.lines) and all(in_note_box(ln) for ln in node.lines)


def _status_over_actions(node: Node) -> list[tuple[str, str]] | None:
    """The fields of an action's label whose value is a status alone over the bullets of
    what was done ("○ 조치결과 : 완료" / "- 전수조사 실시 (’25. 12.)" / "- …"): the status,
    the bullets one a line, and a labelled line among them its own field ("- 향후계획 :
    …"); None for another line."""
    found = _field_of(collapse(node.text))
    kids = [collapse(k.text) for k in _own_kids(node)]
    if found is None or found[0] not in ("action", "status") or not kids:
        return None
    if word_key(found[1]) not in STATUS_WORDS:
        return None
    fields = [(k, _field_of(k)) for k in kids]
    if found[0] == "status":
        if any(
            named_field(k, LINE_FIELDS) not in (None, "plans") or len(k.split()) < 2
            for k in kids
        ):
            return None  # (a label alone under it, "□ 검토내용", heads what was done)
        # (under a status's own label, "○ 조치상황 : 추진중" / "- 설계용역 추진상황 : 완료",
        # a bullet is what was done so far, its own words a status of its step: a line of
        # the plans, "- 향후계획 : …", alone is its own field)
        fields = [(k, f if f is not None and f[0] == "plans" else None) for k, f in fields]
    labelled = [f for _, f in fields if f is not None]
    done = [k for k, f in fields if f is None]
    return [("status", found[1]), *([("action", "\n".join(done))] if done else []), *labelled]


#: the fields whose value, under a label of its own, keeps its bullets one a line
BULLETED_FIELDS: frozenset[str] = frozenset({"action", "plans"})


def _label_over(node: Node) -> tuple[str, str] | None:
    """(which field, value) of a label alone on its line over the lines that give its
    value ("□ 지적내용" / "○ …", "□ 조치결과" / "○ …" / "○ …"): what was done and planned
    one bullet a line, another field's words joined; None for another line."""
    under = [d for k in node.children for d in _without_headings(k)]
    name = named_field(node.text, LINE_FIELDS) if under else None
    if name is None:
        return None  # (a bullet's own dashes under it, "○ …" / "- …", each a line of it)
    return name, ("\n" if name in BULLETED_FIELDS else " ").join(collapse(d.text) for d in under)


def _without_headings(node: Node) -> list[Node]:
    """``node`` and the nodes under it, but a heading of the next category set under its
    last line and what is under that (the next findings), and a footnote."""
    if _heads_category(node) or _footnote(node):
        return []  # (a footnote: the outline's note, no words of the field's)
    return [node, *(d for k in node.children for d in _without_headings(k))]


def _card_fields(node: Node, labelled: bool) -> list[tuple[str, str]]:
    """The fields of an item drawn as a card of labels alone on their lines, one of them
    the finding's own ("가. … (복지정책과)" / "□ 지적내용" / "○ …" / "□ 조치결과" / "○ …")
    or, where (``labelled``: a numbered item) a line under it gives a field after its
    colon, any ("1. … (자치행정과)" / "○ 처리상황 : 완료" / "○ 조치내용" / "- …"); [] for
    another item (a table's row flattened to lines, its finding's words over "□ 추진상황:
    추진 중" and a "□ 추진내용" alone: the template's, :mod:`extract.parse.audit`)."""
    found = [f for k in node.children if (f := _label_over(k)) is not None]
    return found if labelled or any(name in _WORDED for name, _ in found) else []


def _field_of(text: str) -> tuple[str, str] | None:
    """(which field, value) of a labelled text ("처리결과 : …"), None for another."""
    m = _FIELD.match(text)
    if m is None:
        return None
    name = named_field(m["label"], LINE_FIELDS)
    if name == "category" and heading_category(m["value"]) is None:
        return None  # (a count under a category's heading, "□ 처리요구 : 3건": no field)
    return (name, m["value"]) if name is not None else None


#: the fields a labelled line under a finding gives, by its label
LINE_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (what was demanded, before the finding's labels that hold it too: the finding's own
    # words where the finding has no other, :func:`_demand_apart`)
    ("demand", DEMAND_HEADERS),
    ("finding", FINDING_LABELS),
    ("plans", PLAN_HEADERS),
    ("status", STATUS_HEADERS),
    ("action", ACTION_LABELS),
    ("division", DIVISION_HEADERS),
    # (its category on a line of its own: "- 구    분 : 시정요구", "- 처리요구 : 시정")
    ("category", AUDIT_CATEGORY_LABELS),
)


#: a finding's label opening its title, and its divisions in brackets after the label
_OPENING_LABEL = regex.compile(
    r"^(?P<label>\p{Hangul}{2,8}+)\s*+(?P<units>[(（][^()（）]{2,40}[)）])?\s*+(?P<rest>\S.*)$"
)


def labelled_title(title: str) -> tuple[str, list[str]] | None:
    """The finding and its divisions of a title that opens with the finding's label, its
    divisions in brackets after it; None for another title.

    >>> labelled_title("지적사항 (복지정책과, 보건위생과) 위기가구 사후관리 미흡")
    ('위기가구 사후관리 미흡', ['복지정책과', '보건위생과'])
    >>> labelled_title("지적사항에 대한 후속조치 미흡") is None
    True
    """
    m = _OPENING_LABEL.match(title)
    if m is None or named_field(m["label"], LINE_FIELDS) not in _WORDED:
        return None
    if not m["units"]:
        return m["rest"], []
    rest, units = closing_divisions(m["units"])
    return (m["rest"], units) if not rest else None


def _heads_category(node: Node) -> bool:
    """A heading of the next category that the outline set under a finding's last line
    ("ㅇ 추진상황 : 완료" / "□ 건의사항 (3건)"): no words of that line's."""
    return heading_category(node.title) is not None


def _heads_findings(node: Node) -> bool:
    """A line with items or bullets under it that are no labelled lines of a finding's
    ("□ 처리요구 : 시정 (2건)" over "① …"): a heading of their category, not a field."""
    return any(k.kind in ("item", "bullet") and _field(k) is None for k in node.children)


def _heading_kind(title: str) -> tuple[str | None, str | None]:
    """(category, as worded) a heading over findings names: by the value after a
    category's label where it has one ("처리요구 : 건의 (1건)" -> suggestion, 건의), else
    by its words ("건의사항 (3건)", "< 처리요구 : 3건 >")."""
    found = _field_of(collapse(title))
    if found is not None and found[0] == "category":
        return heading_category(found[1]), heading_words(found[1])
    named = heading_words(title)
    return named_category(named or title) or heading_category(title), named or category_word(title)


def outline_findings(section: Section, source: str, first_no: int) -> list[AuditFinding]:
    """Findings written as an outline, not a table: each item of the section with
    labelled lines of what was done under it ("1. 도시재생 사업 지연 …" / "ㅇ 처리결과 :
    사업관리 TF 구성(’24. 12.)" / "ㅇ 추진상황 : 완료"); the division from a bracket that
    closes the finding ("… 대책 마련(도시재생과)") or its own line."""
    assert section.node is not None
    out: list[AuditFinding] = []
    kind: str | None = None  # (the category the last heading named: □ 건의사항 (3건))
    worded: str | None = None  # (... as it words it)
    if heading_words(section.node.title) is not None and _one_kind(section.node.title):
        kind, worded = _heading_kind(section.node.title)  # ("Ⅱ. 시정 및 처리요구사항": all)
    nesting = renest(section.node, lambda k: _field(k) is not None and not _heads_findings(k))
    for node in section.node.walk():
        if node.kind == "title" and heading_words(node.title) is not None:
            kind, worded = _heading_kind(node.title)  # ("< 처리요구 : 3건 >" over them)
            continue
        if node.kind not in ("item", "bullet") or word_key(node.title).endswith(SUMMARY_TITLES):
            continue
        fields: dict[str, list[str]] = {}
        for kid in nesting.kids(node):
            if (parts := _status_over_actions(kid)) is not None:
                for name, value in parts:
                    fields.setdefault(name, []).append(value)
                continue
            found = _field(kid)
            # (a summary's count of findings by status, "- 처리결과 : 완료 6건, 추진중 2건"
            # under its headline, is no finding's action)
            if found is not None and not (found[0] == "action" and counts_statuses(found[1])):
                fields.setdefault(found[0], []).append(found[1])
        for name, value in _card_fields(node, bool(fields) and node.kind == "item"):
            fields.setdefault(name, []).append(value)
        # (or its own lines, the labels set with no mark: "① 지적사항 : …" / "조치결과 :
        # …" / "처리상황 : 완료")
        own = [f for ln in node.body_lines if (f := _field_of(collapse(ln.text)))]
        if own and not fields:
            for name, value in [_field_of(collapse(node.title)) or ("", ""), *own]:
                if name:
                    fields.setdefault(name, []).append(value)
        _demand_apart(fields, _field_of(collapse(node.title)))
        listed = node.kind == "item" and _lists_finding(node, fields)
        _told_status(fields)
        if (
            "action" not in fields and not (node.kind == "item" and _stands_alone(fields))
            and not listed and not _found_and_done(fields)
        ):  # fmt: skip
            # (a finding's own line of its category, "- 처리요구 : 시정", heads no findings;
            # one with findings under it does: "□ 처리요구 : 시정 (2건)" / "① …")
            # (or a measure's, "□ 주의요구" / "① …", where findings are under it)
            own_field = _field(node)
            heads = _heads_findings(node)
            if (
                own_field is None
                and (named_category(node.title) or (heads and heading_category(node.title)))
            ) or (own_field is not None and own_field[0] == "category" and heads):
                kind, worded = _heading_kind(node.title)
            continue  # (a count of what is done, "처리상황 : 완료 10건", is no finding)
        _status_apart(fields)
        titled = _field_of(collapse(node.title))  # ("① 지적사항 : …" over its labelled lines)
        told = fields.get("finding") or ([titled[1]] if titled and titled[0] in _WORDED else [])
        wrapped = _title_wraps(node)
        # (a council's list: what it found, a line each; what it demands is apart)
        finding = "\n".join(map(collapse, told)) if listed else collapse(" ".join(told) or wrapped)
        divisions = [  # ("담당부서 : 총무인사팀, 경영기획팀": each name, its comma aside)
            u for d in fields.get("division", []) for u in regex.split(r"[\s,，/·]+", d)
            if is_unit_name(u)
        ]  # fmt: skip
        if not told and (opened := labelled_title(finding)) is not None:
            finding, units = opened  # ("① 지적사항 (복지정책과) 위기가구 …")
            divisions = divisions or units
        # (its own category in a bracket that closes its title, "1. … 지급 지연(시정요구)",
        # after its division's maybe: "… 지연(노인복지과)(시정요구)")
        title, category, category_raw = collapse(wrapped), kind, worded if kind else None
        if (parted := closing_parts(title)) is not None:
            # (with its divisions in the one bracket: "… 소홀 (시정요구 / 주거복지팀)", "[건의
            # / 환경정책과]", "(처리요구 : 시정, 소관 : 공원녹지과)")
            title, named_kind, named_raw, units = parted
            if named_kind is not None:
                category, category_raw = named_kind, named_raw
            finding = finding if told else title
            divisions = divisions or units
        elif (bracketed := closing_category(title)) is not None:
            title, category, category_raw = bracketed
            finding = finding if told else title
        labelled = next((v for v in fields.get("category", []) if heading_category(v)), None)
        if labelled is not None:
            category, category_raw = heading_category(labelled), despace(collapse(labelled))
        # (the division in a bracket that closes the finding, or its item's title, "1. …
        # 마련(환경관리과)" over "ㅇ 지적사항 : …", its label maybe first: "(소관: 복지정책과)")
        for text in (finding, title):
            rest, units = closing_divisions(text)
            if not divisions and units:
                divisions = units
                finding = rest if text is finding else finding
        if not divisions and node.kind == "item" and is_unit_name(despace(node.title)):
            # ("1. 복지정책과" over its labelled lines, a council's list's or a follow-up's,
            # "○ 지적내용 : …" / "○ 조치결과 : …")
            divisions = [despace(node.title)]
        if not divisions and (unit := titled_unit(node.parent, section.node)) is not None:
            divisions = [unit]  # (a heading over them that names one: "가. 복지정책과")
        action = "\n".join(fields.get("action", []))
        # (of two lines of its status, "○ 조치결과 : 완료" … "○ 추진상황 : 추진중", the last)
        statuses = fields.get("status", [])
        raw = next((v for v in reversed(statuses) if status_of(v)), " ".join(statuses)) or action
        if not fields.get("status") and (closed := closing_status(action)) is not None:
            action, raw = closed  # ("→ 조치결과 : … 환수(완료)": its status in the bracket)
        under = [ln for k in nesting.walk(node) for ln in k.lines]
        lines = [ln.no for ln in under]
        pages = [ln.page for ln in under if ln.page is not None]
        out.append(
            AuditFinding(
                no=first_no + len(out), category=category, category_raw=category_raw,
                divisions=divisions,
                finding=finding, status=status_of(raw), status_raw=raw, actions=action,
                plans="\n".join(fields.get("plans", [])),
                demand="\n".join(map(collapse, fields.get("demand", []))),
                source=_heading_source(node, section.node) or source,
                line_start=min(lines), line_end=max(lines),
                page_start=min(pages) if pages else None, page_end=max(pages) if pages else None,
            )
        )  # fmt: skip
    return out


#: the fields that word a finding: its own words, or what was demanded of it
_WORDED = frozenset({"finding", "demand"})


def _demand_apart(fields: dict[str, list[str]], titled: tuple[str, str] | None) -> None:
    """What was demanded, on a line of its own ("○ 요구사항 : … 할 것"), is the finding's
    demand where another line words the finding ("○ 지적내용 : …", or its title: "①
    지적사항 : …"); where none does, it is the finding's own words ("○ 요구내용 : …")."""
    said = titled[0] if titled else None
    if "demand" in fields and "finding" not in fields and said != "finding":
        fields["finding"] = fields.pop("demand")
    elif said == "demand" and titled and "finding" in fields and "demand" not in fields:
        fields["demand"] = [titled[1]]  # ("① 요구사항 : …" over "○ 지적내용 : …")


def _stands_alone(fields: dict[str, list[str]]) -> bool:
    """Whether a finding with no line of what was done reads by its others: a line of
    its status ("○ 조치상황 : 완료", not a count of them, "처리상황 : 완료 10건") with one
    of its plans ("○ 향후계획 : …") or the status's own bullets, read as its actions."""
    statuses = [v for v in fields.get("status", []) if not counts_statuses(v)]
    return bool(fields.get("plans")) and any(status_of(v) for v in statuses)


def _one_kind(title: str) -> bool:
    """Whether a section's title names its findings' category as one kind: "시정 및
    처리요구사항" (both corrections), not "시정·처리요구 및 건의사항" (corrections and
    suggestions: each finding's own, which the title does not tell)."""
    words = heading_words(title) or ""
    kinds = {heading_category(w) for w in regex.split(r"[·및,]", words) if w}
    return len(kinds) == 1


def _lists_finding(node: Node, fields: dict[str, list[str]]) -> bool:
    """Whether an item of a council's list of what it found and demands, titled with the
    division it is of ("1. 복지정책과" / "○ 지적내용 : …" / "○ 요구사항 : …"), is a finding
    though nothing is done yet: its labelled lines give the finding's words (and its
    category or division) alone."""
    return (
        "finding" in fields and fields.keys() <= {"finding", "demand", "category", "division"}
        and is_unit_name(despace(node.title))
    )  # fmt: skip


def _told_status(fields: dict[str, list[str]]) -> None:
    """A status's line that tells what was done in a sentence, no status word alone ("○
    지적내용 : …" / "○ 추진상황 : 고장 단말기 12대 교체 및 정기점검 체계 마련"), beside the
    finding's words and no line of its actions: the finding's action (its status what
    the sentence says, none where it says none)."""
    statuses = fields.get("status", [])
    told = [v for v in statuses if not _status_alone(v) and not counts_statuses(v)]
    if "finding" not in fields or "action" in fields or not told:
        return
    fields["action"] = told
    if not (rest := [v for v in statuses if v not in told]):
        del fields["status"]
    else:
        fields["status"] = rest


def _found_and_done(fields: dict[str, list[str]]) -> bool:
    """Whether a finding's words stand beside a line of its status ("○ 지적내용 : …" /
    "○ 추진상황 : 완료"): a finding, though no line tells what was done."""
    statuses = fields.get("status", [])
    return "finding" in fields and any(
        status_of(v) and not counts_statuses(v) for v in statuses
    )


def _status_apart(fields: dict[str, list[str]]) -> None:
    """The status an action's label gives alone beside the finding's other lines of what
    was done or planned ("- 처리결과 : 완료" / "- 조치내용 : …", "- 처리결과 : 추진중" /
    "- 향후계획 : …"), where no line of its own gives one: its status, no action."""
    actions = fields.get("action", [])
    alone = [v for v in actions if _status_alone(v)]
    if "status" in fields or len(alone) != 1 or (len(actions) < 2 and not fields.get("plans")):
        return
    fields["status"] = alone
    fields["action"] = [v for v in actions if v is not alone[0]]


#: a status and a bracket after it that tells more of it: "추진중(2026. 6월 완료 예정)"
_STATUS_BRACKETED = regex.compile(r"^(?P<word>[^()（）]{2,8}?)\s*+[(（][^()（）]{1,40}+[)）]$")


def _status_alone(value: str) -> bool:
    """Whether an action's value is a status alone, or with a bracket after it ("추진중
    (2026. 6월 완료 예정)"), no words of what was done."""
    m = _STATUS_BRACKETED.match(value.strip())
    return word_key(m["word"] if m else value) in STATUS_WORDS


def _heading_source(node: Node, top: Node) -> str | None:
    """The proceeding a heading over the finding names ("가. 군정질문" / "나. 행정사무감사"
    over their findings), below the section's own title; None where none does."""
    up = node.parent
    while up is not None and up is not top:
        if up.kind in ("item", "title", "bullet") and names_source(up.title):
            return source_name(up.title)
        up = up.parent
    return None


def reads_as_outline(section: Section) -> bool:
    """Whether the section's findings are items of the outline, each with labelled lines
    of what was done and how far under it (:func:`outline_findings`, every one with its
    status): read so, not as the template's table flattened to lines."""
    if section.node is None:
        return False
    found = outline_findings(section, "", 1)
    # (each with what was done and, on a line of its own, how far: not a status said
    # under an action's label, "□ 조치결과: 추진 중", which the template reads)
    return bool(found) and all(
        f.status is not None and (f.actions or f.plans) and f.status_raw != f.actions
        for f in found
    )


def _title_wraps(node: Node) -> str:
    """A finding's title with the lines it wraps over ("1. … 검증 절차 없이" / "대행계약에
    반영하여 …"): not a labelled line under it ("조치결과 : …"), nor a line after a title
    its bracket closes ("… 미흡(청년농업팀)" over a line that explains it)."""
    parts = [node.title]
    for ln in node.body_lines:
        if opens_with_label(ln.text) or parts[-1].rstrip().endswith((")", "）")):
            break
        parts.append(ln.text)
    return join_wrapped(parts)
