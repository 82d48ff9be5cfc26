"""Forms of the genre met in a 구 안전도시국's HWPX numbered by Hancom's automatic
numbering (a table of facilities of as many columns as its duty table), ...: what each
must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from extract.document import LineKind
from extract.read.pdf import read_pdf
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_read_pdf import pdf_file

DUTIES = [
    ["과", "팀", "주요업무"],
    ["안전총괄과", "안전정책팀", "- 안전정책 총괄\n- 재난안전 예산 관리"],
    ["안전총괄과", "비상대비팀", "- 민방위 운영"],
]
FACILITIES = [
    ["구 분", "현 황", "비 고"],
    ["공공용 대피시설", "62개소", "지하주차장, 지하철역 등 공공용 시설"],
    ["방범용 CCTV", "1,284대", "통합관제센터 24시간 관제"],
]


def test_a_table_of_as_many_columns_under_a_later_part_is_no_more_duties() -> None:
    """"과 | 팀 | 주요업무" under "1. 조직", then "4. 주요 시설 현황" over "구 분 | 현 황 | 비
    고": the second is no duty table going on (its counts had been read as divisions,
    "62개소", and their remarks as duties)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "누리구 안전도시국", "Ⅰ. 일반현황", "1. 조직"]),
        p(_table(DUTIES, {(1, 0): 2})),
        *map(p, ["2. 주요 시설 현황"]),
        p(_table(FACILITIES)),
        *map(p, ["Ⅱ. 2026년 주요업무 추진계획", "1. 재난안전 체계 고도화"]),
    )  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("안전정책팀", "안전정책 총괄"), ("안전정책팀", "재난안전 예산 관리"),
        ("비상대비팀", "민방위 운영"),
    ]  # fmt: skip


# --- a slide deck: each page framed by a box, its running foot inside ---------------------


def _framed_pages(n: int) -> bytes:
    """A landscape PDF of ``n`` pages, each framed by a box split by a title band, with a
    line of body text and a running foot, "Culture Bureau - k -", inside the frame."""
    kids = " ".join(f"{3 + 2 * k} 0 R" for k in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids.encode(), n)]  # fmt: skip
    font = 3 + 2 * n
    for k in range(1, n + 1):
        stream = (
            b"0 0 842 595 re S 0 533 842 62 re S "
            b"BT /F1 20 Tf 40 555 Td (Title of slide %d) Tj ET "
            b"BT /F1 12 Tf 60 400 Td (Body text of the slide number %d) Tj ET "
            b"BT /F1 10 Tf 40 20 Td (Culture Bureau - %d -) Tj ET" % (k, k, k)
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font "
            b"<< /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, 4 + 2 * (k - 1))
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_file(objects)


def test_a_running_foot_inside_a_frame_round_the_page_is_furniture() -> None:
    """A slide deck draws each page in a box (its title in a band across the top) and its
    running foot inside it: the foot is furniture, as anywhere else (it had been kept as
    content, a cell's line of a table repeated on every page, each page's foot residue)."""
    doc = read_pdf(_framed_pages(4), "slides.pdf")
    feet = [ln for ln in doc.lines if ln.text.startswith("Culture Bureau")]
    assert len(feet) == 4 and all(ln.kind == LineKind.FURNITURE for ln in feet)
    body = [ln for ln in doc.lines if ln.text.startswith("Body text")]
    assert len(body) == 4 and all(ln.kind == LineKind.CONTENT for ln in body)
