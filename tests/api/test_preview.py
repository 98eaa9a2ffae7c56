"""Previews: the front end's URL with a token when HEADLESS_PREVIEW_URL is set, HTML otherwise."""

from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from api.models import PagePreview
from tests.api.conftest import add_standard_page, api_get

pytestmark = pytest.mark.django_db


def edit_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "about",
            "intro": "Draft introduction.",
            "body": streamfield([("paragraph", rich_text("<p>Draft body.</p>"))]),
            "comments": inline_formset([]),
        }
    )


def preview(admin_client, page, title):
    url = f"/admin/pages/{page.id}/edit/preview/"
    checked = admin_client.post(url, edit_form(title))
    assert checked.json()["is_valid"] is True
    return admin_client.get(url)


def test_headless_preview_redirects_to_the_front_end_which_reads_the_draft(
    admin_client, client, home_page, settings
):
    settings.HEADLESS_PREVIEW_URL = "https://front.example.org/preview"
    page = add_standard_page(home_page, "About")

    response = preview(admin_client, page, "About (unsaved draft)")

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == settings.HEADLESS_PREVIEW_URL
    query = parse_qs(location.query)
    assert query["content_type"] == ["home.standardpage"]
    draft = api_get(client, "/api/v2/page_preview/", token=query["token"][0])
    assert draft.status_code == 200
    assert draft["Cache-Control"] == "private, no-store"
    data = draft.json()
    assert data["id"] == page.id
    assert data["title"] == "About (unsaved draft)"
    assert "Draft body." in data["body"][0]["value"]
    live = api_get(client, f"/api/v2/pages/{page.id}/").json()
    assert live["title"] == "About"  # the published page is untouched


def test_preview_api_needs_a_valid_fresh_token(client, home_page):
    missing = api_get(client, "/api/v2/page_preview/")
    wrong = api_get(client, "/api/v2/page_preview/", token="guess")

    assert missing.status_code == wrong.status_code == 404
    assert wrong.json()["message"]


def test_expired_previews_are_not_served(admin_client, client, home_page, settings):
    settings.HEADLESS_PREVIEW_URL = "https://front.example.org/preview"
    page = add_standard_page(home_page, "About")
    token = parse_qs(urlsplit(preview(admin_client, page, "Old")["Location"]).query)["token"][0]
    PagePreview.objects.update(created_at="2000-01-01T00:00:00Z")

    assert api_get(client, "/api/v2/page_preview/", token=token).status_code == 404


def test_without_headless_url_the_html_preview_works(admin_client, home_page, settings):
    settings.HEADLESS_PREVIEW_URL = ""
    page = add_standard_page(home_page, "About")

    response = preview(admin_client, page, "About (unsaved draft)")

    assert response.status_code == 200
    assert "About (unsaved draft)" in response.content.decode()
    assert PagePreview.objects.count() == 0
