import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(client, home_page):
    response = client.get("/en/")
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "https://tile.openstreetmap.org" in policy["img-src"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_keeps_its_own_policy(client, home_page):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_healthz_checks_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_reports_a_broken_cache(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "error"


@pytest.mark.django_db
def test_the_admin_sends_no_staff_email_hash_to_gravatar(client, home_page, django_user_model):
    user = django_user_model.objects.create_superuser("edith", "edith.editor@staff.hub.test", "x")
    client.force_login(user)
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "gravatar" not in response.content.decode().lower(), url


def frame_ancestors(response):
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    return policy["frame-ancestors"]


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("eve", "eve@hub.test", "x"))
    return client


def preview(client, url, data):
    """What the editor's preview panel does: post the form, then load the preview."""
    assert client.post(url, data).json()["is_valid"]
    return client.get(f"{url}?in_preview_panel=true")


@pytest.mark.django_db
def test_page_previews_may_be_framed_by_the_admin_only(editor_client, home_page):
    from home.models import StandardPage

    page = home_page.add_child(instance=StandardPage(title="About", slug="about"))
    data = {"title": "About us", "slug": "about", "intro": "", "body-count": "0"}

    edit = preview(editor_client, f"/admin/pages/{page.pk}/edit/preview/", data)
    add_url = f"/admin/pages/add/home/standardpage/{home_page.pk}/preview/"
    add = preview(editor_client, add_url, {**data, "slug": "about-us"})

    for response in (edit, add):
        assert response.status_code == 200
        assert b"About us" in response.content
        assert frame_ancestors(response) == "'self'"
        assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_snippet_previews_may_be_framed_by_the_admin_only(editor_client, locales):
    from core.models import Person

    person = Person.objects.create(name="Aigerim", role="Trainer", locale=locales["en"])
    data = {"name": "Aigerim Sadykova", "role": "Trainer", "bio": ""}

    url = reverse("wagtailsnippets_hub_person:preview_on_edit", args=[person.pk])
    response = preview(editor_client, url, data)

    assert response.status_code == 200
    assert b"Aigerim Sadykova" in response.content
    assert frame_ancestors(response) == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_the_public_page_and_the_editor_around_a_preview_stay_unframable(editor_client, home_page):
    assert frame_ancestors(editor_client.get("/en/")) == "'none'"
    assert editor_client.get("/en/")["X-Frame-Options"] == "DENY"
    editor = editor_client.get(f"/admin/pages/{home_page.pk}/edit/")
    assert editor["X-Frame-Options"] == "DENY"
