"""bogoseo: Korean local-government work reports (주요업무보고) to validated data.

>>> from extract import convert, write_report          # doctest: +SKIP
>>> report = convert("samples/seoul-innovation-bureau-2021.txt")
>>> write_report(report, "out/")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bogoseo")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

__all__ = ["__version__", "convert", "write_report"]


def __getattr__(name: str) -> object:
    # the pipeline imports every parser: load it on first use, not on `import extract`
    if name == "convert":
        from extract.pipeline import convert

        return convert
    if name == "write_report":
        from extract.emit import write_report

        return write_report
    raise AttributeError(name)
