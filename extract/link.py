"""Links between sections: which appendix budget item a project card funds.

A card's 예산 집행계획 names its item in its own words ("글로벌사회혁신
오픈캠퍼스운영"), the appendix in others ("글로벌 사회혁신 오픈 캠퍼스"), and
one appendix item may fund a card with two plan rows.  So a card is matched
row by row on names (with equal amounts as extra evidence), else as a whole
on its total amount.  Names decide before amounts, so a wrong amount in the
report still finds its item and the check then fails on the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from extract.normalize.money import agrees
from extract.parse.tags import name_key
from extract.parse.text import collapse, squash
from extract.parse.vocab import DIVISION_COLUMNS, LIST_NAME_HEADERS
from extract.unit_names import is_unit_name
from schemas import (
    BudgetItem,
    Function,
    PolicyTask,
    Project,
    ProjectBudget,
    TableCellRecord,
    TableInfo,
)

#: a name this similar is the same item; amounts equal lower the bar
SAME_NAME = 0.5
SAME_NAME_WITH_AMOUNT = 0.3


@dataclass(frozen=True, slots=True)
class Link:
    project_id: str
    items: tuple[BudgetItem, ...]
    #: "rows" (each plan row has its appendix item) or "total" (one item funds the card)
    how: str


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def _pairs(key: str) -> frozenset[str]:
    return frozenset(key[i : i + 2] for i in range(len(key) - 1))


def similarity(a: str, b: str) -> float:
    """How alike two item names are, 0..1: shared letter pairs (Dice).

    0.9 or more when one name contains the other ("서울혁신파크 조성" in "서울혁신파크 조성사업").

    >>> round(similarity("지역순환경제 협력체계 구축", "지역순환경제 기반 조성"), 2)
    0.5
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    pa, pb = _pairs(ka), _pairs(kb)
    dice = 2 * len(pa & pb) / (len(pa) + len(pb)) if pa and pb else float(ka == kb)
    return max(0.9, dice) if ka in kb or kb in ka else dice


def appendix_amount(item: BudgetItem, basis: str) -> int | None:
    """The appendix column a plan amount is comparable with."""
    return item.budget_current_krw if basis == "예산현액" else item.budget_krw


def _linking_amount(item: BudgetItem, basis: str) -> int | None:
    """The appendix amount a plan amount is matched with: its column, or the 예산 of an
    appendix with no 예산현액 column (the same where nothing was carried over)."""
    want = appendix_amount(item, basis)
    return item.budget_krw if want is None and item.budget_current_krw is None else want


def _best_item(row: ProjectBudget, items: Sequence[BudgetItem]) -> tuple[BudgetItem | None, float]:
    best: BudgetItem | None = None
    best_score = 0.0
    for item in items:
        sim = similarity(row.item, item.item)
        same = row.amount_krw is not None and agrees(
            row.amount_krw, _linking_amount(item, row.basis), row.currency_unit, item.currency_unit
        )
        if sim >= SAME_NAME or (same and sim >= SAME_NAME_WITH_AMOUNT):
            score = sim + (0.5 if same else 0.0)
            if score > best_score:
                best, best_score = item, score
    return best, best_score


def link_projects(
    projects: Sequence[Project], budgets: Sequence[ProjectBudget], items: Sequence[BudgetItem]
) -> dict[str, Link]:
    """Each card (by project_id) with the appendix item(s) that fund it."""
    leaves = [it for it in items if it.level == "item"]
    links: dict[str, Link] = {}
    for project in projects:
        rows = [b for b in budgets if b.project_id == project.project_id]
        if not rows or not leaves:
            continue
        per_row = [_best_item(r, leaves)[0] for r in rows]
        complete = all(per_row) and len({id(i) for i in per_row}) == len(rows)
        amounts_agree = complete and all(
            agrees(r.amount_krw, _linking_amount(i, r.basis), r.currency_unit, i.currency_unit)
            for r, i in zip(rows, per_row, strict=True)
            if i is not None
        )
        total = sum(r.amount_krw or 0 for r in rows)
        basis = rows[0].basis
        names = " ".join([project.title, *(r.item for r in rows)])
        units = {r.currency_unit for r in rows}
        by_total = [
            it for it in leaves
            if agrees(_linking_amount(it, basis), total, *units, it.currency_unit)
        ]  # fmt: skip
        whole = max(by_total, key=lambda it: similarity(names, it.item), default=None)
        if complete and (amounts_agree or whole is None):
            links[project.project_id] = Link(project.project_id, tuple(per_row), "rows")  # type: ignore[arg-type]
        elif whole is not None and len(rows) > 1:
            links[project.project_id] = Link(project.project_id, (whole,), "total")
        elif complete:
            links[project.project_id] = Link(project.project_id, tuple(per_row), "rows")  # type: ignore[arg-type]
        elif (
            whole is not None
            and max(similarity(r.item, whole.item) for r in rows) >= SAME_NAME_WITH_AMOUNT
        ):
            links[project.project_id] = Link(project.project_id, (whole,), "total")
    return links


def _stem(division: str, area: str) -> bool:
    return bool(area) and squash(division).startswith(squash(area))


