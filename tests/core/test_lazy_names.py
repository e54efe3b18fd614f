"""The core packages give their public names on first use (start-up, issue 15): every name of
`__all__` resolves to its module's object, and importing one module loads no sibling it does
not import itself."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PACKAGES = (
    "charts", "leveling", "narrative", "negotiation", "offers", "plan", "playbook", "practice",
    "proof", "tracking",
)  # fmt: skip


@pytest.mark.parametrize("name", PACKAGES)
def test_every_public_name_resolves_to_its_modules_object(name: str) -> None:
    package = importlib.import_module(f"levelset.{name}")
    for public in package.__all__:
        value = getattr(package, public)
        module = importlib.import_module(value.__module__) if hasattr(value, "__module__") else None
        if module is not None and module.__name__.startswith(f"levelset.{name}."):
            assert getattr(module, public, value) is value, f"levelset.{name}.{public}"
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018


def test_a_from_import_of_the_package_still_works() -> None:
    from levelset.proof import Bullet, analyse
    from levelset.tracking import Event, threads

    assert Bullet.__name__ == "Bullet" and callable(analyse)
    assert Event.__name__ == "Event" and callable(threads)  # the function, not the module


def test_importing_one_module_does_not_load_the_package() -> None:
    code = (
        "import sys; import levelset.proof.model, levelset.tracking.events; "
        "print(sorted(m for m in ('levelset.proof.quantities', 'levelset.proof.importing', "
        "'levelset.tracking.metrics', 'levelset.tracking.csv_import') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
