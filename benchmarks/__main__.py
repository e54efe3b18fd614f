"""`python -m benchmarks [NAME...]`: run every bench_*.py module (or the named ones).

Each module has `run() -> list[Figure]`. Results print as a table and are written to
benchmarks/out/results.json so docs/performance.md can quote them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from dataclasses import asdict
from pathlib import Path

from benchmarks.harness import Figure

HERE = Path(__file__).parent


def modules(names: list[str]) -> list[str]:
    found = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if not names:
        return found
    return [m for m in found if any(n in m for n in names)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "names", nargs="*", help="run only benchmarks whose module name contains these"
    )
    args = parser.parse_args()
    figures: list[Figure] = []
    for name in modules(args.names):
        print(f"== {name}", file=sys.stderr, flush=True)
        figures.extend(importlib.import_module(f"benchmarks.{name}").run())
    _print(figures)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    rows = [asdict(f) | {"ratio": f.ratio} for f in figures]
    (out / "results.json").write_text(json.dumps(rows, indent=2))
    return 0


def _print(figures: list[Figure]) -> None:
    header = f"{'figure':48} {'value':>14} {'baseline':>30} {'ratio':>9}  goal"
    print(header)
    print("-" * len(header))
    for f in figures:
        verdict = {True: "met", False: "NOT MET", None: ""}[f.met]
        base = f"{f.baseline_name} {f.baseline_value:.4g}"
        value = f"{f.value:>10.4g} {f.unit:3}"
        print(f"{f.name:48} {value} {base:>30} {f.ratio:>8.1f}x  {f.target} {verdict}")


if __name__ == "__main__":
    sys.exit(main())
