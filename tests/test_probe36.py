"""Forms of the genre met in a 구 안전도시국's HWPX numbered by Hancom's automatic
numbering (a table of facilities of as many columns as its duty table), ...: what each
must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

DUTIES = [
    ["과", "팀", "주요업무"],
    ["안전총괄과", "안전정책팀", "- 안전정책 총괄\n- 재난안전 예산 관리"],
    ["안전총괄과", "비상대비팀", "- 민방위 운영"],
]
FACILITIES = [
    ["구 분", "현 황", "비 고"],
    ["공공용 대피시설", "62개소", "지하주차장, 지하철역 등 공공용 시설"],
    ["방범용 CCTV", "1,284대", "통합관제센터 24시간 관제"],
]


def test_a_table_of_as_many_columns_under_a_later_part_is_no_more_duties() -> None:
    """"과 | 팀 | 주요업무" under "1. 조직", then "4. 주요 시설 현황" over "구 분 | 현 황 | 비
    고": the second is no duty table going on (its counts had been read as divisions,
    "62개소", and their remarks as duties)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "누리구 안전도시국", "Ⅰ. 일반현황", "1. 조직"]),
        p(_table(DUTIES, {(1, 0): 2})),
        *map(p, ["2. 주요 시설 현황"]),
        p(_table(FACILITIES)),
        *map(p, ["Ⅱ. 2026년 주요업무 추진계획", "1. 재난안전 체계 고도화"]),
    )  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("안전정책팀", "안전정책 총괄"), ("안전정책팀", "재난안전 예산 관리"),
        ("비상대비팀", "민방위 운영"),
    ]  # fmt: skip
