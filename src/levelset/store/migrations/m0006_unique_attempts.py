"""One stored row per job-search attempt: a unique index on the attempt key.

Two `track add` (or two web posts) of the same application at the same moment could both pass
the check made in Python and store it twice. The database now refuses the second one. Earlier
duplicates (same kind and key, compared without case) are folded into the first row stored;
the backup taken before this upgrade keeps them.
"""

from sqlalchemy import Connection, text

ATTEMPTS = "('application', 'outreach')"


def upgrade(conn: Connection) -> None:
    conn.execute(
        text(
            "DELETE FROM tracking_events WHERE kind IN " + ATTEMPTS + " AND id NOT IN ("
            " SELECT min(id) FROM tracking_events WHERE kind IN " + ATTEMPTS + ""
            " GROUP BY lower(ref))"
        )
    )
    conn.execute(
        text(
            "CREATE UNIQUE INDEX uq_tracking_events_attempt ON tracking_events (lower(ref))"
            " WHERE kind IN " + ATTEMPTS
        )
    )
