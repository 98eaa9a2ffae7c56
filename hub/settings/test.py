"""The pytest suite: fast hashing, in-memory email, local-memory cache, dummy translation."""

from search.conf import search_backends

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# pytest runs in one process, so local-memory rate limits count everything.
SILENCED_SYSTEM_CHECKS = ["hub.W001"]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
WAGTAILSEARCH_BACKENDS = search_backends()
DATABASES["default"].pop("CONN_MAX_AGE", None)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
