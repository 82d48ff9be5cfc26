"""A plan's dated tasks (Schedule and Progress records) from a project's lines.

Which lines of a project are its steps, and in which year: its schedule block
(□ 추진일정) where it has dated lines, else every line but those that state what the
project is (an overview, "설립연도 : 1974년"); a labelled period that is not the
project's own ("공사기간 : '30. 3. ~ '32. 9.", "(기 간) 2025. 1월~12월" of its topic).
Each line is cut into clauses and read by :mod:`extract.parse.steps`; a table of periods
by :mod:`extract.parse.schedule_tables`.

Lines of a block that tells what was done (추진상황, 추진경과) are not schedules but
progress.  A date without a year takes the year of its block ("이행계획(’26년)"), or
in a plan's lines that of the step above it, the next where it goes back ("- ’25. 3.~4. :
진단" / "- 5.~7. : 실시설계" / "- 12월 : 점검", all 2025's), else the report's.
"""

from __future__ import annotations

import regex

from extract.layout import Node
from extract.normalize import DateSpan, find_dates
from extract.normalize.vocab import AS_OF_LEADS, QUOTE_CLASS
from extract.normalize.wraps import join_wrapped
from extract.parse.aims import names_level
from extract.parse.blocks import (
    block_key,
    is_overview,
    is_past,
    is_problem,
    is_state,
)
from extract.parse.card_blocks import LABEL_YEAR, label_year, results_label
from extract.parse.clauses import clauses, month_list, shared_steps
from extract.parse.costs import MONEY
from extract.parse.line_charts import line_rows
from extract.parse.plan import OVERVIEW_ENDINGS, Unit, drop_block_label
from extract.parse.project_facts import (
    ANY_YEAR,
    OPEN_BRACKETS,
    label_kind,
    labelled,
    prep_date,
)
from extract.parse.step_notes import CHAIN_ARROW, dates_a_statute, figures_by_year, year_figure_note
from extract.parse.steps import (
    PAREN_END,
    Found,
    as_written,
    date_first,
    date_last,
    dated_colon,
    dated_rows,
    does_something,
    figure_over_months,
    read_clause,
)
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import BLOCK_LABELS

#: a block or label with one of these words lists what is planned, with dates
PLAN_LABEL_WORDS: tuple[str, ...] = ("일정", "계획")

#: a project's block titled so (□ 추진일정) is its schedule: the dates elsewhere in its
#: text (추진계획's "계획 수립(1월~3월)") tell the same tasks again, less exactly
SCHEDULE_BLOCKS: tuple[str, ...] = ("추진일정",)

#: the marks a label may keep before its word ("❖ 시 행 일 : 2025년 1월 1일부터")
_LEAD_GLYPHS = regex.compile(r"^[^\p{L}\p{N}]++")

#: a period label too generic to be a task ("(기 간) 2025. 1월~12월" takes its topic's title)
GENERIC_PERIOD_LABELS = frozenset(
    {"기간", "일정", "일시", "일자", "추진기간", "추진일정", "시행일", "시행일자", "시행시기"}
)

#: a period label of the data a study covers, not of a step ("✔ (분석기간) (’20.~’23.)
#: 업체별 재무제표 조사 (’24.) 요금인상에 따른 재정수지 영향분석", 교통혁신국 p21)
DATA_PERIOD_LABELS = frozenset({"분석기간", "분석대상기간", "대상기간", "기준기간", "자료기간"})
#: labels of whom, where and how much a project is for: a date in their value qualifies it
#: ("대상 : 2005년 이전 사용승인 공동주택 42개 단지"), no step's
SCOPE_LABELS = frozenset(
    {"대상", "사업대상", "지원대상", "위치", "사업위치", "장소", "규모", "사업규모", "시설규모",
     "부지면적", "참가규모", "사업량",
     # (what is aimed at by a year, and why, are no steps: "목표 : … 20% 절감(’29년)",
     # "추진배경 : … 판정(’23년)", as a block of them is evidence)
     "목표", "사업목표", "추진목표", "성과목표", "기대효과", "추진배경", "배경",
     # (and how much is spent or done by now: "예산집행 : 2026년 예산 15,600백만원 중 …")
     "예산집행", "집행현황", "집행실적", "예산집행현황", "집행률", "추진률", "공정률", "진도율"}
)  # fmt: skip