#: a duty this similar to a project's title names the project (부서별 주요기능 "「상상대로
#: 서울」 운영" beside the card "「상상대로 서울」 활성화"; not "노인 일자리 지원" beside
#: "청년 일자리 지원"), or one that shares a run of this many letters with it, half the
#: title at least ("맑은 물 공급체계 구축에 관한 사항" beside "맑은 물 공급체계 구축으로
#: 수돗물 신뢰 회복"); another division's as near (within the margin) leaves it open
SAME_DUTY = 0.7
SHARED_RUN = 8
DUTY_MARGIN = 0.1


def _duty_match(title: str, duty: str) -> float:
    """How well a duty names a project: their similarity, or enough where they share a
    long run of letters."""
    a, b = name_key(title), name_key(duty)
    run = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    # (a run that is half the title at least: not a phrase of any duty, "문화프로그램운영")
    shared = run.size >= SHARED_RUN and 2 * run.size >= len(a)
    return max(similarity(title, duty), SAME_DUTY if shared else 0.0)


def _duty_division(title: str, duties: Sequence[Function]) -> str | None:
    """The division one of whose duties names the project, where one alone does."""
    best: dict[str, float] = {}
    for f in duties:
        s = _duty_match(title, f.function)
        best[f.division] = max(best.get(f.division, 0.0), s)
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < SAME_DUTY:
        return None
    if len(ranked) > 1 and ranked[1][1] > ranked[0][1] - DUTY_MARGIN:
        return None
    return ranked[0][0]


def listed_divisions(
    tables: Sequence[TableInfo], cells: Sequence[TableCellRecord]
) -> dict[str, set[str]]:
    """The divisions a table lists its projects with, by the projects' name keys: a
    column of names (사업명) beside a column of divisions (담당과, 주관부서), as a plan
    opens with a table of all its projects before it tells each ("연번 | 사업명 | 사업기간
    | 총사업비 | … | 담당과")."""
    by_table: dict[int, list[TableCellRecord]] = {}
    for c in cells:
        by_table.setdefault(c.table_id, []).append(c)
    out: dict[str, set[str]] = {}
    head_rows = {t.table_id: t.header_rows for t in tables}
    for table_id, table in by_table.items():
        top = head_rows.get(table_id, 0)
        heads = {c.col: squash(c.raw) for c in table if c.row < top}
        names = [col for col, h in heads.items() if h in LIST_NAME_HEADERS]
        units = [col for col, h in heads.items() if h in DIVISION_COLUMNS]
        if len(names) != 1 or len(units) != 1:
            continue
        rows: dict[int, dict[int, str]] = {}
        for c in table:
            if c.row >= top:
                rows.setdefault(c.row, {})[c.col] = c.raw
        for row in rows.values():
            name, unit = row.get(names[0], ""), collapse(row.get(units[0], ""))
            if name.strip() and is_unit_name(unit):
                out.setdefault(name_key(collapse(name)), set()).add(unit)
    return out


def assign_divisions(
    projects: Sequence[Project],
    links: dict[str, Link],
    goals: Sequence[PolicyTask],
    divisions: Sequence[str],
    duties: Sequence[Function] = (),
    items: Sequence[BudgetItem] = (),
    tables: Sequence[TableInfo] = (),
    cells: Sequence[TableCellRecord] = (),
) -> list[Project]:
    """Projects with ``division`` set where the document shows it.

    A table of the plan lists the project with its division (:func:`listed_divisions`:
    the report's ``tables`` and their ``cells``); else the appendix lists each item under its
    division (the items that fund a card, or the items ``items`` named as the project
    is); failing that, the theme's goal column in Ⅱ is headed with a division's name;
    failing that, one division's duties (부서별 주요기능) name the project.
    """
    area_of = {g.goal_no: g.area for g in goals if g.area}
    named: dict[str, set[str | None]] = {}
    for it in items:
        if it.level == "item":
            named.setdefault(name_key(it.item), set()).add(it.division)
    listed = listed_divisions(tables, cells)
    out = []
    for p in projects:
        own = listed.get(name_key(p.title), set()) if p.division is None else set()
        if len(own) == 1:
            out.append(p.model_copy(update={"division": own.pop(), "division_evidence": "column"}))
            continue
        link = links.get(p.project_id)
        owners = {it.division for it in link.items} if link else set()
        if not link and p.division is None:
            owners = set(named.get(name_key(p.title), set()))  # (the same name: "청년농업인 …")
        if len(owners) == 1 and None not in owners:
            out.append(
                p.model_copy(update={"division": owners.pop(), "division_evidence": "appendix"})
            )
            continue
        area = area_of.get(p.theme_no)
        match = [d for d in divisions if area and _stem(d, area)]
        if len(match) == 1:
            out.append(
                p.model_copy(update={"division": match[0], "division_evidence": "goal_area"})
            )
        elif p.division is None and (duty := _duty_division(p.title, duties)) is not None:
            out.append(p.model_copy(update={"division": duty, "division_evidence": "duty"}))
        else:
            out.append(p)
    return out
