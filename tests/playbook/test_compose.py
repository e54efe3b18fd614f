"""The playbook is written from the user's records, in every section, in our own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from levelset.plan import Focus, build_plan
from levelset.playbook import Topic, build_playbook
from levelset.playbook.markdown import to_markdown
from levelset.playbook.model import Chart
from tests.plan.people import START, maya, sam

SECTIONS = [
    "short_answer", "why", "strong_signal", "mistakes", "role", "plan", "signal", "this_week",
    "measures", "stuck", "checklist", "example", "talk", "faq", "takeaway",
]  # fmt: skip
# Facts only Maya's records hold: her numbers, company, bullets, dates, target.
MAYA_FACTS = re.compile(
    r"Northwind|\$236,000|\$188,000|\$198,000|Responsible for the feature store|Cut p99|"
    r"Led the migration|staff|Maya|Seattle|referral|58/100|Dec|n=14|ranking models|38th"
)
METHOD = Path(__file__).parents[3] / "shared" / "method"


def maya_book(topic: Topic = Topic.NEGOTIATION):
    plan = build_plan(maya(), START, Focus.NEGOTIATION)
    return build_playbook(maya(), plan, topic, START)


def _prose(book) -> tuple:
    return tuple(s for s in book.sections if s.key != "checklist")


def test_the_fifteen_sections_in_the_articles_order() -> None:
    assert [s.key for s in maya_book().sections] == SECTIONS


def test_every_section_carries_the_users_own_data() -> None:
    book = maya_book()
    for section in book.sections:
        body = to_markdown(book.__class__(**{**book.__dict__, "sections": (section,)}))
        body = body.split("## ", 1)[1].split("## Sources")[0]
        assert MAYA_FACTS.search(body), f"{section.key} has none of the user's data"


def test_the_chart_marks_the_offer_within_the_market_range() -> None:
    chart = next(b for b in maya_book().section("short_answer").blocks if isinstance(b, Chart))
    assert "<svg" in chart.svg and "Offer base $188k" in chart.svg
    assert "n=14,642" in chart.caption and "$236,000" in chart.caption


def test_the_charts_row_names_are_whole() -> None:
    """The playbook cut row names to 30 characters ("OEWS 15-1221 Computer and Inf…"), a
    limit from when names shared the row with the band; they now sit on their own line."""
    import dataclasses

    inputs = maya()
    assert inputs.market is not None
    long = "OEWS 15-1221 Computer and Information Research Scientists"
    rows = (dataclasses.replace(inputs.market.rows[0], label=long), *inputs.market.rows[1:])
    inputs = dataclasses.replace(inputs, market=dataclasses.replace(inputs.market, rows=rows))
    book = build_playbook(inputs, build_plan(inputs, START, Focus.NEGOTIATION), Topic.SALARY, START)
    chart = next(b for b in book.section("short_answer").blocks if isinstance(b, Chart))
    assert f">{long}</text>" in chart.svg and "…" not in chart.svg


def test_mistakes_quote_the_users_task_wording_and_contradiction() -> None:
    text = to_markdown(maya_book())
    assert "Task wording instead of an outcome: “Responsible for the feature store”" in text
    assert "Senior ML Engineer (resume) vs ML Engineer II (LinkedIn)" in text
    assert "5 of 7 bullets have no metric" in text


def test_the_example_uses_the_anchor_and_its_reason() -> None:
    text = to_markdown(maya_book())
    assert "My reason: the 75th percentile for staff ML engineers in Seattle" in text
    assert "I am asking for a base of $236,000" in text


def test_missing_records_give_placeholders_and_commands_not_invented_numbers() -> None:
    plan = build_plan(sam(), START)
    text = to_markdown(build_playbook(sam(), plan, Topic.SALARY, START))
    assert "[your anchor]" in text and "`levelset proof import FILE`" in text
    assert "$" not in text  # no amount is made up without data


def test_the_leveling_topic_leads_with_the_level_gap() -> None:
    book = maya_book(Topic.LEVELING)
    short = to_markdown(book).split("## Why")[0]
    assert "reads as senior today" in short and "technical direction" in short
    assert book.section("faq").blocks[0].question == "Which level should I aim at?"


@pytest.mark.skipif(not METHOD.exists(), reason="the method articles are not beside the repo")
def test_no_sentence_of_the_method_articles_is_reused() -> None:
    # The checklist's item names are the proof capability's labels, not our prose.
    books = [maya_book(t) for t in Topic]
    books = [b.__class__(**{**b.__dict__, "sections": _prose(b)}) for b in books]
    ours = " ".join(to_markdown(b) for b in books).lower()
    for article in METHOD.glob("*.md"):
        body = article.read_text(encoding="utf-8").split("---", 2)[-1]
        for sentence in re.split(r"(?<=[.!?])\s+|\n", body):
            words = re.sub(r"[^a-z0-9 ]", " ", sentence.lower()).split()
            if len(words) < 6:
                continue
            assert " ".join(words) not in re.sub(r"[^a-z0-9 ]", " ", ours), sentence


def test_role_nuance_follows_the_target_title() -> None:
    from levelset.playbook.opening import is_ml

    assert is_ml("ML Engineer") and is_ml("Senior Data Scientist") and is_ml("AI platform lead")
    assert not is_ml("Backend Software Engineer") and not is_ml("Email marketing manager")
    assert "shipping a model" in to_markdown(maya_book()).split("## Role nuance")[1]


def test_measures_draw_the_funnel_and_the_rate_of_each_channel() -> None:
    charts = [b for b in maya_book().section("measures").blocks if isinstance(b, Chart)]
    funnel, channels = charts
    assert funnel.svg.count("<rect") >= 4 and "Applied" in funnel.svg  # four stages
    assert channels.svg.count("<rect") >= 2  # referral and cold
    assert "referral" in channels.svg and "n=9" in channels.svg and "60%" in channels.svg


def test_the_sources_name_every_record_the_measures_quote() -> None:
    import dataclasses
    import datetime as dt

    from levelset.plan.inputs import TrackingInput

    tracking = TrackingInput(
        offer_delta="Northwind base $192,000 -> $204,000 (+6.3%)",
        levers_improved=3,
        days_to_signature=0,
        narrative_scores=((dt.date(2026, 12, 6), 91),),
    )
    inputs = dataclasses.replace(sam(), tracking=tracking)
    plan = build_plan(inputs, START, Focus.SALARY)
    book = build_playbook(inputs, plan, Topic.SALARY, START)
    measures = to_markdown(book)
    assert "negotiation records" in measures and "| message score |" in measures
    assert "Your negotiation records (first and final offers)" in book.sources
    assert "The message scores of your drafted emails" in book.sources
    assert "levelset score" not in measures  # a source named in words, never a command


def test_the_short_answer_from_the_market_says_the_range_is_base_pay() -> None:
    import dataclasses

    inputs = dataclasses.replace(maya(), offer=None)
    plan = build_plan(inputs, START, Focus.SALARY)
    book = build_playbook(inputs, plan, Topic.SALARY, START)
    text = to_markdown(book)
    assert "pays a median base salary of" in text and "bonus and stock come on top" in text
