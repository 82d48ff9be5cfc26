"""What a review found the rule for a text table's glyph rows (`▣ …` / `■ …` / `□ …` under
`사 업 명 | 2026 예산 | …`) doing: a bullet after a table set with single spaces taken in as
its row, and a row whose long label runs up to its first figure cutting the table (review
110, B items 2 and 5)."""

from __future__ import annotations

from tests.test_other_reports import _text

_COVER = """\
2026년 주요업무계획


2026. 2. 10.


다온군 경제관광국


Ⅰ. 일 반 현 황

1. 조    직

□ 조    직 : 1국 2과 4팀

  ○ 경제정책과(2팀) : 경제정책팀, 일자리지원팀
  ○ 관광진흥과(2팀) : 관광정책팀, 관광개발팀


Ⅱ. 2026년 주요업무계획

1. 지역경제 활성화

  □ 전통시장 시설현대화 (경제정책과)
  □ 일자리 창출 지원 (경제정책과)
    ○ 사업기간 : 2026. 1.~12.
    ○ 추진실적 (단위 : 명)
"""

#: a table a Hancom export sets with single spaces, flush left
_SINGLE = """\
구분 2024년 2025년
합계 1,200 1,350
청년 700 800
중장년 500 550
"""

_AFTER = "    ○ 사 업 비 : 2,400,000천원 (군비 2,400,000)\n"


def _rows(text: str) -> dict[tuple[str, str], str]:
    report = _text(text)
    return {
        (c.row_header or "", c.col_header or ""): c.raw for c in report.table_cells
        if not c.is_header
    }  # fmt: skip


def _bullets(text: str) -> list[str]:
    return [n.title or "" for n in _text(text).outline if n.kind == "bullet"]


def _target_stays_a_bullet(text: str) -> None:
    cells = _rows(text)
    # (the table's own rows, by the years of its header)
    assert cells[("합계", "2024년")] == "1,200"
    assert cells[("중장년", "2025년")] == "550"
    # (the 2026 target is no 2024 or 2025 value of the table)
    assert not any("목표" in row for row, _ in cells), sorted(cells)
    assert "1,400명" not in cells.values()
    assert any(t.startswith("2026년 목표") for t in _bullets(text)), _bullets(text)


def test_a_round_bullet_after_a_single_spaced_table_is_the_outlines() -> None:
    """`○ 2026년 목표 1,400명 1,500명` under `구분 2024년 2025년` set with single spaces, a
    blank line between: a bullet of the outline (it had been a row `2026년 목표`, its
    target stored as the 2024 and 2025 values)."""
    _target_stays_a_bullet(_COVER + _SINGLE + "\n    ○ 2026년 목표 1,400명 1,500명\n" + _AFTER)


def test_a_round_bullet_right_under_the_table_is_the_outlines() -> None:
    """The same bullet with no blank line between: ○ is the outline's bullet, no level's
    mark of a table's row."""
    _target_stays_a_bullet(_COVER + _SINGLE + "    ○ 2026년 목표 1,400명 1,500명\n" + _AFTER)


def test_a_box_bullet_across_a_blank_line_is_the_outlines() -> None:
    """`□ 2026년 목표 1,400명 1,500명` after a blank line under a table whose rows open with
    no glyph: the outline's (a box glyph is a level's mark only among the table's rows)."""
    _target_stays_a_bullet(_COVER + _SINGLE + "\n    □ 2026년 목표 1,400명 1,500명\n" + _AFTER)


def test_one_box_bullet_right_under_a_single_spaced_table_is_the_outlines() -> None:
    """`□ 2026년 목표 …` right under the single-spaced table, with no row of the table after
    it and no glyph row before it: with no columns to go by, one bullet, no row."""
    _target_stays_a_bullet(_COVER + _SINGLE + "    □ 2026년 목표 1,400명 1,500명\n" + _AFTER)


_SINGLE_GLYPHS = """\
구분 2024년 2025년
합계 1,200 1,350
▣ 청년 일자리 700 800
□ 청년 인턴 400 500
□ 청년 창업 300 300
▣ 중장년 일자리 500 550
□ 재취업 지원 500 550
"""


