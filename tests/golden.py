"""Golden files: the whole output for each sample, compared exactly.

    python tests/golden.py            # show the differences
    python tests/golden.py --update   # show them, then rewrite the golden files

Update only after reading the diff against the document.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from extract.emit.write import report_files
from extract.pipeline import convert

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"

#: golden folder name -> input file
SAMPLES: dict[str, Path] = {
    "seoul-innovation-bureau-2021": ROOT / "samples" / "seoul-innovation-bureau-2021.txt",
}


def render(name: str) -> dict[str, str]:
    return report_files(convert(SAMPLES[name], name))


def differences(name: str) -> dict[str, list[str]]:
    """File -> unified diff lines (golden -> now), for files that differ."""
    out: dict[str, list[str]] = {}
    now = render(name)
    folder = GOLDEN / name
    names = sorted(set(now) | {p.name for p in folder.glob("*") if p.is_file()})
    for file in names:
        old_path = folder / file
        old = old_path.read_text(encoding="utf-8") if old_path.exists() else ""
        new = now.get(file, "")
        if old != new:
            out[file] = list(
                difflib.unified_diff(
                    old.splitlines(),
                    new.splitlines(),
                    f"golden/{name}/{file}",
                    f"now/{file}",
                    lineterm="",
                )
            )
    return out


def update(name: str) -> None:
    folder = GOLDEN / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*"):
        old.unlink()
    for file, text in render(name).items():
        (folder / file).write_text(text, encoding="utf-8", newline="")


def main(argv: list[str]) -> int:
    changed = False
    for name in SAMPLES:
        for file, lines in differences(name).items():
            changed = True
            print("\n".join(lines[:400]))
            if len(lines) > 400:
                print(f"... {len(lines) - 400} more diff lines in {file}")
        if "--update" in argv:
            update(name)
    if not changed:
        print("golden files are up to date")
    elif "--update" in argv:
        print("golden files updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