#: a label of how things stand, which names no step where it is all a task would be
#: ("현 황 : 2025년 사용료 부과 412,600천원, 징수율 97.3%")
STATE_TASKS: frozenset[str] = frozenset({"현황", "주요현황", "실태"})
#: ... these, and the words of the day a figure is of: no task of a step
NO_TASKS: frozenset[str] = frozenset(AS_OF_LEADS) | STATE_TASKS

#: the end of a label of what is aimed at ("상반기 신속집행 목표"): its date is no step's
AIM_ENDINGS: tuple[str, ...] = ("목표",)

_YEAR_OF_BLOCK = regex.compile(QUOTE_CLASS + r"?\s*(\d{2}|\d{4})\s*년")

# --- a project's lines -------------------------------------------------------------------


def _block_year(node: Node, year: int | None) -> int | None:
    """ "이행계획(’26년)": the year a block of plans is for; "ㅇ ’16년 실적 : …" over "- 1차
    도입 (3월)": the year of the results its label names."""
    done = results_label(split_marker(node.title)[1]) if node.children else None
    if done is not None:
        return done[0]
    key = block_key(node)
    if key is None or not names_plan(key):
        return year
    m = _YEAR_OF_BLOCK.search(node.title)
    if m is None:
        return year
    y = int(m[1])
    return y + 2000 if y < 100 else y


def _children_text(node: Node) -> str:
    return "; ".join(collapse(c.text) for c in node.children if c.kind == "bullet")[:200]


def names_aim(text: str) -> bool:
    """A line that states a target, a level or figure before its word at its end ("… →
    2026년 2등급 목표"): no step, whatever dates it names (not a dated milestone, "’26. 12.
    : 준공 목표")."""
    line = collapse(text)
    if names_level(line, None):
        return True  # (a year's level, "⇒ ’17년 미세먼지 농도 42㎍/㎥ 이하로 개선")
    if (m := PAREN_END.search(line)) is not None and date_first(
        split_marker(line)[1], None
    ) is not None:
        # (a target in the bracket closing a dated step, "’26. 4.~12. : 골조공사 … 추진(공정률
        # 45% 목표)": an aside on the step, which says what is done before it)
        before_bracket = line[: m.start()].split()
        if before_bracket and not any(ch.isdigit() for ch in before_bracket[-1]):
            return False
    words = line.rstrip(" .)）").split()
    if len(words) < 2 or not words[-1].endswith(AIM_ENDINGS):
        return False
    before = words[-2] if words[-1] in AIM_ENDINGS else words[-1]
    return any(ch.isdigit() for ch in before)


def names_plan(key: str) -> bool:
    """Whether a label or block names a plan or its schedule ("추진계획", "향후 일정")."""
    return any(w in key for w in PLAN_LABEL_WORDS)


def _task_with_date(label: str, value: str, year: int | None) -> bool:
    """Whether a labelled line is a task that plans and its date ("통합 개편 기본계획 수립 :
    ’23. 6."): its label holds a plan's word but ends in another, its value is a date and
    nothing else (not "추진일정 : ’25. 3.", "추진일정표 : ’25.3. 착공")."""
    base = label.split("(")[0] if label.endswith(")") else label
    return not base.endswith(PLAN_LABEL_WORDS) and _date_alone(value, year)


def _date_alone(value: str, year: int | None) -> bool:
    """Whether a value is a date and nothing else."""
    value = prep_date(value)
    found = find_dates(value, year=year)
    if len(found) != 1:
        return False
    rest = value.replace(found[0].raw, " ", 1)
    return regex.search(r"[\p{L}\d]", rest) is None


def node_schedules(node: Node, year: int | None, topic: str, in_plan: bool) -> list[Found]:
    """The dated tasks one outline node states: a table of periods its lines set out in a
    text export (each row a line it continues with: "□ 추진계획" over "추진내용  1/4  2/4"
    and "대상지 조사  ■"), and what its text says (not a note that dates a statute's taking
    effect: :func:`dates_a_statute`)."""
    if node.kind == "note" and "「" in node.text and dates_a_statute(node.text, year):
        return []
    if node.kind == "note" and year_figure_note(node.text, year):
        return []
    table, taken = line_rows(node.body_lines, year)
    if not table:
        table, taken = dated_rows(node.body_lines, year)
    if not table:
        return _text_schedules(node, node.text, year, topic, in_plan)
    rest = join_wrapped([node.title] + [ln.text for ln in node.body_lines if ln.no not in taken])
    return table + _text_schedules(node, rest, year, topic, in_plan)


