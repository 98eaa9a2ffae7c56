"""Fixtures shared by the whole suite: media in a temporary folder, the site's locales and
page tree, and the demo content, loaded once per run and copied in where a test asks."""

from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from tests.database_snapshot import TableSnapshot, copy_sqlite_database

DEMO_TESTS = ("tests/demo/", "tests/browser/")


def pytest_xdist_make_scheduler(config, log):
    """Keep the tests that use the demo on one worker.

    ``make test`` runs the suite on every core (pytest-xdist, ``-n auto``). The tests of
    the demo and the browser journeys, which start from the same demo database, are one
    unit of work, so one worker loads the demo once while the others run the rest, test by
    test. (pytest-xdist's own ``xdist_group`` marker is not used: it renames the test ids in
    a way pytest 9 no longer reads.)
    """
    from xdist.scheduler import LoadScopeScheduling

    class DemoOnOneWorker(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return "demo" if nodeid.startswith(DEMO_TESTS) else nodeid

    return DemoOnOneWorker(config, log)


def pytest_collection_modifyitems(config, items):
    """Refuse a transactional test that asks for the demo: its flush would run inside the
    module's transaction that ``demo_site`` rolls back."""
    for item in items:
        if "demo_site" not in getattr(item, "fixturenames", ()):
            continue
        marker = item.get_closest_marker("django_db")
        if "transactional_db" in item.fixturenames or (
            marker is not None and marker.kwargs.get("transaction", False)
        ):
            raise pytest.UsageError(f"{item.nodeid}: demo_site cannot serve a transactional test")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path_factory):
    settings.MEDIA_ROOT = tmp_path_factory.getbasetemp() / "media"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    """Every language of the site as a Wagtail locale, keyed by language code."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in django_settings.LANGUAGES
    }


@pytest.fixture
def home_page(locales):
    """The English home page as the default site's root, with nothing under it."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(
        instance=HomePage(
            title="Home", slug="home", hero_title="Civil society hub", locale=locales["en"]
        )
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def translated_home(home_page, locales):
    """The home page with a published (real, not alias) translation in every language."""
    homes = {"en": home_page}
    for code, locale in locales.items():
        if code != "en":
            homes[code] = home_page.copy_for_translation(locale)
            homes[code].save_revision().publish()
    return homes


@pytest.fixture(scope="session")
def _table_snapshots(django_db_setup, django_db_blocker, tmp_path_factory):
    """The tables as migrations leave them and with the demo, the demo loaded once per run.

    The load is committed, copied, and the tables are then put back as migrations left
    them, so tests that do not ask for the demo never see it.
    """
    folder = tmp_path_factory.mktemp("demo-snapshot")
    media = override_settings(MEDIA_ROOT=tmp_path_factory.getbasetemp() / "media")
    with media, django_db_blocker.unblock():
        assert not connection.in_atomic_block, "the demo loads outside any test's transaction"
        # pytest-django creates the test database only when a collected test uses it.
        assert is_test_database(), "the demo snapshot is taken in the test database only"
        empty = TableSnapshot("hub_test_empty", folder)
        empty.take()
        try:
            call_command("load_demo_content", stdout=StringIO())
            demo = TableSnapshot("hub_test_demo", folder)
            demo.take()
        finally:
            empty.restore()
    return empty, demo


def is_test_database():
    name = str(connection.settings_dict["NAME"])
    in_memory = getattr(connection.creation, "is_in_memory_db", lambda _name: False)
    return name.startswith("test_") or in_memory(name)


@pytest.fixture(scope="session")
def demo_snapshot(_table_snapshots):
    return _table_snapshots[1]


@pytest.fixture(scope="session")
def demo_database_file(_table_snapshots, django_db_blocker, tmp_path_factory):
    """The test database with the demo, as an SQLite file beside the demo's media folder.

    The browser journeys' server starts from it instead of loading the demo a second time
    in the same run. Only for a test database on SQLite.
    """
    empty, demo = _table_snapshots
    path = tmp_path_factory.mktemp("demo-database") / "demo.sqlite3"
    with django_db_blocker.unblock():
        assert not connection.in_atomic_block, "the file is written outside any transaction"
        demo.restore()
        try:
            copy_sqlite_database(path)
        finally:
            empty.restore()
    return path, tmp_path_factory.getbasetemp() / "media"


@pytest.fixture(scope="module")
def _demo_module(demo_snapshot, django_db_blocker):
    """The demo's rows copied in for one module, in a transaction rolled back after it."""
    with django_db_blocker.unblock():
        demo_snapshot.attach()
        with transaction.atomic():
            demo_snapshot.restore()
            yield
            transaction.set_rollback(True)


@pytest.fixture
def demo_site(_demo_module, db):
    """The whole demo content, loaded once per run (``demo_snapshot``).

    Each module that asks for it gets the demo's rows in a transaction of its own, rolled
    back after the module, and each test runs in a savepoint inside it: tests see the
    demo and cannot change it for each other. A test that takes ``demo_site`` in a module
    also sees the demo in the tests of that module that do not; keep tests that need an
    empty site in another module. The demo's images are where ``_media_root`` points.
    """
