"""Export the translation memory as TMX 1.4, or import a TMX file into it.

manage.py translation_memory export [--language kk] [--output memory.tmx]
manage.py translation_memory import memory.tmx
"""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from translation.tmx import TMXError, export_tmx, import_tmx


class Command(BaseCommand):
    help = "Export the translation memory as TMX 1.4, or import a TMX file (all or nothing)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Write the memory as TMX.")
        export.add_argument("--language", help="Only this target language (kk, ru, ...).")
        export.add_argument("--output", help="File to write; standard output by default.")
        load = actions.add_parser("import", help="Add a TMX file's pairs to the memory.")
        load.add_argument("file")

    def handle(self, *args, action, **options):
        if action == "export":
            self.export(options["language"], options["output"])
        else:
            self.load(options["file"])

    def export(self, language, output):
        if language and language not in {code for code, _name in settings.LANGUAGES}:
            raise CommandError(f"Unknown language: {language}")
        data = export_tmx(language)
        if output:
            Path(output).write_bytes(data)
            self.stdout.write(f"Wrote {output}")
        else:
            sys.stdout.buffer.write(data)

    def load(self, path):
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        try:
            count = import_tmx(data, origin=Path(path).name)
        except TMXError as error:
            raise CommandError(f"Nothing imported.\n{error}") from error
        self.stdout.write(self.style.SUCCESS(f"Imported {count} translation pairs."))
