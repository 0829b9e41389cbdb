"""What goes wrong with a server library, said in one line a person can act on."""
from __future__ import annotations


def url_parts(url: str) -> dict:
    """libpq's reading of a URL or key=value string: host, port, dbname, user… ({} if malformed)."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        return conninfo_to_dict(url)
    except Exception:
        return {}


def describe_url(url: str) -> str:
    """user@host:port/db without a password, for messages."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        d = conninfo_to_dict(url)
    except Exception:
        return "服务器"
    if d.get("service"):
        return f"service={d['service']}"
    host = d.get("host") or "localhost"
    port = d.get("port") or "5432"
    user = f"{d['user']}@" if d.get("user") else ""
    return f"{user}{host}:{port}/{d.get('dbname') or ''}"


class ServerUnavailable(ConnectionError):
    """The server library cannot be reached or did not answer in time; str() is one line for people."""

    def __init__(self, url: str, cause: Exception | None = None, timeout: bool = False):
        self.url = url
        self.timeout = timeout
        self.needs_password = "password" in str(cause or "").lower()
        reason = " ".join(str(cause or "").split())[:200]
        self.where = describe_url(url) + (f" ({reason})" if reason else "")
        if timeout:
            text = f"团队资料库没有及时响应 (the server library did not answer in time): {describe_url(url)}"
        else:
            text = f"无法连接团队资料库 (cannot reach the server library): {describe_url(url)}"
        super().__init__(f"{text}{' — ' + reason if reason else ''}")


class ServerRefused(PermissionError):
    """The database refused a change: the user's role does not allow it (阅读 users cannot write)."""

    def __init__(self, text: str, where: str = ""):
        super().__init__(text)
        self.where = where or text


class NotInitialised(ConnectionError):
    """The database holds no library yet: `zhengwen server init URL` makes one."""

    def __init__(self, url: str):
        self.where = describe_url(url)
        super().__init__(f"{self.where} 还不是团队资料库,请先运行 zhengwen server init "
                         "(no library here yet: run `zhengwen server init URL`)")


class OutdatedLibrary(NotInitialised):
    """The library's schema is older than this program's and this user may not upgrade it (only the
    library's owner may change its tables): `zhengwen server init URL`, run by an administrator, does."""

    def __init__(self, url: str, found: int, needed: int):
        self.where = f"{describe_url(url)} ({found} < {needed})"
        ConnectionError.__init__(self, f"{describe_url(url)} 的结构是旧版本({found},本程序需要 {needed}),请管理员运行"
                                 f" zhengwen server init 升级 (the library's schema {found} is older than this"
                                 f" program's {needed}: an administrator runs `zhengwen server init URL`)")


def failure(e: BaseException) -> tuple[str, str] | None:
    """(catalogue code, what to name) of a server library's failure, else None: the CLI and the window
    say it in the user's language from the catalogue instead of the exception's bilingual text."""
    if isinstance(e, ImportError) and (getattr(e, "name", "") or "").split(".")[0] in ("psycopg", "psycopg_pool"):
        return "no_server_support", ""
    if isinstance(e, OutdatedLibrary):
        return "library_outdated", e.where
    if isinstance(e, NotInitialised):
        return "not_a_library", e.where
    if isinstance(e, ServerUnavailable):
        return ("server_slow" if e.timeout else "server_unavailable"), e.where
    if isinstance(e, ServerRefused):
        return "server_refused", e.where
    return None
