"""A server connection that takes the sqlite3-style calls of the store modules both backends share.

spans.py, edits.py, tracking.py and stats.py write `conn.execute("… WHERE id=?", (x,))`,
`.lastrowid`, `conn.executemany`, `conn.in_transaction` and `BEGIN IMMEDIATE` (transaction.py).
PgConnection maps exactly those: `?` -> `%s`, an INSERT into a table with an id gets `RETURNING id`
(for .lastrowid), BEGIN IMMEDIATE -> BEGIN. The server's own modules (server/*.py) write native
SQL and call `conn.pg(…)`. Connection failures become ServerUnavailable with one readable line.
"""
from __future__ import annotations

import functools
import getpass
import os
import re
import sys

import psycopg
from psycopg.types.numeric import NumericLoader

from .trouble import ServerRefused, ServerUnavailable, describe_url

CONNECT_TIMEOUT = 5          # seconds: a server that is gone is reported within this
STATEMENT_TIMEOUT_MS = int(os.environ.get("ZHENGWEN_PG_STATEMENT_TIMEOUT", "30000"))
# A server that has not answered this long after its own statement timeout cannot reach us: the
# network is cut (docs/scale.md, "What breaks first").
ANSWER_GRACE_S = 0.5
# Tables whose INSERTs give an id back (every table but manual_posts).
_ID_TABLES = {"articles", "officials", "mentions", "tasks", "manual_mentions", "suppressions", "manual_tasks",
              "task_overrides", "task_tracking", "revisions"}
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, bool]:
    """sqlite3 SQL of the shared modules -> psycopg SQL, and whether it returns the new id.
    (Their SQL holds no `?` or `%` inside a string literal; a new one that did would fail its tests
    on the server.)"""
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN", False
    out = sql.replace("%", "%%").replace("?", "%s")
    m = _INSERT.match(out)
    returning = bool(m and m.group(1).lower() in _ID_TABLES and "RETURNING" not in out.upper())
    return (out + " RETURNING id" if returning else out), returning


class _IntegralNumeric(NumericLoader):
    """sum() of integers is numeric in PostgreSQL (a Decimal); the shared code expects an int."""

    def load(self, data):
        value = super().load(data)
        return int(value) if value == value.to_integral_value() else float(value)


class Result:
    """What sqlite3's cursor gives the shared modules: rows, and the id of the row just inserted."""

    def __init__(self, cur: psycopg.Cursor, returning: bool):
        self.cur = cur
        self.lastrowid = None
        if returning:
            row = cur.fetchone()
            self.lastrowid = row[0] if row else None
        self.rowcount = cur.rowcount

    def fetchone(self):
        return self.cur.fetchone() if self.cur.description else None

    def fetchall(self):
        return self.cur.fetchall() if self.cur.description else []

    def fetchmany(self, n: int):
        return self.cur.fetchmany(n) if self.cur.description else []

    def __iter__(self):
        return iter(self.fetchall())


