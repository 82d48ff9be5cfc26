"""A project's quantity: how much of the work it does, from its labelled fact
("사업량 : 노후 소방차 24대", "사업규모 : 3개소", "규 모 : 연장 12.5km"), so that the
projects of every report stack with one column of it.

The first count or measure in the fact's value is the quantity, its unit as printed (a
count's word, 개소, 대, 교, or a measure's, km, ㎡): a value of several ("교육 20회
600명") keeps them all in ``quantity_raw`` and its first as the number.
"""

from __future__ import annotations

from collections.abc import Mapping

from extract.normalize.measures import measure_unit
from extract.normalize.mentions import find_mentions
from extract.normalize.vocab import MEASURE_MULTIPLIERS
from extract.parse.text import squash
from extract.parse.vocab import QUANTITY_LABELS


def project_quantity(
    fields: Mapping[str, str], year: int | None = None
) -> tuple[str, float, str] | None:
    """(the fact as printed, its first count or measure, that one's unit) of a project's
    labelled facts; None where no quantity label holds one."""
    by_label = {squash(k): v for k, v in fields.items()}
    for label in QUANTITY_LABELS:
        raw = by_label.get(label)
        if not raw:
            continue
        for m in find_mentions(raw, year):
            if m.kind in ("count", "measure") and m.value is not None and m.unit:
                return raw, m.value, _unscaled(m.unit)
    return None


def _unscaled(unit: str) -> str:
    """A measure's unit without the multiplier its figure is already read with ("994만㎡"
    is 9,940,000 ㎡); a count's unit comes without it."""
    found = measure_unit(unit)
    scaled = found is not None and found[0] != 1 and unit[:1] in MEASURE_MULTIPLIERS
    return unit[1:] if scaled else unit