def test_single_spaced_glyph_rows_are_the_tables_and_the_bullet_after_is_not() -> None:
    """A single-spaced table whose rows open with their levels' glyphs keeps them all; the
    round bullet after it, `○ 2026년 목표 1,400명 1,500명`, stays the outline's."""
    text = _COVER + _SINGLE_GLYPHS + "\n    ○ 2026년 목표 1,400명 1,500명\n" + _AFTER
    cells = _rows(text)
    for row, y2024, y2025 in [
        ("청년 일자리", "700", "800"), ("청년 인턴", "400", "500"), ("청년 창업", "300", "300"),
        ("중장년 일자리", "500", "550"), ("재취업 지원", "500", "550"),
    ]:  # fmt: skip
        assert cells[(row, "2024년")] == y2024, row
        assert cells[(row, "2025년")] == y2025, row
    assert not any("목표" in row for row, _ in cells), sorted(cells)
    assert any(t.startswith("2026년 목표") for t in _bullets(text))


_SPACED = """\

                         2026년 주요업무보고

                            청 람 구 보 건 소

Ⅰ. 일반현황
 1. 예    산
                                                     (단위 : 천원)
   사      업      명              2026 예산       2025 예산
   합          계                    875,090         812,000
   재 무 활 동                       875,090         812,000

   □ 목표 인원                        12,000          13,500
    ○ 접종 대상 확대
"""


def test_a_box_bullet_in_the_columns_across_a_blank_line_is_the_outlines() -> None:
    """`□ 목표 인원   12,000   13,500` after a blank line under a table set in columns
    whose rows open with no glyph: the outline's, though its figures stand in the
    columns (it had been the table's row, its figures 2026 and 2025 amounts)."""
    cells = _rows(_SPACED)
    assert cells[("재무활동", "2026 예산")] == "875,090"
    assert not any("목표" in row for row, _ in cells), sorted(cells)
    assert any(t.startswith("목표 인원") for t in _bullets(_SPACED))


_LONG = """\

                         2026년 주요업무보고

                            청 람 구 보 건 소

Ⅰ. 일반현황
 1. 예    산
  나. 정책사업별 세출예산 (▣ 정책사업 / ■ 단위사업 / □ 세부사업)
                                                                      (단위 : 천원)
   사      업      명                           2026 예산       국  비       시  비       구  비
   ────────────────────────────────────────────────────────────────────────────────────────────
   합          계                               4,091,090    1,286,400    1,017,600    1,787,090
   ▣ 보건행정 운영 및 지원                       875,090            -       52,800      822,290
      ■ 보건소 운영 지원                         699,090            -            -      699,090
         □ 보건소 청사 유지관리                  412,350            -            -      412,350
         □ 보건지소 운영                         286,740            -            -      286,740
      ■ 공공보건의료 기반 강화 및 지역보건의료 연계 176,000            -       52,800      123,200
         □ 공중보건의사 운영                     176,000            -       52,800      123,200
   ▣ 감염병 예방 및 관리                       3,216,000    1,286,400      964,800      964,800
      ■ 감염병 예방관리                        3,216,000    1,286,400      964,800      964,800
         □ 국가예방접종 실시                   3,216,000    1,286,400      964,800      964,800
   ────────────────────────────────────────────────────────────────────────────────────────────
      ※ 2026년 본예산 기준

 2. 부서별 주요기능
  □ 보건행정과
    ○ 보건소 인사·예산·회계 및 청사 관리
"""


def test_a_long_label_run_up_to_its_first_figure_keeps_the_table() -> None:
    """`■ 공공보건의료 기반 강화 및 지역보건의료 연계 176,000` (one space before the figure,
    the row pushed right as far): a row of the table, and so are the rows under it (the
    table had ended above it, the rows after falling back to bullets)."""
    cells = _rows(_LONG)
    for row, amount, city in [
        ("공공보건의료 기반 강화 및 지역보건의료 연계", "176,000", "52,800"),
        ("공중보건의사 운영", "176,000", "52,800"), ("감염병 예방 및 관리", "3,216,000", "964,800"),
        ("감염병 예방관리", "3,216,000", "964,800"), ("국가예방접종 실시", "3,216,000", "964,800"),
    ]:  # fmt: skip
        assert cells[(row, "2026 예산")] == amount, row
        assert cells[(row, "시비")] == city, row
    assert cells[("공공보건의료 기반 강화 및 지역보건의료 연계", "국비")] == "-"
    bullets = _bullets(_LONG)
    assert not any("감염병" in t or "공중보건의사" in t for t in bullets), bullets
    assert "보건행정과" in bullets
