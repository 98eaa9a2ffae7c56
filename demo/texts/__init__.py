"""The demo's translations, written for this project, keyed by the English text.

Each language has a module whose ``TEXTS`` maps English segments to their translation, the
way a ``.po`` catalogue maps msgids; Russian, which covers the whole site, is split by
section. Where the English demo text is put together from pieces (grantee pages, course
bodies, people's notes), the module translates the pieces and a ``generated()`` function
puts them together the same way, so the tables stay small and every final English text
still has its translation.

``demo.translations`` reads these catalogues; an English text missing here stops the
demo load instead of leaving English on a translated page.
"""

from importlib import import_module

# The languages that have the home, about and section index pages (Russian has everything).
INDEX_PAGE_LANGUAGES = ["kk", "ky", "tg", "tk", "uz", "az"]

MODULES = {
    "ru": ["ru_site", "ru_articles", "ru_academy", "ru_grants"],
    **{code: [code] for code in INDEX_PAGE_LANGUAGES},
}


class ConflictingTranslations(ValueError):
    """Two parts of a catalogue translate the same English text differently."""


def merge(*tables):
    """One ``{english: translation}`` from several, refusing contradictions."""
    merged = {}
    for table in tables:
        for english, text in table.items():
            if merged.get(english, text) != text:
                raise ConflictingTranslations(
                    f"{english!r} is translated both as {merged[english]!r} and {text!r}"
                )
            merged[english] = text
    return merged


def catalogue(code):
    """``{english: translation}`` for the language ``code`` (empty if it has none)."""
    tables = []
    for name in MODULES.get(code, []):
        module = import_module(f"{__name__}.{name}")
        tables.append(module.TEXTS)
        if hasattr(module, "generated"):
            tables.append(module.generated())
    return merge(*tables)


def people_notes(notes, suffix):
    """The people's biographies as the demo writes them: a note and a sample label.

    ``notes`` translates each English note of ``demo.taxonomy.PEOPLE``; ``suffix`` is
    the language's "(Sample person for demonstration.)".
    """
    from demo.taxonomy import PEOPLE

    return {
        f"{note} (Sample person for demonstration.)": f"{notes[note]} {suffix}"
        for _name, _role, note in PEOPLE
    }
