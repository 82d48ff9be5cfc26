"""A text export's budget table by programme whose rows open with the glyph of their level
(`▣ 정책사업 / ■ 단위사업 / □ 세부사업`, the legend in its title): each such row a row of
the table, its figures in the table's columns, no bullet of the outline (probe 110,
healthbudget)."""

from __future__ import annotations

from tests.test_other_reports import _text

_HEAD = """\

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
      ■ 공공보건의료 기반 강화                   176,000            -       52,800      123,200
         □ 공중보건의사 운영                     176,000            -       52,800      123,200
   ▣ 감염병 예방 및 관리                       3,216,000    1,286,400      964,800      964,800
      ■ 감염병 예방관리                        3,216,000    1,286,400      964,800      964,800
"""

_TAIL = """\
   ────────────────────────────────────────────────────────────────────────────────────────────
      ※ 2026년 본예산 기준

 2. 부서별 주요기능
  □ 보건행정과
    ○ 보건소 인사·예산·회계 및 청사 관리
"""

#: the last row, and the table's header as printed again over a page it goes on on
_LAST = "         □ 국가예방접종 실시                   3,216,000    1,286,400      964,800"
_LAST += "      964,800\n"
_AGAIN = (
    "                                                                 (단위 : 천원, 계속)\n"
    "   사      업      명                           2026 예산       국  비       시  비"
    "       구  비\n"
    "   ────────────────────────────────────────────────────────────────────────────\n"
)

_ONE_PAGE = _HEAD + _LAST + _TAIL
_TWO_PAGES = _HEAD + "\n                                        - 1 -\f\n" + _AGAIN + _LAST + _TAIL

#: each row's name, the glyph of its level, and its 2026 amount in 천원, as printed
_ROWS = [
    ("보건행정 운영 및 지원", "▣", 875_090), ("보건소 운영 지원", "■", 699_090),
    ("보건소 청사 유지관리", "□", 412_350), ("보건지소 운영", "□", 286_740),
    ("공공보건의료 기반 강화", "■", 176_000), ("공중보건의사 운영", "□", 176_000),
    ("감염병 예방 및 관리", "▣", 3_216_000), ("감염병 예방관리", "■", 3_216_000),
    ("국가예방접종 실시", "□", 3_216_000),
]  # fmt: skip


def _check(text: str) -> None:
    report = _text(text)
    raw = {(c.table_id, c.row): c.raw for c in report.table_cells if c.col == 0}
    labels = {
        c.row_header: raw[(c.table_id, c.row)] for c in report.table_cells
        if c.col == 1 and not c.is_header
    }  # fmt: skip
    for name, glyph, _ in _ROWS:
        # (the row's name without its level's glyph; the cell keeps it, so the level is read)
        assert name in labels, name
        assert labels[name].split()[0] == glyph, (name, labels[name])
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    for name, _, amount in _ROWS:
        assert cells[(name, "2026 예산")].value_krw == amount * 1000, name
    assert cells[("국가예방접종 실시", "국비")].value_krw == 1_286_400_000
    assert cells[("보건행정 운영 및 지원", "시비")].value_krw == 52_800_000
    # (every row's 2026 amount a budget line: none left in a bullet's text)
    amounts = {b.amount_krw for b in report.budget_lines if b.year == 2026}
    assert {a * 1000 for _, _, a in _ROWS} <= amounts
    bullets = [n.title for n in report.outline if n.kind == "bullet"]
    assert not any(name in (t or "") for name, _, _ in _ROWS for t in bullets), bullets
    # (the bullets after the table stay the outline's)
    assert "보건행정과" in bullets
    assert "보건소 인사·예산·회계 및 청사 관리" in bullets


def test_rows_opened_by_their_levels_glyph_are_the_tables() -> None:
    """`▣ 보건행정 운영 및 지원   875,090   -   52,800   822,290` under `사 업 명 | 2026 예산
    | 국 비 | 시 비 | 구 비` and its `합 계`: a row of the table (it had cut the table to its
    header and 합계, the rows outline bullets with their amounts in their text)."""
    _check(_ONE_PAGE)


def test_a_page_of_glyph_rows_alone_under_the_repeated_header() -> None:
    """The table goes on over a page break under its header again, `(단위 : 천원, 계속)`,
    with rows that all open with a glyph: those rows are the table's too."""
    _check(_TWO_PAGES)


_BULLET_AFTER = """\

                         2026년 주요업무보고

                            청 람 구 보 건 소

Ⅰ. 일반현황
 1. 예    산
                                                     (단위 : 천원)
   사      업      명              2026 예산       2025 예산
   합          계                    875,090         812,000
   ▣ 보건행정 운영 및 지원           875,090         812,000
      ■ 보건소 운영 지원             875,090         812,000
  □ 목표 인원 12,000 13,500
    ○ 접종 대상 확대
"""


def test_a_bullet_whose_figures_stand_out_of_the_columns_is_no_row() -> None:
    """A bullet right after the table whose figures stand where no column of the table
    does (`□ 목표 인원 12,000 13,500`) stays the outline's, though the glyph rows above
    it are the table's."""
    report = _text(_BULLET_AFTER)
    heads = {c.row_header for c in report.table_cells if not c.is_header}
    assert {"보건행정 운영 및 지원", "보건소 운영 지원"} <= heads
    assert not any("목표" in h for h in heads)
    bullets = [n.title or "" for n in report.outline if n.kind == "bullet"]
    assert any(t.startswith("목표 인원") for t in bullets), bullets


def test_a_budget_line_of_a_glyph_row_is_named_without_its_glyph() -> None:
    """The budget lines of `▣ 보건행정 운영 및 지원` and `■ 보건소 운영 지원` are named
    `보건행정 운영 및 지원` and `보건소 운영 지원`: ▣ is a row's mark as □ and ■ are (the
    ▣ rows had kept it in their names)."""
    report = _text(_ONE_PAGE)
    items = {b.item for b in report.budget_lines if b.year == 2026}
    assert {name for name, _, _ in _ROWS} <= items
    assert not any((i or "").startswith(("▣", "■", "□")) for i in items), items


def test_shares_beside_a_years_amount_are_its_sources() -> None:
    """`사 업 명 | 2026 예산 | 국 비 | 시 비 | 구 비`: the 2026 amount is each row's whole and
    the columns beside it its sources (국비 1,286,400천원 of 국가예방접종 실시 a line of
    source 국비; they had been lines of no source, labelled 국비)."""
    report = _text(_ONE_PAGE)
    got = {
        (b.item, b.source, b.amount_krw) for b in report.budget_lines
        if b.item == "국가예방접종 실시"
    }  # fmt: skip
    assert got == {
        ("국가예방접종 실시", None, 3_216_000_000),
        ("국가예방접종 실시", "국비", 1_286_400_000),
        ("국가예방접종 실시", "시비", 964_800_000),
        ("국가예방접종 실시", "구비", 964_800_000),
    }
