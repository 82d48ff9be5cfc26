"""Print tests/fixtures/picture-bullets.pdf: a short report whose bullets are pictures, as
Hancom exports its 그림 글머리표: each □ a small filled square image, each ○ a ring, each -
a short bar, no bullet character in the text layer; numbers (`1.`, `Ⅱ.`) are text.

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
Run: python tools/make_picture_bullets.py
"""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

from chromium_pdf import print_html

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "picture-bullets.pdf"
SIZE = 10


def png(inked: list[list[bool]]) -> str:
    """A black-on-white greyscale PNG of the grid ``inked``, as a data URI."""
    rows = b"".join(b"\0" + bytes(0 if x else 255 for x in row) for row in inked)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    head = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows))
    data += chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(data).decode()


def _shape(test: object) -> list[list[bool]]:
    return [[bool(test(x, y)) for x in range(SIZE)] for y in range(SIZE)]  # type: ignore[operator]


SQUARE = png(_shape(lambda x, y: 1 <= x <= 8 and 1 <= y <= 8))
RING = png(_shape(lambda x, y: 9 <= (x - 4.5) ** 2 + (y - 4.5) ** 2 <= 20))
BAR = png(_shape(lambda x, y: 2 <= x <= 7 and 4 <= y <= 5))


def item(image: str, text: str, indent: int) -> str:
    return (f'<p style="margin-left:{indent}mm"><img src="{image}" width="10" height="10"> '
            f"{text}</p>")  # fmt: skip


BODY = [
    "<h2>Ⅰ. 일반현황</h2>", "<p>1. 조 직</p>", item(SQUARE, "조 직 : 1국 2과", 0),
    item(RING, "복지정책과, 노인복지과", 5),
    "<h2>Ⅱ. 2026년 주요업무 추진계획</h2>", "<p>1. 촘촘한 복지안전망 구축</p>",
    item(SQUARE, "위기가구 발굴 체계 고도화 (복지정책과)", 0),
    item(RING, "사업기간 : 2026. 1. ~ 12.", 5),
    item(RING, "사 업 비 : 1,240백만원 (국비 620, 시비 620)", 5),
    item(RING, "추진일정", 5),
    item(BAR, "’26. 1.~2. : 발굴 대상자 명단 정비", 10),
    item(BAR, "’26. 4.~11. : 집중 발굴기간 운영", 10),
    item(SQUARE, "긴급복지 지원 확대 (노인복지과)", 0),
    item(RING, "사업기간 : 2026. 1. ~ 12.", 5),
    item(RING, "사 업 비 : 5,800백만원 (국비 4,640, 시비 1,160)", 5),
    item(RING, "추진일정", 5),
    item(BAR, "’26. 3.~12. : 긴급지원 심사 및 지급", 10),
]

HTML = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: 'NanumGothic'; font-size: 11pt; }}
h2 {{ font-size: 14pt; }} p {{ margin: 2mm 0; }} img {{ vertical-align: middle; }}
</style></head><body>{body}</body></html>"""


def main() -> None:
    print_html(HTML.format(body="".join(BODY)), OUT)


if __name__ == "__main__":
    main()
