"""Every other language's tree, synchronised from English by wagtail-localize.

Saving a ``LocaleSynchronization`` builds that locale's alias tree at once, so every
language prefix serves a page from the start; translators then replace aliases with
translations.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from .utils import source_locale


def load(log):
    english = source_locale()
    created = 0
    for code, _name in settings.LANGUAGES:
        if code == english.language_code:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        _sync, was_created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": english}
        )
        created += was_created
    log(f"locales: {created} new synchronised trees")


def reset():
    LocaleSynchronization.objects.all().delete()
