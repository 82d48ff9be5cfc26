"""Print an HTML page to a PDF with headless Chromium: what the fixture generators share.

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def print_html(html: str, out: Path) -> None:
    """Write ``html`` to a page and print it to ``out``, with no header or footer."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
             "--no-pdf-header-footer", page.as_uri()],
            check=True, capture_output=True,
        )  # fmt: skip
    print(f"wrote {out} ({out.stat().st_size} bytes)")
