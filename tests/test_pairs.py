"""Two figures in one cell ("80 / 85", "51,288(30.7)") and what the report calls them."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout import Layout
from extract.layout.outline import build_outline
from extract.layout.tables import build_tables, with_caption
from extract.normalize.pairs import pair_names, split_pair, stated_names
from extract.structure import table_records
from tests.test_layout import grid


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("80 / 85", ("80", "85")), ("14/15", ("14", "15")), ("6 /10", ("6", "10")),
        ("51,288(30.7)", ("51,288", "30.7")), ("2,673(5.22%)", ("2,673", "5.22%")),
        ("22(21)", ("22", "21")),
        # no pair: parts of a sum, a place, dates, a range, one figure
        ("30억(국15, 시15)", None), ("2 (화명, 삼락)", None), ("’25.10. (’25.12.)", None),
        ("3~7", None), ("1,234", None), ("80 / 85 / 90", None),
    ],
)  # fmt: skip
def test_split_pair(text: str, pair: tuple[str, str] | None) -> None:
    assert split_pair(text) == pair


@pytest.mark.parametrize(
    ("label", "names"),
    [
        ("정원/현원", ("정원", "현원")), ("정 원 / 현 원", ("정원", "현원")),
        ("정원(현원)", ("정원", "현원")), ("예산액(구성비)", ("예산액", "구성비")),
        ("예산(억원)", None), ("인원(명)", None), ("구성비", None), ("2024/2025", None),
        ("학교(교)", None), ("면적(평)", None),
    ],
)  # fmt: skip
def test_pair_names(label: str, names: tuple[str, str] | None) -> None:
    assert pair_names(label) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("• 인 력 : 정원 80명 / 현원 85명", ("정원", "현원", "80", "85")),
        ("□ 인    력 : 정원 114명, 현원 119명", ("정원", "현원", "114", "119")),
        ("○ 정·현원 : 정원 4,431명(현원 4,642명)", ("정원", "현원", "4,431", "4,642")),
        ("□ 예산 : 1,234백만원", None),
    ],
)
def test_stated_names(text: str, names: tuple[str, str, str, str] | None) -> None:
    assert stated_names(text) == names


def test_a_cell_of_two_figures_gives_both_with_their_names() -> None:
    """관광마이스국 p5: 정원 / 현원 per grade as "80 / 85", the bullet over the table saying
    which is which; 기획조정실 p5: "51,288(30.7)" under "예산액(구성비)", a share."""
    lines = [Line(1, "• 인 력 : 정원 80명 / 현원 85명", "• 인 력 : 정원 80명 / 현원 85명", 1)]
    lines += [Line(n, "x", "x", 1) for n in range(2, 5)]
    staff = grid([["구 분", "계", "5급"], ["계", "80 / 85", "14/15"]], {})
    budget = grid([["구 분", "예산액(구성비)"], ["지방세", "51,288(30.7)"]], {})
    staffing, money = build_tables([staff, budget], lines)
    money = with_caption(money, [Line(9, "(단위: 억원)", "(단위: 억원)")])
    outline = build_outline(lines[:1])
    staffing.node = outline.nodes[0].seq
    _, cells = table_records(Layout([staffing, money], outline, {}), lines, 2025)
    got = {c.raw: (c.value, c.value_kind, c.unit, c.value2, c.value2_unit, c.pair) for c in cells}
    assert got["80 / 85"] == (80.0, "count", "명", 85.0, "명", "정원/현원")
    assert got["14/15"] == (14.0, "count", "명", 15.0, "명", "정원/현원")
    assert got["51,288(30.7)"] == (5_128_800_000_000.0, "krw", "억원", 30.7, "%", "예산액/구성비")


@pytest.mark.parametrize(
    ("caption", "prose", "cell", "want"),
    [  # under money, a caption listing % makes the bracket a share (review R8)
     ("(단위: 억원, %)", "", "51,288(30.7)", (5_128_800_000_000.0, 30.7, "%", None)),
     # prose over the table names its pairs only where its figures are one of them
     ("(단위: 억원, %)", "□ 예 산 : 세입 1,782억원, 세출 10,816억원", "8,000(74.0)",
      (800_000_000_000.0, 74.0, "%", None)),
     ("", "• 인 력 : 정원 80명 / 현원 85명", "80 / 85", (80.0, 85.0, "명", "정원/현원")),
     # a second figure with its unit
     ("(단위: 명)", "", "80명 / 85명", (80.0, 85.0, "명", None))],
)  # fmt: skip
def test_a_pair_is_named_and_read_from_what_the_table_says(
    caption: str, prose: str, cell: str, want: tuple[float, float, str, str | None]
) -> None:
    lines = [Line(1, prose, prose, 1)] + [Line(n, "x", "x", 1) for n in range(2, 5)]
    (table,) = build_tables([grid([["구 분", "2025년"], ["계", cell]], {})], lines)
    if caption:
        table = with_caption(table, [Line(9, caption, caption)])
    outline = build_outline(lines[:1]) if prose else build_outline([])
    if prose:
        table.node = outline.nodes[0].seq
    _, cells = table_records(Layout([table], outline, {}), lines, 2025)
    (got,) = [c for c in cells if c.raw == cell]
    assert (got.value, got.value2, got.value2_unit, got.pair) == want
