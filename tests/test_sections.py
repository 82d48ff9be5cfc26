"""Splitting a report into sections: by title, in any order, with parts missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import NotAReportError
from extract.parse.text import squash
from extract.pipeline import convert
from extract.read.text import split_lines
from extract.roles import (
    ENVIRONMENT_PART_TITLES,
    LEADING_TOP_TITLES,
    PART_TITLES,
    STAFF_BODY_TITLES,
    TOP_TITLES,
    UNROLED_PART_TITLES,
    WHOLE_TOP_TITLES,
)
from extract.sections import split_sections
from extract.title_roles import top_role

#: the sample's sections: key -> (first line, last line), read off the sample by line number
SAMPLE_SECTIONS = {
    "general": (1, 184),
    "organization": (3, 105),
    "staffing": (106, 114),
    "budget_summary": (115, 130),
    "functions": (131, 184),
    "policy": (185, 250),
    "plans": (251, 1131),
    "budget_items": (1132, 1191),
    "audit": (1192, 3135),
}


def test_sample_sections_and_their_lines(sample_text: str) -> None:
    found = split_sections(split_lines(sample_text)).found
    assert {k: (s.span.first, s.span.last) for k, s in found.items()} == SAMPLE_SECTIONS


def _blocks(text: str) -> dict[str, str]:
    """The sample cut at its top-level headings: Ⅰ, Ⅱ, Ⅲ, 붙임 1, 붙임 2."""
    lines = text.split("\n")
    cuts = {"general": 0, "policy": 184, "plans": 250, "budget_items": 1131, "audit": 1191}
    keys = list(cuts)
    return {
        k: "\n".join(lines[cuts[k] : cuts[keys[i + 1]] if i + 1 < len(keys) else None])
        for i, k in enumerate(keys)
    }


def _records(path: Path) -> dict[str, int]:
    report = convert(path)
    return {s.key: s.records for s in report.sections if s.key != "other"}


def test_sections_in_another_order_give_the_same_records(tmp_path: Path, sample_text: str) -> None:
    blocks = _blocks(sample_text)
    order = ["audit", "budget_items", "policy", "general", "plans"]
    path = tmp_path / "reordered.txt"
    path.write_text("\n".join(blocks[k] for k in order), encoding="utf-8")
    original = tmp_path / "original.txt"
    original.write_text(sample_text, encoding="utf-8")
    assert _records(path) == _records(original)
    report = convert(path)
    assert [c.detail for c in report.validation if not c.passed] == []
    assert report.residue == []


@pytest.mark.parametrize(
    "numerals", [("1.", "2.", "3."), ("1 .", "2 .", "3 ."), ("I.", "II.", "III.")]
)
def test_chapters_numbered_otherwise_give_the_same_records(
    tmp_path: Path, sample_text: str, numerals: tuple[str, str, str]
) -> None:
    """Chapters numbered 1. 2. 3. (a report with no Roman numerals: its parts are its
    top-level items, the appendices' roles counted with theirs) or I. II. III."""
    text = sample_text
    for roman, other in zip(("Ⅰ.", "Ⅱ.", "Ⅲ."), numerals, strict=True):
        text = "\n".join(
            other + ln.lstrip()[len(roman) :] if ln.lstrip().startswith(roman) else ln
            for ln in text.splitlines()
        )
    assert text != sample_text
    path = tmp_path / "numbered.txt"
    path.write_text(text, encoding="utf-8")
    original = tmp_path / "original.txt"
    original.write_text(sample_text, encoding="utf-8")
    assert _records(path) == _records(original)
    report = convert(path)
    assert report.policy_goals == convert(original).policy_goals
    assert [c.detail for c in report.validation if not c.passed] == [] and report.residue == []


@pytest.mark.parametrize("appendices", [True, False])
def test_a_numbered_parts_title_wrapped_onto_the_next_line_names_its_role(
    tmp_path: Path, sample_text: str, appendices: bool
) -> None:
    """"3. 2021년 서울혁신기획관 소관" / "주요업무 추진계획": the role is the whole title's
    where the numbered line alone names none (with or without the appendices' roles)."""
    text = sample_text.replace(" Ⅰ. 일 반 현 황", "1. 일반현황").replace(
        "Ⅱ. 정책목표와 핵심과제", "2. 정책목표와 핵심과제"
    ).replace("Ⅲ. 주요업무 추진계획", "3. 2021년 서울혁신기획관 소관\n주요업무 추진계획")
    if not appendices:
        text = text[: text.index("붙 임 1")]
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    original = tmp_path / "original.txt"
    original.write_text(sample_text if appendices else sample_text[: sample_text.index("붙 임 1")],
                        encoding="utf-8")  # fmt: skip
    got = _records(path)
    assert got == _records(original) and got["plans"] > 0


@pytest.mark.parametrize("missing", ["policy", "plans", "budget_items", "audit", "general"])
def test_a_missing_section_is_reported_and_the_rest_converts(
    tmp_path: Path, sample_text: str, missing: str
) -> None:
    blocks = _blocks(sample_text)
    path = tmp_path / "partial.txt"
    path.write_text("\n".join(v for k, v in blocks.items() if k != missing), encoding="utf-8")
    report = convert(path)
    absent = {s.key for s in report.sections if not s.found}
    # roles the sample never has: listed as not found, never warned about
    never = {"achievements", "environment", "issues", "appendix"}
    expected = (
        {"general", "organization", "staffing", "budget_summary", "functions"}
        if missing == "general"
        else {missing}
    )
    assert absent == expected | never
    assert not [w for w in report.warnings if w.code == "section.missing"]
    assert all(
        s.records > 0 for s in report.sections if s.found and s.key not in ("other", "general")
    )


def test_text_that_is_no_report_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("안녕하세요.\n회의 일정을 알려 드립니다.\n", encoding="utf-8")
    with pytest.raises(NotAReportError, match="no section of a work report"):
        convert(path)


def test_a_table_of_contents_does_not_take_the_section() -> None:
    text = "\n".join([
        "목 차",
        "Ⅰ. 일반현황 ········ 1",
        "Ⅲ. 주요업무 추진계획",
        "1. 첫째 과제 ········ 3",
        "Ⅰ. 일반현황",
        "조직현황 1국 1과 1팀",
        "Ⅲ. 주요업무 추진계획",
        "1. 첫째 과제",
        "1  첫 사업",
        "• 요약",
        "• 추진계획",
        "○ 내용",
    ])
    found = split_sections(split_lines(text)).found
    assert (found["plans"].span.first, found["plans"].span.last) == (7, 12)


def test_a_few_invalid_utf8_bytes_are_replaced_and_reported(
    tmp_path: Path, sample_text: str
) -> None:
    data = sample_text.encode()
    cut = data.index("서울혁신기획관".encode()) + 2  # inside a syllable
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:cut] + data[cut + 1 :])
    report = convert(path)
    assert report.source.encoding == "utf-8 (1 invalid byte sequence replaced)"
    assert "read.replaced_bytes" in {w.code for w in report.warnings}
    assert len(report.audit_findings) == 51


