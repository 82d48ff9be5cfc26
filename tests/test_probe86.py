"""Forms of the ninth round of probes: bullets drawn as pictures (imagebullets), a 군's
실 right over its teams (hwpxfields)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import check, parse_document
from extract.read.glyphs import is_lost_glyph
from extract.read.pdf.reader import read_pdf
from tests.test_other_reports import _text

#: tools/make_picture_bullets.py
PICTURED = Path(__file__).parent / "fixtures" / "picture-bullets.pdf"


@pytest.mark.parametrize("engine", ["pdfminer", "pdfplumber"])
def test_bullets_drawn_as_pictures_are_bullets(engine: str) -> None:
    """Each □, ○ and - a small picture, no character of them in the text layer (Hancom's
    그림 글머리표): each picture the bullet of the line it stands before, one glyph an image,
    so the cards, their facts and their steps nest as printed (the cards had been read as
    the theme's words and their steps lost)."""
    doc = read_pdf(PICTURED.read_bytes(), PICTURED.name, engine=engine)  # type: ignore[arg-type]
    report = check(parse_document(doc, "pictured"))
    assert [(p.project_id, p.title, p.cost_krw) for p in report.projects] == [
        ("1-1", "위기가구 발굴 체계 고도화", 1_240_000_000),
        ("1-2", "긴급복지 지원 확대", 5_800_000_000),
    ]
    assert [(s.project_id, s.task, str(s.start)) for s in report.schedules] == [
        ("1-1", "발굴 대상자 명단 정비", "2026-01-01"),
        ("1-1", "집중 발굴기간 운영", "2026-04-01"),
        ("1-2", "긴급지원 심사 및 지급", "2026-03-01"),
    ]
    marks = {ln.raw[0] for ln in doc.lines if is_lost_glyph(ln.raw[0])}
    assert len(marks) == 3  # (a glyph for each of the three pictures)


def test_a_counties_office_right_over_its_teams_is_of_a_divisions_rank() -> None:
    """`다온군 기획감사실` / `□ 조 직 : 1실 3팀` with its teams under it and no 과: a 실 of
    a 과's rank (it had been ranked a bureau, as a 시's 기획조정실 over its 과 is)."""
    report = _text(
        "2026년 주요업무보고\n다온군 기획감사실\n\nⅠ. 일반현황\n 1. 조 직\n"
        "  □ 조    직 : 1실 3팀\n    - 기획팀, 예산팀, 감사팀\n"
        "Ⅱ. 주요업무계획\n 1. 재정 건전성 강화\n  □ 예산 편성\n"
    )
    assert [(u.name, u.level) for u in report.organization] == [
        ("기획감사실", "division"), ("기획팀", "team"), ("예산팀", "team"), ("감사팀", "team"),
    ]  # fmt: skip
