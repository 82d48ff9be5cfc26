"""A committee's compiled report (probe 114, multi): `2025년 주요업무보고` / `- 행정자치위원회
소관 -` holding three bureaus' reports one after another, each opening with a title page
of its name alone (`기획조정실`, `행정국`, `시민안전실`) and an outline of its own that starts
again at Ⅰ (`Ⅰ. 일반현황` with 조직, 인력, 예산, `Ⅱ. 2025 주요업무계획` cards, `Ⅲ. 현 안`; one
bureau's `붙임 세부사업 예산 현황`), the contents listing the bureaus with their pages.

Each bureau is its own top over the divisions its chart lists; its staff table and budget
table are its own (no check sums one bureau's against another's); its cards its projects,
numbered by the bureau (`2-1`); its parts each of their role under it.  It had been read
as one bureau's report: the first bureau's chart under the city, the other two's none,
their cards' numbers taken by the first's, the appendix held to the first's budget."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.test_probe110_rotated import UP, Text, _font, _hex
from tests.test_read_pdf import _head_lines, pdf_file

_COVER = """\
2025년 주요업무보고
- 행정자치위원회 소관 -

2025. 2.

해솔광역시

보 고 순 서

Ⅰ. 기획조정실 ································ 1
Ⅱ. 행정국 ···································· 9
Ⅲ. 시민안전실 ································ 17

"""

#: each bureau: its name, count line, divisions with their teams, staff (정원, 현원), the
#: budget of each division (백만원), two cards (title, period, cost 백만원)
_BUREAUS = [
    ("기획조정실", "1실 3과 11팀",
     [("기획담당관", ["기획팀", "평가팀", "조직팀", "법무팀"]),
      ("예산담당관", ["예산총괄팀", "예산1팀", "예산2팀", "재정분석팀"]),
      ("감사위원회", ["감사총괄팀", "조사팀", "공직윤리팀"])],
     (92, 89), [12_400, 30_150, 5_700],
     [("시정 성과관리 체계 고도화", "2025. 1. ~ 12.", 350),
      ("재정 건전성 강화", "2025. 1. ~ 12.", 120)]),
    ("행정국", "1국 3과 12팀",
     [("자치행정과", ["자치행정팀", "주민자치팀", "민원제도팀", "의전팀"]),
      ("총무과", ["총무팀", "인사팀", "복무팀", "후생팀"]),
      ("정보화담당관", ["정보정책팀", "정보보호팀", "스마트행정팀", "통계팀"])],
     (118, 115), [21_300, 52_600, 22_500],
     [("주민자치회 전면 시행", "2025. 3. ~ 12.", 1_840),
      ("스마트 행정 플랫폼 구축", "2025. 2. ~ 2026. 6.", 4_200)]),
    ("시민안전실", "1실 3과 11팀",
     [("안전정책과", ["안전총괄팀", "안전문화팀", "재난대응팀", "비상대비팀"]),
      ("사회재난과", ["사회재난팀", "감염병대응팀", "시설안전팀", "생활안전팀"]),
      ("자연재난과", ["자연재난팀", "하천관리팀", "재해예방팀"])],
     (87, 83), [18_200, 41_500, 75_000],
     [("풍수해 예방사업 확대", "2025. 1. ~ 2027. 12.", 62_000),
      ("시민 안전체험관 건립", "2024. 6. ~ 2026. 12.", 9_800)]),
]  # fmt: skip

#: the second bureau's 붙임: each division's items (name, 백만원)
_ITEMS = [
    ("자치행정과", [("주민자치회 운영", 1_840), ("민원행정 운영", 19_460)]),
    ("총무과", [("청사 관리", 30_100), ("공무원 후생복지", 22_500)]),
    ("정보화담당관", [("스마트 행정 플랫폼 구축", 4_200), ("정보시스템 운영", 18_300)]),
]


def _money(n: int) -> str:
    return f"{n:,}"


def _bureau(at: int, title_page: bool = True) -> list[str]:
    """One bureau's report: its title page, Ⅰ. 일반현황, Ⅱ. its cards, Ⅲ. 현 안."""
    name, count, divisions, (authorized, current), budgets, cards = _BUREAUS[at]
    out = [name, "", "2025년 주요업무보고", ""] if title_page else []
    out += ["Ⅰ. 일반현황", "", "1. 조 직", f"○ 조직 : {count}"]
    out += [f"- {d}({len(teams)}팀) : {', '.join(teams)}" for d, teams in divisions]
    grades = [(4, 4), (authorized - 4 - 60, current - 4 - 60 + (authorized - current) - 1)]
    grades.append((authorized - 4 - grades[1][0], current - 4 - grades[1][1]))
    out += ["", "2. 인 력", "(단위 : 명)", "구 분 | 계 | 4급 이상 | 5급 | 6급 이하",
            f"정 원 | {authorized} | " + " | ".join(str(a) for a, _ in grades),
            f"현 원 | {current} | " + " | ".join(str(c) for _, c in grades)]  # fmt: skip
    total = sum(budgets)
    out += ["", "3. 예 산", "(단위 : 백만원)", "구 분 | 2025년 예산 | 2024년 예산 | 증 감",
            f"계 | {_money(total)} | {_money(total - 300)} | 300"]  # fmt: skip
    out += [f"{d} | {_money(b)} | {_money(b - 100)} | 100" for (d, _), b in
            zip(divisions, budgets, strict=True)]  # fmt: skip
    out += ["", "Ⅱ. 2025 주요업무계획", ""]
    for k, (title, period, cost) in enumerate(cards, start=1):
        out += [f"{k}. {title}", f"○ 사업기간 : {period}", f"○ 사 업 비 : {_money(cost)}백만원",
                "○ 주요내용 : 세부 추진계획 수립 및 시행", ""]  # fmt: skip
    out += ["Ⅲ. 현 안", "", "1. 청사 공간 재배치", "○ 현황 : 사무공간 부족",
            "○ 대책 : 리모델링 추진", ""]  # fmt: skip
    return out


