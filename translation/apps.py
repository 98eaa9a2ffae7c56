from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    """Who may write, publish and translate what, where each language stands, and the
    translation memory."""

    name = "translation"
    verbose_name = _("Roles and translation")

    def ready(self):
        from wagtail_localize.models import StringSegment, StringTranslation, Translation

        from . import memory

        post_save.connect(memory.on_translation_saved, sender=Translation)
        post_save.connect(memory.on_segment_saved, sender=StringSegment)
        post_save.connect(memory.on_string_translation_saved, sender=StringTranslation)
