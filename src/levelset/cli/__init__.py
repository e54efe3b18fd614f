"""The `levelset` command: thin adapters that parse, call one core function, and print."""

from levelset import dataclass_code

dataclass_code.install()  # before any command module makes its classes
