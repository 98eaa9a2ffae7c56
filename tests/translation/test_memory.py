"""Translation memory: a sentence translated once into a language is filled in wherever it
appears again; a sentence whose English changed offers its old translation as a
suggestion; near matches are suggested with their similarity."""

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from translation import memory
from translation.models import MemoryEntry, MemoryMatch

from .memory_helpers import add_page, segment, start_translation, translate_by_hand, translated

INTRO = "Small grants for civil society organisations in the region."
KAZAKH = "Аймақтағы азаматтық қоғам ұйымдарына арналған шағын гранттар."


@pytest.fixture
def first(home_page, locales):
    """An English page translated into Kazakh by hand."""
    page = add_page(home_page, "about", INTRO, title="About")
    translation = start_translation(page, locales["kk"])
    translate_by_hand(translation, "intro", KAZAKH)
    translation.save_target(publish=True)
    return translation


def test_same_sentence_on_another_page_is_filled_from_memory(first, home_page, locales):
    page = add_page(home_page, "grants-info", INTRO, title="Grants information")
    second = start_translation(page, locales["kk"])
    filled = translated(second, "intro")
    assert filled.data == KAZAKH
    assert filled.tool_name == memory.MEMORY_TOOL
    assert filled.memory_match.kind == MemoryMatch.EXACT
    assert filled.memory_match.source_context == segment(first, "intro").context
    assert page.get_translation(locales["kk"]).intro == KAZAKH


def test_memory_is_per_language(first, home_page, locales):
    page = add_page(home_page, "grants-info", INTRO)
    assert translated(start_translation(page, locales["ky"]), "intro") is None


def test_manual_translation_is_preferred_over_a_newer_machine_one(first, home_page, locales):
    other = start_translation(add_page(home_page, "other", INTRO + " Other."), locales["kk"])
    StringTranslation.objects.create(
        translation_of=segment(first, "intro").string,
        locale=locales["kk"],
        context=segment(other, "title").context,
        data="машина",
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    third = start_translation(add_page(home_page, "third", INTRO), locales["kk"])
    assert translated(third, "intro").data == KAZAKH


def test_translator_edit_makes_the_segment_theirs(first, home_page, locales):
    second = start_translation(add_page(home_page, "grants-info", INTRO), locales["kk"])
    assert MemoryMatch.objects.filter(string_translation=translated(second, "intro")).exists()
    translate_by_hand(second, "intro", KAZAKH + " Түзетілді.")
    assert not MemoryMatch.objects.filter(string_translation=translated(second, "intro")).exists()


def test_sync_keeps_unchanged_and_suggests_previous_for_changed(first, home_page, locales):
    page = add_page(home_page, "grants-info", INTRO, title="Grants information")
    second = start_translation(page, locales["kk"])
    translate_by_hand(second, "title", "Гранттар туралы")
    page.intro = INTRO.replace("region.", "region and beyond.")
    page.save_revision().publish()
    second.source.update_from_db()
    assert translated(second, "title").data == "Гранттар туралы"
    assert translated(second, "intro") is None
    previous = memory.previous_translation(segment(second, "intro"), locales["kk"])
    assert previous.text == KAZAKH
    assert previous.origin == "previous"
    assert previous.similarity > 0.85


def test_sync_fills_a_new_sentence_known_from_another_page(first, home_page, locales):
    page = add_page(home_page, "grants-info", "Something else entirely.")
    second = start_translation(page, locales["kk"])
    page.intro = INTRO
    page.save_revision().publish()
    second.source.update_from_db()
    assert translated(second, "intro").data == KAZAKH


def test_near_match_is_suggested_with_its_similarity_not_filled(first, home_page, locales):
    near = INTRO.replace("region.", "regions.")
    second = start_translation(add_page(home_page, "grants-info", near), locales["kk"])
    assert translated(second, "intro") is None
    [suggestion] = memory.fuzzy_suggestions(segment(second, "intro").string, locales["kk"])
    assert suggestion.text == KAZAKH
    assert suggestion.source_text == INTRO
    assert 0.85 <= suggestion.similarity < 1


def test_distant_sentence_gets_no_suggestion(first, home_page, locales):
    far = start_translation(add_page(home_page, "far", "Apply for a grant today."), locales["kk"])
    assert memory.fuzzy_suggestions(segment(far, "intro").string, locales["kk"]) == []


def test_imported_pair_is_used_for_exact_reuse(home_page, locales):
    MemoryEntry.objects.create(
        source_language="en",
        source_text=INTRO,
        target_language="kk",
        target_text=KAZAKH,
        origin="tmx",
    )
    second = start_translation(add_page(home_page, "grants-info", INTRO), locales["kk"])
    assert translated(second, "intro").data == KAZAKH


def test_snippets_are_filled_from_the_memory_of_pages(first, locales):
    from core.models import Theme

    theme = Theme.objects.create(name="Grants", slug="grants", description=INTRO)
    source, _created = TranslationSource.get_or_create_from_instance(theme)
    translation = Translation.objects.create(source=source, target_locale=locales["kk"])
    translation.save_target()
    assert translated(translation, "description").data == KAZAKH
    assert theme.get_translation(locales["kk"]).description == KAZAKH
