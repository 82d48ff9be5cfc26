"""Forms of the tenth round of probes: a budget table by programme whose levels only its
indent shows (indentbook), bullets defined as the paragraph's shape, one an image
(hwpxbulletimages), a 공문 bound in front of an HWPX (letterhwpx)."""

from __future__ import annotations

from click.testing import CliRunner

from extract.cli import main
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe84_texts import _LETTER


def test_a_table_its_caption_names_by_programme_gives_the_summary_its_total_alone() -> None:
    """`‹ 2026년 세출예산 정책사업별 내역 >`: its rows are programmes, no units of the
    summary (each had been, and the summary's sums failed); a name that opens with a year,
    `2040 누리 도시기본계획 수립`, keeps its item (it had been read as a year's label); `빈집
    정비 및 활용` keeps its spaces (it had been taken for letter-spaced text)."""
    rows = [
        ["구 분", "2026년 예산", "2025년 예산", "증 감"],
        ["계", "5,900", "5,000", "900"],
        ["체계적 도시계획 수립", "3,500", "3,000", "500"],
        ["2040 누리 도시기본계획 수립", "3,500", "3,000", "500"],
        ["빈집 정비 및 활용", "2,400", "2,000", "400"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산현황"), p("‹ 2026년 세출예산 정책사업별 내역 >"),
        p("(단위 : 천원)"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 도시계획"), p("□ 도시기본계획 수립"),
    )  # fmt: skip
    assert [s.unit for s in report.budget_summary] == ["계"]
    items = {b.item for b in report.budget_lines if b.year == 2026}
    assert {"2040 누리 도시기본계획 수립", "빈집 정비 및 활용"} <= items
    assert not [c for c in report.validation if not c.passed]


def test_what_a_costed_cards_contents_lists_is_no_project() -> None:
    """`○ 사업내용` over `- 소농직불금(130만원) 및 면적직불금 지급` in a card that labels its
    own cost: what the card does (it had been sub-project 1-1-1 of 130만원)."""
    report = _text(
        "2026년 주요업무계획\n\nⅠ. 주요업무 추진계획\n 1. 농업인 소득 안정\n"
        "  □ 농업인 공익직불금 지원 (농업정책과)\n   ○ 사업기간 : 2026. 1. ~ 12.\n"
        "   ○ 사 업 비 : 96,400백만원 (국비 96,400)\n   ○ 사업내용\n"
        "    - 소농직불금(130만원) 및 면적직불금 지급\n   ○ 추진일정\n"
        "    - ’26. 4.~6. : 신청 접수\n"
        "  □ 청년농 영농정착 지원 (농업정책과)\n   ○ 사업기간 : 2026. 1. ~ 12.\n"
        "   ○ 사 업 비 : 4,320백만원 (국비 2,592, 도비 1,728)\n"
    )
    assert [pr.project_id for pr in report.projects] == ["1-1", "1-2"]


def test_debug_shows_the_lines_as_the_layout_reads_them(tmp_path: object) -> None:
    """`bogoseo debug --stage lines` shows a 공문's lines as furniture, as the conversion
    counts them (they had been shown as content)."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "letter.txt"
    path.write_text(_LETTER + "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조 직\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["debug", str(path), "--stage", "lines"]).output
    first = out.splitlines()[2]
    assert "furniture" in first and "수신" in first
