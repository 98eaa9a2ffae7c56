"""Webhooks: tell registered receivers when a page is published, unpublished, deleted or moved.

Publishing must never wait for, or fail because of, a receiver. So a signal handler only
registers a callback for after the transaction commits; that callback writes one
:class:`WebhookDelivery` row per interested endpoint and enqueues a django-tasks task on the
``webhooks`` backend (a database queue worked by ``manage.py db_worker``). The task POSTs
the JSON payload with an HMAC-SHA256 signature, and on failure enqueues itself again with
exponential backoff until ``WEBHOOK_MAX_ATTEMPTS``.

Only pages that are (or were) live are reported, so drafts do not leak through webhooks.
"""

import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"


def sign(secret, body):
    """``sha256=<hex>``: the HMAC-SHA256 of the exact request body, keyed with the secret."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def page_payload(event, page):
    try:
        url = page.get_full_url()
    except Exception:  # noqa: BLE001 - a page being deleted may no longer route
        url = None
    api_path = reverse("wagtailapi:pages:detail", args=[page.id])
    return {
        "event": event,
        "page_id": page.id,
        "type": f"{page.specific_class._meta.label}" if page.specific_class else None,
        "locale": page.locale.language_code,
        "url": url,
        "api_url": settings.WAGTAILAPI_BASE_URL.rstrip("/") + api_path,
        "timestamp": timezone.now().isoformat(),
    }


def notify(event, page):
    """Queue deliveries of ``event`` for ``page`` once the current transaction commits."""
    if not WebhookEndpoint.objects.filter(is_active=True).exists():
        return
    payload = page_payload(event, page)
    locale_id = page.locale_id
    transaction.on_commit(lambda: enqueue_deliveries(event, payload, locale_id), robust=True)


def enqueue_deliveries(event, payload, locale_id):
    for endpoint in WebhookEndpoint.objects.filter(is_active=True):
        if endpoint.wants(event, locale_id):
            delivery = WebhookDelivery.objects.create(
                endpoint=endpoint, event=event, payload=payload
            )
            deliver_webhook.enqueue(delivery.id)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is a failed delivery: urllib would resend the POST as a GET elsewhere."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def post(endpoint, delivery):
    """POST the payload; return (status code or None, error message or "")."""
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    request = urllib.request.Request(
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "civil-society-hub-webhooks/1",
            "X-Hub-Event": delivery.event,
            "X-Hub-Delivery": str(delivery.id),
            SIGNATURE_HEADER: sign(endpoint.secret, body),
        },
    )
    try:
        with _opener.open(request, timeout=settings.WEBHOOK_TIMEOUT) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code} {error.reason}"
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        return None, f"{type(error).__name__}: {reason}"


def retry_delay(attempts):
    """Seconds before the next try: base, 2×base, 4×base ... after each failed attempt."""
    return settings.WEBHOOK_RETRY_BASE_DELAY * 2 ** (attempts - 1)


@task(backend="webhooks", queue_name="webhooks")
def deliver_webhook(delivery_id):
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(id=delivery_id).first()
    if delivery is None or delivery.status in (
        WebhookDelivery.Status.DELIVERED,
        WebhookDelivery.Status.FAILED,
    ):
        return None
    status_code, error = post(delivery.endpoint, delivery)
    now = timezone.now()
    delivery.attempts += 1
    delivery.status_code = status_code
    delivery.last_attempt_at = now
    if status_code is not None and 200 <= status_code < 300:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = now
        delivery.last_error = ""
    elif delivery.attempts < settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.last_error = error or f"HTTP {status_code}"
        run_after = now + timedelta(seconds=retry_delay(delivery.attempts))
        deliver_webhook.using(run_after=run_after).enqueue(delivery.id)
    else:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.last_error = error or f"HTTP {status_code}"
        logger.warning("Webhook delivery %s failed for good: %s", delivery.id, error)
    delivery.save()
    return delivery.status


def _published(sender, instance, **kwargs):
    notify("published", instance)


def _unpublished(sender, instance, **kwargs):
    notify("unpublished", instance)


def _moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    if instance.live and url_path_before != url_path_after:
        notify("moved", instance)


def _deleted(sender, instance, **kwargs):
    # Deleting a page deletes its rows in every table of the inheritance chain; report it
    # once, from the specific class, and only if visitors could see it.
    if isinstance(instance, Page) and type(instance) is instance.specific_class:
        if instance.live:
            notify("deleted", instance)


def connect_signals():
    page_published.connect(_published, dispatch_uid="hub-webhooks-published")
    page_unpublished.connect(_unpublished, dispatch_uid="hub-webhooks-unpublished")
    post_page_move.connect(_moved, dispatch_uid="hub-webhooks-moved")
    post_delete.connect(_deleted, dispatch_uid="hub-webhooks-deleted")