#: longest label (spaces aside) of a block its date opens ("하반기 추진계획")
MAX_DATED_LABEL = 8


def _dated_label(text: str, year: int | None) -> bool:
    """A block's label that a date opens or closes in its bracket ("하반기 추진계획", "’26년
    추진일정", "향후계획 (하반기)"): its steps are under it."""
    line = collapse(text)
    found = date_first(text, year)
    key = squash(found[1]) if found is not None else ""
    if not key and (m := PAREN_END.search(line)) is not None:
        # ("향후계획 (하반기)": the label, its date in the bracket that closes it)
        when = m["inner"]
        dates = find_dates(prep_date(when), year=year)
        key = squash(line[: m.start()]) if dates and dates[0].raw.strip() == when.strip() else ""
    return bool(key) and len(key) <= MAX_DATED_LABEL and names_plan(key)


def _step_over_notes(node: Node, text: str, year: int | None) -> bool:
    """Whether a dated line over lines none of which is dated is a step, its date a colon
    apart from its task ("- ’26. 2. : 시행계획 수립" over a ※ note; not "- ’26년 상반기 :
    추진계획" over "· 3월 : …")."""
    if not dated_colon(split_marker(collapse(text))[1]):
        return False
    return not any(
        find_dates(prep_date(c.text), year=year) for c in node.children if c.kind != "note"
    )


def _text_schedules(
    node: Node, text: str, year: int | None, topic: str, in_plan: bool
) -> list[Found]:
    """The dated tasks a node's text states (``text``: its own, or without the lines of a
    table of periods)."""
    lines = tuple(node.lines)
    out: list[Found] = []
    if node.children and _dated_label(text, year) and not _step_over_notes(node, text, year):
        return out  # ("○ 하반기 추진계획" over its steps: the block's label, no step)
    items = labelled(text)
    key = _LEAD_GLYPHS.sub("", items[0].key) if items else ""
    if key in DATA_PERIOD_LABELS | SCOPE_LABELS or key.endswith(AIM_ENDINGS) or (
        items and _aimed(items[0].value, year)
    ):
        # (the years of the data a study reads, of whom it is for, what it aims at by
        # when, "상반기 신속집행 목표 : …", "… 참여 확대 : 2026년 목표 4,500ha": no step's)
        return out
    if items and label_kind(items[0].label, items[0].value) == "period":
        for it in items:
            if label_kind(it.label, it.value) != "period":
                continue
            found = find_dates(prep_date(it.value), year=year)
            if found:
                generic = _LEAD_GLYPHS.sub("", it.key) in GENERIC_PERIOD_LABELS
                task = topic if generic else collapse(it.label)
                out.append(Found(task, found[0], as_written(it.value, found[0].raw), lines))
        return out
    if items and items[0].key.endswith(OVERVIEW_ENDINGS):
        # "ㅇ (행사개요) ’25. 9. 17.~9. 26., 영화의전당 등": when the topic itself is held,
        # its place and scale after (no step of their own)
        value = prep_date(items[0].value)
        found = find_dates(value, year=year)
        if found and value.lstrip().startswith(found[0].raw):
            return [Found(topic, found[0], as_written(items[0].value, found[0].raw), lines)]
    text = collapse(text)
    mark = split_marker(lines[0].text)[0] if lines else None  # ("⇒ …": an aim's own mark)
    if names_aim(f"{mark} {text}" if mark and not text.startswith(mark) else text):
        return out  # (a target, "※ 2025년 청렴도 4등급 → 2026년 2등급 목표": no step)
    first = items[0] if items else None
    # (a label that opens with its year, "’17년 계획 : 500대 보급 (2월 ~ 11월)", "’16년 실적
    # : …": its months that year's)
    stated = label_year(collapse(first.label)) if first else None
    if first and names_plan(first.key) and not _task_with_date(first.key, first.value, year):
        text = items[0].value  # "(추진계획) a(8~10월), b(11월)": the label is not a task
        in_plan = True
        year = stated or year
        if _date_alone(text, year) and any(
            c.kind == "bullet" and find_dates(prep_date(c.text), year=year) for c in node.children
        ):
            return []  # (the span of the steps under it: "추진일정 : 2026. 1.~12." / "- 1월 : …")
    elif (done := results_label(split_marker(text)[1])) is not None:
        year, text = done  # (a year's results alone: "’16년 실적 : …", "추진실적(’16년) : …")
    else:
        text = drop_block_label(text)  # ("(주요내용) 시행계획 승인(’25.3.)": nor a block's)
    if LABEL_YEAR.search(text) and squash(LABEL_YEAR.sub("", text)) in BLOCK_LABELS:
        return out  # (a block's label with the year it is of: "추진일정 (2026년)")
    steps = text_steps(text, year, in_plan, _children_text(node) or topic)
    return [
        Found(task, span, raw, lines) for span, task, raw in steps
        if not states_cost(task) and squash(task) not in NO_TASKS
    ]  # fmt: skip  # (nor the day a figure is of: "…(87건), 2025. 12. 31. 기준")


