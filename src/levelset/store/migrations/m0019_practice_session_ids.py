"""One kept practice session per session id: pressing Keep twice (or two keeps at once) stores
the call once. `practice_sessions` gains `session_id` and a unique index on it within each
owner and organisation; rows kept before have none (NULLs never clash).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

INDEX = "uq_practice_sessions_session_id"


def upgrade(conn: Connection) -> None:
    columns = {c["name"] for c in inspect(conn).get_columns("practice_sessions")}
    if "session_id" not in columns:  # a fresh home made the table with it already (m0009)
        conn.execute(text("ALTER TABLE practice_sessions ADD COLUMN session_id VARCHAR(64)"))
    conn.execute(
        text(
            f"CREATE UNIQUE INDEX IF NOT EXISTS {INDEX}"
            " ON practice_sessions (org_id, client_id, session_id)"
        )
    )
