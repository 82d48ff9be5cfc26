"""A metropolitan city's 상수도사업본부 (a 공기업특별회계) 2025 주요업무보고 (probe 116, water):

* a budget table a page break cut, drawn by Chromium (or Word) with its part on the next
  page open at its top: the first row carried over stood above the first row rule and fell
  out of the table (residue), and the two parts were no longer one table;
* a 공기업's budget totalled by kind of account, `수익적 수입 | 계` and `자본적 수입 | 계`,
  under a line stating the side's whole, `수입 344,800백만원`: the sum of the parts' totals
  (the check had held it to the first part's 계 and failed);
* an organisation table `구 분 | 기 구 | 부 서 명` whose row of counts, `본 부 | 3부 1실`, lists
  each unit with its teams in its bracket, `경영지원부(총무팀, 재무팀), …` (no unit was read),
  and rows of a kind beside its count, `정수사업소 | 4개소 | 가람정수사업소, …` (the kind had
  been a unit over them);
* a card's cost paid by borrowing, `6,250백만원 (기채 6,250)`: 기채 a funding source.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probe110_rotated import UP, Rule, Text, _font, _hex
from tests.test_read_pdf import pdf_file


def _page(texts: Sequence[Text], rules: Sequence[Rule]) -> bytes:
    return b"".join(
        b"BT /K1 %g Tf %s %g %g Tm %s Tj ET\n" % (size, m, x, y, _hex(t))
        for (m, x, y, size), t in texts
    ) + b"0.6 w\n" + b"".join(b"%g %g m %g %g l S\n" % r for r in rules)


def _two_pages(first: tuple[Sequence[Text], Sequence[Rule]],
               second: tuple[Sequence[Text], Sequence[Rule]]) -> bytes:  # fmt: skip
    """A two-page A4 PDF of these texts and ruled lines (PDF coordinates, y up)."""
    one, two = _page(*first), _page(*second)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " \
        b"/Resources << /Font << /K1 5 0 R >> >> /Contents %d 0 R >>"
    texts = [t for _, t in [*first[0], *second[0]]]
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 8 0 R] /Count 2 >>",
        page % 4,
        b"<< /Length %d >>\nstream\n" % len(one) + one + b"\nendstream",
        *_font(texts),
        page % 9,
        b"<< /Length %d >>\nstream\n" % len(two) + two + b"\nendstream",
    ])  # fmt: skip


#: the table's column rules (x) and where each column's text starts
_COLS = (60.0, 180.0, 300.0, 420.0, 540.0)


def _row(y: float, cells: Sequence[str]) -> list[Text]:
    return [((UP, x + 8, y + 6, 10), t) for x, t in zip(_COLS, cells, strict=False) if t]


def _cut_table(first: Sequence[Sequence[str]], carried: Sequence[Sequence[str]]) -> bytes:
    """A budget table whose header and ``first`` rows close page 1 (its bottom drawn) and
    whose ``carried`` rows open page 2 with no rule across their top, as Chromium draws
    the part a page break carried over."""
    texts1: list[Text] = [
        ((UP, 60, 780, 12), "Ⅰ. 일반현황"), ((UP, 60, 756, 11), "1. 예산현황"),
        ((UP, 60, 732, 10), "□ 2025년 예산 규모"), ((UP, 460, 178, 9), "(단위 : 백만원)"),
    ]  # fmt: skip
    rows = [["구 분", "2025년", "2024년", "증 감"], *first]
    top = 170.0
    rules1: list[Rule] = []
    for i, cells in enumerate(rows):
        texts1 += _row(top - 20 * (i + 1), cells)
    bottom = top - 20 * len(rows)
    rules1 += [(60, top - 20 * i, 540, top - 20 * i) for i in range(len(rows) + 1)]
    rules1 += [(x, top, x, bottom) for x in _COLS]
    head = 800.0
    texts2: list[Text] = []
    for i, cells in enumerate(carried):
        texts2 += _row(head - 20 * (i + 1), cells)
    end = head - 20 * len(carried)
    # (no rule at the head: the first row rule under the first row carried over)
    rules2: list[Rule] = [
        (60, head - 20 * i, 540, head - 20 * i) for i in range(1, len(carried) + 1)
    ]
    rules2 += [(x, head, x, end) for x in _COLS]
    texts2 += [((UP, 60, end - 30, 11), "2. 주요현안"),
               ((UP, 60, end - 54, 10), "□ 시설 안전점검 강화")]
    return _two_pages((texts1, rules1), (texts2, rules2))


def _pdf_report(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "report.pdf"), "report"))


@pytest.mark.parametrize(
    ("first", "carried"),
    [
        ([["인건비", "500", "450", "50"], ["운영비", "300", "280", "20"]],
         [["사업비", "900", "800", "100"], ["예비비", "50", "50", "-"]]),
        ([["영업수익", "268,500", "262,100", "6,400"]],
         [["영업비용", "241,200", "236,400", "4,800"], ["영업외비용", "18,600", "19,800", "△1,200"],
          ["예비비", "3,000", "3,000", "-"]]),
    ],
)  # fmt: skip
def test_a_tables_part_carried_over_open_at_its_top_is_the_tables(
    first: list[list[str]], carried: list[list[str]]
) -> None:
    """The row a page break carried over, above the first rule of page 2 (no rule across
    its top), is the table's, and the part joins the part on page 1 under its header."""
    report = _pdf_report(_cut_table(first, carried))
    label, amount = carried[0][0], carried[0][1]
    assert not [r for r in report.residue if label in r.text]
    cells = [c for c in report.table_cells if c.raw == amount and c.row_header == label]
    assert cells and cells[0].col_header == "2025년"
    tables = {c.table_id for c in report.table_cells if c.row_header in (first[0][0], label)}
    assert len(tables) == 1


