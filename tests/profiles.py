"""How many examples a hypothesis property runs: as asked in CI, many more in ``make fuzz``.

``BOGOSEO_FUZZ`` unset or ``0``: profile ``ci`` (derandomized, see tests/conftest.py) and
each property's own ``max_examples``.  ``BOGOSEO_FUZZ=N``: profile ``fuzz`` (random
seeds) and N times as many examples.
"""

from __future__ import annotations

import os

FUZZ = max(0, int(os.environ.get("BOGOSEO_FUZZ", "0") or 0))
PROFILE = "fuzz" if FUZZ else "ci"


def examples(n: int) -> int:
    """``max_examples`` for a property that runs ``n`` examples in CI."""
    return n * FUZZ if FUZZ else n
