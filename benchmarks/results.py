"""benchmarks/out/results.json: every module's figures with the machine they were measured on.

The file holds `{"runs": {module: machine and time}, "figures": [figure, ...]}`, each figure
naming its module; running some modules replaces only their figures. A file in the older
shape (a bare list of figures) is read as figures of an unknown run.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure

RESULTS = Path(__file__).parent / "out" / "results.json"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Results:
    runs: dict[str, dict[str, Any]] = field(default_factory=dict)
    figures: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Results:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        if isinstance(data, list):
            return cls({}, [{"module": UNKNOWN} | row for row in data])
        return cls(dict(data.get("runs", {})), list(data.get("figures", [])))

    def replace(self, module: str, figures: list[Figure], run: dict[str, Any]) -> Results:
        kept = [row for row in self.figures if row.get("module") != module]
        new = [asdict(f) | {"ratio": f.ratio, "module": module} for f in figures]
        return Results(self.runs | {module: run}, kept + new)

    def modules(self) -> list[str]:
        """Modules in the order their figures appear."""
        return list(dict.fromkeys(row.get("module", UNKNOWN) for row in self.figures))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        ratios_safe = [row | {"ratio": _finite(row.get("ratio"))} for row in self.figures]
        data = {"runs": self.runs, "figures": ratios_safe}
        path.write_text(json.dumps(data, indent=2, default=str) + "\n")


def _finite(value: Any) -> Any:
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return None
    return value
