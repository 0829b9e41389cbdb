"""A TCP proxy between the app and the test cluster that can "cut the network": it stops forwarding
without closing anything (a blackhole), as a dead link, VPN or firewall does — no reset, no FIN, the
app's packets are taken and nothing comes back. `mend()` forwards again (what waited in the buffers
goes through, as TCP would retransmit it after a short outage)."""
from __future__ import annotations

import select
import socket
import threading


class CuttableProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self._forwarding = threading.Event()
        self._forwarding.set()
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, name="netcut-accept", daemon=True).start()

    def url(self, cluster_url: str) -> str:
        """`cluster_url` (postgresql://…@127.0.0.1:PORT/db) through the proxy."""
        return cluster_url.replace(f":{self.target[1]}/", f":{self.port}/", 1)

    def cut(self) -> None:
        self._forwarding.clear()

    def mend(self) -> None:
        self._forwarding.set()

    def close(self) -> None:
        self._stop.set()
        self._forwarding.set()
        with self._lock:
            for s in [self._listener, *self._sockets]:
                try:
                    s.close()
                except OSError:
                    pass

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()  # the kernel accepts during a cut as well
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        peers = {client: server, server: client}
        try:
            while not self._stop.is_set():
                if not self._forwarding.wait(0.05):
                    continue  # cut: nothing is read, nothing is sent, nothing is closed
                ready, _, _ = select.select(list(peers), [], [], 0.05)
                for s in ready:
                    if not self._forwarding.is_set():
                        break
                    data = s.recv(65536)
                    if not data:
                        return
                    peers[s].sendall(data)
        except (OSError, ValueError):  # ValueError: select() on a socket close() has just closed
            return
        finally:
            for s in peers:
                try:
                    s.close()
                except OSError:
                    pass
