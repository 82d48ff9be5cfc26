"""Which bullets of a project are blocks of it, and which name a piece of work.

A block is a labelled part of a project ("□ 사업개요", "□ 추진계획", "• 예산 집행계획" over
its table, "□ 추진경과" of what was done): a short title over lines.  A bullet whose
short title names a piece of work ("□ 시립미술관 건립") is not one where it states what
it costs; the words that tell them apart live in the tables here.
"""

from __future__ import annotations

import regex

from extract.layout import Node
from extract.normalize import find_dates
from extract.parse.plan import (
    LEAD_LABEL,
    MAX_BLOCK_LABEL,
    OVERVIEW_ENDINGS,
    OVERVIEW_LABELS,
    TRAILING_PAREN,
    is_past_label,
)
from extract.parse.project_facts import ANY_YEAR
from extract.parse.tails import TAIL_ARROWS, read_tail
from extract.parse.text import collapse, squash
from extract.parse.vocab import BLOCK_LABELS

#: the unit a label declares for the table under it ("예산 집행계획 (단위: 천원)")
_UNIT_DECL = regex.compile(r"[(（]\s*단\s*위[^()（）]*[)）]")


#: the labels of a line that says what a project is, under which a line may state its
#: cost with its sources ("ㅇ (현황 및 개요) …" / "- …, 총사업비 1,023억원(국409, 시614)")
ABOUT_ENDINGS: tuple[str, ...] = ("개요", "내용")
#: verbs an item's bracket of facts may stand before ("좌동 꿈나눔터 조성(150억원) 지원")
ITEM_VERBS: tuple[str, ...] = ("지원", "추진", "운영", "설치", "개최", "실시", "조성", "구축")
#: how the name of a piece of work ends: what is done ("소상공인 지원 사업", "전통시장
#: 시설현대화", "시립미술관 건립"); a block's title ends otherwise (비전, 재원분담, 필요성,
#: 추진경위, 문제점 및 대책)
WORK_ENDINGS: tuple[str, ...] = (
    *ITEM_VERBS, "사업", "건립", "건설", "설립", "개발", "육성", "활성화", "확충", "개선",
    "정비", "도입", "확대", "강화", "현대화", "유치", "보급", "개설", "개관", "신축", "증축",
    "조성사업", "추진사업", "리모델링", "고도화", "전환", "개편", "제정", "개정",
)  # fmt: skip
#: words of a project's facts that end a block's title ("□ 사업규모" / "ㅇ 총사업비 : 500억
#: 원" is the project's size, not a project of its own) ...
FACT_WORDS: tuple[str, ...] = (
    "규모", "기간", "목적", "배경", "근거", "현황", "계획", "일정", "예산", "재원", "위치",
    "대상", "방향", "성과", "효과", "사업비",
)  # fmt: skip
#: how a block's label ends, whatever stands before it (추진계획, 사업개요, 주요내용)
_LABEL_ENDINGS: tuple[str, ...] = (*BLOCK_LABELS, *OVERVIEW_ENDINGS, *ABOUT_ENDINGS)
#: syllables of a name before a word of facts that make the title a name of its own ("2040
#: 부산도시기본계획" is a plan drawn up; "2025년 사업계획", "사업규모" are blocks)
MIN_NAME_BEFORE_FACT = 4
_SYLLABLE = regex.compile(r"\p{Hangul}")


def is_fact_block(key: str) -> bool:
    """Whether a short title (squashed) is a block of a project's facts: it ends with a
    block's label (추진계획, 사업개요), or with a word of facts after no name of its own.

    >>> keys = ("추진계획", "사업규모", "2025년사업계획", "2040부산도시기본계획")
    >>> [is_fact_block(k) for k in keys]
    [True, True, True, False]
    """
    if key.endswith(_LABEL_ENDINGS):
        return True
    word = next((w for w in FACT_WORDS if key.endswith(w)), None)
    return word is not None and len(_SYLLABLE.findall(key[: -len(word)])) < MIN_NAME_BEFORE_FACT


def names_work(node: Node) -> bool:
    """Whether a bullet's short title names a piece of work (:data:`WORK_ENDINGS`), as a
    project's may be longer than a block's label ("□ 간선급행버스체계(BRT) 구축")."""
    key = block_key(node, MAX_WORK_TITLE)
    return key is not None and key.endswith(WORK_ENDINGS)


#: the longest title (spaces aside) of a bullet that names a piece of work
MAX_WORK_TITLE = 20


_COLON = regex.compile("[:：]")


