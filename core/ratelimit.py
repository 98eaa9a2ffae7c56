"""The site's one rate limiter: django-ratelimit's counters, keyed by the real client.

Counts live in the cache named by ``RATELIMIT_USE_CACHE``, which every server process must
share, or each gunicorn worker counts alone and a limit of 5 lets through 5 per worker:
Redis when ``REDIS_URL`` is set, otherwise (in production) a database cache table made by
``manage.py createcachetable``. ``check_shared_cache`` warns when the cache is local to
one process. django-ratelimit's own app (and its system check, which rejects the
database cache) is not installed: only its counting core is used.

Behind a reverse proxy every request comes from the proxy's address, so counting by
``REMOTE_ADDR`` would let one person lock everybody out. ``client_address`` reads the
address the proxies added to ``X-Forwarded-For`` instead, but only as many hops as
``TRUSTED_PROXY_COUNT`` says there are: anything further left was written by the client and
could be forged. https://django-ratelimit.readthedocs.io/en/stable/security.html
"""

import ipaddress
import logging

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import DatabaseError, router, transaction
from django_ratelimit import ALL
from django_ratelimit.core import _get_window, _make_cache_key, _split_rate, get_usage

logger = logging.getLogger(__name__)

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def _valid_address(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request):
    """The address of the client, as the trusted proxies saw it.

    With ``TRUSTED_PROXY_COUNT = N`` each of the N proxies appended the address it received
    the request from to ``X-Forwarded-For``, so the N-th entry from the right is the client.
    A header with fewer entries did not pass through all of them: ``REMOTE_ADDR`` is used.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(forwarded) < trusted:
        return remote
    return _valid_address(forwarded[-trusted]) or remote


def _guarded(operation):
    """Run a cache operation; None (not limited) when the database cache cannot be read.
    Like a Redis outage (``RATELIMIT_FAIL_OPEN``), it must not take the site down. The
    savepoint keeps a failed query from breaking a surrounding transaction."""
    cache = caches[settings.RATELIMIT_USE_CACHE]
    if not isinstance(cache, DatabaseCache):
        return operation()
    try:
        with transaction.atomic(using=router.db_for_write(cache.cache_model_class)):
            return operation()
    except DatabaseError:
        logger.exception("Rate limits cannot be counted; is `manage.py createcachetable` run?")
        return None


def _usage(request, group, rate, value, increment):
    return _guarded(
        lambda: get_usage(
            request,
            group=group,
            key=lambda _group, _request: value,
            rate=rate,
            increment=increment,
        )
    )


def hit(request, group, rate, value):
    """Count one event of ``group`` for ``value`` (an address, an email); True when it goes
    over ``rate`` ("5/15m", or ``(count, seconds)``)."""
    usage = _usage(request, group, rate, value, increment=True)
    return bool(usage and usage["should_limit"])


def count(request, group, rate, value):
    """How many events of ``group`` were counted for ``value`` in the current window."""
    usage = _usage(request, group, rate, value, increment=False)
    return usage["count"] if usage else 0


def reset(group, rate, value):
    """Forget the current window's count (a successful login clears its failures). Uses
    django-ratelimit's key scheme, which has no public function for this."""
    _limit, period = _split_rate(rate)
    key = _make_cache_key(group, _get_window(value, period), rate, value, ALL)
    _guarded(lambda: caches[settings.RATELIMIT_USE_CACHE].delete(key))


def window_seconds(rate):
    return _split_rate(rate)[1]


@checks.register(checks.Tags.caches)
def check_shared_cache(app_configs, **kwargs):
    """Warn where limits would be counted per process: production without Redis or the
    database cache. (Local memory is right for `runserver`, one process.)"""
    if settings.DEBUG:
        return []
    backend = settings.CACHES[settings.RATELIMIT_USE_CACHE]["BACKEND"]
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Warning(
            f"Rate limits are counted in {backend}, separately in each server process, so "
            "each worker allows the full limit.",
            hint="Set REDIS_URL, or point RATELIMIT_USE_CACHE at a DatabaseCache "
            "(README.md, section Production).",
            id="hub.W001",
        )
    ]
