"""The cover page: the report's title, the year it is for and the body it is of.

A cover holds the meeting (시의회 제326회 임시회, 복지환경위원회), its date
(2025. 2. 11.(화) 14:00), the title ("2025년도" / "주 요 업 무 계 획") and the
body ("관광마이스국", often with an English name under it).  The words that
tell these apart live in the tables below; everything else comes from the
document.  The year the title names is read in :mod:`extract.cover_year`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import regex

from extract.document import Line, LineKind
from extract.layout.markers import read_marker
from extract.layout.vocab import CONTENTS_TITLES
from extract.parse.text import squash
from extract.roles import UNIT_NAME_ENDINGS

#: words of a title that are the genre, not the body ("2022년 국립국어원 업무계획")
GENRE_WORDS: tuple[str, ...] = (
    "주요업무추진계획", "주요업무계획", "주요업무보고", "업무추진계획", "업무계획", "업무보고",
    "주요업무", "추진계획", "보고",
    # (a 추경's own report: "2026년 제1회 추가경정예산안 설명", "제1회 추경예산(안) 설명")
    "추가경정예산", "추경예산",
)  # fmt: skip

#: how the names of public bodies end (관광마이스국, 국립국어원, 대전광역시교육청)
BODY_ENDINGS: tuple[str, ...] = (
    "교육청", "광역시", "특별시", "특별자치시", "특별자치도", "기획관", "본부", "국", "실", "청",
    "부", "처", "원", "시", "도", "군", "구", "담당관", "과",
    # (an office headed by a 관 of its own: 디지털정책관, 대외협력관; a 박물관, 도서관)
    "관",
    # (a city's public corporations and foundations: 도시공사, 시설관리공단, 문화재단)
    "공사", "공단", "재단",
    # (a 구's or a city's offices that report on their own: 보건소, 사업소, 센터)
    "보건소", "사업소", "관리소", "센터",
    # (a 도's research station: 산림환경연구소; its fire stations: 가온소방서)
    "연구소", "소방서",
)  # fmt: skip

#: endings of a local government's name, over the bureau a cover may name under it
GOVERNMENT_ENDINGS: tuple[str, ...] = (
    "광역시", "특별시", "특별자치시", "특별자치도", "시", "도", "군", "구",
)  # fmt: skip

#: the endings of a government's name that end no word of an office's name, after two
#: letters of its own at least (a 구's does: 연구, 구조; a 시's and a 도's open them: 시설,
#: 도시): where a cover spaces both names out letter by letter, "해 담 광 역 시 안 전 도 시 국",
#: the government's name is read off the office's
LOCAL_ENDINGS: tuple[str, ...] = ("군", "광역시", "특별시", "특별자치시", "특별자치도")

#: the endings of a government's name of one letter of its own ("중구", "동구", "북구"; no 시,
#: 군 or 도 is named so, and "도시", "철도" open offices' names)
ONE_LETTER_ENDINGS: tuple[str, ...] = ("구",)
#: what a unit's head is titled after its name ("복지국" -> "복지국장"), as a chart's top
HEAD_TITLE_ENDING = "장"

#: offices a government's name is part of the name of ("가온구보건소", not "보건소")
NAMED_BY_GOVERNMENT: frozenset[str] = frozenset(
    {"보건소", "보건의료원", "농업기술센터", "농업기술원"}
)
#: endings of a body its government's name is part of ("누리시설관리공단", "한빛교통공사",
#: "가온문화재단"): spaced out on a cover under its council's name, no office of the city
CORPORATE_ENDINGS: tuple[str, ...] = ("공단", "공사", "재단")
#: endings of a government's own offices, named after the government on a cover line
OFFICE_ENDINGS: tuple[str, ...] = (
    "과", "담당관", "국", "실", "기획관", "본부", "단", "센터", "사업소", "보건소", "관리소",
    "사무처", "연구소", "소방서",
    # (an office of education's district office: "온누리도교육청 솔내교육지원청")
    "교육지원청",
    # (an office headed by a 관 of its own, "온빛시 청년정책관"; not a 박물관 or 도서관, which
    # its city may name)
    "정책관", "협력관", "감사관",
)  # fmt: skip

#: endings of the places a 군 or a 구 runs, each reporting on its own ("청 미 군   운 곡 읍"):
#: a body's name only after its government's on one line, as many words end so (측면, 활동)
PLACE_ENDINGS: tuple[str, ...] = ("읍", "면", "동")

#: endings of a body that holds bureaus of its own: a cover that names one, then one of
#: its bureaus or offices ("가온광역시교육청" / "교 육 국"), is the bureau's report
HOLDING_ENDINGS: tuple[str, ...] = (
    "교육청", "청", "공사", "공단", "재단", "의회", "위원회",
    # (a province's fire headquarters over its stations: "한빛도소방본부 가온소방서")
    "소방본부", "소방재난본부", "소방안전본부",
)  # fmt: skip

#: ... those of them no office's name holds inside it: where a cover spaces a body's name
#: and its office's out letter by letter, "해 담 광 역 시 자 치 경 찰 위 원 회 사 무 국", the
#: office's begins after one (not 공사, 공단 or 재단, words of offices too: 하천공사관리과)
SPACED_HOLDING_ENDINGS: tuple[str, ...] = (
    "위원회", "의회", "교육청", "소방본부", "소방재난본부", "소방안전본부",
)  # fmt: skip
#: ... those of them only a 광역시's, a 특별시's or a 도's name opens ("해담광역시교육청",
#: "한빛도소방본부"; no 구's: "가온구교육청소년과" is the 구's 과 of education and youth)
REGIONAL_HOLDING_ENDINGS: tuple[str, ...] = ("교육청", "소방본부", "소방재난본부", "소방안전본부")
#: endings of a government's name that holds an office of education or fire headquarters
REGIONAL_ENDINGS: tuple[str, ...] = ("광역시", "특별시", "특별자치시", "특별자치도", "도")
#: ... the ending a 광역시's short name keeps ("서울시교육청", "부산시교육청"; "경남교육청" none)
REGIONAL_SHORT_ENDING = "시"
#: ... those of them a commission's own name stands before, a body of its own
#: ("자치경찰위원회"; not "해담광역시위원회운영과", the government's 과)
NAMED_HOLDING_ENDINGS: tuple[str, ...] = ("위원회",)
#: words of an office's name that open with the last letters of a holding body's ending:
#: a name spaced out letter by letter is not split inside one ("교 육 청 소 년 국" is the
#: office of education and youth, no 소년국 of a 교육청)
WORDS_OVER_HOLDING_ENDINGS: tuple[str, ...] = ("청소년", "청년")

#: the ending of a commission's name, a body reporting on its own where a cover names it
#: after its government's ("해담광역시 자치경찰위원회"), though a cover's 위원회 is mostly the
#: council's committee the report goes to
COMMISSION_ENDINGS: tuple[str, ...] = ("위원회",)
#: words of a line that names whom the report goes to ("해담광역시의회 행정자치위원회",
#: "제326회 임시회", "경제산업위원회 소관"): a 위원회 on it is the council's committee
ADDRESSEE_WORDS: tuple[str, ...] = ("의회", "임시회", "정례회", "소관")

#: the legal form a foundation's or a corporation's name may open with, no part of it
#: ("재단법인 해솔문화재단", "(재)한빛문화재단")
LEGAL_FORMS: tuple[str, ...] = ("재단법인", "사단법인", "(재)", "(사)", "(주)", "주식회사")

#: words of the meeting a report is presented to: a cover line with one is not the title
MEETING_WORDS: tuple[str, ...] = ("위원회", "임시회", "정례회", "의회")

#: a council named by its government ("한빛시의회", "충청남도의회"; not the 회 of the
#: session before it: "제425회 한빛도의회")
_COUNCIL = regex.compile(
    r"(?:제\d+회)?(?P<gov>\p{Hangul}{2,12}?(?:" + "|".join(GOVERNMENT_ENDINGS) + r"))의회"
)

#: marks a cover sets either side of the body's name, "- 안전도시국 -": no part of it
NAME_ORNAMENTS = "-–—―~∼="

#: the shortest and longest body name read off a cover line
BODY_CHARS = (3, 15)

#: a line that is only a year ("- 2025년도 -")
YEAR_LINE = re.compile(r"^[\s\-–(（]*(?P<y>(?:19|20)\d{2})\s*년\s*도?[\s\-–)）]*$")
#: a date, with its weekday and hour ("2025. 2. 11.(화) 14:00", "2022. 1.")
DATE_LINE = regex.compile(
    r"^[(（\s]*(?:19|20)\d{2}\s*[.년]\s*\d{1,2}\s*[.월]?\s*(?:\d{1,2}\s*[.일]?)?\s*"
    r"(?:[(（]\s*\p{Hangul}\s*[)）])?\s*(?:\d{1,2}\s*:\s*\d{2})?\s*[)）]?\s*$"
)


def cover_lines(
    front: Sequence[Line], keep: Callable[[str], bool] | None = None
) -> list[Line]:
    """The cover's lines: before a table of contents, without the date, the meeting
    and lines in Latin letters (the body's English name); a line with a word of the
    meeting that ``keep`` keeps too."""
    out = []
    for ln in front:
        text = ln.text.strip()
        key = squash(text)
        if key.lower() in CONTENTS_TITLES:
            break
        # (a meeting's line, not an office of the council or the committee it names:
        # "서하광역시의회 사무처", "자치경찰위원회 사무국", spaced out letter by letter too,
        # "서 하 광 역 시 의 회 사 무 처")
        office = len(text.split()) > 1 and (
            text.split()[-1].endswith(OFFICE_ENDINGS)
            or (_spaced(text) and key.endswith(OFFICE_ENDINGS))
        )
        if not text or DATE_LINE.match(text) or (
            any(w in key for w in MEETING_WORDS)
            and not office
            and not (keep is not None and keep(text))
        ):
            continue
        if not any("가" <= ch <= "힣" for ch in text):
            continue
        out.append(ln)
    return out


def _spaced(text: str) -> bool:
    """Whether a line is spaced out letter by letter ("해 담 광 역 시"), its words one letter
    each."""
    words = text.split()
    return len(words) > 1 and all(len(w) == 1 for w in words)


def _spaced_government(key: str, governments: Collection[str], ends: tuple[str, ...]) -> str:
    """The government's name a name spaced out letter by letter opens with (``key``, its
    letters run together): the council's the cover names, else the shortest of three
    letters at least that ends as a government's name only does (:data:`LOCAL_ENDINGS`)
    and leaves a name of three letters at least ending in ``ends`` ("" where none).

    >>> _spaced_government("해담광역시안전도시국", (), OFFICE_ENDINGS)
    '해담광역시'
    >>> _spaced_government("문화시설관리과", (), OFFICE_ENDINGS)
    ''
    """
    if governments:
        return next((g for g in governments if key.startswith(g)), "")
    # (not a 구's, a 시's or a 도's, whose letters are words' too, "산업연구지원과",
    # "문화시설관리과")
    return next((
        key[:i] for i in range(3, len(key) - 2)
        if any(key[:i].endswith(e) and i >= len(e) + 2 for e in LOCAL_ENDINGS)
        and key[i:].endswith(ends) and not key[i:].endswith(GOVERNMENT_ENDINGS)
    ), "")  # fmt: skip


def _government_name(name: str, governments: Collection[str], ends: tuple[str, ...]) -> bool:
    """Whether ``name`` is a government's whole name: the council's the cover names, or two
    or three letters of its own and an ending of ``ends`` ("해담광역시", "가온구", "충청남도";
    not "도시")."""
    if name in governments:
        return True
    return any(name.endswith(e) and 2 <= len(name) - len(e) <= 3 for e in ends)


def _regional_short(name: str) -> bool:
    """Whether ``name`` is the short form a 광역시's or a 도's name takes before its office of
    education or its fire headquarters: two letters ("서울", "경남", "인천") or two and
    :data:`REGIONAL_SHORT_ENDING` ("서울시"; not a 구's, "가온구")."""
    stem = name.removesuffix(REGIONAL_SHORT_ENDING)
    return len(stem) == 2 and all("가" <= ch <= "힣" for ch in stem)


def _spaced_office(key: str, governments: Collection[str]) -> str | None:
    """The office a name spaced out letter by letter (``key``, its letters run together)
    names after the body holding it ("해담광역시자치경찰위원회사무국": 사무국), None where it
    names none: the holding body's name a government's and its ending (a commission's,
    a name of its own before its 위원회), and no word cut across the two names.

    >>> [_spaced_office(k, ()) for k in ("해담광역시교육청교육국", "한빛시의회사무처")]
    ['교육국', '사무처']
    >>> [_spaced_office(k, ()) for k in ("서울시교육청교육정책국", "인천소방본부대응예방과")]
    ['교육정책국', '대응예방과']
    >>> [_spaced_office(k, ()) for k in ("가온구교육청소년과", "해담광역시교육청소년국")]
    [None, None]
    >>> _spaced_office("해담광역시위원회운영과", ()) is None
    True
    """
    low, _ = BODY_CHARS
    if not key.endswith(OFFICE_ENDINGS):
        return None
    for i in range(1, len(key) - low + 1):
        # (no copies of the name at each letter: a cover line may be long)
        end = next((h for h in SPACED_HOLDING_ENDINGS if key.endswith(h, 0, i)), None)
        if end is None:
            continue
        before, rest = key[: i - len(end)], key[i:]
        if end in REGIONAL_HOLDING_ENDINGS:
            fits = _government_name(before, governments, REGIONAL_ENDINGS) or _regional_short(
                before
            )
        elif end in NAMED_HOLDING_ENDINGS:
            # (its own name after the government's, if any: not the government's alone)
            fits = len(before) >= 2 and not _government_name(
                before, governments, GOVERNMENT_ENDINGS
            )
        else:
            fits = _government_name(before, governments, GOVERNMENT_ENDINGS)
        cut = any(
            key.startswith(w, i - j) for w in WORDS_OVER_HOLDING_ENDINGS for j in range(1, len(w))
        )
        if fits and not cut:
            return rest
    return None


def _commission(text: str, governments: Collection[str]) -> str | None:
    """The commission a cover line names after its government's name, a body reporting
    on its own ("해담광역시 자치경찰위원회", "해 담 광 역 시 자 치 경 찰 위 원 회"); None for the
    council's committee the report goes to, on a line of the council's or after no
    government's name ("해담광역시의회 행정자치위원회", "행정자치위원회").

    >>> lines = ("해담광역시 자치경찰위원회", "해 담 광 역 시 자 치 경 찰 위 원 회")
    >>> [_commission(t, ()) for t in lines]
    ['자치경찰위원회', '자치경찰위원회']
    >>> lines = ("해담광역시의회 행정자치위원회", "행 정 자 치 위 원 회", "해담광역시")
    >>> [_commission(t, ()) for t in lines]
    [None, None, None]
    """
    key = squash(text)
    if any(w in key for w in ADDRESSEE_WORDS):
        return None
    words = text.split()
    if _spaced(text):
        groups = [g for g in re.split(r"\s{2,}", text.strip()) if g]
        if len(groups) > 1:
            words = ["".join(g.split()) for g in groups]  # ("해 담 광 역 시   자 치 …")
        else:
            gov = _spaced_government(key, governments, COMMISSION_ENDINGS)
            words = [gov, key[len(gov) :]] if gov else [key]
    if len(words) < 2 or not words[-2].endswith(GOVERNMENT_ENDINGS) or len(words[-2]) < 2:
        return None
    name = words[-1]
    named = any(name.endswith(e) and len(name) >= len(e) + 2 for e in COMMISSION_ENDINGS)
    return name if named and all("가" <= ch <= "힣" for ch in name) else None


#: words a title broken over two lines ends its first line with ("2025년 주요업무 추진실적
#: 및" / "2026년 주요업무계획")
TITLE_JOINS: tuple[str, ...] = ("및", "과", "와", "·", ",", "&")
#: ... or opens its second line with ("2025년 주요업무 추진실적" / "및 2026년 주요업무계획"):
#: words that open no title nor name of their own (not 과 or 와, a name's first letter:
#: "과 학 기 술 국")
TITLE_LEADS: tuple[str, ...] = ("및", "&")


def _leads(text: str) -> bool:
    """Whether a cover line goes on from the line above it: it opens with a joining word,
    set apart or right before the year ("및 2026년 …", "및2026년 …")."""
    first = text.split()[0] if text.split() else ""
    return first in TITLE_LEADS or (
        first.startswith(TITLE_LEADS) and first[1:2].isdigit()
    )


def cover_titles(front: Sequence[Line]) -> list[str]:
    """The cover's lines, a title broken after a joining word, or before one, read with
    the line under it."""
    lines = [ln.text.strip() for ln in cover_lines(front)]
    out: list[str] = []
    i = 0
    while i < len(lines):
        parts = [lines[i]]
        while i + 1 < len(lines) and (parts[-1].endswith(TITLE_JOINS) or _leads(lines[i + 1])):
            parts.append(lines[i + 1])
            i += 1
        out.append(" ".join(parts))
        i += 1
    return out


def cover_title(front: Sequence[Line]) -> str | None:
    """The title: the cover line with a word of the genre, with the year line above it.

    >>> cover_title([Line(1, "2025. 2. 11.(화)", ""), Line(2, "기획재경위원회", ""),
    ...              Line(3, "- 2025년도 -", ""), Line(4, "주 요 업 무 계 획", ""),
    ...              Line(5, "청 년 산학 국", "")])
    '- 2025년도 - 주 요 업 무 계 획'
    >>> two = [Line(1, "2025년 주요업무 추진실적", ""), Line(2, "및 2026년 주요업무계획", "")]
    >>> cover_title(two)
    '2025년 주요업무 추진실적 및 2026년 주요업무계획'
    """
    lines = cover_titles(front)
    for i, text in enumerate(lines):
        if any(w in squash(text) for w in GENRE_WORDS):
            if i and YEAR_LINE.match(lines[i - 1]):
                return f"{lines[i - 1]} {text}"
            return text
    return lines[0] if lines else None


def cover_body(front: Sequence[Line]) -> str | None:
    """The body a cover names: a line that is a body's name ("관광마이스국",
    "교 통 혁 신 국", "2022년 국립국어원 업무계획").

    >>> cover_body([Line(1, "2022년 국립국어원 업무계획", "")])
    '국립국어원'
    >>> cover_body([Line(1, "충 청 남 도", ""), Line(2, "해 양 수 산 국", "")])
    '해양수산국'
    >>> [cover_body([Line(1, t, "")]) for t in ("솔뫼군 농업정책과", "한빛도 경제진흥원")]
    ['농업정책과', '한빛도경제진흥원']
    >>> cover_body([Line(1, "청람광역시 한솔구 안전건설국", "")])
    '안전건설국'

    >>> cover_body([Line(1, "가 람 군  농 업 정 책 과", "")])
    '농업정책과'
    >>> cover_body([Line(1, "가온광역시교육청", ""), Line(2, "교  육  국", "")])
    '교육국'
    >>> cover_body([Line(1, "한빛도교육청 교육국", "")])
    '교육국'
    >>> offices = ("서하광역시의회 사무처", "한빛광역시 자치경찰위원회 사무국")
    >>> [cover_body([Line(1, t, "")]) for t in offices]
    ['사무처', '사무국']
    >>> council, office = "한빛시의회 산업건설위원회", "한 빛 시 경 제 환 경 국"
    >>> cover_body([Line(1, council, ""), Line(2, office, "")])
    '경제환경국'
    >>> session = "제425회 한빛도의회 임시회 농수산경제위원회 보고"
    >>> cover_body([Line(1, session, ""), Line(2, "한 빛 도 농 축 산 국", "")])
    '농축산국'
    >>> cover_body([Line(1, "제303회 가온구의회 임시회", ""), Line(2, "가 온 구 보 건 소", "")])
    '가온구보건소'
    >>> spaced = ("한 솔 군 민 원 과", "가 온 구 보 건 소", "도 시 계 획 국", "산 업 연 구 과")
    >>> [cover_body([Line(1, t, "")]) for t in spaced]
    ['민원과', '가온구보건소', '도시계획국', '산업연구과']
    >>> body = "누리시설관리공단"
    >>> cover_body([Line(1, "(누리시의회 행정자치위원회 보고)", ""), Line(2, body, "")])
    '누리시설관리공단'
    >>> spaced_body = "누 리 시 설 관 리 공 단"
    >>> cover_body([Line(1, "(누리시의회 행정자치위원회 보고)", ""), Line(2, spaced_body, "")])
    '누리시설관리공단'
    >>> cover_body([Line(1, "디지털정책관", ""), Line(2, "한 빛 도", "")])
    '디지털정책관'
    >>> cover_body([Line(1, "온빛시 청년정책관", "")])
    '청년정책관'
    >>> cover_body([Line(1, "재단법인 해솔문화재단", "")])
    '해솔문화재단'
    >>> cover_body([Line(1, "온누리도교육청 솔내교육지원청", "")])
    '솔내교육지원청'
    >>> cover_body([Line(1, "한빛도소방본부 가온소방서", "")])
    '가온소방서'
    >>> cover_body([Line(1, "- 안전도시국 -", ""), Line(2, "한 솔 구", "")])
    '안전도시국'
    >>> cover_body([Line(1, "- 안 전 도 시 국 -", ""), Line(2, "한 솔 구", "")])
    '안전도시국'
    >>> cover_body([Line(1, "- 시민이 행복한 더 큰 해솔시 -", ""), Line(2, "해 솔 시", "")])
    '해솔시'
    >>> cover_body([Line(1, "- 해솔시 안전도시국 -", ""), Line(2, "해 솔 시", "")])
    '안전도시국'
    >>> [cover_body([Line(1, t, "")]) for t in ("청 미 군   운 곡 읍", "솔뫼군 하천면", "비대면")]
    ['운곡읍', '하천면', None]
    """
    low, high = BODY_CHARS
    found: list[str] = []
    # (the government whose council the report goes to, "한빛시의회": its name before its
    # office's in a line spaced out letter by letter, "한 빛 시 경 제 환 경 국", is no part
    # of the office's)
    governments = {m["gov"] for ln in front for m in _COUNCIL.finditer(squash(ln.text))}
    for ln in cover_lines(front, keep=lambda t: _commission(t, governments) is not None):
        text = ln.text.strip()
        # (a commission after its government's name, "해담광역시 자치경찰위원회": the body,
        # where the cover names none of its offices after it)
        if (commission := _commission(text, governments)) is not None:
            found.append(commission)
            continue
        for form in LEGAL_FORMS:
            text = text.removeprefix(form).lstrip()
        # (its name between dashes, "- 안전도시국 -", "- 안 전 도 시 국 -": the name; not a
        # line of marks alone, nor a slogan, "- 시민이 행복한 더 큰 해솔시 -", a phrase)
        between = text.strip(NAME_ORNAMENTS + " ").split()
        if len(between) == 1 or (between and all(len(w) == 1 for w in between)) or (
            # (the office after its government's name, "- 해솔시 안전도시국 -")
            len(between) == 2 and between[1].endswith(UNIT_NAME_ENDINGS)
        ):
            text = text.strip(NAME_ORNAMENTS + " ")
        words = text.split()
        groups = [g for g in re.split(r"\s{2,}", text) if g]
        if len(groups) > 1 and all(len(w) == 1 for w in words):
            words = ["".join(g.split()) for g in groups]  # ("가 람 군  농 업 정 책 과")
        # (a government's name before its office's on one line, "솔뫼군 농업정책과": the
        # office's; not a name spaced out letter by letter, "충 청 남 도")
        # (each, a city's and its district's: "청람광역시 한솔구 안전건설국")
        of_government = False
        while (
            len(words) > 1
            and len(words[0]) > 1
            and words[0].endswith(GOVERNMENT_ENDINGS + HOLDING_ENDINGS)
            and words[-1].endswith(OFFICE_ENDINGS + PLACE_ENDINGS)
        ):
            words = words[1:]  # (not a body its region names: "한빛도 경제진흥원")
            of_government = True
        key = squash(" ".join(words))
        key = re.sub(r"^[-–(\[]?(?:19|20)\d{2}년도?[-–)\]]?", "", key)
        for word in GENRE_WORDS:
            key = key.replace(word, "")
        # (only where the line spaces its letters out: "누리시설관리공단" under "누리시의회"
        # names no 설관리공단)
        spaced = _spaced(text)
        # (a holding body's office spaced out after it, "해 담 광 역 시 자 치 경 찰 위 원 회 사 무
        # 국", "한 빛 시 의 회 사 무 처": the office, as "…위원회 사무국" on a line of words is;
        # the holding body's name a name of two letters at least and its word)
        office = _spaced_office(key, governments) if spaced else None
        # (or, where no council names the government, a 군's own name before its office's,
        # "한 솔 군 민 원 과", or a 광역시's)
        gov = _spaced_government(key, governments, OFFICE_ENDINGS) if spaced else ""
        if office is not None:
            key = office
        elif (
            gov and len(key) - len(gov) >= low and key.endswith(OFFICE_ENDINGS)
            and key[len(gov) :] not in NAMED_BY_GOVERNMENT and not key.endswith(CORPORATE_ENDINGS)
        ):  # fmt: skip
            key = key[len(gov) :]
        hangul = all("가" <= ch <= "힣" for ch in key)
        # (a 읍, 면 or 동 after its 군's or 구's name, "청미군 운곡읍": one word, the place's)
        place = of_government and len(words) == 1 and key.endswith(PLACE_ENDINGS)
        if low <= len(key) <= high and hangul and (key.endswith(BODY_ENDINGS) or place):
            found.append(key)
    # (a city's or province's name over its bureau's, "충 청 남 도" / "해 양 수 산 국": the
    # bureau's is the report's)
    offices = [k for k in found if not k.endswith(GOVERNMENT_ENDINGS)]
    if len(offices) > 1 and offices[0].endswith(HOLDING_ENDINGS):
        inner = [k for k in offices[1:] if k.endswith(OFFICE_ENDINGS)]
        if inner:
            return inner[0]
    return next(iter(offices or found), None)


#: what parts a running header's title from the body's name ("2026년 주요업무계획 ｜ 한솔군
#: 농업기술센터")
_HEADER_PARTS = regex.compile(r"[|｜│¦]")
#: a page number in a running header or foot ("- 2 -", "2 / 15")
_PAGE_NUMBER = regex.compile(r"^[-–—\s]*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$")


def header_front(lines: Sequence[Line]) -> list[Line]:
    """A cover made of the running header, for a report with no cover: the first page
    furniture line with a word of the genre in two parts at least, each a line ("2026년
    주요업무계획 ｜ 한솔군 농업기술센터": the title, then the body's name; not a chapter's
    head, "Ⅱ. 주요업무 추진계획", nor a foot, "- 2 - 한솔군 업무보고").

    >>> from extract.document import LineKind
    >>> head = Line(1, "2026년 주요업무계획 ｜ 한솔군 농업기술센터", "", kind=LineKind.FURNITURE)
    >>> [ln.text for ln in header_front([head])]
    ['2026년 주요업무계획', '한솔군 농업기술센터']
    >>> foot = Line(2, "- 2 - ｜ 한솔군 업무보고", "", kind=LineKind.FURNITURE)
    >>> chapter = Line(3, "Ⅱ. 주요업무 추진계획 ｜ 한솔군", "", kind=LineKind.FURNITURE)
    >>> header_front([foot, chapter])
    []
    """
    for ln in lines:
        if ln.kind is not LineKind.FURNITURE or not any(w in squash(ln.text) for w in GENRE_WORDS):
            continue
        parts = [t.strip() for t in _HEADER_PARTS.split(ln.text)]
        parts = [t for t in parts if t and not _PAGE_NUMBER.match(t)]
        if len(parts) < 2 or any(read_marker(t) is not None for t in parts):
            continue  # (a chapter's running head, "Ⅱ. 주요업무 추진계획", names no report)
        return [ln._replace(text=t, kind=LineKind.CONTENT) for t in parts]
    return []


def cover_government(front: Sequence[Line]) -> str | None:
    """The government the report's body is of, as its cover or its council names it
    ("한빛광역시 기획조정실", "한빛광역시의회 …": 한빛광역시); None where none is named.

    >>> cover_government([Line(1, "한빛광역시 기획조정실", ""), Line(2, "2026년 업무보고", "")])
    '한빛광역시'
    >>> cover_government([Line(1, "제301회 가온시의회 임시회", "")]), cover_government([])
    ('가온시', None)
    >>> cover_government([Line(1, "새 빛 도", "")])
    '새빛도'
    """
    for ln in front:
        for m in _COUNCIL.finditer(squash(ln.text)):
            return str(m["gov"])
    for ln in cover_lines(front):
        words = ln.text.split()
        if len(words) > 1 and all(len(w) == 1 for w in words):
            words = ["".join(words)]  # (spaced out letter by letter: "새 빛 도")
        for word in words:
            if 3 <= len(word) <= 8 and word.endswith(GOVERNMENT_ENDINGS) and word.isalpha():
                return word
    return None