def _budget(stated: str, parts: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> Report:
    """An HWPX report whose budget table gives each part of a side its 계 (``수익적 수입 |
    계`` over its rows), under a line stating the sides' wholes."""
    rows = [["구 분", "", "2025년", "2024년"]]
    spans: dict[tuple[int, int], int] = {}
    for part, items in parts:
        spans[(len(rows), 0)] = len(items)
        for i, (label, amounts) in enumerate(items):
            a, b = amounts.split("/")
            rows.append([part if i == 0 else "", label, a, b])
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산현황"), p(f"□ 2025년 상수도사업특별회계 예산 : {stated}"),
        p("(단위 : 백만원)"), p(_table(rows, spans)),
        p("Ⅱ. 주요업무계획"), p("1. 노후관 교체"), p("□ 노후 상수관로 교체"),
        p("○ 사업기간 : ’25. 1. ~ 12."),
    )  # fmt: skip


_PARTS = [
    ("수익적 수입", [("계", "280,800/276,600"), ("영업수익", "268,500/262,100"),
                   ("영업외수익", "12,300/14,500")]),
    ("수익적 지출", [("계", "262,800/259,200"), ("영업비용", "241,200/236,400"),
                   ("영업외비용", "21,600/22,800")]),
    ("자본적 수입", [("계", "64,000/68,000"), ("기 채", "45,000/52,000"),
                   ("국고보조금", "19,000/16,000")]),
    ("자본적 지출", [("계", "144,000/144,000"), ("건설개량비", "121,600/123,900"),
                   ("차입금상환", "22,400/20,100")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("stated", "parts"),
    [
        ("수입 344,800백만원, 지출 406,800백만원", _PARTS),
        ("세입 3,448억원, 세출 4,068억원", _PARTS),
        ("수입 344,800백만원", [_PARTS[0], _PARTS[2]]),
    ],
)  # fmt: skip
def test_a_sides_whole_is_the_sum_of_its_parts_totals(
    stated: str, parts: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    """`수입 344,800백만원` over `수익적 수입 | 계 | 280,800` and `자본적 수입 | 계 | 64,000`:
    the check holds it to their sum, and passes."""
    report = _budget(stated, parts)
    checks = [c for c in report.validation if c.check == "budget_lines.stated"]
    assert checks and all(c.passed for c in checks), [c.detail for c in checks]


def _water_org(rows: list[list[str]]) -> Report:
    return _hwpx(
        p("2025년 주요업무보고"), p("가람광역시 상수도사업본부"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 인력"),
        p("□ 조 직 : 본부 3부 1실 12팀, 사업소 10개소 (정수사업소 4, 수도사업소 6)"),
        p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 노후관 교체"), p("□ 노후 상수관로 교체"),
    )  # fmt: skip


_HQ = ("경영지원부(총무팀, 경영기획팀, 재무팀, 요금팀), "
       "급수운영부(급수계획팀, 누수관리팀, 수도시설팀), "
       "시설관리부(시설계획팀, 관로건설팀, 시설안전팀), 수질관리실(수질기획팀, 수질분석팀)")
_PLANTS = "가람정수사업소, 솔내정수사업소, 한빛정수사업소, 누리정수사업소"
_OFFICES = ("동부수도사업소, 서부수도사업소, 남부수도사업소, "
            "북부수도사업소, 중부수도사업소, 강변수도사업소")


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        (["구 분", "기 구", "부 서 명"],
         {"경영지원부": "", "총무팀": "경영지원부", "요금팀": "경영지원부",
          "수도시설팀": "급수운영부", "수질관리실": "", "수질분석팀": "수질관리실"}),
        (["구 분", "기구수", "부 서"],
         {"시설관리부": "", "시설안전팀": "시설관리부", "관로건설팀": "시설관리부"}),
    ],
)  # fmt: skip
def test_a_row_of_counts_lists_units_with_their_teams_in_brackets(
    heads: list[str], expected: dict[str, str]
) -> None:
    """`본 부 | 3부 1실 | 경영지원부(총무팀, …), …`: each unit, its bracket's teams under it."""
    report = _water_org([heads, ["본 부", "3부 1실", _HQ], ["정수사업소", "4개소", _PLANTS]])
    units = {u.name: u.parent or "" for u in report.organization}
    for name, parent in expected.items():
        assert name in units, sorted(units)
        if parent:
            assert units[name] == parent
        else:
            assert units[name] not in expected  # (the top's, no team's)
    assert sum(u.level == "team" for u in report.organization) == 12


@pytest.mark.parametrize(
    ("kind", "count", "names"),
    [("정수사업소", "4개소", _PLANTS), ("수도사업소", "6개소", _OFFICES),
     ("정수사업소", "4 개소", _PLANTS)],
)
def test_a_kind_beside_its_count_over_units_of_that_kind_is_no_unit(
    kind: str, count: str, names: str
) -> None:
    """`정수사업소 | 4개소 | 가람정수사업소, …`: the four are units of the top's, `정수사업소`
    none (it had been a unit over them)."""
    head = ["구 분", "기 구", "부 서 명"]
    report = _water_org([head, ["본 부", "3부 1실", _HQ], [kind, count, names]])
    units = {u.name: u.parent for u in report.organization}
    listed = [n.strip() for n in names.split(",")]
    assert kind not in units
    assert all(n in units for n in listed)
    assert {units[n] for n in listed} == {units["경영지원부"]}


@pytest.mark.parametrize(
    ("cost", "expected"),
    [
        ("6,250백만원 (기채 6,250)", {"기채": 6_250_000_000}),
        ("18,600백만원 (기채 100%)", {"기채": 18_600_000_000}),
        ("1,200백만원 (지방채 1,200)", {"지방채": 1_200_000_000}),
    ],
)
def test_borrowing_is_a_cards_funding_source(cost: str, expected: dict[str, int]) -> None:
    """`○ 사 업 비 : 6,250백만원 (기채 6,250)`: the card's funding is 기채 (a 공기업's bond)."""
    report = _hwpx(
        p("Ⅰ. 2025년 주요업무계획"), p("1. 고객 중심 수도 서비스"), p("□ 스마트 원격검침 확대"),
        p("○ 사업기간 : ’25. 2. ~ 11."), p(f"○ 사 업 비 : {cost}"),
        p("○ 사 업 량 : 원격검침 단말기 25,000전 설치"),
    )  # fmt: skip
    assert [x.title for x in report.projects] == ["스마트 원격검침 확대"]
    funding = {f.source: f.amount_krw for f in report.project_funding}
    assert funding == expected
