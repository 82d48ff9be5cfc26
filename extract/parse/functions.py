"""부서별 주요기능 -> Function records.

A two-column table: the division name, then its duties as bullets ("∙ ...").

Where the reader has the table's grid (PDF rules, HWP/HWPX tables), each row's first
cell names the division, however its name wraps ("예    산" / "담 당 관"), and the
paragraphs of the cells beside it are its duties: a paragraph with a bullet starts
one, a paragraph without one goes on the duty before it.

A text file has lines only: a line without a bullet is either the next division's
name (one word ending in a division word such as 담당관/과, or a division already
known) or the continuation of a wrapped duty.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from extract.document import Cell, Grid, Line
from extract.layout import Table
from extract.layout.markers import read_marker
from extract.layout.vocab import CLOSED_ENDS, RUN_ON_ENDS
from extract.parse.base import Context, Parsed, prov
from extract.parse.org_boxes import TEAM_WORDS
from extract.parse.org_cells import team_names
from extract.parse.org_parts import unit_word
from extract.parse.project_facts import split_top
from extract.parse.table import split_header
from extract.parse.text import GLOSS_WORDS, collapse, despace, split_marker, squash
from extract.parse.vocab import DIVISION_SUFFIXES, TOTAL_LABELS
from extract.sections import Section
from extract.unit_names import is_unit_name
from schemas import Function

#: the header of the column naming the division, and of the column of its duties
DIVISION_HEADERS = frozenset({"구분", "부서", "부서명", "과명", "실과명", "부서별"})
DUTY_HEADERS: tuple[str, ...] = ("담당업무", "주요업무", "주요기능", "분장사무", "기능", "업무")
#: either, alone on a line: a header's cell that a text export set on its own line
HEADER_CELLS = frozenset({*DIVISION_HEADERS, *DUTY_HEADERS})
#: what is done, at the end of a one-word duty that a list names on its own ("방문건강관리",
#: "청년창업지원"): a duty, not an object a phrase after it shares ("하천, 공원 시설 관리")
DUTY_NOUNS: tuple[str, ...] = (
    # (not 지도: a map, "관광지도", as often as guidance)
    "관리", "지원", "운영", "육성", "조성", "점검", "단속", "수립", "추진", "조사",
    "홍보", "교육", "검사", "진료", "상담", "평가", "구축", "확충", "개선", "정비", "보호",
)  # fmt: skip
#: marks that part the duties a cell lists with no bullets (besides a spaced slash)
LIST_SEPARATORS = ",，;"
#: a head's own line of a roster of who does what ("팀 업무 총괄", "과 업무 전반 총괄"):
#: that the head leads the unit, no duty of it
_OVERSEEING = regex.compile(
    r"^(?:\p{Hangul}{0,10}(?:[국과팀실단소]|부서|본부))?\s*+(?:업무|사무)\s*+(?:전반\s*+)?총괄"
    r"(?:\s*+및\s*+(?:조정|관리))?$"
)


def is_division_line(text: str, known: list[str]) -> bool:
    """A division's name: one of the org chart's, else (no chart) one word like "…담당관"."""
    s = text.strip()
    if known:
        return squash(s) in {squash(d) for d in known}
    return len(s.split()) == 1 and len(s) > 2 and s.endswith(DIVISION_SUFFIXES)


#: headers of a first column of units whose duties the table lists, besides 구분, 부서
UNIT_COLUMN_HEADERS = frozenset({"본부", "실국", "국", "과", "팀", "팀명"})
#: ... or one made of unit words of any rank alone ("실", "처", "실·국", "국(실)")
UNIT_COLUMN_WORDS: tuple[str, ...] = ("본부", "실", "국", "처", "단", "과", "팀")
_UNIT_COLUMN = regex.compile("^(?:" + "|".join(UNIT_COLUMN_WORDS) + ")+명?$")
#: headers of a column of units deeper than the first ("본 부 | 팀(실) | 주 요 업 무")
UNIT_HEADERS = frozenset({"팀", "팀명", "팀실", "실팀", "과", "과팀", "담당관", "담당", "담당팀"})
#: ... or one made of unit words alone ("팀(사업소)", "과·팀", "팀(센터)")
UNIT_HEADER_WORDS: tuple[str, ...] = ("담당관", "담당", "사업소", "센터", "팀", "실", "과", "소")
_UNIT_HEADER = regex.compile("^(?:" + "|".join(UNIT_HEADER_WORDS) + ")+명?$")


def _head_key(text: str) -> str:
    """A header cell's words, letters only ("팀(실)" is 팀실, "주 요 업 무" 주요업무)."""
    return str(regex.sub(r"[^\p{Hangul}]", "", squash(text)))


