"""Write the sample as an HWPX file: tests/fixtures/seoul-innovation-bureau-2021.hwpx.

The same blocks as the PDF renderings (tools/sample_layout.py: numerals and card numbers
in boxes of their own, 예산 집행계획 headers on two rows, the budget appendix and the
audit findings as long tables), written as Hancom's XML format instead of laid out:

* every paragraph of the blocks is one ``hp:p`` (a line of the text, as an author who
  ends each line with Enter writes it; a wrapped cell's text is one paragraph);
* every table is a native ``hp:tbl`` with its cells' addresses and spans, inside the
  paragraph where it stands (the chapter numeral and its title are two cells of one
  table, as Hancom's boxed headings are);
* no layout: HWPX has no pages, so the reader takes nothing from positions.

The XML comes from tests/hwpx_maker.py (the test helper that builds HWPX files);
zip entries carry a fixed date, so the file is the same bytes every run.

Run from the repository root (NanumGothic is needed to size the blocks, as for the
other renderings):
    .venv/bin/python tools/make_sample_hwpx.py   (options: --text, --out)
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import sample_layout as L

sys.path.insert(0, str(L.ROOT))
from tests import hwpx_maker as H  # (a helper of the tests; run from the root)

DEFAULT_OUT = L.ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.hwpx"
#: the date every zip entry carries
ZIP_DATE = (2021, 1, 1, 0, 0, 0)


def paragraph(para: L.Para) -> str:
    return H.p(para.text)


def table(block: L.Table) -> str:
    cells = [
        H.cell(pl.row, pl.col, *([paragraph(x) for x in pl.cell.paras] or [H.p("")]),
               rs=pl.cell.rowspan, cs=pl.cell.colspan)
        for pl in L.place(block)
    ]  # fmt: skip
    return H.p(H.tbl(len(block.rows), len(block.widths), cells))


def document(blocks: Sequence[L.Block]) -> bytes:
    """The HWPX file's bytes: one section of the blocks, zip entries dated alike."""
    body = [paragraph(b) if isinstance(b, L.Para) else table(b) for b in blocks]
    made = zipfile.ZipFile(io.BytesIO(H.hwpx(H.sec(*body))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in made.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_DATE)
            fixed.compress_type = info.compress_type
            zf.writestr(fixed, made.read(info.filename))
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, default=L.DEFAULT_TEXT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    _, blocks, _ = L.load(args.text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(document(blocks))
    print(f"{args.out}: {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
