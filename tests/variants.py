"""Report variants: the sample's template with everything else different.

A :class:`Spec` says what a report contains (year, bureau, divisions and
teams, staff, budgets, themes and project cards, appendix items, audit
findings); :func:`render` writes it out in the layout of the sample text
export (samples/seoul-innovation-bureau-2021.txt: letter-spaced headings,
vertical team names, tables as token streams, HWP private-use bullets), and
:func:`expected` computes the records bogoseo must read from the spec alone,
never by running bogoseo.  Every amount of a spec is derived so that the
document's own arithmetic holds (division sums, quarters, carry-over, the
백만원 summary against the 천원 appendix, audit counts), so a variant must
pass every cross-check.

:func:`make_spec` builds a spec from a few knobs (year, number of divisions
and teams, cards per theme, rows per budget table) and a seed;
:data:`VARIANTS` are the variants the tests use.  ``order`` puts the
top-level parts in another order, ``omit`` leaves sections out.
"""

from __future__ import annotations

import calendar
import random
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from schemas import Report

#: the HWP private-use glyph the text export leaves for □/• bullets (read as "•")
PUA = "\uf000"

#: the eight sections bogoseo looks for, as its warnings name them
SECTION_NAMES: dict[str, str] = {
    "organization": "조직현황",
    "staffing": "인력현황",
    "budget_summary": "예산현황",
    "functions": "부서별 주요기능",
    "policy": "정책목표와 핵심과제",
    "plans": "주요업무 추진계획",
    "budget_items": "세부사업 예산 현황",
    "audit": "행정사무감사 처리결과",
}

#: the top-level parts of a report, in the template's order
PARTS: tuple[str, ...] = ("general", "policy", "plans", "budget_items", "audit")
GENERAL_PARTS: tuple[str, ...] = ("organization", "staffing", "budget_summary", "functions")

STATUS_RAW: dict[str, str] = {
    "completed": "추진완료",
    "in_progress": "추진 중",
    "under_review": "검토 중",
    "not_reflected": "미반영",
}
STATUSES: tuple[str, ...] = ("completed", "in_progress", "under_review", "not_reflected")


# --- the spec ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A row of the budget appendix (천원); budget 0 is written "-"."""

    name: str
    budget: int
    current: int


@dataclass(frozen=True)
class Division:
    name: str
    stem: str  # the name without its division word (the goal column heading of Ⅱ)
    teams: tuple[str, ...]
    authorized: int
    current: int
    duties: tuple[str, ...]
    prev_budget_mil: int  # last year's budget, 백만원
    items: tuple[Item, ...]

    @property
    def budget(self) -> int:
        return sum(i.budget for i in self.items)

    @property
    def budget_current(self) -> int:
        return sum(i.current for i in self.items)

    @property
    def budget_mil(self) -> int:
        """This year's budget in the 백만원 summary (the 천원 total, rounded down)."""
        return self.budget // 1000


@dataclass(frozen=True)
class PlanRow:
    """A row of a card's 예산 집행계획 (천원); ``name`` as the card wraps it.

    ``appendix`` is the name of the appendix item that funds it: the same
    words, or (as in real reports) the card's own wording of them.
    """

    name: tuple[str, ...]
    appendix: str
    amount: int
    quarters: tuple[int, int, int, int]
    notes: tuple[str, ...]
    same_line: bool  # the name and the amount on one line ("기부및사회협력활성화 66,200")

    @property
    def item(self) -> str:
        return " ".join(self.name)


@dataclass(frozen=True)
class Sched:
    task: str
    when: str  # as written, e.g. "’24. 3.~12."
    start: date
    end: date | None
    precision: str


@dataclass(frozen=True)
class Card:
    title: str
    summary: tuple[str, ...]
    blocks: tuple[tuple[str, tuple[str, ...]], ...]  # (label, bullet lines as written)
    basis: str  # 예산현액 or 예산액
    rows: tuple[PlanRow, ...]
    carryover: int | None  # 사고이월액 (천원) noted under a one-row table
    schedule: tuple[Sched, ...]


@dataclass(frozen=True)
class Theme:
    title: str
    division: int  # index into Spec.divisions
    cards: tuple[Card, ...]
    tasks: tuple[tuple[str, str], ...]  # core tasks of Ⅱ, each as two wrapped lines


@dataclass(frozen=True)
class Finding:
    category: str  # correction / suggestion / other
    text: tuple[str, ...]  # wrapped lines (the first gets "○")
    divisions: tuple[str, ...]
    status: str
    actions: tuple[str, ...]  # lines as written, with their markers
    plans: tuple[str, ...]


@dataclass(frozen=True)
class Spec:
    name: str
    year: int
    bureau: str
    bureau_word: str
    division_word: str
    committee: str
    as_of: date
    vision: str
    divisions: tuple[Division, ...]
    themes: tuple[Theme, ...]
    findings: tuple[Finding, ...]
    order: tuple[str, ...] = PARTS
    general_order: tuple[str, ...] = GENERAL_PARTS
    omit: frozenset[str] = field(default_factory=frozenset)

    @property
    def yy(self) -> str:
        return f"{self.year % 100:02d}"

    @property
    def pyy(self) -> str:
        return f"{(self.year - 1) % 100:02d}"

    @property
    def teams(self) -> int:
        return sum(len(d.teams) for d in self.divisions)

    def without(self, *keys: str) -> Spec:
        return replace(self, name=f"{self.name}-without-{'-'.join(keys)}", omit=frozenset(keys))

    def reordered(self, order: Sequence[str], general_order: Sequence[str] = GENERAL_PARTS) -> Spec:
        return replace(
            self,
            name=f"{self.name}-reordered",
            order=tuple(order),
            general_order=tuple(general_order),
        )


