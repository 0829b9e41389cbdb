"""LISTEN for 督办 changes: a colleague's change reaches every open window within a second or two.

The trigger on task_tracking (schema.py) NOTIFYs the article id at each commit; a TrackingListener
holds one idle connection of its own on a thread of its own and hands each id to `on_change`
(called on that thread: a window forwards it to the GUI thread with a signal). No polling: the
connection sleeps until the server speaks. A lost server is retried every few seconds.
"""
from __future__ import annotations

import threading
from typing import Callable

from .schema import CHANNEL


class TrackingListener:
    def __init__(self, url: str, on_change: Callable[[int], None],
                 on_state: Callable[[bool], None] | None = None, retry: float = 3.0):
        self.url = url
        self.on_change = on_change
        self.on_state = on_state  # True when listening, False when the server is gone
        self.retry = retry
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
                conn = connect_raw(self.url, ask_password=None)
            except Exception:
                self._state(False)
                self._ready.set()
                self._stop.wait(self.retry)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self._state(True)
                self._ready.set()
                while not self._stop.is_set():
                    for n in conn.notifies(timeout=0.5):
                        try:
                            self.on_change(int(n.payload))
                        except ValueError:
                            pass
            except Exception:
                self._state(False)
                self._stop.wait(self.retry)
            finally:
                conn.close()

    def _state(self, up: bool) -> None:
        if self.on_state is not None:
            self.on_state(up)
