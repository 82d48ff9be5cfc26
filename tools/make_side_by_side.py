"""Print tests/fixtures/side-by-side.pdf: a short report whose blocks are set side by side,
as Hancom pages in two columns and slide decks set them.

Page 1, the general part in two columns: `1. 인 력` with its staff table on the left,
`2. 예 산` with its captioned budget table on the right.  Page 2, a card: the label
`□ 사업개요` over a box of the project's facts on the left, `□ 추진일정` over a ruled
schedule table on the right, then `□ 추진계획` across the page.  Page 3, a landscape
slide: boxes with their titles as tabs, two rows of two.  Pages 4 and 5, slides of
the audit chapter, its title in the bar over each, its findings table over both.

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
Run: python tools/make_side_by_side.py
"""

from __future__ import annotations

from pathlib import Path

from chromium_pdf import print_html

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "side-by-side.pdf"

HTML = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm 16mm; }
@page slide { size: 297mm 167mm; margin: 8mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: NanumGothic; font-size: 10.5pt; }
p { margin: 0; line-height: 1.45; }
.pg { break-after: page; }
.chap { font-size: 16pt; font-weight: 700; border-bottom: 2pt solid #1f3d7a; margin-bottom: 8pt; }
.cols { display: flex; justify-content: space-between; }
.col { width: 85mm; font-size: 9.5pt; }
.h1 { font-size: 12pt; font-weight: 700; margin-top: 7pt; }
.h2 { font-size: 11pt; font-weight: 700; margin-top: 6pt; }
.card { font-size: 13pt; font-weight: 700; border: 0.75pt solid #1f3d7a; padding: 3pt 6pt; }
.cap { display: flex; justify-content: space-between; font-size: 9pt; margin-top: 5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
td { border: 0.5pt solid #000; padding: 2pt 3pt; }
td.h { background: #e4e4e4; font-weight: 700; text-align: center; }
td.r { text-align: right; }
.box { border: 0.75pt solid #000; padding: 4pt 7pt; margin: 2pt 0 4pt 0; }
.side { display: flex; justify-content: space-between; align-items: flex-start; }
.side .l { width: 98mm; }
.side .r { width: 76mm; }
.slide { page: slide; }
.bar { background: #1f3d7a; color: #fff; font-size: 15pt; font-weight: 700; padding: 4pt 10pt; }
.sl { display: flex; justify-content: space-between; margin-top: 10pt; }
.sl .c { width: 128mm; }
.tab { display: inline-block; background: #1f3d7a; color: #fff; font-size: 9pt; padding: 1pt 6pt; }
.pane { border: 1pt solid #1f3d7a; padding: 5pt 8pt; margin-bottom: 8pt; font-size: 10pt; }
</style></head><body>

<div class="pg"><p class="chap">Ⅰ. 일반현황</p>
<div class="cols"><div class="col">
<p class="h1">1. 인 력</p>
<p>○ 정원 64명 / 현원 61명 (’26. 1. 1. 기준)</p>
<div class="cap"><b>가. 과별 인력</b><span>(단위 : 명)</span></div>
<table><tr><td class="h">구 분</td><td class="h">정 원</td><td class="h">현 원</td></tr>
<tr><td>계</td><td class="r">64</td><td class="r">61</td></tr>
<tr><td>산림정책과</td><td class="r">22</td><td class="r">21</td></tr>
<tr><td>공원녹지과</td><td class="r">25</td><td class="r">24</td></tr>
<tr><td>녹색도시과</td><td class="r">17</td><td class="r">16</td></tr></table>
<p class="h1">3. 주요기능</p>
<p>○ 산림자원 조성 및 산불 예방</p>
<p>○ 도시공원 조성 및 관리</p>
<p>○ 가로수 및 녹지 관리</p>
</div><div class="col">
<p class="h1">2. 예 산</p>
<p>○ 2026년 세출예산 : 38,420백만원</p>
<div class="cap"><b>가. 과별 세출예산</b><span>(단위 : 백만원)</span></div>
<table><tr><td class="h">구 분</td><td class="h">2026년</td><td class="h">2025년</td></tr>
<tr><td>계</td><td class="r">38,420</td><td class="r">35,180</td></tr>
<tr><td>산림정책과</td><td class="r">12,300</td><td class="r">11,950</td></tr>
<tr><td>공원녹지과</td><td class="r">18,760</td><td class="r">16,020</td></tr>
<tr><td>녹색도시과</td><td class="r">7,360</td><td class="r">7,210</td></tr></table>
<p class="h1">4. 주요시설</p>
<p>○ 도시공원 42개소, 수목원 1개소</p>
<p>○ 산림휴양시설 3개소</p>
</div></div></div>

<div class="pg"><p class="chap">Ⅱ. 2026년 주요업무계획</p>
<p class="card">1. 도시숲 조성 (공원녹지과)</p>
<div class="side"><div class="l"><p class="h2">□ 사업개요</p><div class="box">
<p>○ 사업기간 : 2026. 3. ~ 11.</p>
<p>○ 사 업 비 : 2,400백만원 (국비 1,200, 시비 1,200)</p>
<p>○ 사업내용 : 하천변 유휴부지 도시숲 6개소 조성</p>
</div></div><div class="r"><p class="h2">□ 추진일정</p>
<table><tr><td class="h">시 기</td><td class="h">추 진 내 용</td></tr>
<tr><td>’26. 3.~4.</td><td>실시설계 및 주민설명회</td></tr>
<tr><td>’26. 5.~10.</td><td>식재 공사</td></tr>
<tr><td>’26. 11.</td><td>준공 및 유지관리 인계</td></tr></table></div></div>
<p class="h2">□ 추진계획</p>
<p>○ 미세먼지 차단숲과 연계한 수종 선정</p>
<p>○ 주민참여 나무심기 행사 병행 (연 2회)</p>
</div>

<div class="slide pg"><div class="bar">2. 산불 감시체계 고도화 (산림정책과)</div>
<div class="sl"><div class="c">
<span class="tab">사업개요</span><div class="pane">
<p>○ 사업기간 : 2026. 1. ~ 12.</p>
<p>○ 사 업 비 : 860백만원 (시비 860)</p>
<p>○ 사업내용 : 산불감시 카메라 24대 교체</p></div>
<span class="tab">추진현황</span><div class="pane">
<p>- ’25. 11. : 감시카메라 노후도 조사 완료</p></div>
</div><div class="c">
<span class="tab">추진일정</span><div class="pane">
<table><tr><td class="h">시 기</td><td class="h">추 진 내 용</td></tr>
<tr><td>’26. 1.~2.</td><td>교체 대상 선정</td></tr>
<tr><td>’26. 3.~6.</td><td>카메라 구매 및 설치</td></tr></table></div>
<span class="tab">기대효과</span><div class="pane">
<p>○ 산불 조기 발견으로 피해 면적 감소</p></div>
</div></div></div>

<div class="slide pg"><div class="bar">Ⅲ. 2025년 행정사무감사 처리결과</div>
<p style="margin-top:10pt">○ 지적사항 총 3건 : 처리완료 2건, 추진중 1건</p>
<table style="margin-top:6pt"><tr><td class="h">연번</td><td class="h">지 적 사 항</td>
<td class="h">소 관</td><td class="h">처리상황</td></tr>
<tr><td>1</td><td>산불감시원 배치 기준 정비 필요</td><td>산림정책과</td><td>완료</td></tr>
<tr><td>2</td><td>도시공원 화장실 관리 소홀</td><td>공원녹지과</td><td>완료</td></tr></table></div>
<div class="slide pg"><div class="bar">Ⅲ. 2025년 행정사무감사 처리결과</div>
<table style="margin-top:10pt"><tr><td class="h">연번</td><td class="h">지 적 사 항</td>
<td class="h">소 관</td><td class="h">처리상황</td></tr>
<tr><td>3</td><td>가로수 병해충 방제 지연</td><td>녹색도시과</td><td>추진중</td></tr></table></div>
</body></html>
"""


def main() -> None:
    print_html(HTML, OUT)


if __name__ == "__main__":
    main()
