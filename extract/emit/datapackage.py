"""``datapackage.json``: a Frictionless Data Package (v2) describing the combined CSVs.

One resource per combined table with its Table Schema: field types, Korean
and English descriptions (from the pydantic ``Field(description=...)`` where
there is one, completed here where it is missing or in one language only),
units, primary keys and foreign keys.  Validate it with
``frictionless validate DIR/datapackage.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import regex

from extract import __version__
from extract.emit.combined import SPECS, Column, Stage, TableSpec, atomic_write
from schemas import SCHEMA_VERSION

PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
#: the JSON Schema of report.json, copied into the batch folder
REPORT_SCHEMA = "report.schema.json"

_HANGUL = regex.compile(r"\p{Hangul}")
_LATIN = regex.compile(r"[A-Za-z]{2,}")

#: (English, 한국어) for columns, by name; "table.column" entries win over plain names
TEXTS: dict[str, tuple[str, str]] = {
    "report_id": ("report identifier: the output folder name", "보고서 식별자(출력 폴더 이름)"),
    "report_year": ("year of the report (from its budget)", "보고서 연도"),
    "report_bureau": ("bureau that made the report", "보고 실·국"),
    "seq": ("order of the record within its report", "순번"),
    "line_start": ("first source line (1-based)", "원문 시작 줄"),
    "line_end": ("last source line", "원문 끝 줄"),
    "page_start": ("first page (PDF)", "시작 쪽"),
    "page_end": ("last page (PDF)", "끝 쪽"),
    "raw": ("the source text the record was read from", "원문"),
    "currency_unit": ("unit the table is written in, e.g. 천원", "단위"),
    "is_total": ("true for the total row (계)", "합계 행 여부"),
    "unit": ("division name, or 계 for the total", "구분"),
    "division": ("responsible division", "담당 부서"),
    "item": ("budget item (project) name", "사업명"),
    "budget_krw": ("budget, won", "예산(원)"),
    "budget_current_krw": ("current budget (budget + carry-over), won", "예산현액(원)"),
    "carryover_krw": ("amount carried over from last year, won", "사고이월액(원)"),
    "level": ("level: bureau, division, team (or item)", "단계"),
    "project_id": ('project card id "theme-card", e.g. 1-3', "과제 번호(주제-카드)"),
    "text": ("text of the line", "내용"),
    "category": ("audit category", "감사 구분"),
    "name": ("unit name", "조직명"),
    "organization.seq": ("order in the org chart", "순번"),
    "organization.parent": ("name of the unit above", "상위 조직"),
    "budget_summary.side": ("revenue (세입) or expenditure (세출), where the table says",
                            "세입·세출"),
    "budget_summary.prev_year": ("previous budget year", "전년도"),
    "budget_summary.prev_budget_krw": ("previous year's budget, won", "전년 예산(원)"),
    "policy_goals.area": ("column heading of the goal", "분야"),
    "staffing.authorized": ("authorized staff (persons)", "정원"),
    "staffing.current": ("current staff (persons)", "현원"),
    "staffing.is_total": ("true for a row that sums others: the 계, a 소계, a unit's figure "
                          "of all grades beside its grades' rows", "합계·소계 행 여부"),
    "staffing.grade": ("grade (3급, 6급, 연구관, 공무직); empty for all grades", "직급"),
    "staffing.employment": ("employment (정규직, 계약직, 공무직) as the report says", "고용형태"),
    "organization.unit_type": ("the unit word as printed: 국, 과, 담당관, 사업소, 팀, TF", "유형"),
    "organization.change_note": ("the change a bracket after the unit's name notes, as printed",
                                 "변동"),
    "projects.period_raw": ("project period (사업기간) as printed", "사업기간"),
    "projects.period_start": ("first day of the project period", "사업 시작일"),
    "projects.period_end": ("last day of the project period", "사업 종료일"),
    "projects.cost_label": ("the cost's label as printed (총사업비, 사업비, 예산)", "비용 구분"),
    "projects.cost_raw": ("the project's cost as printed", "사업비 원문"),
    "projects.cost_krw": ("the project's cost, won", "사업비(원)"),
    "projects.quantity_raw": ("how much of the work it does, as printed", "사업량"),
    "projects.quantity": ("the first count or measure of the quantity", "수량"),
    "projects.quantity_unit": ("that figure's unit as printed", "수량 단위"),
    "audit_findings.source": (
        "the follow-up section the finding is read from (행정사무감사, 민간위탁 감사)",
        "출처",
    ),
    "audit_findings.subject": (
        "what was audited: the entrusted service or facility (민간위탁 사업명)",
        "감사 대상",
    ),
    "audit_findings.auditee": ("the body audited (수탁기관)", "피감 기관"),
    "audit_findings.audited_raw": ("when it was audited, as printed", "감사(점검) 기간"),
    "audit_findings.audited_start": ("first day audited", "감사 시작일"),
    "audit_findings.audited_end": ("last day audited", "감사 종료일"),
    "staffing.as_of": ("reference date", "기준일"),
    "budget_summary.year": ("budget year", "당해연도"),
    "budget_summary.change_krw": (
        "change from last year (in a 추경 comparison, from the 기정예산), won (negative for △)",
        "증감(원)",
    ),
    "budget_summary.change_pct": (
        "change from last year (in a 추경 comparison, from the 기정예산), percent", "증감률(%)"
    ),
    "budget_summary.budget_basis": (
        "footing of the budget where its column says: 본예산, 추경, 최종, 계획", "예산 구분"
    ),
    "budget_summary.base_budget_krw": (
        "in a 추경 comparison of one year, the budget it amends (기정예산), won", "기정예산(원)"
    ),
    "functions.seq": ("order within the division", "부서 내 순번"),
    "functions.function": ("duty of the division", "주요기능"),
    "policy_goals.vision": ("vision", "비전"),
    "policy_goals.goal_no": ("goal number", "목표 번호"),
    "policy_goals.goal": ("policy goal", "정책목표"),
    "policy_goals.task_no": ("order within the goal", "과제 순번"),
    "policy_goals.task": ("core task", "핵심과제"),
    "projects.theme_no": ("theme number in Ⅲ", "추진계획 주제 번호"),
    "projects.theme": ("theme of Ⅲ", "추진계획 주제"),
    "projects.seq": ("card number within the theme", "주제 내 카드 번호"),
    "projects.title": ("project title", "사업(과제)명"),
    "projects.summary": ("the card's summary bullets, one per line", "요약"),
    "projects.division": ("responsible division, where the document shows it", "담당 부서"),
    "projects.division_evidence": ("how the division was derived", "담당 부서 판단 근거"),
    "projects.tags": ("status marks of the title (신규, 계속, 공약, ...)", "사업 구분"),
    "project_budgets.seq": ("row of the card's budget table", "예산표 행 순번"),
    "project_budgets.basis": ("what the amount is: 예산현액 or 예산액", "금액 기준"),
    "project_budgets.amount_krw": ("amount planned for the year, won", "금액(원)"),
    "project_budgets.q1_krw": ("planned for the 1st quarter, won", "1분기(원)"),
    "project_budgets.q2_krw": ("planned for the 2nd quarter, won", "2분기(원)"),
    "project_budgets.q3_krw": ("planned for the 3rd quarter, won", "3분기(원)"),
    "project_budgets.q4_krw": ("planned for the 4th quarter, won", "4분기(원)"),
    "project_budgets.notes": ("notes of the row", "비고"),
    "schedules.seq": ("line of the card's schedule", "추진일정 순번"),
    "schedules.task": ("scheduled task", "추진 내용"),
    "schedules.raw": ("the date as written", "원문 일정"),
    "schedules.start": ("first day of the period", "시작일"),
    "schedules.end": ("last day of the period (empty for an open range)", "종료일"),
    "schedules.precision": ("how precise the date is: day, month, quarter, half, year", "정밀도"),
    "schedules.approximate": ("true when the date is approximate (경, 중 ...)", "대략 여부"),
    "progress.seq": ("line of the project's 추진경과", "추진경과 순번"),
    "progress.task": ("what was done, as printed", "추진 내용"),
    "progress.raw": ("the date as written", "원문 일자"),
    "progress.start": ("first day of the period", "시작일"),
    "progress.end": ("last day of the period (empty for an open range)", "종료일"),
    "progress.precision": ("how precise the date is: day, month, quarter, half, year", "정밀도"),
    "progress.approximate": ("true when the date is approximate (경, 중 ...)", "대략 여부"),
    "budget_items.seq": ("row of the budget appendix", "순번"),
    "budget_items.division": ("division the item belongs to", "담당 부서"),
    "budget_items.code": ("the statistical object's code printed before the item's name",
                          "통계목 코드"),
    "budget_items.parent": (
        "row it adds up into: an item's division, a division's bureau or group", "상위 행"
    ),
    "budget_notes.text": ("the note as written", "주석 내용"),
    "budget_notes.seq": ("order of the note in the report", "순번"),
    "budget_notes.budget_krw": ("budget stated in the note, won", "예산(원)"),
    "budget_notes.budget_current_krw": ("current budget stated in the note, won", "예산현액(원)"),
    "audit_summary.seq": ("row of the audit summary table", "순번"),
    "audit_summary.category_raw": ("category as written", "구분 원문"),
    "audit_findings.category_raw": ("category as the report words it", "처분 구분 원문"),
    "audit_summary.total": ("findings in the category", "계(건)"),
    "audit_summary.completed": ("findings completed", "완료(건)"),
    "audit_summary.in_progress": ("findings in progress", "추진중(건)"),
    "audit_summary.under_review": ("findings under review", "검토중(건)"),
    "audit_summary.not_reflected": ("findings not reflected", "미반영(건)"),
    "audit_findings.no": ("order in the report", "순번"),
    "audit_findings.divisions": ('responsible divisions, ";"-joined', "담당 부서"),
    "audit_findings.finding": ("the finding", "지적(요구)사항"),
    "audit_findings.status": (
        "status: completed, in_progress, under_review, not_reflected",
        "추진상황",
    ),
    "audit_findings.status_raw": ("status as written", "추진상황 원문"),
    "audit_findings.actions": ("what was done or reviewed, one bullet per line", "추진내용"),
    "audit_findings.plans": ("what is planned, one bullet per line", "향후계획"),
    "audit_findings.demand": ("what the council demanded be done, apart from the finding",
                              "요구사항"),
    "stated_totals.seq": ("order of the stated total in the report", "순번"),
    "stated_totals.key": ("what is counted, e.g. organization.team", "집계 항목"),
    "stated_totals.value": ("the number stated", "명시된 수"),
    "stated_totals.unit": ("the counting word as written, e.g. 팀, 명, 건", "단위"),
    "validation.seq": ("order of the check in the report", "순번"),
    "validation.check": ("check code, e.g. budget_items.division_sum", "검증 항목"),
    "validation.passed": ("true when the numbers agree", "통과 여부"),
    "validation.expected": ("value expected", "기대값"),
    "validation.actual": ("value found", "실제값"),
    "validation.detail": ("what was compared", "설명"),
    "validation.lines": ('source lines involved, "n" or "first-last", ";"-joined', "관련 줄"),
    "warnings.seq": ("order of the warning in the report", "순번"),
    "warnings.code": ("warning code, e.g. section.missing", "경고 코드"),
    "warnings.message": ("what went wrong", "경고 내용"),
    "warnings.line_start": ("first source line, where known", "원문 시작 줄"),
    "warnings.line_end": ("last source line, where known", "원문 끝 줄"),
    "residue.line": ("source line in neither the outline nor a table", "원문 줄"),
    "residue.page": ("page (PDF)", "쪽"),
    "residue.text": ("text of the line", "내용"),
    "reports.source_file": ("input file as given to bogoseo convert", "입력 파일"),
    "reports.format": ("text or pdf", "파일 형식"),
    "reports.encoding": ("detected text encoding (text files)", "문자 인코딩"),
    "reports.sha256": ("SHA-256 of the input file", "입력 파일 SHA-256"),
    "reports.size_bytes": ("size of the input file", "파일 크기"),
    "reports.year": ("the report's year (this year's budget)", "보고서 연도"),
    "reports.bureau": ("the reporting bureau", "보고 실·국"),
    "reports.title": ("report title, where stated", "보고서 제목"),
    "reports.pages": ("pages (PDF)", "쪽수"),
    "reports.lines": ("lines of the input", "줄 수"),
    "reports.outcome": ("ok, partial (something unread) or failed", "변환 결과"),
    "reports.reason": ("why the outcome is partial or failed", "사유"),
    "reports.sections_found": ("roles of the genre found (of 13)", "찾은 역할 수"),
    "reports.records": ("records read", "레코드 수"),
    "reports.checks": ("cross-checks run", "검증 수"),
    "reports.failed_checks": ("cross-checks failed", "검증 실패 수"),
    "reports.warnings": ("parse warnings", "경고 수"),
    "reports.residue_lines": ("content lines in neither the outline nor a table", "미배치 줄 수"),
    "reports.content_lines": ("lines with text (not blank, not page furniture)", "내용 줄 수"),
    "reports.domain_lines": ("content lines a parser of the records used", "레코드 사용 줄 수"),
    "reports.tool_version": ("bogoseo version that converted the report", "변환 도구 버전"),
    # --- the structure: outline, tables, cells, mentions
    "outline.node": ("node number, in document order", "항목 번호"),
    "outline.parent": ("node number of the item above (empty at the top)", "상위 항목 번호"),
    "outline.level": ("depth in the tree: 1 for a top heading", "수준"),
    "outline.kind": ("heading, appendix, item, bullet, note, title, figure, ...", "항목 종류"),
    "outline.marker": ("the marker as printed (Ⅰ., 1-1, □, ○)", "기호"),
    "outline.number": ("the item's number (1, 1-2, 가)", "번호"),
    "outline.title": ("the text on the marker line", "제목"),
    "outline.text": ("title and wrapped continuation lines", "내용"),
    "outline.role": ("section role (general, plans, ...)", "역할"),
    "tables.table_id": ("table number, in document order", "표 번호"),
    "tables.node": ("the outline node the table stands under", "상위 항목 번호"),
    "tables.parent_table": ("the table in whose cell this one is drawn (nested)", "상위 표 번호"),
    "tables.parent_row": ("... the row of that cell", "상위 표 행"),
    "tables.parent_col": ("... the column of that cell", "상위 표 열"),
    "tables.caption": ("caption lines (unit, reference date)", "표 머리"),
    "tables.unit_raw": ("the unit as printed", "단위(원문)"),
    "tables.currency_unit": ("money unit of the table", "금액 단위"),
    "tables.count_unit": ("count unit of the table (명, 개소, ...)", "수량 단위"),
    "tables.as_of": ("reference date from the caption", "기준일"),
    "tables.header_rows": ("rows of column headers", "머리행 수"),
    "tables.row_header_cols": ("columns of row headers", "머리열 수"),
    "tables.n_rows": ("rows", "행 수"),
    "tables.n_cols": ("columns", "열 수"),
    "tables.inferred": ("true for a table inferred from aligned text rows", "추정 표 여부"),
    "table_cells.value2": ("the second figure of a cell that holds two", "둘째 값"),
    "table_cells.value2_unit": ("the unit of the second figure", "둘째 값 단위"),
    "table_cells.pair": ("what the two figures are (정원/현원)", "두 값의 이름"),
    "table_cells.table_id": ("the table", "표 번호"),
    "table_cells.row": ("0-based row of the cell's top-left corner", "행"),
    "table_cells.col": ("0-based column of the cell's top-left corner", "열"),
    "table_cells.row_span": ("rows the cell spans", "행 병합"),
    "table_cells.col_span": ("columns the cell spans", "열 병합"),
    "table_cells.is_header": ("true for a header cell", "머리칸 여부"),
    "table_cells.row_header": ('row header path, " / "-joined', "행 머리"),
    "table_cells.col_header": ('column header path, " / "-joined', "열 머리"),
    "table_cells.raw": ("the cell's text as read", "칸 내용"),
    "table_cells.value": ("the number the cell holds (won for money)", "값"),
    "table_cells.value_kind": ("krw, count, measure, percent, date or text", "값 종류"),
    "table_cells.value_krw": ("integer won, where the cell is money", "금액(원)"),
    "table_cells.date_start": ("first day, where the cell is a date", "시작일"),
    "table_cells.date_end": ("last day, where the cell is a date", "종료일"),
    "table_cells.measure_value": (
        "a measure's value in its base unit, exactly (area, length, weight, volume)",
        "측정값(기준 단위)",
    ),
    "table_cells.measure_unit": ("that base unit: ㎡, m, kg or ㎥", "기준 단위"),
    "mentions.seq": ("order of the mention in the report", "순번"),
    "mentions.node": ("the outline node whose text holds it", "항목 번호"),
    "mentions.kind": (
        "krw, count, measure, percent, date or text (a figure per a unit)", "종류"
    ),
    "mentions.raw": ("the text as written, e.g. 161억원", "원문"),
    "mentions.value": ("the number (won for money; empty for dates)", "값"),
    "mentions.value_krw": ("integer won, where it is money", "금액(원)"),
    "mentions.date_start": ("first day, where it is a date", "시작일"),
    "mentions.date_end": ("last day, where it is a date", "종료일"),
    "mentions.precision": ("date precision (day, month, ...)", "정밀도"),
    "mentions.char_start": ("offset of the mention in its outline node's text", "시작 위치"),
    "mentions.char_end": ("offset after the mention in its outline node's text", "끝 위치"),
    "mentions.context": ("the clause around it", "문맥"),
    "mentions.measure_value": (
        "a measure's value in its base unit, exactly (area, length, weight, volume)",
        "측정값(기준 단위)",
    ),
    "mentions.measure_unit": ("that base unit: ㎡, m, kg or ㎥", "기준 단위"),
    # --- the genre's records
    "budget_lines.seq": ("order of the amount in the report", "순번"),
    "budget_lines.unit": ("organisation unit, 계 for a total, or the body", "부서"),
    "budget_lines.account": ("일반회계, a 특별회계 or a 기금 by name", "회계"),
    "budget_lines.side": ("revenue (세입) or expenditure (세출)", "세입·세출"),
    "budget_lines.item": ("category where a table is by category", "항목"),
    "budget_lines.source": ("the funding source a column names (국비, 시비, 도비)", "재원"),
    "budget_lines.label": ("the column header as printed", "구분"),
    "budget_lines.basis": (
        "the state of the year's budget: 본예산, 기정, 추경 or 최종 (empty where unsaid)",
        "예산 구분",
    ),
    "budget_lines.year": ("the year the amount is for", "연도"),
    "budget_lines.amount_krw": ("amount, won", "금액(원)"),
    "budget_lines.table_id": ("the table the amount was read from", "표 번호"),
    "project_funding.seq": ("order of the source within the project", "순번"),
    "project_funding.source": ("the source as printed (국비, 시비, 구비, 기금, 민자)", "재원"),
    "project_funding.amount_krw": ("amount, won", "금액(원)"),
    "events.seq": ("order of the item in the report", "순번"),
    "events.event": ("the event or task as printed", "행사명, 추진과제"),
    "events.raw": ("the date as written", "기간, 시행일"),
    "events.start": ("first day of the period", "시작일"),
    "events.end": ("last day of the period (empty for an open range)", "종료일"),
    "events.precision": ("how precise the date is: day, month, quarter, half, year", "정밀도"),
    "events.approximate": ("true when the date is approximate (중, 둘째주 ...)", "대략 여부"),
    "events.place": ("where it is held, as printed", "장소"),
    "events.division": ("who runs it, as printed", "담당부서"),
    "indicators.seq": ("order of the figure in the report", "순번"),
    "indicators.node": ("the outline node it stands under", "항목 번호"),
    "indicators.project_id": ("the project card it stands in (empty for none)", "과제 번호"),
    "indicators.indicator": ("the indicator's name as printed", "지표명"),
    "indicators.unit": ("the figure's unit as printed (%, 명, 건, 점)", "단위"),
    "indicators.year": ("the year the figure is for", "연도"),
    "indicators.kind": ("target, actual, baseline or rate", "구분(목표·실적·기준치·달성률)"),
    "indicators.raw": ("the figure as printed", "원문"),
    "indicators.value": ("the number, exactly as printed", "값"),
    "indicators.table_id": ("the table it was read from (empty for a line)", "표 번호"),
    "indicators.row": ("0-based row of its cell", "행"),
    "indicators.col": ("0-based column of its cell", "열"),
    "plan_years.seq": ("order of the amount in the report", "순번"),
    "plan_years.node": ("the outline node it stands under", "항목 번호"),
    "plan_years.project": ("the plan's row name as printed (the project)", "사업명"),
    "plan_years.project_id": ("the project card of that name or holding the table", "과제 번호"),
    "plan_years.is_total": ("true for the plan's total over its projects (합계)", "합계 여부"),
    "plan_years.source": ("the funding source (국비, 시비, 민자); empty for a 계", "재원"),
    "plan_years.period": ("before (기투자), year, after (이후) or total (총사업비)", "기간 구분"),
    "plan_years.year": ("the year, for a period of kind year", "연도"),
    "plan_years.label": ("the column header as printed", "구분"),
    "plan_years.amount_krw": ("amount, won (a dash is 0)", "금액(원)"),
    "plan_years.currency_unit": ("unit the table is written in", "단위"),
    "plan_years.raw": ("the cell as printed", "원문"),
    "plan_years.table_id": ("the table it was read from", "표 번호"),
    "plan_years.row": ("0-based row of its cell", "행"),
    "plan_years.col": ("0-based column of its cell", "열"),
}

#: (English, 한국어) for tables
TABLE_TEXTS: dict[str, tuple[str, str]] = {
    "reports": ("one row per input file of the batch, failed ones included", "입력 파일별 보고서"),
    "organization": ("bureaus, divisions and teams (Ⅰ 조직현황)", "조직현황"),
    "staffing": ("authorized and current staff per division", "인력현황"),
    "budget_summary": ("this year's budget against last year's, per division", "예산현황"),
    "functions": ("duties of each division", "부서별 주요기능"),
    "policy_goals": ("core tasks under each policy goal (Ⅱ)", "정책목표와 핵심과제"),
    "projects": ("project cards of Ⅲ", "주요업무 추진계획"),
    "project_budgets": ("rows of each card's budget plan", "예산 집행계획"),
    "schedules": ("lines of each card's schedule", "추진일정"),
    "budget_items": ("rows of the detailed budget appendix", "세부사업 예산 현황"),
    "budget_notes": ("notes of the budget appendix", "예산 주석"),
    "audit_summary": ("counts of last year's audit findings by status", "행정사무감사 조치내역"),
    "audit_findings": (
        "last year's audit findings and how they were handled",
        "행정사무감사 처리결과",
    ),
    "stated_totals": ("totals the report states in its text", "본문에 명시된 합계"),
    "validation": ("cross-checks of the report's own arithmetic", "검증 결과"),
    "warnings": ("problems met while parsing", "변환 경고"),
    "residue": ("content lines in neither the outline nor a table", "미배치 원문 줄"),
    "budget_lines": ("every budget amount of the general section, in won", "예산 금액"),
    "project_funding": ("sources of each project's cost (국비, 시비, ...)", "사업비 재원"),
    "progress": ("dated steps each project has already taken (추진경과, 추진실적)", "추진경과"),
    "events": (
        "dated items of no project: events (주요행사 일정), tasks with their 시행일",
        "주요행사 일정, 과제별 시행일",
    ),
    "indicators": (
        "performance indicators' figures, one a row: targets, actuals, baselines, rates",
        "성과지표",
    ),
    "plan_years": (
        "multi-year investment plans' amounts, one a row: project, source and period",
        "연차별 투자계획",
    ),
    "outline": ("the report's outline: headings, numbered items, bullets", "목차 구조"),
    "tables": ("every table of the report with its caption and unit", "표 목록"),
    "table_cells": ("every table cell with its header paths and value", "표 칸"),
    "mentions": ("amounts, counts, rates and dates written in the prose", "본문 수치·날짜"),
}


def _bilingual(text: str) -> bool:
    return bool(_HANGUL.search(text)) and bool(_LATIN.search(text))


def describe(table: str, column: Column) -> str:
    """``English / 한국어`` for a column: the model's description, completed from TEXTS."""
    own = None
    if column.model is not None:
        own = column.model.model_fields[column.name].description
    en, ko = TEXTS.get(f"{table}.{column.name}") or TEXTS[column.name]
    if own is None:
        return f"{en} / {ko}"
    if _bilingual(own):
        return own
    if _HANGUL.search(own) and not _LATIN.search(own):
        return f"{en} / {own}"
    return f"{own} / {ko}"