# --- writing numbers and dates as the template does -------------------------------------------


def amount(n: int) -> str:
    """A table amount: 1,234; 0 is "-"; negative is △1,234."""
    if n == 0:
        return "-"
    return f"△{-n:,}" if n < 0 else f"{n:,}"


def percent(p: float) -> str:
    return f"△{-p:.1f}%" if p < 0 else f"{p:.1f}%"


def spaced(word: str) -> str:
    """Letter-spacing: "정원" -> "정 원"."""
    return " ".join(word)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _mm(m: int) -> str:
    """A month as the template writes it after a dot: " 3" or "10"."""
    return f"{m:>2}"


# --- vocabulary of the generated reports (none of it from the sample) ----------------------------

DIVISION_STEMS: tuple[str, ...] = (
    "교통정책",
    "도로관리",
    "주택공급",
    "녹지조성",
    "복지기획",
    "문화진흥",
    "안전총괄",
    "재난대응",
    "산업육성",
    "청년지원",
    "보건위생",
    "세무운영",
)
TEAM_WORDS: tuple[str, ...] = (
    "기획",
    "협력",
    "사업",
    "시설",
    "평가",
    "홍보",
    "조정",
    "계획",
    "점검",
    "정보",
    "교육",
    "총괄",
)
BUREAUS: tuple[tuple[str, str], ...] = (
    ("미래도시기획관", "기획관"),
    ("시민안전국", "국"),
    ("도시재생실", "실"),
    ("균형발전본부", "본부"),
)
#: one goal (and theme of Ⅲ) per division stem, in the order of DIVISION_STEMS
GOALS: tuple[str, ...] = (
    "안전하고 편리한 교통환경 조성",
    "지속가능한 도로 관리체계 구축",
    "누구나 살고 싶은 주거 실현",
    "시민과 함께하는 녹색도시 조성",
    "촘촘한 복지 안전망 강화",
    "일상에서 누리는 문화 확산",
    "재난에 강한 안전도시 실현",
    "현장 중심의 재난대응 역량 강화",
    "미래 성장산업 경쟁력 확보",
    "청년이 꿈꾸는 일자리 기반 마련",
    "건강한 생활환경 보장",
    "공정하고 투명한 세정 구현",
)
PROJECT_NOUNS: tuple[str, ...] = (
    "안전시설 개선",
    "정보 플랫폼 운영",
    "시민참여 활성화",
    "현장 점검 강화",
    "기반시설 정비",
    "전문인력 양성",
    "공공데이터 개방",
    "민관협력 사업",
    "홍보 콘텐츠 제작",
    "연구용역 추진",
    "시범사업 운영",
    "교육 프로그램 운영",
    "거점공간 조성",
    "지역공동체 지원",
    "모니터링 체계 구축",
    "통합 관리시스템 고도화",
)
TITLE_ENDINGS: tuple[str, ...] = ("본격 추진", "단계적 확대", "내실화", "기반 마련", "체계화")
SENTENCES: tuple[str, ...] = (
    "현장의 요구를 반영한 맞춤형 지원 방안 마련",
    "관계기관 협업으로 사업 효과성 제고",
    "시민 의견수렴을 거쳐 세부 실행방안 확정",
    "분기별 성과점검으로 사업 관리 강화",
    "자치구와 연계한 단계별 확산 추진",
    "전문가 자문단 구성 및 정례 회의 운영",
    "우수사례 발굴 및 공유로 참여 확대",
    "데이터 기반의 사업 대상 선정",
    "취약지역 우선 지원으로 형평성 확보",
    "온라인 소통창구 운영으로 접근성 향상",
)
SUBSENTENCES: tuple[str, ...] = (
    "대상지 선정, 세부 설계, 시행 순으로 단계별 진행",
    "참여기관 간 역할 분담 및 정보 공유",
    "사업 종료 후 만족도 조사 및 개선사항 반영",
    "예산 집행상황 월별 점검",
)
BULLET_LABELS: tuple[str, ...] = ("추진방향", "추진계획", "사업개요", "추진경과", "추진근거")
NOTE_WORDS: tuple[str, ...] = (
    "계획수립",
    "사업공모",
    "대상선정",
    "사업추진",
    "중간점검",
    "성과평가",
    "결과공유",
)
SCHEDULE_TASKS: tuple[str, ...] = (
    "세부 추진계획 수립",
    "사업자 공모 및 선정",
    "사업 본격 시행",
    "중간 점검 및 보완",
    "성과 평가 및 환류",
    "우수사례 공유회 개최",
)
FINDING_TEXTS: tuple[tuple[str, ...], ...] = (
    ("사업 예산이 매년 증가하고", "있으나 성과 관리가 미흡함.", "성과지표를 보완하기 바람"),
    ("위탁기관에 대한 지도점검이", "형식적으로 이루어지고 있어", "관리 감독을 강화하기 바람"),
    ("시민 홍보가 부족하여 사업", "인지도가 낮음. 다양한 매체를", "활용한 홍보가 필요함"),
    ("보조금 정산 과정에서 증빙", "누락 사례가 반복되고 있음"),
    ("자치구와의 협업 체계가", "충분하지 않아 사업 효과가", "제한적임. 협업을 강화하기 바람"),
    ("유사 사업 간 중복 투자가", "우려되므로 사업 간 연계", "방안을 검토하기 바람"),
    ("시설 이용률이 낮은 원인을", "분석하여 개선 방안을 마련", "하기 바람"),
    ("관련 조례의 정비가 필요함",),
    ("용역 결과가 정책에 반영되지", "않는 사례가 있어 활용 방안을", "마련하기 바람"),
    ("민원 처리 기간이 길어 시민", "불편이 큼. 처리 절차를 개선", "하기 바람"),
)
ACTIONS: tuple[str, ...] = (
    "성과지표 개선(안) 마련 및 관계부서 협의",
    "정기 지도점검 실시 및 결과 공유",
    "온라인 매체를 활용한 홍보 강화",
    "보조사업자 대상 회계 교육 실시",
    "자치구 담당자 간담회 정례화",
)
PLANS: tuple[str, ...] = (
    "개선 결과 점검 및 보완",
    "관련 지침 개정 추진",
    "추진상황 정기 보고",
)
REQUESTS: tuple[tuple[str, ...], ...] = (
    ("사업별 예산 집행 현황",),
    ("위탁기관 선정 심사 결과", "보고서"),
    ("최근 3년간 용역 발주 목록",),
    ("보조금 정산 점검 결과",),
)


