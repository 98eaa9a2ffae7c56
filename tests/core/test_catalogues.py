"""The interface's catalogues: one per language, complete, compiled and in step with the code.

``locale/<lang>/LC_MESSAGES/django.po`` holds the translations and ``django.mo`` their
compiled form (both committed). English is the source language: its catalogue lists every
string with an empty translation, so gettext shows the English text of the code. README,
"Interface translations", says how to add a string.
"""

import gettext
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import locale as django_locale
from django.conf import settings
from django.core.management import call_command

from core.management.commands.makemessages import IGNORED_PATHS

SOURCE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [code for code in LANGUAGES if code != SOURCE]
# Russian uses the three GNU forms (1, 2–4, 5+); the others follow Django's own catalogues.
NPLURALS = {"en": 2, "ru": 3, "kk": 2, "ky": 1, "tg": 2, "tk": 2, "uz": 1, "az": 2}
# What must survive translation unchanged: %(name)s placeholders, {count} placeholders read
# by the scripts, and HTML tags.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w+\}|</?[a-z]+[^>]*>")
FIX = "run `make messages`, translate, then `make compilemessages` (README)"


def catalogue_path(code, extension="po"):
    return settings.LOCALE_PATHS[0] / code / "LC_MESSAGES" / f"django.{extension}"


@pytest.fixture(scope="module")
def catalogues():
    return {code: polib.pofile(str(catalogue_path(code))) for code in LANGUAGES}


def entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def label(entry):
    return f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid


def nplurals(catalogue):
    return int(re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata["Plural-Forms"])[1])


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def test_every_language_has_a_catalogue_and_its_compiled_form():
    missing = [
        str(path)
        for code in LANGUAGES
        for path in (catalogue_path(code), catalogue_path(code, "mo"))
        if not path.is_file()
    ]
    assert not missing, f"missing catalogues: {missing}; {FIX}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_header_names_the_language_and_its_plural_forms(catalogues, code):
    catalogue = catalogues[code]
    assert catalogue.metadata["Language"] == code
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    assert not catalogue.metadata_is_fuzzy, "msgfmt skips a fuzzy header, plural rules too"
    assert nplurals(catalogue) == NPLURALS[code]
    if code != "ru":
        django_catalogue = Path(django_locale.__file__).parent / code / "LC_MESSAGES" / "django.po"
        assert nplurals(catalogue) == nplurals(polib.pofile(str(django_catalogue)))
    for entry in entries(catalogue):
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == NPLURALS[code], label(entry)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated_and_none_is_fuzzy(catalogues, code):
    untranslated = [label(entry) for entry in entries(catalogues[code]) if not entry.translated()]
    assert not untranslated, f"{len(untranslated)} strings to translate: {untranslated}"


def test_english_catalogue_leaves_every_string_to_the_code(catalogues):
    """Empty translations: gettext falls back to the English text written in the code."""
    filled = [
        label(entry)
        for entry in entries(catalogues[SOURCE])
        if entry.msgstr or any(entry.msgstr_plural.values()) or "fuzzy" in entry.flags
    ]
    assert not filled, f"English is the source; leave these empty: {filled}"


def forms_used_only_for_one(catalogue):
    """Plural forms that no number but 1 selects (they may say "one" instead of "%(n)s")."""
    choose = gettext.c2py(catalogue.metadata["Plural-Forms"].split("plural=")[1].rstrip(";"))
    numbers = {}
    for n in range(1001):
        numbers.setdefault(choose(n), set()).add(n)
    return {form for form, ns in numbers.items() if ns == {1}}


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders_and_tags(catalogues, code):
    catalogue = catalogues[code]
    only_one = forms_used_only_for_one(catalogue)
    wrong = []
    for entry in entries(catalogue):
        if not entry.msgid_plural:
            if placeholders(entry.msgstr) != placeholders(entry.msgid):
                wrong.append((label(entry), entry.msgstr))
            continue
        allowed = set(placeholders(entry.msgid)) | set(placeholders(entry.msgid_plural))
        for form, text in entry.msgstr_plural.items():
            required = entry.msgid if form in only_one else entry.msgid_plural
            found = set(placeholders(text))
            if not set(placeholders(required)) <= found <= allowed:
                wrong.append((label(entry), form, text))
    assert not wrong, wrong


def translations(catalogue):
    """{(context, msgid): translation} as gettext sees it: translated entries only."""
    found = {}
    for entry in entries(catalogue):
        if isinstance(entry, polib.MOEntry) or entry.translated():
            value = (
                tuple(entry.msgstr_plural[form] for form in sorted(entry.msgstr_plural))
                if entry.msgid_plural
                else entry.msgstr
            )
            found[(entry.msgctxt, entry.msgid)] = value
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_its_source(catalogues, code):
    compiled = polib.mofile(str(catalogue_path(code, "mo")))
    assert compiled.metadata.get("Plural-Forms") == catalogues[code].metadata["Plural-Forms"], FIX
    assert translations(compiled) == translations(catalogues[code]), f"stale django.mo; {FIX}"


EXTENSIONS = {".py", ".html", ".txt"}  # what makemessages reads for the "django" domain


def copy_sources(target):
    """The files makemessages reads, without the folders it skips (see the command)."""
    skipped = {pattern.removesuffix("/*") for pattern in IGNORED_PATHS} | {"locale"}

    def ignore(directory, names):
        return [
            name
            for name in names
            if name.startswith(".")
            or name in skipped
            or name == "__pycache__"
            or (not Path(directory, name).is_dir() and Path(name).suffix not in EXTENSIONS)
        ]

    shutil.copytree(settings.BASE_DIR, target, ignore=ignore)


def test_catalogues_hold_exactly_the_strings_of_the_code(catalogues, tmp_path, monkeypatch):
    """makemessages, run on a copy of the code, finds what the catalogues hold, no more, no less.

    A copy, because makemessages writes next to the templates it reads and into ``locale/``.
    """
    sources = tmp_path / "sources"
    copy_sources(sources)
    (sources / "locale").mkdir()
    monkeypatch.setattr(settings, "LOCALE_PATHS", [sources / "locale"])
    monkeypatch.chdir(sources)
    call_command("makemessages", locale=[SOURCE], verbosity=0)
    fresh = polib.pofile(str(sources / "locale" / SOURCE / "LC_MESSAGES" / "django.po"))
    extracted = {key(entry) for entry in entries(fresh)}
    assert len(extracted) > 100, "the extraction found (almost) nothing"

    problems = {}
    for code, catalogue in catalogues.items():
        present = {key(entry) for entry in entries(catalogue)}
        missing, stale = extracted - present, present - extracted
        if missing or stale:
            problems[code] = {
                "missing": sorted(map(str, missing)),
                "stale": sorted(map(str, stale)),
            }
    assert not problems, f"catalogues out of step with the code; {FIX}: {problems}"