def _appendix() -> list[str]:
    total = sum(a for _, items in _ITEMS for _, a in items)
    out = ["붙임  세부사업 예산 현황", "(단위 : 백만원)",
           "부 서 | 세 부 사 업 | 2025년 예산 | 2024년 예산 | 증 감",
           f"합 계 |  | {_money(total)} | {_money(total - 300)} | 300"]  # fmt: skip
    for division, items in _ITEMS:
        sub = sum(a for _, a in items)
        out.append(f"{division} | 소 계 | {_money(sub)} | {_money(sub - 100)} | 100")
        out += [f" | {item} | {_money(a)} | {_money(a - 50)} | 50" for item, a in items]
    return [*out, ""]


def _compiled(title_pages: bool = True) -> str:
    parts = [*_bureau(0, title_pages), "", *_bureau(1, title_pages), *_appendix(), "",
             *_bureau(2, title_pages)]  # fmt: skip
    return _COVER + "\n".join(parts) + "\n"


def _read(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


@pytest.fixture(scope="module")
def compiled() -> Report:
    return _read(_compiled())


#: the bureaus, their divisions, and the teams of those the first bureau's chart alone
#: had left out (the other bureaus', and 감사위원회's, a unit of no division's word)
_UNITS = [(b, None) for b, *_ in _BUREAUS] + [
    (d, b) for b, _, divisions, *_ in _BUREAUS for d, _ in divisions
] + [(t, d) for at, (_, _, divisions, *_) in enumerate(_BUREAUS) for d, teams in divisions
     for t in teams if at or d == "감사위원회"]  # fmt: skip


@pytest.mark.parametrize(("name", "parent"), _UNITS)
def test_each_bureau_is_a_top_over_its_divisions_and_their_teams(
    compiled: Report, name: str, parent: str | None
) -> None:
    """Each bureau a top of its own, its divisions under it (`감사위원회(3팀)`: a unit its
    bracket counts teams of, as many as it lists), each over its teams."""
    units = {u.name: u.parent for u in compiled.organization}
    assert name in units
    assert units[name] == parent


@pytest.mark.parametrize("at", range(3))
def test_each_bureaus_staff_table_is_the_bureaus(compiled: Report, at: int) -> None:
    """The staff table by grade in each bureau's 인력: its 계 the bureau's total, each
    grade's row a part of it (no total)."""
    name, _, _, (authorized, current), *_ = _BUREAUS[at]
    rows = [s for s in compiled.staffing if s.unit == name]
    totals = [(s.authorized, s.current) for s in rows if s.is_total]
    assert totals == [(authorized, current)]
    grades = [s for s in rows if s.grade is not None]
    assert len(grades) == 3
    assert not any(s.is_total for s in grades)


@pytest.mark.parametrize(
    ("unit", "amount"),
    [(b, sum(budgets)) for b, _, _, _, budgets, _ in _BUREAUS]
    + [(d, a) for _, _, divisions, _, budgets, _ in _BUREAUS
       for (d, _), a in zip(divisions, budgets, strict=True)],
)  # fmt: skip
def test_each_bureaus_budget_table_is_the_bureaus(compiled: Report, unit: str, amount: int) -> None:
    """Each bureau's 예산 table: its 계 the bureau's 2025 budget, each row its division's."""
    lines = {(b.unit, b.year): b.amount_krw for b in compiled.budget_lines}
    assert lines.get((unit, 2025)) == amount * 1_000_000


@pytest.mark.parametrize(
    ("number", "title", "bureau", "cost"),
    [(f"{at + 1}-{k}", title, b, cost)
     for at, (b, *_, cards) in enumerate(_BUREAUS)
     for k, (title, _, cost) in enumerate(cards, start=1)],
)  # fmt: skip
def test_each_bureaus_cards_are_its_projects(
    compiled: Report, number: str, title: str, bureau: str, cost: int
) -> None:
    """Each bureau's cards its projects, numbered by the bureau (`2-1`), of the bureau (or
    of the division the bureau's 붙임 names for it), with their cost."""
    projects = {p.project_id: p for p in compiled.projects}
    assert number in projects
    project = projects[number]
    assert project.title == title
    assert project.cost_krw == cost * 1_000_000
    units = {u.name: u.parent for u in compiled.organization}
    assert bureau in (project.division, units.get(project.division or ""))


@pytest.mark.parametrize("at", range(3))
@pytest.mark.parametrize("role", ["general", "plans", "issues"])
def test_each_bureaus_parts_are_of_their_roles_under_it(
    compiled: Report, at: int, role: str
) -> None:
    """Each bureau a node over its own chapters, each chapter of its role."""
    name = _BUREAUS[at][0]
    nodes = {n.node: n for n in compiled.outline}
    under = [n for n in compiled.outline if n.role == role
             and n.parent in nodes and nodes[n.parent].title == name]  # fmt: skip
    assert len(under) == 1


def test_no_check_holds_one_bureau_against_another(compiled: Report) -> None:
    """Every check passes: none sums one bureau's table against another's (the appendix
    of the second against the first's budget had failed) and each count line counts its
    own bureau's divisions."""
    failed = [(v.check, v.detail) for v in compiled.validation if not v.passed]
    assert failed == []
    held = [v.detail.partition(":")[0] for v in compiled.validation
            if v.check == "budget_summary.vs_appendix"]  # fmt: skip
    assert held == ["행정국", "자치행정과", "총무과", "정보화담당관"]


def test_a_bureaus_appendix_is_that_bureaus(compiled: Report) -> None:
    """The second bureau's `붙임 세부사업 예산 현황`: the report's budget items, its 합계 row
    the bureau's (held to the bureau's own budget table above)."""
    items = {(b.division, b.item): b.budget_krw for b in compiled.budget_items}
    sums = {(d, d): sum(a for _, a in listed) * 1_000_000 for d, listed in _ITEMS}
    assert items == {(d, i): a * 1_000_000 for d, listed in _ITEMS for i, a in listed} | {
        ("행정국", "합계"): 96_400_000_000, **sums}


def test_the_contents_name_the_bureaus_where_no_title_page_does() -> None:
    """With no title page before each bureau's Ⅰ (drawn as a picture), the contents'
    entries, as many as the runs of chapters, name them in order."""
    report = _read(_compiled(title_pages=False))
    units = {u.name: u.parent for u in report.organization}
    assert [units.get(d) for d in ("기획담당관", "총무과", "자연재난과")] == [
        "기획조정실", "행정국", "시민안전실"
    ]


# --- printed as a PDF: a page each for each bureau's title and its chapters -------------


def _pages_pdf(pages: Sequence[Sequence[Text]]) -> bytes:
    """An A4 PDF of these pages of texts (PDF coordinates, y up)."""
    texts = [t for page in pages for _, t in page]
    font = [f.replace(b"6 0 R", b"4 0 R").replace(b"7 0 R", b"5 0 R") for f in _font(texts)]
    kids = b" ".join(b"%d 0 R" % (6 + 2 * k) for k in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        *font,
    ]
    for k, page in enumerate(pages):
        content = b"".join(
            b"BT /K1 %g Tf %s %g %g Tm %s Tj ET\n" % (size, m, x, y, _hex(t))
            for (m, x, y, size), t in page
        )  # fmt: skip
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /K1 3 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * k),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    return pdf_file(objects)


