"""Anonymous visitors get cached pages; anything that changes a page forgets them."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from core.models import SiteSettings
from home.models import StandardPage


@pytest.fixture
def about(home_page):
    SiteSettings.for_site(home_page.get_site())  # created on first use, which invalidates
    page = home_page.add_child(instance=StandardPage(title="About", slug="about", intro="Old"))
    page.save_revision().publish()
    return page


def get(client, path="/en/about/"):
    response = client.get(path)
    assert response.status_code == 200
    return response


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_cache(client, about, django_assert_num_queries):
    first = get(client)
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = get(client)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


@pytest.mark.django_db
def test_publishing_any_page_invalidates_the_cache(client, about, home_page):
    get(client)
    about.intro = "New introduction"
    about.save_revision().publish()
    response = get(client)
    assert response["X-Page-Cache"] == "miss"
    assert "New introduction" in response.content.decode()
    get(client, "/en/")
    sibling = home_page.add_child(instance=StandardPage(title="Contact", slug="contact"))
    sibling.save_revision().publish()
    assert get(client, "/en/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_unpublish_move_and_delete_invalidate(client, about, home_page):
    other = home_page.add_child(instance=StandardPage(title="Other", slug="other"))
    other.save_revision().publish()
    get(client)
    other.unpublish()
    assert get(client)["X-Page-Cache"] == "miss"
    other.save_revision().publish()
    get(client)
    other.move(about, pos="last-child")
    assert get(client)["X-Page-Cache"] == "miss"
    get(client)
    other.delete()
    assert get(client)["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_logged_in_editors_are_never_served_or_stored(client, about):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    assert "X-Page-Cache" not in get(client)
    assert "X-Page-Cache" not in get(client)
    client.logout()
    client.cookies.clear()
    assert get(client)["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_private_pages_are_not_cached(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    response = client.get("/en/about/")
    assert response.status_code == 302
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_cache_can_be_switched_off(client, about, settings):
    settings.PAGE_CACHE_ENABLED = False
    get(client)
    assert "X-Page-Cache" not in get(client)


class PurgeReceiver:
    """A caching proxy's purge endpoint on 127.0.0.1 that records what it is asked to purge."""

    def __init__(self):
        self.purged = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_PURGE(self):  # noqa: N802 - the HTTP method's name
                receiver.purged.append((self.headers["Host"], self.path))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def frontend_cache_signals():
    """What ``wagtail.contrib.frontend_cache``'s app does when it is installed (the settings
    install it only when a CDN or proxy is configured, which the test settings are not)."""
    from django.apps import apps
    from wagtail.contrib.frontend_cache import signal_handlers
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished

    signal_handlers.register_signal_handlers()
    yield
    for model in [model for model in apps.get_models() if issubclass(model, Page)]:
        page_published.disconnect(signal_handlers.page_published_signal_handler, sender=model)
        page_unpublished.disconnect(signal_handlers.page_unpublished_signal_handler, sender=model)


@pytest.mark.django_db
def test_publish_and_unpublish_purge_the_page_from_a_caching_proxy(
    about, settings, django_capture_on_commit_callbacks, frontend_cache_signals
):
    proxy = PurgeReceiver()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": proxy.url,
        }
    }
    try:
        with django_capture_on_commit_callbacks(execute=True):
            about.save_revision().publish()
        with django_capture_on_commit_callbacks(execute=True):
            about.unpublish()
    finally:
        proxy.close()
    assert proxy.purged == [("localhost", "/en/about/"), ("localhost", "/en/about/")]
