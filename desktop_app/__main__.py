"""`python -m desktop_app` is the `zhengwen` command."""
from .cli import main

raise SystemExit(main())
