"""Text files that mix two encodings: UTF-8 with some lines in CP949 (EUC-KR).

A report put together from several exports, or a UTF-8 file into which a paragraph of
an old CP949 file was pasted byte for byte, is valid in neither encoding as a whole,
yet each of its lines is valid in one of them.  :func:`decode_by_line` reads each line
in the encoding it is valid in (UTF-8 first); the encoding's name says which lines were
CP949, and :func:`mixed_problem` turns it into the warning the user sees.
"""

from __future__ import annotations

#: how the encoding of a mixed file is named: ``utf-8, cp949 on lines 28-36``
MIXED_MARK = ", cp949 on lines "


def _ranges(numbers: list[int]) -> str:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _some_utf8(raw: bytes) -> bool:
    """Whether the line holds a Hangul syllable in UTF-8 (CP949's bytes may make a
    two-byte UTF-8 character by chance, hardly ever the three of a syllable)."""
    return any("\uac00" <= c <= "\ud7a3" for c in raw.decode("utf-8", errors="replace"))


def _cp949_line(raw: bytes) -> str | None:
    """The line read in CP949, where it reads as a Korean text's line: most of its letters
    past ASCII in the common set (KS X 1001, that of EUC-KR), as a pasted paragraph's are;
    None for a stray byte before an ASCII letter that CP949's extension makes a rare
    syllable of (`25\\xb0C`, a Latin-1 degree sign: `25캜`)."""
    try:
        line = raw.decode("cp949")
    except UnicodeDecodeError:
        return None
    wide = [c for c in line if ord(c) > 0x7F]
    common = sum(1 for c in wide if _in_common_set(c))
    return line if common * 2 > len(wide) else None


def _in_common_set(c: str) -> bool:
    """Whether ``c`` has a code of its own in KS X 1001 (two bytes in EUC-KR; Python's
    codec writes others as an eight-byte make-up sequence)."""
    try:
        return len(c.encode("euc_kr")) == 2
    except UnicodeEncodeError:
        return False


def decode_by_line(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding name)`` of UTF-8 bytes some of whose lines are CP949; None
    unless every line is valid in one of the two and both occur (a line that is not
    UTF-8 but holds UTF-8 letters is UTF-8 damaged: None)."""
    parts = data.split(b"\n")
    out: list[str] = []
    legacy: list[int] = []
    for no, raw in enumerate(parts, start=1):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            if _some_utf8(raw):  # a UTF-8 line with a damaged byte, not a CP949 one
                return None
            line = _cp949_line(raw)
            if line is None:
                return None
            out.append(line)
            legacy.append(no)
    if not legacy or len(legacy) == len(parts):
        return None
    return "\n".join(out), f"utf-8{MIXED_MARK}{_ranges(legacy)}"


def mixed_problem(encoding: str) -> list[tuple[str, str]]:
    """The warning of a file read by :func:`decode_by_line` (none for any other)."""
    if MIXED_MARK not in encoding:
        return []
    lines = encoding.partition(MIXED_MARK)[2]
    return [
        (
            "read.mixed_encoding",
            f"the file mixes encodings: lines {lines} are CP949 (EUC-KR), the rest UTF-8; "
            "each line was read in its own (save the file in one encoding, UTF-8)",
        )
    ]
