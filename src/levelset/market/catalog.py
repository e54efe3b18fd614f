"""What every market dataset is, who publishes it, under which licence, and how to cite it."""

from __future__ import annotations

from dataclasses import dataclass, replace

ONET_NOTICE = (
    "This product includes information from the O*NET {release} Database by the U.S. "
    "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
    "CC BY 4.0 license."
)


@dataclass(frozen=True)
class Dataset:
    """One dataset of the market store, with everything needed to credit and date it."""

    name: str
    source: str  # oews, crowd, onet, lca or levels
    title: str
    publisher: str
    licence: str
    release: str
    citation: str
    notice: str | None = None
    files: tuple[str, ...] = ()
    url: str | None = None

    def with_release(self, name: str, release: str, files: tuple[str, ...]) -> Dataset:
        """The same source at another release (an imported file)."""
        notice = ONET_NOTICE.format(release=release) if self.source == "onet" else self.notice
        citation = self.citation.replace(self.release, release) if self.release else self.citation
        return replace(
            self, name=name, release=release, files=files, notice=notice, citation=citation
        )


# What each source's survey is, in words a reader knows (a dataset id is not a name)
SURVEYS = {
    "oews": "Occupational Employment and Wage Statistics",
    "crowd": "salaries reported by individuals",
    "lca": "Labor Condition Application disclosures",
}


def named(source: str, publisher: str, title: str) -> str:
    """A dataset named in words, publisher then survey: "U.S. Bureau of Labor Statistics,
    Occupational Employment and Wage Statistics" (its date is shown beside it)."""
    return f"{publisher}, {SURVEYS.get(source, title)}"


OEWS_NATIONAL = Dataset(
    name="oews_may2025_national",
    source="oews",
    title="OEWS national estimates, every occupation (cross-industry)",
    publisher="U.S. Bureau of Labor Statistics",
    licence="Public domain (U.S. federal government work)",
    release="May 2025",
    citation="U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, "
    "May 2025 (published 2026-05-15)",
    files=("oews_may2025_national_all_occupations.csv.gz",),
    url="https://www.bls.gov/oes/",
)
OEWS_TECH = replace(
    OEWS_NATIONAL,
    name="oews_may2025_tech_subset",
    title="OEWS estimates for computer, mathematical and related occupations: nation, "
    "states, metro and nonmetro areas, and national rows for tech industries",
    files=("oews_may2025_tech_subset.csv.gz",),
)
CROWD = Dataset(
    name="aijobs_2025-01-19",
    source="crowd",
    title="AI, ML and data salaries reported by individuals (ai-jobs.net)",
    publisher="ai-jobs.net (Foorilla LLC), crowd-reported",
    licence="CC0 1.0 Universal (public domain dedication)",
    release="2025-01-19",
    citation="ai-jobs.net salaries, salaries.csv of foorilla/ai-jobs-net-salaries, "
    "snapshot 2025-01-19",
    files=("aijobs_salaries_2025-01-19.csv.gz",),
    url="https://github.com/foorilla/ai-jobs-net-salaries",
)
ONET = Dataset(
    name="onet_27.0",
    source="onet",
    title="O*NET occupations, alternate titles and reported job titles",
    publisher="U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
    licence="CC BY 4.0",
    release="27.0",
    citation="O*NET 27.0 Database (August 2022), National Center for O*NET Development, "
    "for USDOL/ETA",
    notice=ONET_NOTICE.format(release="27.0"),
    files=(
        "onet27_Occupation_Data.txt.gz",
        "onet27_Alternate_Titles.txt.gz",
        "onet27_Sample_of_Reported_Titles.txt.gz",
        "onet27_Read_Me.txt",
    ),
    url="https://www.onetcenter.org/database.html",
)
LEVELS = Dataset(
    name="level_map",
    source="levels",
    title="Individual-contributor level equivalences across large tech companies",
    publisher="levelset, compiled from public level-comparison pages",
    licence="Facts, community-reported; not official company data",
    release="2025",
    citation="levelset level map (community-reported, approximate)",
    notice="Community-reported equivalences, not official company levels.",
    files=("level_mapping_swe_ic.csv",),
)
LCA = Dataset(
    name="lca",
    source="lca",
    title="Labor Condition Applications (H-1B and related) disclosure data",
    publisher="U.S. Department of Labor, Office of Foreign Labor Certification",
    licence="Public domain (U.S. federal government work)",
    release="",
    citation="U.S. Department of Labor, OFLC LCA disclosure data",
    notice="An LCA shows an intent to hire at a base wage, not a hire or total pay.",
    url="https://www.dol.gov/agencies/eta/foreign-labor/performance",
)

SHIPPED: tuple[Dataset, ...] = (OEWS_TECH, OEWS_NATIONAL, CROWD, ONET, LEVELS)
