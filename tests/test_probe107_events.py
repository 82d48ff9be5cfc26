"""Forms of the probes of round 107: a culture bureau's plan of festivals and games (events)
and a 읍's report by team (myeon): a card's block of the 대회 it hosts over their table, a
festival's days beside the work's 사업기간, a festival's programme by its parts, and a
team's part title over its cards."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_GAMES = [
    ["대 회 명", "일 시", "장 소", "참가규모"],
    ["제35회 전국 배드민턴대회", "’26. 4. 25.(토)~4. 26.(일)", "청람실내체육관", "1,200명"],
    ["제20회 전국 시니어 게이트볼대회", "’26. 10. 13.(화)", "청람게이트볼장", "800명"],
]


def test_a_cards_block_of_games_it_hosts_gives_events() -> None:
    """`○ 2026년 유치 대회 일정` over `대 회 명 | 일 시 | 장 소 | 참가규모` in a `□` card:
    each row an event with its place (a 대회 is an event as a 행사 is; the rows had been
    the card's steps, or nothing), the card keeping its own steps."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 시민이 즐기는 생활체육"),
        p("□ 전국 규모 체육대회 유치 (체육진흥과)"), p("○ 사업기간 : ’26. 1.~12."),
        p("○ 사 업 비 : 420백만원 (도비 120, 시비 300)"), p("○ 2026년 유치 대회 일정"),
        p(_table(_GAMES)), p("○ 추진일정"), p("- ’26. 1.~2. : 종목 단체 유치 협의"),
        p("- ’26. 3. : 대회별 보조금 교부 결정"),
    )  # fmt: skip
    got = {(e.event, str(e.start), str(e.end), e.place) for e in report.events}
    assert got == {
        ("제35회 전국 배드민턴대회", "2026-04-25", "2026-04-26", "청람실내체육관"),
        ("제20회 전국 시니어 게이트볼대회", "2026-10-13", "2026-10-13", "청람게이트볼장"),
    }
    assert sorted(s.raw for s in report.schedules) == ["’26. 1.~2.", "’26. 3."]


def test_a_cards_block_of_fairs_gives_events() -> None:
    """A `가.` card's `□ 2026년 박람회 참가 일정` over `박람회명 | 기 간 | 장 소 | 주 관`: the
    fairs are events, not the card's steps."""
    rows = [
        ["박람회명", "기 간", "장 소", "주 관"],
        ["대한민국 관광박람회", "’26. 6. 4.~6. 7.", "코엑스", "한국관광협회"],
        ["지역특산물 박람회", "’26. 9. 10.~9. 12.", "킨텍스", "농림축산식품부"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 관광 마케팅 강화"),
        p("가. 국내 관광박람회 참가 (관광진흥과)"), p("□ 사업개요"),
        p("○ 사업기간 : 2026. 3. ~ 10."), p("○ 사 업 비 : 80,000천원"),
        p("□ 추진계획"), p("○ ’26. 3. : 참가 계획 수립"),
        p("□ 2026년 박람회 참가 일정"), p(_table(rows)),
    )  # fmt: skip
    assert [s.raw for s in report.schedules] == ["’26. 3."]
    got = {(e.event, str(e.start), e.place) for e in report.events}
    assert got == {
        ("대한민국 관광박람회", "2026-06-04", "코엑스"),
        ("지역특산물 박람회", "2026-09-10", "킨텍스"),
    }


def test_the_works_period_outranks_the_festivals_days() -> None:
    """`○ 일    시 : 2026. 5. 2.(토) ~ 5. 4.(월), 3일간` before `○ 사업기간 : ’26. 1.~6.`: the
    project's period is the 사업기간 (it had been the festival's days); a card that states
    its days alone keeps them as its period."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 누구나 누리는 일상 속 문화예술"),
        p("□ 제12회 청람 국제 재즈페스티벌 개최 (문화예술과)"),
        p("○ 일    시 : 2026. 5. 2.(토) ~ 5. 4.(월), 3일간"),
        p("○ 장    소 : 청람호수공원 야외공연장"), p("○ 사업기간 : ’26. 1.~6."),
        p("○ 사 업 비 : 650백만원 (도비 150, 시비 500)"), p("○ 추진일정"),
        p("- ’26. 3. : 축제 추진위원회 개최"), p("- ’26. 5. 2.~5. 4. : 축제 개최"),
        p("□ 제22회 청람 전국마라톤대회 개최 (체육진흥과)"),
        p("○ 일    시 : 2026. 9. 6.(일)"), p("○ 사 업 비 : 310백만원 (시비 100%)"),
        p("○ 추진일정"), p("- ’26. 5. : 참가자 모집 공고"),
    )  # fmt: skip
    periods = {pr.title: (str(pr.period_start), str(pr.period_end)) for pr in report.projects}
    assert periods["제12회 청람 국제 재즈페스티벌 개최"] == ("2026-01-01", "2026-06-30")
    assert periods["제22회 청람 전국마라톤대회 개최"] == ("2026-09-06", "2026-09-06")


def test_a_cards_period_after_its_days_in_its_overview() -> None:
    """The same in a `가.` card's `□ 사업개요` (the card reader): `○ 행사일시` before `○ 사업기간`,
    the 사업기간 its period."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 함께 즐기는 문화"),
        p("가. 시민 문화축제 개최 (문화예술과)"), p("□ 사업개요"),
        p("○ 행사일시 : 2026. 10. 3.(토) ~ 10. 4.(일)"), p("○ 사업기간 : 2026. 2. ~ 11."),
        p("○ 사 업 비 : 300,000천원"), p("□ 추진계획"), p("○ ’26. 2. : 기본계획 수립"),
        p("○ ’26. 10. : 축제 개최"),
    )  # fmt: skip
    (project,) = report.projects
    assert (str(project.period_start), str(project.period_end)) == ("2026-02-01", "2026-11-30")


