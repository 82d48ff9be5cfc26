"""The ``bogoseo`` command: click commands only; the work is in the library."""

from __future__ import annotations

import os
import select
import stat
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

import click

from extract import __version__
from extract.errors import BogoseoError, shown

if TYPE_CHECKING:
    from extract.batch import BatchResult, Event
    from extract.batch_types import Entry

#: exit codes (see README "Batch conversion")
EXIT_OK = 0
EXIT_CHECKS_FAILED = 1
EXIT_USAGE = 2
EXIT_FILE_FAILED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class _OneLineErrors(click.Group):
    """Every command ends in a one-line error, never a traceback: a file that cannot be
    read or converted exits 3 with its reason, a bug exits 3 with ``internal error``."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BogoseoError as exc:
            _fail(exc.reason, EXIT_FILE_FAILED)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError as exc:
            if not _stdout_gone():
                _internal_error(exc)
            # the reader stopped reading (``bogoseo debug ... | head``): stop quietly, as
            # a tool killed by SIGPIPE does, without a second error when Python flushes
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except Exception as exc:  # a bug: say so in one line, and how to report it
            _internal_error(exc)


def _internal_error(exc: Exception) -> NoReturn:
    detail = " ".join(str(exc).split())[:200]
    _fail(
        f"internal error ({type(exc).__name__}: {detail}); please report it with the "
        "command and the file",
        EXIT_FILE_FAILED,
    )


def _stdout_gone() -> bool:
    """Whether stdout is a pipe nobody reads any more (not some other pipe that broke,
    such as a batch worker's)."""
    try:
        fd = sys.stdout.fileno()
        if not stat.S_ISFIFO(os.fstat(fd).st_mode) or not hasattr(select, "poll"):
            return False
        poll = select.poll()
        poll.register(fd, select.POLLOUT)
        return any(events & select.POLLERR for _, events in poll.poll(0))
    except (OSError, ValueError):
        return False


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bogoseo")
def main() -> None:
    """bogoseo (보고서): Korean work reports (주요업무보고) to validated JSON and CSV.

    \b
    Example:
      bogoseo convert samples/ --out out/
    """


class Progress:
    """Batch progress on stderr: a bar redrawn in place on a terminal, log lines elsewhere."""

    LOG_EVERY = 10.0  # seconds between two log lines when stderr is not a terminal

    def __init__(self, stream: IO[str], tty: bool) -> None:
        self.stream = stream
        self.tty = tty
        self.total = 0
        self.done = 0
        self.failed = 0
        self.converted = 0
        self.to_convert = 0
        self.started = time.monotonic()
        self.last_log = self.started
        self.shown = False

    def status(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.converted / elapsed
        left = self.to_convert - self.converted
        eta = f"{_duration(left / rate)} left" if rate > 0 and left else ""
        return f"{self.done}/{self.total} files, {self.failed} failed, {rate:.1f} files/s" + (
            f", {eta}" if eta else ""
        )

    def bar(self) -> str:
        width = 24
        filled = width * self.done // max(self.total, 1)
        return f"[{'#' * filled}{'.' * (width - filled)}] {self.status()}"

    def clear(self) -> None:
        """Take the bar off the line before something else is printed."""
        if self.tty and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def draw(self) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + self.bar())
            self.stream.flush()
            self.shown = True
        elif time.monotonic() - self.last_log >= self.LOG_EVERY:
            self.stream.write(f"progress: {self.status()}\n")
            self.stream.flush()
            self.last_log = time.monotonic()


#: the stages `bogoseo debug` shows (the library's extract.debug.STAGES, without importing
#: the pipeline before a command runs)
DEBUG_STAGES = (
    "lines", "tables", "outline", "sections", "records", "mentions", "indicators", "plan_years",
    "residue", "checks",
)  # fmt: skip


def _duration(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on."""
    s = int(seconds + 0.5)
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


def _summary_line(entry: Entry, target: Path) -> str:
    passed = entry.checks - entry.failed_checks
    share = entry.domain_lines / entry.content_lines if entry.content_lines else 0.0
    return (
        f"{shown(entry.path)}: {entry.sections_found}/{entry.sections_known} roles, "
        f"{entry.records} records, checks {passed} passed / {entry.failed_checks} failed, "
        f"residue {entry.residue_lines} lines, domain {share:.0%} -> {shown(target)}"
    )


def _one_line(text: str) -> str:
    """A message on one line whatever it quotes (a reason may quote the file's text)."""
    return " ".join(text.splitlines())


def _show(event: Event, progress: Progress, out_dir: Path) -> BatchResult | None:
    """Render one batch event: summaries on stdout, errors, notes and progress on stderr."""
    from extract.batch import FileDone, Finished, Notice, Planned

    if isinstance(event, Planned):
        progress.total, progress.to_convert = event.total, event.to_convert
        progress.started = progress.last_log = time.monotonic()
    elif isinstance(event, FileDone):
        progress.done, progress.failed = event.done, event.failed
        progress.converted += not event.skipped
        entry = event.entry
        progress.clear()
        target = out_dir / entry.report_id
        if entry.outcome == "failed":
            click.echo(f"{shown(entry.path)}: error: {_one_line(entry.reason)}", err=True)
        elif event.skipped:
            click.echo(f"{_summary_line(entry, target)} (unchanged, skipped)")
        elif entry.outcome == "partial":
            click.echo(f"{_summary_line(entry, target)} (partial: {_one_line(entry.reason)})")
        else:
            click.echo(_summary_line(entry, target))
        progress.draw()
    elif isinstance(event, Notice):
        progress.clear()
        click.echo(f"note: {_one_line(event.message)}", err=True)
    elif isinstance(event, Finished):
        return event.result
    return None


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Batch folder: one sub-folder per report, manifest.json, combined tables.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (threads of the local Dask cluster).  [default: CPU cores]",
)
@click.option(
    "--timeout",
    # (a week at most: inf, nan or 1e300 seconds are no time limit a clock can set)
    type=click.FloatRange(min=0.1, max=7 * 24 * 3600),
    default=120.0,
    show_default=True,
    help="Seconds one file may take on a CPU of its own (with more --jobs than CPUs, each "
    "file gets its share of the clock); then its worker is killed and the file fails.",
)
@click.option(
    "--max-memory",
    "max_memory",
    type=click.IntRange(min=0),
    default=2048,
    show_default=True,
    help="Address-space limit of each worker in MB (Linux); 0 for none.",
)
@click.option("--strict", is_flag=True, help="Exit 1 when any cross-check fails.")
@click.option(
    "--excel",
    is_flag=True,
    help="CSV for Excel: UTF-8 with BOM, cells that would start a formula made inert.",
)
@click.option("--force", is_flag=True, help="Convert every input again, changed or not.")
@click.option(
    "--format",
    "formats",
    type=click.Choice(["csv", "parquet"]),
    multiple=True,
    help="Also write the combined tables in this format (CSV is always written).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: worker processes on this machine; dask: a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://HOST:8786); without it a local cluster is started.",
)
def convert(
    inputs: tuple[str, ...],
    out_dir: str,
    jobs: int | None,
    timeout: float,
    max_memory: int,
    strict: bool,
    excel: bool,
    force: bool,
    formats: tuple[str, ...],
    engine: str,
    scheduler: str | None,
) -> None:
    """Convert report files (text or PDF) into the batch folder OUT.

    INPUTS are files, folders (searched recursively for .txt, .pdf, .hwpx and .hwp) or
    glob patterns.  Each report gets OUT/<report_id>/ with report.json and one
    CSV per table; OUT also gets manifest.json, one combined CSV per table
    (all reports), reports.csv and datapackage.json.  A one-line summary per
    file goes to stdout, progress to stderr.  Files unchanged since the last
    run into OUT are skipped; an interrupted run is completed by running the
    same command again.

    Exit status: 0 all converted, 1 a cross-check failed (with --strict),
    2 the batch could not run, 3 a file failed.

    \b
    Examples:
      bogoseo convert samples/seoul-innovation-bureau-2021.txt --out out/
      bogoseo convert reports/ --out dataset/ --jobs 4 --strict
      bogoseo convert 'reports/**/*.pdf' --out dataset/ --format parquet --excel
      bogoseo convert reports/ --out /shared/dataset --engine dask --scheduler tcp://head:8786
    """
    from extract.batch import find_inputs, run_batch
    from extract.batch_types import BatchOptions
    from extract.errors import BatchError

    if scheduler and engine != "dask":
        _fail("--scheduler is for the Dask engine: add --engine dask")
    if not out_dir.strip():
        _fail("--out is empty: name the output folder, e.g. --out dataset/")
    if timeout != timeout:  # (nan passes any range: no limit at all)
        _fail("--timeout is no number of seconds: give one, e.g. --timeout 120")
    # (a path mistyped is the command's mistake: nothing is written, a folder made by an
    # earlier run is kept whole)
    missing = [i for i in inputs if not Path(i).exists() and not any(c in i for c in "*?[")]
    if missing:
        _fail(f"no such file or folder: {missing[0]}; check the path (nothing was written)")
    files = find_inputs(inputs)
    if not files:
        _fail(
            "no report files found in the inputs (folders are searched for .txt, .pdf, "
            ".hwpx and .hwp); check the paths"
        )
    options = BatchOptions(
        jobs=jobs or 0,
        timeout=timeout,
        max_memory_mb=max_memory or None,
        excel=excel,
        force=force,
        formats=("csv", *formats),
        engine="dask" if engine == "dask" else "local",
        scheduler=scheduler,
    )
    progress = Progress(sys.stderr, sys.stderr.isatty())
    result = None
    events = run_batch(files, out_dir, options)
    try:
        for event in events:
            result = _show(event, progress, Path(out_dir)) or result
    except BatchError as exc:  # before any file converted: bad options, unusable folder
        progress.clear()
        _fail(exc.reason, EXIT_USAGE)
    except BogoseoError as exc:  # a write failed after files converted (disk full ...)
        progress.clear()
        _fail(exc.reason, EXIT_FILE_FAILED)
    except KeyboardInterrupt:
        events.close()  # stops the workers and saves the manifest, now rather than at exit
        progress.clear()
        click.echo(
            "interrupted: finished files are kept; run the same command again to complete "
            "the batch",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    progress.clear()
    assert result is not None
    skipped = progress.done - progress.converted
    click.echo(
        f"{len(result.entries)} files: {result.count('ok')} ok, {result.count('partial')} "
        f"partial, {result.count('failed')} failed ({skipped} unchanged) in "
        f"{_duration(time.monotonic() - progress.started)}; combined tables, manifest.json "
        f"and datapackage.json in {shown(out_dir)}",
        err=True,
    )
    if result.count("failed"):
        sys.exit(EXIT_FILE_FAILED)
    if strict and result.failed_checks:
        sys.exit(EXIT_CHECKS_FAILED)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--db",
    default="reports.sqlite",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file; created if missing, reports already in it are replaced.",
)
def load(folder: str, db: str) -> None:
    """Load the combined tables of batch folder FOLDER into an SQLite database.

    Tables get their primary keys, foreign keys and indexes.  Loading the same
    reports again replaces their rows (one transaction), so nothing is
    duplicated; another folder's reports are added beside them.

    \b
    Example:
      bogoseo convert reports/ --out dataset/
      bogoseo load dataset/ --db reports.sqlite
      datasette reports.sqlite
    """
    from extract.batch import dataset_tables
    from extract.emit.sqlite import LoadError
    from extract.emit.sqlite import load as load_db
    from extract.errors import BatchError

    try:
        loaded = load_db(db, dataset_tables(folder))
    except BatchError as exc:
        _fail(exc.reason)
    except LoadError as exc:
        _fail(str(exc))
    rows = sum(n for name, n in loaded.inserted.items() if name != "reports")
    click.echo(
        f"{db}: loaded {loaded.reports} reports ({rows} rows in {len(loaded.inserted) - 1} "
        f"tables) from {folder}; the database holds {loaded.total['reports']} reports"
    )


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--stage",
    type=click.Choice(list(DEBUG_STAGES)),
    default="sections",
    show_default=True,
    help="Which intermediate stage to show.",
)
def debug(file: str, stage: str) -> None:
    """Show an intermediate stage of the pipeline for FILE.

    \b
    lines       every line: number, page, kind, normalized text
    tables      every table: size, headers, unit; each cell with its header paths
    outline     the outline tree: kind, marker, role, title
    sections    the sections found by role and their line ranges
    records     how many records each table of the genre got
    mentions    amounts, counts, rates and dates found in the prose
    indicators  performance indicators' figures: kind, year, raw, name, where read
    plan_years  investment plans' amounts: period, year, source, raw, project, where read
    residue     content lines in neither the outline nor a table
    checks      every cross-check, passed or failed

    \b
    Example:
      bogoseo debug samples/seoul-innovation-bureau-2021.txt --stage outline
    """
    from extract import debug as show
    from extract.layout import layout
    from extract.pipeline import convert as convert_file
    from extract.pipeline import refine
    from extract.read import file_problem, read_bytes
    from extract.sections import assign_roles, sections_by_role
    from extract.title_roles import TITLES

    problem, _ = file_problem(Path(file))
    if problem:
        click.echo(f"{shown(file)}: error: {problem}", err=True)
        sys.exit(EXIT_FILE_FAILED)
    try:
        if stage in ("lines", "tables", "outline", "sections"):
            doc = refine(read_bytes(Path(file).read_bytes(), Path(file).name))
            for _, message in doc.problems:
                click.echo(f"{shown(file)}: warning: {message}", err=True)
            if stage == "lines":
                out = show.show_lines(doc)
            else:
                lay = layout(doc, TITLES)
                assign_roles(lay.outline)
                out = (
                    show.show_tables(lay) if stage == "tables"
                    else show.show_outline(lay) if stage == "outline"
                    else show.show_sections(sections_by_role(lay.outline, doc.lines))
                )  # fmt: skip
        else:
            report = convert_file(file)
            for w in report.warnings:
                if w.code.startswith("read."):
                    click.echo(f"{shown(file)}: warning: {w.message}", err=True)
            out = {
                "records": show.show_records,
                "mentions": show.show_mentions,
                "indicators": show.show_indicators,
                "plan_years": show.show_plan_years,
                "residue": show.show_residue,
                "checks": show.show_checks,
            }[stage](report)
        for line in out:
            click.echo(line)
    except BogoseoError as exc:
        click.echo(f"{shown(file)}: error: {exc.reason}", err=True)
        sys.exit(EXIT_FILE_FAILED)


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

    try:
        written = write_schemas(Path(out_dir))
    except OSError as exc:
        _fail(f"cannot write the schemas into {out_dir} ({exc.strerror or exc}); name a folder "
              "you can write, e.g. --out schemas/")  # fmt: skip
    for path in written:
        click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
