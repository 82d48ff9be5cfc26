"""Print tests/fixtures/chromium-collapsed-wraps.pdf: a findings table whose narrow cells
Chromium wraps with spaces collapsed (``white-space: normal``, the CSS default, and
``word-break: normal``): it breaks Hangul between any two syllables and draws no space at
a wrap between two words, so the PDF does not say which wraps fell inside a word.

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
Run: python tools/make_collapsed_wraps.py
"""

from __future__ import annotations

from pathlib import Path

from chromium_pdf import print_html

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "chromium-collapsed-wraps.pdf"

ROWS = [
    ("1", "도안 2-3지구 환지계획 인가 지연으로 금융비용 등 사업비가 증가하고 있으므로 대책을 "
          "마련할 것", "완료"),
    ("2", "공사채 발행 확대에 따라 부채비율 상승이 우려되므로 부채관리를 강화할 것", "추진중"),
    ("3", "토지보상금 지급 지연에 따른 민원이 반복되고 있으므로 처리절차를 개선할 것", "완료"),
    ("4", "소액 수의계약이 특정 업체에 편중되지 않도록 집행의 투명성을 제고할 것", "완료"),
]

HTML = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: 'NanumGothic'; font-size: 10.5pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #000; padding: 1.2mm 1.5mm; }}
</style></head><body>
<p>Ⅳ. 2025년 행정사무감사 지적사항 처리결과</p>
<table><colgroup><col style="width:12mm"><col style="width:60mm"><col style="width:20mm">
</colgroup><tr><th>연번</th><th>지적사항</th><th>처리상태</th></tr>
{rows}</table></body></html>
"""


def main() -> None:
    rows = "\n".join(f"<tr><td>{n}</td><td>{t}</td><td>{s}</td></tr>" for n, t, s in ROWS)
    print_html(HTML.format(rows=rows), OUT)


if __name__ == "__main__":
    main()