def test_a_festivals_programme_names_each_part() -> None:
    """`○ 주요 프로그램` over `구 분 | 일 시 | 장 소 | 내 용`: each row a step of the festival,
    named by its 구분 and what it holds (`개 막 식` beside `개막공연, 불꽃쇼`; the 구분 had been
    lost, the task the 내용 alone)."""
    rows = [
        ["구  분", "일    시", "장    소", "내    용"],
        ["개 막 식", "9. 18.(금) 19:00", "호수공원 주무대", "개막공연, 불꽃쇼"],
        ["주제공연", "9. 19.(토) 20:00", "수상무대", "멀티미디어 수상공연"],
    ]
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 머물고 싶은 체류형 관광도시"),
        p("□ 제30회 청람 호수문화축제 개최 (관광진흥과)"),
        p("○ 일    시 : 2026. 9. 18.(금) ~ 9. 20.(일), 3일간"),
        p("○ 사 업 비 : 1,450백만원 (도비 200, 시비 1,250)"), p("○ 주요 프로그램"),
        p(_table(rows)), p("○ 추진일정"), p("- ’26. 5.~6. : 대행사 선정"),
    )  # fmt: skip
    steps = {str(s.start): s.task for s in report.schedules}
    assert steps["2026-09-18"] == "개막식 : 개막공연, 불꽃쇼"
    assert steps["2026-09-19"] == "주제공연 : 멀티미디어 수상공연"
    assert steps["2026-05-01"] == "대행사 선정"


_EUP = """\

                       2026년 주요업무보고

                        청 미 군   운 곡 읍

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 4팀 (행정민원팀, 맞춤형복지팀, 산업팀, 건설팀)

Ⅱ. 2026년 주요업무 추진계획

1. 행정민원팀

  가. 찾아가는 이동민원실 운영

   □ 사업개요
     ○ 사업기간 : ’26. 3.~11.
     ○ 사 업 비 : 9,600천원 (군비 100%)
   □ 추진계획
     ○ ’26. 2. : 운영계획 수립 및 마을별 순회일정 안내
     ○ ’26. 3.~11. : 이동민원실 운영

  나. 주민자치회 활성화 지원

   □ 사업개요
     ○ 사업기간 : ’26. 1.~12.
     ○ 사 업 비 : 24,000천원 (군비 100%)
   □ 추진계획
     ○ ’26. 9. : 주민총회 개최 및 마을의제 선정

2. 산업팀

  가. 산불방지 대책 추진

   □ 사업개요
     ○ 사업기간 : ’26. 1.~5.
     ○ 사 업 비 : 86,400천원 (도비 30%, 군비 70%)
   □ 추진계획
     ○ ’26. 1. : 산불감시원 선발 및 교육
"""


def test_a_teams_part_title_gives_its_cards_the_team() -> None:
    """A 읍's report by team, `1. 행정민원팀` over `가. …`, `나. …` cards: each card the team's
    (division_evidence part_title; a team's title had given none, where `1. 행정민원과`
    did)."""
    report = _text(_EUP)
    got = {(pr.title, pr.division, pr.division_evidence) for pr in report.projects}
    assert got == {
        ("찾아가는 이동민원실 운영", "행정민원팀", "part_title"),
        ("주민자치회 활성화 지원", "행정민원팀", "part_title"),
        ("산불방지 대책 추진", "산업팀", "part_title"),
    }
