"""Print tests/fixtures/turned-pages.pdf: a short report as a council copy is assembled,
every page under a large pale watermark set slanted across it and a side tab down its
right margin naming the chapter (one letter under the other), and its wide 세출 table on
a landscape page stored turned (``/Rotate 90``, added by an incremental update), so that
the reader sees it on its side on a portrait page.

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
Run: python tools/make_turned_pages.py
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from chromium_pdf import print_html

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "turned-pages.pdf"
WATERMARK = "한빛도 의회 제출용"

#: the 세출 table of the turned page: 구 분 | 2025년 | 2026년 | 증 감, in 백만원
SPENDING = (
    ("계", "45,600", "48,000", "2,400"),
    ("농업정책과", "13,880", "14,520", "640"),
    ("축산과", "12,910", "12,360", "△550"),
    ("유통과", "18,810", "21,120", "2,310"),
)

CSS = """
@page { size: A4 portrait; margin: 0 } @page land { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'NanumGothic'; font-size: 11pt; }
.page { position: relative; width: 210mm; height: 296mm; overflow: hidden; break-after: page; }
.page.land { page: land; width: 297mm; height: 209mm; }
.wm { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%) rotate(-35deg);
  font-size: 50pt; font-weight: bold; color: #dcdcdc; white-space: nowrap; }
.tab { position: absolute; right: 0; top: 60mm; width: 10mm; background: #2d5f2e; color: #fff;
  writing-mode: vertical-rl; text-orientation: upright; font-weight: bold; padding: 4mm 0; }
.body { position: absolute; top: 20mm; left: 20mm; right: 26mm; }
.page.land .body { right: 20mm; }
p { margin: 2mm 0; } .unit { text-align: right; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
td { border: 0.75pt solid #000; padding: 1.5mm; text-align: center; }
"""


def page(body: str, tab: str = "", land: bool = False) -> str:
    side = f'<div class="tab">{tab}</div>' if tab else ""
    kind = "page land" if land else "page"
    inner = f'<div class="wm">{WATERMARK}</div>{side}<div class="body">{body}</div>'
    return f'<div class="{kind}">{inner}</div>'


def table(rows: list[tuple[str, ...]]) -> str:
    return "<table>" + "".join(
        "<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows
    ) + "</table>"


PAGES = [
    page(
        "<h2>Ⅰ. 일반현황</h2><p>1. 인 력</p><p>□ 인 력 : 정원 60명 / 현원 58명</p>"
        '<p class="unit">(단위 : 명, ’26. 1. 1. 기준)</p>'
        + table([("구 분", "정 원", "현 원"), ("계", "60", "58"), ("농업정책과", "22", "21"),
                 ("축산과", "18", "18"), ("유통과", "20", "19")])
        + "<p>2. 예 산</p><p>□ 2026년 세출예산 : 48,000백만원</p><p>※ 과별 세출예산은 다음 쪽</p>",
        "Ⅰ 일반현황",
    ),
    page(
        '<p>3. 2026년 과별 세출예산</p><p class="unit">(단위 : 백만원)</p>'
        + table([("구 분", "2025년 예산", "2026년 예산", "증 감"), *SPENDING]),
        land=True,
    ),
    page(
        "<h2>Ⅱ. 2026년 주요업무 추진계획</h2><p>1. 스마트농업 확산</p>"
        "<p>□ 스마트팜 청년창업 보육 (농업정책과)</p><p>○ 사업기간 : 2026. 1. ~ 12.</p>"
        "<p>○ 사 업 비 : 2,400백만원 (국비 1,200, 도비 1,200)</p>"
        "<p>○ 사업내용 : 청년 교육생 60명 선발, 장기 보육과정 운영</p>"
        "<p>○ 추진일정</p><p>- ’26. 1.~2. : 교육생 모집 및 선발</p>"
        "<p>- ’26. 3.~11. : 보육과정 운영</p>",
        "Ⅱ 주요업무",
    ),
]


def turn_landscape_pages(data: bytes) -> bytes:
    """An incremental update setting ``/Rotate 90`` on every landscape page object."""
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*(<</Type /Page\b.*?)\s*endobj", data, re.S):
        box = re.search(rb"/MediaBox \[([\d.\s]+)\]", m.group(2))
        if box is None:
            continue
        x0, y0, x1, y1 = (float(v) for v in box.group(1).split())
        if x1 - x0 > y1 - y0:
            offsets[int(m.group(1))] = len(out)
            body = m.group(2).replace(b"<</Type /Page", b"<</Type /Page\n/Rotate 90", 1)
            out += b"%d 0 obj\n" % int(m.group(1)) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n" + b"".join(
        b"%d 1\n%010d 00000 n \n" % (num, at) for num, at in sorted(offsets.items())
    )
    out += b"trailer\n<</Size %d /Root %s /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (
        size, root, startxref, xref
    )
    return bytes(out)


def main() -> None:
    html = f'<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>{CSS}</style>'
    html += "</head><body>" + "".join(PAGES) + "</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.pdf"
        print_html(html, raw)
        OUT.write_bytes(turn_landscape_pages(raw.read_bytes()))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
