"""Use cases: one module per capability, each function one user action over a Workspace.

The doors (CLI, web, assistant) build a `Workspace` once at the edge and call these; they never
open the store or the market themselves. The core packages below stay pure: values in, values
out, no I/O, no clock, no environment.
"""

from levelset.app.workspace import Clock, FixedClock, Owner, SystemClock, Workspace

__all__ = ["Clock", "FixedClock", "Owner", "SystemClock", "Workspace"]
