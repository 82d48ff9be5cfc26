"""Write the small broken PDFs the reader's tests use: tests/fixtures/bad/.

Run by hand from the repository root (needs reportlab and Pillow; no fonts):
    .venv/bin/pip install reportlab
    .venv/bin/python tools/make_bad_pdfs.py

Files (all deterministic):
    empty.pdf            0 bytes
    png-renamed.pdf      a PNG image with a .pdf name
    damaged.pdf          a %PDF- header followed by garbage
    truncated.pdf        the first 60% of a valid three-page PDF
    encrypted.pdf        a valid PDF that needs a user password
    image-only.pdf       two scanned-looking pages: images, no text layer
    cid-only.pdf         text in a Type 0 font without a ToUnicode map: only (cid:N) glyphs
    mixed-ocr-pages.pdf  page 1 has text, page 2 is only an image, page 3 is (cid:N) glyphs
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "bad"


def scan_image(seed: int) -> Image.Image:
    """A grey page with dark bars where lines of text would be, like a scan."""
    img = Image.new("L", (420, 594), 235)
    draw = ImageDraw.Draw(img)
    for i in range(24):
        width = 300 - (i * 37 + seed * 11) % 120
        draw.rectangle((50, 60 + i * 20, 50 + width, 68 + i * 20), fill=40)
    return img


def text_pdf(encrypt: StandardEncryption | None = None) -> bytes:
    buf = io.BytesIO()
    cv = Canvas(buf, pagesize=A4, invariant=1, encrypt=encrypt)
    for page in range(1, 4):
        cv.setFont("Helvetica", 12)
        cv.drawString(72, 760, f"bogoseo test file, page {page}: a normal text layer")
        cv.drawCentredString(A4[0] / 2, 34, f"- {page} -")
        cv.showPage()
    cv.save()
    return buf.getvalue()


def image_pdf() -> bytes:
    buf = io.BytesIO()
    cv = Canvas(buf, pagesize=A4, invariant=1)
    for seed in (1, 2):
        cv.drawImage(ImageReader(scan_image(seed)), 0, 0, A4[0], A4[1])
        cv.showPage()
    cv.save()
    return buf.getvalue()


def png_bytes() -> bytes:
    buf = io.BytesIO()
    scan_image(3).save(buf, format="PNG")
    return buf.getvalue()


# --- a minimal hand-written PDF: reportlab always writes ToUnicode maps ---------------


def stream(data: bytes, extra: str = "") -> bytes:
    packed = zlib.compress(data, 9)
    head = f"<< /Length {len(packed)} /Filter /FlateDecode {extra} >>\nstream\n".encode()
    return head + packed + b"\nendstream"


def write_pdf(objects: list[bytes]) -> bytes:
    """Objects numbered from 1 (1 must be the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def garbled_text(n: int) -> bytes:
    """Glyph ids of a font whose codes cannot be mapped to Unicode."""
    return b"<" + "".join(f"{(i * 7919) % 2000 + 100:04X}" for i in range(n)).encode() + b">"


def hand_pdf(pages: list[str]) -> bytes:
    """Pages of kind "text" (Helvetica), "image" (a picture only) or "cid" (no ToUnicode)."""
    objects: list[bytes] = [b"", b""]  # 1 catalog, 2 page tree: filled in at the end

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    helvetica = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HYGoThic-Medium-Garbled "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/DW 1000 /CIDToGIDMap /Identity >>"
    )
    garbled = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /HYGoThic-Medium-Garbled "
        f"/Encoding /Identity-H /DescendantFonts [{descendant} 0 R] >>".encode()
    )
    gray = scan_image(4).resize((105, 148))
    image = add(stream(gray.tobytes(),
                       "/Type /XObject /Subtype /Image /Width 105 /Height 148 "
                       "/ColorSpace /DeviceGray /BitsPerComponent 8"))
    kids = []
    for number, kind in enumerate(pages, start=1):
        footer = f"BT /F1 10 Tf 285 30 Td (- {number} -) Tj ET\n"
        if kind == "text":
            body = ("BT /F1 12 Tf 72 760 Td (bogoseo test file: this page has a text layer) Tj ET\n"
                    + footer)
        elif kind == "image":
            body = "q 595 0 0 842 0 0 cm /Im1 Do Q\n"
        else:
            lines = [f"BT /F2 11 Tf 72 {760 - 18 * i} Td {garbled_text(30).decode()} Tj ET"
                     for i in range(12)]
            body = "\n".join(lines) + "\n"
        content = add(stream(body.encode()))
        kids.append(add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            f"/Resources << /Font << /F1 {helvetica} 0 R /F2 {garbled} 0 R >> "
            f"/XObject << /Im1 {image} 0 R >> >> >>".encode()
        ))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    return write_pdf(objects)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    valid = text_pdf()
    noise = b"".join(hashlib.sha256(str(i).encode()).digest() for i in range(64))
    files = {
        "empty.pdf": b"",
        "png-renamed.pdf": png_bytes(),
        "damaged.pdf": b"%PDF-1.4\n" + noise,
        "truncated.pdf": valid[: len(valid) * 6 // 10],
        "encrypted.pdf": text_pdf(StandardEncryption("secret", "owner", strength=128)),
        "image-only.pdf": image_pdf(),
        "cid-only.pdf": hand_pdf(["cid", "cid"]),
        "mixed-ocr-pages.pdf": hand_pdf(["text", "image", "cid"]),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"{OUT / name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