def _text_pages(lines: Sequence[str]) -> list[list[Text]]:
    """Lines set one under another from the top, a page a chapter heading ("Ⅰ.", "Ⅱ.",
    "Ⅲ.") or a bureau's title page; table rows (`|`) set as cells apart."""
    pages: list[list[Text]] = []
    y = 0.0
    for line in lines:
        if not line.strip():
            continue
        new = line.startswith(("Ⅰ.", "Ⅱ.", "Ⅲ.")) or line in {b for b, *_ in _BUREAUS}
        if new or not pages or y < 80:
            pages.append([])
            y = 790.0
        cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
        for k, cell in enumerate(cells):
            if cell:
                pages[-1].append(((UP, 60 + 100 * k, y, 11), cell))
        y -= 18
    return pages


def test_a_printed_compiled_report_has_each_bureaus_chapters() -> None:
    """Printed, each bureau's `Ⅰ. 일반현황` opens a page as the first's did: a chapter
    heading of that bureau (it had been taken for the first's title set again over its
    pages, and the bureau's 조직, 인력 and 예산 went under the title page before it)."""
    lines = [*_bureau(0), *_bureau(1), *_bureau(2)]
    cover = [((UP, 150, 600, 20), "2025년 주요업무보고"),
             ((UP, 170, 560, 14), "- 행정자치위원회 소관 -"), ((UP, 220, 300, 16), "해솔광역시")]
    data = _pages_pdf([cover, *_text_pages(lines)])
    report = check(parse_document(read_bytes(data, "report.pdf"), "report"))
    nodes = {n.node: n for n in report.outline}
    for name, *_ in _BUREAUS:
        roles = {n.role for n in report.outline
                 if n.parent in nodes and nodes[n.parent].title == name}  # fmt: skip
        assert {"general", "plans", "issues"} <= roles, name
    totals = {s.unit: (s.authorized, s.current) for s in report.staffing if s.is_total}
    assert totals == {b: staff for b, _, _, staff, *_ in _BUREAUS}


