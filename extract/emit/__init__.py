"""Writers: report.json and one CSV per table, written all or nothing."""

from extract.emit.write import write_report

__all__ = ["write_report"]
