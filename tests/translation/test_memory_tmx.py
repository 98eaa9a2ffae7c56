"""TMX import and export of the translation memory: a round trip through another site,
imported pairs used to fill new translations, and bad files refused whole."""

import pytest
from django.core.management import CommandError, call_command
from wagtail_localize.models import StringTranslation

from translation.models import MemoryEntry
from translation.tmx import TMXError, export_tmx, import_tmx, read_tmx

from .memory_helpers import add_page, start_translation, translate_by_hand, translated

INTRO = "Small grants for civil society organisations in the region."
KAZAKH = "Аймақтағы азаматтық қоғам ұйымдарына арналған шағын гранттар."
RUSSIAN = "Малые гранты для организаций гражданского общества региона."


@pytest.fixture
def translated_page(home_page, locales):
    page = add_page(home_page, "about", INTRO, title="About")
    translate_by_hand(start_translation(page, locales["kk"]), "intro", KAZAKH)
    translate_by_hand(start_translation(page, locales["ru"]), "intro", RUSSIAN)
    return page


def test_round_trip_fills_a_new_page_after_the_memory_is_wiped(
    translated_page, home_page, locales, tmp_path
):
    exported = tmp_path / "kk.tmx"
    call_command("translation_memory", "export", "--language", "kk", "--output", str(exported))
    text = exported.read_text(encoding="utf-8")
    assert '<tmx version="1.4">' in text
    assert KAZAKH in text
    assert RUSSIAN not in text

    StringTranslation.objects.all().delete()
    call_command("translation_memory", "import", str(exported))
    assert MemoryEntry.objects.filter(
        source_text=INTRO, target_language="kk", target_text=KAZAKH, origin="kk.tmx"
    ).exists()
    again = start_translation(add_page(home_page, "again", INTRO), locales["kk"])
    assert translated(again, "intro").data == KAZAKH
    assert export_tmx("kk") == exported.read_bytes()


def test_export_of_every_language(translated_page):
    text = export_tmx().decode()
    assert KAZAKH in text and RUSSIAN in text
    assert text.count("<tu>") == 2  # the intro, in two languages


def test_import_reads_regional_tags_and_several_targets():
    entries = read_tmx(
        b"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" segtype="sentence" o-tmf="x" adminlang="en"
 datatype="plaintext" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en-US"><seg>Apply now.</seg></tuv>
<tuv xml:lang="kk-KZ"><seg>Qazir otinim beriniz.</seg></tuv>
<tuv xml:lang="ru"><seg>\xd0\x9f\xd0\xbe\xd0\xb4\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5.</seg></tuv>
<tuv xml:lang="fr"><seg>Postulez.</seg></tuv></tu>
</body></tmx>"""
    )
    assert sorted((e.target_language, e.source_text) for e in entries) == [
        ("kk", "Apply now."),
        ("ru", "Apply now."),
    ]


BAD = b"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Good unit.</seg></tuv><tuv xml:lang="kk"><seg>Jaqsy.</seg></tuv></tu>
<tu><tuv xml:lang="kk"><seg>No English here.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Only English.</seg></tuv><tuv xml:lang="fr"><seg>Non.</seg></tuv></tu>
</body></tmx>"""


def test_a_bad_file_imports_nothing_and_names_the_units(db, tmp_path):
    with pytest.raises(TMXError) as error:
        import_tmx(BAD)
    assert [message.split(":")[0] for message in error.value.errors] == ["Unit 2", "Unit 3"]
    assert not MemoryEntry.objects.exists()
    path = tmp_path / "bad.tmx"
    path.write_bytes(BAD)
    with pytest.raises(CommandError, match="Unit 2"):
        call_command("translation_memory", "import", str(path))
    assert not MemoryEntry.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        b"not xml at all",
        b"<html><body/></html>",
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx><body/></tmx>',
        b'<tmx version="1.4"><header srclang="en"/><body/></tmx>',
    ],
)
def test_files_that_are_not_usable_tmx_are_refused(db, data):
    with pytest.raises(TMXError):
        import_tmx(data)
    assert not MemoryEntry.objects.exists()


def test_importing_twice_updates_instead_of_repeating(db):
    good = BAD.split(b"<tu>")[0] + b"<tu>" + BAD.split(b"<tu>")[1] + b"</body></tmx>"
    assert import_tmx(good) == 1
    assert import_tmx(good.replace(b"Jaqsy.", b"Jaqsy!")) == 1
    assert list(MemoryEntry.objects.values_list("target_text", flat=True)) == ["Jaqsy!"]
