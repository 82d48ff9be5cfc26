"""Budget totals stated in prose -> StatedTotal records, and the words that name a
side (세입/세출) or an account (일반회계, 기금) in any budget text.

"일반회계 : 세입 161억원, 세출 758억원", "기금운용 : 58,327,935천원": every amount of a
line whose clause names a budget (PROSE_WORDS) is a total, keyed
``budget.<revenue|expenditure|total>[.<account>]`` by the words of its clause (or of
the words before the line's colon).  The tables' reader
(:mod:`extract.parse.budget_lines`) names sides and accounts with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.document import Line
from extract.layout import Layout, Node
from extract.layout.markers import read_marker
from extract.normalize import parse_money
from extract.normalize.mentions import Mention, find_mentions
from extract.parse.base import Parsed, prov
from extract.parse.budget_vocab import (
    ACCOUNT_NAME_ENDINGS,
    AMOUNT_QUALIFIERS,
    BUDGET_PART_WORDS,
    CHANGE_MARKS,
    DEBT_WORDS,
    NOT_BUDGET_WORDS,
    OTHER_BODY_WORDS,
    PROSE_NOT_TOTAL_WORDS,
    PROSE_WORDS,
    SEVERAL_YEARS_WORDS,
    SIDE_QUALIFIERS,
    SIDE_WORDS,
    TOTAL_PREFIX,
    TOTAL_WORDS,
    YEARS_COUNT,
)
from extract.parse.budget_words import bare, is_account_name
from extract.parse.text import despace, squash
from schemas import StatedTotal

#: parenthesized text ("기  금(19개)")
_PARENS_TEXT = re.compile(r"\([^()]*\)")


#: the unit's clause of a caption ("단위 : 천원"), up to the next comma
_UNIT_CLAUSE = re.compile(r"단\s?위\s*+[:：]?[^,，]*+")


def caption_words(text: str) -> str:
    """The words a caption that declares a unit says of its table besides the unit
    ("(단위 : 천원, 일반회계 세출)" -> "일반회계 세출"); any other text as it is (a bracket
    in a title is a note: "기  금(19개)").

    >>> caption_words("(단위 : 천원, 일반회계 세출)"), caption_words("(단위: 백만원)")
    ('일반회계 세출', '')
    """
    t = text.strip()
    inner = t[1:-1] if t[:1] in "(（" and t[-1:] in ")）" else ""
    if not inner or any(ch in inner for ch in "()（）") or "단위" not in squash(inner):
        return text
    return " ".join(_UNIT_CLAUSE.sub(" ", inner).replace(",", " ").replace("，", " ").split())


def side_of(text: str) -> str | None:
    """revenue or expenditure, when ``text`` names one side only (a caption that declares
    a unit: by its other words)."""
    key = bare(caption_words(text))
    for word in SIDE_QUALIFIERS:  # ("수익적 지출" is spent: its 수익 names no side)
        key = key.replace(word, " ")
    found = {side for word, side in SIDE_WORDS if word in key}
    if not found:  # (a title's bracket of its account and side: "예 산 (일반회계 세출)")
        found = {_SIDES[w] for w in _bracket_terms(text) if w in _SIDES}
    return found.pop() if len(found) == 1 else None


_SIDES = dict(SIDE_WORDS)


def note_side(text: str) -> str | None:
    """The side a note under a table says the table is of, by a word of its own ("※ 일반회계
    세출 기준", "※ 일반회계 세출예산(본예산) 기준"): 세입 or 세출 (not 수입 inside a word,
    "수입대체경비 포함"), one only.

    >>> note_side("※ 일반회계 세출예산(본예산) 기준, 인건비 제외"), note_side("※ 세입·세출 기준")
    ('expenditure', None)
    """
    words = [squash(w) for w in text.replace(",", " ").split()]
    # (its budget's too, and a bracket of which after it: "세출예산(본예산)")
    words = [w.split("(")[0].split("（")[0].removesuffix("예산") for w in words]
    found = {_SIDES[w] for w in words if w in ("세입", "세출")}
    return found.pop() if len(found) == 1 else None


def _bracket_terms(text: str) -> list[str]:
    """The words of a bracket each an account's name or a side's ("(일반회계 세출)"); none
    of a bracket of other words ("(특별회계 포함)")."""
    out: list[str] = []
    for m in _PARENS_TEXT.finditer(text):
        clauses = [c.split() for c in re.split(r"[,，]", m[0][1:-1])]
        named = [all(is_account_name(w) or w in _SIDES for w in c) for c in clauses]
        if any(ok and len(c) >= 2 for ok, c in zip(named, clauses, strict=True)):
            # (every clause of such a bracket: "(일반회계 세입, 세출)" names both sides)
            out += [w for ok, c in zip(named, clauses, strict=True) if ok for w in c]
    return out


#: words after 기금 that name money moved from or to a fund, no account ("기금전입금")
FUND_FLOWS: tuple[str, ...] = ("전입금", "전출금", "예탁금", "예수금", "수입", "지출")


#: a 사업's name before the bare kind of account, a space between ("상수도사업 특별회계";
#: not "주요 특별회계", "신규 기금")
_NAME_BEFORE_KIND = re.compile(
    r"(?<![가-힣·ㆍ\d])(?P<name>[가-힣]{1,10}(?:" + "|".join(ACCOUNT_NAME_ENDINGS) + r"))[ ]{1,2}"
    r"(?P<kind>특별회계)(?![가-힣])"
)


def accounts_in(text: str) -> list[str]:
    """The account names a title or a clause names: 일반회계, 일반·특별회계, 기금 (기금운용);
    a bracket names one where a clause of it is that name alone (``세출예산 (일반회계)``,
    ``(일반회계, 당초예산 기준)``; not a note, ``기  금(19개)``, ``(특별회계 포함)``).

    >>> accounts_in("□ 세출예산 (일반회계)"), accounts_in("예산 (기금 제외, 특별회계 포함)")
    (['일반회계'], [])
    >>> accounts_in("□ 2026년 상수도사업 특별회계 예산 : 202,890백만원")
    ['상수도사업특별회계']
    """
    out: list[str] = []
    text = caption_words(text)
    spaced = re.findall(r"[가-힣·ㆍ]+", despace(_PARENS_TEXT.sub(" ", text)))
    squashed = re.findall(r"[가-힣·ㆍ]+", squash(_PARENS_TEXT.sub(" ", text)))
    bracketed = [
        key for m in _PARENS_TEXT.finditer(text)
        for clause in re.split(r"[,，]", m[0][1:-1]) if is_account_name(key := squash(clause))
    ]  # fmt: skip
    bracketed += [w for w in _bracket_terms(text) if is_account_name(w)]
    # (a name set apart from the kind of account it is: "상수도사업 특별회계", that
    # account, not the bare kind)
    joined = list(_NAME_BEFORE_KIND.finditer(despace(text)))
    kinds = {m["kind"] for m in joined}
    spaced = [t for t in spaced if t not in kinds] + [f"{m['name']}{m['kind']}" for m in joined]
    for tok in spaced + [t for t in squashed if len(t) <= 4] + bracketed:
        name = tok.replace("ㆍ", "·")
        if is_account_name(name):
            found = name
        elif name.startswith("기금") and not name.endswith(FUND_FLOWS):
            found = "기금"  # ("기금운용"; not "기금전입금", money a fund pays in)
        else:
            continue
        if found not in out:
            out.append(found)
    return out


def prose_totals(
    lay: Layout, lines: Sequence[Line], year: int | None,
    body_of: Callable[[Line], str | None] | None = None,
) -> Parsed:
    """Budget totals stated in the section's text: "일반회계 : 세입 161억원, 세출 758억원".

    Every content line of the section outside its tables is read (a line the outline
    left as residue too), except a table of contents and a figure's labels, and the
    lines of a part of debt ("□ 2026년 지방채 발행 및 상환 계획").  ``body_of`` names
    the other body a line states the budget of ("□ 2026년 청람시 예산 : 32,408.5억원" in a
    bureau's report), whose totals are keyed ``budget.<body>.…``: the report's own
    body's keep ``budget.…`` (what its own budget table adds up to).
    """
    out = Parsed()
    tables = lay.table_lines
    kinds = {no: node.kind for no, node in lay.outline.line_node.items()}
    for ln in lines:
        if (
            not ln.is_content
            or ln.no in tables
            or kinds.get(ln.no) in ("contents", "figure", "note")
        ):
            continue
        node = lay.outline.line_node.get(ln.no)
        if node is not None and _in_debt_part(node):
            continue  # (debt issued or repaid: "○ 발행 : 일반회계 350억원")
        body = body_of(ln) if body_of is not None else None
        for stated in line_totals(ln, year):
            if stated.key == "budget.total" and node is not None:
                # (the side the part over the line names: "2. 세출예산 현황 (일반회계)" over
                # "□ 2026년 예산 : 104,870백만원")
                side = _part_side(node)
                if side is not None:
                    stated = stated.model_copy(update={"key": f"budget.{side}"})
            if stated.key.count(".") == 1 and node is not None and not accounts_in(ln.text):
                # (the account the part over the line names: "1. 세출예산 (일반회계)" over
                # "□ 2026년 세출예산 : 10,489,500천원"; not where the line names its own)
                account = _part_account(node)
                if account is not None:
                    stated = stated.model_copy(update={"key": f"{stated.key}.{account}"})
            if body:  # (another body's: "budget.청람시.total", not the report's own)
                key = stated.key.replace("budget.", f"budget.{body}.", 1)
                stated = stated.model_copy(update={"key": key})
            out.add("stated_totals", stated)
            out.use([ln])
    return out


def _part_side(node: Node) -> str | None:
    """The side the nearest part over ``node`` that names one names."""
    up = node.parent
    while up is not None and up.parent is not None:
        side = side_of(up.title)
        if side is not None:
            return side
        up = up.parent
    return None


def _in_debt_part(node: Node) -> bool:
    """Whether the nearest part over ``node`` that names debt or a budget names debt alone
    (its label, brackets aside: "□ 2026년 지방채 발행 및 상환 계획"; not "□ 2026년 예산 :
    1,000억원 (지방채 포함)", nor "2. 예산 및 채무 현황", "2. 재정 및 채무 현황")."""
    up = node.parent
    while up is not None and up.parent is not None:
        key = squash(_PARENS_TEXT.sub(" ", _lead(up.title) or up.title))
        if any(w in key for w in BUDGET_PART_WORDS):
            return False
        if any(w in key for w in DEBT_WORDS):
            return True
        if any(w in key for w in PROSE_WORDS):
            return False
        up = up.parent
    return False


def _part_account(node: Node) -> str | None:
    """The one account the nearest part over ``node`` that names one names."""
    up = node.parent
    while up is not None and up.parent is not None:
        accounts = accounts_in(up.title)
        if accounts:
            return accounts[0] if len(accounts) == 1 else None
        up = up.parent
    return None


def _words(text: str, figures: bool = False) -> str:
    """The Hangul words of a clause, parentheses dropped, letter-spacing undone ("세 입");
    with ``figures``, a figure a word opens with kept (as printed: "5년간 총 재정규모")."""
    out: list[str] = []
    run: list[str] = []
    word = r"[\d.]*+[가-힣·ㆍ]++(?:[\d.]++[가-힣·ㆍ]++)*+" if figures else r"[가-힣·ㆍ]+"
    for tok in [*re.findall(word, _PARENS_TEXT.sub(" ", text)), ""]:
        if len(tok) == 1:
            run.append(tok)
            continue
        if run:
            out.append("".join(run))
            run = []
        if tok:
            out.append(tok)
    return " ".join(out)


def _lead(text: str) -> str:
    """The words before a line's first colon: "일반회계 : 세입 ..." -> "일반회계"."""
    head, sep, _ = text.partition(":")
    return head if sep else ""


def _names_a_part(clause: str) -> bool:
    """Whether the words right before an amount, after the colon of the line's label,
    name a part of it, not a side, an account or the total: "수익적 지출 : 인건비 412억원"
    (not "예산 : 수익 3,853억원", "예산규모 : 3,986억원", "세출 : 총 758억원")."""
    _, colon, own = clause.replace("：", ":").rpartition(":")
    words = _words(own)
    key = squash(words)
    if not colon or key.startswith(TOTAL_PREFIX) or key in TOTAL_WORDS:
        return False
    if all(w in AMOUNT_QUALIFIERS for w in words.split()):
        return False  # (none, or "약", "’26년")
    return side_of(words) is None and not accounts_in(words) and not any(
        w in key for w in PROSE_WORDS
    )


def _an_items(before: str) -> bool:
    """Whether an amount opens a bracket right after a word that names no budget: that
    thing's cost, "… 수집·운반 대행료(58,300백만원)가 71.8%를 차지" (not "2026년
    예산(58,300백만원)")."""
    head = before.rstrip()
    if not head.endswith(("(", "（")):
        return False
    head = head[:-1].rstrip()
    k = len(head)
    while k > 0 and ("가" <= head[k - 1] <= "힣" or head[k - 1] == "·"):
        k -= 1
    word = head[k:]
    if not word:
        return False
    return not any(w in word for w in PROSE_WORDS) and side_of(word) is None and (
        word not in TOTAL_WORDS
    )


def _holder(body: str, at: int) -> str:
    """What an amount at ``at`` is of: its clause, and where a bracket holds it, the words
    the bracket speaks of ("출자·출연기관 등 4개 기관 (…, 2026년 예산 98,420백만원)")."""
    before = body[:at]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened > max(before.rfind(")"), before.rfind("）")):
        return re.split(r"[,;/]", before[:opened])[-1] + before[opened:]
    return re.split(r"[,;/]", before)[-1]


#: a count of years an amount runs over ("5년간 총 재정규모 80조 7,290억원")
_YEARS_COUNT = re.compile(YEARS_COUNT)


def _year_span(n: Mention) -> tuple[int, int] | None:
    """(first, last) year of a mention that is a year or a range of years ("2029년",
    "’25~’29년"); None for any other, a date of reference too ("2024. 1. 1. 기준")."""
    if n.kind != "date" or n.precision != "year" or n.date_start is None or n.date_end is None:
        return None
    return n.date_start.year, n.date_end.year


def _amount_years(body: str, mentions: Sequence[Mention], k: int) -> tuple[int, int] | None:
    """(first, last) year the amount ``mentions[k]`` is of, as a year before it says: the
    nearest since the amount before it, in its clause ("2025년 15조 2,340억원 → 2029년
    17조 550억원": 2029 for the second), else the one of its label, before the line's
    colon ("□ 2023년 예산 : 세입 161억원, 세출 758억원"); None where none is given."""
    m = mentions[k]
    for n in reversed(mentions[:k]):
        if n.kind == "krw":
            break
        span = _year_span(n)
        if span is not None and not re.search(r"[,;，]", body[n.end : m.start]):
            return span
    colon = min((at for at in (body.find(":"), body.find("：")) if at >= 0), default=-1)
    label = [span for n in mentions[:k] if n.end <= colon and (span := _year_span(n))]
    return label[-1] if label else None


def _several_years(text: str) -> bool:
    """Whether the words before an amount make it a sum over several years ("5년간 총
    재정규모", "누계")."""
    return _YEARS_COUNT.search(text) is not None or any(
        w in squash(text) for w in SEVERAL_YEARS_WORDS
    )


def line_totals(ln: Line, year: int | None = None) -> list[StatedTotal]:
    """The budget totals one line states."""
    text = ln.text
    marker = read_marker(text)
    if marker is not None and marker[0].is_note:
        return []
    body = marker[1] if marker is not None else text.strip()
    lead = _PARENS_TEXT.sub(" ", _lead(body))
    # (a bracket that is an account's name alone names it: "세출예산(일반회계) : …")
    lead_accounts = accounts_in(_lead(body))
    mentions = find_mentions(body, year)
    out: list[StatedTotal] = []
    prev_end = prev_amount = 0
    for k, m in enumerate(mentions):
        start, end = prev_end, m.start
        prev_end = m.end
        # (its own words since the amount before it: "5년간" is no mention, a date is)
        own = re.split(r"[,;，]", body[prev_amount : m.start])[-1]
        if m.kind == "krw":
            prev_amount = m.end
        # (what follows it up to the next amount: "… 5,000백만원으로 전년보다 300백만원
        # 증액" states a total, the change is the next amount's; a rate in its bracket
        # does not part it from its word of change, "4,630백만원(8.8%) 증가")
        upto = next((n.start for n in mentions[k + 1 :] if n.kind == "krw"), len(body))
        if m.kind != "krw" or m.value_krw is None or m.value_krw < 0:
            continue  # (a total is never less than none: "△30,000천원" is a change)
        years = _amount_years(body, mentions, k)
        if years is not None and (years[0] != years[1] or year not in (None, years[0])):
            # (another year's: a projection, "→ 2029년 17조 550억원", last year's, "□ 2023년
            # 요금 수입 301,260백만원", or a range of years' sum, "2025~2029년 …")
            continue
        clause = re.split(r"[,;，]", body[start:end])[-1]
        # (what follows it, its bracket aside: "세출 14,560백만원(3.9%) 증가" is a change)
        after = re.split(r"[,;(（\[]", _PARENS_TEXT.sub(" ", body[m.end : upto]))[0]
        if any(w in CHANGE_MARKS for w in after.split()[:1]):
            continue  # ("… 자본적 지출 10,420백만원 증": by how much it grew)
        if _several_years(own if _words(clause) else f"{lead} {own}"):
            continue  # (a sum over several years: "5년간 총 재정규모 80조 7,290억원")
        if _names_a_part(clause) or _an_items(body[max(0, m.start - 40) : m.start]):
            continue  # ("수익적 지출 : 인건비 412억원, 동력비 186억원": a part's amount)
        words = _words(clause) or _words(lead)
        key = squash(words)
        if any(w in key for w in SIDE_QUALIFIERS):
            # (a part of a side, no total of it: "○ 상수도 : 수익적 수입(요금수익 등)
            # 98,415,200천원, 자본적 지출(…) 47,821,800천원", one account's items)
            continue
        # (a side after a budget's label: "2026년 예산 : 수익 3,853억원, 비용 3,548억원")
        sided = side_of(words) is not None and any(w in squash(_words(lead)) for w in PROSE_WORDS)
        if not any(w in key for w in PROSE_WORDS) and not sided:
            continue
        if any(
            w in squash(f"{words} {after}") for w in (*PROSE_NOT_TOTAL_WORDS, *NOT_BUDGET_WORDS)
        ) or any(w in squash(_holder(body, m.start)) for w in OTHER_BODY_WORDS):
            continue
        if any(w in squash(f"{words} {lead}") for w in DEBT_WORDS):
            # (debt issued, repaid or owed: "지방채 발행 : 일반회계 350억원"; its label's
            # words, not a remark after it, "세출 : 758억원 - 지방채 없는 건전재정 편성")
            continue
        # (a bracket right after the amount that names its account, and its side too:
        # "152,386백만원 (일반회계 세출)")
        bracket_accounts, bracket_side = _bracket_names(body[m.end :])
        side = side_of(words) or bracket_side
        accounts = accounts_in(words) or lead_accounts or bracket_accounts
        account = accounts[0] if len(accounts) == 1 else None
        name = f"budget.{side or 'total'}" + (f".{account}" if account else "")
        unit_word = re.search(r"[가-힣]*원$", m.raw)
        out.append(
            StatedTotal(
                key=name,
                value=m.value_krw,
                unit=unit_word[0] if unit_word else None,
                raw=f"{_words(clause, figures=True) or _words(lead, figures=True)} {m.raw}",
                **prov([ln]),
            )
        )
        if account is None and unit_word:
            # (and the accounts its bracket parts it into: "세출 158,420백만원 (일반회계
            # 96,850, 특별회계 48,270, 기금 13,300)")
            for acc, value, raw in _account_shares(body[m.end :], unit_word[0], m.value_krw):
                out.append(StatedTotal(key=f"budget.{side or 'total'}.{acc}", value=value,
                                       unit=unit_word[0], raw=raw, **prov([ln])))  # fmt: skip
    return out


#: a bracket right after an amount ("(일반회계 96,850, 특별회계 48,270, 기금 13,300)")
_SHARES_BRACKET = re.compile(r"^\s{0,2}[(（](?P<inner>[^()（）]{3,200})[)）]")
#: one account and its figure in such a bracket
_ACCOUNT_FIGURE = re.compile(r"^(?P<name>[가-힣·ㆍ ]{2,20}?)\s*(?P<fig>\d[\d,]*(?:\.\d+)?)$")


def _bracket_names(rest: str) -> tuple[list[str], str | None]:
    """The account and the side a bracket right after an amount names, as a bracket after
    the label does: alone ("612,480백만원 (일반회계)") or with its side ("152,386백만원
    (일반회계 세출)"); ([], None) for any other bracket ("(전년 대비 …)")."""
    m = _SHARES_BRACKET.match(rest)
    if m is None:
        return [], None
    name = squash(m["inner"])
    if is_account_name(name):
        return [name], None
    terms = _bracket_terms(f"({m['inner']})")
    sides = {_SIDES[w] for w in terms if w in _SIDES}
    return [w for w in terms if is_account_name(w)], sides.pop() if len(sides) == 1 else None


def _account_shares(rest: str, unit: str, whole: int) -> list[tuple[str, int, str]]:
    """(account, won, as printed) of each account a bracket right after an amount parts it
    into, figures in the amount's unit; [] unless every part is an account with its figure
    and they add up to the amount."""
    m = _SHARES_BRACKET.match(rest)
    if m is None:
        return []
    out: list[tuple[str, int, str]] = []
    for part in re.split(r"[,，](?!\d{3}(?!\d))", m["inner"]):  # (not a thousands comma)
        f = _ACCOUNT_FIGURE.match(part.strip())
        name = squash(f["name"]) if f is not None else ""
        if f is None or not (is_account_name(name) or name == "기금"):
            return []
        try:
            value = parse_money(f["fig"], unit=unit)
        except ValueError:
            return []
        if value is None:
            return []
        out.append((name, value, part.strip()))
    return out if len(out) > 1 and sum(v for _, v, _ in out) == whole else []
