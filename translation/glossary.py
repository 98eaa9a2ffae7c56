"""Each language's glossary: the terms found in an English text, and CSV import and export.

The CSV has a header row with the columns ``english`` and ``translation`` (other columns
are ignored), comma or semicolon separated, UTF-8 (a byte order mark is fine), the way a
spreadsheet saves "CSV UTF-8". An import is all or nothing: a file with any bad row
changes nothing and names each bad row by its line number. See docs/architecture.md.
"""

import csv
import io
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from .models import GlossaryTerm

COLUMNS = ["english", "translation"]
MAX_LENGTH = 255


class GlossaryImportError(ValueError):
    """The file cannot be imported; ``errors`` lists each problem."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    removed: int


def terms_for(locale):
    return list(GlossaryTerm.objects.filter(locale=locale).order_by("english"))


def _pattern(term):
    """The term as a whole word or phrase, whatever its case and spacing."""
    words = [re.escape(word) for word in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def terms_in(text, terms):
    """The glossary terms that occur in ``text`` (HTML tags ignored), longest first."""
    plain = re.sub(r"<[^>]+>", " ", text)
    found = [term for term in terms if term.english and _pattern(term.english).search(plain)]
    return sorted(found, key=lambda term: (-len(term.english), term.english.casefold()))


def export_csv(locale):
    """The language's glossary as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for term in terms_for(locale):
        writer.writerow([term.english, term.translation])
    return out.getvalue()


def _decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise GlossaryImportError(
            [
                _(
                    "The file is not UTF-8 text (byte %(position)s). Save it as “CSV UTF-8” "
                    "and import it again."
                )
                % {"position": error.start + 1}
            ]
        ) from error


def _reader(text):
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip().casefold() for name in next(reader, [])]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise GlossaryImportError(
            [
                _("The first row must name the columns %(columns)s; missing: %(missing)s.")
                % {"columns": ", ".join(COLUMNS), "missing": ", ".join(missing)}
            ]
        )
    return reader, header.index("english"), header.index("translation")


def _row_problem(english, translation):
    if not english or not translation:
        return _("both the English term and its translation are needed")
    if any(character in english + translation for character in "\t\r\n"):
        return _("a term is one line without tabs")
    if len(english) > MAX_LENGTH or len(translation) > MAX_LENGTH:
        return _("a term is at most %(count)s characters") % {"count": MAX_LENGTH}
    return None


def parse_csv(data):
    """``{english: translation}`` from a CSV file's bytes, or ``GlossaryImportError``."""
    reader, english_column, translation_column = _reader(_decode(data))
    pairs, errors, seen = {}, [], {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (max(english_column, translation_column) + 1 - len(row))
        english, translation = cells[english_column].strip(), cells[translation_column].strip()
        problem = _row_problem(english, translation)
        key = english.casefold()
        if problem is None and key in seen:
            problem = _("“%(term)s” is already on row %(row)s") % {
                "term": english,
                "row": seen[key],
            }
        if problem:
            errors.append(_("Row %(row)s: %(problem)s.") % {"row": line, "problem": problem})
            continue
        seen[key] = line
        pairs[english] = translation
    if errors:
        raise GlossaryImportError(errors)
    return pairs


def import_csv(locale, data, replace=False):
    """Add or update the file's terms in ``locale``'s glossary; with ``replace``, remove
    the terms the file does not have. All or nothing."""
    pairs = parse_csv(data)
    existing = {term.english.casefold(): term for term in terms_for(locale)}
    added = changed = removed = 0
    with transaction.atomic():
        for english, translation in pairs.items():
            term = existing.pop(english.casefold(), None)
            if term is None:
                GlossaryTerm.objects.create(locale=locale, english=english, translation=translation)
                added += 1
            elif (term.english, term.translation) != (english, translation):
                term.english, term.translation = english, translation
                term.save()
                changed += 1
        if replace and existing:
            removed, _counts = GlossaryTerm.objects.filter(
                pk__in=[term.pk for term in existing.values()]
            ).delete()
    return ImportResult(added, changed, removed)
