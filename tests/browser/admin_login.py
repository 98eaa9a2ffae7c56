"""Signing in to the admin as one of the journeys' staff accounts (site_setup.py)."""

from playwright.sync_api import expect

from .site_setup import PASSWORD


def log_in(page, site, username):
    page.goto(f"{site.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site.url}/admin/")
