"""Practice in the metrics: sessions by kind, each dimension's latest, best and trend."""

from __future__ import annotations

import datetime as dt

from levelset.tracking.practice import PracticePoint, practice_progress

D1, D2, D3 = dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16)


def test_latest_best_and_trend_per_dimension_with_n_and_dates() -> None:
    points = [
        PracticePoint("negotiation", D2, 80, (("number", 90), ("equity", 70))),
        PracticePoint("negotiation", D1, 55, (("number", 40),)),
        PracticePoint("negotiation", D3, 72, (("number", 75),)),
        PracticePoint("peer", D2, None),
        PracticePoint("stories", D3, 61, (("scope", 61),)),
    ]
    data = practice_progress(points).to_dict()
    assert data["sessions"] == 5
    assert data["by_kind"][0] == {"kind": "negotiation", "n": 3, "first_on": D1, "latest_on": D3}
    dims = {d["dimension"]: d for d in data["dimensions"]}
    assert set(dims) == {"negotiation", "negotiation: number", "negotiation: equity", "stories",
                         "stories: scope"}  # fmt: skip
    overall = dims["negotiation"]
    assert overall["n"] == 3 and overall["first_on"] == D1
    assert overall["latest"] == {"score": 72, "on": D3} and overall["best"] == {
        "score": 80,
        "on": D2,
    }
    assert overall["trend"] == {"change": 17, "direction": "up", "from": D1, "to": D3, "n": 3}
    assert dims["negotiation: equity"]["trend"] is None and dims["negotiation: equity"]["n"] == 1


def test_since_leaves_out_older_sessions_and_nothing_kept_is_empty() -> None:
    points = [PracticePoint("negotiation", D1, 90), PracticePoint("negotiation", D3, 60)]
    later = practice_progress(points, since=D2).to_dict()
    assert later["sessions"] == 1 and later["dimensions"][0]["best"] == {"score": 60, "on": D3}
    assert practice_progress([]).to_dict()["sessions"] == 0