def _is_duty_header(row: Sequence[Cell]) -> bool:
    return _division_col(row) is not None


#: headers of a column of a unit's head (its rank or name) set between the unit and its
#: duties ("책임자", "직급", "담당자")
HEAD_RANK_HEADERS: frozenset[str] = frozenset({"책임자", "직급", "담당자", "직위", "팀장", "과장"})


def _division_col(row: Sequence[Cell]) -> int | None:
    """The column of the units whose duties a header row heads: its first, or the one
    right before the duties' where that heads units too (본부 | 팀(실) | 주요업무: the
    팀's); None for a row that heads no duties."""
    cols = {c.col: _head_key(c.text) for c in row}
    duty = next((col for col, v in sorted(cols.items()) if col > 0 and v.endswith(DUTY_HEADERS)),
                None)  # fmt: skip
    first = cols.get(0, "")
    if duty is None or not (first in DIVISION_HEADERS | UNIT_COLUMN_HEADERS
                            or _UNIT_COLUMN.match(first)):  # fmt: skip
        return None
    # (the last column before the duties' that heads units, past a column of the head's
    # rank or name: "과 | 담 당 | 책임자 | 주 요 업 무" is the 담당's)
    # (or, past a first column of a row label, one headed 부서: "구 분 | 부 서 | 주요 기능"
    # over "담당관(3) | 총무담당관", the kinds' units)
    named = DIVISION_HEADERS - _ROW_LABELS if first in _ROW_LABELS else frozenset()
    deeper = next((
        col for col in range(duty - 1, 0, -1)
        if cols.get(col, "") in UNIT_HEADERS | named or _UNIT_HEADER.match(cols.get(col, ""))
    ), None)  # fmt: skip
    between = range((deeper or 0) + 1, duty)
    # (a column of the units' counts between, "팀 수", "인 원", as well)
    if deeper is not None and all(
        cols.get(c, "") in HEAD_RANK_HEADERS or is_count_header(cols.get(c, "")) for c in between
    ):
        return deeper
    return 0


#: the header of a first column that names no kind of what it lists
_ROW_LABELS = frozenset({"구분"})
#: headers of a column of the units' head counts
_HEAD_COUNT_HEADERS = frozenset({"인원", "정원", "현원", "직원수"})


def is_count_header(head: str) -> bool:
    """A header of a column of counts of a unit's teams or staff ("팀수", "인원").

    >>> is_count_header("팀수"), is_count_header("인원"), is_count_header("비고")
    (True, True, False)
    """
    return head in _HEAD_COUNT_HEADERS or (
        head.endswith("수") and head.removesuffix("수") in UNIT_HEADER_WORDS
    )


def _rows(grid: Grid) -> list[list[Cell]]:
    rows: dict[int, list[Cell]] = {}
    for c in grid.cells:
        rows.setdefault(c.row, []).append(c)
    return [sorted(rows[r], key=lambda c: c.col) for r in sorted(rows)]


def _row_unit(row: Sequence[Cell], unit_col: int) -> Cell | None:
    """The cell naming the unit whose duties a row holds: the last of the unit columns
    that names one on this row (a 실 with no 팀 of its own, its 팀's cell empty or "-":
    the 실's); None where none does (the unit above, merged down, goes on)."""
    named = [
        c for c in row
        if c.col <= unit_col and _head_key(c.text) and not _lists_units(c) and not _stems(c)
    ]  # fmt: skip
    return max(named, key=lambda c: c.col, default=None)


def _lists_units(cell: Cell) -> bool:
    """A cell of several units' names, one a paragraph ("농정기획팀" / "농촌활력팀" / …) or
    parted by commas: the teams of the unit beside it, whose duties the row holds."""
    names = [p for p in cell.paragraphs if p.strip()]
    if len(names) > 1 and all(is_unit_name(collapse(p)) for p in names):
        return True
    # (or parted by commas, wrapped where the cell is narrow: "자치행정팀, 주민자치팀, 민원제도"
    # / "팀, 통합민원팀")
    listed = [n for n in regex.split(r"[,，、]", "".join(names)) if n.strip()]
    return len(listed) > 1 and all(is_unit_name(collapse(n)) for n in listed)


