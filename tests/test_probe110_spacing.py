"""Letter-spacing undone where the report sets it wide (probe 110, letterspaced: a header
cell wrapped over two lines, a card's justified labels) and a Hangul file's footnote kept
out of an audit finding's words (probe 110, footnotes)."""

from __future__ import annotations

from extract.normalize.spacing import despace
from tests.hwpx_maker import footnote, p
from tests.test_other_reports import _hwpx, _table


def test_a_letter_spaced_header_wrapped_over_two_lines() -> None:
    """`2 0 2 5 년` / `예 산` in one header cell (its 0.6em spacing wraps it): the column's
    header is `2025년 예산`, each line's spacing undone (it had been `2025년 예 산`)."""
    rows = [
        ["구 분", "2 0 2 5 년\n예 산", "2 0 2 6 년\n예 산", "증 감"],
        ["합 계", "198,500", "207,900", "9,400"],
        ["기후환경정책과", "8,420", "9,150", "730"],
        ["탄소중립과", "190,080", "198,750", "8,670"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산총괄"), p("(단위 : 백만원)"), p(_table(rows)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 탄소중립 도시"), p("□ 온실가스 감축"),
    )  # fmt: skip
    heads = {c.col_header for c in report.table_cells if c.raw in ("8,420", "9,150")}
    assert heads == {"2025년 예산", "2026년 예산"}


def test_a_spaced_year_and_a_word_of_two_letters() -> None:
    """A year spaced out figure by figure shows its line letter-spaced: the two letters
    after it are one word, as three are."""
    assert despace("2 0 2 6 년 예 산") == "2026년 예산"
    assert despace("2 0 2 6 년 주 요 업 무") == "2026년 주요업무"


def _card(*lines: str) -> list[str]:
    return [
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 탄소중립 도시 전환"),
        p("□ 온실가스 감축인지 예산제 운영 (기후환경정책과)"), *map(p, lines),
        p("○ 추진계획"), p("- 예산서 작성 지침 시달 : ’26. 3."),
    ]  # fmt: skip


def test_a_justified_labels_colon_keeps_its_space() -> None:
    """`○ 사 업 개 요 : 전 부서 …` (a label justified across its column): the title is
    `사업개요: 전 부서 …`, as `사업개요: 노후 …` is; the one-letter word after the colon is
    the value's (it had been glued: `사업개요:전 부서`)."""
    report = _hwpx(*_card(
        "○ 추 진 배 경 : 탄소중립기본법에 따른 예산제 시행",
        "○ 사 업 개 요 : 전 부서 예산사업의 감축 효과 분석",
        "○ 사 업 비 : 150백만원 (시비 150)",
    ))  # fmt: skip
    titles = [n.title for n in report.outline]
    assert "사업개요: 전 부서 예산사업의 감축 효과 분석" in titles
    assert "추진배경: 탄소중립기본법에 따른 예산제 시행" in titles


def test_a_justified_label_in_a_cards_summary() -> None:
    """The summary keeps `추 진 배 경 : …` with its label's spacing undone, `추진배경 : …`,
    as the outline's title has it."""
    report = _hwpx(*_card(
        "○ 추 진 배 경 : 탄소중립기본법에 따른 예산제 시행",
        "○ 사 업 기 간 : ’26. 1.~12.",
        "○ 사 업 비 : 150백만원 (시비 150)",
    ))  # fmt: skip
    (project,) = report.projects
    assert project.summary is not None
    assert project.summary.startswith("추진배경 : 탄소중립기본법에 따른 예산제 시행")


def test_a_footnote_in_an_audit_findings_line() -> None:
    """`○ 지적사항 : … 특정업체 편중` with a footnote (`’24~’25년 집수리 86건 중 …`): the
    finding is the line's words; the footnote stays the outline's note under it (it had
    been glued onto the finding)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"),
        p("1. 새뜰마을 집수리 시공업체 선정 부적정 (시정요구 / 도시재생정책과)"),
        p("○ 지적사항 : 집수리 시공업체를 수의계약으로 반복 선정하여 특정업체 편중",
          footnote(p("’24~’25년 집수리 86건 중 3개 업체가 71건(82.6%) 수행"))),
        p("○ 조치결과 : 운영지침 개정, 시공업체 공개모집 방식 전환(’25. 12.)",
          footnote(p("공개모집 공고 3회"))),
        p("○ 처리상황 : 완료"),
        p("2. 공동주택 관리지원금 정산검사 소홀 (시정요구 / 주택건축과)"),
        p("○ 지적사항 : 증빙서류 확인 미흡으로 부적정 집행 2건 미적발"),
        p("○ 조치결과 : 부적정 집행액 환수 및 체크리스트 도입"),
        p("○ 처리상황 : 완료"),
    )  # fmt: skip
    first = next(f for f in report.audit_findings if f.no == 1)
    assert first.finding == "집수리 시공업체를 수의계약으로 반복 선정하여 특정업체 편중"
    assert first.actions == "운영지침 개정, 시공업체 공개모집 방식 전환(’25. 12.)"
    notes = [n for n in report.outline if n.kind == "note"]
    assert any("86건 중 3개 업체가" in (n.text or "") for n in notes)
