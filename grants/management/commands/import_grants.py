"""``python manage.py import_grants FILE``: grantees and grants from a CSV or XLSX table."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from grants.importer import GrantsImportError, apply_import, plan_import
from grants.opendata import TableError, read_table


class Command(BaseCommand):
    help = (
        "Create or update grantee pages and their grants from a CSV or XLSX file in the "
        "columns of /api/grants/grants.csv. Every row is checked first; if any row is wrong "
        "nothing is written and every bad row is listed by its number."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="A .csv (UTF-8; commas, semicolons or tabs) or .xlsx file."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and say what would change."
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help=(
                "Publish the new and changed pages, and the drafts of the file's other "
                "grantees (otherwise changes are saved as drafts)."
            ),
        )
        parser.add_argument(
            "--locale",
            default=settings.LANGUAGE_CODE,
            help="Language of the grants page to import under (default: %(default)s).",
        )

    def handle(self, *args, file, dry_run=False, publish=False, locale=None, **options):
        try:
            table = read_table(file)
            self.progress(f"read {len(table)} rows from {file}")
            plan = plan_import(table, locale, progress=self.progress)
        except TableError as error:
            raise CommandError(str(error)) from None
        except GrantsImportError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(
                f"{len(error.problems)} problem(s) found; nothing was imported."
            ) from None

        for line in plan.describe(publish=publish):
            self.stdout.write(("would " if dry_run else "") + line)
        summary = plan.summary()
        counts = (
            f"{summary['new_grantees']} new and {summary['updated_grantees']} updated grantees "
            f"({summary['unchanged_grantees']} unchanged), {summary['new_grants']} new and "
            f"{summary['updated_grants']} updated grants"
        )
        drafts = summary["unchanged_drafts"] if publish else 0
        also = f", and the drafts of {drafts} unchanged grantees" if drafts else ""
        if dry_run:
            publishing = f" and publish the changes{also}" if publish else ""
            self.stdout.write(f"Dry run, nothing written: would import {counts}{publishing}.")
            return
        apply_import(plan, publish=publish, progress=self.progress)
        state = f"published{also}" if publish else "saved as drafts"
        self.stdout.write(self.style.SUCCESS(f"Imported {counts}; changed pages {state}."))

    def progress(self, message):
        self.stderr.write(f"  {message}")
