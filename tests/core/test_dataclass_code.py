"""Shipped dataclass methods: the same classes as `@dataclass` makes, none of levelset's
compiled at a cold start, and a stale or foreign file only ever slower (issue 15)."""

from __future__ import annotations
import __future__

import dataclasses
import decimal
import json
import marshal
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest

from levelset import dataclass_code

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = dataclass_code.read(dataclass_code.CODE)
needs_this_engine = pytest.mark.skipif(
    not SHIPPED, reason="the shipped code was written by another Python's bytecode"
)

# Counts the dataclass methods compiled for levelset's modules while a command's modules load.
PROBE = """
import builtins, json, sys
import levelset.cli
from levelset import dataclass_code
compiled_ = dataclass_code.compiled
ours = []

def counting(source):
    ours.append(sys._getframe(1).f_locals.get("module") or "")
    return compiled_(source)

dataclass_code.compiled = counting
import levelset.cli.app, levelset.app.plan_inputs, levelset.playbook.personal
import levelset.proof.report, levelset.market.report, levelset.app.tracking
import dataclasses
dataclasses.make_dataclass("NotShipped", ["a"])  # compiled: the count counts
print(json.dumps(sorted(set(ours))))
"""


@needs_this_engine
def test_loading_the_modules_of_a_command_compiles_no_dataclass_method() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True
    )
    compiled = json.loads(done.stdout)
    assert "types" in compiled  # make_dataclass's class: the count counts
    # a library's classes compile when its installed version differs from the one shipped for
    assert [m for m in compiled if m.startswith("levelset")] == []


@needs_this_engine
def test_the_shipped_code_is_current_for_every_dataclass() -> None:
    script = (
        "import runpy, json; ns = runpy.run_path('scripts/compile_dataclasses.py', "
        "run_name='check'); from levelset import dataclass_code; "
        "recorded = dataclass_code.record(); import importlib; "
        "[importlib.import_module(m) for m in ns['modules']()]; "
        "print(json.dumps({m: sorted(c) for m, c in recorded.items()}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    made = json.loads(done.stdout)
    ours = {m: texts for m, texts in made.items() if m.startswith("levelset.")}
    stale = sorted(m for m, texts in ours.items() if not set(texts) <= set(SHIPPED.get(m, {})))
    assert not stale, f"run scripts/compile_dataclasses.py: stale or missing code for {stale}"
    assert sum(len(texts) for texts in ours.values()) > 1000


@needs_this_engine
def test_shipped_code_is_the_code_exec_compiles() -> None:
    for module in list(SHIPPED)[:20]:
        for source, code in SHIPPED[module].items():
            assert code == compile(source, "<string>", "exec", dont_inherit=True)
            assert not code.co_flags & __future__.annotations.compiler_flag


def _price_class() -> type:
    @dataclasses.dataclass(frozen=True)
    class Price:
        amount: decimal.Decimal
        currency: str = "USD"
        notes: tuple[str, ...] = ()

    return Price


def _stdlib_price_class() -> type:
    """The class as `dataclasses` makes it with the builtin exec."""
    hooked = dataclasses.__dict__.pop("exec", None)
    try:
        return _price_class()
    finally:
        if hooked is not None:
            dataclasses.exec = hooked  # type: ignore[attr-defined]


def test_a_class_made_from_shipped_code_is_the_class_dataclass_makes() -> None:
    stdlib = _stdlib_price_class()
    recorded = dataclass_code.record()  # compiled now (a test's class is not shipped)
    try:
        compiled = _price_class()
    finally:
        dataclass_code._recorded = None
    module = compiled.__module__
    assert (
        len(recorded[module]) == 6
    )  # __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__
    dataclass_code._read[module] = recorded[module]  # as if shipped
    try:
        shipped = _price_class()
    finally:
        del dataclass_code._read[module]
    for cls in (compiled, shipped):
        for method in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__"):
            ours, theirs = getattr(cls, method), getattr(stdlib, method)
            assert ours.__code__ == theirs.__code__ and ours.__qualname__ == theirs.__qualname__
            assert ours.__annotations__ == theirs.__annotations__
            assert ours.__defaults__ == theirs.__defaults__
        price = cls(decimal.Decimal("1.50"))
        assert repr(price) == repr(stdlib(decimal.Decimal("1.50")))
        assert price == cls(decimal.Decimal("1.5"))
        assert hash(price) == hash(cls(decimal.Decimal("1.5")))
        with pytest.raises(dataclasses.FrozenInstanceError):
            price.currency = "EUR"  # type: ignore[attr-defined]


def _code(source: str) -> CodeType:
    return compile(source, "<string>", "exec", dont_inherit=True)


def test_a_file_from_another_engine_or_damaged_is_not_used(tmp_path: Path) -> None:
    written = tmp_path / "code.marshal"
    one = "def __create_fn__():\n def f(): return 1\n return f"
    two = "def __create_fn__():\n def g(): return 2\n return g"
    dataclass_code.write({"m": {one: _code(one)}, "n": {two: _code(two)}}, written)
    assert dataclass_code.read(written) == {"m": {one: _code(one)}, "n": {two: _code(two)}}
    data = written.read_bytes()
    size = int.from_bytes(data[:8], "little")
    head = marshal.loads(data[8 : 8 + size])
    foreign = marshal.dumps(head | {"engine": ("cpython-9", b"\0\0\r\n", 4)})
    written.write_bytes(len(foreign).to_bytes(8, "little") + foreign + data[8 + size :])
    assert dataclass_code.read(written) == {}
    written.write_bytes(data[:-5])  # the last module's part cut short: that module compiles
    assert dataclass_code.read(written) == {"m": {one: _code(one)}, "n": {}}
    written.write_bytes(b"\x00 not marshal")
    assert dataclass_code.read(written) == {}
