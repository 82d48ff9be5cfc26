"""Print tests/fixtures/side-gantt.pdf: a short report whose 예산현황 sets the 세입 and 세출
tables side by side, each under its own title and unit on one line with the other's
("< 세 입 >      < 세 출 >"), and whose project card ends in a Gantt chart of twelve month
columns marking the months a task runs by shading their cells (one task by a merged
cell, one by a run of single cells, one by ■ in each month, as both kinds are used, and one by
an arrow drawn over its months).

Install (once, by hand; tests never need it): apt-get install -y chromium fonts-nanum
Run: python tools/make_side_gantt.py
"""

from __future__ import annotations

from pathlib import Path

from chromium_pdf import print_html

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "side-gantt.pdf"

#: (side's title, rows of 구 분 | 2025년 | 2026년 | 증 감), in 백만원
SIDES = (
    ("< 세 입 >", [("계", "1,800", "2,100", "300"), ("경제정책과", "1,000", "1,150", "150"),
                 ("기업지원과", "800", "950", "150")]),
    ("< 세 출 >", [("계", "9,500", "10,300", "800"), ("경제정책과", "4,200", "4,500", "300"),
                 ("기업지원과", "5,300", "5,800", "500")]),
)  # fmt: skip
BAR = "#bfbfbf"
HEAD = "#e7e6e6"
#: task -> its months: (first, last, how drawn: "merged" cell, "cells" shaded, "marks" ■,
#: "arrow": an arrow drawn over a merged cell of its months, a filled shape of 7 points)
TASKS = (
    ("공모 및 지원기업 선정", 1, 2, "merged"),
    ("스마트공장 구축 지원", 4, 10, "cells"),
    ("성과 점검 및 평가", 11, 12, "marks"),
    ("전문가 현장 컨설팅", 6, 9, "arrow"),
)
ARROW = (
    '<svg width="100%" height="9" viewBox="0 0 100 10" preserveAspectRatio="none">'
    '<polygon points="0,3 90,3 90,0 100,5 90,10 90,7 0,7" fill="#404040"/></svg>'
)


def side(title: str, rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
    return (
        f'<div class="side"><p class="title">{title}</p><p class="unit">(단위: 백만원)</p>'
        f'<table><tr class="head"><td>구 분</td><td>2025년</td><td>2026년</td><td>증 감</td></tr>'
        f"{body}</table></div>"
    )


def gantt_row(task: str, first: int, last: int, how: str) -> str:
    cells = [f'<td class="task">{task}</td>']
    month = 1
    while month <= 12:
        inside = first <= month <= last
        if inside and how == "merged":
            cells.append(f'<td colspan="{last - first + 1}" style="background:{BAR}"></td>')
            month = last + 1
            continue
        if inside and how == "arrow":
            cells.append(f'<td colspan="{last - first + 1}" class="arrow">{ARROW}</td>')
            month = last + 1
            continue
        if inside and how == "cells":
            cells.append(f'<td style="background:{BAR}"></td>')
        else:
            cells.append(f"<td>{'■' if inside else ''}</td>")
        month += 1
    return "<tr>" + "".join(cells) + "</tr>"


HTML = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: 'NanumGothic'; font-size: 10.5pt; }}
h1 {{ font-size: 15pt; margin: 8pt 0; }} h2 {{ font-size: 12.5pt; margin: 8pt 0; }}
p {{ margin: 3pt 0; }}
.pair {{ display: flex; gap: 24pt; }} .side {{ flex: 1; }}
.title {{ text-align: center; font-weight: bold; }} .unit {{ text-align: right; font-size: 9pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; height: 14pt; }}
.head td {{ background: {head}; }}
td.task {{ text-align: left; width: 34%; }}
td.arrow {{ padding: 0; line-height: 0; }}
</style></head><body>
<h1>Ⅰ. 일반현황</h1>
<h2>1. 예산현황</h2>
<p>○ 2026년 예산 : 세입 2,100백만원, 세출 10,300백만원</p>
<div class="pair">{sides}</div>
<h1>Ⅱ. 2026년 주요업무 추진계획</h1>
<h2>1. 스마트공장 보급 확산 (기업지원과)</h2>
<p>○ 사업기간 : ’26. 1.~12.</p>
<p>○ 사 업 비 : 1,200백만원 (국비 600, 시비 600)</p>
<p>○ 사업내용 : 중소 제조기업 스마트공장 구축 지원 30개사</p>
<p>○ 추진일정</p>
<table><tr class="head"><td class="task">추진내용</td>{months}</tr>{tasks}</table>
</body></html>"""


def main() -> None:
    html = HTML.format(
        head=HEAD,
        sides="".join(side(title, rows) for title, rows in SIDES),
        months="".join(f"<td>{m}월</td>" for m in range(1, 13)),
        tasks="".join(gantt_row(*t) for t in TASKS),
    )
    print_html(html, OUT)


if __name__ == "__main__":
    main()