@pytest.mark.parametrize("title", sorted(ENVIRONMENT_PART_TITLES))
def test_a_part_of_the_environment_section_titles_its_part(title: str) -> None:
    """"대응방향" in a banner over its □ items is a part of 정책환경, not text of the item
    before it (after "정책환경 진단" it takes that part's place)."""
    lines = split_lines(
        f"Ⅲ. 2025년 정책환경 진단 및 대응방향\n정책환경 진단\n□ 돌봄수요 등장\n"
        f"○ 新취약계층 등장\n{title}\n□ 사회서비스 확대\n○ 돌봄기반 조성\n"
    )
    outline = split_sections(lines).outline
    nodes = [n for n in outline.nodes if n.lines and squash(n.title) == title]
    assert nodes[-1].kind == "title" and nodes[-1].parent is not None
    assert nodes[-1].parent.kind == "heading"
    assert [c.title for c in nodes[-1].children][-1] == "사회서비스 확대"


@pytest.mark.parametrize("title", sorted(UNROLED_PART_TITLES))
def test_a_part_of_the_general_section_without_a_role_titles_its_part(title: str) -> None:
    """"재산현황" over its bullets is a part of 일반현황 (no domain table reads it), not text
    of the part before it; the same line in a plan is text."""
    spaced = " ".join(title)  # set letter-spaced, as such titles often are
    lines = split_lines(
        f"Ⅰ. 일반현황\n조직현황 1실 2과\n{spaced}\n□ 공유재산 : 총 10건\n"
        f"Ⅱ. 주요업무계획\n1. 사업\n□ 내용\n{spaced}\n"
    )
    outline = split_sections(lines).outline
    nodes = [n for n in outline.nodes if n.lines and squash(n.title) == title]
    assert len(nodes) == 1 and nodes[0].kind == "title"
    assert [c.title for c in nodes[0].children] == ["공유재산 : 총 10건"]


