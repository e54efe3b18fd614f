"""The one band scale of levelset: entry, mid, senior, staff, senior staff, principal."""

from __future__ import annotations

from enum import StrEnum


class Band(StrEnum):
    """A seniority band, ordered from entry to principal."""

    ENTRY = "entry"
    MID = "mid"
    SENIOR = "senior"
    STAFF = "staff"
    SENIOR_STAFF = "senior_staff"
    PRINCIPAL = "principal"

    @property
    def rank(self) -> int:
        """1 for entry ... 6 for principal, as in the cross-company level table."""
        return list(Band).index(self) + 1

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @classmethod
    def from_rank(cls, rank: int) -> Band:
        bands = list(cls)
        return bands[max(1, min(rank, len(bands))) - 1]

    # Band is also a str, whose comparisons are alphabetical ("staff" > "senior_staff"):
    # every ordering operator must compare ranks, or max() and > silently go wrong.
    def __lt__(self, other: object) -> bool:
        return self.rank < _rank_of(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= _rank_of(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > _rank_of(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= _rank_of(other)


def _rank_of(other: object) -> int:
    if not isinstance(other, Band):
        raise TypeError(f"cannot order a band against {type(other).__name__}")
    return other.rank
