"""What every section parser returns, and the context they share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from extract.document import Line, Span
from schemas import ParseWarning


@dataclass(slots=True)
class Context:
    """Facts one section gives the parsers of others (derived, never assumed)."""

    year: int | None = None
    bureau: str | None = None
    divisions: list[str] = field(default_factory=list)
    #: division -> its duties (부서별 주요기능), evidence for team assignment
    functions: dict[str, list[str]] = field(default_factory=dict)
    #: theme titles of Ⅲ, evidence for the goals of Ⅱ
    themes: list[str] = field(default_factory=list)
    #: Ⅲ's lines, whose words say where Ⅱ's boxes wrap inside one (a task is a title)
    plan_text: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Parsed:
    """Records by table name, the line numbers used, and warnings."""

    tables: dict[str, list[BaseModel]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    warnings: list[ParseWarning] = field(default_factory=list)

    def add(self, table: str, record: BaseModel) -> None:
        self.tables.setdefault(table, []).append(record)

    def use(self, lines: Iterable[Line]) -> None:
        self.used.update(ln.no for ln in lines)

    def warn(self, code: str, message: str, lines: Iterable[Line] = ()) -> None:
        items = list(lines)
        span = Span.of(items) if items else None
        self.warnings.append(
            ParseWarning(
                code=code,
                message=message,
                line_start=span.first if span else None,
                line_end=span.last if span else None,
            )
        )

    def merge(self, other: Parsed) -> None:
        for name, records in other.tables.items():
            self.tables.setdefault(name, []).extend(records)
        self.used |= other.used
        self.warnings.extend(other.warnings)


def heading_name(heading: Sequence[Line], title: str) -> str:
    """How a message names a section: its heading as printed ("Ⅳ. 정책 목표 및 전략"),
    else its title; never a numeral of one template's."""
    return " ".join(heading[0].text.split()) if heading else title


def prov(lines: Iterable[Line]) -> dict[str, int | None]:
    """Provenance fields (line_start, line_end, page_start, page_end) of ``lines``."""
    return Span.of(lines).provenance()
