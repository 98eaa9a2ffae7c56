"""Django's ``makemessages`` with the project's defaults, so a bare run does the right thing.

``python manage.py makemessages`` refreshes ``locale/<lang>/LC_MESSAGES/django.po`` for every
language in ``settings.LANGUAGES``, skips the folders that hold no interface strings of ours
(the virtual environment, tests, benchmarks, collected static files, media) and writes source
locations without line numbers, so that moving code does not rewrite every catalogue. Strings
the code no longer uses are dropped (``--no-obsolete``); new ones that resemble an old one
arrive marked fuzzy with its translation, to be checked.
Any option given on the command line still applies (``-l kk``, ``--ignore``, ...).
https://docs.djangoproject.com/en/stable/topics/i18n/translation/#customizing-the-makemessages-command
"""

from django.conf import settings
from django.core.management.commands import makemessages

# Folders never scanned for strings; makemessages matches each name at any depth.
IGNORED_PATHS = [
    ".venv/*",
    "node_modules/*",
    "tests/*",
    "benchmarks/*",
    "media/*",
    "static/*",
    "staticfiles/*",
    "test-results/*",
]


class Command(makemessages.Command):
    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), *IGNORED_PATHS]
        options["no_obsolete"] = True  # git keeps the history; catalogues keep what the code uses
        if options.get("add_location") is None:
            options["add_location"] = "file"
        if not (options.get("locale") or options.get("all") or options.get("exclude")):
            options["locale"] = [code for code, _name in settings.LANGUAGES]
        return super().handle(*args, **options)
