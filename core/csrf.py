"""CSRF protection for forms on cached pages.

A page kept by the page cache (``core.page_cache``) is the same for every visitor, so it
cannot carry anyone's CSRF token. A form on such a page is rendered without one and marked
``data-csrf``; ``hub/js/csrf.js`` fetches a token from ``/csrf-token`` (never cached; it
sets the CSRF cookie) just before the form is sent. Without JavaScript the form arrives
without a token: Django refuses it and calls ``csrf_failure``, which lets the page answer
for itself when it knows how (``serve_csrf_failure``: the course page shows the form again
with a token and what the visitor typed), and gives Django's own 403 page otherwise.
"""

from django.http import JsonResponse
from django.middleware.csrf import REASON_CSRF_TOKEN_MISSING, REASON_NO_CSRF_COOKIE, get_token
from django.urls import Resolver404, resolve
from django.utils.cache import add_never_cache_headers
from django.views.csrf import csrf_failure as django_csrf_failure
from wagtail import views as wagtail_views
from wagtail.models import Page

# Reasons that mean "this browser never received a token", as after a cached page. A bad
# Origin or Referer (a post from another site) always gets Django's plain refusal.
TOKENLESS_REASONS = (REASON_NO_CSRF_COOKIE, REASON_CSRF_TOKEN_MISSING)


def csrf_token(request):
    """The visitor's CSRF token as JSON, for scripts sending forms of cached pages."""
    response = JsonResponse({"token": get_token(request)})
    add_never_cache_headers(response)
    return response


def _page_of(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.func is not wagtail_views.serve:
        return None
    route = Page.route_for_request(request, match.args[0] if match.args else "")
    return route[0] if route else None


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: a page may answer a post that came without a token."""
    if request.method == "POST" and reason in TOKENLESS_REASONS:
        page = _page_of(request)
        answer = getattr(page, "serve_csrf_failure", None)
        if answer is not None:
            response = answer(request)
            add_never_cache_headers(response)
            return response
    return django_csrf_failure(request, reason=reason)
