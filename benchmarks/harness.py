"""Shared set-up of the benchmarks: a throw-away SQLite database, a minimal Django view as
the yardstick, and medians of requests through the Django test client.

Timings are reported as ratios against the minimal view served the same way in the same
run, so they compare across machines (DESIGN.md, "Budgets").
"""

import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django(database_url=None):
    """Point Django at a fresh database (a SQLite file in a temporary folder unless
    ``database_url`` names another) and media folder, migrate, and return the folder."""
    folder = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    sys.path.insert(0, str(ROOT))
    # whitenoise warns that collected static files are missing; the benchmark needs none.
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return folder


def minimal_view(request):
    from django.http import HttpResponse

    return HttpResponse("ok", content_type="text/plain")


def _urlpatterns():
    from django.urls import path

    from hub.urls import urlpatterns

    return [path("bench/minimal/", minimal_view), *urlpatterns]


urlpatterns = []  # filled by ``measure`` once Django is set up


def english_home():
    """An English home page as the only site's root, with nothing under it."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    Locale.objects.get_or_create(language_code="en")
    Page.objects.filter(depth=2).delete()
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Home", slug="home", hero_title="Hub")
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def bulk_child_pages(parent, model, titles, **fields):
    """Live ``model`` pages under ``parent``, one per title, as bare ``Page`` rows inserted in
    bulk (fast, and fine for a measurement): the caller inserts the ``model`` table's rows.
    Slugs are ``page-00000`` and up; ``fields`` go on every row."""
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    rows = []
    for number, title in enumerate(titles):
        slug = f"page-{number:05d}"
        rows.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, number + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                **fields,
            )
        )
    Page.objects.bulk_create(rows, batch_size=500)
    Page.objects.filter(pk=parent.pk).update(numchild=len(rows))
    return rows


def insert_specific_rows(model, instances):
    """Insert the page type's own table rows (``model``'s local columns) of pages that
    ``bulk_child_pages`` created; ``instances`` carry ``page_ptr_id`` and the fields."""
    from django.db import connection

    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    sql = (
        f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    rows = [
        [field.get_db_prep_save(field.pre_save(instance, True), connection) for field in fields]
        for instance in instances
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def request_seconds(client, url, repeat):
    """The duration of ``repeat`` requests to ``url``, after one warm-up request (caches,
    renditions, compiled templates)."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return timings


def median_seconds(client, url, repeat):
    return statistics.median(request_seconds(client, url, repeat))


def measure(cases, repeat=9, baseline_repeat=51):
    """``{name: (median seconds, ratio to the minimal view)}`` for ``{name: url}``."""
    from django.test import Client
    from django.test.utils import override_settings

    global urlpatterns
    urlpatterns = _urlpatterns()
    client = Client()
    with override_settings(ROOT_URLCONF=__name__):
        baseline = median_seconds(client, "/bench/minimal/", baseline_repeat)
        results = {"minimal Django view": (baseline, 1.0)}
        for name, url in cases.items():
            seconds = median_seconds(client, url, repeat)
            results[name] = (seconds, seconds / baseline)
    return results


def report(title, results):
    print(f"\n{title}")
    print(f"{'what':<44} {'median ms':>10} {'× minimal view':>15}")
    for name, (seconds, ratio) in results.items():
        print(f"{name:<44} {seconds * 1000:>10.1f} {ratio:>15.0f}")
