"""Rebuild src/levelset/data/prebuilt/dataclass_code.marshal: the dataclasses' methods compiled.

    PYTHONPATH=src python scripts/compile_dataclasses.py

Imports every module of levelset (each makes its classes at import) while recording the code
`dataclasses` runs for them and for the libraries they load (DuckDB, fpdf2, SQLAlchemy,
Typer...), and ships it for the Python that runs this script; on another Python the file is
ignored and the classes compile as usual. A library's code is shipped for the version installed
here: with another version its changed classes compile as usual. Run it after adding or
changing a dataclass (tests/core/test_dataclass_code.py fails while the file is stale).
"""

from __future__ import annotations

import importlib
import pkgutil

from levelset import dataclass_code

# libraries a command imports only when it runs (Rich's help and tracebacks, the server)
LAZY = ("rich.traceback", "rich.markdown", "uvicorn")


def modules() -> list[str]:
    """Every module of levelset, sub-packages included."""
    import levelset

    return sorted(m.name for m in pkgutil.walk_packages(levelset.__path__, prefix="levelset."))


def main() -> None:
    recorded = dataclass_code.record()
    for name in (*modules(), *LAZY):
        importlib.import_module(name)
    codes = {m: c for m, c in recorded.items() if m != "types"}  # types: make_dataclass's
    dataclass_code.write(codes)
    count = sum(len(c) for c in codes.values())
    print(
        f"{count} methods of {len(codes)} modules -> {dataclass_code.CODE} "
        f"({dataclass_code.CODE.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
