from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """Everything under ``/api/``. The label ``hub_api`` is kept from before the split
    (docs/architecture.md, "App labels"), so existing tables and migrations stay valid."""

    name = "api"
    label = "hub_api"
    verbose_name = _("API and webhooks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import references, webhooks

        webhooks.connect_signals()
        references.connect_signals()
