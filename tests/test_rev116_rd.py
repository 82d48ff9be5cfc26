"""Review of round 116 (rd): a 구청's 안전도시국 report end to end, its 붙임 세출예산
사업명세서 drawn as a table whose narrow cells wrap: the row header's levels over lines of
their own, a level word broken between them (``부서 / 정책사업 / 단위사업 / 세부`` / ``사업 /
편성목`` / ``예산액 전년도 비교증감 산 출 기 초``), and each 산출기초 wrapped before its sum
(``○ 시스템 운영 소모품 : 2,500,000원 × 12월 =`` / ``30,000천원``).  As a PDF prints it
(its lines as read) and as a Hangul file whose cells hold the same lines as paragraphs, the
book had given no items at all (its header named no columns), or, its header whole, the
wrapped basis lines as rows (``○ 시스템 운영 소모품 : … 401-01 시설비``)."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_GENERAL = """\
2026년 주요업무보고

안 전 도 시 국

Ⅰ. 일 반 현 황

1. 예 산

□ 2026년 세출예산 : 28,450,000천원

Ⅱ. 2026년 주요업무 추진계획

1. 재난안전 대응체계 고도화
 □ 사업개요
  ○ 사업기간 : 2026. 1. ~ 12.

"""

#: the header's cells: the row header's, wrapped, then the columns'
_HEAD = ["부서 / 정책사업 / 단위사업 / 세부\n사업 / 편성목", "예산액", "전년도", "비교증감",
         "산 출 기 초"]  # fmt: skip
#: (label, 예산액, 전년도, 비교증감, 산출기초 as wrapped), 천원
_ROWS = [
    ["▣ 재난안전 관리", "1,030,000", "900,000", "130,000", ""],
    ["■ 재난예방", "1,030,000", "900,000", "130,000", ""],
    ["□ 스마트 재난감지 시스템 구축", "850,000", "700,000", "150,000",
     "국 200,000 / 시 150,000 / 구 500,000"],
    ["201-01 사무관리비", "30,000", "20,000", "10,000",
     "○ 시스템 운영 소모품 : 2,500,000원 × 12월 =\n30,000천원"],
    ["401-01 시설비", "820,000", "680,000", "140,000",
     "○ 재난감지 센서 설치 : 4,100,000원 × 200개\n소 = 820,000천원"],
    ["□ 노후 공동주택 안전점검", "180,000", "200,000", "△20,000", "구 180,000"],
    ["201-01 사무관리비", "9,000", "10,000", "△1,000",
     "○ 점검결과 보고서 인쇄 : 20,000원 × 450부 =\n9,000천원"],
    ["307-05 민간위탁금", "171,000", "190,000", "△19,000",
     "○ 정밀점검 용역 : 3,800,000원 × 45개 단지 =\n171,000천원"],
]  # fmt: skip

#: (item, the row it adds up into, 예산액 in won), as the page reads (each object named
#: apart from its code: tests/test_lead117_item_codes.py)
_WANT = [
    ("재난안전 관리", None, 1_030_000_000),
    ("재난예방", "재난안전 관리", 1_030_000_000),
    ("스마트 재난감지 시스템 구축", "재난예방", 850_000_000),
    ("사무관리비", "스마트 재난감지 시스템 구축", 30_000_000),
    ("시설비", "스마트 재난감지 시스템 구축", 820_000_000),
    ("노후 공동주택 안전점검", "재난예방", 180_000_000),
    ("사무관리비", "노후 공동주택 안전점검", 9_000_000),
    ("민간위탁금", "노후 공동주택 안전점검", 171_000_000),
]


def _as_read(head: list[str]) -> str:
    """The book's lines as a PDF's drawn table reads them: the row header's cell wrapped
    over lines of its own, then the other heads; each row's figures and its basis' first
    line on one line, the basis' rest under it."""
    out = ["붙임  2026년 세출예산 사업명세서(발췌)", "(단위 : 천원)", *head[0].split("\n"),
           " ".join(head[1:])]  # fmt: skip
    for label, *figures, basis in _ROWS:
        first, *rest = basis.split("\n")
        if first.startswith("○"):  # (a basis opens a line of its own under its row)
            out += [" ".join([label, *figures]), first, *rest]
        else:
            out.append(" ".join(x for x in [label, *figures, first] if x))
    return "\n".join(out) + "\n"


