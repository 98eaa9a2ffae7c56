"""Pages to search: published standard pages in English, their translations and aliases."""

import pytest

from home.models import StandardPage


def publish(parent, model=StandardPage, **fields):
    """A live page under ``parent``, indexed as publishing indexes it."""
    page = parent.add_child(instance=model(**fields))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """A published translation of ``page`` in ``locale`` with some fields rewritten."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def standard_pages(home_page):
    def make(*texts):
        return [publish(home_page, title=title, intro=intro) for title, intro in texts]

    return make
