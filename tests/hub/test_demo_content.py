"""``load_demo_content`` builds a browsable site once and then changes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from home.models import HomePage, StandardPage
from hub.models import Country, Person, Theme


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live", "alias_of")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "countries": Country.objects.count(),
        "themes": Theme.objects.count(),
        "people": Person.objects.count(),
        "sites": list(Site.objects.values_list("root_page_id", "is_default_site")),
    }


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    load()
    return snapshot()


@pytest.mark.django_db(transaction=False)
def test_demo_builds_every_language_and_the_taxonomy(demo, client):
    assert demo["countries"] == 6
    assert set(Country.objects.values_list("iso_code", flat=True)) == {
        "AZ",
        "KZ",
        "KG",
        "TJ",
        "TM",
        "UZ",
    }
    assert {"fair-housing", "older-people", "mercury-free-products", "green-technology"} <= set(
        Theme.objects.values_list("slug", flat=True)
    )
    assert HomePage.objects.count() == 8
    for code in ["en", "ru", "kk", "ky", "tg", "tk", "uz", "az"]:
        assert client.get(f"/{code}/").status_code == 200
        assert client.get(f"/{code}/about/").status_code == 200
    english_home = Site.objects.get(is_default_site=True).root_page
    assert english_home.locale.language_code == "en"
    assert StandardPage.objects.filter(locale__language_code="en").count() >= 2


@pytest.mark.django_db
def test_second_run_changes_nothing(demo):
    load()
    assert snapshot() == demo


@pytest.mark.django_db
def test_content_is_labelled_as_sample(demo, client):
    html = client.get("/en/").content.decode()
    assert "sample content" in html.lower()


@pytest.mark.django_db
def test_refuses_a_site_with_other_content(home_page):
    StandardPage_count = StandardPage.objects.count()
    with pytest.raises(CommandError, match="not demo content"):
        load()
    assert HomePage.objects.get().pk == home_page.pk
    assert StandardPage.objects.count() == StandardPage_count


@pytest.mark.django_db
def test_if_empty_leaves_an_existing_site_alone(home_page):
    assert "not loaded" in load("--if-empty")
    assert HomePage.objects.get().pk == home_page.pk


@pytest.mark.django_db
def test_reset_replaces_other_content_with_the_demo(home_page):
    load("--reset")
    assert not HomePage.objects.filter(pk=home_page.pk).exists()
    assert HomePage.objects.count() == 8
    assert Site.objects.get().root_page.specific.hero_title.startswith("Civil society")
