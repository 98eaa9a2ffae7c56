from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubApiConfig(AppConfig):
    name = "hub.api"
    label = "hub_api"
    verbose_name = _("API and webhooks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import preview, webhooks

        webhooks.connect_signals()
        preview.install()
