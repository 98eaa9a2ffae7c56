"""The shared rate limiter: the client's address behind proxies, a cache every worker
shares, and a warning where it would not be shared."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory

from core import ratelimit
from tests.hub.test_settings import read_setting


def request_from(remote, forwarded=None):
    headers = {"x-forwarded-for": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, headers=headers)


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, "198.51.100.7", "10.0.0.1"),  # no proxy configured: the header is anyone's
        (1, None, "10.0.0.1"),  # configured, but this request did not pass the proxy
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # the client wrote the left part
        (2, "6.6.6.6, 198.51.100.7, 192.0.2.1", "198.51.100.7"),  # CDN, then the proxy
        (2, "198.51.100.7", "10.0.0.1"),  # fewer hops than proxies
        (1, "not-an-address", "10.0.0.1"),
        (1, " 2001:db8::1 ", "2001:db8::1"),
    ],
)
def test_client_address(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted
    assert ratelimit.client_address(request_from("10.0.0.1", forwarded)) == expected


@pytest.mark.django_db
def test_counts_in_the_database_cache_are_shared_by_every_process(settings):
    """Counted in a table, not in this process's memory: every worker sees the same count."""
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "test_ratelimit_cache",
        },
    }
    settings.RATELIMIT_USE_CACHE = "ratelimit"
    call_command("createcachetable")  # rolled back with the test
    request = request_from("10.0.0.1")

    assert not ratelimit.hit(request, "test", (2, 60), "10.0.0.1")
    assert not ratelimit.hit(request, "test", (2, 60), "10.0.0.1")
    assert ratelimit.hit(request, "test", (2, 60), "10.0.0.1")

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM test_ratelimit_cache")
        assert cursor.fetchone() == (1,)
    assert ratelimit.count(request, "test", (2, 60), "10.0.0.1") == 3
    ratelimit.reset("test", (2, 60), "10.0.0.1")
    assert ratelimit.count(request, "test", (2, 60), "10.0.0.1") == 0


PRODUCTION = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "hub.example.org", "REDIS_URL": ""}


def test_production_without_redis_counts_in_the_database():
    expression = "settings.CACHES[settings.RATELIMIT_USE_CACHE]['BACKEND']"
    assert read_setting(expression, "hub.settings.production", PRODUCTION) == (
        "django.core.cache.backends.db.DatabaseCache"
    )
    with_redis = {**PRODUCTION, "REDIS_URL": "redis://127.0.0.1:6379/5"}
    assert read_setting(expression, "hub.settings.production", with_redis) == (
        "django_redis.cache.RedisCache"
    )


def test_a_cache_of_one_process_is_reported_outside_debug(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.RATELIMIT_USE_CACHE = "default"
    settings.DEBUG = False
    assert [warning.id for warning in ratelimit.check_shared_cache(None)] == ["hub.W001"]
    settings.DEBUG = True  # runserver: one process
    assert ratelimit.check_shared_cache(None) == []


@pytest.mark.django_db
def test_a_missing_cache_table_lets_requests_through(settings, caplog):
    """A deployment that forgot `createcachetable` logs errors but keeps logins working."""
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "no_such_table",
        },
    }
    settings.RATELIMIT_USE_CACHE = "ratelimit"
    request = request_from("10.0.0.1")
    for _ in range(3):
        assert not ratelimit.hit(request, "test", (1, 60), "10.0.0.1")
    assert ratelimit.count(request, "test", (1, 60), "10.0.0.1") == 0
    assert "createcachetable" in caplog.text
    assert get_user_model().objects.count() == 0  # the test's transaction still works
