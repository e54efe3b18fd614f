"""The `levelset` command: thin adapters that parse, call one core function, and print."""
