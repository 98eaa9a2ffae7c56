"""Headless preview: with ``HEADLESS_PREVIEW_URL`` set, the admin's preview opens the front end.

The editor's unsaved page is stored as a :class:`PagePreview` under a random token, and the
preview panel is redirected to ``HEADLESS_PREVIEW_URL?content_type=app.model&token=...``.
The front end then reads the draft from ``/api/v2/page_preview/?token=...`` in the same
shape as ``/api/v2/pages/<id>/``. Without the setting, Wagtail's HTML preview is unchanged.

This is what wagtail-headless-preview does, without its per-model mixin: every public page
type is built on ``core.pages.HubPage``, whose ``serve_preview`` asks the
``serve_page_preview`` hook (registered in ``api/wagtail_hooks.py``) first.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect

from .models import PagePreview


def headless_preview_url(page):
    """Store the draft and return the front end's URL for it."""
    PagePreview.remove_expired()
    preview = PagePreview.objects.create(
        content_type=ContentType.objects.get_for_model(type(page)),
        content_json=page.to_json(),
    )
    query = urlencode({"content_type": page._meta.label_lower, "token": preview.token})
    separator = "&" if "?" in settings.HEADLESS_PREVIEW_URL else "?"
    return f"{settings.HEADLESS_PREVIEW_URL}{separator}{query}"


def serve_headless(page, request, mode_name):
    """The ``serve_page_preview`` hook of ``core.pages.HubPage``; the setting is read on
    every preview, so tests and deployments can switch it without a restart."""
    if settings.HEADLESS_PREVIEW_URL:
        return redirect(headless_preview_url(page))
    return None