def _report(kind: str, head: list[str]) -> Report:
    if kind == "text":
        return _text(_GENERAL + _as_read(head))
    rows = [head, *_ROWS]
    return _hwpx(
        *map(p, _GENERAL.strip().splitlines()), p("붙임  2026년 세출예산 사업명세서(발췌)"),
        p("(단위 : 천원)"), p(_table(rows)),
    )  # fmt: skip


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(_HEAD, id="a level word broken"),
        pytest.param(["부서 / 정책사업 / 단위사업 /\n세부사업 / 편성목", *_HEAD[1:]],
                     id="broken at a slash"),
        pytest.param(["부서 / 정책사업 /\n단위사업 / 세부\n사업 / 편성목", *_HEAD[1:]],
                     id="over three lines"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("kind", ["text", "hwpx"])
def test_a_wrapped_books_rows_are_its_items(kind: str, head: list[str]) -> None:
    """Each row an item under the row it adds up into; the header's lines one header, the
    wrapped basis lines neither rows nor residue (int116: no items, or the basis' lines
    run into the next row's name)."""
    report = _report(kind, head)
    got = [(i.item, i.parent, i.budget_krw) for i in report.budget_items]
    assert got == _WANT
    assert not report.residue
    assert [v.check for v in report.validation if not v.passed] == []


#: the audit's findings as one table, a column of what is yet to be done beside the actions
_FINDINGS = [
    ["1", "시정", "안전체험관 민간위탁금 정산 부적정", "위탁금 정산 재실시",
     "연 1회 정산 점검 실시",
     "완료"],
    ["2", "주의", "건축허가 처리기간 초과", "허가 처리 점검표 도입", "처리기간 분기별 모니터링",
     "완료"],
    ["3", "건의", "공영주차장 요금체계 개선 필요", "요금 조정 연구용역 추진",
     "2026. 6. 관련 조례 개정 추진", "추진중"],
]  # fmt: skip


def _audit(head: list[str]) -> Report:
    return _hwpx(
        p("Ⅰ. 일 반 현 황"), p("□ 조 직 : 1국 3과 11팀"),
        p("Ⅲ. 2025년 행정사무감사 처리결과"), p("□ 지적사항 3건 (처리완료 2건, 추진중 1건)"),
        p(_table([head, *_FINDINGS])),
    )  # fmt: skip


@pytest.mark.parametrize(
    "plans_head", ["향후계획", "향후 추진계획", "향 후 계 획"]
)
def test_a_findings_tables_column_of_plans(plans_head: str) -> None:
    """A findings table's `향후계획` column is each finding's plans (int116 read a card's
    `향후계획` row, but left a table's column out: plans empty)."""
    head = ["연번", "구분", "지적사항", "조치결과", plans_head, "처리상황"]
    got = [(f.finding, f.actions, f.plans, f.status) for f in _audit(head).audit_findings]
    assert got == [
        ("안전체험관 민간위탁금 정산 부적정", "위탁금 정산 재실시", "연 1회 정산 점검 실시",
         "completed"),
        ("건축허가 처리기간 초과", "허가 처리 점검표 도입", "처리기간 분기별 모니터링",
         "completed"),
        ("공영주차장 요금체계 개선 필요", "요금 조정 연구용역 추진",
         "2026. 6. 관련 조례 개정 추진", "in_progress"),
    ]  # fmt: skip



#: a card's investment plan whose first period is a range of the years already spent
_CARD = ["Ⅱ. 2026년 주요업무 추진계획", "1. 가온천 보행교 설치", "□ 사업개요",
         "○ 사업기간 : 2024. ~ 2027.", "○ 총사업비 : 12,000,000천원", "○ 연차별 투자계획",
         "(단위 : 천원)"]  # fmt: skip
_PERIODS = [("’24~’25", ["2,500,000", "500,000", "1,000,000", "1,000,000"]),
            ("’26년", ["6,000,000", "1,500,000", "2,000,000", "2,500,000"]),
            ("’27년 이후", ["3,500,000", "1,000,000", "1,000,000", "1,500,000"])]  # fmt: skip
_WHOLE = ["12,000,000", "3,000,000", "4,000,000", "5,000,000"]
_SOURCES = ["계", "국비", "시비", "구비"]


def _plan(rows: list[list[str]]) -> Report:
    return _hwpx(*map(p, _CARD), p(_table(rows)), p("□ 추진계획"), p("○ 2026. 4. 착공"))


def _down(first: str) -> list[list[str]]:
    """The plan turned: its periods down the rows, the whole cost's row first."""
    return [["구 분", "계", "국 비", "시 비", "구 비"], [first, *_WHOLE],
            *[[label, *figures] for label, figures in _PERIODS]]  # fmt: skip


def _across() -> list[list[str]]:
    """The plan across: its periods the columns, its sources the rows."""
    rows = [[s, _WHOLE[k], *[f[k] for _, f in _PERIODS]] for k, s in enumerate(_SOURCES)]
    return [["구 분", "총사업비", *[label for label, _ in _PERIODS]], *rows]


@pytest.mark.parametrize(
    "rows", [pytest.param(_down("총사업비"), id="down"), pytest.param(_across(), id="across")]
)
def test_a_range_of_years_before_the_plans_years_is_what_was_spent(
    rows: list[list[str]],
) -> None:
    """`’24~’25` before `’26년` and `’27년 이후`: the amounts spent before the years shown
    (int116 left the range out of plan_years, and its sum against the whole cost failed:
    12,000,000 against the 9,500,000 of the other periods)."""
    report = _plan(rows)
    k = 1000
    spent = {(y.source, y.amount_krw) for y in report.plan_years if y.period == "before"}
    assert spent == {(None, 2_500_000 * k), ("국비", 500_000 * k), ("시비", 1_000_000 * k),
                     ("구비", 1_000_000 * k)}  # fmt: skip
    sums = [v.passed for v in report.validation if v.check == "tables.years_total"]
    assert sums == [True] * 4