def title(table: str, column: Column) -> str:
    """The Korean label of a column."""
    return (TEXTS.get(f"{table}.{column.name}") or TEXTS[column.name])[1]


def field_descriptor(table: str, column: Column) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": column.name,
        "type": column.kind,
        "title": title(table, column),
        "description": describe(table, column),
    }
    if column.kind == "boolean":
        out["trueValues"] = ["true"]
        out["falseValues"] = ["false"]
    if column.unit:
        out["unit"] = column.unit  # not in the spec's vocabulary; custom properties are allowed
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        out["constraints"] = constraints
    return out


def table_schema(spec: TableSpec) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "$schema": SCHEMA_PROFILE,
        "fields": [field_descriptor(spec.name, c) for c in spec.columns],
        "missingValues": [""],
        "primaryKey": list(spec.primary_key),
    }
    # a reference within the table (outline parent -> node) is null at the top, and the
    # validator cannot skip a partly null key: it is declared in SQLite only
    foreign = [fk for fk in spec.foreign_keys if fk.table != spec.name]
    if foreign:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {"resource": fk.table, "fields": list(fk.ref_fields)},
            }
            for fk in foreign
        ]
    return schema


def package(excel: bool = False) -> dict[str, Any]:
    """The Data Package descriptor of a batch folder's combined CSVs."""
    resources = []
    for name, spec in SPECS.items():
        en, ko = TABLE_TEXTS[name]
        resources.append(
            {
                "name": name,
                "type": "table",
                "path": f"{name}.csv",
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                # --excel adds a BOM, which UTF-8 readers (and frictionless) skip
                "encoding": "utf-8",
                "title": ko,
                "description": f"{en} / {ko}",
                "schema": table_schema(spec),
            }
        )
    return {
        "$schema": PACKAGE_PROFILE,
        "name": "bogoseo-work-reports",
        "title": "주요업무보고 데이터 (bogoseo)",
        "description": (
            "Korean local-government work reports (주요업무보고) converted by bogoseo: "
            "one table per kind of record across all reports, keyed by report_id. "
            "Amounts are integer won (KRW); every record carries its source lines. "
            "/ 지방자치단체 주요업무보고를 bogoseo로 변환한 표: 모든 보고서의 레코드를 "
            "종류별 표 하나로 모았으며 report_id로 구분한다. 금액은 원 단위 정수."
        ),
        "keywords": ["주요업무보고", "budget", "local government", "Korea"],
        "bogoseo": {
            "tool_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "excel": excel,
            # report.json in each <report_id>/ folder follows this JSON Schema
            "report_json_schema": REPORT_SCHEMA,
        },
        "resources": resources,
    }


def datapackage_files(excel: bool = False) -> dict[str, bytes]:
    """``datapackage.json`` and the JSON Schema of the report.json files, by file name."""
    from schemas.generate import schema_texts

    text = json.dumps(package(excel), ensure_ascii=False, indent=2) + "\n"
    return {
        "datapackage.json": text.encode("utf-8"),
        REPORT_SCHEMA: schema_texts()["report.schema.json"].encode("utf-8"),
    }


def write_datapackage(out_dir: Path, excel: bool = False, stage: Stage | None = None) -> list[Path]:
    """``OUT/datapackage.json`` and, beside it, the JSON Schema of the report.json files
    (staged with ``stage``: renamed into place by its commit)."""
    written = []
    for name, data in datapackage_files(excel).items():
        if stage is not None:
            written.append(stage.write(name, data))
        else:
            atomic_write(out_dir / name, data)
            written.append(out_dir / name)
    return written
