"""The translation memory: which translations came from memory, and translation pairs
imported from other tools (TMX) that belong to no page.

wagtail-localize already keeps every translated segment (``StringTranslation``); the
memory reads those, and these two tables add what it cannot say by itself.
"""

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
