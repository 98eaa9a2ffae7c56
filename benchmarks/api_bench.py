"""API listing throughput, as a ratio to a minimal Django view served the same way.

    python benchmarks/api_bench.py [--pages 100] [--requests 40]

Builds a throw-away SQLite database (or uses DATABASE_URL), publishes ``--pages`` standard
pages with a body that links and shows an image, then calls each URL ``--requests`` times
through Django's test client (the full middleware stack, no network) and reports the
median time per request and its ratio to a view that returns ``{"ok": true}``. Ratios,
not absolute times, are comparable between machines.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(database_dir):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{database_dir}/bench.sqlite3")
    import django

    django.setup()
    from django.conf import settings
    from django.http import JsonResponse
    from django.urls import clear_url_caches, path

    from hub import urls as hub_urls

    def minimal(request):
        return JsonResponse({"ok": True})

    # Wagtail's stock v2 pages endpoint, for scale: it resolves references one by one.
    from wagtail.api.v2.router import WagtailAPIRouter
    from wagtail.api.v2.views import PagesAPIViewSet

    stock = WagtailAPIRouter("stockapi")
    stock.register_endpoint("pages", PagesAPIViewSet)

    urls = types.ModuleType("bench_urls")
    urls.urlpatterns = [
        path("bench/minimal/", minimal),
        path("bench/stock-v2/", stock.urls),
        *hub_urls.urlpatterns,
    ]
    sys.modules["bench_urls"] = urls
    settings.ROOT_URLCONF = "bench_urls"
    settings.MEDIA_ROOT = Path(database_dir) / "media"
    settings.ALLOWED_HOSTS = ["*"]
    clear_url_caches()


def seed(page_count):
    from django.core.management import call_command
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage, StandardPage
    from tests.factories import ImageFactory

    call_command("migrate", verbosity=0)
    english, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(
        instance=HomePage(title="Home", slug="home", hero_title="Hub", locale=english)
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    images = [ImageFactory(title=f"Image {n}") for n in range(10)]
    about = home.add_child(instance=StandardPage(title="About", intro="About us."))
    about.save_revision().publish()
    for number in range(page_count):
        body = [
            {"type": "heading", "value": {"text": f"Part {number}", "level": "h2"}},
            {
                "type": "paragraph",
                "value": f'<p>Read <a linktype="page" id="{about.id}">about us</a>.</p>',
            },
            {
                "type": "image",
                "value": {"image": images[number % 10].id, "alt_text": "A photo", "caption": ""},
            },
        ]
        page = home.add_child(
            instance=StandardPage(title=f"Report {number}", intro="Sample.", body=body)
        )
        page.save_revision().publish()
    return about


def measure(client, url, requests):
    client.get(url, HTTP_HOST="localhost")  # warm up: renditions, caches
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url, HTTP_HOST="localhost")
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as database_dir:
        configure(database_dir)
        about = seed(args.pages)
        from django.test import Client

        client = Client()
        urls = {
            "minimal view": "/bench/minimal/",
            "pages, default fields, 20": "/api/v2/pages/?limit=20",
            "pages, fields=*, 20": "/api/v2/pages/?type=home.StandardPage&fields=*&limit=20",
            "pages, fields=*, 100": "/api/v2/pages/?type=home.StandardPage&fields=*&limit=100",
            "stock Wagtail v2, fields=*, 20": (
                "/bench/stock-v2/pages/?type=home.StandardPage&fields=*&limit=20"
            ),
            "page detail": f"/api/v2/pages/{about.id + 1}/",
            "openapi.json": "/api/openapi.json",
        }
        results = {name: measure(client, url, args.requests) for name, url in urls.items()}
    baseline = results["minimal view"]
    print(f"{args.pages} pages, median of {args.requests} requests each")
    print(f"{'endpoint':<32} {'median ms':>10} {'ratio':>8} {'req/s':>8}")
    for name, seconds in results.items():
        print(f"{name:<32} {seconds * 1000:>10.2f} {seconds / baseline:>8.1f} {1 / seconds:>8.0f}")


if __name__ == "__main__":
    main()
