"""The suite's fixed day: the market tests' clock, and the day a test that writes dates relative
to today runs on (the `on_the_suites_day` fixture gives it to every command through
LEVELSET_TODAY), so what it checks reads the same whatever the machine's date, a LEVELSET_TODAY
the shell set, or a run across midnight."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 5)
