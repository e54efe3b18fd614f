# Tasks; CI runs `bash .ci/run`, which installs everything and runs `make`-equivalent steps.
PY ?= .venv/bin/python

.PHONY: install test lint typecheck layers bench bench-report prebuilt patterns dataclasses model reads docs check soak

install:
	python3 -m venv .venv && .venv/bin/pip install -e '.[test,browser,postgres]'

test:
	$(PY) -m pytest

lint:
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m ruff format --check src tests benchmarks

typecheck:
	$(PY) -m mypy

layers:
	.venv/bin/lint-imports

bench:
	$(PY) -m benchmarks

bench-report:  # docs/performance.md's figures from benchmarks/out/results.json
	$(PY) -m benchmarks.report

prebuilt:  # the market store shipped prebuilt and its SQLite copy; after changing shipped data, tables, loaders or a twin
	$(PY) -m levelset.market.prebuild
	$(PY) -m levelset.shipped_yaml  # the shipped YAML maps as JSON; after changing one

patterns:  # the proof rules' regular expressions compiled ahead; after changing a rule
	$(PY) scripts/compile_patterns.py
	$(PY) -m levelset.shipped_yaml  # the shipped YAML maps as JSON, often edited with the rules

dataclasses:  # the dataclasses' methods compiled ahead; after adding or changing a dataclass
	$(PY) scripts/compile_dataclasses.py

model:  # the bullet scorer's weights marshalled; after editing bullet_model.json by hand (training does it)
	$(PY) -c "from levelset.proof.learned import write_compiled; write_compiled()"

reads:  # the store's reads, simple writes and a new database's schema compiled ahead for SQLite; after changing one, a table, the scoping or a migration
	$(PY) scripts/compile_reads.py

docs:
	$(PY) -m levelset.cli.docgen > docs/cli.md

check: lint typecheck layers test

# The reliability suites at full strength: 100+ kill -9 rounds, thousands more fuzz cases.
soak:
	LEVELSET_SOAK=1 $(PY) -m pytest tests/reliability -q
