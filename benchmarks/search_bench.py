"""Search over 10,000 pages on SQLite and on PostgreSQL, against a plain database lookup.

    .venv/bin/python benchmarks/search_bench.py [--pages 10000] [--requests 21]
        [--database-name hub_bench_search] [--postgres-only | --sqlite-only]

Seeds a throw-away database with raw bulk inserts of standard pages whose text is drawn
from a fixed vocabulary (so some words are rare and some match thousands of pages), builds
the search index with ``update_index``, then requests the search page, the search API and
autocomplete through Django's test client, and a view that reads one page by its slug the
same way: that view is the yardstick. It reports the median and the 95th percentile and the
ratio of each median to the yardstick's.
Each search case is then timed again as the first request after a publish (the page cache
generation moved on before each one), which computes every kept answer again: what the
first visitor of a query pays after an editor publishes.

SQLite runs in this process. PostgreSQL runs in a child process on a fresh database on
127.0.0.1:5432 (user postgres; ``--database-name``, by default one named after the process),
dropped afterwards, when that server answers; otherwise it is skipped with a message. The
last lines are one summary per database, the line to compare runs by:
``search p95 ms: page=<n> api=<n> api_facet=<n> autocomplete=<n> (<database>, <pages> pages)``.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import (  # noqa: E402
    bulk_child_pages,
    english_home,
    insert_specific_rows,
    request_seconds,
    setup_django,
)

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
COMMON = "water village school women youth budget housing council training volunteers".split()
RARE = "beekeeping lacquer felt yurt apricot".split()


def words(rng, count):
    picked = rng.choices(COMMON, k=count)
    if rng.random() < 0.02:  # about 2% of the pages carry a rare word
        picked[rng.randrange(count)] = rng.choice(RARE)
    return " ".join(picked)


def seed(pages):
    from django.core.management import call_command
    from django.db import transaction

    from home.models import StandardPage

    rng = random.Random(8)
    with transaction.atomic():
        rows = bulk_child_pages(
            english_home(),
            StandardPage,
            [f"{words(rng, 3).capitalize()} {number:05d}" for number in range(pages)],
            first_published_at="2021-05-01T10:00:00Z",
            last_published_at="2021-05-01T10:00:00Z",
        )
        insert_specific_rows(
            StandardPage,
            [StandardPage(page_ptr_id=page.pk, intro=words(rng, 40), body=[]) for page in rows],
        )
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    # Planner statistics, as autovacuum gathers them some time after a bulk load: without
    # them PostgreSQL takes the 10,000 fresh pages for one and joins them to the index
    # entries in a nested loop (README.md, Search).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def page_by_slug(request):
    from django.http import HttpResponse
    from wagtail.models import Page

    page = Page.objects.only("title").get(slug="page-00042")
    return HttpResponse(page.title, content_type="text/plain")


urlpatterns = []

# (what, URL, summary group): the summary reports each group's worst p95.
CASES = (
    ("plain lookup: one page by slug", "/bench/page-by-slug/", None),
    ("search page, rare word (`apricot`)", "/en/search/?q=apricot", "page"),
    ("search page, common word (`water`)", "/en/search/?q=water", "page"),
    ("search page, two words, page 5", "/en/search/?q=water+school&page=5", "page"),
    ("search API, common word", "/api/search?q=water", "api"),
    ("search API, rare word", "/api/search?q=beekeeping", "api"),
    ("search API, common word + type facet", "/api/search?q=water&type=page", "api_facet"),
    ("search API, rare word + year facet", "/api/search?q=beekeeping&year=2021", "api_facet"),
    ("autocomplete (`wat`)", "/api/search/autocomplete?q=wat", "autocomplete"),
    ("autocomplete (`apr`)", "/api/search/autocomplete?q=apr", "autocomplete"),
)
GROUPS = ("page", "api", "api_facet", "autocomplete")


def timings(client, url, repeat):
    return percentiles(request_seconds(client, url, repeat))


def first_visit_timings(client, url, repeat):
    """Each request the first after a publish: every kept answer (facet counts, ranked ids,
    the page's chrome) is computed again, as for the first visitor after an editor
    publishes."""
    from core.page_cache import invalidate_pages

    seconds = []
    for _ in range(repeat):
        invalidate_pages()
        start = time.perf_counter()
        response = client.get(url)
        seconds.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return percentiles(seconds)


def percentiles(seconds):
    return statistics.median(seconds), statistics.quantiles(seconds, n=20)[-1]


def run(database_name, database_url, pages, repeat):
    global urlpatterns
    started = time.perf_counter()
    setup_django(database_url)
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import path

    from hub.urls import urlpatterns as hub_urls

    indexing = seed(pages)
    print(
        f"{database_name}: seeded {pages:,} pages in {time.perf_counter() - started:.0f} s "
        f"(update_index {indexing:.0f} s)"
    )
    urlpatterns = [path("bench/page-by-slug/", page_by_slug), *hub_urls]
    client = Client()
    with override_settings(ROOT_URLCONF=__name__):
        results = {name: timings(client, url, repeat) for name, url, _group in CASES}
        first_visits = {
            name: first_visit_timings(client, url, repeat) for name, url, group in CASES if group
        }
    baseline = results[CASES[0][0]][0]
    print(f"\nSearch over {pages:,} pages on {database_name} (median and p95 of {repeat})")
    print("| what | median ms | p95 ms | × plain lookup |\n|---|---:|---:|---:|")
    for name, (median, p95) in results.items():
        print(f"| {name} | {median * 1000:.1f} | {p95 * 1000:.1f} | {median / baseline:.0f} |")
    print(f"\nThe same, each request the first after a publish (median and p95 of {repeat})")
    print("| what | median ms | p95 ms | × plain lookup |\n|---|---:|---:|---:|")
    for name, (median, p95) in first_visits.items():
        print(f"| {name} | {median * 1000:.1f} | {p95 * 1000:.1f} | {median / baseline:.0f} |")
    return summary(results, database_name, pages)


def summary(results, database_name, pages):
    """The summary line: the worst p95 of each group of cases, in whole milliseconds."""
    worst = {}
    for name, _url, group in CASES:
        if group:
            worst[group] = max(worst.get(group, 0), results[name][1])
    figures = " ".join(f"{group}={worst[group] * 1000:.0f}" for group in GROUPS)
    return f"search p95 ms: {figures} ({database_name}, {pages} pages)"


def postgres_child(args):
    """Run the benchmark on a fresh PostgreSQL database in a child process; its summary line."""
    database = args.database_name or f"hub_bench_search_{os.getpid()}"
    admin = ["psql", f"{POSTGRES_SERVER}/postgres", "-q", "-c"]
    try:
        subprocess.run([*admin, f'DROP DATABASE IF EXISTS "{database}"'], check=True)
        subprocess.run([*admin, f'CREATE DATABASE "{database}"'], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"\nPostgreSQL skipped: no server at {POSTGRES_SERVER} ({error})")
        return None
    try:
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--pages",
                str(args.pages),
                "--requests",
                str(args.requests),
                "--database-url",
                f"{POSTGRES_SERVER}/{database}",
            ],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        )
    finally:
        subprocess.run([*admin, f'DROP DATABASE IF EXISTS "{database}"'], capture_output=True)
    lines = child.stdout.rstrip().splitlines()
    print("\n".join(lines[:-1]))
    return lines[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=21)
    parser.add_argument("--database-name", help="the PostgreSQL database to create and drop")
    parser.add_argument("--database-url", help="run on this database only (used for PostgreSQL)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--postgres-only", action="store_true")
    only.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    if args.database_url:
        print(run("PostgreSQL", args.database_url, args.pages, args.requests), flush=True)
        return
    summaries = []
    if not args.postgres_only:
        summaries.append(run("SQLite", None, args.pages, args.requests))
    if not args.sqlite_only:
        summaries.append(postgres_child(args))
    print()
    for line in summaries:
        if line:
            print(line)


if __name__ == "__main__":
    main()
