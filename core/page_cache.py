"""Whole-page cache for anonymous visitors.

A published page is rendered once and then served from the configured cache (Redis in
production) until something that could change it happens. Invalidation uses a generation
number: every publish, unpublish, move or delete bumps it, so the page itself and every
page that lists it (its index, the home page, related pages) are re-rendered on their next
request. A CDN in front keeps its own copies for ``PAGE_CACHE_CDN_MAX_AGE`` seconds and is
purged by ``wagtail.contrib.frontend_cache`` when that is configured.

Never cached: visitors with a session or pending messages (logged-in editors, people who
just submitted a form), previews (they do not go through ``serve``), responses that used a
CSRF token (a form on a cached page gets its token when sent instead, ``core/csrf.py``),
responses that set cookies, and responses marked private or no-cache
(Wagtail marks pages with view restrictions that way).
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def invalidate_pages(**_signal_kwargs):
    """Forget every cached page (a signal receiver, hence the keyword arguments)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def kept_timeout():
    """How long data kept until the next publish may live. The generation reaches every
    worker only through a shared cache, which production has when the page cache is on
    (Redis); otherwise (one local-memory cache per worker) a publish in one worker leaves
    the others' copies alone, so they expire after ``PAGE_CACHE_CDN_MAX_AGE``, like a
    CDN's copy of a page."""
    if settings.PAGE_CACHE_ENABLED:
        return settings.PAGE_CACHE_TIMEOUT
    return settings.PAGE_CACHE_CDN_MAX_AGE


def kept_until_publish(key, build):
    """``build()``, kept in the cache under the current generation: for what every visitor
    of a live page sees the same (the chrome, a listing's facet counts, a page's taxonomy),
    which the next publish, unpublish, move or delete forgets with the pages. Used where
    the page cache cannot answer (it is off, the visitor has a session, a new query
    string), never for previews (their drafts are not what is published)."""
    full_key = f"published:{generation()}:{key}"
    stored = cache.get(full_key)
    if stored is None:
        stored = (build(),)  # in a tuple, so that None and empty answers are kept too
        cache.set(full_key, stored, timeout=kept_timeout())
    return stored[0]


def without_prefetched_renditions(images):
    """Drop the renditions prefetched with ``images`` before they are kept: Wagtail takes
    prefetched renditions as the complete list, so an image kept with them would create
    any rendition added later on every request. Without them, each rendition is read from
    Wagtail's rendition cache."""
    for image in images:
        if image is not None:
            getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)


def _key(request, kind="page"):
    # The path carries the language prefix, so one key is one URL in one language.
    raw = f"{request.scheme}|{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"{kind}-cache:{generation()}:{digest}"


def request_is_cacheable(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def response_is_cacheable(request, response):
    if not getattr(request, "_hub_serves_page", False):
        return False
    if request.method != "GET" or response.status_code != 200 or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


def mark_page_response(next_serve):
    """The ``on_serve_page`` hook: only Wagtail pages are stored, never other views."""

    def serve(page, request, args, kwargs):
        request._hub_serves_page = True
        return next_serve(page, request, args, kwargs)

    return serve


class PageCacheMiddleware:
    """Looks pages up before anything else runs, so a hit costs no database query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_CDN_MAX_AGE)
            cache.set(key, response, timeout=settings.PAGE_CACHE_TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response


def cache_published_data(view):
    """Keep a view's answer until the next publish, like a page: for data built from live
    pages only (the grants map, statistics and open data), which the same generation
    number invalidates. The lookup runs inside the view, below the CORS and API
    middleware, so their per-request headers are never stored with the body."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request_is_cacheable(request):
            return view(request, *args, **kwargs)
        key = _key(request, kind="data")
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = view(request, *args, **kwargs)
        if request.method == "GET" and response.status_code == 200 and not response.cookies:
            cache.set(key, response, timeout=settings.PAGE_CACHE_TIMEOUT)
        return response

    return wrapper


class CachedRouteMixin:
    """For each language's home page: the page a path leads to, remembered until the next
    publish, so that serving ``/en/news/some-item/`` reads one page row (with its type's
    own columns) instead of two per level of the tree (Wagtail's ``Page.route``).

    What is kept is the page's type and id and how many path segments lead to it; the page
    itself is read fresh and asked to route the rest (a sub-route of a routable page, or
    nothing, where Wagtail checks that it is live). A publish, unpublish, move or delete
    (which may change what a path leads to) bumps the generation, so the pairing is never
    older than the tree.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        from django.contrib.contenttypes.models import ContentType

        digest = hashlib.sha256("/".join(path_components).encode()).hexdigest()
        key = f"route:{generation()}:{self.pk}:{digest}"
        target = cache.get(key)
        if target is not None:
            content_type_id, pk, consumed = target
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            page = model.objects.filter(pk=pk).first() if model else None
            if page is not None:
                return page.route(request, path_components[consumed:])
        result = super().route(request, path_components)
        page = result[0]
        consumed = page.depth - self.depth
        if page.path.startswith(self.path) and 0 < consumed <= len(path_components):
            target = (page.content_type_id, page.pk, consumed)
            cache.set(key, target, timeout=kept_timeout())
        return result
