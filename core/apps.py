from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every section shares: taxonomy, blocks, the page cache, security headers.

    The label stays ``hub``, the name this app had before the project package was split
    (docs/architecture.md, "App labels"): database tables, content types, permissions
    ("hub.change_theme") and migration history of existing installations keep working.
    """

    name = "core"
    label = "hub"
    verbose_name = _("Hub")

    def ready(self):
        from . import login_throttle, ratelimit, signals  # noqa: F401 - ratelimit registers a check

        signals.connect()
        login_throttle.connect()
