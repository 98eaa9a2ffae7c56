"""Words translated this month in each language, by hand, from memory and by machine, and
words still waiting for a translator: the coordinator's view of the translation memory's
effect. Words are counted in the English source text of each segment."""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail_localize.models import StringSegment, StringTranslation

from .memory import MEMORY_TOOL
from .models import MemoryMatch

COLUMNS = ("by_hand", "from_memory", "by_machine", "to_translate")


@dataclass
class LanguageWords:
    locale: object
    words: dict = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))


def word_count(text):
    return len(re.sub(r"<[^>]+>", " ", text).split())


def month_start(now=None):
    now = timezone.localtime(now or timezone.now())
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _kind(translation_type, tool_name, from_memory):
    if from_memory or tool_name == MEMORY_TOOL:
        return "from_memory"
    if translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return "by_machine"
    return "by_hand"


def words_by_language(locales, now=None):
    """``[LanguageWords]`` for ``locales``, in their order."""
    rows = {locale.pk: LanguageWords(locale) for locale in locales}
    translated = (
        StringTranslation.objects.filter(locale__in=locales, updated_at__gte=month_start(now))
        .annotate(from_memory=Exists(MemoryMatch.objects.filter(string_translation=OuterRef("pk"))))
        .values_list(
            "locale_id", "translation_type", "tool_name", "from_memory", "translation_of__data"
        )
    )
    for locale_id, kind, tool, from_memory, text in translated.iterator():
        rows[locale_id].words[_kind(kind, tool, from_memory)] += word_count(text)
    done = defaultdict(set)
    for string_id, context_id, locale_id in StringTranslation.objects.filter(
        locale__in=locales
    ).values_list("translation_of_id", "context_id", "locale_id"):
        done[locale_id].add((string_id, context_id))
    waiting = StringSegment.objects.filter(
        source__translations__enabled=True, source__translations__target_locale__in=locales
    ).values_list(
        "string_id", "context_id", "source__translations__target_locale_id", "string__data"
    )
    for string_id, context_id, locale_id, text in waiting.iterator():
        if (string_id, context_id) not in done[locale_id]:
            rows[locale_id].words["to_translate"] += word_count(text)
    return list(rows.values())
