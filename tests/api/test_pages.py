"""The pages endpoint: every page type's fields, locales, limits and what must never leak."""

import pytest
from wagtail.models import Page

from home.models import StandardPage
from tests.api.conftest import add_standard_page, api_get

pytestmark = pytest.mark.django_db


def test_listing_shows_live_public_pages_only(client, content_page, draft_page, private_page):
    response = api_get(client, "/api/v2/pages/", type="home.StandardPage", limit=100)

    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {"About", "Results"}


def test_detail_of_draft_or_private_page_is_json_404(client, draft_page, private_page):
    for page in (draft_page, private_page):
        response = api_get(client, f"/api/v2/pages/{page.id}/")

        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "message" in response.json()


def test_body_is_typed_with_rich_text_as_html_and_links_resolved(client, content_page, image):
    page = api_get(client, f"/api/v2/pages/{content_page.id}/").json()

    heading, paragraph, picture = page["body"]
    assert heading == {
        "type": "heading",
        "value": {"text": "Results", "level": "h2"},
        "id": heading["id"],
    }
    assert paragraph["value"] == '<p>See <a href="/en/about/">the about page</a>.</p>'
    assert picture["value"]["alt_text"] == "Volunteers"
    shown = picture["value"]["image"]
    assert shown["id"] == image.id
    assert shown["alt"] == "Volunteers in Osh"
    assert set(shown["renditions"]) == {"thumbnail", "medium", "large"}
    thumbnail = shown["renditions"]["thumbnail"]
    assert thumbnail["url"].startswith("http") and "fill-400x300" in thumbnail["url"]
    assert thumbnail["width"] <= 400 and thumbnail["height"] <= 300


def test_link_to_a_draft_in_a_block_is_null(client, home_page, draft_page):
    page = home_page.get_children().live().first()
    assert page is None  # nothing else live under home
    cta = {
        "title": "Read",
        "text": "",
        "button_label": "Go",
        "page": draft_page.id,
        "url": "",
    }
    linking = add_standard_page(
        home_page, "Linking", body=[{"type": "call_to_action", "value": cta}]
    )

    body = api_get(client, f"/api/v2/pages/{linking.id}/").json()["body"]

    assert body[0]["value"]["page"] is None
    assert "Secret draft" not in str(body)


def test_home_page_fields_and_hero_image(client, home_page, image):
    home_page.hero_image = image
    home_page.hero_image_alt = "A meeting"
    home_page.save_revision().publish()

    page = api_get(client, f"/api/v2/pages/{home_page.id}/").json()

    assert page["hero_title"] == "Civil society hub"
    assert page["hero_image_alt"] == "A meeting"
    assert page["hero_image"]["renditions"]["large"]["width"] == image.width
    assert page["sections"] == []


def test_locale_filter_and_translations_in_meta(client, translated_home):
    kazakh = translated_home["kk"]
    kazakh.title = "Басты бет"
    kazakh.save_revision().publish()

    response = api_get(client, "/api/v2/pages/", locale="kk", fields="translations")

    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Басты бет"]
    meta = items[0]["meta"]
    assert meta["locale"] == "kk"
    assert meta["is_translation_fallback"] is False
    by_locale = {entry["locale"]: entry for entry in meta["translations"]}
    assert set(by_locale) == {"en", "ru", "ky", "tg", "tk", "uz", "az"}
    assert by_locale["en"]["id"] == translated_home["en"].id
    assert by_locale["en"]["html_url"].endswith("/en/")


def test_untranslated_alias_says_it_is_english_fallback(client, home_page, locales, about_page):
    russian_home = home_page.copy_for_translation(locales["ru"])
    russian_home.save_revision().publish()
    alias = about_page.copy_for_translation(locales["ru"], alias=True)

    meta = api_get(client, f"/api/v2/pages/{alias.id}/").json()["meta"]

    assert meta["locale"] == "ru"
    assert meta["is_translation_fallback"] is True
    assert meta["alias_of"]["id"] == about_page.id
    assert meta["alias_of"]["locale"] == "en"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"locale": "xx"}, "locale must be one of: en, ru"),
        ({"limit": "101"}, "limit must be a whole number from 0 to 100"),
        ({"limit": "-1"}, "limit"),
        ({"offset": "18446744073709551616"}, "offset must be a whole number"),
        ({"offset": "9223372036854775807"}, "from 0 to 1000000"),
        ({"search": "nul\x00byte"}, "control characters"),
        ({"type": "nope.Nothing"}, "type"),
        ({"fields": "no_such_field"}, "fields is not in the documented form"),
        ({"child_of": "99999999999999999999999"}, "child_of must be a whole number"),
        ({"first_published_at": "not-a-date"}, "malformed"),
        ({"colour": "red"}, "not an operation"),
    ],
)
def test_bad_parameters_answer_json_400(client, home_page, params, message):
    response = api_get(client, "/api/v2/pages/", **params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["message"]


def test_unknown_locale_and_missing_page_are_not_redirected(client, home_page):
    for path, status in [("/api/v2/pages/?locale=xx", 400), ("/api/v2/pages/987654/", 404)]:
        response = client.get(path, HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="ru")

        assert response.status_code == status, path
        assert "Location" not in response
        assert response.json()["message"]


def test_find_by_path_redirects_to_the_detail(client, about_page, draft_page):
    found = api_get(client, "/api/v2/pages/find/", html_path="/en/about/")
    unprefixed = api_get(client, "/api/v2/pages/find/", html_path="/about/")
    draft = api_get(client, "/api/v2/pages/find/", html_path="/en/secret-draft/")
    malformed = api_get(client, "/api/v2/pages/find/", id="abc")

    assert found.status_code == 302
    assert f"/api/v2/pages/{about_page.id}/" in found["Location"]
    assert unprefixed["Location"] == found["Location"]
    assert draft.status_code == 404
    assert malformed.status_code == 400
    assert malformed.json()["message"].startswith("id must be a whole number")


def test_limit_of_one_hundred_is_allowed(client, home_page):
    response = api_get(client, "/api/v2/pages/", limit=100)

    assert response.status_code == 200


def test_search_finds_pages_by_title(client, content_page, about_page):
    response = api_get(client, "/api/v2/pages/", search="Results")

    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Results"]


@pytest.mark.parametrize("query", ['"unbalanced', 'say "hello', "' OR 1=1 --", "*:*"])
def test_search_syntax_characters_are_plain_text(client, content_page, query):
    for endpoint in ("pages", "images", "themes"):
        response = api_get(client, f"/api/v2/{endpoint}/", search=query, search_operator="or")

        assert response.status_code == 200, (endpoint, query)


def test_type_filter_and_fields(client, content_page):
    response = api_get(client, "/api/v2/pages/", type="home.StandardPage", fields="intro,-title")

    item = response.json()["items"][0]
    assert "title" not in item
    assert item["intro"].startswith("About")


def test_page_type_without_api_fields_shows_its_own_fields(client, content_page, monkeypatch):
    monkeypatch.delattr(StandardPage, "api_fields")

    page = api_get(client, f"/api/v2/pages/{content_page.id}/").json()

    assert page["intro"] == "About Results."
    assert page["body"][0]["type"] == "heading"


def test_no_users_or_owners_in_pages(client, content_page, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    Page.objects.filter(id=content_page.id).update(owner=user)

    response = api_get(client, f"/api/v2/pages/{content_page.id}/", fields="*")

    assert "editor@example.org" not in response.content.decode()
    assert api_get(client, "/api/v2/pages/", owner=str(user.id)).status_code == 400
    assert client.get("/api/v2/users/", HTTP_HOST="localhost").status_code == 404