def _aimed(value: str, year: int | None) -> bool:
    """A value that opens with the date of a target ("2026년 목표 4,500ha") or of an amount
    ("’26년 배분액 96억원")."""
    text = prep_date(value).lstrip()
    found = find_dates(text, year=year)
    if not found or not text.startswith(found[0].raw):
        return False
    rest = text[len(found[0].raw) :].lstrip()
    # (the word alone: not "’24년 목표관리제 이행점검", a step)
    if any(regex.match(rf"{w}(?![\p{{Hangul}}])", rest) for w in AIM_ENDINGS):
        return True
    # (or the year's amount, a word before it or none: "’26년 배분액 96억원 (B등급)", a
    # figure of that year, no step)
    word = regex.match(r"\p{Hangul}{1,6}\s++", rest)
    return MONEY.match(rest, word.end() if word else 0) is not None


def states_cost(task: str) -> bool:
    """A task that is a labelled amount, the year's budget of "2023년 예산 : 7.5억원" or
    "2026년 투자계획 : 128,500백만원 (공사비 …)": a fact of the project, no step."""
    items = labelled(task)
    return len(items) == 1 and (
        label_kind(items[0].label, items[0].value) == "cost"
        # (a plan's amount, "투자계획 : 128,500백만원"; not a step's, "1차 교부 : 50억원")
        or (names_plan(items[0].key) and MONEY.match(items[0].value.lstrip()) is not None)
    )


#: months listed after a dated one before the colon, in its dotted form: "’26.3., 9. :"
_DOT_MONTHS = regex.compile(
    r"^(?P<lead>\s*+(?P<year>[’‘']?\d{2}\.)\s*+\d{1,2}\.)(?P<more>(?:\s*+,\s*+\d{1,2}\.)++)"
    r"(?=\s*+:)"
)


def _months_listed(text: str) -> tuple[str, dict[str, str]]:
    """A line's months listed in the dotted form with the year once ("’26.3., 9. : 집중
    발굴"), each with the year spelt out ("’26.3., ’26.9. : …"), as a month word lists them
    ("’26. 3월, 9월 : …"), and each date so spelt -> as written (a bare "9." is no date of
    its own).

    >>> _months_listed("’26.6.,11.:수행기관 현장점검")
    ('’26.6., ’26.11.:수행기관 현장점검', {'’26.11.': '11.'})
    """
    m = _DOT_MONTHS.match(text)
    if m is None:
        return text, {}
    written = {f"{m['year']}{month}": month for month in regex.findall(r"\d{1,2}\.", m["more"])}
    listed = "".join(f", {spelt}" for spelt in written)
    return f"{m['lead']}{listed}{text[m.end():]}", written


