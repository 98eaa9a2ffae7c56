"""Which languages things exist in: snippets in the visitor's language, live translations."""

from django.conf import settings
from wagtail.models import Page

from core.i18n import active_locale


def in_active_language(objects, select_related=()):
    """Translatable snippets in the visitor's language where translated (one query).

    A translated or alias page still points at the English themes and people it was copied
    from; this swaps each for its translation without a query per object.
    """
    objects = list(objects)
    locale = active_locale()  # remembered for the request, unlike ``Locale.get_active()``
    missing = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if not missing:
        return objects
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=missing, locale=locale).select_related(
            *select_related
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def language_names(codes):
    """The site's names of the given language codes, in the order of ``settings.LANGUAGES``."""
    codes = set(codes)
    return [name for code, name in settings.LANGUAGES if code in codes]


def live_translation_languages(translation_keys):
    """Language codes of the live, real (not alias) pages of each translation key.

    One query for any number of courses, so listings stay at a constant query count.
    """
    rows = (
        Page.objects.filter(
            translation_key__in=list(translation_keys), live=True, alias_of__isnull=True
        )
        .order_by()
        .values_list("translation_key", "locale__language_code")
    )
    languages = {}
    for key, code in rows:
        languages.setdefault(key, []).append(code)
    return languages
