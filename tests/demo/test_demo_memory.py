"""The demo goes through the translation memory: sentences it translates a second time into
a language are marked as filled from memory, each language has a glossary of the country
and theme names, and a new translation started in the demo admin is filled from memory."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from home.models import StandardPage
from translation import productivity
from translation.memory import MEMORY_TOOL
from translation.models import GlossaryTerm, MemoryMatch

from ..translation.memory_helpers import add_page, start_translation, translated

pytestmark = pytest.mark.usefixtures("demo_site")


def test_repeated_sentences_of_the_demo_are_filled_from_memory():
    russian = Locale.objects.get(language_code="ru")
    matches = MemoryMatch.objects.filter(string_translation__locale=russian).select_related(
        "string_translation"
    )
    assert matches.count() > 100
    for match in matches[:50]:
        filled = match.string_translation
        assert filled.tool_name == MEMORY_TOOL
        assert match.source_context_id not in (None, filled.context_id)
        # The memory's source: the same English sentence translated the same way elsewhere.
        assert StringTranslation.objects.filter(
            translation_of_id=filled.translation_of_id,
            locale=russian,
            context_id=match.source_context_id,
            data=filled.data,
        ).exists()
    words = {
        row.locale.language_code: row.words for row in productivity.words_by_language([russian])
    }
    assert words["ru"]["from_memory"] > 0 and words["ru"]["by_hand"] > 0


def test_each_demo_language_has_a_glossary_of_country_and_theme_names():
    kazakh = GlossaryTerm.objects.filter(locale__language_code="kk")
    assert kazakh.filter(english="Kazakhstan").get().translation == "Қазақстан"
    assert set(GlossaryTerm.objects.values_list("locale__language_code", flat=True).distinct()) == {
        "ru",
        "kk",
        "ky",
        "tg",
        "tk",
        "uz",
        "az",
    }


def test_a_new_translation_in_the_demo_is_filled_from_memory():
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    kazakh = Locale.objects.get(language_code="kk")
    page = add_page(about, "working-with-us", about.intro, title="Working with us")

    translation = start_translation(page, kazakh)

    filled = translated(translation, "intro")
    assert filled.data == about.get_translation(kazakh).specific.intro
    assert filled.tool_name == MEMORY_TOOL
    assert translated(translation, "title") is None
