"""Organisation forms of the hundred-and-seventh round of probes: a 도's 건설본부 whose
table heads its column of 부 by the word alone (construction), a 읍 reporting on its own
(myeon)."""

from __future__ import annotations

import pytest

from extract.parse.org_table import column_kind
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

# --- a table "부 | 과 | 주요업무", each 부 merged down beside its 과 ---------------------------


def test_divisions_listed_under_a_column_headed_by_the_word_bu() -> None:
    """`부 | 과 | 주 요 업 무`, each 부 merged down over its 과: each 과 its 부's, each 부 the
    본부's (the header `부` was no column of units, and each unit had been put under the
    unit in the row above it)."""
    rows = [
        ["부", "과", "주 요 업 무"],
        ["관리부", "총무과", "인사·복무, 청사관리"],
        ["", "재무과", "예산·결산, 공사 계약"],
        ["도로건설부", "도로계획과", "도로 기본계획, 설계용역 관리"],
        ["", "도로건설과", "지방도 확포장 공사"],
        ["시설부", "교량건설과", "교량·터널 건설공사"],
        ["", "건축과", "공공청사 건립"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "한 빛 도   건 설 본 부", "Ⅰ. 일반현황", "1. 조직"]),
        p("□ 조 직 : 본부장, 3부 6과"), p(_table(rows, {(1, 0): 2, (3, 0): 2, (5, 0): 2})),
        *map(p, ["Ⅱ. 주요업무계획", "1. 도로망 확충", "□ 지방도 확포장"]),
    )
    got = [(u.name, u.parent) for u in report.organization][1:]
    assert got == [
        ("관리부", "건설본부"), ("총무과", "관리부"), ("재무과", "관리부"),
        ("도로건설부", "건설본부"), ("도로계획과", "도로건설부"), ("도로건설과", "도로건설부"),
        ("시설부", "건설본부"), ("교량건설과", "시설부"), ("건축과", "시설부"),
    ]  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)


def test_a_column_headed_by_a_unit_word_holds_units_of_its_rank() -> None:
    """A header that is one unit word, `부`, `센 터`, `센터명`, `소`, holds units of that word's
    rank (only the words of :data:`ORG_TABLE_COLUMNS` had been known)."""
    headers = ["부", "본 부", "센 터", "센터명", "소", "팀", "반", "세 대"]
    assert [column_kind(h) for h in headers] == [
        "bureau", "bureau", "division", "division", "division", "teams",
        # (a 리's count of its 반 beside 세대 and 인구: a word that only counts)
        None, None,
    ]  # fmt: skip


# --- a 읍 (면, 동) reporting on its own --------------------------------------------------------

_TOWN = """\

                         2026년도

                  주 요 업 무 보 고

                  {cover}

                        2026. 2.

              청미군의회 자치행정위원회

Ⅰ. 일반현황
3. 조직 및 인력

□ 조    직 : 4팀 (행정민원팀, 맞춤형복지팀, 산업팀, 건설팀)

                              {head}
                                  │
        ┌─────────────┬─────────┴─────┬──────────────┐
    행정민원팀     맞춤형복지팀          산업팀           건설팀

□ 인    력 : 정원 24명 / 현원 23명

     구    분      정  원    현  원    과부족
        계              24        23        △1
  {head}               1         1         -
  행정민원팀             8         8         -
  맞춤형복지팀           6         6         -
  산업팀                 4         3        △1
  건설팀                 5         5         -

Ⅱ. 2026년 주요업무계획
1. 행정민원팀
가. 찾아가는 이동민원실 운영
  ○ 사업기간 : ’26. 3.~11.
"""


@pytest.mark.parametrize(
    ("cover", "head", "top", "kind"),
    [("청 미 군   운 곡 읍", "읍    장", "운곡읍", "읍"),
     ("청미군 하천면", "면    장", "하천면", "면")],
)  # fmt: skip
def test_a_towns_own_report_is_headed_by_the_town(
    cover: str, head: str, top: str, kind: str
) -> None:
    """The cover's `청 미 군   운 곡 읍` names the top, a division's rank as a 과 over its
    teams is, and the four teams it counts are its own; the head's row `읍    장` of the
    staff table and the chart is no unit (no organisation had been read at all)."""
    report = _text(_TOWN.format(cover=cover, head=head))
    got = [(u.name, u.level, u.parent, u.unit_type) for u in report.organization]
    teams = ["행정민원팀", "맞춤형복지팀", "산업팀", "건설팀"]
    assert got == [(top, "division", None, kind), *((t, "team", top, "팀") for t in teams)]
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)
