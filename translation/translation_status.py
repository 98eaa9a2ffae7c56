"""Where each page stands in each language: the translation coordinator's morning report.

wagtail-localize records translations but has no status overview. A page in a target
locale is:

- ``not_translated`` when it is missing, still an alias of the English page, or a
  translation that has never been published;
- ``in_progress`` when it is published and current, but some of its text has no
  translation yet (visitors read those parts in English);
- ``out_of_date`` when the English page was published after its content was last sent for
  translation (``TranslationSource.last_updated_at``), or when it was sent again and the
  translation has not been saved since (the newest ``TranslationLog`` is older);
- ``up_to_date`` otherwise. Pages translated without wagtail-localize (copied by hand)
  count as up to date until the English page is published after them.

Everything is computed from a handful of queries over the whole tree, so the report and the
dashboard panel stay fast as the site grows.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

UP_TO_DATE = "up_to_date"
IN_PROGRESS = "in_progress"
OUT_OF_DATE = "out_of_date"
NOT_TRANSLATED = "not_translated"
STATUS_LABELS = {
    UP_TO_DATE: _("Up to date"),
    IN_PROGRESS: _("In progress"),
    OUT_OF_DATE: _("Out of date"),
    NOT_TRANSLATED: _("Not translated"),
}
SECTION_DEPTH = 3  # the home page's children: News, Library, Academy, Grants, About ...
STEPLEN = Page.steplen


@dataclass
class PageStatus:
    page_id: int
    title: str
    section_id: int | None
    locale: Locale
    status: str
    translated_page_id: int | None = None
    source_id: int | None = None
    translation_id: int | None = None

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def target_locales():
    return [
        locale
        for locale in Locale.objects.order_by("pk")
        if locale.language_code != settings.LANGUAGE_CODE
    ]


def sections():
    """The English home page's children, which the report filters by."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    return list(
        Page.objects.filter(depth=SECTION_DEPTH, locale=source, alias_of__isnull=True)
        .order_by("path")
        .only("id", "title", "path")
    )


def _is_stale(changed_at: datetime | None, since: datetime | None) -> bool:
    return bool(changed_at and since and changed_at > since)


def untranslated_counts(source_ids, locales):
    """``{(source id, locale id): segments without a translation}``, in two queries.

    The same count as wagtail-localize's ``Translation.get_progress()``, for every source
    and locale at once."""
    segments = list(
        StringSegment.objects.filter(source_id__in=source_ids).values_list(
            "source_id", "string_id", "context_id"
        )
    )
    translated = set(
        StringTranslation.objects.filter(
            translation_of__in=StringSegment.objects.filter(source_id__in=source_ids).values(
                "string_id"
            ),
            locale__in=locales,
            has_error=False,
        ).values_list("translation_of_id", "context_id", "locale_id")
    )
    missing = {}
    for locale in locales:
        for source_id, string_id, context_id in segments:
            if (string_id, context_id, locale.pk) not in translated:
                key = (source_id, locale.pk)
                missing[key] = missing.get(key, 0) + 1
    return missing


def page_statuses(locales=None, section_id=None, status=None):
    """One ``PageStatus`` per English page and target locale, in tree order."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = locales or target_locales()
    section_paths = {page.path: page.pk for page in sections()}
    source_pages = _source_pages(source_locale, section_paths, section_id)
    if source_pages is None:
        return []
    known = TranslationRecords.read(source_pages, locales, source_locale)
    results = []
    for page in source_pages:
        section = section_paths.get(page["path"][: STEPLEN * SECTION_DEPTH])
        for locale in locales:
            row = known.status(page, locale, section)
            if status is None or row.status == status:
                results.append(row)
    return results


def _source_pages(source_locale, section_paths, section_id):
    """The English pages to report on, as dicts; None when ``section_id`` is no section."""
    source_pages = Page.objects.filter(
        depth__gte=2, locale=source_locale, alias_of__isnull=True
    ).order_by("path")
    if section_id:
        section_path = next((p for p, pk in section_paths.items() if pk == section_id), None)
        if section_path is None:
            return None
        source_pages = source_pages.filter(path__startswith=section_path)
    return list(source_pages.values("id", "title", "path", "translation_key", "last_published_at"))


@dataclass
class TranslationRecords:
    """What Wagtail and wagtail-localize record about the translations of some pages, read
    in a fixed number of queries."""

    targets: dict
    sources: dict
    translations: dict
    newest_logs: dict
    untranslated: dict

    @classmethod
    def read(cls, source_pages, locales, source_locale):
        keys = [page["translation_key"] for page in source_pages]
        targets = {
            (row["translation_key"], row["locale_id"]): row
            for row in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
                "id", "translation_key", "locale_id", "alias_of_id", "last_published_at"
            )
        }
        sources = {
            row["object_id"]: row
            for row in TranslationSource.objects.filter(
                object_id__in=keys, locale=source_locale
            ).values("id", "object_id", "last_updated_at")
        }
        source_ids = [row["id"] for row in sources.values()]
        translations = {
            (row["source_id"], row["target_locale_id"]): row["id"]
            for row in Translation.objects.filter(
                source_id__in=source_ids, target_locale__in=locales
            ).values("id", "source_id", "target_locale_id")
        }
        newest_logs = {
            (row["source_id"], row["locale_id"]): row["newest"]
            for row in TranslationLog.objects.filter(source_id__in=source_ids, locale__in=locales)
            .values("source_id", "locale_id")
            .annotate(newest=Max("created_at"))
        }
        untranslated = untranslated_counts(source_ids, locales)
        return cls(targets, sources, translations, newest_logs, untranslated)

    def status(self, page, locale, section):
        source = self.sources.get(page["translation_key"])
        target = self.targets.get((page["translation_key"], locale.pk))
        row = PageStatus(page["id"], page["title"], section, locale, NOT_TRANSLATED)
        if source is not None:
            row.source_id = source["id"]
            row.translation_id = self.translations.get((source["id"], locale.pk))
        translated = target is not None and target["alias_of_id"] is None
        if not translated or target["last_published_at"] is None:
            return row
        row.translated_page_id = target["id"]
        if self.is_stale(page, source, target, locale):
            row.status = OUT_OF_DATE
        elif row.translation_id and self.untranslated.get((source["id"], locale.pk)):
            row.status = IN_PROGRESS
        else:
            row.status = UP_TO_DATE
        return row

    def is_stale(self, page, source, target, locale):
        """The English page changed after the translation was last published, sent or saved."""
        if source is None:
            return _is_stale(page["last_published_at"], target["last_published_at"])
        newest_log = self.newest_logs.get((source["id"], locale.pk))
        return (
            _is_stale(page["last_published_at"], source["last_updated_at"])
            or newest_log is None
            or newest_log < source["last_updated_at"]
        )


def counts_by_locale(statuses):
    """``{locale: {status: count}}`` for the statuses given, every status present."""
    counts = {}
    for row in statuses:
        per_locale = counts.setdefault(row.locale, dict.fromkeys(STATUS_LABELS, 0))
        per_locale[row.status] += 1
    return counts
