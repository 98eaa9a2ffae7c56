"""Local development: debug on, dummy machine translation, email to the console."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = globals().get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR") or {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
