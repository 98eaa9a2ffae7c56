"""Search over 10,000 pages on SQLite and on PostgreSQL, against a plain database lookup.

    .venv/bin/python benchmarks/search_bench.py [--pages 10000] [--requests 21]

Seeds a throw-away database with raw bulk inserts of standard pages whose text is drawn
from a fixed vocabulary (so some words are rare and some match thousands of pages), builds
the search index with ``update_index``, then requests the search page, the search API and
autocomplete through Django's test client, and a view that reads one page by its slug the
same way: that view is the yardstick. It reports the median and the 95th percentile and the
ratio of each median to the yardstick's.

SQLite runs in this process. PostgreSQL runs in a child process on a fresh database on
127.0.0.1:5432 (user postgres), dropped afterwards, when that server answers; otherwise it
is skipped with a message.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import setup_django  # noqa: E402

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
COMMON = "water village school women youth budget housing council training volunteers".split()
RARE = "beekeeping lacquer felt yurt apricot".split()


def words(rng, count):
    picked = rng.choices(COMMON, k=count)
    if rng.random() < 0.02:  # about 2% of the pages carry a rare word
        picked[rng.randrange(count)] = rng.choice(RARE)
    return " ".join(picked)


def seed(pages):
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage, StandardPage

    rng = random.Random(8)
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Home", slug="home", hero_title="Hub"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    content_type = ContentType.objects.get_for_model(StandardPage)
    with transaction.atomic():
        rows = []
        for number in range(pages):
            title = f"{words(rng, 3).capitalize()} {number:05d}"
            slug = f"page-{number:05d}"
            rows.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(home.path, home.depth + 1, number + 1),
                    depth=home.depth + 1,
                    numchild=0,
                    url_path=f"{home.url_path}{slug}/",
                    live=True,
                    locale=english,
                    translation_key=uuid.uuid4(),
                    first_published_at="2021-05-01T10:00:00Z",
                    last_published_at="2021-05-01T10:00:00Z",
                )
            )
        Page.objects.bulk_create(rows, batch_size=500)
        table = connection.ops.quote_name(StandardPage._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, intro, body) VALUES (%s, %s, %s)",
                [(page.pk, words(rng, 40), "[]") for page in rows],
            )
        Page.objects.filter(pk=home.pk).update(numchild=pages)
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    return time.perf_counter() - started


def page_by_slug(request):
    from django.http import HttpResponse
    from wagtail.models import Page

    page = Page.objects.only("title").get(slug="page-00042")
    return HttpResponse(page.title, content_type="text/plain")


urlpatterns = []


def timings(client, url, repeat):
    response = client.get(url)  # warm-up
    assert response.status_code == 200, (url, response.status_code)
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        seconds.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
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
    cases = {
        "plain lookup: one page by slug": "/bench/page-by-slug/",
        "search page, rare word (`apricot`)": "/en/search/?q=apricot",
        "search page, common word (`water`)": "/en/search/?q=water",
        "search page, two words, page 5": "/en/search/?q=water+school&page=5",
        "search API, common word": "/api/search?q=water",
        "search API, rare word + year facet": "/api/search?q=beekeeping&year=2021",
        "autocomplete (`wat`)": "/api/search/autocomplete?q=wat",
    }
    client = Client()
    with override_settings(ROOT_URLCONF=__name__):
        results = {name: timings(client, url, repeat) for name, url in cases.items()}
    baseline = results["plain lookup: one page by slug"][0]
    print(f"\nSearch over {pages:,} pages on {database_name} (median and p95 of {repeat})")
    print("| what | median ms | p95 ms | × plain lookup |\n|---|---:|---:|---:|")
    for name, (median, p95) in results.items():
        print(f"| {name} | {median * 1000:.1f} | {p95 * 1000:.1f} | {median / baseline:.0f} |")


def postgres_child(args):
    database = f"hub_bench_search_{os.getpid()}"
    admin = ["psql", f"{POSTGRES_SERVER}/postgres", "-q", "-c"]
    try:
        subprocess.run([*admin, f"CREATE DATABASE {database}"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"\nPostgreSQL skipped: no server at {POSTGRES_SERVER} ({error})")
        return
    try:
        subprocess.run(
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
        )
    finally:
        subprocess.run([*admin, f"DROP DATABASE IF EXISTS {database}"], capture_output=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=21)
    parser.add_argument("--database-url", help="run on this database only (used for PostgreSQL)")
    args = parser.parse_args()
    if args.database_url:
        run("PostgreSQL", args.database_url, args.pages, args.requests)
        return
    run("SQLite", None, args.pages, args.requests)
    postgres_child(args)


if __name__ == "__main__":
    main()
