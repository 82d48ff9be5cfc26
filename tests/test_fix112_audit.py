"""Fixes of the 112th round (audit): the bracket closing a finding's title in square
brackets or of labelled parts, `[건의 / 환경정책과]`, `[시정, 공원녹지과]`, `(처리요구 : 시정,
소관 : 공원녹지과)`, `(지적위원 : 김○○ 위원, 소관 : 도로과)`; a status alone after an action's
label beside the finding's other labelled lines, `- 처리결과 : 완료` / `- 조치내용 : …`; a
finding's category on a labelled line of its own, `- 처리요구 : 시정`; and the audit summary
whose columns are the total, the categories and the statuses side by side, `계 | 시정 | 주의 |
건의 | 처리완료 | 추진중`, over its total row and a row a division (text and HWPX)."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_HEAD = """\
                    2026년 주요업무보고

                         도 시 환 경 국

Ⅰ. 일반현황

1. 조직

□ 기 구 : 1국 3과 12팀

Ⅱ. 2026년 주요업무 추진계획

1. 탄소중립 실천도시 조성 (환경정책과)

□ 추진계획
○ 2026. 3. : 실천 포인트 운영 계획 수립

Ⅲ. 2025년 행정사무감사 지적사항 처리결과

"""


def _findings(body: str) -> list[tuple[str, str | None, str | None, list[str], str | None]]:
    report = _text(_HEAD + body)
    return [
        (f.finding, f.category, f.category_raw, f.divisions, f.status)
        for f in report.audit_findings
    ]


_BRACKETS = [
    (
        "square_slash",
        "① 미세먼지 신호등 고장 방치 [시정 / 환경정책과]\n  ▶ 조치결과 : 고장 신호등 5개소 수리\n"
        "  ▶ 조치상황 : 완료\n\n② 탄소중립 교육 대상 확대 필요 [건의 / 녹색환경과]\n"
        "  ▶ 조치결과 : 경로당까지 교육 대상 확대\n  ▶ 조치상황 : 추진중\n",
        [
            ("미세먼지 신호등 고장 방치", "correction", "시정", ["환경정책과"], "completed"),
            ("탄소중립 교육 대상 확대 필요", "suggestion", "건의", ["녹색환경과"], "in_progress"),
        ],
    ),
    (
        "square_comma",
        "① 놀이시설 안전점검 미실시 [시정, 공원녹지과]\n  ▶ 조치결과 : 32개소 안전점검\n"
        "  ▶ 조치상황 : 완료\n\n② 민원 처리기한 초과 [주의, 환경정책과]\n"
        "  ▶ 조치결과 : 처리기한 관리 시스템 도입\n  ▶ 조치상황 : 완료\n",
        [
            ("놀이시설 안전점검 미실시", "correction", "시정", ["공원녹지과"], "completed"),
            ("민원 처리기한 초과", "other", "주의", ["환경정책과"], "completed"),
        ],
    ),
    (
        "labelled_category_division",
        "① 대형폐기물 수거 지연 민원 반복 (처리요구 : 시정, 소관 : 청소행정과)\n"
        "  ▶ 조치결과 : 수거 대행업체 차량 2대 증차\n  ▶ 조치상황 : 완료\n\n"
        "② 음식물류 폐기물 감량기 보급 확대 (처리요구 : 건의, 소관 : 자원순환과)\n"
        "  ▶ 조치결과 : 2026년 예산 확보 추진\n  ▶ 조치상황 : 추진중\n",
        [
            ("대형폐기물 수거 지연 민원 반복", "correction", "시정", ["청소행정과"], "completed"),
            ("음식물류 폐기물 감량기 보급 확대", "suggestion", "건의", ["자원순환과"],
             "in_progress"),
        ],
    ),
    (
        "labelled_parts_a_slash_apart",
        "① 정류장 안내판 정비 지연 (처리요구 : 주의 / 소관 : 교통행정과)\n"
        "  ▶ 조치결과 : 안내판 12개소 교체\n  ▶ 조치상황 : 완료\n",
        [("정류장 안내판 정비 지연", "other", "주의", ["교통행정과"], "completed")],
    ),
    (
        "member_and_division",
        "① 보도블록 재포장 부실 시공 (지적위원 : 김○○ 위원, 소관 : 도로과)\n"
        "  ▶ 조치결과 : 하자보수 및 벌점 부과\n  ▶ 조치상황 : 완료\n\n"
        "② 가로등 고장 신고 처리 지연 (지적위원 : 이○○ 위원, 소관 : 교통행정과)\n"
        "  ▶ 조치결과 : 신고 접수 창구 일원화\n  ▶ 조치상황 : 추진중\n",
        [
            ("보도블록 재포장 부실 시공", None, None, ["도로과"], "completed"),
            ("가로등 고장 신고 처리 지연", None, None, ["교통행정과"], "in_progress"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in _BRACKETS], ids=[c[0] for c in _BRACKETS]
)
def test_a_findings_closing_bracket_in_square_brackets_or_of_labelled_parts(
    body: str, expected: list[tuple[str, str | None, str | None, list[str], str]]
) -> None:
    """The bracket gives the category and the divisions (a member's name neither) and is
    no part of the finding (it had kept the bracket, category and divisions empty)."""
    assert _findings(body) == expected


def test_a_status_alone_after_an_actions_label_beside_its_other_lines() -> None:
    """`- 처리결과 : 완료` over `- 조치내용 : …` (or `- 향후계획 : …`): the status, no action
    (what was done had opened with `완료`, or been `추진중` alone)."""
    body = (
        "① 신호등 고장 방치 (환경정책과)\n  - 처리결과 : 완료\n"
        "  - 조치내용 : 고장 신호등 5개소 수리\n\n"
        "② 보일러 보조금 홍보 강화 (환경정책과)\n  - 처리결과 : 추진중\n"
        "  - 향후계획 : 2026. 3. 구 소식지 게재\n"
    )
    report = _text(_HEAD + body)
    got = [(f.finding, f.status, f.status_raw, f.actions, f.plans) for f in report.audit_findings]
    assert got == [
        ("신호등 고장 방치", "completed", "완료", "고장 신호등 5개소 수리", ""),
        ("보일러 보조금 홍보 강화", "in_progress", "추진중", "", "2026. 3. 구 소식지 게재"),
    ]


def test_a_findings_category_on_a_labelled_line_of_its_own() -> None:
    """`- 처리요구 : 주의` under a finding: its category (it had been read as a heading of
    the findings after it, the next one taking it)."""
    body = (
        "① 보도블록 부실 시공 (도로과)\n  - 처리요구 : 시정\n"
        "  - 조치결과 : 하자보수 완료\n  - 조치상황 : 완료\n\n"
        "② 도로점용료 부과 누락 (도로과)\n  - 처리요구 : 주의\n"
        "  - 조치결과 : 누락분 부과\n  - 조치상황 : 완료\n\n"
        "③ 제설 취약구간 관리 강화 (도로과)\n  - 처리요구 : 건의\n"
        "  - 조치결과 : 염수분사장치 설치 추진\n  - 조치상황 : 추진중\n"
    )
    assert [(c, r) for _, c, r, _, _ in _findings(body)] == [
        ("correction", "시정"), ("other", "주의"), ("suggestion", "건의"),
    ]  # fmt: skip


_SUMMARY_TEXT = """\
1. 처리현황

  구  분    계    시정   주의   건의   처리완료   추진중
  계         5     2      1      2       3         2
  환경정책과   3     1      1      1       2         1
  도로과      2     1      0      1       1         1

2. 세부 처리결과

① 신호등 고장 방치 (환경정책과)
  ▶ 조치결과 : 고장 신호등 수리
  ▶ 조치상황 : 완료
"""

_SUMMARY_ROWS = [
    ["구  분", "계", "시정", "주의", "건의", "처리완료", "추진중"],
    ["계", "5", "2", "1", "2", "3", "2"],
    ["환경정책과", "3", "1", "1", "1", "2", "1"],
    ["도로과", "2", "1", "0", "1", "1", "1"],
]


def _hwpx_summary() -> Report:
    return _hwpx(
        p("2026년 주요업무보고"), p("도 시 환 경 국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1국 3과 12팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p("1. 처리현황"),
        p(_table(_SUMMARY_ROWS)), p("2. 세부 처리결과"),
        p("① 신호등 고장 방치 (환경정책과)"), p("▶ 조치결과 : 고장 신호등 수리"),
        p("▶ 조치상황 : 완료"),
    )  # fmt: skip


@pytest.mark.parametrize("form", ["text", "hwpx"])
def test_a_summary_of_total_categories_and_statuses_side_by_side(form: str) -> None:
    """`계 | 시정 | 주의 | 건의 | 처리완료 | 추진중` over `계` and a row a division: the total
    row's statuses its total record, each category column's count its category's total;
    the divisions' rows no category (they had been warned of as unknown categories and
    the categories lost)."""
    report = _text(_HEAD + _SUMMARY_TEXT) if form == "text" else _hwpx_summary()
    got = [
        (s.category, s.category_raw, s.total, s.completed, s.in_progress)
        for s in report.audit_summary
    ]
    assert got == [
        ("total", "계", 5, 3, 2),
        ("correction", "시정", 2, None, None),
        ("other", "주의", 1, None, None),
        ("suggestion", "건의", 2, None, None),
    ]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]


def test_a_findings_tables_cell_closed_by_a_square_bracket() -> None:
    """A findings table's 지적사항 cell `… 미흡 [시정 / 도로과]`: its category and division."""
    rows = [
        ["연번", "지  적  사  항", "조  치  결  과", "처리상황"],
        ["1", "보도 정비 사후관리 미흡 [시정 / 도로과]", "- 전수점검 실시", "완료"],
        ["2", "가로수 관리 체계 개선 [건의, 공원녹지과]", "- 관리대장 전산화 추진", "추진중"],
    ]
    report = _hwpx(
        p("2026년 주요업무보고"), p("도 시 환 경 국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1국 3과 12팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p(_table(rows)),
    )  # fmt: skip
    got = [(f.finding, f.category, f.category_raw, f.divisions) for f in report.audit_findings]
    assert got == [
        ("보도 정비 사후관리 미흡", "correction", "시정", ["도로과"]),
        ("가로수 관리 체계 개선", "suggestion", "건의", ["공원녹지과"]),
    ]


_HEADINGS = [
    (
        "labelled_counted",
        "□ 처리요구 : 시정 (2건)\n\n① 신호등 고장 방치 (환경정책과)\n"
        "  - 조치결과 : 고장 신호등 5개소 수리\n  - 조치상황 : 완료\n\n"
        "② 보일러 보조금 홍보 (환경정책과)\n  - 조치결과 : 홍보 실시\n  - 조치상황 : 완료\n\n"
        "□ 처리요구 : 건의 (1건)\n\n③ 하천 수질 관리 강화 (환경정책과)\n"
        "  - 조치결과 : 측정망 추가\n  - 조치상황 : 추진중\n\n"
        "□ 조치요구 : 주의\n\n④ 공원 관리 (공원녹지과)\n"
        "  - 조치결과 : 점검\n  - 조치상황 : 완료\n",
        [("correction", "시정"), ("correction", "시정"), ("suggestion", "건의"),
         ("other", "주의")],
    ),
    (
        "measure_heading",
        "□ 시정요구 (1건)\n\n① 신호등 고장 방치 (환경정책과)\n"
        "  - 조치결과 : 고장 신호등 5개소 수리\n  - 조치상황 : 완료\n\n"
        "□ 주의요구\n\n② 공원 관리 (공원녹지과)\n"
        "  - 조치결과 : 점검\n  - 조치상황 : 완료\n",
        [("correction", "시정요구"), ("other", "주의요구")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in _HEADINGS], ids=[c[0] for c in _HEADINGS]
)
def test_a_labelled_category_line_over_findings_heads_them(
    body: str, expected: list[tuple[str, str]]
) -> None:
    """`□ 처리요구 : 건의 (1건)` with findings under it: a heading naming their category by
    the value after its label (it had been read as a finding's own field, none taking it);
    `□ 주의요구` over findings: theirs (the heading before it had run on)."""
    assert [(c, r) for _, c, r, _, _ in _findings(body)] == expected


def test_a_status_with_a_bracket_after_an_actions_label_beside_its_plans() -> None:
    """`- 처리결과 : 추진중(2026. 6월 완료 예정)` over `- 향후계획 : …`: the status as printed,
    no action (the whole had been the action too)."""
    body = (
        "① 보일러 보조금 홍보 강화 (환경정책과)\n  - 처리결과 : 추진중(2026. 6월 완료 예정)\n"
        "  - 향후계획 : 2026. 3. 구 소식지 게재\n\n"
        "② 가로등 정비 (도로과)\n  - 처리결과 : 완료 (2025. 11.)\n"
        "  - 조치내용 : 노후 가로등 40본 교체\n"
    )
    report = _text(_HEAD + body)
    got = [(f.status, f.status_raw, f.actions, f.plans) for f in report.audit_findings]
    assert got == [
        ("in_progress", "추진중(2026. 6월 완료 예정)", "", "2026. 3. 구 소식지 게재"),
        ("completed", "완료 (2025. 11.)", "노후 가로등 40본 교체", ""),
    ]


_MIXED_FORMS = [
    (
        "two_row_header",
        "  구  분    계        처분유형               처리상황\n"
        "                   시정   주의   건의    완료   추진중\n"
        "  계         6     3      1      2       4         2\n"
        "  환경정책과   4     2      1      1       3         1\n"
        "  도로과      2     1      0      1       1         1\n",
    ),
    (
        "group_of_units_row",
        "  구  분    계    시정   주의   건의   처리완료   추진중\n"
        "  계         6     3      1      2       4         2\n"
        "  환경정책과   4     2      1      1       3         1\n"
        "  읍·면       2     1      0      1       1         1\n",
    ),
    (
        "group_of_units_row_nil",
        "  구  분    계    시정   주의   건의   처리완료   추진중\n"
        "  계         6     3      1      2       4         2\n"
        "  환경정책과   6     3      1      2       4         2\n"
        "  읍면       0     -      -      -       -         -\n",
    ),
]


@pytest.mark.parametrize("table", [c[1] for c in _MIXED_FORMS], ids=[c[0] for c in _MIXED_FORMS])
def test_a_mixed_summary_under_group_words_or_with_a_group_of_units_row(table: str) -> None:
    """`계 | 처분유형 | 처리상황` over `시정 주의 건의 | 완료 추진중`, or a row `읍·면` / `읍면`
    (a group of units, no unit's name): read as the mixed summary (no record had come
    of the first, the categories been lost from the second)."""
    body = (
        "1. 처리현황\n\n" + table + "\n2. 세부 처리결과\n\n① 신호등 고장 방치 (환경정책과)\n"
        "  ▶ 조치결과 : 고장 신호등 수리\n  ▶ 조치상황 : 완료\n"
    )
    report = _text(_HEAD + body)
    got = [
        (s.category, s.category_raw, s.total, s.completed, s.in_progress)
        for s in report.audit_summary
    ]
    assert got == [
        ("total", "계", 6, 4, 2),
        ("correction", "시정", 3, None, None),
        ("other", "주의", 1, None, None),
        ("suggestion", "건의", 2, None, None),
    ]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]


def test_a_mixed_summary_with_a_group_of_units_row_in_a_hangul_file() -> None:
    """The HWPX table's row `읍·면`: a division's row of the mixed summary."""
    rows = [*_SUMMARY_ROWS[:3], ["읍·면", "2", "1", "0", "1", "1", "1"]]
    report = _hwpx(
        p("2026년 주요업무보고"), p("도 시 환 경 국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1국 3과 12팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p("1. 처리현황"),
        p(_table(rows)), p("2. 세부 처리결과"),
        p("① 신호등 고장 방치 (환경정책과)"), p("▶ 조치결과 : 고장 신호등 수리"),
        p("▶ 조치상황 : 완료"),
    )  # fmt: skip
    got = [(s.category, s.category_raw, s.total) for s in report.audit_summary]
    assert got == [
        ("total", "계", 5), ("correction", "시정", 2), ("other", "주의", 1),
        ("suggestion", "건의", 2),
    ]  # fmt: skip
