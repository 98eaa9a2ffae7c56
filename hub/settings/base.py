"""Settings shared by every environment; each value that differs comes from the environment.

The table of variables lives in README.md ("Configuration").
"""

import os
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet_markercluster
from wagtail.embeds.oembed_providers import vimeo, youtube

from search.conf import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Forms on cached pages carry no token; their pages answer a tokenless post (core/csrf.py).
CSRF_FAILURE_VIEW = "core.csrf.csrf_failure"

INSTALLED_APPS = [
    "core",
    "translation",
    "api",
    "demo",
    "home",
    "articles",
    "academy",
    "grants",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "leaflet",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "drf_spectacular_sidecar",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise, which serves its own precompressed gzip and brotli files, and above
    # the page cache, so cached pages are stored once and compressed for each client.
    # Django's GZipMiddleware mitigates BREACH itself (random bytes in the gzip header),
    # and CSRF tokens are masked per response.
    "django.middleware.gzip.GZipMiddleware",
    # Inside the compression (whose random header bytes would change the ETag of every
    # response) and outside the page cache, so cached pages also answer If-None-Match.
    "django.middleware.http.ConditionalGetMiddleware",
    "core.page_cache.PageCacheMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "api.http.ApiHttpMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.login_throttle.LoginThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "hub"),
            "TIMEOUT": 600,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "hub",
            "TIMEOUT": 600,
        }
    }

# Whole-page cache for anonymous visitors (core/page_cache.py); the CDN keeps pages this long.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() != "false"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "3600"))
PAGE_CACHE_CDN_MAX_AGE = int(os.environ.get("PAGE_CACHE_CDN_MAX_AGE", "60"))

# A CDN or caching proxy in front: wagtail.contrib.frontend_cache purges a page's URL there
# when it is published or unpublished. Listings that show it (its index, the home page)
# expire after PAGE_CACHE_CDN_MAX_AGE. Either or both; without them nothing is purged.
WAGTAILFRONTENDCACHE = {}
# Each language's page is a page of its own with its own URL (aliases publish with their
# English source), so each purges its own URL; not every URL in all eight prefixes.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx or anything taking PURGE
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN") and os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if WAGTAILFRONTENDCACHE:
    # Only then: its signal handlers work out every published page's URLs and queue a purge.
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Rate limits (core/ratelimit.py, counted by django-ratelimit in a cache all processes
# share). Behind reverse proxies, TRUSTED_PROXY_COUNT says how many there are, so that the
# client's address is read from X-Forwarded-For; 0 (no proxy) counts by REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
RATELIMIT_USE_CACHE = "default"
# The same address for django-ratelimit's own `key="ip"`, should a view use its decorator.
RATELIMIT_IP_META_KEY = "core.ratelimit.client_address"
# A cache outage (Redis down) lets requests through rather than refusing everyone.
RATELIMIT_FAIL_OPEN = True
# Admin login throttling (core/login_throttle.py): failures per client address.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_FAILURE_WINDOW = int(os.environ.get("LOGIN_FAILURE_WINDOW", "900"))
# Course registrations (academy/registration.py): forms per course and client address (a
# training room of 30 learners behind one address stays well under it), and valid forms
# per email address over all courses (each may send that address an email).
ACADEMY_REGISTRATION_RATE_LIMIT = "60/h"
ACADEMY_REGISTRATION_EMAIL_RATE_LIMIT = "10/h"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source; the order is the order of the language switcher.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
    ("ky", "Кыргызча"),
    ("tg", "Тоҷикӣ"),
    ("tk", "Türkmençe"),
    ("uz", "Oʻzbekcha"),
    ("az", "Azərbaycanca"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our date and number formats first, then Django's (core/formats/__init__.py says why).
FORMAT_MODULE_PATH = ["core.formats"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# Leaflet.markercluster for the grants map, from its XStatic package (not copied here).
STATICFILES_DIRS = [("leaflet-markercluster", xstatic.pkg.leaflet_markercluster.BASE_DIR)]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads: bounded so that one upload cannot exhaust memory or disk.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Reads an image's dimensions from its header before decoding it (core/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.images.ImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are always streamed by Wagtail's view, which checks their collection's privacy;
# never linked or redirected to their file under MEDIA_URL or in a bucket, which does not.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Civil Society Hub")
# Where `make run` serves the site; the demo's Site record takes its host and port from it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar in the admin: it would send a hash of every staff email address to a third
# party on each page view (and needs the internet); Wagtail shows initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILSEARCH_HITS_MAX_AGE = 30

# Search: the database (SQLite FTS5, PostgreSQL full text with a text search configuration
# per language) unless ELASTICSEARCH_URL is set; search/conf.py has the details.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends(
    ELASTICSEARCH_URL, os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "hub_")
)

# Machine translation drafts for wagtail-localize: DeepL (following each language's glossary,
# translation/deepl.py), else LibreTranslate, else none.
DEEPL_AUTH_KEY = os.environ.get("DEEPL_AUTH_KEY", "")
LIBRETRANSLATE_URL = os.environ.get("LIBRETRANSLATE_URL", "")
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY},
    }
elif LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL,
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]

HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "")

# Background tasks (django-tasks). Wagtail's own tasks stay immediate; webhook deliveries go
# to a database queue that `manage.py db_worker --backend webhooks --queue-name webhooks`
# works through, so a slow receiver never holds up a publish (README, "Webhooks").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
}
WEBHOOK_TIMEOUT = float(os.environ.get("WEBHOOK_TIMEOUT", "5"))
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "5"))
WEBHOOK_RETRY_BASE_DELAY = float(os.environ.get("WEBHOOK_RETRY_BASE_DELAY", "30"))

# Videos come from YouTube and Vimeo only, the frames the Content-Security-Policy allows
# (core/security.py); another address is refused in the editor instead of failing on the site.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]},
]

MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = os.environ.get(
    "MAP_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
LEAFLET_CONFIG = {
    "TILES": [("OpenStreetMap", MAP_TILE_URL, {"attribution": MAP_ATTRIBUTION})],
    "DEFAULT_CENTER": (42.0, 65.0),
    "DEFAULT_ZOOM": 4,
    "RESET_VIEW": False,
}

WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_SEARCH_ENABLED = True
# Seconds a CDN may serve API responses as fresh, and then stale while it revalidates.
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "60"))
API_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("API_CACHE_STALE_WHILE_REVALIDATE", "300"))

# Security defaults that hold everywhere; production.py tightens transport security.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}
