"""Browser journeys: headless Chromium (Debian's package) against a real server process.

The server is gunicorn with the production settings on its own SQLite database in a
temporary folder. The database is built once per session: migrated, loaded with the demo
content, given the admin's roles (``setup_roles``) and the journeys' staff accounts
(``site_setup.py``). Playwright drives Debian's ``/usr/bin/chromium``; its own browser
download does not work here. Without Chromium these tests are skipped with that reason
(``make test`` on a machine without it); ``.ci/run`` installs it.

Every page a test opens may only reach the journey server: any other request fails the
test (map tiles come from ``MAP_TILE_URL``, a path on the server's own address that the
browser answers with a blank tile). Uncaught script errors and Content-Security-Policy
violations fail the test too.

Building the database costs a couple of minutes of CPU, mostly loading the demo. Where the
tests' own database is SQLite, the server starts from a copy of it holding the demo that
the rest of the run loaded (``demo_database_file`` in tests/conftest.py): a run loads the
demo once. While working on the journeys, set ``BROWSER_SITE_CACHE=/some/folder``: the
built database and media are kept there, keyed by a fingerprint of the migrations, the
demo content and the roles, and copied for the next session instead of being built again.
CI does not set it.
"""

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
# CHROMIUM_PATH points at another build (or, set to a missing file, shows the skip).
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
HAS_CHROMIUM = Path(CHROMIUM).exists()
SKIP_REASON = f"Chromium is not installed ({CHROMIUM}); apt-get install chromium"

# Playwright's sync API runs an event loop in this thread; the tests only touch Django
# through subprocesses, but fixtures from the rest of the suite may not.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Two busy cores serve the pages and run the browser: give assertions time to come true.
expect.set_options(timeout=10_000)

SKIPPED_JOURNEYS = pytest.StashKey[int]()
TILE_PATH = "/map-tiles/"
# A 1x1 transparent PNG: what every map tile request gets.
BLANK_TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
# What the database depends on: a change in any of these builds it again.
FINGERPRINT_GLOBS = [
    "*/migrations/*.py",
    "demo/**/*.py",
    "translation/roles.py",
    "*/management/commands/*.py",
    "tests/browser/site_setup.py",
    "pyproject.toml",
]


def pytest_collection_modifyitems(config, items):
    skipped = 0
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            if not HAS_CHROMIUM:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))
                skipped += 1
    config.stash[SKIPPED_JOURNEYS] = skipped


def pytest_terminal_summary(terminalreporter, config):
    """Say why the journeys did not run, even without ``-rs``."""
    skipped = config.stash.get(SKIPPED_JOURNEYS, 0)
    if skipped:
        terminalreporter.write_line(f"{skipped} browser tests skipped: {SKIP_REASON}", yellow=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fingerprint():
    digest = hashlib.sha256()
    for pattern in FINGERPRINT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SiteServer:
    def __init__(self, folder):
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database = folder / "browser.sqlite3"
        self.media = folder / "media"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
            "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
            "SECRET_KEY": "browser-journeys-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": self.url,
            "LOCAL_HTTP": "true",
            "SERVE_MEDIA": "true",
            "PAGE_CACHE_ENABLED": "true",
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            "DATABASE_URL": f"sqlite:///{self.database}",
            "MEDIA_ROOT": str(self.media),
            "STATIC_ROOT": str(folder / "static"),
            "MAP_TILE_URL": f"{self.url}{TILE_PATH}{{z}}/{{x}}/{{y}}.png",
            "MAP_ATTRIBUTION": "Test tiles",
            "PYTHONUNBUFFERED": "1",
        }
        self.process = None

    def manage(self, *args, input=None):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            input=input,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    def build_database(self, demo_database):
        """Migrate and load the demo, or start from the run's demo database when there is
        one: the demo is then loaded once for the whole run, the journeys included."""
        demo = demo_database()
        if demo is None:
            self.manage("migrate", "--noinput", "-v", "0")
            self.manage("load_demo_content")
        else:
            database, media = demo
            shutil.copy2(database, self.database)
            shutil.copytree(media, self.media)
        self.manage("createcachetable")  # the rate limits' table, as a deployment runs it
        self.manage("setup_roles")
        self.manage(
            "shell",
            "--no-imports",
            "-c",
            "from tests.browser.site_setup import create_accounts, create_page_to_translate; "
            "create_accounts(); create_page_to_translate()",
        )

    def prepare_database(self, demo_database):
        cache_root = os.environ.get("BROWSER_SITE_CACHE")
        if not cache_root:
            self.build_database(demo_database)
            return
        cached = Path(cache_root) / _fingerprint()
        if not (cached / "browser.sqlite3").exists():
            self.build_database(demo_database)
            shutil.rmtree(cached, ignore_errors=True)
            cached.mkdir(parents=True)
            shutil.copy2(self.database, cached / "browser.sqlite3")
            shutil.copytree(self.media, cached / "media")
            return
        shutil.copy2(cached / "browser.sqlite3", self.database)
        shutil.copytree(cached / "media", self.media)

    def start(self, demo_database):
        self.prepare_database(demo_database)
        # The site's address as a deployment would set it: absolute links (the map's popups,
        # feeds, canonical links) then lead back to this server.
        self.manage(
            "shell",
            "--no-imports",
            "-c",
            "from wagtail.models import Site;"
            f"Site.objects.update(hostname='127.0.0.1', port={self.port})",
        )
        self.manage("collectstatic", "--noinput", "-v", "0")
        log = open(self.folder / "server.log", "w")  # noqa: SIM115 - closed with the process
        # One process with threads: the local-memory page cache is then shared, as Redis
        # would share it between the workers of a real deployment.
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "hub.wsgi",
                "--workers=1",
                "--threads=4",
                f"--bind=127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/healthz", timeout=2)
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"the server did not start: {(self.folder / 'server.log').read_text()}")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=20)

    def log(self):
        return (self.folder / "server.log").read_text()