def _stems(cell: Cell) -> bool:
    """A cell of units' stems parted by dots, none a unit's name ("의회운영·행정자치·교육"
    beside "전문위원실(6)"): the kind's units, whose duties are the kind's."""
    text = collapse("".join(cell.paragraphs))
    parts = [p for p in regex.split(r"\s*+[·ㆍ]\s*+", text) if p]
    return len(parts) > 1 and not any(is_unit_name(p) for p in parts) and not is_unit_name(text)


#: a count in brackets after a unit's name ("소방서(8)", "본부(2개)", "복지정책과(5팀)")
_COUNT_AFTER = regex.compile(r"[(（][\d,\s]++(?:개소|개|팀|과|명|,|\s|\d)*+[)）]$")


def _division(cell: Cell, known: Sequence[str]) -> str:
    """The division a cell names, its letter-spacing and wraps undone, its count in
    brackets dropped ("소방서(8)": the 8 units of the kind); as the org chart spells it
    where the chart has it."""
    return _as_known(_COUNT_AFTER.sub("", "".join("".join(cell.paragraphs).split())), known)


def _as_known(name: str, known: Sequence[str]) -> str:
    return next((d for d in known if squash(d) == squash(name)), name)


def _runs_on(name: str) -> bool:
    """A unit's name cut after a mark that joins it to more ("보건지소·"): its cell's
    name goes on in the next row's (a text export's table, a name wrapped in its cell)."""
    return name.endswith(RUN_ON_ENDS) and not name.endswith(CLOSED_ENDS)


def _row_divisions(units: Sequence[Cell | None], known: Sequence[str]) -> list[str | None]:
    """The division each row's unit cell names (None: no cell, the one above goes on); a
    name that runs on into the next row's (:func:`_runs_on`, "보건지소·" over "진료소") is
    the whole name on both rows."""
    names = [_division(u, known) if u is not None else None for u in units]
    group: list[int] = []  # (the rows of a name that runs on, so far)
    for i, name in enumerate(names):
        if name is None:
            group = []
            continue
        group.append(i)
        if _runs_on(name) and i + 1 < len(names) and names[i + 1] is not None:
            continue
        whole = _as_known("".join(names[j] or "" for j in group), known)
        for j in group:
            names[j] = whole
        group = []
    return names


def listed_duties(text: str, loose: bool = False) -> list[str]:
    """The duties of a cell that lists them with no bullets, parted by commas or spaced
    slashes: each part where every part is a duty's phrase (two words at least; with
    ``loose``, a line after a unit's name and colon, where no part is the object of a phrase
    after it), else the whole, a list inside one duty.

    >>> listed_duties("농정 종합계획 수립, 청년농업인 육성 / 농지 관리")
    ['농정 종합계획 수립', '청년농업인 육성', '농지 관리']
    >>> listed_duties("야간관광, 미식관광, 융합관광 등 추진")
    ['야간관광, 미식관광, 융합관광 등 추진']
    >>> listed_duties("예산 편성 및 집행관리, 조직·인사 관리, 자체감사", loose=True)
    ['예산 편성 및 집행관리', '조직·인사 관리', '자체감사']
    >>> listed_duties("건강증진사업 총괄, 방문건강관리, 치매관리, 모자보건 지원", loose=True)
    ['건강증진사업 총괄', '방문건강관리', '치매관리', '모자보건 지원']
    >>> listed_duties("도로 및 교량, 하천, 공원 시설 관리", loose=True)
    ['도로 및 교량, 하천, 공원 시설 관리']
    >>> listed_duties("일차진료 및 만성질환 관리, 예방접종, 순회진료", loose=True)
    ['일차진료 및 만성질환 관리', '예방접종', '순회진료']
    >>> listed_duties("야간관광, 미식관광, 융합관광 등 추진", loose=True)
    ['야간관광, 미식관광, 융합관광 등 추진']
    >>> listed_duties("지역경제 정책 총괄, 신산업 육성, 에너지산업, 공정경제", loose=True)
    ['지역경제 정책 총괄', '신산업 육성', '에너지산업', '공정경제']
    """
    parts = [q for p in text.split(" / ") for q in split_top(p, LIST_SEPARATORS)]
    many = [len(p.split()) >= 2 for p in parts]
    if len(parts) > 1 and all(many):
        return parts
    # (loose: a word that ends in what is done is a duty of its own, "방문건강관리"; another
    # before a phrase is its object, "도로 및 교량, 하천, 공원 시설 관리", "야간관광, 미식관광,
    # 융합관광 등 추진")
    duty = [m or p.endswith(DUTY_NOUNS) for p, m in zip(parts, many, strict=True)]
    objects = any(
        not duty[i] and i + 1 < len(parts) and many[i + 1] for i in range(len(parts))
    )
    # (and, three parts or more, where none is the object of a phrase after it nor a deed
    # of two letters alone sharing the object before it, "지방세 부과, 징수, 체납처분",
    # each part is a duty, a field of work named alone among them too: "지역경제 정책 총괄,
    # 신산업 육성, 에너지산업, 공정경제")
    bare = any(len(p.split()) == 1 and len(squash(p)) <= 2 for p in parts[1:])
    if loose and len(parts) > 2 and not objects and not bare:
        return parts
    return [text]


