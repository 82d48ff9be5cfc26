"""Bytes of a PDF report (as Hancom PDF exports HWP) -> :class:`Document`.

pdfplumber opens the file and pdfminer parses each page once; everything after that
works on its characters and ruling lines, in small stages that can be tested alone:

* :func:`open_pdf` - bytes to an open PDF; every way that fails becomes a
  :class:`ReadError` with a one-line reason (empty, not a PDF, encrypted, damaged).
* :func:`page_slots` - the page tree, leaf by leaf: a page that cannot be read (a
  damaged object, a /Kids entry pointing at nothing) is named in
  ``Document.problems`` and the other pages are read; no page at all is an error.
* :func:`page_objects` - one page's characters, ruling edges and images, as pdfplumber
  would give them, but parsed several times faster (:class:`ContentInterpreter`).
* :func:`glyphs_of` - the characters after pdfplumber's ``dedupe_chars``
  (HWP fakes bold by drawing each glyph twice), as :class:`Glyph` objects.
* :func:`page_quality` - the :class:`schemas.models.PageQuality` record; a page
  whose text layer is unusable is flagged ``needs_ocr`` and emits no lines.
* :func:`find_ruled_tables` - cells of ruled tables from the drawn lines and
  rectangles (pdfplumber's edge -> intersection -> cell stages).
* :func:`find_vertical_words` - one syllable stacked over the next (vertical text in
  a narrow box) read as one word.
* :func:`chars_to_lines` - characters to lines: cluster by baseline, sort by x, a
  space where the gap is wide; real space characters are kept as they are.
* :func:`cells_to_lines` - a table row by the linearization rule: cells left to
  right, consecutive one-line cells joined with single spaces, a multi-line cell as
  its own lines, a row-spanning cell with the first row it spans.
* :func:`lines_to_blocks` - free lines and tables of a region in reading order.
* :func:`classify` - "- 3 -" in the page margins is page furniture.
"""

from __future__ import annotations

from extract.read.pdf.base import (
    BASELINE_TOLERANCE as BASELINE_TOLERANCE,
)
from extract.read.pdf.base import (
    CID as CID,
)
from extract.read.pdf.base import (
    GARBAGE_SHARE as GARBAGE_SHARE,
)
from extract.read.pdf.base import (
    HANGUL as HANGUL,
)
from extract.read.pdf.base import (
    MARGIN_FRACTION as MARGIN_FRACTION,
)
from extract.read.pdf.base import (
    MIN_EDGE as MIN_EDGE,
)
from extract.read.pdf.base import (
    SCAN_MAX_CHARS as SCAN_MAX_CHARS,
)
from extract.read.pdf.base import (
    SNAP_TOLERANCE as SNAP_TOLERANCE,
)
from extract.read.pdf.base import (
    SPACE_GAP as SPACE_GAP,
)
from extract.read.pdf.base import (
    VERTICAL_ALIGN as VERTICAL_ALIGN,
)
from extract.read.pdf.base import (
    VERTICAL_GAP as VERTICAL_GAP,
)
from extract.read.pdf.base import (
    VERTICAL_ISOLATION as VERTICAL_ISOLATION,
)
from extract.read.pdf.base import (
    VERTICAL_OVERLAP as VERTICAL_OVERLAP,
)
from extract.read.pdf.base import (
    BBox as BBox,
)
from extract.read.pdf.base import (
    Engine as Engine,
)
from extract.read.pdf.base import (
    Glyph as Glyph,
)
from extract.read.pdf.base import (
    PdfObj as PdfObj,
)
from extract.read.pdf.base import (
    TextLine as TextLine,
)
from extract.read.pdf.chars import (
    dedupe_chars as dedupe_chars,
)
from extract.read.pdf.chars import (
    glyphs_of as glyphs_of,
)
from extract.read.pdf.chars import (
    image_coverage as image_coverage,
)
from extract.read.pdf.chars import (
    page_glyphs as page_glyphs,
)
from extract.read.pdf.chars import (
    page_quality as page_quality,
)
from extract.read.pdf.chars import (
    to_glyph as to_glyph,
)
from extract.read.pdf.content import (
    ContentInterpreter as ContentInterpreter,
)
from extract.read.pdf.content import (
    PageObjects as PageObjects,
)
from extract.read.pdf.content import (
    _Unsupported as _Unsupported,
)
from extract.read.pdf.content import (
    content_objects as content_objects,
)
from extract.read.pdf.content import (
    content_tokens as content_tokens,
)
from extract.read.pdf.content import (
    page_objects as page_objects,
)
from extract.read.pdf.content import (
    plumber_objects as plumber_objects,
)
from extract.read.pdf.grids import (
    PageLine as PageLine,
)
from extract.read.pdf.grids import (
    document_grids as document_grids,
)
from extract.read.pdf.grids import (
    page_content as page_content,
)
from extract.read.pdf.lines import (
    chars_to_lines as chars_to_lines,
)
from extract.read.pdf.lines import (
    classify as classify,
)
from extract.read.pdf.lines import (
    find_vertical_words as find_vertical_words,
)
from extract.read.pdf.lines import (
    rotated_to_lines as rotated_to_lines,
)
from extract.read.pdf.lines import (
    tracking as tracking,
)
from extract.read.pdf.opening import (
    MAGIC as MAGIC,
)
from extract.read.pdf.opening import (
    MAX_MISSING_PAGES as MAX_MISSING_PAGES,
)
from extract.read.pdf.opening import (
    MAX_TREE_DEPTH as MAX_TREE_DEPTH,
)
from extract.read.pdf.opening import (
    PageSlot as PageSlot,
)
from extract.read.pdf.opening import (
    explain as explain,
)
from extract.read.pdf.opening import (
    open_pdf as open_pdf,
)
from extract.read.pdf.opening import (
    page_slots as page_slots,
)
from extract.read.pdf.opening import (
    sniff_not_pdf as sniff_not_pdf,
)
from extract.read.pdf.reader import (
    damaged_reason as damaged_reason,
)
from extract.read.pdf.reader import (
    no_text_reason as no_text_reason,
)
from extract.read.pdf.reader import (
    page_lines as page_lines,
)
from extract.read.pdf.reader import (
    read_pdf as read_pdf,
)
from extract.read.pdf.reader import (
    unread_message as unread_message,
)
from extract.read.pdf.regions import (
    Region as Region,
)
from extract.read.pdf.regions import (
    build_regions as build_regions,
)
from extract.read.pdf.regions import (
    cells_to_lines as cells_to_lines,
)
from extract.read.pdf.regions import (
    lines_to_blocks as lines_to_blocks,
)
from extract.read.pdf.regions import (
    picture_blocks as picture_blocks,
)
from extract.read.pdf.regions import (
    region_lines as region_lines,
)
from extract.read.pdf.rules import (
    RuledTable as RuledTable,
)
from extract.read.pdf.rules import (
    find_ruled_tables as find_ruled_tables,
)
from extract.read.pdf.rules import (
    group_cells as group_cells,
)
from extract.read.pdf.rules import (
    merge_rules as merge_rules,
)
from extract.read.pdf.rules import (
    reach_moved_rules as reach_moved_rules,
)
