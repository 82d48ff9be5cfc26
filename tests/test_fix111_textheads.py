"""Text-table headers of the 111th probes: two groups on the header line, each over its
columns' names on the line under it (dosigun), and a header whose letters are spaced out
two apart, its words four apart (manwon)."""

from __future__ import annotations

from tests.test_other_reports import _text

_GROUPS = """\

                         2026년 주요업무보고

                          청 하 도   일 자 리 경 제 실

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1실 2과
   ○ 일자리정책과 : 정책팀, 고용팀

 2. 시군 현황
  □ 시군별 소상공인 지원사업 현황

  < 시군별 소상공인 지원사업 추진 현황 >
                                                        (단위 : 개, 백만원)
    구  분              2025년                2026년{more}
                    사업수      금  액    사업수      금  액
    계                  71      11,600        85      14,400{more_total}
    서림시               9       1,480        10       1,680{more_row}
    동하시               8       1,260         9       1,460{more_row}
    남천시               7       1,120         8       1,320{more_row}

  ※ 도비 보조사업 기준(시군 자체사업 제외)

Ⅱ. 2026년 주요업무계획
 1. 일자리 창출
  가. 청년 일자리 (정책팀)
   □ 사업개요
    ○ 사업기간 : ’26. 3.~10.
"""


def _cells(text: str) -> dict[tuple[str, str], tuple[float | None, int | None, str, str]]:
    report = _text(text)
    return {
        (c.row_header, c.col_header): (c.value, c.value_krw, c.unit, c.value_kind)
        for c in report.table_cells
        if not c.is_header
    }


def test_years_over_what_each_counts_a_header_of_two_rows() -> None:
    """`2025년 | 2026년` on the header line over `사업수 | 금 액 | 사업수 | 금 액`, under a
    caption of two units (`개, 백만원`): one table, each column its year over its name, the
    counts in 개 and the amounts in 백만원 (it had been no table, its rows a bullet's text)."""
    cells = _cells(_GROUPS.format(more="", more_total="", more_row=""))
    assert cells[("서림시", "2026년 / 금액")][:3] == (1_680_000_000, 1_680_000_000, "백만원")
    assert cells[("계", "2025년 / 사업수")] == (71, None, "개", "count")
    assert cells[("남천시", "2026년 / 사업수")][0] == 8
    assert cells[("동하시", "2025년 / 금액")][1] == 1_260_000_000


def test_a_header_of_two_rows_with_a_column_of_its_own() -> None:
    """A name on the header line with none under it (`증감률`) spans both rows: its own
    column beside the years' groups."""
    cells = _cells(
        _GROUPS.format(more="          증감률", more_total="        18.3", more_row="        13.5")
    )
    assert cells[("계", "증감률")][0] == 18.3
    assert cells[("서림시", "2026년 / 금액")][1] == 1_680_000_000
    assert cells[("서림시", "2025년 / 사업수")][0] == 9


_FEES = """\

                        2026년 주요업무보고

                           다 온 군   기 획 감 사 실

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1실 2팀
   ○ 기획감사실 : 기획팀, 법무팀

Ⅱ. 2026년 주요업무계획
 1. 법무행정 내실화
  가. 법률상담 운영 (법무팀)
   □ 사업개요
   - 사업기간 : 2026. 1.~12.

 ❍ 제증명 수수료 정비(안)
                                          (단위 : 원)
   구        분              현  행    개  정    증  감
   법률상담 확인서 발급           500     1,000       500
   맞춤형 통계자료 제공           700     1,000       300
   정보공개 사본(전자파일)          -     1,000     1,000
   ※ 개정 수수료는 건당 1,000원으로 일원화
"""


def test_header_letters_two_apart_words_four_apart() -> None:
    """`현  행    개  정    증  감` over right-aligned figures: three columns, 현행, 개정 and
    증감 (the `개` of 개정, as near the column before as its own, had gone to 현행's)."""
    cells = _cells(_FEES)
    assert cells[("법률상담 확인서 발급", "개정")][:3] == (1_000, 1_000, "원")
    assert cells[("맞춤형 통계자료 제공", "현행")][0] == 700
    assert cells[("정보공개 사본(전자파일)", "증감")][0] == 1_000
