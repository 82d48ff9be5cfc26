"""Whether a rewritten pattern matches a text exactly as the pattern it replaces.

A pattern made linear on long runs (a lookbehind so a match starts only where a run
starts, possessive quantifiers where giving back can never help) must find the same
matches, groups, substitutions and splits as before; the parsers' unit tests show it
on real inputs with :func:`assert_same_matches`.
"""

from __future__ import annotations

import re
from typing import Any

import regex


def _found(m: Any) -> Any:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


def uses(pattern: Any, text: str) -> dict[str, Any]:
    """What every use of ``pattern`` on ``text`` gives (spans and groups of each match)."""
    return {
        "search": _found(pattern.search(text)),
        "match": _found(pattern.match(text)),
        "fullmatch": _found(pattern.fullmatch(text)),
        "finditer": [_found(m) for m in pattern.finditer(text)],
        "sub": pattern.sub("#", text),
        "split": pattern.split(text),
    }


def assert_same_matches(old: str, new: re.Pattern[str] | Any, text: str) -> None:
    """``new`` (compiled) uses ``old`` (the former source) the same way on ``text``."""
    before = (re if isinstance(new, re.Pattern) else regex).compile(old, new.flags)
    assert uses(new, text) == uses(before, text)