def test_a_division_titles_its_part_under_a_heading_that_names_정책환경() -> None:
    """"Ⅱ. 정책환경 변화에 따른 주요업무계획" reads as 정책환경 too: a division's name over
    its tasks still titles its part."""
    lines = split_lines("Ⅱ. 정책환경 변화에 따른 2025년 주요업무계획\n복지정책과\n1. 돌봄 확대\n")
    outline = split_sections(lines).outline
    node = next(n for n in outline.nodes if n.title == "복지정책과")
    assert node.kind == "title" and [c.title for c in node.children] == ["돌봄 확대"]


@pytest.mark.parametrize(
    ("title", "role"),
    sorted((t, r) for t, r in PART_TITLES.items() if t not in STAFF_BODY_TITLES),
)
def test_every_part_title_names_its_part_of_the_general_section(title: str, role: str) -> None:
    """"□ 예산규모 : 1,167,170,859천원" is the budget part, as "□ 조 직" is the organisation.
    (Not a word that titles the part only over a body that states staff, "정원": a garden's
    part "3. 정 원" is none; tests/test_fix113_edu.py.)"""
    spaced = " ".join(title) if len(title) <= 4 else title
    lines = split_lines(f"Ⅰ. 기본현황\n□ {spaced} : 3과 12팀\n○ 내용\nⅡ. 주요업무계획\n1. 사업\n")
    found = split_sections(lines).found
    assert found[role].title.replace(" ", "").startswith(title)


#: numbered part titles as other reports print them -> the part they name
NUMBERED_PART_TITLES = [
    # an HWPX title tab-aligned to its unit: the runs of spaces are not its length
    ("4. 재정 현황 (예산 규모)  2조 9,141억원" + " " * 30 + "[단위: 억원]", "budget_summary"),
    ("1. 행정조직 현황", "organization"),
    ("2. 교직원 현황", "staffing"),
    ("3. 2022년 예산 현황", "budget_summary"),
    ("2. ’25년도 인력현황", "staffing"),
    # a ministry's and a Busan bureau's (고용노동부 p1, 교통혁신국 p5)
    ("① 기구 및 조직 현황", "organization"),
    ("□ 기구·조직 ▷ 4과 2사업소 20팀", "organization"),
]


@pytest.mark.parametrize(("title", "role"), NUMBERED_PART_TITLES)
def test_a_numbered_part_title_names_its_part(title: str, role: str) -> None:
    """An education office's 행정조직/교직원 parts, a year before 예산 현황, and a title
    padded to its unit with spaces are parts of the general section."""
    lines = split_lines(f"Ⅰ. 일반 현황\n{title}\n○ 내용\nⅡ. 주요업무계획\n1. 사업\n")
    assert role in split_sections(lines).found