#: counters a step after a bare month may open with ("4. 1차 선정", "5. 10개소 지원")
STEP_COUNTERS: tuple[str, ...] = ("차", "단계", "개", "호", "공구", "회", "건")
#: a step after an arrow dated by its month(s) alone, dots and no year: "4. 선정",
#: "5.~12. 지원", "10. 15. 개최", "4. 1차 선정" (not "2. 5억원": a figure)
_BARE_MONTHS = regex.compile(
    r"^(?P<when>(?P<month>1[0-2]|0?[1-9])\.(?:\s?+(?:3[01]|[12]\d|0?[1-9])\.)?+"
    r"(?:\s*+~\s*+\d{1,2}\.(?:\s?+\d{1,2}\.)?+)?+)\s++"
    r"(?=[\p{Hangul}(]|\d{1,3}(?:" + "|".join(STEP_COUNTERS) + r"))"
)


def _opening_date(text: str, year: int | None) -> DateSpan | None:
    """The date a piece of a chain opens with, if it opens with one."""
    t = prep_date(text)
    found = find_dates(t, year=year)
    return found[0] if found and t.lstrip().startswith(found[0].raw) else None


def _arrow_months(text: str) -> tuple[str, dict[str, str]]:
    """A chain of steps that opens with a date, its steps after the arrows dated by their
    months alone ("’26. 2. 공고 → 4. 선정 → 5.~12. 지원"), each with the year spelt out (the
    year the step before opens with, the next one where the month goes back), and each
    date so spelt -> as written.

    >>> _arrow_months("’26. 11. 공고 → 2. 선정")
    ('’26. 11. 공고 → ’27. 2. 선정', {'’27. 2.': '2.'})
    """
    pieces = CHAIN_ARROW.split(text)
    if len(pieces) < 2 or not any(_BARE_MONTHS.match(p) for p in pieces[1:]):
        return text, {}
    first = _opening_date(pieces[0], None)
    if first is None:
        return text, {}
    last = first.start
    written: dict[str, str] = {}
    out = [pieces[0]]
    for arrow, piece in zip(CHAIN_ARROW.findall(text), pieces[1:], strict=True):
        m = _BARE_MONTHS.match(piece)
        if m is not None:
            y = last.year + (int(m["month"]) < last.month)
            # (spelt so that it is no date the text writes: each maps back to itself)
            forms = (f"’{y % 100:02d}. {m['when']}", f"’{y % 100:02d}.{m['when']}",
                     f"{y}. {m['when']}")  # fmt: skip
            spelt = next((s for s in forms if s not in text), forms[-1])
            written[spelt] = m["when"]
            piece = spelt + piece[m.end("when") :]
        own = _opening_date(piece, last.year)
        if own is not None:
            last = own.start
        out += [arrow, piece]
    return "".join(out), written


def text_steps(
    text: str, year: int | None, in_plan: bool = True, fallback: str = ""
) -> list[tuple[DateSpan, str, str]]:
    """(date, task, date as written) of each step a line's text dates (``fallback``: the
    task of a date given none, where no step before it has one).

    >>> [(s.raw, t) for s, t, _ in text_steps("’23. 6월, 12월 : 사후 모니터링", 2023)]
    [('’23. 6월', '사후 모니터링'), ('12월', '사후 모니터링')]
    """
    if figures_by_year(text, year):
        return []  # ("… : ’25년 152개 구간 → ’26년 182개 구간": a count by year, no step)
    for spell in (_months_listed, _arrow_months):
        text, written = spell(text)
        if written:
            return [(span, task, written.get(raw, raw))
                    for span, task, raw in text_steps(text, year, in_plan, fallback)]  # fmt: skip
    out: list[tuple[DateSpan, str, str]] = []
    shared = shared_steps(text, year)
    if shared:
        return shared
    parts = clauses(text, year)
    # steps in a row, each after its date in brackets, each saying what is done ("(’23.)
    # 타당성 조사 → (’25.) 기본 및 실시설계 → (’26.) 공사 착공"): a plan's, its years its
    # steps' too (not a series of figures or states by year: "(’25년) 80교 → (’26년)
    # 120교", "(’24년) 전국 최하위 → (’25년) 중위권 진입")
    firsts = [date_first(p, year) if p.lstrip()[:1] in OPEN_BRACKETS else None for p in parts]
    chain = len(parts) > 1 and all(f is not None and does_something(f[1]) for f in firsts)
    reads = [read_clause(clause, year, in_plan=in_plan or chain) for clause in parts]
    for k, clause in enumerate(parts):
        months = month_list(clause, year)
        if months:  # "반기별 추진계획 수립(1,7월)": the task in each month
            out.extend(months)
            continue
        read = reads[k]
        if read is None:
            continue
        span, task, raw = read
        if not task and not out:
            # "’25. 6월, 11월 : 수행기관 현장점검": dates listed before the task they share
            task = next((r[1] for r in reads[k + 1 :] if r is not None and r[1]), "")
        if not task:
            # "운영 : 상반기(4.1.~6.30.), 하반기(9.1.~12.31.)": a second date of the same task
            task = out[-1][1] if out else fallback
        out.append((span, task, raw))
    return out


