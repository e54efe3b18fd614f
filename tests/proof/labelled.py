"""The labelled set: bullets and stories with the features a careful reader sees in them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from levelset.proof.features import Features, extract
from levelset.proof.model import Origin, Story

HERE = Path(__file__).parent / "labelled"
BOOLEAN_FEATURES = ("has_metric", "leadership", "cross_team", "ml")


@dataclass(frozen=True)
class Example:
    text: str
    labels: dict[str, Any]


def examples(which: str = "tuned") -> list[Example]:
    """The tuned set (bullets and stories the rules were written against) or the holdout set."""
    if which == "holdout":
        rows = yaml.safe_load((HERE / "holdout.yaml").read_text())["bullets"]
        return [Example(b["text"], b["labels"]) for b in rows]
    bullets = yaml.safe_load((HERE / "bullets.yaml").read_text())["bullets"]
    stories = yaml.safe_load((HERE / "stories.yaml").read_text())["stories"]
    found = [Example(b["text"], b["labels"]) for b in bullets]
    for s in stories:
        story = Story(
            s["title"], Origin("stories.yaml"), s["situation"], s["task"], s["action"], s["result"]
        )
        found.append(Example(story.text, s["labels"]))
    return found


def predicted(features: Features) -> dict[str, Any]:
    return {
        "has_metric": features.has_metric,
        "leadership": features.has_leadership,
        "cross_team": features.has_cross_team,
        "ml": features.has_ml_proof,
        "wording": features.wording.value,
        "scope": features.scope.value,
    }


def precision_recall(
    name: str, value: Any = True, which: str = "tuned"
) -> tuple[float, float, int]:
    """Precision and recall of `name == value` over a labelled set, and the support."""
    tp = fp = fn = 0
    for example in examples(which):
        got = predicted(extract(example.text))[name] == value
        want = example.labels[name] == value
        tp += got and want
        fp += got and not want
        fn += want and not got
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fn


def table(which: str = "tuned") -> list[tuple[str, float, float, int]]:
    """(feature, precision, recall, support) for every feature and class, as in docs/proof.md."""
    rows = [(name, *precision_recall(name, True, which)) for name in BOOLEAN_FEATURES]
    for value in ("outcome", "task", "activity"):
        rows.append((f"wording={value}", *precision_recall("wording", value, which)))
    for value in ("self", "team", "several_teams", "organisation", "company", "industry"):
        rows.append((f"scope={value}", *precision_recall("scope", value, which)))
    return rows


if __name__ == "__main__":  # python -m tests.proof.labelled prints the docs tables
    for which in ("tuned", "holdout"):
        print(f"\n{which} set ({len(examples(which))} items)\n")
        print("| feature | precision | recall | support |\n|---|---|---|---|")
        for name, p, r, n in table(which):
            print(f"| {name} | {p:.2f} | {r:.2f} | {n} |")
