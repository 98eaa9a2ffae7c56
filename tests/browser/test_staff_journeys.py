"""What the hub's staff do in the Wagtail admin, each in a browser of their own, and what
visitors then see. The accounts come from ``site_setup.py``; the groups from ``setup_roles``."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from .admin_login import log_in

ARTICLE_TITLE = "Wells that village committees keep running"
ARTICLE_SLUG = "wells-that-village-committees-keep-running"
ARTICLE_SUMMARY = "How three water committees in the Fergana valley keep their wells working."
ARTICLE_TEXT = "Each committee collects a small fee from every household after the harvest."

GRANTEE = "Journey Water Users of Khujand"
# A new grantee as a spreadsheet program with Russian regional settings saves it: a byte
# order mark, semicolons, a decimal comma. It started in 2025, a year of no demo grant.
IMPORT_HEADER = (
    "reference;grant_title;amount;currency;start_date;end_date;status;theme;organisation;"
    "short_name;country;region;city;latitude;longitude;address;website;email;phone;"
    "social_links;contact_name;contact_role;project_title;project_summary;beneficiaries;"
    "themes;url"
)
IMPORT_ROW = (
    f"SG-2025-900;Wells for two mahallas;6400,50;USD;2025-04-01;;active;fair-housing;{GRANTEE};"
    ";TJ;Sughd;Khujand;40,2826;69,6222;;;;;;;;Water for two mahallas;"
    "Repaired two wells and trained their keepers. (Sample data.);900;fair-housing;"
)
IMPORT_FILE = "\ufeff" + IMPORT_HEADER + "\r\n" + IMPORT_ROW + "\r\n"

RUSSIAN_TITLE = "Партнёры"
RUSSIAN_INTRO = "С кем мы работаем."


def test_editor_writes_an_article_a_moderator_publishes_it_and_visitors_see_it(
    open_page, page_problems, site
):
    page_problems.expect_error(f"/en/library/{ARTICLE_SLUG}/")  # before it is published
    visitor = open_page()
    visitor.goto(f"{site.url}/en/library/")  # now in the page cache
    count = visitor.locator(".result-count")
    expect(count).to_have_text(re.compile(r"^\d+ items$"))
    before = int(count.inner_text().split()[0])

    editor = open_page()
    log_in(editor, site, "editor")
    editor.get_by_role("button", name="Pages").click()
    editor.get_by_role("link", name="Home", exact=True).first.click()
    editor.get_by_role("link", name="Explore child pages of 'Library'").click()
    editor.get_by_role("link", name="Add child page").click()
    expect(editor.get_by_role("heading", name="New: Library article")).to_be_visible()
    # Wagtail autosaves the form while it is filled in; until the required fields are, its
    # answer is a 400 "validation_error" (shown by the autosave indicator), which Chromium
    # logs as a failed request.
    page_problems.expect_error(urlsplit(editor.url).path)
    editor.get_by_role("textbox", name="Title*").fill(ARTICLE_TITLE)
    editor.get_by_role("combobox", name="Kind*").select_option(label="Analysis")
    editor.get_by_role("textbox", name="Summary*").fill(ARTICLE_SUMMARY)
    body = editor.locator("#panel-child-content-body-section")
    body.get_by_role("button", name="Insert a block").click()
    editor.get_by_role("option", name="Paragraph").click()
    body.locator(".public-DraftEditor-content").click()
    editor.keyboard.type(ARTICLE_TEXT)
    # The rich text editor stores what was typed a moment later; a person is never that quick.
    expect(body.locator('input[name="body-0-value"]')).to_have_value(re.compile(ARTICLE_TEXT))
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Moderation").click()
    expect(editor.locator(".messages")).to_contain_text(
        f"Page '{ARTICLE_TITLE} (Analysis)' created and submitted for moderation"
    )

    # Waiting for moderation: not on the site yet.
    assert visitor.goto(f"{site.url}/en/library/{ARTICLE_SLUG}/").status == 404
    visitor.goto(f"{site.url}/en/library/")
    expect(count).to_have_text(f"{before} items")

    moderator = open_page()
    log_in(moderator, site, "moderator")
    review = moderator.locator("#awaiting-review-section")
    expect(review).to_contain_text("Edith")
    review.get_by_role("link", name=re.compile(ARTICLE_TITLE)).first.click()
    expect(moderator.get_by_role("textbox", name="Title*")).to_have_value(ARTICLE_TITLE)
    moderator.get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Approve and Publish").click()
    expect(moderator.locator(".messages")).to_contain_text(
        f"Page '{ARTICLE_TITLE} (Analysis)' has been updated"
    )
    moderator.goto(f"{site.url}/admin/")
    expect(moderator.get_by_role("link", name=re.compile(ARTICLE_TITLE))).to_have_count(0)

    visitor.goto(f"{site.url}/en/library/")
    expect(count).to_have_text(f"{before + 1} items")
    visitor.locator(".publication-listing").get_by_role("link", name=ARTICLE_TITLE).click()
    expect(visitor).to_have_url(f"{site.url}/en/library/{ARTICLE_SLUG}/")
    expect(visitor.locator("h1")).to_have_text(ARTICLE_TITLE)
    expect(visitor.locator(".lead")).to_have_text(ARTICLE_SUMMARY)
    expect(visitor.locator(".publication__body")).to_contain_text(ARTICLE_TEXT)
    expect(visitor.locator(".card__label").first).to_have_text("Analysis")


def test_translator_translates_a_page_into_russian_and_publishes_it(open_page, site):
    translator = open_page()
    log_in(translator, site, "translator-ru")
    translator.get_by_role("button", name="Reports").click()
    translator.get_by_role("list", name="Reports").get_by_role(
        "link", name="Translation status"
    ).click()
    translator.get_by_label("Language").select_option(label="Русский")
    translator.get_by_label("Status").select_option(label="Not translated")
    translator.get_by_label("Section").select_option(label="About")
    translator.get_by_role("button", name="Apply").click()
    row = translator.locator("tbody tr", has_text="Partners")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Not translated", ignore_case=True)
    row.get_by_role("link", name="Translate").click()

    expect(translator.get_by_role("heading", name=re.compile("Translate page"))).to_be_visible()
    expect(translator.get_by_role("checkbox", name="Русский")).to_be_checked()
    expect(translator.get_by_role("checkbox", name="Қазақша")).to_have_count(0)
    translator.get_by_role("button", name="Submit").click()

    expect(
        translator.get_by_role("heading", name="English to Русский translation").first
    ).to_be_visible()
    for text in (RUSSIAN_TITLE, RUSSIAN_INTRO):  # the title, then the introduction
        translator.get_by_role("button", name="Translate", exact=True).first.click()
        translator.locator("textarea").fill(text)
        translator.get_by_role("button", name="Save", exact=True).click()
        expect(translator.get_by_text(text, exact=True)).to_be_visible()
    translator.get_by_role("button", name="Publish in Русский").click()
    expect(translator.locator(".messages")).to_contain_text(f"Published '{RUSSIAN_TITLE}'")

    visitor = open_page()
    visitor.goto(f"{site.url}/en/about/partners/")
    russian = visitor.get_by_role("navigation", name="Language").get_by_role("link", name="Русский")
    expect(russian).not_to_have_class(re.compile("fallback"))
    russian.click()
    expect(visitor).to_have_url(f"{site.url}/ru/about/partners/")
    expect(visitor.locator("html")).to_have_attribute("lang", "ru")
    expect(visitor.locator("h1")).to_have_text(RUSSIAN_TITLE)
    expect(visitor.locator(".lead").first).to_have_text(RUSSIAN_INTRO)


def test_editor_sees_the_page_in_the_preview_panel(open_page, site):
    """The preview is a page of the admin's own origin in an iframe: its headers must let the
    editor frame it (everything else stays unframable)."""
    editor = open_page()
    log_in(editor, site, "editor")
    editor.get_by_role("button", name="Pages").click()
    editor.get_by_role("link", name="Home", exact=True).first.click()
    editor.get_by_role("link", name="About", exact=True).first.click()
    expect(editor.get_by_role("textbox", name="Title*")).to_have_value("About")

    editor.get_by_role("button", name="Toggle preview").click()

    preview = editor.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("About")
    expect(preview.locator("header.site-header")).to_be_visible()


def test_grants_manager_imports_a_grantee_that_visitors_find_on_the_map(open_page, site):
    visitor = open_page()
    visitor.goto(f"{site.url}/en/grants/?year=2025")
    count = visitor.locator(".grants__list .result-count")
    expect(count).to_have_text("0 organisations")

    manager = open_page()
    log_in(manager, site, "grants-manager")
    manager.get_by_role("link", name="Import grants").click()
    manager.get_by_label("Grants table").set_input_files(
        files=[{"name": "grants.csv", "mimeType": "text/csv", "buffer": IMPORT_FILE.encode()}]
    )
    manager.get_by_role("button", name="Check the file").click()
    row = manager.locator("#import-changes tbody tr", has_text=GRANTEE)
    expect(row).to_contain_text("New grantee")
    expect(row).to_contain_text("New grants: SG-2025-900")
    manager.get_by_label("Publish the changes and the grantees' drafts").check()
    manager.get_by_role("button", name="Import", exact=True).click()
    expect(manager.locator(".messages")).to_contain_text("“grants.csv” is imported and published.")

    visitor.goto(f"{site.url}/en/grants/?year=2025")
    expect(count).to_have_text("1 organisation")
    expect(visitor.locator(f'.leaflet-marker-icon[title="{GRANTEE}"]')).to_be_visible()
    visitor.locator(".grants__list").get_by_role("link", name=GRANTEE).click()
    expect(visitor.locator("h1")).to_have_text(GRANTEE)
