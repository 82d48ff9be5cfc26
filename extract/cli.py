"""The ``bogoseo`` command: click commands only; the work is in the library."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click

from extract import __version__
from extract.errors import BogoseoError

#: exit codes (see README "When input is bad")
EXIT_OK = 0
EXIT_CHECKS_FAILED = 1
EXIT_USAGE = 2
EXIT_FILE_FAILED = 3

#: file endings picked up when a folder is given
REPORT_SUFFIXES = (".txt", ".pdf", ".text")


def expand_inputs(inputs: Iterable[str]) -> list[Path]:
    """Files, folders (their report files, recursively) and globs -> sorted files."""
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found += sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in REPORT_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif any(ch in item for ch in "*?["):
            found += sorted(f for f in Path().glob(item) if f.is_file())
        else:
            found.append(p)
    return list(dict.fromkeys(found))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bogoseo")
def main() -> None:
    """bogoseo (보고서): Korean work reports (주요업무보고) to validated JSON and CSV.

    \b
    Example:
      bogoseo convert samples/ --out out/
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Output folder: one sub-folder per report.",
)
@click.option("--strict", is_flag=True, help="Exit 1 when any cross-check fails.")
@click.option(
    "--excel",
    is_flag=True,
    help="CSV for Excel: UTF-8 with BOM, cells that would start a formula made inert.",
)
def convert(inputs: tuple[str, ...], out_dir: str, strict: bool, excel: bool) -> None:
    """Convert report files (text or PDF) into OUT/<report_id>/.

    INPUTS are files, folders (searched for .txt and .pdf) or glob patterns.
    Each report gets report.json and one CSV per table; a one-line summary
    per file is printed.

    \b
    Examples:
      bogoseo convert samples/seoul-innovation-bureau-2021.txt --out out/
      bogoseo convert reports/ --out dataset/ --strict
    """
    from extract.emit import write_report
    from extract.pipeline import convert as convert_file
    from extract.pipeline import report_id_for

    files = expand_inputs(inputs)
    if not files:
        raise click.UsageError("no report files found in the inputs (looked for .txt and .pdf)")
    ids: dict[str, int] = {}
    for f in files:
        ids[report_id_for(f)] = ids.get(report_id_for(f), 0) + 1
    failed_files = 0
    failed_checks = 0
    for f in files:
        rid = report_id_for(f)
        if ids[rid] > 1:  # same stem, other format: keep both
            rid = f"{rid}-{f.suffix.lstrip('.').lower()}"
        try:
            report = convert_file(f, rid)
            target = write_report(report, out_dir, excel=excel)
        except BogoseoError as exc:
            failed_files += 1
            click.echo(f"{f}: error: {exc.reason}", err=True)
            continue
        except Exception as exc:  # a bug must not hide the other files' results
            failed_files += 1
            click.echo(
                f"{f}: error: internal error ({type(exc).__name__}: {exc}); "
                "please report it with the file",
                err=True,
            )
            continue
        fails = sum(1 for c in report.validation if not c.passed)
        failed_checks += fails
        found = sum(1 for s in report.sections if s.found and s.key != "other")
        known = sum(1 for s in report.sections if s.key != "other")
        records = sum(s.records for s in report.sections)
        click.echo(
            f"{f}: {found}/{known} sections, {records} records, checks "
            f"{len(report.validation) - fails} passed / {fails} failed, "
            f"residue {len(report.residue)} lines -> {target}"
        )
    if failed_files:
        sys.exit(EXIT_FILE_FAILED)
    if strict and failed_checks:
        sys.exit(EXIT_CHECKS_FAILED)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--stage",
    type=click.Choice(["lines", "sections", "residue", "checks"]),
    default="sections",
    show_default=True,
    help="Which intermediate stage to show.",
)
def debug(file: str, stage: str) -> None:
    """Show an intermediate stage of the pipeline for FILE.

    \b
    lines     every line: number, page, kind, normalized text
    sections  the sections found and their line ranges
    residue   content lines no parser used
    checks    every cross-check, passed or failed

    \b
    Example:
      bogoseo debug samples/seoul-innovation-bureau-2021.txt --stage residue
    """
    from extract.pipeline import convert as convert_file
    from extract.pipeline import read_bytes
    from extract.sections import split_sections

    try:
        if stage in ("lines", "sections"):
            doc = read_bytes(Path(file).read_bytes(), Path(file).name)
            if stage == "lines":
                for ln in doc.lines:
                    page = "" if ln.page is None else f"p{ln.page}"
                    click.echo(f"{ln.no:6} {page:>4} {ln.kind.value:9} {ln.text}")
                return
            sections = split_sections(doc.lines)
            for key, s in sections.found.items():
                click.echo(f"{key:15} lines {s.span.first}-{s.span.last}  {s.title}")
            for s in sections.others:
                click.echo(f"{'(other)':15} lines {s.span.first}-{s.span.last}  {s.title}")
            return
        report = convert_file(file)
    except BogoseoError as exc:
        click.echo(f"{file}: error: {exc.reason}", err=True)
        sys.exit(EXIT_FILE_FAILED)
    if stage == "residue":
        for r in report.residue:
            click.echo(f"{r.line:6} {r.text}")
    else:
        for c in report.validation:
            click.echo(f"{'ok  ' if c.passed else 'FAIL'} {c.check:40} {c.detail}")


@main.command()
@click.option(
    "--out",
    "out_dir",
    default="schemas",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the JSON Schema files.",
)
def schema(out_dir: str) -> None:
    """Write the JSON Schema of report.json (and of each table row) to OUT.

    \b
    Example:
      bogoseo schema --out schemas/
    """
    from schemas.generate import write_schemas

    for path in write_schemas(Path(out_dir)):
        click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
