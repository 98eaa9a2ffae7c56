"""Export a language's glossary as CSV, or import a CSV file into it.

manage.py glossary export --language kk [--output kk.csv]
manage.py glossary import --language kk kk.csv [--replace]
"""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from translation.glossary import GlossaryImportError, export_csv, import_csv


def target_locale(code):
    if code == settings.LANGUAGE_CODE or code not in dict(settings.LANGUAGES):
        raise CommandError(f"Not a language the site translates into: {code}")
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise CommandError(f"The site has no {code} locale yet.")
    return locale


class Command(BaseCommand):
    help = "Export a language's glossary as CSV, or import a CSV file into it (all or nothing)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Write the glossary as CSV.")
        export.add_argument("--language", required=True, help="The target language (kk, ru...).")
        export.add_argument("--output", help="File to write; standard output by default.")
        load = actions.add_parser("import", help="Add a CSV file's terms to the glossary.")
        load.add_argument("--language", required=True, help="The target language (kk, ru...).")
        load.add_argument("--replace", action="store_true", help="Remove terms not in the file.")
        load.add_argument("file")

    def handle(self, *args, action, language, **options):
        locale = target_locale(language)
        if action == "export":
            data = export_csv(locale)
            if options["output"]:
                Path(options["output"]).write_text(data, encoding="utf-8")
                self.stdout.write(f"Wrote {options['output']}")
            else:
                sys.stdout.write(data)
            return
        try:
            data = Path(options["file"]).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error
        try:
            result = import_csv(locale, data, replace=options["replace"])
        except GlossaryImportError as error:
            raise CommandError(f"Nothing imported.\n{error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Glossary {language}: {result.added} added, {result.changed} changed, "
                f"{result.removed} removed."
            )
        )
