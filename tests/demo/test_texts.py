"""The demo's translated texts as data: each reads the way wagtail-localize reads a
translator's string, and the catalogues' parts agree. No database needed (the demo itself
is tested in test_demo_translations.py)."""

import pytest
from wagtail_localize.strings import StringValue

from demo import texts
from demo.taxonomy import PEOPLE


def test_the_catalogues_are_valid_translations():
    """Every text parses the way wagtail-localize reads a translator's string."""
    names = {name for name, _role, _note in PEOPLE}  # some are spelt the same in Latin
    for code in ["ru", *texts.INDEX_PAGE_LANGUAGES]:
        for english_text, text in texts.catalogue(code).items():
            assert text.strip(), (code, english_text)
            assert text != english_text or english_text in names, (code, english_text)
            StringValue.from_translated_html(text)


def test_catalogue_parts_cannot_contradict_each_other():
    with pytest.raises(texts.ConflictingTranslations):
        texts.merge({"Home": "Главная"}, {"Home": "Домой"})
    assert texts.merge({"Home": "Главная"}, {"Home": "Главная"}) == {"Home": "Главная"}