# --- building a spec --------------------------------------------------------------------------


def _split(total: int, parts: int, rnd: random.Random, zeros: bool = True) -> list[int]:
    """``total`` cut into ``parts`` non-negative integers (some zero when ``zeros``)."""
    cuts = sorted(rnd.randrange(0, total + 1) for _ in range(parts - 1))
    out = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    if not zeros:
        return out
    for i in rnd.sample(range(parts), k=rnd.randrange(0, 2)):
        if len([v for v in out if v]) > 1:
            j = next(k for k in range(parts) if k != i)
            out[j] += out[i]
            out[i] = 0
    return out


def _dates(year: int, rnd: random.Random) -> tuple[str, date, date | None, str]:
    yy = f"{year % 100:02d}"
    kind = rnd.randrange(6)
    m1 = rnd.randrange(1, 12)
    m2 = rnd.randrange(m1 + 1, 13)
    if kind == 0:
        return f"’{yy}.{_mm(m1)}.", date(year, m1, 1), month_end(year, m1), "month"
    if kind == 1:
        return (
            f"’{yy}.{_mm(m1)}.~{_mm(m2).strip()}.",
            date(year, m1, 1),
            month_end(year, m2),
            "month",
        )
    if kind == 2:
        y2 = year + rnd.randrange(1, 3)
        return (
            f"’{yy}.{_mm(m1)}.~ ’{y2 % 100:02d}.{_mm(m2)}.",
            date(year, m1, 1),
            month_end(y2, m2),
            "month",
        )
    if kind == 3:
        half, months = rnd.choice((("상반기", (1, 6)), ("하반기", (7, 12))))
        return f"’{yy}년 {half}", date(year, months[0], 1), month_end(year, months[1]), "half"
    if kind == 4:
        d = rnd.randrange(1, 29)
        return f"’{yy}.{_mm(m1)}.{_mm(d)}.", date(year, m1, d), date(year, m1, d), "day"
    return f"’{yy}.{_mm(m1)}. ~{m2}.", date(year, m1, 1), month_end(year, m2), "month"


def _bullets(rnd: random.Random, n: int) -> tuple[str, ...]:
    lines: list[str] = []
    for s in rnd.sample(SENTENCES, k=n):
        lines.append(f"○ {s}")
        if rnd.random() < 0.5:
            lines.append(f"－ {rnd.choice(SUBSENTENCES)}")
    return tuple(lines)


