"""LISTEN for 督办 changes: a colleague's change reaches every open window within a second or two.

The trigger on task_tracking (schema.py) NOTIFYs the article id at each commit; a TrackingListener
holds one idle connection of its own on a thread of its own and hands each id to `on_change`
(called on that thread: a window forwards it to the GUI thread with a signal). No polling of the
data: the connection sleeps until the server speaks.

A silent connection cannot tell a quiet office from a cut network (a dead link answers nothing and
closes nothing; TCP sees no error while something on the way acknowledges): so after PING_EVERY_S
of silence it asks the server for an answer, which must come within PING_TIMEOUT_MS and the desk's
grace (store/server/connection.py). No answer: `on_state(False)` (live updates paused), and it
connects again every `retry` seconds; once listening again `on_state(True)` — what changed meanwhile
was not heard, so the window reads its 督办 views again then.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

from .schema import CHANNEL

PING_EVERY_S = 2.0     # a SELECT 1 per desk every 2 s of silence: nothing for the server
PING_TIMEOUT_MS = 2000  # + 0.5 s grace: a cut is noticed within ~4.5 s of the last answer


class TrackingListener:
    def __init__(self, url: str, on_change: Callable[[int], None],
                 on_state: Callable[[bool], None] | None = None, retry: float = 3.0,
                 ping_every: float = PING_EVERY_S):
        self.url = url
        self.on_change = on_change
        self.on_state = on_state  # True when listening, False when the server is gone or does not answer
        self.retry = retry
        self.ping_every = ping_every
        self.up: bool | None = None  # as last told to on_state
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="zhengwen-listen", daemon=True)

    def start(self, wait: float = 5.0) -> TrackingListener:
        self._thread.start()
        self._ready.wait(wait)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _run(self) -> None:
        from .connection import connect_raw

        while not self._stop.is_set():
            try:
                conn = connect_raw(self.url, ask_password=None, statement_timeout_ms=PING_TIMEOUT_MS)
            except Exception:
                self._state(False)
                self._ready.set()
                self._stop.wait(self.retry)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self._state(True)
                self._ready.set()
                heard = time.monotonic()
                while not self._stop.is_set():
                    for n in conn.notifies(timeout=0.5):
                        heard = time.monotonic()
                        try:
                            self.on_change(int(n.payload))
                        except ValueError:
                            pass
                    if time.monotonic() - heard >= self.ping_every:
                        conn.execute("SELECT 1")  # NoAnswer / OperationalError when the link is gone
                        heard = time.monotonic()
            except Exception:
                self._state(False)
                self._stop.wait(self.retry)
            finally:
                try:
                    conn.close()
                except Exception:
                    pass

    def _state(self, up: bool) -> None:
        if up == self.up:
            return  # said once per change, not at every attempt
        self.up = up
        if self.on_state is not None:
            self.on_state(up)
