"""Translation memory: translators never translate the same sentence twice.

When a translation is started, or the English source is synced, each segment without a
translation in its place is filled from the memory of the target language: an earlier
translation of the same source text anywhere on the site (the most recent one done by
hand first, then imported TMX pairs, then machine drafts). The filled strings carry the
tool name ``MEMORY_TOOL``, so wagtail-localize's editor shows "Translated with Translation
memory"; a ``MemoryMatch`` records each one until a translator saves the segment.

Near matches (``FUZZY_THRESHOLD`` similar or more) and the previous translation of a
segment whose English changed are only offered as suggestions, on the memory page of the
translation (translation/memory_views.py). See docs/architecture.md.
"""

import difflib
import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import Length
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .models import MemoryEntry, MemoryMatch

MEMORY_TOOL = "Translation memory"
FUZZY_THRESHOLD = 0.85
FUZZY_CANDIDATES = 200


@dataclass
class Suggestion:
    text: str
    similarity: float
    source_text: str
    origin: str  # "previous", "memory" or "imported"

    @property
    def percent(self):
        return round(self.similarity * 100)


def normalise(text):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip().casefold()


def similarity(a, b):
    return difflib.SequenceMatcher(None, normalise(a), normalise(b), autojunk=False).ratio()


def _usable(locale_id):
    return StringTranslation.objects.filter(locale_id=locale_id, has_error=False).exclude(data="")


def exact_match(string, locale, exclude_context_id=None):
    """The best earlier translation of ``string`` into ``locale``: (text, translation_type,
    context id or None). Manual first, then imported pairs, then machine; newest first."""
    found = (
        _usable(locale.pk)
        .filter(translation_of_id=string.pk)
        .exclude(context_id=exclude_context_id or 0)
        .annotate(
            manual=Case(
                When(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("manual", "-updated_at")
        .first()
    )
    if found and found.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return found.data, found.translation_type, found.context_id
    entry = (
        MemoryEntry.objects.filter(
            target_language=locale.language_code,
            source_length=len(string.data),
            source_text=string.data,
        )
        .order_by("-updated_at")
        .first()
    )
    if entry:
        return entry.target_text, StringTranslation.TRANSLATION_TYPE_MANUAL, None
    if found:
        return found.data, found.translation_type, found.context_id
    return None


def fill_segment(segment, translation):
    """Fill one segment of ``translation`` from memory if it has no translation in its
    place yet; returns the new StringTranslation or None."""
    locale = translation.target_locale
    if StringTranslation.objects.filter(
        translation_of_id=segment.string_id, locale=locale, context_id=segment.context_id
    ).exists():
        return None
    match = exact_match(segment.string, locale, exclude_context_id=segment.context_id)
    if match is None:
        return None
    text, translation_type, context_id = match
    with transaction.atomic():
        filled = StringTranslation.objects.create(
            translation_of_id=segment.string_id,
            locale=locale,
            context_id=segment.context_id,
            data=text,
            translation_type=translation_type,
            tool_name=MEMORY_TOOL,
        )
        MemoryMatch.objects.create(
            string_translation=filled, kind=MemoryMatch.EXACT, source_context_id=context_id
        )
    return filled


def fill_translation(translation):
    """Fill every untranslated segment of ``translation``; returns how many were filled.
    Two queries when everything is translated already (the demo loader's case)."""
    segments = StringSegment.objects.filter(source_id=translation.source_id).select_related(
        "string", "context"
    )
    done = set(
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context__object_id=translation.source.object_id,
        ).values_list("translation_of_id", "context_id")
    )
    waiting = [s for s in segments if (s.string_id, s.context_id) not in done]
    return sum(fill_segment(segment, translation) is not None for segment in waiting)


def fuzzy_suggestions(string, locale, limit=3):
    """Near matches of ``string`` translated into ``locale`` before, best first. Candidates
    are narrowed in SQL to source texts of a length that could reach the threshold."""
    length = len(string.data)
    low, high = int(length * FUZZY_THRESHOLD), int(length / FUZZY_THRESHOLD) + 1
    suggestions = []
    translated = (
        _usable(locale.pk)
        .exclude(translation_of_id=string.pk)
        .annotate(source_length=Length("translation_of__data"))
        .filter(source_length__gte=low, source_length__lte=high)
        .select_related("translation_of")
        .order_by("-updated_at")[:FUZZY_CANDIDATES]
    )
    for candidate in translated:
        ratio = similarity(string.data, candidate.translation_of.data)
        if ratio >= FUZZY_THRESHOLD:
            suggestions.append(
                Suggestion(candidate.data, ratio, candidate.translation_of.data, "memory")
            )
    entries = MemoryEntry.objects.filter(
        target_language=locale.language_code, source_length__gte=low, source_length__lte=high
    ).exclude(source_text=string.data)[:FUZZY_CANDIDATES]
    for entry in entries:
        ratio = similarity(string.data, entry.source_text)
        if ratio >= FUZZY_THRESHOLD:
            suggestions.append(Suggestion(entry.target_text, ratio, entry.source_text, "imported"))
    unique = {}
    for suggestion in sorted(suggestions, key=lambda s: -s.similarity):
        unique.setdefault(suggestion.text, suggestion)
    return list(unique.values())[:limit]


def previous_translation(segment, locale):
    """The translation this place had before its English text changed, if any."""
    earlier = (
        _usable(locale.pk)
        .filter(context_id=segment.context_id)
        .exclude(translation_of_id=segment.string_id)
        .select_related("translation_of")
        .order_by("-updated_at")
        .first()
    )
    if earlier is None:
        return None
    return Suggestion(
        earlier.data,
        similarity(segment.string.data, earlier.translation_of.data),
        earlier.translation_of.data,
        "previous",
    )


# Signal receivers, connected in TranslationConfig.ready ---------------------------------


def on_translation_saved(instance, created, raw=False, **kwargs):
    if created and not raw and instance.enabled:
        fill_translation(instance)


def on_segment_saved(instance, created, raw=False, **kwargs):
    """A source synced after its English changed gets new segments: fill them for every
    language it is translated into."""
    if not created or raw:
        return
    for translation in Translation.objects.filter(
        source_id=instance.source_id, enabled=True
    ).select_related("target_locale"):
        fill_segment(instance, translation)


def on_string_translation_saved(instance, raw=False, **kwargs):
    """Once a translator saves a segment filled from memory, it is theirs."""
    if not raw and instance.tool_name != MEMORY_TOOL:
        MemoryMatch.objects.filter(string_translation=instance).delete()
