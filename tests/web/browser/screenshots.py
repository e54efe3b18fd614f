"""Screenshots of every page with headless chromium, to look at the layout by eye.

    .venv/bin/python -m tests.web.browser.screenshots OUTDIR [--width 1280] [--home DIR]

Uses the data under --home (default: $LEVELSET_HOME); writes one PNG per page.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from levelset.paths import Paths, user_dir
from tests.web.browser.conftest import CHROMIUM_ARGS, chromium_path
from tests.web.browser.server import access_cookie, live_server

PAGES = {
    "dashboard": "/",
    "market": "/market",
    "offers": "/offers",
    "negotiation": "/negotiation",
    "proof": "/proof",
    "tracking": "/tracking",
    "ladder": "/ladder",
    "equity": "/equity",
    "board": "/board",
    "plan": "/plan",
    "playbook": "/playbook",
    "error": "/no/such/page",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--extra", nargs="*", default=[], help="name=/path pairs")
    parser.add_argument("--height", type=int, default=0, help="clip to this height (0: all)")
    args = parser.parse_args()
    paths = Paths(args.home).ensure() if args.home else Paths(user_dir(os.environ)).ensure()
    pages = {k: v for k, v in PAGES.items() if not args.only or k in args.only}
    pages.update(dict(item.split("=", 1) for item in args.extra))
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with live_server(paths) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 900})
        page.context.add_cookies([access_cookie(url)])
        for name, path in pages.items():
            page.goto(url + path)
            target = str(args.out / f"{name}-{args.width}.png")
            if args.height:
                clip = {"x": 0, "y": 0, "width": args.width, "height": args.height}
                page.screenshot(path=target, full_page=True, clip=clip)
            else:
                page.screenshot(path=target, full_page=True)
            print(args.out / f"{name}-{args.width}.png")
        browser.close()


if __name__ == "__main__":
    main()
