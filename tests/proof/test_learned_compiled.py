"""The bullet scorer's weights are read from a marshalled copy of bullet_model.json (issue 15):
the same weights, used only while made from the very file beside it."""

from __future__ import annotations

import json
from pathlib import Path

from levelset.proof import learned


def test_the_shipped_copy_holds_the_weights_of_the_json() -> None:
    text = learned.MODEL.read_bytes()
    assert learned._compiled(text) == json.loads(text), (
        "data/prebuilt/bullet_model.marshal is stale: run `make model`"
    )


def test_a_copy_made_from_other_weights_is_not_used() -> None:
    text = learned.MODEL.read_bytes()
    assert learned._compiled(text.replace(b'"threshold":', b'"threshold": ', 1)) is None


def test_the_copy_keeps_every_weight_to_the_bit(tmp_path: Path) -> None:
    import marshal

    written = learned.write_compiled(tmp_path / "model.marshal")
    (_, weights) = marshal.loads(written.read_bytes())
    expected = json.loads(learned.MODEL.read_text(encoding="utf-8"))
    assert weights == expected
    assert list(weights["bands"]) == list(expected["bands"])  # the same order too
    floats = [v for w in expected["bands"].values() for v in w.values()]
    copied = [v for w in weights["bands"].values() for v in w.values()]
    assert [f.hex() for f in copied] == [f.hex() for f in floats]
