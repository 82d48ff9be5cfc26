"""Properties: formatting noise does not change records; any input gives a result or a clean error.

Records are compared without their provenance where the noise moves lines
(inserted blank lines, wrapping), and with it where it does not.
"""

from __future__ import annotations

import random
import unicodedata
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.errors import BogoseoError
from extract.layout.markers import read_marker
from extract.normalize.vocab import COUNT_UNITS
from extract.pipeline import check, parse_document, read_bytes
from extract.read.glyphs import is_private_use, normalize_text
from schemas import TABLES, Report
from tests.profiles import examples
from tests.variants import damage

PROVENANCE = {"line_start", "line_end", "page_start", "page_end", "lines", "line", "detail"}
SETTINGS = settings(
    max_examples=examples(15),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
        HealthCheck.too_slow,
    ],
)


def convert_bytes(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "input.txt"), "input"))


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in PROVENANCE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def records(report: Report, provenance: bool = True) -> dict[str, Any]:
    data = report.model_dump(mode="json", include=set(TABLES))
    return data if provenance else _strip(data)


@SETTINGS
@given(
    st.lists(st.integers(min_value=0, max_value=3200), max_size=40),
    st.integers(min_value=1, max_value=3),
)
@example(positions=[378, 379], n=1)  # inside the roadmap table, then beside its blank line
def test_extra_blank_lines_do_not_change_records(
    sample_text: str, sample_report: Report, positions: list[int], n: int
) -> None:
    """Blank lines added anywhere, but between two lines of a table inferred from the text:
    there a blank line ends a cell (the roadmap's "’18년" column holds the lines up to the
    next blank one), so one added there makes another cell; one added beside a blank line
    of the table does not."""
    lines = sample_text.split("\n")
    inside = {
        pos
        for t in sample_report.tables
        if t.inferred and t.line_start is not None and t.line_end is not None
        for pos in range(t.line_start, t.line_end)  # (between line pos and pos + 1)
        if lines[pos - 1].strip() and lines[pos].strip()
    }
    for pos in sorted(set(positions) - inside, reverse=True):
        lines[pos:pos] = [""] * n
    report = convert_bytes("\n".join(lines).encode())
    assert records(report, False) == records(sample_report, False)


@SETTINGS
@given(
    st.lists(st.sampled_from([" ", "  ", "\t", " \t ", "\u3000"]), min_size=1, max_size=8),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.integers(min_value=0),
)
def test_trailing_spaces_and_line_ends_do_not_change_records(
    sample_text: str, sample_report: Report, pads: list[str], eol: str, seed: int
) -> None:
    rnd = random.Random(seed)
    lines = [
        ln + (rnd.choice(pads) if rnd.random() < 0.5 else "") for ln in sample_text.split("\n")
    ]
    report = convert_bytes(eol.join(lines).encode())
    assert records(report) == records(sample_report)


def test_decomposed_hangul_gives_the_same_records(sample_text: str, sample_report: Report) -> None:
    text = unicodedata.normalize("NFD", sample_text)
    assert text != sample_text
    assert records(convert_bytes(text.encode())) == records(sample_report)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_give_the_same_records(
    sample_text: str, sample_report: Report, encoding: str
) -> None:
    data = sample_text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # no BOM: found from the NUL pattern
        assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert records(convert_bytes(data)) == records(sample_report)


def cp949_safe(text: str) -> str:
    """The sample as a CP949 export writes it: characters CP949 lacks become look-alikes."""
    out = []
    for ch in text:
        try:
            ch.encode("cp949")
        except UnicodeEncodeError:
            # the private-use bullet is drawn as a square; other gaps are middle dots
            ch = "□" if is_private_use(ch) else normalize_text(ch)
            ch = ch if ch.isascii() or ch == "□" else "·"
        out.append(ch)
    return "".join(out)


def test_cp949_with_crlf_gives_the_same_records(sample_text: str) -> None:
    text = cp949_safe(sample_text)
    utf8 = convert_bytes(text.encode())
    report = convert_bytes(text.replace("\n", "\r\n").encode("cp949"))
    assert report.source.encoding == "cp949"
    assert records(report) == records(utf8)
    assert len(report.audit_findings) == 51 and not report.residue
    assert len(report.project_budgets) == 16 and len(report.schedules) == 37


#: a bulleted line of running text (no date, no table figures) that may be wrapped
_WRAPPABLE = regex.compile(r"^\s*[○◦\-·]\s+\S+(?:\s+\S+){4,}$")


@SETTINGS
@given(st.integers(min_value=0))
def test_wrapping_running_text_does_not_change_records(
    sample_text: str, sample_report: Report, seed: int
) -> None:
    rnd = random.Random(seed)
    lines = sample_text.split("\n")
    out = []
    for ln in lines:
        if _WRAPPABLE.match(ln) and ":" not in ln and "’" not in ln and rnd.random() < 0.3:
            words = ln.split(" ")
            # a cut before a glyph that marks a line ("→ 유통 → 소비") makes it a bullet:
            # that is another document, not the same one wrapped
            # (nor a cut between a figure and its counter, "총 51" / "건": the wrap joins
            # them as "51건", as a wrapped figure is set; the sample types "51 건")
            cuts = [
                c for c in range(2, len(words))
                if read_marker(" ".join(words[c:])) is None
                and not (words[c - 1][-1:].isdigit() and words[c].startswith(COUNT_UNITS))
            ]  # fmt: skip
            if not cuts:
                out.append(ln)
                continue
            cut = rnd.choice(cuts)
            out += [" ".join(words[:cut]), " ".join(words[cut:])]
        else:
            out.append(ln)
    report = convert_bytes("\n".join(out).encode())
    # an outline node's title is the text on its marker's line, so it ends where the line
    # does; its text (title and wrapped lines) and every other record stay the same
    assert _untitled(records(report, False)) == _untitled(records(sample_report, False))


def _untitled(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "outline": [{**n, "title": None} for n in data["outline"]]}


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_report_or_a_clean_error(data: bytes) -> None:
    try:
        convert_bytes(data)
    except BogoseoError as exc:
        assert exc.reason and "\n" not in exc.reason


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_report_or_a_clean_error(text: str) -> None:
    try:
        convert_bytes(text.encode("utf-8", errors="surrogatepass"))
    except BogoseoError as exc:
        assert exc.reason and "\n" not in exc.reason


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
        HealthCheck.too_slow,
    ],
)
@given(st.integers(min_value=0))
def test_damaged_reports_never_crash(sample_text: str, seed: int) -> None:
    """Lines dropped, repeated or swapped: a report or a clean error, never an exception."""
    lines = damage(sample_text.split("\n"), seed)
    try:
        report = convert_bytes("\n".join(lines).encode())
    except BogoseoError:
        return
    used = {r.line for r in report.residue}
    assert all(1 <= n <= len(lines) for n in used)