def _duties(
    cells: Sequence[Cell], by_no: dict[int, Line], table: Table
) -> list[tuple[str, list[Line]]]:
    """The duties of a row's cells: one per bulleted paragraph, wraps joined (where the
    file has paragraphs, each one); those of a cell without a bullet as it lists them
    (:func:`listed_duties`)."""
    out: list[tuple[list[str], list[Line]]] = []
    unbulleted: set[int] = set()  # (the duties begun in a cell without a bullet)
    for cell in cells:
        lines = cell.lines if len(cell.lines) == len(cell.paragraphs) else ()
        begun = len(out)
        last_where: str | None = None
        for i, para in enumerate(cell.paragraphs):
            marker, text = split_marker(para)
            if not text:
                continue
            here = [by_no[lines[i]]] if lines and lines[i] in by_no else []
            # (a paragraph of a file of paragraphs, HWPX's, is no wrap: its own duty; not
            # a line its forced break starts, of the paragraph before's place)
            where = here[0].where if here else None
            paragraph = where is not None and i > 0 and where != last_where
            last_where = where
            # (... unless the last runs on, "재정운용 기본방향 및" / "재정분권에 관한 사항", or
            # it opens with a word that ends the last's item, "농업인 공익수당" / "지원, 과
            # 서무·예산": a cell's lines typed as paragraphs)
            head = regex.split(r"[,，]", text)
            paragraph = (
                paragraph and bool(out) and not _runs_on(out[-1][0][-1])
                and not (len(head) > 1 and len(head[0].split()) == 1)
            )
            if marker is None and out and not paragraph:
                out[-1][0].append(text)
                out[-1][1].extend(here)
            else:
                out.append(([text], here))
        if not any(split_marker(para)[0] for para in cell.paragraphs):
            unbulleted.update(range(begun, len(out)))
    joined = [(table.join(parts), here) for parts, here in out]
    return [
        (duty, here)
        for i, (text, here) in enumerate(joined)
        for duty in (listed_duties(text) if i in unbulleted else [text])
    ]


def functions_from_grids(section: Section, tables: Sequence[Table], ctx: Context) -> Parsed:
    """The duties of the section's tables of divisions and duties, read from their grids
    (no records where the section has no such table)."""
    out = Parsed()
    by_no = {ln.no: ln for ln in (*section.heading, *section.lines)}
    seq_of: dict[str, int] = {}
    shape: int | None = None  # the columns of the duty table seen: one that goes on has them
    division: str | None = None
    unit_col = 0  # the column of the units the duties are of
    duty_cols: set[int] = set()  # ... and those of the duties (not a count beside them)
    last = 0  # the last line of the duty table read
    for table in tables:
        if not table.lines or not set(table.lines) <= by_no.keys():
            continue
        rows = [r for g in table.grids for r in _rows(g)]
        if not rows:
            continue
        if (head := _division_col(rows[0])) is not None:
            shape, division, unit_col = table.n_cols, None, head
            duty_cols = {
                c.col for c in rows[0] if c.col > head and _head_key(c.text).endswith(DUTY_HEADERS)
            }
        elif shape is None or table.n_cols != shape or not _goes_on(last, table, by_no):
            continue  # (no header: the table before goes on, its division with it)
        last = max(table.lines)
        units = [_row_unit(row, unit_col) for row in rows]
        for row, first, named in zip(rows, units, _row_divisions(units, ctx.divisions),
                                     strict=True):  # fmt: skip
            if _is_duty_header(row):
                continue
            if named is not None:
                division = named
            if division is None or squash(division) in TOTAL_LABELS:
                continue  # (the 계 row of a table that counts its units' staff too)
            duties = [c for c in row if c.col in duty_cols and c is not first]
            for text, lines in _duties(duties, by_no, table):
                if _OVERSEEING.match(text) or text in ctx.functions.get(division, ()):
                    continue  # (a head's line; a duty two members share, told once)
                seq_of[division] = seq_of.get(division, 0) + 1
                out.add(
                    "functions",
                    Function(division=division, seq=seq_of[division], function=text,
                             **prov(lines or [by_no[n] for n in table.lines])),
                )  # fmt: skip
                ctx.functions.setdefault(division, []).append(text)
        out.use(by_no[n] for n in table.lines)
    return out


