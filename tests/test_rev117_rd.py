"""Review of round 117 on a 시설관리공단's 주요업무보고 (HWP 5 and PDF): a unit's note of
change in a cell of its own on the unit's row of an org table (a 비고 column: "안전관리실 |
중대재해 예방 | (’25. 7. 신설)") is the unit's ``change_note`` as a bracket after its name
is; the note is the row's unit's (a 본부 whose cell spans its 실's rows is not the one a 실's
row notes), and a remark that is no note of change sets none."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import grid, hwpx, p, sec, to_hwp

Spans = dict[tuple[int, int], tuple[int, int]]


def _report(rows: list[list[str]], spans: Spans, as_hwp: bool) -> Report:
    data = hwpx(sec(
        p("2026년도 주요업무보고"), p("한빛시 시설관리공단"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1본부 3실"), p(grid(rows, spans)),
        p("Ⅱ. 2026년 주요사업"), p("1. 체육시설 노후 설비 교체"),
        p("○ 사업기간 : 2026. 3. ~ 2026. 11."), p("○ 사업비 : 1,850백만원"),
    ))  # fmt: skip
    name = "report.hwp" if as_hwp else "report.hwpx"
    return check(parse_document(read_bytes(to_hwp(data) if as_hwp else data, name), "report"))


_BY_BODY = [
    ["구분", "부서", "주요업무", "비고"],
    ["경영본부", "경영지원실", "인사, 예산, 회계", "{0}"],
    ["", "안전관리실", "중대재해 예방, 시설 안전점검", "{1}"],
    ["", "시설운영실", "체육·주차·공원시설 운영", "{2}"],
]


@pytest.mark.parametrize("as_hwp", [False, True])
@pytest.mark.parametrize(
    ("notes", "want"),
    [
        (("", "(’25. 7. 신설)", ""), {"안전관리실": "’25. 7. 신설"}),
        (("", "’25. 7. 신설", "2025. 1. 개편"),
         {"안전관리실": "’25. 7. 신설", "시설운영실": "2025. 1. 개편"}),
        (("(신설)", "", ""), {"경영지원실": "신설"}),  # (the row's 실, not the 본부 over it)
        # (remarks of another kind beside a note)
        (("수영장 3개소 포함", "신설 추진", "(’26. 1. 통합)"), {"시설운영실": "’26. 1. 통합"}),
    ],
)  # fmt: skip
def test_a_note_in_a_remarks_column(notes: tuple[str, str, str], want: dict[str, str],
                                    as_hwp: bool) -> None:
    rows = [[c.format(*notes) for c in row] for row in _BY_BODY]
    report = _report(rows, {(1, 0): (3, 1)}, as_hwp)
    got = {u.name: u.change_note for u in report.organization if u.change_note}
    names = {u.name for u in report.organization}
    assert {"안전관리실", "시설운영실", "경영지원실"} <= names
    assert got == want


def test_a_remarks_cell_that_is_wholly_a_note() -> None:
    from extract.parse.org_remarks import remark_note

    assert remark_note("(’25. 7. 신설)") == "’25. 7. 신설"
    assert remark_note("폐지 예정") == "폐지 예정"
    assert remark_note("비고") is None and remark_note("’25. 7.") is None


def test_every_column_of_every_table_has_its_texts() -> None:
    """The datapackage describes every column (round 117's new columns had no texts: every
    conversion ended in an internal error after writing its tables)."""
    from extract.emit.combined import SPECS
    from extract.emit.datapackage import table_schema

    for spec in SPECS.values():
        fields = table_schema(spec)["fields"]
        assert [f["name"] for f in fields] == [c.name for c in spec.columns]
        assert all(f["title"] and f["description"] for f in fields), spec.name


_FINDINGS = [
    ["연번", "지적사항", "요구사항", "조치결과", "처리상황"],
    ["1", "수영장 안전요원 배치 기준 미준수", "안전요원 상시 배치", "안전요원 6명 채용", "완료"],
    ["2", "주차요금 감면 누락", "감면 대상 자동확인 도입", "공동이용 연계 완료", "완료"],
    ["3", "공원묘지 배수시설 노후", "배수로 정비계획 수립", "5월 착공 예정", "추진중"],
]


@pytest.mark.parametrize("as_hwp", [False, True])
@pytest.mark.parametrize(
    "rows",
    [
        [["계", "완료", "추진중"], ["3건", "2건", "1건"]],
        [["총 건수", "처리완료", "추진중"], ["3건", "2건", "1건"]],
    ],
)  # fmt: skip
def test_a_bare_summary_whose_counts_close_with_their_word(
    rows: list[list[str]], as_hwp: bool
) -> None:
    """`계 | 완료 | 추진중` over `3건 | 2건 | 1건`: the findings' total and their statuses, as
    over `3 | 2 | 1` (round 117's bare summary took figures alone)."""
    data = hwpx(sec(
        p("2026년도 주요업무보고"), p("한빛시 시설관리공단"),
        p("Ⅰ. 2026년 주요사업"), p("1. 체육시설 노후 설비 교체"),
        p("○ 사업기간 : 2026. 3. ~ 2026. 11."), p("○ 사업비 : 1,850백만원"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"), p(grid(rows)), p(grid(_FINDINGS)),
    ))  # fmt: skip
    name = "report.hwp" if as_hwp else "report.hwpx"
    report = check(parse_document(read_bytes(to_hwp(data) if as_hwp else data, name), "r"))
    got = [(s.total, s.completed, s.in_progress) for s in report.audit_summary]
    assert got == [(3, 2, 1)]
    assert [f.status for f in report.audit_findings] == ["completed", "completed", "in_progress"]
    assert not [c.check for c in report.validation if not c.passed]