@pytest.mark.parametrize(("word", "role"), TOP_TITLES)
def test_every_chapter_word_alone_names_its_role(word: str, role: str) -> None:
    """No word of the vocabulary is shadowed by one tried before it."""
    assert top_role(word) == role


#: chapter titles of the genre -> the role they name (the order of TOP_TITLES decides
#: a title that holds words of two roles)
CHAPTER_TITLES = [
    ("Ⅰ. 일 반 현 황", "general"),
    ("조직 및 인력 현황", "general"),
    ("조직·인력 현황", "general"),
    ("기구 및 정원", "general"),
    ("2025년 주요 추진사업", "plans"),
    ("역점 과제", "plans"),
    ("주요 역점 시책", "plans"),
    ("주요 현안 및 신규 사업", "issues"),
    ("주요 쟁점 사항", "issues"),
    ("당면 과제", "issues"),
    ("주요 사업 성과", "achievements"),
    ("’25년 평가 및 향후 업무추진방향", "achievements"),
    ("2026 업무 추진 방향", "policy"),
    ("비전 및 목표", "policy"),
    ("정책환경 및 대응방향", "environment"),
    ("2025년 주요업무 추진계획", "plans"),
    ("2024년 주요 추진사업 평가", "achievements"),
    ("핵심사업 평가 및 향후계획", "achievements"),
    ("비전문가 자문", None),
    ("참고자료", None),
    # review 13 D1: an agencies' chapter is no general section ("기관 현황" read anywhere in
    # a title had made 산하 공공기관 현황 the general section, 일반현황 an other)
    ("산하 공공기관 현황", None),
    ("출자·출연기관 현황", None),
    ("건의 및 일반사항", None),
    # ... but one that opens with it is an agency's general section
    ("기관 현황", "general"),
    ("기관 개요", "general"),
    ("2026년 기관 일반현황", "general"),
    ("일반 사항", "general"),
]


@pytest.mark.parametrize(("word", "role"), LEADING_TOP_TITLES)
def test_every_leading_chapter_word_names_its_role(word: str, role: str) -> None:
    assert top_role(word) == role
    assert top_role(f"산하 {word}") is None


@pytest.mark.parametrize(("word", "role"), WHOLE_TOP_TITLES.items())
def test_every_whole_chapter_title_names_its_role(word: str, role: str) -> None:
    spaced = " ".join(word)  # letter-spaced, as chapter titles are ("현 황")
    assert top_role(word) == top_role(spaced) == top_role(f"2021년 {word}") == role
    assert top_role(f"산하기관 {word}") is None and top_role(f"{word} 및 문제점") is None


def test_a_first_chapter_titled_현황_is_the_general_section(sample_text: str) -> None:
    text = sample_text.replace(" Ⅰ. 일 반 현 황", " Ⅰ. 현 황", 1)
    assert text != sample_text
    found = split_sections(split_lines(text)).found
    assert {k: (s.span.first, s.span.last) for k, s in found.items()} == SAMPLE_SECTIONS


