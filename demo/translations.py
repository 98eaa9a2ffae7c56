"""Hand-written translations of the demo: the whole Russian tree, and the home, about and
section index pages in the six other languages, with the taxonomy they show.

They are made the way a translator makes them in wagtail-localize, so the translation
editor and the translation status report see real translations: a ``TranslationSource``
for each English page or snippet (made in bulk, ``demo/translation_sources.py``), the
translator's strings as ``StringTranslation`` rows (from ``demo.texts``, keyed by the
English text), a ``Translation`` per language, and ``Translation.save_target``, which
turns the alias into a translated page. They go through the translation memory: a sentence
translated a second time into a language is filled from memory, and the country and theme
names make each language's glossary (``demo/memory.py``).

The texts were written for this project. An English segment without a text in its
language stops the load (``MissingDemoTranslations``), except on the one page that is
deliberately half done (``IN_PROGRESS``): nothing silently stays English.

So that the translation status report has every state to show, one Uzbek page was
translated from an earlier English version (``OUT_OF_DATE``), one Turkmen page waits for
the rest of its strings, the other translated pages are up to date, and every page not
translated stays an alias of English.

A translation is only made where the page is still an alias (or the snippet has no row in
that language), so a second run, or a translator's later work, is left alone.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.models import Country, Person, Theme

from . import texts
from .memory import DemoMemory, load_glossaries
from .translation_sources import create_sources, sources_for
from .utils import demo_key, source_locale

# Languages whose whole tree is translated; the others have the pages in INDEX_PAGES.
WHOLE_TREE = ["ru"]
INDEX_PAGES = ["home", "about", "news", "library", "academy", "grants"]
SNIPPETS = [Country, Theme, Person]

# (language, page) translated from an earlier English version: the grants page's intro
# gained its sentence about the filters after the Uzbek translator had finished.
OUT_OF_DATE = ("uz", "grants")
EARLIER_ENGLISH = {
    "intro": (
        "The small-grants scheme supported non-governmental organisations in all six "
        "countries of the region. (Sample content: the organisations below are invented.)"
    )
}
# (language, page) the translator has started: the strings ``demo.texts`` has for it
# are translated, the others wait (and show in English, as wagtail-localize does).
IN_PROGRESS = ("tk", "library")

# Page slugs are segments of some page types; every language keeps the English slug.
COPIED_PATHS = {"slug"}


class MissingDemoTranslations(CommandError):
    """English demo text with no translation in ``demo.texts``."""

    def __init__(self, missing):
        self.missing = missing
        lines = [f"  [{code}] {where}: {text!r}" for code, where, text in missing[:25]]
        more = [f"  ... and {len(missing) - 25} more"] if len(missing) > 25 else []
        super().__init__(
            "\n".join(
                [f"{len(missing)} English demo texts have no translation in demo.texts:"]
                + lines
                + more
            )
        )


def target_languages():
    codes = [*WHOLE_TREE, *texts.INDEX_PAGE_LANGUAGES]
    return {
        locale.language_code: locale
        for locale in Locale.objects.filter(language_code__in=codes).order_by("pk")
        if locale.language_code != settings.LANGUAGE_CODE
    }


@contextmanager
def indexed_once_at_the_end():
    """Update the search and reference indexes of what the block saves once, after it.

    Translating a page saves it several times (alias conversion, the translated fields, a
    revision, the publish), and each save would re-index it; here each translated object
    is indexed once, in bulk per model, when the block has succeeded.
    """
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.search.backends import get_search_backends

    indexed = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[type(instance)].add(instance.pk)

    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-translations-saved")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(remember, dispatch_uid="demo-translations-saved")
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)

    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in saved.items():
        if issubclass(model, Page) or model in SNIPPETS:
            for instance in model.objects.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(instance)
        if model in indexed:
            objects = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in backends:
                backend.add_bulk(model, objects)


class Translator:
    """Writes the translators' strings and saves the targets from them."""

    def __init__(self):
        self.catalogues = {}
        self.missing = []
        self.memory = DemoMemory()

    def catalogue(self, code):
        if code not in self.catalogues:
            self.catalogues[code] = texts.catalogue(code)
        return self.catalogues[code]

    def add_strings(self, jobs):
        """Bulk-create the strings of ``[(source, locale, partial)]``; note what is missing."""
        from wagtail_localize.models import StringSegment, StringTranslation

        segments = defaultdict(list)
        for segment in StringSegment.objects.filter(
            source__in={source for source, _locale, _partial in jobs}
        ).select_related("string", "context"):
            segments[segment.source_id].append(segment)
        rows = []
        for source, locale, partial in jobs:
            catalogue = self.catalogue(locale.language_code)
            for segment in segments[source.pk]:
                english = segment.string.data
                text = english if segment.context.path in COPIED_PATHS else catalogue.get(english)
                if text is not None:
                    rows.append(
                        StringTranslation(
                            translation_of_id=segment.string_id,
                            context_id=segment.context_id,
                            locale=locale,
                            data=text,
                            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                        )
                    )
                elif not partial:
                    self.missing.append((locale.language_code, source.object_repr, english))
        if self.missing:
            raise MissingDemoTranslations(self.missing)
        self.memory.mark_repeats(rows)
        StringTranslation.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
        self.memory.record_matches({row.context_id for row in rows if row.tool_name})

    def save_targets(self, jobs):
        """Save (and for pages, publish) the translation of each job.

        ``save_target(publish=True)`` would publish a page in ``transaction.on_commit``,
        that is after the loader's transaction, page by page and with the search index
        updated for each, or never in a test that rolls back. So a page's translation is
        saved as a draft and that revision is published here, in the transaction.
        """
        from wagtail_localize.models import Translation

        made = 0
        for source, locale, _partial in jobs:
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale
            )
            is_page = issubclass(source.specific_content_type.model_class(), Page)
            translation.save_target(publish=not is_page)
            if is_page:
                source.get_translated_instance(locale).latest_revision.publish(log_action=False)
            made += 1
        return made

    def translate(self, jobs):
        self.add_strings(jobs)
        return self.save_targets(jobs)


