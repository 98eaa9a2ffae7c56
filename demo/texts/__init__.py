"""The demo's translations, written for this project, keyed by the English text.

Each language has a folder of JSON files (``ru/articles.json``, ``kk/site.json``) mapping
English segments to their translation, the way a ``.po`` catalogue maps msgids; Russian,
which covers the whole site, is split by section. Data files rather than code, so a
translator can review them without reading Python. Where the demo's English is put
together from pieces (grantee pages, course bodies), the files hold every final text.

``demo.translations`` reads these catalogues; an English text missing here stops the
demo load instead of leaving English on a translated page.
"""

import json
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

# The languages that have the home, about and section index pages (Russian has everything).
INDEX_PAGE_LANGUAGES = ["kk", "ky", "tg", "tk", "uz", "az"]


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
    files = sorted((FOLDER / code).glob("*.json"))
    return merge(*(json.loads(path.read_text(encoding="utf-8")) for path in files))
