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


def median_seconds(client, url, repeat):
    response = client.get(url)  # warm-up: caches, renditions, compiled templates
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200
    return statistics.median(timings)


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