def snippet_jobs(languages):
    """``[(english snippet, locale)]`` where the snippet has no row in that language."""
    english = source_locale()
    jobs = []
    for model in SNIPPETS:
        rows = list(model.objects.filter(locale=english).order_by("pk"))
        existing = set(
            model.objects.filter(
                translation_key__in=[row.translation_key for row in rows],
                locale__in=languages.values(),
            ).values_list("translation_key", "locale_id")
        )
        jobs += [
            (row, locale)
            for row in rows
            for locale in languages.values()
            if (row.translation_key, locale.pk) not in existing
        ]
    return jobs


def page_jobs(languages):
    """``[(english page, locale)]`` where the page in that language is still an alias."""
    pages = list(
        Page.objects.filter(locale=source_locale(), depth__gte=2, alias_of__isnull=True, live=True)
        .order_by("path")
        .specific()
    )
    aliases = set(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__in=languages.values(),
            alias_of__isnull=False,
        ).values_list("translation_key", "locale_id")
    )
    index_keys = {demo_key(name) for name in INDEX_PAGES}
    return [
        (page, locale)
        for page in pages
        for code, locale in languages.items()
        if (code in WHOLE_TREE or page.translation_key in index_keys)
        and (page.translation_key, locale.pk) in aliases
    ]


def translate_from_earlier_english(translator, jobs):
    """Translate the ``OUT_OF_DATE`` page as it read before its last change, then sync it.

    Its source is made from the earlier text and translated; updating the source from the
    page afterwards is what the "Sync" button does, so wagtail-localize and the status
    report see a translation older than its English page. Returns the remaining jobs.
    """
    from wagtail_localize.models import TranslationSource

    code, name = OUT_OF_DATE
    job = next(
        (
            (page, locale)
            for page, locale in jobs
            if page.translation_key == demo_key(name) and locale.language_code == code
        ),
        None,
    )
    if job is None:
        return jobs, 0
    page, locale = job
    rest = [each for each in jobs if each != job]
    if TranslationSource.objects.filter(object_id=page.translation_key).exists():
        return rest, 0  # already sent for translation by someone: left as it is
    for field, text in EARLIER_ENGLISH.items():
        setattr(page, field, text)
    (source,) = create_sources([page])
    made = translator.translate([(source, locale, False)])
    page.refresh_from_db()
    source.update_from_db()
    return rest, made


def load(log):
    languages = target_languages()
    if not languages:
        return
    translator = Translator()
    in_progress = (demo_key(IN_PROGRESS[1]), IN_PROGRESS[0])
    with transaction.atomic(), indexed_once_at_the_end():
        snippets = snippet_jobs(languages)
        pages = page_jobs(languages)
        pages, early = translate_from_earlier_english(translator, pages)
        sources = {
            **sources_for([row for row, _locale in snippets]),
            **sources_for([page for page, _locale in pages]),
        }
        snippet_count = translator.translate(
            [(sources[row.translation_key], locale, False) for row, locale in snippets]
        )
        page_count = early + translator.translate(
            [
                (
                    sources[page.translation_key],
                    locale,
                    (page.translation_key, locale.language_code) == in_progress,
                )
                for page, locale in pages
            ]
        )
        terms = load_glossaries(languages, translator.catalogue)
    log(
        f"translations: {page_count} pages and {snippet_count} snippets newly translated, "
        f"{terms} glossary terms"
    )


def reset():
    """Forget the translation records of the demo's pages and taxonomy (the pages and
    snippets themselves are deleted by the other sections)."""
    from wagtail_localize.models import (
        SegmentOverride,
        String,
        StringTranslation,
        Template,
        TranslatableObject,
        TranslationSource,
    )

    content_types = ContentType.objects.get_for_models(Page, *SNIPPETS).values()
    objects = TranslatableObject.objects.filter(content_type__in=content_types)
    # In this order: wagtail-localize's handlers read a deleted string translation's
    # context, and segments protect their contexts.
    StringTranslation.objects.filter(context__object__in=objects).delete()
    SegmentOverride.objects.filter(context__object__in=objects).delete()
    TranslationSource.objects.filter(object__in=objects).delete()
    objects.delete()
    String.objects.filter(segments__isnull=True, translations__isnull=True).delete()
    Template.objects.filter(segments__isnull=True).delete()
