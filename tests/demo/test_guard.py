"""``load_demo_content`` never overwrites a site that has other content."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from articles.models import ArticlePage
from home.models import HomePage, StandardPage


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_refuses_a_site_with_other_content(home_page):
    pages = StandardPage.objects.count()
    with pytest.raises(CommandError, match="not demo content"):
        load()
    assert HomePage.objects.get().pk == home_page.pk
    assert StandardPage.objects.count() == pages


@pytest.mark.django_db
def test_if_empty_leaves_an_existing_site_alone(home_page):
    assert "not loaded" in load("--if-empty")
    assert HomePage.objects.get().pk == home_page.pk


@pytest.mark.django_db
def test_reset_replaces_other_content_with_the_demo(home_page):
    # The site's skeleton only: the content sections would take minutes and reset the same.
    load("--reset", *[f"--section={name}" for name in ("taxonomy", "home", "locales")])
    assert not HomePage.objects.filter(pk=home_page.pk).exists()
    assert not ArticlePage.objects.exists()
    assert HomePage.objects.count() == 8
    assert Site.objects.get().root_page.specific.hero_title.startswith("Civil society")