def _goes_on(last: int, table: Table, by_no: dict[int, Line]) -> bool:
    """Whether a table with no header of its own goes on the duty table read before it,
    whose last line is ``last``: nothing of the section's text between the two but page
    furniture (not a table of facilities under a later part, "4. 주요 시설 현황" over
    "구 분 | 현 황 | 비 고", of as many columns)."""
    first = min(table.lines)
    return not any(ln.is_content for no, ln in by_no.items() if last < no < first)


def chart_duties(section: Section, tables: Sequence[Table], ctx: Context) -> Parsed:
    """The duties a chart drawn as a table sets under its units: a row of cells each a
    unit's name over a row of cells each listing duties with a bullet ("기획운영과" over
    "· 기획·예산·인사 총괄" / "· 시설 관리 및 안전"), each unit's those of the cell under
    it (no records where the section's tables have no such rows)."""
    out = Parsed()
    by_no = {ln.no: ln for ln in (*section.heading, *section.lines)}
    for table in tables:
        if not table.lines or not set(table.lines) <= by_no.keys():
            continue
        for grid in table.grids:
            rows = _rows(grid)
            for units, below in pairwise(rows):
                names = [n if is_unit_name(n := collapse(c.text)) else None for c in units]
                if len(units) < 2 or not all(names) or not all(_bulleted(c) for c in below):
                    continue
                if all(team_names(c.text) for c in below):
                    continue  # (the teams each unit is over, "• 안전총괄팀": no duties)
                for unit, name in zip(units, names, strict=True):
                    under = [c for c in below if c.col < unit.col + unit.col_span
                             and unit.col < c.col + c.col_span]  # fmt: skip
                    if len(under) != 1 or name is None:
                        continue
                    for seq, (text, lines) in enumerate(_duties(under, by_no, table), start=1):
                        out.add("functions", Function(
                            division=name, seq=seq, function=text,
                            **prov(lines or [by_no[n] for n in under[0].lines if n in by_no]),
                        ))  # fmt: skip
                        ctx.functions.setdefault(name, []).append(text)
                out.use(by_no[n] for c in (*units, *below) for n in c.lines if n in by_no)
    return out


def _bulleted(cell: Cell) -> bool:
    """A cell whose every paragraph that starts a line starts with a bullet."""
    paras = [p for p in cell.paragraphs if p.strip()]
    return bool(paras) and split_marker(paras[0])[0] is not None


def _one_unit(text: str, words: Sequence[str] | None = TEAM_WORDS) -> bool:
    """A team's name alone ("운영지원팀", "민원행정팀"; not a duty's place, "치매안심센터");
    with ``words`` None, a unit's of any rank ("전문위원실", "건 축 과": spaced out)."""
    names = (despace(text) if words is None else text).split()
    return len(names) == 1 and len(names[0]) > 2 and unit_word(names[0], words) is not None


def _joined_units(text: str) -> bool:
    """Units of any rank named together with a middle dot ("보건지소·진료소"): each a unit's
    name (one alone, "치매안심센터", may be a duty's place)."""
    parts = regex.split(r"\s*+[·ㆍ]\s*+", text.strip())
    return len(parts) > 1 and all(_one_unit(p, None) for p in parts)


def _numbered_name(text: str) -> str:
    """A line's text after its number or bullet, if it has one ("1. 복지정책과", "□
    농업지원과" -> the division's name; a duty's bullet over it is another mark)."""
    found = read_marker(text)
    return text if found is None else found[1]


#: a bracket of English after a unit's name, its gloss
_GLOSS = regex.compile(rf"(?<!\s)\s*+[(（]{GLOSS_WORDS}[)）]")


