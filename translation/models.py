"""The translation memory: which translations came from memory, and translation pairs
imported from other tools (TMX) that belong to no page; and each language's glossary.

wagtail-localize already keeps every translated segment (``StringTranslation``); the
memory reads those, and these two tables add what it cannot say by itself.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemoryEntry(models.Model):
    """A source sentence and its translation, imported from a TMX file."""

    source_language = models.CharField(_("source language"), max_length=20)
    source_text = models.TextField(_("source text"))
    target_language = models.CharField(_("target language"), max_length=20, db_index=True)
    target_text = models.TextField(_("target text"))
    source_length = models.PositiveIntegerField(default=0, db_index=True)
    origin = models.CharField(_("origin"), max_length=255, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("memory entry")
        verbose_name_plural = _("memory entries")

    def __str__(self):
        return f"{self.source_language}→{self.target_language}: {self.source_text[:50]}"

    def save(self, *args, **kwargs):
        self.source_length = len(self.source_text)
        super().save(*args, **kwargs)


class MemoryMatch(models.Model):
    """A segment translation filled in from memory. Deleted as soon as a translator saves
    the segment themselves, so what remains is exactly what nobody has checked yet."""

    EXACT = "exact"
    FUZZY = "fuzzy"
    KIND_CHOICES = [(EXACT, _("exact")), (FUZZY, _("fuzzy"))]

    string_translation = models.OneToOneField(
        "wagtail_localize.StringTranslation",
        on_delete=models.CASCADE,
        related_name="memory_match",
    )
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=EXACT)
    similarity = models.FloatField(default=1.0)
    source_context = models.ForeignKey(
        "wagtail_localize.TranslationContext",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("memory match")
        verbose_name_plural = _("memory matches")

    def __str__(self):
        return f"{self.kind} {self.similarity:.0%}: {self.string_translation_id}"


def _single_line(value):
    """DeepL reads a glossary as tab-separated lines: a term is one line without tabs."""
    if any(character in value for character in "\t\r\n"):
        raise ValidationError(_("A term is one line without tabs."))


class GlossaryTerm(models.Model):
    """An English term and the translation a language requires for it: programme names,
    country and theme names. Kept by the translators and moderators of that language; DeepL
    uses it as a glossary where it can (translation/deepl.py) and the translation memory page
    shows the terms found in each English sentence."""

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("language"),
    )
    english = models.CharField(_("English term"), max_length=255, validators=[_single_line])
    translation = models.CharField(
        _("required translation"), max_length=255, validators=[_single_line]
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["locale", "english"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "english"], name="translation_glossary_term_once_per_language"
            )
        ]

    def __str__(self):
        return f"{self.english} → {self.translation}"

    def clean(self):
        self.english = self.english.strip()
        self.translation = self.translation.strip()
        if self.locale_id and self.locale.language_code == settings.LANGUAGE_CODE:
            raise ValidationError(
                {"locale": _("The glossary gives translations of English terms.")}
            )
