"""The plan's items come from the user's own gaps, dated inside four weeks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from levelset.plan import ChannelRate, Focus, Phase, build_plan
from levelset.plan.negotiation import step_dates
from tests.plan.people import MAYA_BULLETS, START, maya, sam


def plan_end(start: dt.date) -> dt.date:
    return start + dt.timedelta(days=29)


def texts(plan) -> str:
    return "\n".join(i.text for i in plan.items)


def test_thirty_days_from_the_start_in_four_weeks() -> None:
    # The "30-day plan" ended on its 28th day (7 Dec to 3 Jan).
    plan = build_plan(maya(), START)
    assert [w.phase for w in plan.weeks] == [
        Phase.CLARIFY,
        Phase.BUILD,
        Phase.PRACTICE,
        Phase.EXECUTE,
    ]
    assert plan.weeks[0].start == START
    assert (plan.end - plan.start).days + 1 == 30
    assert [(w.end - w.start).days + 1 for w in plan.weeks] == [7, 7, 7, 9]
    assert all(b.start - a.end == dt.timedelta(days=1) for a, b in itertools.pairwise(plan.weeks))
    for week in plan.weeks:
        for item in week.items:
            assert week.start <= item.due <= week.end, item
    reviews = [b.start.date() for b in plan.blocks if b.kind == "review"]
    assert reviews == [w.end for w in plan.weeks] and reviews[-1] == plan.end


def test_items_quote_the_bullets_that_lack_a_number() -> None:
    plan = build_plan(maya(), START)
    rewrite = next(i for i in plan.items if i.text.startswith("Add a measured result"))
    assert "these 4 bullets" in rewrite.text
    assert "Responsible for the feature store" in rewrite.text
    assert "Cut p99 inference latency" not in rewrite.text  # it already has a number
    assert rewrite.week == 2


def test_items_name_the_level_gap_the_contradiction_and_the_scan_line() -> None:
    all_text = texts(build_plan(maya(), START))
    assert "technical direction set across several teams" in all_text
    assert "Senior ML Engineer (resume) vs ML Engineer II (LinkedIn)" in all_text
    assert "Machine learning engineer passionate about AI" in all_text
    assert "$236,000" in all_text
    assert "referral, your best channel so far (3 of 5 answered" in all_text


def test_the_five_steps_are_dated_back_from_the_deadline() -> None:
    plan = build_plan(maya(), START, Focus.NEGOTIATION)
    steps = [i for i in plan.items if i.phase is Phase.NEGOTIATE]
    assert [s.text.split(":")[0] for s in steps] == [
        "Prepare the case",
        "Set the anchor",
        "Ask clearly",
        "Hold the line",
        "Confirm in writing",
    ]
    dues = [s.due for s in steps]
    assert dues == sorted(dues)
    assert dues[0] == START and dues[-1] == dt.date(2026, 12, 17)
    assert "Send the counter to Northwind anchored at $236,000" in steps[2].text.replace(
        "Ask clearly: send", "Send"
    )


def test_a_deadline_years_away_keeps_every_step_inside_the_four_weeks() -> None:
    # A deadline logged as 2030-01-01 spread the steps over three years ("due Sun 18 Jul").
    steps = [
        i
        for i in build_plan(maya(deadline=dt.date(2030, 1, 1)), START).items
        if i.phase is Phase.NEGOTIATE
    ]
    assert steps[0].due == START
    assert all(START <= s.due <= plan_end(START) for s in steps)
    assert steps[-1].text.endswith("on paper by Tue 1 Jan 2030")


def test_a_deadline_in_three_days_squeezes_the_steps() -> None:
    dates = step_dates(START, START + dt.timedelta(days=3))
    assert dates[0] == START and dates[-1] == START + dt.timedelta(days=2)
    assert all(a <= b for a, b in itertools.pairwise(dates))


def test_a_sent_counter_ticks_the_first_steps_by_analysis() -> None:
    inputs = maya()
    offer = inputs.offer.__class__(**{**inputs.offer.__dict__, "events": ("counter_sent",)})
    plan = build_plan(inputs.__class__(**{**inputs.__dict__, "offer": offer}), START)
    steps = [i for i in plan.items if i.phase is Phase.NEGOTIATE]
    assert [s.done_by for s in steps] == ["analysis", "analysis", "analysis", None, None]


def test_focus_changes_the_one_signal() -> None:
    assert build_plan(maya(), START, Focus.NEGOTIATION).signal.key == "anchor"
    leveling = build_plan(maya(), START, Focus.LEVELING).signal
    assert leveling.key == "scope"
    assert "senior" in leveling.why and "staff" in leveling.title


def test_without_an_offer_the_salary_focus_picks_the_weakest_proof() -> None:
    inputs = maya()
    inputs = inputs.__class__(**{**inputs.__dict__, "offer": None})
    signal = build_plan(inputs, START, Focus.SALARY).signal
    assert signal.key == "metrics"
    assert f"2 of your {len(MAYA_BULLETS)} bullets" in signal.why


def test_missing_inputs_say_which_command_would_complete_the_plan() -> None:
    plan = build_plan(sam(), START)
    assert plan.signal.key == "target"
    joined = " ".join(plan.completes)
    for command in ("levelset proof import", "levelset level estimate", "levelset track add"):
        assert command in joined
    assert "levelset proof import FILE" in [i.command for i in plan.items]
    assert not [i for i in plan.items if i.phase is Phase.NEGOTIATE]


def test_no_deadline_recorded_assumes_a_week_and_says_so() -> None:
    """The steps assume a week; the plan records no deadline (it held the assumed day as the
    company's deadline, which the CLI, the web and the playbook then stated as fact)."""
    plan = build_plan(maya(deadline=None), START)
    assert plan.deadline is None
    assert any("deadline" in c for c in plan.completes)
    confirm = next(i for i in plan.items if i.text.startswith("Confirm in writing"))
    assert "no deadline recorded" in confirm.text and confirm.due < START + dt.timedelta(days=7)


def test_each_week_has_two_focus_blocks_and_one_review() -> None:
    plan = build_plan(maya(), START)
    for week in plan.weeks:
        inside = [b for b in plan.blocks if week.start <= b.start.date() <= week.end]
        regular = [b for b in inside if "focus block" in b.title]
        reviews = [b for b in inside if b.kind == "review"]
        assert len(regular) == 2 and all(b.minutes == 60 for b in regular)
        assert len(reviews) == 1 and reviews[0].minutes == 15
    assert len({b.uid for b in plan.blocks}) == len(plan.blocks)


def test_ticks_mark_items_done_by_the_user() -> None:
    plan = build_plan(maya(), START).with_ticks({"1.1", "2.2"})
    done = {i.id: i.done_by for i in plan.items if i.done}
    assert done["1.1"] == "you" and done["2.2"] == "you"
    assert plan.to_dict()["progress"]["done"] == len(done)


def test_a_low_response_rate_becomes_the_signal_when_nothing_else_is_weaker() -> None:
    inputs = maya()
    tracking = inputs.tracking.__class__(
        applied=20, responded=1, overall=ChannelRate("all", 20, 1, 0.01, 0.24)
    )
    inputs = inputs.__class__(
        **{**inputs.__dict__, "offer": None, "proof": None, "tracking": tracking}
    )
    signal = build_plan(inputs, START, Focus.SALARY).signal
    assert signal.key == "response" and "1 of 20" in signal.why


def test_a_level_gap_sentence_becomes_a_phrase_the_plan_can_reuse() -> None:
    from levelset.plan.adapters.proof import gap_phrase

    assert gap_phrase(
        "Impact: to read as staff you need two measured outcomes that reached several teams."
    ) == ("two measured outcomes that reached several teams (impact)")
    assert gap_phrase("one example of technical direction.") == "one example of technical direction"


def test_a_deadline_before_the_plan_starts_asks_for_a_new_date() -> None:
    passed = START - dt.timedelta(days=2)
    plan = build_plan(maya(deadline=passed), START, Focus.NEGOTIATION)
    steps = [i for i in plan.items if i.phase is Phase.NEGOTIATE]
    assert len(steps) == 5 and all(START <= s.due < START + dt.timedelta(days=7) for s in steps)
    assert "new date" in steps[-1].text and "leaves no day for the steps" in steps[-1].text
    assert any("levelset negotiate log" in c and "new date" in c for c in plan.completes)


def test_a_deadline_on_the_first_day_puts_every_step_on_that_day() -> None:
    plan = build_plan(maya(deadline=START), START, Focus.NEGOTIATION)
    steps = [i for i in plan.items if i.phase is Phase.NEGOTIATE]
    assert {s.due for s in steps} == {START}
    assert steps[-1].text.endswith(f"by {START:%a} {START.day} {START:%b}")


def test_with_a_target_but_no_proof_the_signal_is_the_missing_proof() -> None:
    from levelset.bands import Band
    from levelset.profile import Profile

    profile = Profile(name="Sam", target_title="Engineering Manager", target_band=Band.SENIOR)
    inputs = sam().__class__(profile)
    for focus in (Focus.LEVELING, Focus.SALARY):
        signal = build_plan(inputs, START, focus).signal
        if focus is Focus.LEVELING:
            assert signal.key == "proof" and "levelset proof import" in signal.measure
        assert "no single gap" not in signal.why


def test_a_leadership_track_gets_items_about_the_team_not_only_the_own_work() -> None:
    from levelset.bands import Band
    from levelset.profile import Profile
    from levelset.profile.model import Track

    profile = Profile(
        name="Sam", target_title="Engineering Manager", target_band=Band.SENIOR,
        track=Track.LEADERSHIP,
    )  # fmt: skip
    plan = build_plan(sam().__class__(profile), START, Focus.LEVELING)
    joined = texts(plan)
    assert "leadership track" in joined
    assert "your team delivered" in joined and "a person you grew" in joined


def test_a_plan_started_in_the_past_never_dates_a_negotiation_step_before_today() -> None:
    import dataclasses

    deadline = START + dt.timedelta(days=10)
    today = START + dt.timedelta(days=3)
    inputs = dataclasses.replace(maya(deadline=deadline), today=today)
    plan = build_plan(inputs, START, Focus.NEGOTIATION)
    dues = [i.due for i in plan.items if i.phase is Phase.NEGOTIATE]
    assert dues[0] == today and all(today <= d < deadline for d in dues)
    assert plan.weeks[0].start == START  # the plan itself still starts where asked


def test_a_plan_made_again_keeps_the_ticks_of_the_items_still_in_it() -> None:
    earlier = build_plan(maya(), START).with_ticks({"1.1", "2.2"})
    ticked = {i.text for i in earlier.items if i.done_by == "you"}
    again = build_plan(sam(), START)  # other inputs: items move, some go
    kept = again.ticks_kept_from(earlier)
    assert {i.text for i in again.items if i.id in kept} == ticked & {i.text for i in again.items}
    same = build_plan(maya(), START)
    assert same.ticks_kept_from(earlier) == {"1.1", "2.2"}


def test_a_channel_the_tracking_page_calls_thin_is_never_the_best_channel() -> None:
    inputs = maya()
    assert inputs.tracking is not None
    thin = dataclasses.replace(
        inputs.tracking,
        channels=(ChannelRate("referral", 6, 4, thin=True), ChannelRate("cold", 14, 2)),
    )
    text = texts(build_plan(dataclasses.replace(inputs, tracking=thin), START))
    assert "referral, your best channel" not in text
    assert "cold, your best channel so far (2 of 14 answered" in text


def _with_metrics(count: int):
    """Maya's inputs without an offer, `count` of her bullets with a metric."""
    inputs = maya()
    bullets = tuple(
        dataclasses.replace(b, has_metric=i < count) for i, b in enumerate(MAYA_BULLETS)
    )
    proof = dataclasses.replace(inputs.proof, bullets=bullets)
    return dataclasses.replace(inputs, proof=proof, offer=None)


def test_the_count_of_bullets_with_a_metric_reads_as_english() -> None:
    """One bullet 'has' a metric, several 'have' one, none is 'none', never 'Only 0'; the
    count is of metrics, as the proof report's 'proves: metric', not of any digit."""
    total = len(MAYA_BULLETS)
    for count, said in (
        (0, f"None of your {total} bullets has a metric"),
        (1, f"Only 1 of your {total} bullets has a metric"),
        (2, f"Only 2 of your {total} bullets have a metric"),
    ):
        plan = build_plan(_with_metrics(count), START, Focus.SALARY)
        assert plan.signal.key == "metrics" and plan.signal.why.startswith(said), plan.signal.why
        audit = next(i.text for i in plan.items if i.text.startswith("Audit your proof"))
        assert said.split(" ", 1)[1].replace("your ", "") in audit, audit
