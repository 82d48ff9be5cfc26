"""The older style of a report's outline (probe 105, jangjeol): chapters numbered
`제1장`, their parts `제1절`, then `1.` and `가.`; a table of contents whose `제N장`
entries run leader dots to their page numbers (`제1장  일 반 현 황 ······ 1`)."""

from __future__ import annotations

from extract.layout.markers import read_marker
from tests.test_other_reports import _text

_DOTS = "·" * 34


def _entry(title: str, page: int) -> str:
    """A contents entry, its leader dots running to its page number at one column (a
    Hangul syllable two columns wide): a short title's run of dots is longer."""
    width = sum(2 if "가" <= ch <= "힣" else 1 for ch in title)
    return f"{title} {'·' * (52 - width)} {page}"


_JANGJEOL = f"""\

                       2019년도 주요업무보고

                         주 민 생 활 국

                         보 고 순 서

      {_entry("제1장  일 반 현 황", 1)}
         {_entry("제1절  조직 및 인력", 1)}
      {_entry("제2장  2019 주요업무계획", 3)}
      {_entry("제3장  행정사무감사 처리결과", 10)}


제1장  일 반 현 황


제1절  조직 및 인력

 1. 조    직 : 1국 2과 4팀
   ○ 복지정책과 : 복지정책팀, 생활보장팀
   ○ 문화체육과 : 문화예술팀, 체육진흥팀


                                 - 1 -


제2장  2019 주요업무계획


제1절  복지정책과

 1. 찾아가는 복지상담 서비스 확대
   가. 사업개요
     ○ 사업기간 : '19. 1.~'19. 12.
     ○ 사 업 비 : 245,000천원 (국비 122,500, 구비 122,500)
   나. 추진계획
     ○ 위기가구 발굴 일제조사 : '19. 3.~'19. 4.
   다. 기대효과
     ○ 위기가구 조기 발굴로 복지사각지대 해소


                                 - 2 -


제2절  문화체육과

 1. 서하 생활문화센터 조성
   가. 사업개요
     ○ 사업기간 : '19. 3.~'19. 12.
     ○ 사 업 비 : 2,400,000천원 (국비 960,000, 구비 1,440,000)
   나. 추진계획
     ○ 리모델링 공사 : '19. 6.~'19. 11.
   다. 기대효과
     ○ 생활권 독서문화 확산


제3절  2019년 주요행사 계획

   연번  행    사    명                일    시         장    소          주관부서
    1    서하 어린이 한마당 축제       '19. 5. 4.       서하근린공원      복지정책과
    2    서하구민의 날 기념식          '19. 5. 10.      서하구민회관      문화체육과


                                 - 3 -


제3장  행정사무감사 처리결과

 1. 처리현황
   ○ 총 1건 (시정요구 1) : 완료 1
"""


def test_a_chapter_entry_with_leader_dots_reads_as_the_chapter() -> None:
    """`제1장  일 반 현 황 ······ 1`: a contents entry of chapter 1, its dots and page
    number no part of its title's length (it had been read as text, as long lines that
    start `제3장 …` are)."""
    found = read_marker(f"제1장  일 반 현 황 {_DOTS} 1")
    assert found is not None
    assert (found[0].kind, found[0].number) == ("roman", "1")
    # (a long line of text that opens so is still no chapter)
    assert read_marker("제3장 " + "가" * 30 + " 그리고 " + "나" * 12) is None


def test_a_section_numbered_in_words_is_a_heading() -> None:
    found = read_marker("제2절  노인장애인과")
    assert found is not None
    assert (found[0].kind, found[0].number, found[1]) == ("section", "2", "노인장애인과")
    assert read_marker("제2절 조항 신설(’25. 3월)") is None  # (a line of text, its bracket)


def test_contents_of_chapters_with_leader_dots_end_at_the_first_chapter() -> None:
    """The contents end where `제1장  일 반 현 황` comes again in the body: chapters 1
    and 2 are the body's (they had been swallowed into the contents, up to `제3장`)."""
    report = _text(_JANGJEOL)
    headings = [(n.marker, "".join(n.title.split())) for n in report.outline if n.kind == "heading"]
    assert headings == [
        ("제1장", "일반현황"),
        ("제2장", "2019주요업무계획"),
        ("제3장", "행정사무감사처리결과"),
    ]
    assert [n.kind for n in report.outline[:3]] == ["front", "contents", "heading"]
    assert {o.name for o in report.organization} >= {"복지정책과", "생활보장팀", "체육진흥팀"}


def test_sections_head_their_items_under_the_chapter() -> None:
    """`제1절 복지정책과` is the level under `제2장`, over `1.` and its `가.` (it had been
    glued onto the line before it); each 절 that names a division is its projects'
    division, the projects numbered under it; a 절 of events holds their table."""
    report = _text(_JANGJEOL)
    by_node = {n.node: n for n in report.outline}
    sections = [n for n in report.outline if n.marker is not None and n.marker.startswith("제")
                and n.kind != "heading"]  # fmt: skip
    assert [(n.marker, n.title) for n in sections] == [
        ("제1절", "조직 및 인력"),
        ("제1절", "복지정책과"),
        ("제2절", "문화체육과"),
        ("제3절", "2019년 주요행사 계획"),
    ]
    for n in sections:
        assert n.text == n.title  # (no line of another item's)
        assert n.parent is not None and by_node[n.parent].kind == "heading"
    # (the lines before a 절, `○ 생활권 독서문화 확산`, keep their own text)
    assert any(n.text == "생활권 독서문화 확산" for n in report.outline)
    items = [n for n in report.outline if n.marker == "1." and n.title != "처리현황"]
    assert [by_node[n.parent].marker if n.parent else None for n in items] == [
        "제1절",
        "제1절",
        "제2절",
    ]
    got = {p.project_id: (p.title, p.division) for p in report.projects}
    assert got == {
        "1-1": ("찾아가는 복지상담 서비스 확대", "복지정책과"),
        "2-1": ("서하 생활문화센터 조성", "문화체육과"),
    }
    assert [e.event for e in report.events] == ["서하 어린이 한마당 축제", "서하구민의 날 기념식"]
    assert {s.project_id for s in report.schedules} == {"1-1", "2-1"}


def test_findings_under_a_heading_that_names_their_division() -> None:
    """Findings written as items under `가. 복지정책과` and `나. 노인장애인과`, naming no
    division of their own: each the division its heading names."""
    report = _text("""\
Ⅳ. 행정사무감사 처리결과

 1. 세부 처리내용

   가. 복지정책과

     1) 기초생활수급자 부정수급 사후관리 소홀 (시정요구)
        ○ 지적사항 : 부정수급 적발 후 환수 조치가 지연되어 미환수액이 누적됨
        ○ 조치결과 : 부정수급액 환수 독촉 및 분할납부 약정 체결
        ○ 처리상황 : 완료

   나. 노인장애인과

     2) 경로당 운영비 집행 점검 미흡 (시정요구)
        ○ 지적사항 : 경로당 운영비 정산 시 증빙서류 누락 사례 다수 확인
        ○ 조치결과 : 186개소 운영비 정산 전수점검 및 회계교육 실시
        ○ 처리상황 : 완료
""")
    got = [(f.finding, f.divisions) for f in report.audit_findings]
    assert got == [
        ("부정수급 적발 후 환수 조치가 지연되어 미환수액이 누적됨", ["복지정책과"]),
        ("경로당 운영비 정산 시 증빙서류 누락 사례 다수 확인", ["노인장애인과"]),
    ]
