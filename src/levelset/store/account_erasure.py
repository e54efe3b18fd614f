"""Erasing an account: the user, their sign-in address, their sessions and reset links.

Kept apart from accounts.py and sessions.py because it deletes from both (sessions refer to
users, so accounts.py cannot name the sessions table without a circle).
"""

from __future__ import annotations

from sqlalchemy import delete, select

from levelset.errors import NotFound
from levelset.store.accounts import account_emails_table, password_resets_table, users_table
from levelset.store.db import Store
from levelset.store.sessions import sessions_table


def erase_user(store: Store, user_id: int) -> None:
    """Remove a user, their sign-in address, their sessions and their reset links."""
    with store.begin() as conn:
        key = conn.execute(
            select(users_table.c.email_key).where(users_table.c.id == user_id)
        ).scalar_one_or_none()
        if key is None:
            raise NotFound("no such user")
        conn.execute(delete(sessions_table).where(sessions_table.c.user_id == user_id))
        conn.execute(
            delete(password_resets_table).where(password_resets_table.c.user_id == user_id)
        )
        conn.execute(delete(users_table).where(users_table.c.id == user_id))
        conn.execute(delete(account_emails_table).where(account_emails_table.c.email_key == key))
