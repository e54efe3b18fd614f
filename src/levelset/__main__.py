"""`python -m levelset ...`: the same command line as `levelset ...`."""

from levelset.cli.main import run

if __name__ == "__main__":  # imported (a tool that imports every module), it runs nothing
    run()
