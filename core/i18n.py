"""The language helpers every section uses: the locale of a language code, the visitor's
locale, taxonomy names in a language, and snippets in the reader's language.

Wagtail's ``Locale.get_active()`` and ``Locale.get_for_language()`` query the database on
every call, and a page asks several times (the menu, the language switcher, each card's
taxonomy). ``LocaleMiddleware`` opens a per-request memo, so each language code costs one
query per request at most; outside a request (commands, tests without a client) every
call queries, as Wagtail does.
"""

from contextvars import ContextVar

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale

_request_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)


class request_memo:
    """Context manager around one request: locales looked up inside it are remembered."""

    def __enter__(self):
        self._token = _request_locales.set({})

    def __exit__(self, *exc_info):
        _request_locales.reset(self._token)


def locale_of(language_code=None):
    """The Locale of ``language_code`` (default: the source language), or None."""
    code = language_code or settings.LANGUAGE_CODE
    memo = _request_locales.get()
    if memo is not None and code in memo:
        return memo[code]
    locale = Locale.objects.filter(language_code=code).first()
    if memo is not None:
        memo[code] = locale
    return locale


def active_locale():
    """The visitor's locale, falling back to the source language's as Wagtail does."""
    return locale_of(get_language()) or locale_of(settings.LANGUAGE_CODE)


def in_locale(objects, locale):
    """Each translatable snippet in ``locale`` where it is translated, else itself.

    A translated or alias page still points at the taxonomy rows of the page it was copied
    from; this swaps each for its translation with one query for the whole list.
    """
    objects = list(objects)
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not keys:
        return objects
    model = type(objects[0])
    translations = {
        row.translation_key: row
        for row in model.objects.filter(translation_key__in=keys, locale=locale)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def taxonomy_names(model, key, locale):
    """``{iso_code or slug: name}`` in ``locale``, falling back to the source language."""
    rows = model.objects.filter(
        locale__language_code__in={locale.language_code, settings.LANGUAGE_CODE}
    ).values_list(key, "name", "locale__language_code")
    # Rows of the requested language come last and so win over the source language's.
    ordered = sorted(rows, key=lambda row: row[2] == locale.language_code)
    return {code: name for code, name, _language in ordered}
