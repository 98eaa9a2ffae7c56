"""``load_demo_content`` builds a browsable site once and then changes nothing.

The demo is loaded once per run (``demo_site``); the second run here covers every section,
so no other module runs the command again.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from academy.models import CourseRegistration
from core.models import Country, Person, Theme
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.usefixtures("demo_site")


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live", "alias_of")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "countries": Country.objects.count(),
        "themes": Theme.objects.count(),
        "people": Person.objects.count(),
        "sites": list(Site.objects.values_list("root_page_id", "is_default_site")),
        "documents": list(get_document_model().objects.values_list("pk", "file_size")),
        "home sections": [home.sections.raw_data[:] for home in HomePage.objects.order_by("pk")],
        "registrations": CourseRegistration.objects.count(),
        "translations": [
            model.objects.count()
            for model in (TranslationSource, Translation, StringTranslation, TranslationLog)
        ],
    }


@pytest.mark.django_db
def test_demo_builds_every_language_and_the_taxonomy(client):
    assert set(
        Country.objects.filter(locale__language_code="en").values_list("iso_code", flat=True)
    ) == {
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
def test_second_run_changes_nothing():
    before = snapshot()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert snapshot() == before
    assert "translations: 0 pages and 0 snippets newly translated" in out.getvalue()


@pytest.mark.django_db
def test_content_is_labelled_as_sample(client):
    html = client.get("/en/").content.decode()
    assert "sample content" in html.lower()


@pytest.mark.django_db
def test_the_demo_site_is_where_wagtailadmin_base_url_says_so_its_absolute_links_work(
    client, settings
):
    from demo.home import site_address

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == site_address() == ("127.0.0.1", 8000)
    grantee = client.get("/api/grants/map.geojson?locale=en").json()["features"][0]
    assert grantee["properties"]["url"].startswith("http://127.0.0.1:8000/en/grants/")

    settings.WAGTAILADMIN_BASE_URL = "https://hub.example.org"
    assert site_address() == ("hub.example.org", 443)
