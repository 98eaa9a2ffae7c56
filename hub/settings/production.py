"""Production: refuses to start without its secrets, serves static files with whitenoise."""

import os
import sys

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, env_list

_missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS") if not os.environ.get(name)]
if _missing:
    message = (
        f"Production settings need {' and '.join(_missing)} in the environment; "
        "see README.md, section Configuration."
    )
    sys.stderr.write(f"hub: {message}\n")
    sys.exit(1)

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
# Several server processes must share one cache for a publish to invalidate every copy of a
# page, so the page cache is on by default only with Redis (PAGE_CACHE_ENABLED overrides).
PAGE_CACHE_ENABLED = (
    os.environ.get("PAGE_CACHE_ENABLED", "true" if REDIS_URL else "false").lower() == "true"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not REDIS_URL:
    # Rate limits must be counted once for all workers: without Redis, in a database table
    # (created by `manage.py createcachetable`; a few simultaneous requests may be counted
    # as one, as the database cache has no atomic increment).
    CACHES = {
        **CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "hub_ratelimit_cache",
        },
    }
    RATELIMIT_USE_CACHE = "ratelimit"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.storage.StaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible media storage (django-storages must be installed alongside).
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# LOCAL_HTTP=true is for `make serve` on a laptop (plain http on 127.0.0.1): it turns off
# the https-only settings below. Never set it on a public server.
LOCAL_HTTP = os.environ.get("LOCAL_HTTP", "").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = not LOCAL_HTTP
SECURE_HSTS_SECONDS = 0 if LOCAL_HTTP else int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = not LOCAL_HTTP
CSRF_COOKIE_SECURE = not LOCAL_HTTP
LANGUAGE_COOKIE_SECURE = not LOCAL_HTTP
# Media is normally served by the proxy or the object store; `make serve` has neither.
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "").lower() == "true"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hub@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
