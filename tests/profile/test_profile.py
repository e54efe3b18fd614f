import pytest

from levelset.bands import Band
from levelset.errors import InputError, UnknownValue
from levelset.profile import Profile, Track
from levelset.store.profile import load_profile, save_profile
from tests.cli.runner import run_cli


def test_a_profile_round_trips_through_the_store(store) -> None:
    profile = Profile().with_changes(
        target_title="Machine Learning Engineer",
        target_band="senior staff",
        locations=["San Francisco", "Remote"],
        track="leadership",
        current_base=185000,
    )
    save_profile(store, profile)
    loaded = load_profile(store)
    assert loaded.target_band is Band.SENIOR_STAFF
    assert loaded.locations == ("San Francisco", "Remote")
    assert loaded.track is Track.LEADERSHIP
    assert loaded.missing() == ["positioning"]


def test_bad_values_name_their_field() -> None:
    with pytest.raises(InputError) as caught:
        Profile().with_changes(current_base=-5, track="manager")
    fields = {p.field for p in caught.value.problems}
    assert fields == {"current_base", "track"}
    with pytest.raises(UnknownValue) as unknown:
        Profile().with_changes(target_band="wizard")
    assert "senior" in unknown.value.suggestions


def test_cli_sets_and_shows_the_profile() -> None:
    result = run_cli("profile", "set", "--title", "MLE", "--level", "staff", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["profile"]["target_band"] == "staff"
    shown = run_cli("profile", "show", "--json").json()
    assert shown["profile"]["target_title"] == "MLE"
    assert "locations" in shown["missing"]


def test_cli_refuses_a_bad_level_with_exit_code_2_and_keeps_the_profile() -> None:
    run_cli("profile", "set", "--level", "senior")
    result = run_cli("profile", "set", "--level", "wizard")
    assert result.exit_code == 2
    assert "unknown level" in result.stderr
    assert run_cli("profile", "show", "--json").json()["profile"]["target_band"] == "senior"