def make_spec(
    name: str,
    *,
    year: int,
    teams: Sequence[int],
    cards: Sequence[int],
    rows: Sequence[int] = (),
    seed: int = 0,
    bureau: int = 0,
    division_word: str = "과",
) -> Spec:
    """A consistent report: ``teams[i]`` teams in division i, ``cards[i]`` cards in theme i.

    ``rows`` gives the number of budget-plan rows of the first cards (1 after).
    """
    rnd = random.Random(seed)
    n = len(teams)
    assert len(cards) == n, "one theme per division"
    stems = rnd.sample(DIVISION_STEMS, k=n)
    goals = [GOALS[DIVISION_STEMS.index(stem)] for stem in stems]  # the goal of each division
    bureau_name, bureau_word = BUREAUS[bureau % len(BUREAUS)]
    yy = year % 100
    row_counts = list(rows)

    divisions: list[Division] = []
    themes: list[Theme] = []
    for i, stem in enumerate(stems):
        s2 = stem[:2]
        words = [w for w in TEAM_WORDS if w != stem[2:]]
        team_names = tuple(f"{s2}{w}팀" for w in rnd.sample(words, k=teams[i]))
        duties = (
            *(f"{t[:-1]} 관련 계획 수립 및 시행" for t in team_names),
            f"{s2} 분야 대외협력 및 홍보",
        )
        card_list: list[Card] = []
        items: list[Item] = []
        all_nouns = list(PROJECT_NOUNS)
        rnd.shuffle(all_nouns)
        for _ in range(cards[i]):
            nrows = row_counts.pop(0) if row_counts else 1
            basis = "예산현액" if rnd.random() < 0.8 else "예산액"
            plan_rows: list[PlanRow] = []
            for _ in range(nrows):
                noun = all_nouns.pop()
                item_name = f"{s2}{noun}"
                card_name = item_name
                if rnd.random() < 0.3:  # the card words it its own way
                    card_name = f"{item_name.replace(' ', '')} 사업"
                words_ = card_name.split(" ")
                wrapped = (
                    tuple(words_) if len(words_) > 1 and rnd.random() < 0.5 else (" ".join(words_),)
                )
                total = rnd.randrange(20, 6000) * 1000 + rnd.choice((0, 250, 500, 780))
                quarters = _split(total, 4, rnd)
                notes = tuple(
                    " ".join(rnd.sample(NOTE_WORDS, k=rnd.randrange(1, 4)))
                    for _ in range(rnd.randrange(0, 3))
                )
                plan_rows.append(
                    PlanRow(
                        name=wrapped,
                        appendix=item_name,
                        amount=total,
                        quarters=(quarters[0], quarters[1], quarters[2], quarters[3]),
                        notes=notes,
                        same_line=len(wrapped) == 1 and rnd.random() < 0.4,
                    )
                )
            carry = None
            if nrows == 1 and basis == "예산현액" and rnd.random() < 0.4:
                carry = rnd.randrange(1, max(2, plan_rows[0].amount // 2000)) * 1000
            for r in plan_rows:
                c_here = carry if carry is not None else 0
                items.append(Item(name=r.appendix, budget=r.amount - c_here, current=r.amount))
            sched = tuple(
                Sched(task, *_dates(year, rnd))
                for task in rnd.sample(SCHEDULE_TASKS, k=rnd.randrange(1, 5))
            )
            labels = rnd.sample(BULLET_LABELS, k=rnd.randrange(1, 3))
            card_list.append(
                Card(
                    title=f"{plan_rows[0].appendix.replace(' ', '')} {rnd.choice(TITLE_ENDINGS)}",
                    summary=tuple(rnd.sample(SENTENCES, k=rnd.randrange(1, 3))),
                    blocks=tuple((lb, _bullets(rnd, rnd.randrange(1, 4))) for lb in labels),
                    basis=basis,
                    rows=tuple(plan_rows),
                    carryover=carry,
                    schedule=sched,
                )
            )
        # items no card funds: one funded only by last year's carry-over, and 기본경비
        extra = all_nouns.pop()
        items.append(Item(name=f"{s2}{extra}", budget=0, current=rnd.randrange(1, 90) * 1000 + 3))
        base = rnd.randrange(20_000, 150_000)
        rest = (sum(it.budget for it in items) + base) % 1000
        base += (rnd.randrange(0, 100) - rest) % 1000  # the total ends in 0..99 (rounds down)
        items.append(Item(name="기본경비", budget=base, current=base))
        this_mil = sum(it.budget for it in items) // 1000
        prev = this_mil + rnd.choice((-1, 1)) * rnd.randrange(1, max(2, this_mil // 3))
        authorized = rnd.randrange(2 * teams[i] + 2, 6 * teams[i] + 4)
        divisions.append(
            Division(
                name=f"{stem}{division_word}",
                stem=stem,
                teams=team_names,
                authorized=authorized,
                current=authorized - rnd.randrange(0, 3),
                duties=duties,
                prev_budget_mil=max(prev, 1),
                items=tuple(items),
            )
        )
        task_pool = [
            (f"{s2} 분야 현장 중심의", "지원체계 강화"),
            (f"{s2} 서비스 품질 향상을 위한", "점검 확대"),
            (f"{s2} 데이터를 활용한", "정책 고도화"),
            (f"{s2} 시민참여를 통한", "협력 기반 구축"),
        ]
        themes.append(
            Theme(title=goals[i], division=i, cards=tuple(card_list), tasks=tuple(task_pool[:3]))
        )

    findings: list[Finding] = []
    texts = list(FINDING_TEXTS)
    rnd.shuffle(texts)
    for category, count in (("correction", 6), ("suggestion", 3)):
        for _ in range(count):
            divs = tuple(
                sorted(rnd.sample([d.name for d in divisions], k=1 + (rnd.random() < 0.2)))
            )
            status = rnd.choices(STATUSES, weights=(3, 6, 2, 1))[0]
            findings.append(
                Finding(
                    category=category,
                    text=texts.pop(),
                    divisions=divs,
                    status=status,
                    actions=tuple(f"◦ {a}" for a in rnd.sample(ACTIONS, k=rnd.randrange(1, 3)))
                    + (("- 세부 이행계획 수립",) if rnd.random() < 0.5 else ()),
                    plans=tuple(
                        f"◦ {p}: ’{yy}. {rnd.randrange(1, 13)}월"
                        for p in rnd.sample(PLANS, k=rnd.randrange(1, 3))
                    ),
                )
            )
    for request in REQUESTS:
        findings.append(
            Finding(
                category="other",
                text=request,
                divisions=(rnd.choice(divisions).name,),
                status="completed",
                actions=(f"○ 자료 제출 완료({year - 1}.11.{rnd.randrange(10, 28)}.)",),
                plans=(),
            )
        )
    return Spec(
        name=name,
        year=year,
        bureau=bureau_name,
        bureau_word=bureau_word,
        division_word=division_word,
        committee=rnd.choice(("행정자치위원회", "도시안전건설위원회", "기획경제위원회")),
        as_of=date(year, rnd.randrange(1, 3), rnd.randrange(1, 29)),
        vision=rnd.choice(
            (
                "시민의 일상이 안전하고 풍요로운 도시",
                "함께 성장하는 지속가능한 미래도시",
                "모두가 누리는 포용과 혁신의 도시",
            )
        ),
        divisions=tuple(divisions),
        themes=tuple(themes),
        findings=tuple(findings),
    )


# --- rendering ----------------------------------------------------------------------------------


def _blank_between(lines: Iterable[str]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out


def render_organization(spec: Spec) -> list[str]:
    divs = spec.divisions
    out = [
        f"조직현황  1{spec.bureau_word} {len(divs)}{spec.division_word} {spec.teams}팀",
        spec.bureau,
        "",
        " ".join(d.name for d in divs),
        "",
    ]
    k = 0
    for d in divs:
        for team in d.teams:
            # vertical text: one syllable per line, with or without blank lines between
            out += _blank_between(team) if k % 2 == 0 else [*team, ""]
            k += 1
    return [*out, " ", ""]


def render_staffing(spec: Spec) -> list[str]:
    divs = spec.divisions
    a = sum(d.authorized for d in divs)
    c = sum(d.current for d in divs)
    when = spec.as_of
    return [
        f"인력현황 {a}/{c}명(정원/현원)",
        f"(’{spec.yy}.{_mm(when.month)}.{_mm(when.day)}. 기준)",
        "",
        f"구 분 계 {' '.join(d.name for d in divs)}",
        "",
        f"정 원 {a} {' '.join(str(d.authorized) for d in divs)}",
        "",
        f"현 원 {c} {' '.join(str(d.current) for d in divs)}",
        "",
    ]


def summary_rows(spec: Spec) -> list[tuple[str, int, int]]:
    """(unit, last year, this year) in 백만원: 계 first, then the divisions."""
    rows = [(d.name, d.prev_budget_mil, d.budget_mil) for d in spec.divisions]
    total = ("계", sum(r[1] for r in rows), sum(r[2] for r in rows))
    return [total, *rows]


def rate(prev: int, this: int) -> float:
    """증감률 as the template writes it: one decimal of the rate rounded to two."""
    two = round((this - prev) / prev * 100, 2)
    return round(two, 1)


def render_budget_summary(spec: Spec) -> list[str]:
    out = [
        "예산현황",
        "",
        "(단위: 백만원)",
        "",
        f"구 분 ’{spec.pyy}년 예산 ’{spec.yy}년 예산 증감 증감률",
        "",
    ]
    for unit, prev, this in summary_rows(spec):
        out += [
            f"{unit} {amount(prev)} {amount(this)} {amount(this - prev)} "
            f"{percent(rate(prev, this))}",
            "",
        ]
    return [*out, "", ""]


def render_functions(spec: Spec) -> list[str]:
    out = ["부서별 주요기능", "", "구 분 담 당 업 무", ""]
    for d in spec.divisions:
        out += [d.name, ""]
        out += _blank_between(f"∙ {duty}" for duty in d.duties)
    return [*out, "", ""]


GENERAL_RENDERERS = {
    "organization": render_organization,
    "staffing": render_staffing,
    "budget_summary": render_budget_summary,
    "functions": render_functions,
}


def _goal_lines(title: str, wrap: bool) -> list[str]:
    words = title.split()
    if not wrap or len(words) < 3:
        return [title, ""]
    cut = len(words) // 2
    return [" ".join(words[:cut]), "", " ".join(words[cut:]), ""]


def has_area_row(spec: Spec) -> bool:
    return len(spec.themes) == len(spec.divisions)


def render_policy(spec: Spec, numeral: str) -> list[str]:
    out = [f"{numeral}. 정책목표와 핵심과제", "", f"비전 {spec.vision}", "", "목표", ""]
    for i, theme in enumerate(spec.themes):
        out += _goal_lines(theme.title, wrap=i % 2 == 1)
    out += ["핵심", "", "과제", ""]
    if has_area_row(spec):
        out += [" ".join("".join(spec.divisions[t.division].stem for t in spec.themes)), ""]
    rows = len(spec.themes[0].tasks)
    for r in range(rows):
        for theme in spec.themes:
            first, second = theme.tasks[r]
            out += [first, "", second, ""]
    return [*out, "", ""]


def _plan_table(card: Card) -> list[str]:
    out = [
        f"{PUA} 예산 집행계획",
        "(단위: 천원)",
        "",
        f"사업명 {card.basis}",
        "집행계획",
        "",
        "1분기 2분기 3분기 4분기",
        "",
    ]
    for row in card.rows:
        quarters = " ".join(amount(q) for q in row.quarters)
        if row.same_line:
            out += [f"{row.name[0]} {amount(row.amount)}", quarters, ""]
        else:
            out += [*row.name, "", amount(row.amount), quarters, ""]
        for note in row.notes:
            out += [note]
        out += [""]
    return out


def render_card(spec: Spec, no: int, card: Card) -> list[str]:
    out = [f"{no}  {card.title}", ""]
    out += [f"{PUA} {s}" for s in card.summary] + [""]
    for label, bullets in card.blocks:
        out += [f"{PUA} {label}", *_blank_between(bullets)]
    if card.rows:
        out += _plan_table(card)
        if card.carryover is not None:
            out += [f"※ ’{spec.pyy}년 사고이월액 {card.carryover:,}천원(계속사업) 포함", ""]
    if card.schedule:
        out += [f"{PUA} 추진일정"]
        out += _blank_between(f"○ {s.task} : {s.when}" for s in card.schedule)
    return [*out, "", ""]


def render_plans(spec: Spec, numeral: str) -> list[str]:
    out = [f"{numeral}. 주요업무 추진계획", ""]
    for t, theme in enumerate(spec.themes, start=1):  # table of contents
        out += [f"{t} .  {theme.title}", ""]
        out += [f"{PUA} {card.title}" for card in theme.cards] + [""]
    out += ["", ""]
    for t, theme in enumerate(spec.themes, start=1):
        words = theme.title.split()
        cut = max(1, len(words) // 2)
        out += [" ", f"{t}. {' '.join(words[:cut])}   ", "", " ".join(words[cut:]), ""]
        out += _blank_between(f"{PUA}  {card.title}" for card in theme.cards)
        out += ["", ""]
        for c, card in enumerate(theme.cards, start=1):
            out += render_card(spec, c, card)
    return out


def render_budget_items(spec: Spec, no: int) -> list[str]:
    divs = spec.divisions
    budget = sum(d.budget for d in divs)
    current = sum(d.budget_current for d in divs)
    out = [
        f"붙 임 {no}",
        "",
        f"{spec.year}년 세부사업 예산 현황",
        "",
        f"부서명 / 사업명 ’{spec.yy}년 예산 ’{spec.yy}년 예산현액",
        "",
        f"{spec.bureau} {amount(budget)} {amount(current)}",
        "",
    ]
    for d in divs:
        out += [f"{d.name} {amount(d.budget)} {amount(d.budget_current)}", ""]
        for it in d.items:
            out += [f"{it.name} {amount(it.budget)} {amount(it.current)}", ""]
    out += [
        "(단위: 천원)",
        "",
        f"※ ’{spec.yy}년 예산현액({current:,}천원) = ’{spec.yy}년 예산({budget:,}천원) + "
        f"’{spec.pyy}년 사고이월액({current - budget:,}천원)",
        "",
        "",
    ]
    return out


CATEGORY_HEADINGS: dict[str, tuple[str, str]] = {
    "correction": ("시정․처리 요구사항", "시정 및 처리 요구사항 조치결과 및 향후 추진계획"),
    "suggestion": ("건  의  사  항", "건 의 사 항 조 치 결 과"),
    "other": ("기  타  사  항", "자료제출 등 기타사항 조 치 결 과"),
}
SUMMARY_LABELS: dict[str, str] = {
    "correction": "시 정 ·처리요구 사 항",
    "suggestion": "건 의 사 항",
    "other": "기 타 ( 자 료 제 출 등 )",
}


def audit_counts(findings: Sequence[Finding]) -> dict[str, dict[str, int]]:
    """Counts by category (and "total") and status, as the summary table states them."""
    out: dict[str, dict[str, int]] = {}
    for cat in ("total", "correction", "suggestion", "other"):
        these = [f for f in findings if cat in ("total", f.category)]
        row = {s: sum(1 for f in these if f.status == s) for s in STATUSES}
        out[cat] = {"total": len(these), **row}
    return out


def _finding_lines(f: Finding) -> list[str]:
    out = _blank_between([f"○{f.text[0]}", *f.text[1:]])
    out += [f"({'/'.join(f.divisions)})", "", f"□ 추진상황: {STATUS_RAW[f.status]}", ""]
    if f.category == "other":
        return [*out, "□ 추진내용 및 향후 추진계획", *f.actions, ""]
    out += ["□ 추진내용", "", *_blank_between(f.actions)]
    if f.plans:
        out += ["□ 향후계획", "", *_blank_between(f.plans)]
    return out


def render_audit(spec: Spec, no: int) -> list[str]:
    title = f"{spec.year - 1}년 행정사무감사 처리결과 보고서"
    counts = audit_counts(spec.findings)
    out = [f"붙 임 {no}", "", title, "", "", "", title, "", f"({spec.committee})", ""]
    out += [spec.bureau, "", "□ 총 괄", ""]
    out += [f"○ 수감결과 처리요구사항 등 ------------------ 총 {counts['total']['total']} 건", ""]
    out += ["○ 조치내역", "", "구 분 계 완 료 추진중 검토중 미반영", "", "계", ""]
    for cat, label in (("total", "계"), *SUMMARY_LABELS.items()):
        row = counts[cat]
        cells = [row["total"], *(row[s] for s in STATUSES)]
        out += [f"{label} {' '.join(amount(v) for v in cells)}", ""]
    out += ["", ""]
    for cat, (heading, header) in CATEGORY_HEADINGS.items():
        these = [f for f in spec.findings if f.category == cat]
        if not these:
            continue
        out += [heading, "", header, ""]
        for f in these:
            out += _finding_lines(f)
        out += ["", ""]
    return out


ROMAN_NUMERALS = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ")


def render_parts(spec: Spec) -> list[tuple[str, list[str]]]:
    """The report as (section key, lines) in document order.

    The keys are those of :data:`SECTION_NAMES`, plus "general" for the Ⅰ
    heading; a section's first line is its heading.
    """
    out: list[tuple[str, list[str]]] = []
    numeral = 0
    appendix = 0
    for part in spec.order:
        if part == "general":
            keys = [k for k in spec.general_order if k not in spec.omit]
            if not keys:
                continue
            numeral += 1
            out.append(("general", [f" {ROMAN_NUMERALS[numeral - 1]}. 일 반 현 황", ""]))
            out += [(k, GENERAL_RENDERERS[k](spec)) for k in keys]
        elif part in spec.omit:
            continue
        elif part in ("policy", "plans"):
            numeral += 1
            numbered = render_policy if part == "policy" else render_plans
            out.append((part, numbered(spec, ROMAN_NUMERALS[numeral - 1])))
        else:
            appendix += 1
            attached = render_budget_items if part == "budget_items" else render_audit
            out.append((part, attached(spec, appendix)))
    return out


def render_lines(spec: Spec) -> list[str]:
    """The report as lines (without line ends)."""
    return [ln for _, lines in render_parts(spec) for ln in lines]


def section_lines(spec: Spec) -> dict[str, tuple[int, int]]:
    """Each rendered section's first (heading) and last line, 1-based."""
    spans: dict[str, tuple[int, int]] = {}
    no = 0
    for key, lines in render_parts(spec):
        spans[key] = (no + 1, no + len(lines))
        no += len(lines)
    return spans


def render(spec: Spec) -> str:
    return "\n".join(render_lines(spec)) + "\n"


# --- expected records --------------------------------------------------------------------------

Rec = tuple[Any, ...]


def _mil(n: int) -> int:
    return n * 1_000_000


def _chon(n: int) -> int:
    return n * 1000


def expected(spec: Spec) -> dict[str, list[Rec]]:
    """The records of each table bogoseo must read, computed from the spec.

    Tuple layouts are those of :func:`actual`.
    """
    divs = spec.divisions
    omit = spec.omit
    exp: dict[str, list[Rec]] = {}
    if "organization" not in omit:
        exp["organization"] = [
            (spec.bureau, "bureau", None),
            *((d.name, "division", spec.bureau) for d in divs),
            *((t, "team", d.name) for d in divs for t in d.teams),
        ]
    if "staffing" not in omit:
        a = sum(d.authorized for d in divs)
        c = sum(d.current for d in divs)
        exp["staffing"] = [
            ("계", True, spec.as_of, a, c),
            *((d.name, False, spec.as_of, d.authorized, d.current) for d in divs),
        ]
    if "budget_summary" not in omit:
        exp["budget_summary"] = [
            (
                unit,
                unit == "계",
                spec.year - 1,
                _mil(prev),
                spec.year,
                _mil(this),
                _mil(this - prev),
                rate(prev, this),
            )
            for unit, prev, this in summary_rows(spec)
        ]
    if "functions" not in omit:
        exp["functions"] = [
            (d.name, n, duty) for d in divs for n, duty in enumerate(d.duties, start=1)
        ]
    if "policy" not in omit:
        area = has_area_row(spec)
        exp["policy_goals"] = [
            (
                spec.vision,
                g,
                theme.title,
                divs[theme.division].stem if area else None,
                r,
                " ".join(theme.tasks[r - 1]),
            )
            for r in range(1, len(spec.themes[0].tasks) + 1)
            for g, theme in enumerate(spec.themes, start=1)
        ]
    if "plans" not in omit:
        exp["projects"] = []
        exp["project_budgets"] = []
        exp["schedules"] = []
        for t, theme in enumerate(spec.themes, start=1):
            for c, card in enumerate(theme.cards, start=1):
                pid = f"{t}-{c}"
                # the division comes from the appendix item a card's budget links to,
                # else from the goal column of Ⅱ headed with the division's name
                linked = "budget_items" not in omit and bool(card.rows)
                by_area = not {"policy", "organization"} & omit and has_area_row(spec)
                exp["projects"].append(
                    (
                        pid,
                        t,
                        theme.title,
                        c,
                        card.title,
                        divs[theme.division].name if linked or by_area else None,
                        tuple(label for label, _ in card.blocks)
                        + (("예산 집행계획",) if card.rows else ())
                        + (("추진일정",) if card.schedule else ()),
                    )
                )
                for s, row in enumerate(card.rows, start=1):
                    exp["project_budgets"].append(
                        (
                            pid,
                            s,
                            row.item,
                            card.basis,
                            _chon(row.amount),
                            *(_chon(q) for q in row.quarters),
                            " ".join(row.notes),
                            _chon(card.carryover) if card.carryover is not None else None,
                        )
                    )
                for s, sch in enumerate(card.schedule, start=1):
                    exp["schedules"].append(
                        (pid, s, sch.task, sch.when, sch.start, sch.end, sch.precision)
                    )
    if "budget_items" not in omit:
        budget = sum(d.budget for d in divs)
        current = sum(d.budget_current for d in divs)
        items: list[Rec] = [(spec.bureau, "bureau", None, _chon(budget), _chon(current))]
        for d in divs:
            items.append((d.name, "division", d.name, _chon(d.budget), _chon(d.budget_current)))
            items += [
                (it.name, "item", d.name, _chon(it.budget), _chon(it.current)) for it in d.items
            ]
        exp["budget_items"] = items
        exp["budget_notes"] = [(_chon(current), _chon(budget), _chon(current - budget))]
    if "audit" not in omit:
        counts = audit_counts(spec.findings)
        exp["audit_summary"] = [
            (cat, *(counts[cat][k] for k in ("total", *STATUSES)))
            for cat in ("total", "correction", "suggestion", "other")
        ]
        exp["audit_findings"] = [
            (
                n,
                f.category,
                tuple(f.divisions),
                " ".join(f.text),
                f.status,
                "\n".join(f.actions),
                "\n".join(f.plans),
            )
            for n, f in enumerate(spec.findings, start=1)
        ]
    stated: list[Rec] = []
    if "organization" not in omit:
        stated += [
            ("organization.bureau", 1),
            ("organization.division", len(divs)),
            ("organization.team", spec.teams),
        ]
    if "staffing" not in omit:
        stated += [
            ("staffing.authorized", sum(d.authorized for d in divs)),
            ("staffing.current", sum(d.current for d in divs)),
        ]
    if "audit" not in omit:
        stated.append(("audit.total", len(spec.findings)))
    exp["stated_totals"] = sorted(stated)
    return exp


def expected_checks(spec: Spec) -> Counter[str]:
    """How many cross-checks of each code the complete report ``spec`` gets (all pass)."""
    n = len(spec.divisions)
    rows = [r for t in spec.themes for c in t.cards for r in c.rows]
    carried = sum(1 for t in spec.themes for c in t.cards if c.carryover is not None)
    out: Counter[str] = Counter(
        {
            "organization.counts": 3,
            "staffing.total.authorized": 1,
            "staffing.total.current": 1,
            "staffing.headline.authorized": 1,
            "staffing.headline.current": 1,
            "budget_summary.total.prev_budget": 1,
            "budget_summary.total.budget": 1,
            "budget_summary.total.change": 1,
            "budget_summary.change": n + 1,
            "budget_summary.rate": n + 1,
            "budget_summary.vs_appendix": n + 1,
            "budget_items.division_sum.budget": n,
            "budget_items.division_sum.budget_current": n,
            "budget_items.bureau_sum.budget": 1,
            "budget_items.bureau_sum.budget_current": 1,
            "budget_items.note_carryover": 1,
            "budget_items.note_vs_table.budget": 1,
            "budget_items.note_vs_table.budget_current": 1,
            "project_budgets.quarters": len(rows),
            "project_budgets.vs_appendix": len(rows),
            "project_budgets.carryover": carried,
            "audit_summary.row": 4,
            "audit_summary.headline": 1,
            "audit_findings.count.total": 1,
        }
    )
    for field_ in ("total", *STATUSES):
        out[f"audit_summary.total.{field_}"] = 1
    for status in STATUSES:
        out[f"audit_findings.count.{status}"] = 3
    return +out


def actual(report: Report) -> dict[str, list[Rec]]:
    """The records of ``report`` in the tuple layouts of :func:`expected`."""
    return {
        "organization": [(u.name, u.level, u.parent) for u in report.organization],
        "staffing": [
            (s.unit, s.is_total, s.as_of, s.authorized, s.current) for s in report.staffing
        ],
        "budget_summary": [
            (
                b.unit,
                b.is_total,
                b.prev_year,
                b.prev_budget_krw,
                b.year,
                b.budget_krw,
                b.change_krw,
                b.change_pct,
            )
            for b in report.budget_summary
        ],
        "functions": [(f.division, f.seq, f.function) for f in report.functions],
        "policy_goals": [
            (p.vision, p.goal_no, p.goal, p.area, p.task_no, p.task) for p in report.policy_goals
        ],
        "projects": [
            (
                p.project_id,
                p.theme_no,
                p.theme,
                p.seq,
                p.title,
                p.division,
                tuple(b.label for b in p.blocks),
            )
            for p in report.projects
        ],
        "project_budgets": [
            (
                b.project_id,
                b.seq,
                b.item,
                b.basis,
                b.amount_krw,
                b.q1_krw,
                b.q2_krw,
                b.q3_krw,
                b.q4_krw,
                b.notes,
                b.carryover_krw,
            )
            for b in report.project_budgets
        ],
        "schedules": [
            (s.project_id, s.seq, s.task, s.raw, s.start, s.end, s.precision)
            for s in report.schedules
        ],
        "budget_items": [
            (b.item, b.level, b.division, b.budget_krw, b.budget_current_krw)
            for b in report.budget_items
        ],
        "budget_notes": [
            (n.budget_current_krw, n.budget_krw, n.carryover_krw) for n in report.budget_notes
        ],
        "audit_summary": [
            (a.category, a.total, a.completed, a.in_progress, a.under_review, a.not_reflected)
            for a in report.audit_summary
        ],
        "audit_findings": [
            (f.no, f.category, tuple(f.divisions), f.finding, f.status, f.actions, f.plans)
            for f in report.audit_findings
        ],
        "stated_totals": sorted((s.key, s.value) for s in report.stated_totals),
    }


# --- the variants ---------------------------------------------------------------------------------

#: the sample's shape (3 divisions, 10 teams, 5/4/4 cards) in another year and bureau
SHIFTED = make_spec(
    "shifted-2024", year=2024, teams=(4, 4, 2), cards=(5, 4, 4), rows=(1, 2), seed=21
)
#: 2 divisions, 7 teams; few cards, one with a three-row budget table
SMALL = make_spec(
    "small-2019",
    year=2019,
    teams=(3, 4),
    cards=(2, 3),
    rows=(3, 1, 2),
    seed=7,
    bureau=2,
    division_word="담당관",
)
#: 4 divisions, 12 teams; more cards, several multi-row tables
LARGE = make_spec(
    "large-2027",
    year=2027,
    teams=(3, 2, 4, 3),
    cards=(6, 1, 3, 2),
    rows=(2, 1, 1, 4, 1, 1, 2),
    seed=33,
    bureau=1,
)

VARIANTS: tuple[Spec, ...] = (SHIFTED, SMALL, LARGE)

#: top-level parts in other orders (appendices first; Ⅲ before Ⅱ; Ⅰ's parts shuffled)
REORDERINGS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("general", "plans", "policy", "audit", "budget_items"), GENERAL_PARTS),
    (
        ("budget_items", "audit", "general", "policy", "plans"),
        ("functions", "budget_summary", "staffing", "organization"),
    ),
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def damage(lines: list[str], seed: int) -> list[str]:
    """A damaged copy: lines dropped, repeated or swapped, and maybe cut off."""
    rnd = random.Random(seed)
    lines = list(lines)
    for _ in range(rnd.randrange(1, 30)):
        i = rnd.randrange(len(lines))
        op = rnd.random()
        if op < 0.4:
            del lines[i]
        elif op < 0.7:
            lines.insert(i, lines[rnd.randrange(len(lines))])
        else:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    if rnd.random() < 0.3:
        lines = lines[: rnd.randrange(1, len(lines))]
    return lines
