"""Fixtures shared by the whole suite: media in a temporary folder, the site's locales and
page tree, and a client that sends a browser's headers."""

from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from home.models import HomePage


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


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The whole demo content, loaded once per test module and rolled back after it.

    Tests that use it also take ``db``; each runs in a savepoint inside this transaction,
    so they see the demo and cannot change it for each other. Keep tests that need an
    empty site in another module. Its images go where ``_media_root`` points the tests.
    """
    media = override_settings(MEDIA_ROOT=tmp_path_factory.getbasetemp() / "media")
    with media, django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)
