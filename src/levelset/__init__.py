"""levelset: know your level, set your range, prove your impact, negotiate, and measure it."""

__version__ = "0.1.0"