def is_told_overview(node: Node) -> bool:
    """An overview labelled before what it says of the project, over its labelled facts
    ("□ 사업개요 : 김제·상주 실증단지의 …" / "○ 사업기간 : 2024~2026", or the label in
    brackets, "ㅇ (개요) ’25~’30년, …" / "- 총사업비 : 2,900억원")."""
    if not node.children:
        return False
    lead = LEAD_LABEL.match(node.title.strip())
    if lead is not None and squash(lead["label"]) in OVERVIEW_LABELS:
        return True  # ("ㅇ (개요) ’25~’30년, 노후 사직야구장을 … 재건축" over its cost)
    if not _COLON.search(node.title):
        return False
    head = squash(LEAD_LABEL.sub("", _COLON.split(node.title, maxsplit=1)[0]))
    return 0 < len(head) <= MAX_BLOCK_LABEL and (
        head in OVERVIEW_LABELS or head.endswith(OVERVIEW_ENDINGS)
    )


def is_overview(node: Node) -> bool:
    """A block holding the project's own facts ("□ 사업개요", "□ 사업개요(2022~2028)", or
    its label before what it says of the project, "□ 사업개요 : 김제·상주 실증단지의 …",
    over "○ 사업기간 : 2024~2026")."""
    key = block_key(node)
    if key is None and is_told_overview(node):
        return True
    return (
        bool(node.children)
        and key is not None
        and (key in OVERVIEW_LABELS or key.endswith(OVERVIEW_ENDINGS))
    )


def block_key(node: Node, longest: int = 0) -> str | None:
    """The label of a block bullet ("□ 추진상황" -> 추진상황), None for a bullet of text
    (``longest``: the most letters it may have, else :data:`MAX_BLOCK_LABEL`)."""
    if node.kind not in ("bullet", "item"):
        return None
    title = regex.split(f"[{TAIL_ARROWS}]", node.title)[0]
    rest = LEAD_LABEL.sub("", title).strip()
    if rest and node.text != node.title:
        # a topic's words after its label run on over its wrapped lines: a bullet of text
        # ("(최중증발달장애인 맞춤 지원) 자·타해 행동으로 돌보기 어려웠던" / "… 지원(91.2억원)")
        rest = LEAD_LABEL.sub("", regex.split(f"[{TAIL_ARROWS}]", node.text)[0]).strip()
    title = TRAILING_PAREN.sub("", rest or title)
    key = squash(title)
    return key if 0 < len(key) <= (longest or MAX_BLOCK_LABEL) else None


def is_label(node: Node) -> bool:
    """A block's label line in a project (• 추진방향, □ 예산 집행계획 over its table, •
    글로벌 사회혁신 클러스터 추진계획): a short title, or one that ends with a block word,
    over lines or a table."""
    if node.kind not in ("bullet", "item") or not (node.children or node.tables):
        return False
    return block_key(node) is not None or squash(block_label(node)).endswith(BLOCK_LABELS)


def block_label(node: Node) -> str:
    """A block's label as printed, without the unit it declares for its table."""
    return collapse(_UNIT_DECL.sub("", node.title))


def is_block(node: Node, year: int | None) -> bool:
    """A labelled block of a project (□ 사업개요, □ 향후계획): a short title over lines,
    with no cost of its own in the title."""
    if block_key(node) is None or not node.children:
        return False
    tail = read_tail(node.title, year)
    return tail is None or tail.cost is None


#: labels of a block that states how things stand or what is wrong (□ 현 황, □ 문 제 점):
#: its figures, costs among them, are evidence, no projects of their own
STATE_BLOCKS: frozenset[str] = frozenset(
    {"현황", "문제점", "현황및문제점", "문제점및현황", "실태", "여건", "쟁점", "추진배경", "배경",
     "현황및여건", "주요쟁점", "주요현황"}
)  # fmt: skip


def is_state(node: Node) -> bool:
    """A block of how things stand or what is wrong (□ 현 황, □ 문 제 점)."""
    return block_key(node) in STATE_BLOCKS


#: ... of those, the labels of what is wrong alone: the dates under it are of a risk, no
#: step ("○ 문 제 점" / "- 11월 이후 급여 지급 재원 부족 우려")
PROBLEM_BLOCKS: frozenset[str] = frozenset({"문제점", "쟁점", "주요쟁점", "애로사항"})


def is_problem(node: Node) -> bool:
    """A block of what is wrong (□ 문 제 점), whose dates are of no step."""
    return block_key(node) in PROBLEM_BLOCKS


def is_past(node: Node) -> bool:
    """A block of what was done before the plan (추진상황, 추진경과, 그간 추진실적); not a
    line of no lines under it that dates itself, a step whose words hold the label's ("사업
    추진상황 현장점검(’26. 10월)")."""
    key = block_key(node)
    # (of a labelled line, its label's: "매월 : 사용료 부과·징수 실적 점검" is a step)
    if key is None or not is_past_label(regex.split("[:：]", key)[0]):
        return False
    return bool(node.children or node.tables) or not find_dates(node.title, year=ANY_YEAR)
