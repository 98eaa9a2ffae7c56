"""Webhooks against a real HTTP receiver on 127.0.0.1: payload, signature, retries, timeouts.

Deliveries go through the real django-tasks database queue; the tests run the worker
(`db_worker --batch`) the way production runs it, only once and in-process. The tests
commit for real (a transactional database), because deliveries wait for the commit and
the worker manages its own connection as it does in production.
"""

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Collection, Locale, Page

from api.models import WebhookDelivery, WebhookEndpoint
from tests.api.conftest import add_standard_page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _rows_from_migrations(transactional_db):
    """A transactional test empties every table when it ends, and post_migrate only brings
    back content types and permissions. Put back what Wagtail's data migrations create and
    the page fixtures build on: the English locale, the root page and the root collection.
    (Django's serialized rollback would reload the whole database before every test; this
    is explicit, cheaper, and does not depend on the order the suite runs in.)"""
    english, _created = Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


class Receiver:
    """An HTTP server that records each POST and answers from a script of behaviours."""

    def __init__(self, script=()):
        self.requests = []
        self.script = list(script)  # "ok", a status code, or "hang"
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                behaviour = receiver.script.pop(0) if receiver.script else 200
                if behaviour == "hang":
                    time.sleep(1.5)
                    behaviour = 200
                self.send_response(behaviour)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def _fast_retries(settings):
    settings.WEBHOOK_RETRY_BASE_DELAY = 0
    settings.WEBHOOK_TIMEOUT = 0.5
    settings.WEBHOOK_MAX_ATTEMPTS = 3


def run_worker():
    call_command(
        "db_worker",
        "--batch",
        "--backend=webhooks",
        "--queue-name=webhooks",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )


def subscribe(url, events=("published", "unpublished", "deleted", "moved"), **fields):
    return WebhookEndpoint.objects.create(
        name="Static site", url=url, secret="s3cret", events=list(events), **fields
    )


def test_publish_posts_signed_json_after_commit(home_page):
    with Receiver() as receiver:
        page = add_standard_page(home_page, "Draft for now")  # published before subscribing
        subscribe(receiver.url)
        page.title = "Annual report"

        with transaction.atomic():
            page.save_revision().publish()
            assert WebhookDelivery.objects.count() == 0  # nothing before the commit
        assert WebhookDelivery.objects.count() == 1
        assert receiver.requests == []  # queued, not sent during the publish
        run_worker()

    [request] = receiver.requests
    payload = json.loads(request["body"])
    assert payload["event"] == "published"
    assert payload["page_id"] == page.id
    assert payload["type"] == "home.StandardPage"
    assert payload["locale"] == "en"
    assert payload["url"].endswith("/en/draft-for-now/")
    assert payload["api_url"].endswith(f"/api/v2/pages/{page.id}/")
    assert payload["timestamp"]
    expected = hmac.new(b"s3cret", request["body"], hashlib.sha256).hexdigest()
    assert request["headers"]["X-Hub-Signature-256"] == f"sha256={expected}"
    assert request["headers"]["Content-Type"] == "application/json"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.status_code, delivery.attempts) == ("delivered", 200, 1)


def test_failing_receiver_is_retried_then_succeeds(home_page):
    with Receiver(script=[500, 503]) as receiver:
        subscribe(receiver.url)
        add_standard_page(home_page, "Report")
        run_worker()

    assert len(receiver.requests) == 3
    bodies = {request["body"] for request in receiver.requests}
    assert len(bodies) == 1  # the same signed payload every time
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.status_code, delivery.attempts) == ("delivered", 200, 3)


def test_receiver_that_always_fails_is_given_up_with_the_error_logged(home_page):
    with Receiver(script=[500, 500, 500, 500]) as receiver:
        subscribe(receiver.url)
        page = add_standard_page(home_page, "Report")
        page.refresh_from_db()
        assert page.live  # publishing succeeded regardless
        run_worker()

    assert len(receiver.requests) == 3
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.status_code, delivery.attempts) == ("failed", 500, 3)
    assert "500" in delivery.last_error


def test_hanging_receiver_never_blocks_publishing(home_page, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    with Receiver(script=["hang", "hang"]) as receiver:
        subscribe(receiver.url)
        started = time.monotonic()
        add_standard_page(home_page, "Report")
        assert time.monotonic() - started < 0.5
        run_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed"
    assert delivery.attempts == 2
    assert "timed out" in delivery.last_error.lower()


def test_unreachable_receiver_is_logged(home_page):
    subscribe("http://127.0.0.1:9/nothing-listens-here")
    add_standard_page(home_page, "Report")
    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed"
    assert delivery.status_code is None
    assert delivery.last_error


def test_unpublish_move_and_delete_are_reported(home_page):
    section = add_standard_page(home_page, "Section")
    page = add_standard_page(home_page, "Report")
    with Receiver() as receiver:
        subscribe(receiver.url)
        page.move(section, pos="last-child")
        page.refresh_from_db()
        page.unpublish()
        page.save_revision().publish()
        page.delete()
        run_worker()

    events = [json.loads(request["body"])["event"] for request in receiver.requests]
    # Wagtail unpublishes a live page before deleting it, so a delete also says "unpublished".
    assert events == ["moved", "unpublished", "published", "unpublished", "deleted"]
    moved = json.loads(receiver.requests[0]["body"])
    assert moved["url"].endswith("/en/section/report/")


def test_only_chosen_events_locales_and_active_endpoints_get_deliveries(home_page, locales):
    wants_published = subscribe("http://127.0.0.1:9/a", events=["published"])
    wants_deleted = subscribe("http://127.0.0.1:9/b", events=["deleted"])
    wants_kazakh = subscribe("http://127.0.0.1:9/c", locale=locales["kk"])
    paused = subscribe("http://127.0.0.1:9/d", is_active=False)

    add_standard_page(home_page, "Report")

    endpoints = set(WebhookDelivery.objects.values_list("endpoint_id", flat=True))
    assert endpoints == {wants_published.id}
    assert {wants_deleted.id, wants_kazakh.id, paused.id}.isdisjoint(endpoints)


def test_drafts_are_not_reported(home_page):
    subscribe("http://127.0.0.1:9/a")
    page = add_standard_page(home_page, "Report")
    WebhookDelivery.objects.all().delete()

    page.title = "Still a draft"
    page.save_revision()

    assert WebhookDelivery.objects.count() == 0


def test_admin_manages_endpoints_and_reads_the_log(admin_client, home_page):
    response = admin_client.post(
        "/admin/webhooks/new/",
        {
            "name": "Partner site",
            "url": "https://partner.example.org/hook",
            "secret": "abc",
            "events": ["published", "moved"],
            "locale": "",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get(name="Partner site")
    assert endpoint.events == ["published", "moved"]
    WebhookDelivery.objects.create(
        endpoint=endpoint, event="published", payload={}, status_code=500, last_error="HTTP 500"
    )

    listing = admin_client.get("/admin/webhook_deliveries/")
    assert listing.status_code == 200
    assert "Partner site" in listing.content.decode()
    assert admin_client.get("/admin/webhook_deliveries/new/").status_code in (302, 403, 404)


def test_editors_without_permission_cannot_manage_webhooks(client, django_user_model, home_page):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    assert client.get("/admin/webhooks/").status_code in (302, 403)
    assert client.get("/admin/webhook_deliveries/").status_code in (302, 403)
