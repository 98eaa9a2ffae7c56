"""What a visitor does on the public site, in a real browser."""

import re

from playwright.sync_api import expect


def test_visitor_switches_to_kazakh_and_back(page, site):
    page.goto(f"{site.url}/en/about/")
    expect(page.locator("h1")).to_have_text("About")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(re.compile(r"/kk/about/$"))
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    page.get_by_role("navigation", name=re.compile(".")).locator('a[hreflang="en"]').first.click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))


def test_unknown_page_shows_the_sites_404(page, site):
    response = page.goto(f"{site.url}/en/no-such-page/")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Page not found")
    page.get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url(re.compile(r"/en/$"))


def test_menu_collapses_on_a_narrow_screen(page, site):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site.url}/en/")
    toggle = page.get_by_role("button", name="Menu")
    expect(toggle).to_be_visible()
    expect(page.locator("#site-nav")).to_be_hidden()
    toggle.click()
    expect(page.locator("#site-nav")).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
