"""`levelset plan` end to end: real profile, real imported resume, real store."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from tests.cli.runner import run_cli
from tests.plan.resume import import_resume

EXAMPLES = Path(__file__).parents[2] / "examples"
LCA_EXAMPLE = "LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv"

pytestmark = pytest.mark.usefixtures("market_ready")


def set_profile() -> None:
    result = run_cli(
        "profile",
        "set",
        "--title",
        "ML Engineer",
        "--level",
        "staff",
        "--location",
        "Seattle",
        "--name",
        "Maya Okafor",
    )
    assert result.exit_code == 0, result.stderr


def test_the_plan_names_the_users_own_weak_bullets(tmp_path: Path) -> None:
    set_profile()
    import_resume(tmp_path)
    result = run_cli("plan", "--start", "2026-12-07", "--focus", "leveling", "--json")
    assert result.exit_code == 0, result.stderr
    plan = result.json()
    texts = [i["text"] for w in plan["weeks"] for i in w["items"]]
    rewrite = next(t for t in texts if t.startswith("Add a measured result"))
    for bullet in ("Responsible for the feature store", "Worked on model monitoring dashboards"):
        assert bullet in rewrite
    assert "Cut p99" not in rewrite
    assert any("staff" in t and "Led the migration" in t for t in texts)
    assert plan["signal"]["source"] in {"level", "proof"}
    assert plan["weeks"][0]["start"] == "2026-12-07" and plan["end"] == "2027-01-05"
    assert not any("levelset proof import" in c for c in plan["completes"])


def test_show_tick_review_and_ics(tmp_path: Path) -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    ticked = run_cli("plan", "tick", "1.1", "--json")
    assert ticked.exit_code == 0, ticked.stderr
    assert ticked.json()["item"]["done_by"] == "you"
    shown = run_cli("plan", "--json").json()
    assert shown["weeks"][0]["items"][0]["done"] is True
    review = run_cli(
        "plan",
        "review",
        "--week",
        "1",
        "--changed",
        "one reply",
        "--next",
        "shorter subject",
        "--json",
    )
    assert review.exit_code == 0, review.stderr
    data = review.json()
    assert data["answers"]["changed"] == "one reply" and len(data["questions"]) == 2
    assert data["done"][0]["id"] == "1.1"
    again = run_cli("plan", "review", "--week", "1", "--json").json()
    assert again["answers"]["next_test"] == "shorter subject"
    target = tmp_path / "plan.ics"
    exported = run_cli("plan", "ics", "-o", str(target), "--json")
    assert exported.exit_code == 0, exported.stderr
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == exported.json()["events"] == 12
    reviews = [e for e in events if "review" in str(e.get("summary"))]
    assert len(reviews) == 4
    first = reviews[0]
    assert (first.decoded("dtend") - first.decoded("dtstart")).seconds == 15 * 60


def test_bad_input_is_refused_and_keeps_the_stored_plan() -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    assert run_cli("plan", "--start", "07/12/2026").exit_code == 2
    bad_focus = run_cli("plan", "--focus", "money")
    assert bad_focus.exit_code == 2 and "negotiation" in bad_focus.stderr
    assert run_cli("plan", "tick", "9.9").exit_code == 3
    assert run_cli("plan", "review", "--week", "7").exit_code == 2
    assert run_cli("plan", "--json").json()["start"] == "2026-12-07"


def test_without_a_plan_the_subcommands_say_how_to_make_one() -> None:
    result = run_cli("plan", "show")
    assert result.exit_code == 3
    assert "levelset plan --start" in result.stderr
    assert "`levelset plan` makes one from today" in result.stderr


def test_an_input_that_cannot_be_read_is_named_and_the_plan_still_made() -> None:
    assert (
        run_cli("profile", "set", "--title", "Chief Vibes Officer", "--level", "staff").exit_code
        == 0
    )
    result = run_cli("plan", "--start", "2026-12-07", "--json")
    assert result.exit_code == 0, result.stderr
    plan = result.json()
    assert any(c.startswith("market: unknown title") for c in plan["completes"])
    assert plan["signal"]["key"] == "range"


def test_the_review_asks_its_two_questions_and_keeps_the_answers() -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    asked = run_cli(
        "plan", "review", "--week", "2", "--ask", stdin="a recruiter called back\nshorter intro\n"
    )
    assert asked.exit_code == 0, asked.stderr
    assert "What single change will you test next" in asked.stdout
    stored = run_cli("plan", "review", "--week", "2", "--json").json()["answers"]
    assert (stored["changed"], stored["next_test"]) == ("a recruiter called back", "shorter intro")


def _range_item(place: str) -> str:
    """The plan's 'Write down your range' item for a senior ML engineer aiming at `place`."""
    result = run_cli("profile", "set", "--title", "Machine Learning Engineer", "--level",
                     "senior", "--location", place)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    plan = run_cli("plan", "--start", "2026-12-07", "--json")
    assert plan.exit_code == 0, plan.stderr
    texts = [i["text"] for w in plan.json()["weeks"] for i in w["items"]]
    return next(t for t in texts if t.startswith("Write down your"))


def test_the_plan_calls_the_range_base_pay_and_a_single_source_no_blend() -> None:
    """Senior MLE in Menlo Park: 'Write down your range ... median $179,000 ... (blend of OEWS
    blend at senior, ...)': no word of base pay, and one source called a blend."""
    written = _range_item("Menlo Park")
    assert written.startswith("Write down your base-pay range for Machine Learning Engineer")
    assert "San Francisco-Oakland-Fremont, CA" in written and "May 2025" in written
    assert "blend of" not in written and "n=" in written


def test_a_start_years_away_is_refused_as_a_slip_and_keeps_the_stored_plan() -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    for slip in ("1999-01-01", "2096-12-07"):
        result = run_cli("plan", "--start", slip)
        assert result.exit_code == 2, result.stdout
        assert f"--start: {slip}" in result.stderr and "more than a year" in result.stderr
    assert run_cli("plan", "--json").json()["start"] == "2026-12-07"


def test_a_blend_of_two_sources_says_where_each_one_ends(tmp_path: Path) -> None:
    """'blend of OEWS blend at senior, San Francisco-..., n=98,090, May 2025 and LCA (H-1B
    filings), ...': the sources' own commas hid where one ended and the next began. The
    example filings are copied eight times over (new case numbers) so that the LCA cell is
    not thin: a thin cell is shown beside the headline, not blended into it."""
    header, *rows = (EXAMPLES / "market" / LCA_EXAMPLE).read_text().splitlines()
    copies = [row.replace("-SYNTH", f"-SYN{k}", 1) for k in range(8) for row in rows]
    lca = tmp_path / LCA_EXAMPLE
    lca.write_text("\n".join([header, *copies]) + "\n")
    assert run_cli("data", "import", "lca", str(lca)).exit_code == 0
    written = _range_item("San Francisco")
    assert "(blend of 2 sources: OEWS blend at senior, San Francisco" in written, written
    assert "; LCA (H-1B filings), San Francisco" in written and " and LCA" not in written


def test_a_thin_lca_cell_stays_out_of_the_plans_range() -> None:
    """Five filings beside 98,090 OEWS jobs: blended at equal weight they moved the median as
    much as the whole OEWS blend did; the plan's range is the OEWS one alone."""
    lca = EXAMPLES / "market" / LCA_EXAMPLE
    assert run_cli("data", "import", "lca", str(lca)).exit_code == 0
    written = _range_item("San Francisco")
    assert "(from OEWS blend at senior, San Francisco" in written, written
    assert "blend of" not in written and "LCA" not in written
