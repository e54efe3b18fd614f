"""Where the focus lands after a page load.

A browser applies `autofocus` in its next rendering step, which can come after the load event
that Playwright waits for; so the check waits (a few seconds at most) for the focus to arrive
instead of reading it once."""

from __future__ import annotations

from typing import Any

_MATCHES = "(sel) => { const a = document.activeElement; return !!a && a.matches(sel); }"


def assert_focus_on(page: Any, selector: str, timeout_ms: int = 5000) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(_MATCHES, arg=selector, timeout=timeout_ms)
    except PlaywrightTimeout:
        focused = page.evaluate(
            "() => { const a = document.activeElement;"
            " return a ? a.outerHTML.slice(0, 120) : null; }"
        )
        raise AssertionError(f"the focus is not on {selector} but on {focused}") from None
