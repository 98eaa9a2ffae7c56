"""The demo's translations through the translation memory, so the demo shows it working.

A sentence the demo translates a second time into a language (the sample-content notice,
country and theme names, recurring calls to action) is what the memory would have filled
in: it is written as filled from memory (``MEMORY_TOOL``, with its ``MemoryMatch``), so
the translation editor marks it "Translated with Translation memory" and the productivity
report counts its words as from memory. Every demo translation is in the memory for new
translations made in the demo admin, as any translation is (translation/memory.py).

Each demo language also gets a glossary: the names of the countries and themes, as the
demo translates them.
"""

from core.models import Country, Theme
from translation.memory import MEMORY_TOOL
from translation.models import GlossaryTerm, MemoryMatch


class DemoMemory:
    """Remembers the first place each English string was translated in each language."""

    def __init__(self):
        self.first_context = {}

    def mark_repeats(self, rows):
        """Mark the rows (unsaved ``StringTranslation``) whose string was translated into
        the same language before, in another place, as filled from memory."""
        for row in rows:
            key = (row.locale.pk, row.translation_of_id)
            first = self.first_context.setdefault(key, row.context_id)
            if first != row.context_id:
                row.tool_name = MEMORY_TOOL

    def record_matches(self, contexts):
        """The ``MemoryMatch`` of each row ``mark_repeats`` marked, once they are saved."""
        from wagtail_localize.models import StringTranslation

        filled = StringTranslation.objects.filter(
            tool_name=MEMORY_TOOL, context_id__in=contexts, memory_match__isnull=True
        ).values_list("pk", "locale_id", "translation_of_id")
        MemoryMatch.objects.bulk_create(
            MemoryMatch(
                string_translation_id=pk,
                kind=MemoryMatch.EXACT,
                source_context_id=self.first_context.get((locale_id, string_id)),
            )
            for pk, locale_id, string_id in filled
        )


def load_glossaries(languages, catalogue):
    """Country and theme names as glossary terms of each language, where the demo
    translates them; terms a translator has added or changed are left alone."""
    names = sorted(
        {
            *Country.objects.filter(locale__language_code="en").values_list("name", flat=True),
            *Theme.objects.filter(locale__language_code="en").values_list("name", flat=True),
        }
    )
    existing = set(
        GlossaryTerm.objects.filter(locale__in=languages.values()).values_list(
            "locale_id", "english"
        )
    )
    terms = [
        GlossaryTerm(locale=locale, english=name, translation=catalogue(code)[name])
        for code, locale in languages.items()
        for name in names
        if name in catalogue(code) and (locale.pk, name) not in existing
    ]
    GlossaryTerm.objects.bulk_create(terms)
    return len(terms)
