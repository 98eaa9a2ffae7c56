"""Serve the hub with gunicorn (production settings) and load it, cold and cached.

    make bench                      # SCALE=1 DURATION=5 CONCURRENCY=4 by default
    SCALE=3 DURATION=10 make bench

Each URL is loaded for DURATION seconds from CONCURRENCY client threads on this machine,
first with the page cache off (every request renders), then with it on (Redis at
REDIS_URL, default redis://127.0.0.1:6379/15). In the same run a plain Django template
view listing 20 items (no database), served the same way, gives the baseline; each row is
reported as a ratio of its requests per second to that baseline (the targets: uncached
detail pages at least 0.10 of it, listings and the API at least 0.07). A view that
returns "ok" is measured as well, for the cost of the server itself. SQL queries per URL
are counted in-process with the page cache off. The table, the machine and the commit
are written to benchmarks/README.md between the serve-bench markers.
"""

import os
import platform
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import run_load  # noqa: E402

SCALE = int(os.environ.get("SCALE", "1"))
DURATION = float(os.environ.get("DURATION", "5"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "4"))
WORKERS = int(os.environ.get("WORKERS", "2"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
MARK_START, MARK_END = "<!-- serve-bench:start -->", "<!-- serve-bench:end -->"
BASELINE = "20-item template view (baseline)"


def environment(folder):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "SECRET_KEY": "benchmark-only-" + "s" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "LOCAL_HTTP": "true",
        "SERVE_MEDIA": "true",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL")
        or f"sqlite:///{folder / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        "LOG_LEVEL": "WARNING",
    }


def prepare(env):
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)
    if SCALE > 1:
        from benchmarks.seed import seed_news

        seed_news(extra=(SCALE - 1) * 100)


def target_urls():
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    def first_url(app_label, model):
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        page = (
            Page.objects.live()
            .filter(content_type=content_type, locale__language_code="en")
            .order_by("path")
            .first()
        )
        return page.url if page else None

    urls = {
        BASELINE: "/__bench__/list",
        "minimal view": "/__bench__/ok",
        "home": "/en/",
        "article": first_url("articles", "articlepage"),
        "news item": first_url("articles", "newspage"),
        "library index": first_url("articles", "articleindexpage"),
        "news index": first_url("articles", "newsindexpage"),
        "course": first_url("academy", "coursepage"),
        "grantee": first_url("grants", "granteepage"),
        "grants page": first_url("grants", "grantsindexpage"),
        "search": "/en/search/?q=community",
        "API listing": "/api/v2/pages/?locale=en&limit=20",
        "API articles, fields=*": "/api/v2/pages/?type=articles.ArticlePage&fields=*&limit=20",
        "GeoJSON": "/api/grants/map.geojson?locale=en",
    }
    return {name: url for name, url in urls.items() if url}


def count_queries(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()
    counts = {}
    with override_settings(PAGE_CACHE_ENABLED=False):
        for name, url in urls.items():
            client.get(url)  # warm per-process caches (site root paths, renditions)
            with CaptureQueriesContext(connection) as queries:
                status = client.get(url).status_code
            counts[name] = (len(queries), status)
    return counts


def serve(env, cache_on):
    server_env = {**env, "PAGE_CACHE_ENABLED": "true" if cache_on else "false"}
    if cache_on:
        server_env["REDIS_URL"] = REDIS_URL
        subprocess.run(["redis-cli", "-u", REDIS_URL, "FLUSHDB"], capture_output=True)
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "hub.wsgi",
            f"--workers={WORKERS}",
            f"--bind=127.0.0.1:{PORT}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=server_env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2)
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def measure(urls, cache_on, env):
    process = serve(env, cache_on)
    try:
        results = {}
        for name, url in urls.items():
            full = f"http://127.0.0.1:{PORT}{url}"
            run_load(full, seconds=min(1.0, DURATION), concurrency=CONCURRENCY)  # warm up
            results[name] = run_load(full, seconds=DURATION, concurrency=CONCURRENCY)
        return results
    finally:
        process.terminate()
        process.wait(timeout=30)


def machine():
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, commit {commit or 'unknown'}"
    )


def table(urls, queries, cold, cached):
    base_cold = cold[BASELINE].rps or 1
    base_cached = cached[BASELINE].rps or 1
    lines = [
        f"Machine: {machine()}. SCALE={SCALE}, {DURATION:g} s per URL, {CONCURRENCY} client "
        f"threads, gunicorn {WORKERS} sync workers, SQLite unless BENCH_DATABASE_URL.",
        "",
        "| URL | SQL queries | cold req/s | cold ratio | cold p50 / p99 ms | cached req/s "
        "| cached ratio | cached p50 / p99 ms | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name in urls:
        c, h = cold[name], cached[name]
        count, status = queries[name]
        lines.append(
            f"| {name} `{urls[name]}` | {count} ({status}) | {c.rps:.0f} | {c.rps / base_cold:.2f} "
            f"| {c.median_ms:.1f} / {c.percentile(0.99):.1f} | {h.rps:.0f} "
            f"| {h.rps / base_cached:.2f} | {h.median_ms:.1f} / {h.percentile(0.99):.1f} "
            f"| {c.errors + h.errors} |"
        )
    return "\n".join(lines)


def write_readme(text):
    readme = ROOT / "benchmarks" / "README.md"
    current = readme.read_text() if readme.exists() else "# Benchmarks\n"
    block = f"{MARK_START}\n{text}\n{MARK_END}"
    if MARK_START in current:
        before, rest = current.split(MARK_START, 1)
        after = rest.split(MARK_END, 1)[1]
        current = before + block + after
    else:
        current = (
            current.rstrip() + "\n\n## Pages and API under load (serve_bench.py)\n\n" + block + "\n"
        )
    readme.write_text(current)


def main():
    with tempfile.TemporaryDirectory(prefix="hub-bench-") as folder:
        env = environment(Path(folder))
        print("preparing the database and demo content ...", flush=True)
        prepare(env)
        urls = target_urls()
        queries = count_queries(urls)
        print("loading with the page cache off ...", flush=True)
        cold = measure(urls, cache_on=False, env=env)
        print("loading with the page cache on ...", flush=True)
        cached = measure(urls, cache_on=True, env=env)
    text = table(urls, queries, cold, cached)
    print(text)
    write_readme(text)


if __name__ == "__main__":
    main()
