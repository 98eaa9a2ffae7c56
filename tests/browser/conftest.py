"""Browser journeys: headless Chromium (Debian's package) against a real server process.

The server runs ``manage.py runserver`` on its own SQLite database in a temporary folder,
migrated and loaded with the demo content once per session, so journeys see the site a
visitor sees. Playwright drives Debian's ``/usr/bin/chromium``; its own browser download
does not work here. Without Chromium these tests are skipped (``make test`` on a machine
without it); ``.ci/run`` installs it.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HAS_CHROMIUM = Path(CHROMIUM).exists()

# Playwright's sync API runs an event loop in this thread; the tests only touch Django
# through subprocesses, but fixtures from the rest of the suite may not.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            if not HAS_CHROMIUM:
                item.add_marker(pytest.mark.skip(reason="Chromium is not installed"))


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


class SiteServer:
    def __init__(self, folder):
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": "browser-journeys-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LOCAL_HTTP": "true",
            "SERVE_MEDIA": "true",
            "PAGE_CACHE_ENABLED": "true",
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            "DATABASE_URL": f"sqlite:///{folder / 'browser.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "STATIC_ROOT": str(folder / "static"),
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

    def start(self):
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("load_demo_content")
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


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The demo site served on a free port; ``site.url`` is its base URL."""
    if not HAS_CHROMIUM:
        pytest.skip("Chromium is not installed")
    server = SiteServer(tmp_path_factory.mktemp("browser-site"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def page(page):
    page.set_default_timeout(15_000)
    return page