#: pages of (text, top): a bureau's own Ⅰ after the one before's Ⅲ, a heading (no running
#: title), with or without a title page between; and a chapter's title again over its next
#: page, no other chapter (a part's `Ⅱ-1.` none) between: furniture
_REPEATS: list[tuple[list[list[tuple[str, float]]], list[tuple[int, str]]]] = [
    ([[("Ⅰ. 일반현황", 40.0), ("1. 조 직", 120.0)], [("Ⅲ. 현 안", 40.0), ("1. 청사", 120.0)],
      [("Ⅰ. 일반현황", 40.5), ("1. 조 직", 120.0)]], []),
    ([[("Ⅰ. 일반현황", 40.0)], [("Ⅱ. 주요업무계획", 40.0)], [("Ⅲ. 현 안", 40.0)],
      [("기획조정실", 300.0)], [("Ⅰ. 일반현황", 40.0)], [("Ⅱ. 주요업무계획", 40.0)]], []),
    ([[("Ⅰ. 일반현황", 40.0), ("1. 조 직", 120.0)], [("Ⅰ. 일반현황", 40.5), ("2. 인 력", 120.0)],
      [("Ⅱ. 주요업무계획", 40.0)], [("Ⅱ-1. 일자리", 40.0)],
      [("Ⅱ. 주요업무계획", 40.0)]], [(2, "Ⅰ. 일반현황"), (5, "Ⅱ. 주요업무계획")]),
]  # fmt: skip


def test_a_chapters_title_repeats_only_where_no_other_chapter_came_between() -> None:
    assert [_head_lines(pages) for pages, _ in _REPEATS] == [r for _, r in _REPEATS]
