"""The whole pipeline on PDFs: the rendered sample gives the text's records, with pages.

tests/fixtures/seoul-innovation-bureau-2021.pdf is samples/seoul-innovation-bureau-2021.txt
drawn as a Hancom export (tools/make_sample_pdf.py), so every table read from it must
equal the table read from the text once provenance (lines and pages) is set aside.
Pages in the spot checks were read off the rendered PDF by eye.

The real Hancom exports in ../shared/realworld/ (never copied into the repo) are not in
the sample's layout; they must convert or fail with a clear reason, never crash.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
import regex
from click.testing import CliRunner

from extract.cli import main
from extract.document import Document, LineKind
from extract.emit.write import report_files
from extract.errors import NotAReportError
from extract.pipeline import convert, read_bytes
from extract.read.glyphs import normalize_text
from extract.read.text import PAGE_FOOTER
from schemas import DOMAIN_TABLES, Report

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"
GOLDEN = ROOT / "tests" / "golden" / "seoul-innovation-bureau-2021"
REALWORLD = ROOT.parent / "shared" / "realworld"
NIKL = REALWORLD / "nikl-2022-work-plan.pdf"
MSIT = REALWORLD / "msit-press-release-2026.pdf"
PAGES = 48

#: fields that say where a record came from (and the check fields that name lines)
PROVENANCE = {"line_start", "line_end", "page_start", "page_end"}
LINE_FIELDS = {
    "validation": {"lines", "detail"},
    "residue": {"line", "page"},
}
PRIVATE_USE = regex.compile(r"[\p{Co}]")


@pytest.fixture(scope="module")
def pdf_report() -> Report:
    return convert(SAMPLE_PDF)


def without_provenance(value: Any, table: str = "") -> Any:
    """A dumped record (or list/dict inside one) with every line and page field removed.

    ``raw`` joins its source lines with " | "; where a table row breaks into lines is
    layout (the text export puts a 예산현액 cell on a line of its own, the PDF reader
    joins it with the row's other one-line cells), so the line breaks are not compared.
    """
    if isinstance(value, dict):
        drop = PROVENANCE | LINE_FIELDS.get(table, set())
        return {
            k: unbroken(v) if k == "raw" else without_provenance(v)
            for k, v in value.items()
            if k not in drop
        }
    if isinstance(value, list):
        return [without_provenance(v) for v in value]
    return value


def unbroken(raw: str) -> str:
    """``raw`` with the " | " between its source lines as plain spaces."""
    return raw.replace(" | ", " ")


def records(report: Report, table: str) -> list[Any]:
    dumped = report.model_dump(mode="json")[table]
    return [without_provenance(r, table) for r in dumped]


# --- the sample: the PDF gives the text's records --------------------------------------


@pytest.mark.parametrize("table", DOMAIN_TABLES)
def test_pdf_tables_equal_text_tables(
    pdf_report: Report, sample_report: Report, table: str
) -> None:
    pdf, text = records(pdf_report, table), records(sample_report, table)
    assert len(pdf) == len(text)
    for i, (p, t) in enumerate(zip(pdf, text, strict=True)):
        assert p == t, f"{table}[{i}] differs"


def test_project_blocks_equal_without_line_numbers(
    pdf_report: Report, sample_report: Report
) -> None:
    pdf = [without_provenance(p.model_dump(mode="json")["blocks"]) for p in pdf_report.projects]
    text = [without_provenance(p.model_dump(mode="json")["blocks"]) for p in sample_report.projects]
    assert pdf == text
    # the blocks are really there: card 1-1 opens with 추진방향 and its three ○ bullets
    first = pdf_report.projects[0].blocks[0]
    assert (first.label, len(first.items)) == ("추진방향", 3)


def test_every_cross_check_passes_from_the_pdf(pdf_report: Report, sample_report: Report) -> None:
    failed = [c for c in pdf_report.validation if not c.passed]
    assert failed == []
    assert len(pdf_report.validation) == len(sample_report.validation) > 80
    assert pdf_report.residue == []
    assert pdf_report.warnings == []


def golden_rows(name: str) -> list[dict[str, str]]:
    with (GOLDEN / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("table", DOMAIN_TABLES)
def test_pdf_csv_equals_the_text_golden(pdf_report: Report, table: str) -> None:
    """The committed golden CSVs of the text, provenance columns dropped."""
    drop = PROVENANCE | LINE_FIELDS.get(table, set())

    def comparable(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return [
            {k: unbroken(v) if k == "raw" else v for k, v in r.items() if k not in drop}
            for r in rows
        ]

    now = csv_rows(report_files(pdf_report)[f"{table}.csv"])
    golden = golden_rows(f"{table}.csv")
    assert comparable(now) == comparable(golden)
    # the PDF's rows do carry pages where the text's cannot
    if now and "page_start" in now[0]:
        assert all(r["page_start"] and r["page_end"] for r in now)
        assert not any(r["page_start"] for r in golden)


# --- provenance ---------------------------------------------------------------------


def provenance_records(report: Report) -> Iterator[tuple[str, Any]]:
    for table in (*DOMAIN_TABLES, "stated_totals"):
        for record in getattr(report, table):
            if hasattr(record, "page_start"):
                yield table, record


def test_every_record_has_lines_and_pages(pdf_report: Report, sample_report: Report) -> None:
    text_report = sample_report
    found = list(provenance_records(pdf_report))
    # 14 units, 4 + 4 staffing and budget rows, 8 budget amounts, 21 duties, 9 tasks, 13
    # cards, 16 plan rows, 37 schedule lines, 24 appendix rows and 1 note, 4 + 51 audit
    # rows, 6 totals
    assert len(found) == len(list(provenance_records(text_report))) >= 204
    for table, r in found:
        assert r.page_start is not None and r.page_end is not None, table
        assert 1 <= r.page_start <= r.page_end <= PAGES, table
        assert 1 <= r.line_start <= r.line_end <= pdf_report.source.lines, table
    for project in pdf_report.projects:  # blocks carry lines inside their card's lines
        for block in project.blocks:
            assert project.line_start <= block.line_start <= block.line_end <= project.line_end


@cache
def page_text(page_no: int) -> str:
    """Page text as pdfplumber extracts it on its own (bold drawn once), glyphs folded as
    in records (∙ -> ·), whitespace removed."""
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        text = pdf.pages[page_no - 1].dedupe_chars().extract_text() or ""
    return "".join(normalize_text(text).split())


def on_page(snippet: str, page_no: int) -> bool:
    return "".join(snippet.split()) in page_text(page_no)


def test_spot_checked_pages(pdf_report: Report) -> None:
    r = pdf_report
    # page 1: the org chart, 인력현황 and 예산현황
    total = r.staffing[0]
    assert (total.unit, total.page_start, total.page_end) == ("계", 1, 1)
    assert on_page("정 원 54 23 19 12", 1) and on_page("현 원 52 23 17 12", 1)
    assert {(s.page_start, s.page_end) for s in r.staffing + r.budget_summary} == {(1, 1)}
    # page 21: 붙임 1, the whole budget appendix and its ※ note
    assert {(b.page_start, b.page_end) for b in r.budget_items} == {(21, 21)}
    last_item = r.budget_items[-1]
    assert (last_item.division, last_item.item) == ("갈등조정담당관", "기본경비")
    assert on_page(last_item.raw, 21) and not on_page(last_item.raw, 20)
    assert r.budget_notes[0].page_start == 21 and on_page("사고이월액(247,503천원)", 21)
    # page 23: the audit summary; pages 24 and 48: the first and last audit findings
    assert {(a.page_start, a.page_end) for a in r.audit_summary} == {(23, 23)}
    assert on_page("계 51 21 28 2 -", 23)
    first, last = r.audit_findings[0], r.audit_findings[-1]
    assert (first.no, first.page_start, first.page_end) == (1, 24, 24)
    assert first.finding.startswith("서울혁신파크 운영에있어 방대한")  # the cell's first line
    assert on_page("서울혁신파크 운영에있어 방대한", 24)
    assert not on_page("서울혁신파크 운영에있어 방대한", 25)
    assert (last.no, last.page_start, last.page_end) == (51, 48, 48)
    assert last.finding == "서울혁신센터 예산 전용·변경 내역(2018~2020.10.현재)"
    # two lines of its cell, each on page 48 (pdfplumber interleaves the two columns)
    assert on_page("서울혁신센터 예산 전용·변경", 48) and on_page("내역(2018~2020.10.현재)", 48)
    # a project card: 1-1 is the only card on page 6
    card = r.projects[0]
    assert (card.project_id, card.page_start, card.page_end) == ("1-1", 6, 6)
    assert on_page(card.title, 6) and not on_page(card.title, 7)


def test_source_and_quality(pdf_report: Report) -> None:
    source = pdf_report.source
    assert (source.format, source.pages, source.encoding) == ("pdf", PAGES, None)
    assert source.file == SAMPLE_PDF.name
    assert [q.page for q in pdf_report.quality] == list(range(1, PAGES + 1))
    assert not any(q.needs_ocr for q in pdf_report.quality)
    assert all(q.chars > 0 and q.cid_runs == 0 for q in pdf_report.quality)


# --- real Hancom exports ------------------------------------------------------------


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


@cache
def real_report(path: Path) -> Report:
    return convert(path)


@cache
def read_doc(path: Path) -> Document:
    return read_bytes(path.read_bytes(), path.name)


@pytest.mark.skipif(not NIKL.exists(), reason="../shared/realworld/ is not here")
def test_nikl_work_plan_finds_its_plans_section() -> None:
    """국립국어원 2022 업무계획: Ⅰ 2021년 평가, Ⅱ 정책방향, Ⅲ 주요업무 추진계획, Ⅳ 역점과제."""
    report = real_report(NIKL)
    found = {s.key: s for s in report.sections if s.found and s.key != "other"}
    # roles by title, whatever the numeral: 평가, 정책 방향, 주요업무 추진계획, 붙임, 별첨 일반현황
    assert {"achievements", "policy", "plans", "appendix", "general"} <= set(found)
    plans = found["plans"]
    doc = read_doc(NIKL)
    assert plans.line_start is not None
    heading = doc.line(plans.line_start)
    assert (heading.text, heading.page) == ("Ⅲ. 주요업무 추진계획", 8)
    others = [s.title for s in report.sections if s.key == "other"]
    assert "역점추진 과제" in others  # a heading with no role keeps its title
    assert (report.source.format, report.source.pages, report.meta.year) == ("pdf", 35, 2022)
    assert [q.page for q in report.quality] == list(range(1, 36))
    assert not any(q.needs_ocr for q in report.quality)


@pytest.mark.skipif(not MSIT.exists(), reason="../shared/realworld/ is not here")
def test_msit_press_release_is_not_a_work_report() -> None:
    with pytest.raises(NotAReportError) as err:
        convert(MSIT)
    assert err.value.reason.startswith("no section of a work report found")
    assert "주요업무보고" in err.value.reason and "\n" not in err.value.reason
    doc = read_doc(MSIT)  # it was read: 8 pages, each with a quality record
    assert doc.pages == 8
    assert [q["page"] for q in doc.quality] == list(range(1, 9))
    assert not any(q["needs_ocr"] for q in doc.quality)


#: captions set by pictures, read from the pages: (file, page, caption)
AIRPORT, TRANSPORT, YOUTH = (
    f"busan/2025년 {b} 주요업무계획.pdf" for b in ("신공항추진본부", "교통혁신국", "청년산학국")
)
CAPTIONS = [
    (AIRPORT, 13, "조감도①"),  # over a bird's-eye view
    (AIRPORT, 13, "조감도②"),
    (TRANSPORT, 17, "[BIG BUS] [스마트 버스 스테이션]"),
    (TRANSPORT, 23, "[AIoT 기반 저온스토리지 개념도] [창고이음 개념도]"),
    (YOUTH, 21, "▴ 들락날락 영어랑 놀자 ▴ 부전도서관 ▴ 독서문화축제"),
]


@pytest.mark.parametrize(("name", "page", "caption"), CAPTIONS)
def test_a_pictures_caption_is_a_figure_not_residue(name: str, page: int, caption: str) -> None:
    """The reader keeps where pictures are drawn; a line right under or over one (photos'
    captions) is a figure of the outline, not residue."""
    path = REALWORLD / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    doc = read_doc(path)
    assert page in doc.pictures
    report = real_report(path)
    assert (page, caption) not in {(r.page, r.text) for r in report.residue}
    figures = [n for n in report.outline if n.kind == "figure" and n.page_start == page]
    assert caption in {n.text for n in figures}


#: file -> (its page footers by page, content lines that look like one), read by eye:
#: nikl numbers its pages from the third; its "- 1 -" on page 22 is a table row
#: (직급 과장(연구관): 정원 -, 증원 1, 재배치 -)
FOOTERS = {
    NIKL: ([(p, f"- {p - 2} -") for p in range(3, 36)], [(22, "- 1 -")]),
    MSIT: ([(p, f"- {p} -") for p in range(1, 9)], []),
}
REAL = [p for p in FOOTERS if p.exists()]


@pytest.mark.skipif(not REAL, reason="../shared/realworld/ is not here")
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_pdfs_are_clean(path: Path) -> None:
    """No private-use glyph reaches any output; page numbers are furniture, never data."""
    doc = read_doc(path)
    footers, lookalikes = FOOTERS[path]
    assert [(ln.page, ln.text) for ln in doc.lines if ln.kind is LineKind.FURNITURE] == footers
    assert [(ln.page, ln.text) for ln in doc.content() if PAGE_FOOTER.match(ln.text)] == lookalikes
    assert any(PRIVATE_USE.search(ln.raw) for ln in doc.lines)  # Hancom's bullets were there
    try:
        report = real_report(path)
    except NotAReportError:
        return
    dumped = report.model_dump(mode="json")
    assert [s for s in strings(dumped) if PRIVATE_USE.search(s)] == []
    assert {(r.page, r.text) for r in report.residue if PAGE_FOOTER.match(r.text)} <= set(
        lookalikes
    )


@pytest.mark.skipif(len(REAL) < 2, reason="../shared/realworld/ is not here")
def test_cli_one_line_per_real_pdf(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["convert", str(NIKL), "--out", str(tmp_path)])
    assert ok.exit_code == 0, ok.output
    about = [ln for ln in ok.stdout.splitlines() if ln.startswith(f"{NIKL}: ")]
    assert len(about) == 1
    assert " roles, " in about[0] and " records, checks " in about[0]
    assert (tmp_path / "nikl-2022-work-plan" / "report.json").exists()
    bad = runner.invoke(main, ["convert", str(MSIT), "--out", str(tmp_path)])
    assert bad.exit_code == 3  # a file that failed (README: exit codes)
    about = [ln for ln in bad.stderr.splitlines() if ln.startswith(f"{MSIT}: ")]
    assert len(about) == 1
    assert about[0].startswith(f"{MSIT}: error: no section of a work report found")
    assert not (tmp_path / "msit-press-release-2026").exists()
    for result in (ok, bad):
        assert "Traceback" not in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)