#: reports whose top level is numbered items, not chapters: the items that name a role
#: are its parts, where they name two roles at least
NUMBERED_TOPS = [
    (
        ["2026년 주요업무보고", "1. 일반현황", "가. 조직", "ㅇ 1실 3과 12팀", "나. 예산",
         "ㅇ 1,200억원", "2. 2025년 주요성과", "ㅇ 성과", "3. 2026년 주요업무계획",
         "ㅇ 계획 : ’26. 3.~6."],
        {"general": "일반현황", "organization": "조직", "budget_summary": "예산",
         "achievements": "2025년 주요성과", "plans": "2026년 주요업무계획"},
    ),
    (
        ["주요업무보고", "Ⅰ. 기관 현황", "1. 기관 개요", "ㅇ 설립 : 2006. 1.",
         "2. 조직 및 인력", "ㅇ 1원 2본부 8팀", "3. 예산", "ㅇ 250억원",
         "Ⅱ. 2026년 주요업무 추진계획", "1. 경영안정 지원", "ㅇ 사업비 : 30억원"],
        {"general": "기관 현황", "organization": "조직 및 인력", "budget_summary": "예산",
         "plans": "2026년 주요업무 추진계획"},
    ),
    (  # a report's top-level bullets, where they name three roles
        ["2026년 업무계획", "■ 일반현황", "□ 조직 : 1국 3과", "□ 예산 : 1,200억원",
         "■ 2025년 주요성과", "○ 성과", "■ 2026년 주요업무계획", "□ 사업", "○ 사업비 : 10억원"],
        {"general": "일반현황", "organization": "조직 : 1국 3과",
         "budget_summary": "예산 : 1,200억원", "achievements": "2025년 주요성과",
         "plans": "2026년 주요업무계획"},
    ),
    (  # a press release's numbered points that name two roles are no parts either
        ["AI 사업 결과 발표", "1. 추진 성과", "○ 현장 채용 320명", "2. 향후 추진계획",
         "○ 하반기"],
        {},
    ),
    (  # ... nor a notice's three, with no general section named by a chapter word
        ["모집 공고", "1. 일반사항", "○ 대상", "2. 사업 추진계획", "○ 일정",
         "3. 선정 평가", "○ 서면"],
        {},
    ),
    (  # a line of text that starts "제3장" is no chapter that takes the parts away
        ["2026년 주요업무보고", "1. 일반현황", "ㅇ 1실 3과", "2. 2025년 주요성과",
         "ㅇ 도시재생 조례 개정", "제3장 주민참여 조항 신설(’25. 3월)",
         "3. 2026년 주요업무계획", "ㅇ 계획"],
        {"general": "일반현황", "achievements": "2025년 주요성과",
         "plans": "2026년 주요업무계획"},
    ),
    (  # ... not two: a press release's "□ 추진 성과" and "□ 향후 추진계획"
        ["AI 사업 결과 발표", "□ 추진 성과", "○ 10개 모델", "□ 향후 추진계획", "○ 하반기"],
        {},
    ),
    (  # a press release's numbered points name one role (평가) over and over: no parts
        ["AI 평가 결과 발표", "1. 벤치마크 평가(40점 배점)", "ㅇ 10개 모델",
         "2. 전문가 평가(35점 배점)", "ㅇ 5명"],
        {},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "found"), NUMBERED_TOPS)
def test_numbered_top_items_that_name_roles_are_the_reports_parts(
    texts: list[str], found: dict[str, str]
) -> None:
    sections = split_sections(split_lines("\n".join(texts)))
    assert {k: s.title for k, s in sections.found.items()} == found


@pytest.mark.parametrize(("title", "role"), CHAPTER_TITLES)
def test_a_chapter_title_names_its_role(title: str, role: str | None) -> None:
    assert top_role(title) == role


def test_a_report_with_no_cover_is_for_the_year_its_plan_chapter_names() -> None:
    """No cover: the year is the plan chapter's ("Ⅲ. 2025년 주요업무계획"), not the commonest
    year of the text (2024, the year looked back on)."""
    from extract.pipeline import parse_document
    from extract.read import read_bytes

    text = "\n".join([
        " Ⅰ. 일 반 현 황", "1. 조직", "○ 2024년 조직개편 : 2과 6팀",
        " Ⅱ. 2024년 주요성과", "○ 2024년 성과 : 2024년 3월 준공",
        " Ⅲ. 2025년 주요업무계획", "1. 도시숲 조성", "○ 설계 : 3월~5월",
    ])  # fmt: skip
    report = parse_document(read_bytes(text.encode(), "nocover.txt"), "nocover")
    assert report.meta.year == 2025
    assert [(s.start.isoformat() if s.start else None) for s in report.schedules] == ["2025-03-01"]