def schedule_block(node: Node) -> Node | None:
    """The block of a project that is its schedule (□ 추진일정 over dated lines)."""
    for c in node.children:
        key = block_key(c)
        if key is not None and key.endswith(SCHEDULE_BLOCKS) and c.children:
            return c
    return None


def _states_a_fact(node: Node) -> bool:
    """A labelled line that states a fact ("설립연도 : 1974년"), not the steps of a plan
    ("추진일정 : ’25. 3월 착공, ’26. 12월 준공")."""
    items = labelled(node.title)
    return bool(items) and not names_plan(items[0].key)


#: fewest lines of a block with a date before a colon that make it a list of steps
MIN_DATED_STEPS = 2


def _dated_steps(node: Node) -> bool:
    """Half the lines under a block at least open with a month or a day and a colon before
    a task ("- 1월 : 계획 수립"; not "- 2024년 : 1,200명", a year's figure)."""
    kids = [split_marker(k.title)[1] for k in node.children if k.kind == "bullet"]
    dated = sum(1 for k in kids if _step_line(k))
    return dated >= MIN_DATED_STEPS and 2 * dated >= len(kids)


def _step_line(text: str) -> bool:
    """A line of a month or a finer date and a colon, then a task in words."""
    if not dated_colon(text):
        return False  # (most lines: the dates are read again only for those that are)
    found = find_dates(prep_date(text), year=ANY_YEAR)
    task = text.partition(":")[2] or text.partition("：")[2]
    return (
        bool(found) and found[0].precision != "year"
        and regex.search(r"\p{Hangul}{2}", task) is not None
    )  # fmt: skip


def _dated_at_an_end(text: str, year: int | None) -> bool:
    """A line its date opens or closes ("’25. 12월 실시설계 완료", "… 공모 선정(’25. 11월)")."""
    clause = collapse(split_marker(text)[1])
    return date_first(clause, year) is not None or date_last(clause, year) is not None


def unit_schedules(u: Unit, skip: set[int], year: int | None, facts: set[int]) -> list[Found]:
    """Every dated task in a project's lines (``skip``: sub-projects' nodes; ``facts``:
    the lines that state a project's own period or cost); only its schedule block's
    where that has dated lines."""
    out: list[Found] = []

    def visit(
        node: Node, y: int | None, topic: str, in_plan: bool, facts_of: bool, why: bool
    ) -> None:
        # an overview's title and its labelled lines say what the project or a body is
        # ("□ 사업개요(2022~2028)", "ㅇ 설립연도 : 1974년 6월 19일"), not its steps
        what = facts_of and (is_overview(node) or _states_a_fact(node))
        if what and not is_overview(node):
            return  # (a note under such a line is its: "* 대한민국(1975~)")
        # (in a block of how things stand or why, "□ 추진배경", only a line its date opens or
        # closes is a step: "’25. 12월 실시설계 완료", not "1단계 구간 개통(’25. 6월) 후 …")
        # (nor a figure over the months it was reached in: "사망자 : 85명 (’16. 1월 ~ 10월)")
        told = not why or (
            _dated_at_an_end(node.title, y)
            and not figure_over_months(collapse(split_marker(node.title)[1]), y)
        )
        if node.kind != "figure" and not (node.lines and node.lines[0].no in facts) and not what:
            out.extend(node_schedules(node, y, topic, in_plan) if told else ())
        key = block_key(node)
        # (or a block of lines each a step with its date before a colon, "○ 추진내용" over
        # "- 1월 : …", "- 매월 : …": its every line a step, how often one too)
        plan_block = (key is not None and names_plan(key)) or _dated_steps(node)
        here = collapse(node.title) if node is not u.node else u.title
        above: DateSpan | None = None  # (the last step of a plan's lines)
        for c in node.children:
            # (nor what is wrong, "○ 문 제 점" / "- 11월 이후 … 급여 재원 부족 우려")
            if id(c) in skip or c.kind == "figure" or is_past(c) or is_problem(c):
                continue
            # (in a plan's lines, a date with no year continues the year of the step above
            # it, the next where it goes back: "- ’25. 3.~4. : 진단" / "- 12월 : 점검")
            sub = _block_year(node, y) if above is None else above_year(above)
            n = len(out)
            args = (here, in_plan or plan_block, facts_of or is_overview(c), why or is_state(c))
            visit(c, sub, *args)
            if above is not None and len(out) > n and went_back(out[n].span, above):
                del out[n:]
                visit(c, above_year(above) + 1, *args)
            if (in_plan or plan_block) and len(out) > n:
                above = out[-1].span

    block = schedule_block(u.node)
    if block is not None:
        visit(block, year, u.title, True, False, False)
    if not out:  # no schedule block, or one without dated lines (a diagram of stages)
        visit(u.node, year, u.title, False, False, False)
    return out


