"""Where one search's time goes: every SQL statement of a request, with its plan and time.

    .venv/bin/python benchmarks/search_explain.py postgres://postgres@127.0.0.1:5432/NAME \
        [/api/search?q=water ...] [--plans]

Runs each URL once (after a first request; ``--cold`` empties the cache in between, as a
publish does) through Django's test client on an existing database (for example one
``search_bench.py --database-url`` seeded), captures its SQL statements and runs
``EXPLAIN (ANALYZE, BUFFERS)`` on each SELECT on PostgreSQL (``EXPLAIN QUERY PLAN`` and a
timed re-run on SQLite). Prints one line per statement, slowest first, and with ``--plans``
the plans too. The findings are summed up in README.md's Search section.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def explain(cursor, vendor, sql):
    """The plan and the milliseconds the statement took when run once more (``sql`` is the
    statement as Django logged it, parameters in place)."""
    if vendor == "postgresql":
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        plan = [row[0] for row in cursor.fetchall()]
        last = plan[-1]
        return plan, float(last.split(":")[1].split()[0])
    cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
    plan = [str(row[-1]) for row in cursor.fetchall()]
    started = time.perf_counter()
    cursor.execute(sql)
    cursor.fetchall()
    return plan, (time.perf_counter() - started) * 1000


def profile(url, show_plans, cold):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(url)  # warm caches the way a second visitor finds them
    if cold:
        cache.clear()  # ...or not: the first visitor after a publish
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    print(f"\n{url}: {response.status_code}, {len(captured)} statements, {elapsed:.1f} ms")
    rows = []
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith(("SELECT", "WITH", "(")):
                rows.append((0.0, sql, ["(not a SELECT: not explained)"]))
                continue
            plan, ms = explain(cursor, connection.vendor, sql)
            rows.append((ms, sql, plan))
    for ms, sql, plan in sorted(rows, key=lambda row: -row[0]):
        print(f"{ms:9.2f} ms  {sql[:160]}")
        if show_plans:
            print("\n".join(f"             {line}" for line in plan))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("urls", nargs="*", default=["/en/search/?q=water", "/api/search?q=water"])
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--cold", action="store_true", help="empty the cache before each URL")
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    import django

    django.setup()
    from django.db import connection

    connection.force_debug_cursor = True
    for url in args.urls:
        profile(url, args.plans, args.cold)


if __name__ == "__main__":
    main()
