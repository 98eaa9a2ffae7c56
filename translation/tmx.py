"""TMX 1.4 import and export of the translation memory, to exchange it with translators'
own tools (CAT tools read and write TMX).

Export writes every pair the memory knows for a language (or all): translations made on
the site (wagtail-localize's ``StringTranslation``) and pairs imported before. Import is
all or nothing: a file with any bad unit changes nothing and names the units by number.
https://www.gala-global.org/tmx-14b
"""

import xml.etree.ElementTree as ET

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation

from .models import MemoryEntry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TMXError(ValueError):
    """The file cannot be imported; ``errors`` lists each problem."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


def site_language(code):
    """The site's language for a TMX language tag ("kk-KZ" → "kk"), or None."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in {code for code, _name in settings.LANGUAGES} else None


def memory_pairs(language=None):
    """(source language, source text, target language, target text), without repeats."""
    pairs = {}
    translations = StringTranslation.objects.filter(has_error=False).exclude(data="")
    entries = MemoryEntry.objects.all()
    if language:
        translations = translations.filter(locale__language_code=language)
        entries = entries.filter(target_language=language)
    for row in translations.order_by("updated_at").values_list(
        "translation_of__locale__language_code",
        "translation_of__data",
        "locale__language_code",
        "data",
    ):
        pairs[row[:3]] = row
    for row in entries.order_by("updated_at").values_list(
        "source_language", "source_text", "target_language", "target_text"
    ):
        pairs.setdefault(row[:3], row)
    return sorted(pairs.values())


def export_tmx(language=None):
    """The memory as a TMX 1.4 document (bytes, UTF-8)."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        creationtool="hub",
        creationtoolversion="1",
        segtype="sentence",
        datatype="html",
        adminlang="en",
        srclang=settings.LANGUAGE_CODE,
        **{"o-tmf": "wagtail-localize"},
    )
    body = ET.SubElement(root, "body")
    for source_language, source_text, target_language, target_text in memory_pairs(language):
        unit = ET.SubElement(body, "tu")
        for code, text in ((source_language, source_text), (target_language, target_text)):
            variant = ET.SubElement(unit, "tuv", {XML_LANG: code})
            ET.SubElement(variant, "seg").text = text
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def _parse(data):
    if b"<!DOCTYPE" in data[:2048].upper() or b"<!ENTITY" in data.upper():
        raise TMXError([_("The file declares a document type; TMX files need none.")])
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise TMXError([_("The file is not valid XML: %(error)s") % {"error": error}]) from error
    if root.tag != "tmx" or root.find("body") is None:
        raise TMXError([_("The file is not a TMX document.")])
    return root


def _unit_pairs(unit, source_language):
    """The (target language, source text, target text) pairs of one unit, or an error."""
    texts = {}
    for variant in unit.findall("tuv"):
        code = site_language(variant.get(XML_LANG) or variant.get("lang"))
        seg = variant.find("seg")
        text = "".join(seg.itertext()).strip() if seg is not None else ""
        if code and text:
            texts[code] = text
    if source_language not in texts:
        return None, _("no text in the source language")
    targets = [(code, texts[source_language], text) for code, text in texts.items()]
    targets = [pair for pair in targets if pair[0] != source_language]
    if not targets:
        return None, _("no translation into a language of the site")
    return targets, None


def read_tmx(data):
    """The entries in a TMX file, unsaved; raises TMXError naming every bad unit."""
    root = _parse(data)
    header = root.find("header")
    declared = header.get("srclang") if header is not None else None
    source_language = site_language(declared) or settings.LANGUAGE_CODE
    entries, errors = [], []
    for number, unit in enumerate(root.find("body").findall("tu"), start=1):
        pairs, error = _unit_pairs(unit, source_language)
        if error:
            errors.append(_("Unit %(number)s: %(error)s.") % {"number": number, "error": error})
            continue
        entries.extend(
            MemoryEntry(
                source_language=source_language,
                source_text=source_text,
                target_language=target,
                target_text=target_text,
            )
            for target, source_text, target_text in pairs
        )
    if errors:
        raise TMXError(errors)
    if not entries:
        raise TMXError([_("The file has no translation units.")])
    return entries


@transaction.atomic
def import_tmx(data, origin=""):
    """Add the file's pairs to the memory; a pair already known is updated. Returns the
    number of pairs read."""
    entries = read_tmx(data)
    for entry in entries:
        MemoryEntry.objects.update_or_create(
            source_language=entry.source_language,
            source_text=entry.source_text,
            target_language=entry.target_language,
            defaults={"target_text": entry.target_text, "origin": origin[:255]},
        )
    return len(entries)
