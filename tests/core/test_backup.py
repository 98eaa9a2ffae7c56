"""A content dump restores into an empty, freshly migrated database with translations intact."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.operations import translate_object

from core.models import Theme
from home.models import StandardPage

ROOT = Path(__file__).resolve().parents[2]

INSPECT = """
import json
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from core.models import Theme
response = Client(HTTP_HOST="localhost").get("/kk/about/")
print(json.dumps({
    "pages": sorted([str(k), code, title, live] for k, code, title, live in
        Page.objects.values_list("translation_key", "locale__language_code", "title", "live")),
    "kazakh_translations": Translation.objects.filter(target_locale__language_code="kk").count(),
    "themes": list(Theme.objects.values_list("slug", flat=True)),
    "locales": Locale.objects.count(),
    "kazakh_about": [response.status_code, "Біз туралы" in response.content.decode()],
}))
"""


def manage(database, *args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.dev", "DATABASE_URL": database}
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.django_db
def test_dump_restores_into_a_new_database(translated_home, locales, tmp_path):
    about = translated_home["en"].add_child(instance=StandardPage(title="About", slug="about"))
    about.save_revision().publish()
    translate_object(about, [locales["kk"]])
    kazakh = Page.objects.get(translation_key=about.translation_key, locale=locales["kk"])
    kazakh = kazakh.specific
    kazakh.title = "Біз туралы"
    kazakh.save_revision().publish()
    Theme.objects.create(name="Fair housing", slug="fair-housing", locale=locales["en"])
    LocaleSynchronization.objects.create(locale=locales["ru"], sync_from=locales["en"])
    pages = sorted(
        [str(key), code, title, live]
        for key, code, title, live in Page.objects.values_list(
            "translation_key", "locale__language_code", "title", "live"
        )
    )

    dump = tmp_path / "content.json.gz"
    call_command("dump_content", str(dump), stdout=StringIO())
    database = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    manage(database, "migrate", "--noinput", "-v", "0")
    manage(database, "restore_content", str(dump))
    restored = json.loads(manage(database, "shell", "-c", INSPECT).strip().splitlines()[-1])

    assert restored["pages"] == pages
    assert restored["kazakh_translations"] == 1
    assert restored["themes"] == ["fair-housing"]
    assert restored["locales"] == 8
    assert restored["kazakh_about"] == [200, True]


@pytest.mark.django_db
def test_restore_refuses_a_database_with_content(translated_home, tmp_path):
    dump = tmp_path / "content.json"
    call_command("dump_content", str(dump), stdout=StringIO())
    with pytest.raises(CommandError, match="already has pages"):
        call_command("restore_content", str(dump), stdout=StringIO())
