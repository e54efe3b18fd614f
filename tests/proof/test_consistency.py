"""One story across channels: contradictions and one-channel claims are found."""

from __future__ import annotations

from pathlib import Path

from levelset.proof import Materials, import_file
from levelset.proof.consistency import check, distinct_claims
from tests.proof.files import EXAMPLES, make_linkedin_zip, positions_csv


def _materials(*docs: object) -> Materials:
    return Materials(tuple(docs))  # type: ignore[arg-type]


def test_example_materials_show_dates_and_numbers_that_disagree() -> None:
    result = check(
        _materials(import_file(EXAMPLES / "resume.md"), import_file(EXAMPLES / "linkedin"))
    )
    messages = [f.message for f in result.contradictions]
    assert any(
        "end date at Databright" in m and "Feb 2021" in m and "Jan 2020" in m for m in messages
    )
    assert any("numbers differ" in m and "38" in m and "35" in m for m in messages)
    assert not any(f.subject == "title" for f in result.contradictions)  # ML = Machine Learning
    assert any("Shopwise" in f.message for f in result.matches)
    only_resume = [f.message for f in result.one_channel]
    assert any("Automated the inventory report" in m for m in only_resume)


def test_title_contradiction_and_role_in_one_channel(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Positions.csv").write_text(
        positions_csv(
            [
                {
                    "Company Name": "Shopwise",
                    "Title": "Staff Machine Learning Engineer",
                    "Started On": "Mar 2021",
                },
                {
                    "Company Name": "Initech",
                    "Title": "Intern",
                    "Started On": "Jan 2015",
                    "Finished On": "Jun 2015",
                },
            ]
        )
    )
    result = check(_materials(import_file(EXAMPLES / "resume.md"), import_file(folder)))
    titles = [f.message for f in result.contradictions if f.subject == "title"]
    assert titles and "Staff Machine Learning Engineer" in titles[0]
    roles = [f.message for f in result.one_channel if f.subject == "role"]
    assert any("Initech" in m for m in roles)
    assert any("Databright" in m for m in roles)


def test_the_same_materials_agree_with_themselves(tmp_path: Path) -> None:
    zipped = import_file(make_linkedin_zip(tmp_path / "a.zip"))
    result = check(_materials(import_file(EXAMPLES / "linkedin"), zipped))
    assert result.contradictions == []


def test_repeated_claims_count_once() -> None:
    materials = _materials(import_file(EXAMPLES / "resume.md"), import_file(EXAMPLES / "linkedin"))
    every = materials.bullets()
    distinct = distinct_claims(every)
    assert len(distinct) < len(every)
    assert all(b.channel.value == "resume" for b in distinct if "p99 latency" in b.text)


def test_semantic_matching_is_skipped_cleanly_when_not_installed() -> None:
    from levelset.proof import analyse

    report = analyse(_materials(import_file(EXAMPLES / "resume.md")), semantic=True)
    assert report.consistency.matcher.startswith("lexical")


def test_a_story_retelling_a_resume_bullet_with_its_numbers_counts_once() -> None:
    """The story of the serving redesign repeats the bullet's 120 ms -> 35 ms: one claim."""
    materials = _materials(
        import_file(EXAMPLES / "resume.md"), import_file(EXAMPLES / "stories.yaml")
    )
    texts = [b.text for b in distinct_claims(materials.bullets())]
    retold = [t for t in texts if "120 ms" in t and "35 ms" in t]
    assert len(retold) == 1 and retold[0].startswith("Led the redesign")


def test_different_claims_sharing_one_number_stay_apart() -> None:
    from levelset.proof.model import Bullet, Channel, Origin

    a = Bullet("Cut serving cost by 30% by moving to spot GPUs.", Origin("r.md", 1), Channel.RESUME)
    b = Bullet(
        "I rewrote the onboarding flow; sign-ups rose by 30% in a quarter.",
        Origin("s.yaml", None, "stories[0]"),
        Channel.STORIES,
    )
    assert len(distinct_claims([a, b])) == 2


def test_of_a_claim_told_twice_the_fuller_telling_is_kept() -> None:
    """The fraud story adds the partner teams and ownership to the resume's bare bullet."""
    materials = _materials(
        import_file(EXAMPLES / "resume.md"), import_file(EXAMPLES / "stories.yaml")
    )
    fraud = [b for b in distinct_claims(materials.bullets()) if "38%" in b.text]
    assert len(fraud) == 1
    assert fraud[0].channel.value == "stories" and "payments and risk teams" in fraud[0].text
