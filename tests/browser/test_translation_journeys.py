"""Translators and the translation memory, in a browser: a Kazakh translator starts the
translation of a new English page whose sentences the demo has translated into Kazakh
before, and finds them filled in and marked as coming from memory."""

import re

from playwright.sync_api import expect

from .admin_login import log_in
from .site_setup import PASSWORD

KAZAKH_TRANSLATOR = "translator-kk"
NEW_PAGE_TITLE = "Working with us"
# The new page repeats the About page's introduction, which the demo translates into
# Kazakh; its title is new and waits for the translator.
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from home.models import StandardPage
from translation.roles import translator_group_name

user, _ = get_user_model().objects.get_or_create(username="{KAZAKH_TRANSLATOR}")
user.first_name = "Kairat"
user.set_password("{PASSWORD}")
user.save()
user.groups.set([Group.objects.get(name=translator_group_name("kk"))])
about = StandardPage.objects.get(locale__language_code="en", slug="about")
if not about.get_children().filter(slug="working-with-us").exists():
    page = about.add_child(
        instance=StandardPage(title="{NEW_PAGE_TITLE}", slug="working-with-us", intro=about.intro)
    )
    page.save_revision().publish()
kazakh = StandardPage.objects.get(locale__language_code="kk", translation_key=about.translation_key)
print("KAZAKH_INTRO=" + kazakh.intro)
"""


def kazakh_intro(site):
    output = site.manage("shell", "--no-imports", "-c", SETUP)
    return re.search(r"^KAZAKH_INTRO=(.*)$", output, re.MULTILINE).group(1)


def test_kazakh_translator_finds_repeated_sentences_filled_from_memory(open_page, site):
    intro = kazakh_intro(site)
    translator = open_page()
    log_in(translator, site, KAZAKH_TRANSLATOR)
    translator.get_by_role("button", name="Reports").click()
    translator.get_by_role("list", name="Reports").get_by_role(
        "link", name="Translation status"
    ).click()
    translator.get_by_label("Language").select_option(label="Қазақша")
    translator.get_by_label("Status").select_option(label="Not translated")
    translator.get_by_label("Section").select_option(label="About")
    translator.get_by_role("button", name="Apply").click()
    row = translator.locator("tbody tr", has_text=NEW_PAGE_TITLE)
    expect(row).to_have_count(1)
    row.get_by_role("link", name="Translate").click()

    expect(translator.get_by_role("checkbox", name="Қазақша")).to_be_checked()
    expect(translator.get_by_role("checkbox", name="Русский")).to_have_count(0)
    translator.get_by_role("button", name="Submit").click()

    expect(
        translator.get_by_role("heading", name="English to Қазақша translation").first
    ).to_be_visible()
    # The introduction was translated before: it is filled in and marked as from memory.
    expect(translator.get_by_text(intro, exact=True)).to_be_visible()
    marks = translator.get_by_text(re.compile(r"^Translated with Translation memory"))
    expect(marks).to_have_count(1)
    # The new title was never translated: it waits for the translator.
    expect(translator.get_by_role("button", name="Translate", exact=True)).not_to_have_count(0)
