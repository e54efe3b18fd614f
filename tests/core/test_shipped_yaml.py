"""The shipped YAML files read by libyaml hold exactly what PyYAML's Python safe loader reads."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from importlib import resources

import pytest
import yaml

from levelset import shipped_yaml

# every YAML file shipped beside the modules that read it through shipped_yaml
SHIPPED = [
    (package, entry.name)
    for package in ("levelset.market.curated", "levelset.offers")
    for entry in resources.files(package).iterdir()
    if entry.name.endswith(".yaml")
]


def test_the_shipped_files_are_found() -> None:
    assert len(SHIPPED) >= 4


@pytest.mark.parametrize(("package", "name"), SHIPPED)
def test_shipped_file_reads_the_same_as_the_python_loader(package: str, name: str) -> None:
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    assert shipped_yaml.parse(text) == yaml.safe_load(text)


def test_dates_and_numbers_keep_their_types() -> None:
    parsed = shipped_yaml.parse("as_of: 2025-01-19\nrate: 1.08\nrows: 12\nname: '007'\n")
    assert parsed == yaml.safe_load("as_of: 2025-01-19\nrate: 1.08\nrows: 12\nname: '007'\n")
    assert type(parsed["rate"]) is float and type(parsed["rows"]) is int


def test_the_prebuilt_json_reads_as_the_yaml_it_was_made_from() -> None:
    # an entry whose text changed since is never used (its key no longer matches), so a curated
    # map edited without `python -m levelset.shipped_yaml` is read as YAML: slower, not wrong
    prebuilt = json.loads(shipped_yaml.PREBUILT.read_text(encoding="utf-8"))
    made = shipped_yaml.twins()
    assert len(made) == len(shipped_yaml.shipped_texts())  # every shipped map has its twin
    for text in shipped_yaml.shipped_texts():
        if shipped_yaml.key(text) in prebuilt:
            assert prebuilt[shipped_yaml.key(text)] == made[shipped_yaml.key(text)]
            parsed, read = shipped_yaml.parse(text), yaml.safe_load(text)
            assert json.dumps(parsed, sort_keys=True) == json.dumps(read, sort_keys=True)


def test_every_shipped_map_has_a_current_twin() -> None:
    # a stale twin is never wrong (the map is read as YAML), but every command that reads it
    # pays PyYAML's import again: the package must ship the twins of the maps it ships
    prebuilt = json.loads(shipped_yaml.PREBUILT.read_text(encoding="utf-8"))
    stale = [t[:40] for t in shipped_yaml.shipped_texts() if shipped_yaml.key(t) not in prebuilt]
    assert not stale, (
        "shipped_yaml.json is stale: run `make patterns` (python -m levelset.shipped_yaml)"
    )


def test_a_shipped_file_is_read_without_pyyaml_and_another_text_as_yaml() -> None:
    probe = (
        "import sys\nfrom levelset.offers.currency import shipped_rates\nshipped_rates()\n"
        "print('yaml' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
    edited = "a: 1\nwhen: 2025-01-19\n"
    assert shipped_yaml.parse(edited) == {"a": 1, "when": dt.date(2025, 1, 19)}
