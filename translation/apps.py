from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    """Who may write, publish and translate what, and where each language stands."""

    name = "translation"
    verbose_name = _("Roles and translation")
