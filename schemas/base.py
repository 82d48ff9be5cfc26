"""What every output model shares: the base classes and the value types of two tables or more."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

#: an exact decimal number (a measure in its base unit: 12500000 ㎡, 0.455 ㎥), written as
#: its digits in full, never in floating point nor with an exponent
ExactNumber = Annotated[
    Decimal, PlainSerializer(lambda d: f"{d:f}", return_type=str, when_used="json")
]
#: what a measure measures, and the base unit its ``measure_value`` is in
MeasureBase = Literal["㎡", "m", "kg", "㎥"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Record(Model):
    """Provenance fields shared by every record."""

    line_start: int = Field(description="first source line (1-based) / 원문 시작 줄")
    line_end: int = Field(description="last source line / 원문 끝 줄")
    page_start: int | None = Field(default=None, description="first page (PDF) / 시작 쪽")
    page_end: int | None = Field(default=None, description="last page (PDF) / 끝 쪽")
