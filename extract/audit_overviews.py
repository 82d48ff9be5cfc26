"""The chapters of an audit follow-up that sum it up, read with the findings' chapter after
them: "Ⅰ. 감 사 개 요" (its period, its counts, how its findings stand) right before "Ⅱ.
지적사항 처리결과", and a run of such chapters, "Ⅰ. 감사 개요" / "Ⅱ. 처리 총괄" / "Ⅲ.
지적사항별 처리결과", whose later ones may name no role of their own (`처리 총괄`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.layout.outline import Node
from extract.normalize.spacing import squash
from extract.roles import AUDIT_OVERVIEW_ENDINGS, AUDIT_PROCESSING_WORDS
from extract.unit_names import unglossed


def audit_overviews(tops: Sequence[Node]) -> dict[int, list[Node]]:
    """The chapters of an audit follow-up that sum it up, in order, by the id of the audit
    chapter right after them whose findings they sum up ("Ⅱ. 지적사항 처리결과"): the
    chapters of the audit role titled as an overview ("Ⅰ. 감 사 개 요", "감사결과 총괄"),
    and, in a run of them, one that names no role ("Ⅱ. 처리 총괄": after such a chapter,
    or where its title names the follow-up's processing, `처리`, `조치`)."""
    out: dict[int, list[Node]] = {}
    for k, after in enumerate(tops):
        if after.role != "audit" or sums_up(after):
            continue
        run: list[Node] = []
        for top in reversed(tops[:k]):
            if top.kind != after.kind or not sums_up(top) or top.role not in ("audit", None):
                break
            run.insert(0, top)
        # (a chapter of no role is the follow-up's where an overview of the audit role
        # comes before it, or where its title names the processing)
        while run and run[0].role is None and not _processing(run[0]):
            run.pop(0)
        if run:
            out[id(after)] = run
    return out


def sums_up(node: Node) -> bool:
    """Whether a chapter's title is of an overview ("감 사 개 요", "감사결과 총괄")."""
    return squash(unglossed(node.title)).endswith(AUDIT_OVERVIEW_ENDINGS)


def _processing(node: Node) -> bool:
    """Whether a chapter's title names the processing alone ("처리 총괄", "2024년 조치
    개요"), no other topic before it ("민원 처리 총괄": the bureau's own work)."""
    key = str(regex.sub(r"^[\d’'‘.\s]*+(?:년도|년)?+", "", squash(unglossed(node.title))))
    return key.startswith(AUDIT_PROCESSING_WORDS)
