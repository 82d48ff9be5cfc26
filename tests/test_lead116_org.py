"""An organisation table's row counted by a counter of no kind (`직속기관 | 2개 | 소방학교,
종합방재센터`): the bare `2개` was no count, and the whole table was lost; as many names as
it counts are units whatever their endings (`소방학교` ends in no unit word)."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document, read_bytes
from tests.hwpx_maker import hwpx, p, sec
from tests.test_other_reports import _table

HEAD = ["구 분", "기 구", "부 서 명"]
TOP = ["본 부", "2부 1실", "경영지원부(총무팀, 재무팀), 시설관리부, 수질관리실(수질팀)"]
STATIONS = ["소방서", "3", "가람소방서, 솔내소방서, 한빛소방서"]


def _units(last: list[str]) -> list[str]:
    body = hwpx(sec(
        p("2025년 주요업무보고"), p("가람광역시 소방본부"), p("Ⅰ. 일반현황"), p("1. 조직"),
        p(_table([HEAD, TOP, STATIONS, last])), p("Ⅱ. 주요업무계획"), p("1. 노후장비 교체"),
        p("□ 소방차량 교체"), p("○ 사업기간 : ’25. 1. ~ 12."), p("○ 사업비 : 1,000백만원"),
    ))  # fmt: skip
    r = check(parse_document(read_bytes(body, "report.hwpx"), "report"))
    return [o.name for o in r.organization if o.level == "division"]


KEPT = ["경영지원부", "시설관리부", "수질관리실", "가람소방서", "솔내소방서", "한빛소방서"]


@pytest.mark.parametrize(
    ("last", "listed"),
    [
        (["직속기관", "2개", "소방학교, 종합방재센터"], ["소방학교", "종합방재센터"]),
        (["직속기관", "2 개", "소방학교, 종합방재센터"], ["소방학교", "종합방재센터"]),
        (["사업소", "2개소", "가람사업소, 솔내사업소"], ["가람사업소", "솔내사업소"]),
        # (a kind beside its bare count: no unit, the units it counts the top's)
        (["수도사업소", "3개", "동부수도사업소, 서부수도사업소, 남부수도사업소"],
         ["동부수도사업소", "서부수도사업소", "남부수도사업소"]),
        # (a count the names do not match: those names none, the table kept)
        (["직속기관", "3개", "소방학교, 종합방재센터"], []),
    ],
)
def test_units_counted_by_a_bare_counter(last: list[str], listed: list[str]) -> None:
    assert _units(last) == [*KEPT, *listed]