def _ask_password(url: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{describe_url(url)} 的密码 (password): ")


_PASSWORDS: dict[str, str] = {}  # url -> password typed this run: workers' connections use it too


def remember_password(url: str, password: str) -> None:
    """Keep a typed password in memory for this run (never written: the window asks at each start)."""
    _PASSWORDS[url] = password


def ask_on_terminal(url: str) -> str | None:
    """The command line's way to get a password libpq has none for (a window asks with a dialog)."""
    return _ask_password(url)


class NoAnswer(psycopg.errors._WaitTimeout):
    """The server sent nothing back within the desk's own deadline (see _DeskConnection)."""


class _DeskConnection(psycopg.Connection):
    """A connection that waits for an answer no longer than `answer_within` seconds.

    The statement timeout is the server's: it ends a slow statement with an error the desk reads.
    When the network is cut without a reset (a dead link, VPN or firewall: nothing comes back, and
    nothing closes), that error cannot arrive either, and TCP notices nothing while the packets it
    sent were acknowledged by something on the way; libpq would wait for ever. So each wait for the
    server — a statement, a commit — has a deadline of the statement timeout and a grace; past it the
    connection is closed (its state is unknown) and NoAnswer raised. A wait given its own timeout
    (LISTEN's notifies) keeps it."""

    answer_within: float | None = None

    def wait(self, gen, interval: float = 0.1, timeout: float | None = None):  # type: ignore[override]
        if timeout is not None or not self.answer_within:
            return super().wait(gen, interval=interval, timeout=timeout)
        try:
            return super().wait(gen, interval=interval, timeout=self.answer_within)
        except psycopg.errors._WaitTimeout:
            self.pgconn.finish()  # the statement may or may not have run: no further use of this session
            raise NoAnswer(f"no answer within {self.answer_within:g} s") from None


def connect_raw(url: str, *, ask_password=None, statement_timeout_ms: int | None = None,
                autocommit: bool = True) -> psycopg.Connection:
    """A psycopg connection with timeouts: connect within CONNECT_TIMEOUT s, every statement within
    the statement timeout (the server's), an answer within that and ANSWER_GRACE_S (the desk's own
    deadline, for a network cut that leaves the connection open: _DeskConnection), a dead network
    noticed by TCP within ~5-10 s (user timeout, keepalives). The password comes from the
    URL, libpq's .pgpass / service file / PGPASSWORD, or `ask_password(url)` (never from settings)."""
    timeout = STATEMENT_TIMEOUT_MS if statement_timeout_ms is None else statement_timeout_ms
    # force_custom_plan: psycopg prepares a statement run 5 times, and PostgreSQL may then plan it
    # once for any parameters; a search's plan depends on how common its tokens are (GIN lookup,
    # list walk or slice), so each run is planned for its own values.
    kwargs = dict(autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT, application_name="zhengwen",
                  options=f"-c statement_timeout={int(timeout)} -c plan_cache_mode=force_custom_plan", keepalives=1, keepalives_idle=5,
                  keepalives_interval=2, keepalives_count=2, tcp_user_timeout=CONNECT_TIMEOUT * 1000)
    if url in _PASSWORDS:
        kwargs["password"] = _PASSWORDS[url]

    def connect(**more) -> psycopg.Connection:
        conn = _DeskConnection.connect(url, **kwargs, **more)
        conn.answer_within = timeout / 1000 + ANSWER_GRACE_S if timeout > 0 else None
        return conn
    try:
        return connect()
    except psycopg.OperationalError as e:
        if "password" in str(e).lower() and ask_password is not None and "password" not in kwargs:
            password = ask_password(url)
            if password:
                try:
                    conn = connect(password=password)
                    remember_password(url, password)
                    return conn
                except psycopg.OperationalError as again:
                    raise ServerUnavailable(url, again) from None
        raise ServerUnavailable(url, e) from None
    except psycopg.ProgrammingError as e:  # a malformed URL
        raise ServerUnavailable(url, e) from None


class PgConnection:
    """One server connection (autocommit; Transaction issues BEGIN/SAVEPOINT/COMMIT itself).
    Belongs to the thread that opened it, as a Store does."""

    # What the shared modules append to a SELECT whose row they are about to change (store/tracking.py):
    # SQLite's BEGIN IMMEDIATE already holds the whole file.
    row_lock = " FOR UPDATE"

    def __init__(self, raw: psycopg.Connection, url: str, reconnect=None):
        self.raw = raw
        self.url = url
        # () -> a new raw connection set up as this one was (timeouts, read-only): after the server
        # went away and came back, the next call outside a transaction connects again instead of
        # failing for the rest of the window's life.
        self.reconnect = reconnect
        raw.adapters.register_loader("numeric", _IntegralNumeric)
        self.pending_index: list = []  # transaction.py's queue: the server indexes in the row at once
        self.search_index = None       # set by the store (server/index.py): articles.index/unindex use it

    # -- the sqlite3-style calls of the shared modules -----------------------------------------
    @property
    def in_transaction(self) -> bool:
        if self.raw.closed or self.raw.broken:
            return False  # its transaction died with it: no ROLLBACK to send (nor a reconnect for one)
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params=()) -> Result:
        pg_sql, returning = translate(sql)
        return self._run(lambda cur: cur.execute(pg_sql, params or None), returning)

    def executemany(self, sql: str, rows) -> None:
        pg_sql, _ = translate(sql)
        if "RETURNING" in pg_sql and not sql.upper().count("RETURNING"):
            pg_sql = pg_sql.rsplit(" RETURNING id", 1)[0]
        rows = list(rows)
        if rows:
            self._run(lambda cur: cur.executemany(pg_sql, rows), False)

    # -- native SQL for the server's own modules ---------------------------------------------
    def pg(self, sql: str, params=None) -> Result:
        return self._run(lambda cur: cur.execute(sql, params), False)

    def _reconnect(self) -> None:
        self.raw = self.reconnect()
        self.raw.adapters.register_loader("numeric", _IntegralNumeric)

    def _run(self, call, returning: bool) -> Result:
        if (self.raw.closed or self.raw.broken) and self.reconnect is not None:
            # A transaction that was open died with the connection (its caller got the error);
            # a new statement starts afresh. Connecting raises ServerUnavailable while it is gone.
            self._reconnect()
        idle = not self.in_transaction
        cur = self.raw.cursor()
        try:
            try:
                call(cur)
            except NoAnswer:
                raise
            except psycopg.OperationalError:
                # The server restarted since the last statement: the connection is found dead only
                # now. A statement outside a transaction is tried once more on a new connection
                # (it did not run: the server that would have run it is gone).
                if not (idle and self.raw.broken and self.reconnect is not None):
                    raise
                self._reconnect()
                cur = self.raw.cursor()
                call(cur)
        except psycopg.errors.ReadOnlySqlTransaction as e:
            raise ServerRefused(f"这个窗口只读 (this window is read-only): {e}".strip(), describe_url(self.url)) from None
        except psycopg.errors.InsufficientPrivilege as e:
            raise ServerRefused(f"团队资料库拒绝了这项修改 (the server refused the change): {e}".strip(),
                                f"{describe_url(self.url)} ({' '.join(str(e).split())[:160]})") from None
        except (psycopg.errors.QueryCanceled, NoAnswer) as e:
            # NoAnswer: not tried again on a new connection, which would wait a connect timeout more
            # for a network that is still cut; the next call connects again.
            raise ServerUnavailable(self.url, e, timeout=True) from None
        except psycopg.OperationalError as e:
            if self.raw.closed or self.raw.broken:
                raise ServerUnavailable(self.url, e) from None
            raise
        return Result(cur, returning)

    def close(self) -> None:
        self.raw.close()

    @property
    def user(self) -> str:
        return self.raw.info.user
