"""`python -m levelset ...`: the same command line as `levelset ...`."""

from levelset.cli.main import run

run()
