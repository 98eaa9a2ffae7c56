"""One spelling per language for search, whichever script or keyboard a visitor used.

Uzbek, Kazakh, Turkmen and Azerbaijani are written in Latin and in Cyrillic: an Uzbek
reader types ``Toshkent`` or ``Тошкент`` (or, with a Russian keyboard, ``Ташкент``) for
the same city, and a Kazakh reader ``Qazaqstan`` or ``Қазақстан``. Russian writes ``ё``
or ``е`` for the same letter. ``fold(text, language)`` turns any of these spellings into
one search key: Cyrillic transliterated to the language's Latin alphabet, diacritics and
apostrophes removed, lower case. Pages index the keys of their words beside the words
(``HubPage.folded_title`` and ``folded_text``) and searches look the query's keys up, so
either script finds both (search/engine.py).

The tables follow the official Latin alphabets: Uzbek of 1995 (with the 2019 apostrophe
letters ``oʻ`` and ``gʻ``), Kazakh of 2021, Turkmen of 1993, Azerbaijani of 1991. Uzbek
also folds ``o`` into ``a``: its ``o`` is the vowel Russian spelling writes ``а``
(``Тошкент``, ``Ташкент``), and searching both is what readers expect. Languages written
in one script (Kyrgyz, Tajik, English) are only lower-cased, and Russian only has ``ё``
folded, so their stemming is untouched.
"""

import re
import unicodedata

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ь": "", "ы": "i", "э": "e", "ю": "yu", "я": "ya",
    "ё": "yo",
}  # fmt: skip

CYRILLIC_TO_LATIN = {
    # Uzbek: ў and ғ become the apostrophe letters, then ö and ğ while folding.
    "uz": {**_COMMON, "ў": "ö", "қ": "q", "ғ": "ğ", "ҳ": "h"},
    "kk": {
        **_COMMON, "ә": "ä", "ғ": "ğ", "ё": "io", "й": "i", "қ": "q", "ң": "ñ", "ө": "ö",
        "ұ": "ū", "ү": "ü", "х": "h", "һ": "h", "ш": "ş", "щ": "şş", "ы": "y", "і": "ı",
        "ю": "iu", "я": "ia",
    },
    "tk": {
        **_COMMON, "в": "w", "ё": "ýo", "җ": "j", "й": "ý", "ң": "ň", "ө": "ö", "ү": "ü",
        "х": "h", "ц": "s", "ч": "ç", "ш": "ş", "щ": "şç", "ы": "y", "ә": "ä", "ю": "ýu",
        "я": "ýa",
    },
    "az": {
        **_COMMON, "г": "q", "ғ": "ğ", "ә": "ə", "ы": "ı", "ј": "y", "ҝ": "g", "ө": "ö",
        "ү": "ü", "һ": "h", "ч": "ç", "ҹ": "c", "ш": "ş", "щ": "şç",
    },
}  # fmt: skip

# Latin letters that Unicode does not decompose into a base letter and a diacritic.
_LATIN_BASE = str.maketrans({"ı": "i", "ə": "e", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})
# Uzbek's apostrophe letters in their four common spellings, before apostrophes go.
_APOSTROPHE = "\u02bb\u2018\u2019\u02bc'`"
_APOSTROPHES = re.compile(f"[{_APOSTROPHE}]")
_UZBEK_APOSTROPHE = re.compile(f"([og])[{_APOSTROPHE}]")
# A word may hold apostrophes (Uzbek "Oʻzbekiston"), never start or end with one.
_WORD = re.compile(f"[^\\W_]+(?:[{_APOSTROPHE}][^\\W_]+)*")
# Elsewhere apostrophes split words, as the database's parsers split them.
_PLAIN_WORD = re.compile(r"[^\W_]+")


def _ascii(text):
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_BASE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _uzbek(text):
    text = _UZBEK_APOSTROPHE.sub(lambda match: {"o": "ö", "g": "ğ"}[match[1]], text)
    return text.replace("o", "a").replace("ö", "o")


def fold(text, language):
    """The search key of ``text`` in ``language``: the same for every spelling of a word."""
    text = (text or "").lower()
    table = CYRILLIC_TO_LATIN.get(language)
    if table is None:
        return text.replace("ё", "е")
    text = "".join(table.get(ch, ch) for ch in text)
    if language == "uz":
        text = _uzbek(text)
    return _ascii(_APOSTROPHES.sub("", text))


def folded_words(text, language):
    """The keys of ``text``'s words that differ from the words as written, once each, in
    order: what a page indexes beside its own text. Words whose key is the word itself
    are found by the text already."""
    seen = set()
    keys = []
    for word in _WORD.findall((text or "").lower()):
        key = fold(word, language)
        if key != word and key not in seen:
            seen.add(key)
            keys.append(key)
    return " ".join(keys)


def query_keys(text, language, limit):
    """The keys of the first ``limit`` words of a query: letters and digits only, so no
    operator or quote reaches a backend's query syntax."""
    words = (_WORD if language in CYRILLIC_TO_LATIN else _PLAIN_WORD).findall(text or "")
    return tuple(key for word in words[:limit] if (key := fold(word, language)))
