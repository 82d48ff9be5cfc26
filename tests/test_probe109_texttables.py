"""Text-export tables of the hundred-and-ninth round of probes (pledges): a header's
letters spaced wide apart over a total row spaced alike, and rows under 연번 whose cells
wrap onto a line that opens with a bracket."""

from __future__ import annotations

from schemas import Report
from tests.test_other_reports import _text

HEAD = "2026년 주요업무보고\n한빛구 기획경제국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n\n"


def _cells(report: Report, header: str) -> dict[tuple[int, int], str]:
    """The cells of the table whose header row holds ``header``, by (row, col)."""
    (tid,) = {c.table_id for c in report.table_cells if c.is_header and c.raw == header}
    return {(c.row, c.col): c.raw for c in report.table_cells if c.table_id == tid}


def test_a_header_word_spaced_wide_over_a_total_spaced_alike_is_one_column() -> None:
    """`공    약    명` over its titles, `합    계` spaced as its header is: one column
    (공약명) and one label (합계); the column had been split 공 | 약 명, every title under
    `공`, and the total's letters into two cells."""
    report = _text(
        HEAD + "Ⅱ. 공약사항 추진현황\n 1. 공약사항별 추진현황\n\n"
        "                                                         (2026. 1. 31. 기준)\n"
        "  연번  공    약    명                      총사업비(백만원)   추진율(%)  추진상태\n"
        "        합    계                                      41,300\n"
        "   1    하천 산책로 정비                              8,300          90    정상\n"
        "   2    생활체육관 건립                              30,000          40    부진\n"
        "   3    마을버스 노선 확대                            3,000         100    완료\n"
    )
    cells = _cells(report, "공 약 명")
    assert [cells[0, c] for c in range(5)] == [
        "연번", "공 약 명", "총사업비(백만원)", "추진율(%)", "추진상태"
    ]  # fmt: skip
    assert [cells.get((1, c)) for c in range(3)] == ["", "합 계", "41,300"]
    assert [cells[2, c] for c in range(5)] == ["1", "하천 산책로 정비", "8,300", "90", "정상"]
    (total,) = [c for c in report.table_cells if c.raw == "41,300"]
    assert (total.row_header, total.value_krw) == ("합계", 41_300_000_000)


def test_rows_under_serial_numbers_whose_cells_wrap_onto_a_bracketed_line() -> None:
    """Rows numbered under 연번 whose cells go on on the line under them, that line opening
    with a bracket (`(구정질문)` under the member's name): each line the wraps of its
    numbered row's cells, one row per number (they had been rows of their own, taken for a
    group's heading)."""
    report = _text(
        HEAD + "Ⅴ. 구정질문 처리결과\n\n"
        "  연번    의  원    요      지              처 리 결 과                  담당과\n"
        "   1      서지민    공영주차장 부족         노외주차장 2개소          교통행정과\n"
        "        (구정질문)  해소 방안               추가 조성(’26. 9.)\n"
        "   2      문태오    하천변 야간 조명        산책로 조명 교체          치수과\n"
        "        (5분발언)   개선 건의               완료(’25. 11.)\n"
    )
    cells = _cells(report, "처 리 결 과")
    body = sorted({r for r, _ in cells if r})
    assert body == [1, 2]
    assert [cells[1, c] for c in range(5)] == [
        "1", "서지민 (구정질문)", "공영주차장 부족 해소 방안",
        "노외주차장 2개소 추가 조성(’26. 9.)", "교통행정과",
    ]  # fmt: skip
    assert [cells[2, c] for c in range(5)] == [
        "2", "문태오 (5분발언)", "하천변 야간 조명 개선 건의", "산책로 조명 교체 완료(’25. 11.)",
        "치수과",
    ]  # fmt: skip
