"""Plan inputs for the people of the design (Maya with an offer, Sam with nothing yet)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from levelset.bands import Band
from levelset.plan import (
    Bullet,
    ChannelRate,
    CheckItem,
    LevelInput,
    LeverAsk,
    MarketInput,
    MarketRow,
    OfferInput,
    PlanInputs,
    ProofInput,
    TrackedEvent,
    TrackingInput,
)
from levelset.profile import Profile

START = dt.date(2026, 12, 7)

MAYA_BULLETS = (
    Bullet(
        "Cut p99 inference latency 38% for the ranking model serving 40M users",
        "resume",
        0.9,
        True,
        "organisation",
        ownership=True,
    ),
    Bullet(
        "Led the migration of 12 training pipelines to Ray, saving $310k a year",
        "resume",
        0.85,
        True,
        "several teams",
        ownership=True,
    ),
    Bullet("Responsible for the feature store", "resume", 0.2, False, "team", task_wording=True),
    Bullet(
        "Worked on model monitoring dashboards", "resume", 0.25, False, "team", task_wording=True
    ),
    Bullet(
        "Helped with the A/B testing platform", "linkedin", 0.3, False, "team", task_wording=True
    ),
    Bullet("Built embeddings for search", "resume", 0.35, False, "self"),
    Bullet(
        "Mentored two new hires on the ranking stack", "resume", 0.5, False, "team", ownership=True
    ),
)


def maya(deadline: dt.date | None = dt.date(2026, 12, 18)) -> PlanInputs:
    """A senior ML engineer aiming at staff, with an offer from Northwind due on the 18th."""
    profile = Profile(
        name="Maya Okafor",
        target_title="ML Engineer",
        target_band=Band.STAFF,
        locations=("Seattle, WA",),
        positioning="I make ranking models fast and cheap to serve at scale.",
        current_base=182000,
    )
    proof = ProofInput(
        bullets=MAYA_BULLETS,
        checklist=(
            CheckItem("A clear target role and level", True, "ML Engineer, staff"),
            CheckItem("Three outcomes with metrics and scope", False, "2 of 7 bullets"),
            CheckItem("One leadership or ownership example", True, "Led the migration..."),
            CheckItem("A summary that matches the target", False, "summary names senior"),
            CheckItem("One consistent story across channels", False, "1 contradiction"),
        ),
        scan_line="Machine learning engineer passionate about AI",
        scan_passed=False,
        contradictions=("title: Senior ML Engineer (resume) vs ML Engineer II (LinkedIn)",),
        sources=("resume", "linkedin"),
    )
    level = LevelInput(
        Band.SENIOR,
        "medium",
        Band.STAFF,
        ("one example of technical direction set across several teams",),
        ("Underselling leadership: only one bullet names what you led.",),
    )
    market = MarketInput(
        role="ML Engineer",
        level="staff",
        location="Seattle, WA",
        currency="USD",
        rows=(
            MarketRow(
                "BLS OEWS Seattle",
                "BLS OEWS",
                "May 2025",
                14230,
                121000,
                152000,
                187000,
                226000,
                268000,
            ),
            MarketRow(
                "AI/ML crowd, SE",
                "ai-jobs.net crowd",
                "2025-01-19",
                412,
                150000,
                178000,
                205000,
                241000,
                290000,
            ),
        ),
        headline=MarketRow(
            "Blended", "BLS OEWS + crowd", "2025", 14642, 140000, 168000, 198000, 236000, 281000
        ),
        offer_percentile=38.0,
    )
    offer = OfferInput(
        company="Northwind",
        currency="USD",
        base=Decimal(188000),
        year1_total=Decimal(251000),
        four_year_total=Decimal(1010000),
        received=dt.date(2026, 12, 2),
        deadline=deadline,
        step="prepare",
        timeline=((dt.date(2026, 12, 2), "initial offer"), (dt.date(2026, 12, 9), "anchor set")),
        anchor=Decimal(236000),
        target=Decimal(215000),
        walk_away=Decimal(195000),
        anchor_reason="the 75th percentile for staff ML engineers in Seattle",
        anchor_source="BLS OEWS + crowd, 2025, n=14,642",
        anchor_cited="the 75th percentile for staff ML engineers in Seattle (source: BLS OEWS "
        "+ crowd, 2025, n=14,642)",
        asks=(
            LeverAsk("base", "$236,000", "75th percentile for the level"),
            LeverAsk("sign-on", "$40,000", "covers unvested equity left behind"),
            LeverAsk("equity", "+20%", "competing process at Contoso"),
        ),
    )
    tracking = TrackingInput(
        events=(
            TrackedEvent(dt.date(2026, 12, 8), "application", "Contoso", "referral"),
            TrackedEvent(dt.date(2026, 12, 9), "application", "Fabrikam", "cold"),
            TrackedEvent(dt.date(2026, 12, 10), "response", "Contoso", "referral", "positive"),
        ),
        applied=14,
        responded=4,
        interviewed=2,
        offered=1,
        channels=(ChannelRate("referral", 5, 3), ChannelRate("cold", 9, 1)),
        narrative_scores=((dt.date(2026, 12, 3), 58),),
    )
    return PlanInputs(profile, proof, level, market, offer, tracking)


def sam() -> PlanInputs:
    """Nothing but a name: every part of the plan must say what would complete it."""
    return PlanInputs(Profile(name="Sam"))
