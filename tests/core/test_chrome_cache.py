"""The menu and language links kept between requests change as soon as pages are published."""

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_menu_follows_publishing_with_the_page_cache_off(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = False
    about = home_page.add_child(
        instance=StandardPage(title="About", slug="about", show_in_menus=True)
    )
    about.save_revision().publish()
    assert "Contact us" not in client.get("/en/about/").content.decode()
    contact = home_page.add_child(
        instance=StandardPage(title="Contact us", slug="contact", show_in_menus=True)
    )
    contact.save_revision().publish()
    assert "Contact us" in client.get("/en/about/").content.decode()
    contact.unpublish()
    assert "Contact us" not in client.get("/en/about/").content.decode()
