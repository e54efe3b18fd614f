"""The database role a coaching server's workers connect as (PostgreSQL).

The workers' role may read and write rows but not bypass row-level security: it must be
neither a superuser nor BYPASSRLS. `grant_to` gives it what it needs (run by the role that
ran the migrations); `role_bypasses_security` is checked when a server starts.
"""

from __future__ import annotations

from sqlalchemy import text

from levelset.errors import InputError
from levelset.store.db import Store


def _quoted(store: Store, role: str) -> str:
    if not role.replace("_", "").isalnum():
        raise InputError(f"{role!r} is not a plain role name (letters, digits, _)")
    return str(store.engine.dialect.identifier_preparer.quote(role))


def grant_to(store: Store, role: str) -> None:
    """Let `role` use every table and sequence (schema_migrations: read only)."""
    name = _quoted(store, role)
    with store.engine.begin() as conn:
        found = conn.execute(
            text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).scalar_one_or_none()
        if found is None:
            raise InputError(f"no database role {role!r}", hint=f"CREATE ROLE {role} LOGIN")
        if found:
            raise InputError(f"the role {role!r} bypasses row-level security")
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {name}"))
        conn.execute(
            text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}")
        )
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM {name}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}"))
        conn.execute(  # tables and sequences later migrations make, too
            text(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public"
                f" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {name}"
            )
        )
        conn.execute(
            text(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public"
                f" GRANT USAGE, SELECT ON SEQUENCES TO {name}"
            )
        )


def role_bypasses_security(store: Store) -> bool:
    """True when this connection's role is a superuser or has BYPASSRLS."""
    if store.dialect != "postgresql":
        return False
    with store.engine.begin() as conn:
        query = "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"
        return bool(conn.execute(text(query)).scalar_one())
