"""A small closed-loop load generator: N threads, each sending requests back to back."""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class LoadResult:
    url: str
    seconds: float
    latencies: list = field(default_factory=list)
    errors: int = 0

    @property
    def requests(self):
        return len(self.latencies) + self.errors

    @property
    def rps(self):
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, fraction):
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    @property
    def median_ms(self):
        return statistics.median(self.latencies) * 1000 if self.latencies else float("nan")


def _request(parts, headers):
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def run_load(url, seconds=5.0, concurrency=4, headers=None):
    """Load ``url`` for ``seconds`` from ``concurrency`` threads; bounded in time and count."""
    parts = urlsplit(url)
    headers = {"Accept-Language": "en", **(headers or {})}
    result = LoadResult(url=url, seconds=seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    max_requests = 200_000

    def worker():
        while time.monotonic() < deadline and result.requests < max_requests:
            started = time.perf_counter()
            try:
                status = _request(parts, headers)
                ok = status == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                if ok:
                    result.latencies.append(elapsed)
                else:
                    result.errors += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result
