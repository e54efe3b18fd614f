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


def test_the_profile_belongs_to_the_workspace_owner(paths) -> None:
    """The user's own profile is one row; a client's is refused until coach workspaces land,
    never answered with the user's own."""
    from levelset.app import Owner, Workspace
    from levelset.app.profile import set_profile, show_profile
    from levelset.errors import NotFound

    own = Workspace.at(paths.home)
    set_profile(own, title="ML Engineer", level="staff")
    assert show_profile(own).target_band is Band.STAFF
    client = Workspace.at(paths.home, owner=Owner("acme"))
    with pytest.raises(NotFound, match="acme"):
        show_profile(client)
    with pytest.raises(NotFound):
        set_profile(client, title="Data Scientist")
    assert show_profile(own).target_title == "ML Engineer"
    own.close()
    client.close()


def test_the_current_base_is_shown_as_money_is_everywhere() -> None:
    """`profile show` wrote '150,000 USD' where every other table and the web write $150,000."""
    assert run_cli("profile", "set", "--current-base", "150000").exit_code == 0
    shown = run_cli("profile", "show").stdout
    assert "$150,000" in shown and "150,000 USD" not in shown
