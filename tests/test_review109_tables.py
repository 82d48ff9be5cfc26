"""Review of the hundred-and-ninth round: a group's heading in a heading's brackets under
연번 stays a row of its own though a second cell stands beside it; only a round bracket that
opens a line of several cells is a wrapped cell's note."""

from __future__ import annotations

from tests.test_other_reports import _text

HEAD = "2026년 주요업무보고\n한빛구 기획경제국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n\n"


def test_a_group_heading_with_a_second_cell_is_no_wrap_of_the_row_above() -> None:
    """`< 하천안전 분야 >  수해 예방` between numbered rows: the group's heading, a row of
    its own; the member's name above it keeps its own note alone."""
    report = _text(
        HEAD + "Ⅴ. 구정질문 처리결과\n\n"
        "  연번    의  원    요      지              처 리 결 과                  담당과\n"
        "   1      정도윤    공영주차장 부족         노외주차장 2개소          교통행정과\n"
        "        (구정질문)  해소 방안               추가 조성(’26. 9.)\n"
        "   2      한서진    하천변 야간 조명        산책로 조명 교체          치수과\n"
        "        (5분발언)   개선 건의               완료(’25. 11.)\n"
        "  < 하천안전 분야 >       수해 예방\n"
        "   3      오세린    침수 취약지역           빗물펌프장 증설           치수과\n"
        "   4      배윤하    어린이 보호구역         단속카메라 설치           교통행정과\n"
    )
    raws = [c.raw for c in report.table_cells]
    assert "한서진 (5분발언)" in raws
    assert "< 하천안전 분야 >" in raws
    assert not any("하천안전" in r and r != "< 하천안전 분야 >" for r in raws)
