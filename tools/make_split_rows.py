"""Print tests/fixtures/chromium-split-rows.pdf: a findings table over three pages whose
long rows Chromium splits at the page breaks (``tr { break-inside: auto }``, its header
repeated on each page): a row's part on the first page is drawn open at its bottom, its
part on the next page under the header again, its number's cell empty.

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
Run: python tools/make_split_rows.py
"""

from __future__ import annotations

from pathlib import Path

from chromium_pdf import print_html

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "chromium-split-rows.pdf"

#: each finding's action: long enough that some rows cross a page break
STEPS = (
    "- 점검 계획 수립 및 대상 시설 선정(’25. 12.)",
    "- 현장 점검 실시 및 부적정 사항 시정 요구",
    "- 시정 결과 확인 및 재발 방지 교육 실시",
    "- 관련 지침 개정 및 시행(’26. 1.)",
    "- 분기별 이행 실태 점검으로 사후관리 강화",
    "- 점검 결과 공개 및 우수 기관 포상",
)
STATUSES = ("완료", "추진중", "완료", "완료", "추진중", "완료", "완료", "완료", "추진중", "완료")

HTML = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: 'NanumGothic'; font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: auto; }}
th, td {{ border: 1px solid #000; padding: 1.5mm; vertical-align: top; }}
</style></head><body>
<p>2026년 주요업무보고</p>
<p>Ⅳ. 2025년 행정사무감사 지적사항 처리결과</p>
<table><thead><tr><th>연번</th><th>지적사항</th><th>조치결과</th><th>처리상황</th></tr></thead>
<tbody>{rows}</tbody></table></body></html>
"""


def main() -> None:
    rows = "\n".join(
        f"<tr><td>{n}</td><td>복지시설 운영 실태 점검 결과 지적사항 {n}번에 대한 개선 대책을 "
        f"마련할 것</td><td>{'<br>'.join(STEPS)}</td><td>{status}</td></tr>"
        for n, status in enumerate(STATUSES, start=1)
    )
    print_html(HTML.format(rows=rows), OUT)


if __name__ == "__main__":
    main()
