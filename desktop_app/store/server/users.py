"""`zhengwen server init` and `adduser`: the library's schema, its three roles and their users."""
from __future__ import annotations

import re

from psycopg import sql

from . import schema
from .connection import connect_raw

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-.@]{0,62}$")


def init(url: str) -> int:
    """Make (or migrate) the library in the database at `url` and its roles; the schema version.
    Needs a user who may create tables and roles (the database owner with CREATEROLE, or a superuser)."""
    conn = connect_raw(url, statement_timeout_ms=0)
    try:
        return schema.migrate(conn)
    finally:
        conn.close()


def add_user(url: str, name: str, role: str, password: str | None = None) -> None:
    """A login for a person, member of one role (read / edit / admin); a new password replaces an old.
    Admins may add users (CREATEROLE is not inherited from a group, so it is given to each admin)."""
    if role not in schema.ROLES:
        raise ValueError(f"role must be one of {', '.join(schema.ROLES)}")
    if not _NAME.match(name):
        raise ValueError("user names: letters, digits, _ - . @ (at most 63)")
    conn = connect_raw(url, statement_timeout_ms=0)
    try:
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            ident = sql.Identifier(name)
            if not exists:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
            if password:
                conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))
            for other in schema.ROLES.values():  # one role at a time: changing it takes the others away
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), ident))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(schema.ROLES[role]), ident))
            conn.execute(sql.SQL("ALTER ROLE {} {}").format(
                ident, sql.SQL("CREATEROLE" if role == "admin" else "NOCREATEROLE")))
    finally:
        conn.close()


def users(url: str) -> list[tuple[str, str]]:
    """(user, role) of every member of the library's roles."""
    conn = connect_raw(url)
    try:
        return conn.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
            " JOIN pg_roles m ON m.oid = am.member WHERE g.rolname = ANY(%s) AND m.rolcanlogin ORDER BY 1",
            (list(schema.ROLES.values()),)).fetchall()
    finally:
        conn.close()
