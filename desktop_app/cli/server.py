"""zhengwen server init / adduser / users: set up a library on a PostgreSQL server for an office."""
from __future__ import annotations

import getpass
import sys


def cmd_init(args) -> int:
    from ..store.server import users

    version = users.init(args.url)
    print(f"团队资料库已就绪,结构版本 {version} (server library ready, schema version {version});"
          " 角色 (roles): zhengwen_read 阅读, zhengwen_edit 编辑, zhengwen_admin 管理")
    return 0


def cmd_adduser(args) -> int:
    from ..store.server import users

    password = None
    if args.password:
        password = getpass.getpass(f"{args.name} 的新密码 (new password): ")
        if password != getpass.getpass("再输入一次 (again): "):
            print("两次输入的密码不同 (the passwords differ)", file=sys.stderr)
            return 1
    try:
        users.add_user(args.url, args.name, args.role, password)
    except ValueError as e:
        print(f"无法添加用户 (cannot add the user): {e}", file=sys.stderr)
        return 1
    print(f"用户 {args.name} 的角色为 {args.role} (user {args.name} now has role {args.role})")
    return 0


def cmd_users(args) -> int:
    from ..store.server import users

    for name, role in users.users(args.url):
        print(f"{name}\t{role}")
    return 0


def register(sub) -> None:
    s = sub.add_parser("server", help="set up a library on a PostgreSQL server (init, adduser, users)")
    ssub = s.add_subparsers(dest="server_command", required=True)
    i = ssub.add_parser("init", help="make the library's tables and its three roles (read, edit, admin)")
    i.add_argument("url", help="postgresql://owner@host:port/dbname (a user who may create tables and roles)")
    i.set_defaults(func=cmd_init)
    a = ssub.add_parser("adduser", help="add a user (or change the role of one)")
    a.add_argument("url")
    a.add_argument("name")
    a.add_argument("--role", choices=["read", "edit", "admin"], default="read",
                   help="read 阅读, edit 编辑 (articles, corrections, 督办), admin 管理 (delete, restore, users)")
    a.add_argument("--password", action="store_true",
                   help="ask for a password for the user (else: log in through .pgpass, a service file or peer)")
    a.set_defaults(func=cmd_adduser)
    u = ssub.add_parser("users", help="the library's users and their roles")
    u.add_argument("url")
    u.set_defaults(func=cmd_users)
