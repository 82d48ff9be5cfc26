"""Forms of the genre met in a 특례시's 교통국 (LibreOffice PDF, its plan one table), a 자치구's
복지국 (text with full-width punctuation, "가．" items) and a 도's 소방본부 (Chromium PDF, running
headers, a 세부사업 table over two pages): what each must give, worked out from its lines,
and what had been lost or misread before."""

from __future__ import annotations

import pytest

from tests.test_other_bodies import SUMMARY_BY_COLUMNS, _text

# --- an audit summary whose columns are the categories ------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("구 분      계      시정요구      처리요구      건 의",
         [("total", "계"), ("correction", "시정요구"), ("correction", "처리요구"),
          ("suggestion", "건의")]),
        ("구 분      계      시 정      주 의      권 고",
         [("total", "계"), ("correction", "시정"), ("other", "주의"), ("suggestion", "권고")]),
    ],
)  # fmt: skip
def test_a_summary_of_categories_as_columns_spaced_or_long(
    head: str, expected: list[tuple[str, str]]
) -> None:
    """"구 분 | 계 | 시정요구 | 처리요구 | 건 의" and "… | 시 정 | 주 의 | 권 고" over rows 건 수,
    완 료, 추진중: the categories' words spaced out or written long are the columns (the rows
    had been taken for categories: "unknown category '건수'", no summary)."""
    text = SUMMARY_BY_COLUMNS.replace("구 분      계      시정      처리      건의", head)
    report = _text(text)
    got = [(s.category, s.category_raw, s.total, s.completed, s.in_progress)
           for s in report.audit_summary]  # fmt: skip
    counts = [(6, 4, 2), (2, 2, 0), (3, 1, 2), (1, 1, 0)]
    assert got == [(*e, *c) for e, c in zip(expected, counts, strict=True)]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]