#: the earliest month a step may end in for the next step with no year that goes back
#: before it to be the next year's: one of the year's second half ("’26. 8.~9." / "1월",
#: "’26. 3.~12." / "1월"; not "’26. 5." / "3월", a list out of order)
YEAR_END_STEP_MONTH = 7


def went_back(first: DateSpan, above: DateSpan) -> bool:
    """Whether a step read in the year the step above it ends goes on into the next: it
    goes back before the month that one opens, which ends in the year's second half
    ("’26. 9." / "2월", "’25. 12." / "1월"; a half or the year ends before it, "’25. 12." /
    "상반기", not "’26. 12." / "하반기"); not a month of the one above, "’26. 3. 16." /
    "3월", nor a list out of order in the year's first half, "’26. 5." / "3월"."""
    opens = first.precision in ("day", "month")
    at = first.start if opens else first.end or first.start
    start, end = above.start, above.end or above.start
    return (
        (at.year, at.month) < (start.year, start.month)
        and start.year == end.year
        and end.month >= YEAR_END_STEP_MONTH
    )


def above_year(above: DateSpan) -> int:
    """The year a step with none continues: the one the step above ends in ("’25. 7.~’26.
    2." / "3.~6." is 2026's)."""
    return (above.end or above.start).year


def unit_progress(u: Unit, skip: set[int], year: int | None) -> list[Found]:
    """Every dated step in a project's blocks of what was done (□ 추진경과, 그간 추진실적):
    the lines :func:`unit_schedules` passes over (``skip``: sub-projects' nodes)."""
    out: list[Found] = []

    def visit(node: Node) -> None:
        for c in node.children:
            if id(c) in skip or c.kind == "figure":
                continue
            if not is_past(c):
                visit(c)
                continue
            # (its label's year: "□ 2025 추진실적" over "○ 2월 : …")
            title = collapse(c.title)
            steps(c, stated_year(c.title) or label_year(title) or year, title)

    def steps(node: Node, y: int | None, topic: str) -> int | None:
        # (a date with no year after a dated step is in that step's year: "’24. 4 : 상생
        # 협약 체결" / "* 협약해지(4.26.)" was in 2024, and so is the next "ㅇ 12월 : …";
        # a block's own year is its steps' ("□ 2024년 주요성과" / "… 개최(8월)")
        for d in node.children:
            if d.kind == "figure" or id(d) in skip:
                continue
            own = stated_year(d.text) or y
            out.extend(node_schedules(d, own, topic, True))
            y = steps(d, own, topic)
        return y

    visit(u.node)
    return out


def stated_year(text: str) -> int | None:
    """The year the first date of a line states, if it states one ("’24. 4 : …" -> 2024;
    "12월 : …" -> None)."""
    stated = find_dates(prep_date(text), year=None)
    return stated[0].start.year if stated and stated[0].start else None


def dated_steps(text: str, year: int | None) -> list[tuple[DateSpan, str, str]]:
    """(date, task, date as written) of each dated clause of a line of done steps."""
    return [
        r for c in clauses(text, year) if (r := read_clause(c, year, in_plan=True)) is not None
    ]