@pytest.fixture(scope="session")
def site(request, tmp_path_factory):
    """The demo site served on a free port; ``site.url`` is its base URL."""
    if not HAS_CHROMIUM:
        pytest.skip(SKIP_REASON)

    def demo_database():
        """The run's demo database (``demo_database_file``), where the tests' database is
        SQLite as the server's is; built only if the cache has no database."""
        from django.db import connection

        from tests.conftest import is_test_database

        # Run alone, the journeys have no test database (pytest-django creates it only for
        # database tests): the server then loads its own demo.
        if connection.vendor != "sqlite" or not is_test_database():
            return None
        return request.getfixturevalue("demo_database_file")

    server = SiteServer(tmp_path_factory.mktemp("browser-site"))
    server.start(demo_database)
    yield server
    server.stop()


class Outside:
    """Requests a test's pages tried to send anywhere but the journey server."""

    def __init__(self, site):
        self.site_origin = site.url
        self.requests = []

    def route(self, route):
        url = route.request.url
        if url.startswith(f"{self.site_origin}{TILE_PATH}"):
            route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)
        elif urlsplit(url).hostname in {"127.0.0.1", "localhost"}:
            route.fallback()
        else:
            self.requests.append(url)
            route.abort("blockedbyclient")


@pytest.fixture
def outside_requests(site):
    return Outside(site)


@pytest.fixture
def new_context(new_context, outside_requests):
    """Every browser context of a test keeps to the journey server (see ``Outside``)."""

    def create(**kwargs):
        context = new_context(**kwargs)
        context.set_default_timeout(15_000)
        # A page may wait for a core while the other test workers run (make test -n auto).
        context.set_default_navigation_timeout(30_000)
        context.route("**/*", outside_requests.route)
        return context

    yield create
    assert outside_requests.requests == [], "requests left the journey server"


class PageProblems:
    """What a visitor would see go wrong on the pages a test opened: uncaught script errors,
    console errors (CSP violations included) and any response that is a 404 or a server
    error, for the page itself or anything it loads (a missing map marker, a stale script).

    A journey that opens an error page on purpose says so with ``expect_error(path)``.
    """

    def __init__(self):
        self.problems = []
        self.expected = set()

    def expect_error(self, path):
        self.expected.add(path)

    def watch(self, page):
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("console", self.console)
        page.on("response", self.response)
        return page

    def _expected(self, url):
        return urlsplit(url).path in self.expected

    def console(self, message):
        if message.type != "error":
            return
        location = message.location.get("url", "") if message.location else ""
        # The browser logs a failed load as a console error; the response check names it.
        if "Failed to load resource" in message.text and (self._expected(location) or not location):
            return
        self.problems.append(f"console error: {message.text} ({location})")

    def response(self, response):
        if (response.status == 404 or response.status >= 500) and not self._expected(response.url):
            self.problems.append(f"{response.status} for {response.url}")


@pytest.fixture
def page_problems():
    problems = PageProblems()
    yield problems
    assert problems.problems == [], "\n".join(problems.problems)


@pytest.fixture
def page(context, page_problems):
    return page_problems.watch(context.new_page())


@pytest.fixture
def open_page(new_context, page_problems):
    """A page in a context of its own: ``open_page()`` for another person in a journey."""

    def create(**kwargs):
        return page_problems.watch(new_context(**kwargs).new_page())

    return create
