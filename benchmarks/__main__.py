"""`python -m benchmarks [NAME...]`: run every bench_*.py module (or the named ones).

Each module has `run() -> list[Figure]`. Results print as a table and are kept in
benchmarks/out/results.json (the figures of modules not run this time are kept as they were,
each module with the machine and load it was measured under); `python -m benchmarks.report`
turns that file into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from benchmarks.harness import Figure, machine
from benchmarks.results import RESULTS, Results

HERE = Path(__file__).parent


def modules(names: list[str]) -> list[str]:
    """The bench modules a command line names: a name that is a module's own (`import` is
    bench_import, not also bench_track_import) picks that module; another picks every module
    whose name contains it (`track`)."""
    found = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if not names:
        return found
    picked: set[str] = set()
    for name in names:
        own = name if name.startswith("bench_") else f"bench_{name}"
        picked |= {own} if own in found else {m for m in found if name in m}
    return [m for m in found if m in picked]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "names",
        nargs="*",
        help="run only these benchmarks: a module's own name (import: bench_import), else every "
        "module whose name contains it (track)",
    )
    args = parser.parse_args()
    results = Results.load(RESULTS)
    failed = []
    for name in modules(args.names):
        print(f"== {name}", file=sys.stderr, flush=True)
        before = machine()
        try:
            figures = importlib.import_module(f"benchmarks.{name}").run()
        except Exception:  # one broken module must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
            continue
        run = before | {
            "load_average_after": machine()["load_average"],
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        results = results.replace(name, figures, run)
        _print(name, figures)
        results.save(RESULTS)  # after each module: a later failure keeps what was measured
    if failed:
        print(f"\nFAILED (figures kept from earlier runs): {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def _print(module: str, figures: list[Figure]) -> None:
    print(f"\n{module}")
    for f in figures:
        verdict = {True: "met", False: "NOT MET", None: "reported"}[f.met]
        print(f"  {f.name}")
        cpu = "" if f.cpu is None else f" (CPU {f.cpu:.4g})"
        base_cpu = "" if f.baseline_cpu is None else f" (CPU {f.baseline_cpu:.4g})"
        print(
            f"    {f.value:.4g} {f.unit}{cpu}   baseline {f.baseline_name} "
            f"{f.baseline_value:.4g}{base_cpu}   ratio {f.ratio:.3g}x   goal: {f.target}: {verdict}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
