"""Still more forms of the genre, from reports written for the purpose (a 상수도사업본부's
text export, a 특별자치도 실's Chromium PDF, a 구청 국's Writer PDF, a 공사's Hangul file, a
광역시 국's text export of 2019): what each must give, worked out from its lines, and what
had been lost or misfiled before."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed

# --- the duties of the divisions as a chapter of their own ----------------------------------


def test_a_chapter_of_duties() -> None:
    """"Ⅱ. 부서별 주요기능" is a chapter of its own, not a part of 일반현황: its table gives
    the duties (the chapter had had no role, and no duty was read)."""
    duties = _table([
        ["부 서", "주 요 기 능"],
        ["관광정책과", "• 관광정책 종합계획 수립\n• 관광 통계 관리"],
        ["관광자원과", "• 관광지 개발 및 관리"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 2과 5팀"),
        p("Ⅱ. 부서별 주요기능"), p(duties),
        p("Ⅲ. 2024년 주요업무계획"), p("1. 관광 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("관광정책과", "관광정책 종합계획 수립"), ("관광정책과", "관광 통계 관리"),
        ("관광자원과", "관광지 개발 및 관리"),
    ]  # fmt: skip
    assert not failed(report)
