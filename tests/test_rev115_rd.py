"""Review of round 115's Hangul-file rules (probe 115, objects and supp), narrowed where
they caught near forms.

A heading or numbered item its writer broke with a forced line break (Shift+Enter) is one
title only where the piece after the break reads as the title's words going on: not a
date or a figure after the title ("1. 공영주차장 확충" / "’25.3.~12."), nor the text of a
card block's label ("가. 추진배경" / "도심 주차난 해소를 위한 …"), which the page shows as
the item's text.  And a 세출예산 (or 추경) chapter titled as a summary of it ("총괄",
"개요", "규모") is its summary only where no word of its items stands between
("2025년 세출예산 사업별 개요" lists the items by project)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.title_roles import chapter_word_role
from schemas import Report
from tests.hwpx_maker import BR, hwpx, p, sec, t, to_hwp

FORMATS: dict[str, Callable[[bytes], bytes]] = {"hwpx": lambda data: data, "hwp": to_hwp}


def _report(fmt: str, *paras: str) -> Report:
    data = FORMATS[fmt](hwpx(sec(
        p("2025년 주요업무계획"), p("가온시 교통정책과"), p("Ⅲ. 2025년 주요업무 추진계획"), *paras
    )))  # fmt: skip
    return check(parse_document(read_bytes(data, f"broken.{fmt}"), "broken"))


#: (what the page shows, the paragraphs, the items' titles, the projects' names and costs)
BROKEN = [
    ("a period after the break is the item's text, not its title",
     [p(t("1. 공영주차장 확충", BR, "’25.3.~12.")), p("ㅇ 사업비 : 300백만원"),
      p(t("2. 보행환경 개선", BR, "’25.1.~6.")), p("ㅇ 사업비 : 200백만원")],
     ["공영주차장 확충", "보행환경 개선"],
     [("공영주차장 확충", 300_000_000), ("보행환경 개선", 200_000_000)]),
    ("a block's label, then its text after the break",
     [p("1. 공영주차장 확충"), p(t("가. 추진배경", BR, "도심 주차난 해소를 위한 주차장 확충 필요")),
      p("나. 사업개요"), p("ㅇ 사업비 : 300백만원")],
     ["공영주차장 확충", "추진배경", "사업개요"],
     [("공영주차장 확충", 300_000_000)]),
    ("... with a colon after the label",
     [p("1. 공영주차장 확충"), p(t("가. 추진근거 :", BR, "주차장법 제12조에 따른 확충계획")),
      p("나. 사업개요"), p("ㅇ 사업비 : 300백만원")],
     ["공영주차장 확충", "추진근거 :", "사업개요"],
     [("공영주차장 확충", 300_000_000)]),
]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("case", "paras", "titles", "projects"), BROKEN,
                         ids=[c[0] for c in BROKEN])  # fmt: skip
def test_a_piece_after_a_forced_break_that_is_no_title(
    case: str, paras: list[str], titles: list[str], projects: list[tuple[str, int]], fmt: str
) -> None:
    """The piece after the break goes on as the item's text (it had been put in its title,
    "공영주차장 확충 ’25.3.~12.", and "추진배경 도심 …" made a project of its own, the card's
    cost lost)."""
    report = _report(fmt, *paras)
    got = [n.title for n in report.outline if n.kind == "item"]
    assert got == titles, case
    assert [(u.title, u.cost_krw) for u in report.projects] == projects, case


@pytest.mark.parametrize(
    ("title", "role"),
    [("Ⅱ. 2025년 세출예산 사업별 개요", "budget_items"),
     ("Ⅲ. 세출예산 부서별 사업 개요", "budget_items")],
)  # fmt: skip
def test_a_budget_chapter_titled_by_its_items_is_no_summary(title: str, role: str) -> None:
    """"세출예산 사업별 개요" lists the items (it had been read as the budget's summary,
    by its ending alone)."""
    assert chapter_word_role(title) == role