def _unit_and_duties(text: str, known: list[str]) -> tuple[str, str] | None:
    """A unit's name, a colon and its duties on one line ("○ 경제정책팀 : 물가안정 관리,
    소상공인 지원"), as a 군's report lists each team's; its counts after the colon,
    "□ 기획예산과 : 4팀 25명", are no duties (the duties "" then: they are under it)."""
    head, colon, rest = regex.sub("：", ":", _numbered_name(text)).partition(":")
    # (its English gloss aside: "기획예산과 (Planning & Budget Division)")
    head = _GLOSS.sub("", head).strip()
    if not colon or not rest.strip() or not (
        is_division_line(head, known) or _one_unit(head) or _joined_units(head)
    ):
        return None
    if not any(w[:1] not in "0123456789" and regex.search(r"\p{Hangul}", w) for w in rest.split()):
        return collapse(head), ""
    names = [n for n in regex.split(r"[,，、]", rest) if n.strip()]
    if all(_one_unit(n.strip(), None) for n in names):
        return collapse(head), ""  # (its teams, "경제정책팀, 일자리팀": no duties)
    return collapse(head), rest.strip()


def parse_functions(section: Section, ctx: Context, tables: Sequence[Table] = ()) -> Parsed:
    """The section's duties: from its tables' grids where the reader drew them, else from
    its lines."""
    grids = functions_from_grids(section, tables, ctx)
    if grids.tables:
        grids.use(section.heading)
        return grids
    out = Parsed()
    out.use(section.heading)
    header, _, body = split_header(section.content)
    if header is not None:
        out.use([header])
    else:
        body = section.content
    division: str | None = None
    duties: list[list[Line]] = []
    owners: list[str] = []
    #: duty -> its first line's text after a unit's name and colon, the duties it lists
    listed: dict[int, str] = {}

    heads: str | None = None  # (the mark a division's name is set under)
    content = [ln for ln in body if ln.text.strip()]
    wrapped: set[int] = set()  # (the second line of a division's name wrapped in its cell)
    for ln, nxt in zip(content, [*content[1:], None], strict=False):
        if ln.no in wrapped:
            continue
        marker, text = split_marker(ln.text)
        if marker is None and squash(ln.text) in HEADER_CELLS:
            out.use([ln])  # (a header's cell on its own line: "부서명" / "주요기능")
            continue
        # a division's name wrapped in its cell: "지역돌봄" / "복지과"
        two = nxt is not None and split_marker(nxt.text)[0] is None
        joined = squash(ln.text) + squash(nxt.text) if two and nxt is not None else ""
        if (one_line := _unit_and_duties(ln.text, ctx.divisions)) is not None:
            division, listed_here = one_line
            if not listed_here:  # (its counts: the name over its duties)
                heads = marker
                out.use([ln])
                continue
            listed[len(duties)] = listed_here
            duties.append([ln])
            owners.append(division)
        elif marker is None and not is_division_line(ln.text, ctx.divisions) and joined and (
            is_division_line(joined, ctx.divisions)
        ):
            assert nxt is not None
            division = joined
            wrapped.add(nxt.no)
            out.use([ln, nxt])
        elif is_division_line(name := _numbered_name(ln.text), ctx.divisions) or (
            marker is not None and (_one_unit(name) or (marker == heads and _one_unit(name, None)))
        ):
            # (numbered or not: "1. 복지정책과" over its duties; a team bulleted as a 과's
            # report lists them, "○ 운영지원팀" over "- 사업소 서무, …"; a unit the chart
            # names by its kind, "□ 전문위원실", under the mark of the divisions before it)
            division = despace(collapse(name))
            heads = marker
            out.use([ln])
        elif marker is not None and division is not None:
            duties.append([ln])
            owners.append(division)
        elif marker is None and duties and owners[-1] == division:
            duties[-1].append(ln)  # a wrapped duty
    seq_of: dict[str, int] = {}
    for i, (lines, owner) in enumerate(zip(duties, owners, strict=True)):
        first = listed.get(i, split_marker(lines[0].text)[1])
        text = collapse(" ".join([first, *(ln.text for ln in lines[1:])]))
        for duty in listed_duties(text, loose=True) if i in listed else [text]:
            seq_of[owner] = seq_of.get(owner, 0) + 1
            out.add(
                "functions",
                Function(division=owner, seq=seq_of[owner], function=duty, **prov(lines)),
            )
            ctx.functions.setdefault(owner, []).append(duty)
        out.use(lines)
    return out
