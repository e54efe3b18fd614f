"""Every lost point names an exact span of the message and a fix."""

from __future__ import annotations

from pathlib import Path

import yaml

from levelset.narrative import score_message

LABELLED = Path(__file__).parent / "labelled" / "emails.yaml"

WEAK = (
    "Hi Sam,\n\nThanks for the offer. Sorry to ask, but I was hoping maybe the base could move "
    "a little? I know this is a lot. Whatever you can do would be great.\n\nBest,\nLee\n"
)


def test_sorry_to_ask_is_reported_with_its_offsets() -> None:
    result = score_message(WEAK, stage="ask")
    apology = [f for f in result.findings if f.span.text.lower() == "sorry to ask"]
    assert len(apology) == 1
    span = apology[0].span
    assert (span.start, span.end) == (WEAK.index("Sorry to ask"), WEAK.index("Sorry to ask") + 12)
    assert apology[0].component == "confidence"
    assert apology[0].points > 0 and apology[0].fix


def test_each_weakener_in_the_issue_is_found() -> None:
    result = score_message(WEAK)
    found = {f.span.text for f in result.findings if f.component == "confidence"}
    assert {"Sorry to ask", "I was hoping maybe", "I know this is a lot"} <= found
    assert "Whatever you can do" in found


def test_spans_match_the_text_for_every_labelled_email() -> None:
    emails = yaml.safe_load(LABELLED.read_text())["emails"]
    for email in emails:
        text = email["text"]
        result = score_message(text, email.get("stage"), email.get("prior") or ())
        for finding in result.findings:
            assert text[finding.span.start : finding.span.end] == finding.span.text
            assert finding.message and finding.fix


def test_lost_points_add_up_to_the_missing_score() -> None:
    result = score_message(WEAK, stage="ask")
    lost = sum(f.points for f in result.findings)
    assert abs((100 - lost) - result.score) <= 1.0


def test_a_missing_number_points_at_the_vague_request() -> None:
    text = "Hi Ana,\nI'm excited. Could you give me a bit more on the base? Talk Friday.\n"
    anchor = [f for f in score_message(text).findings if f.component == "anchor"]
    assert anchor[0].span.text == "a bit more"
    assert anchor[0].kind == "missing"
