"""The page form every public page type edits with (core/forms.py)."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def add_standard_page(client, parent, slug):
    data = nested_form_data(
        {"title": "Annual report", "slug": slug, "intro": "", "body": streamfield([])}
    )
    return client.post(f"/admin/pages/add/home/standardpage/{parent.pk}/", data)


def test_a_taken_slug_points_to_the_unpublished_draft_that_holds_it(admin_client, home_page):
    draft = home_page.add_child(
        instance=StandardPage(title="Annual report", slug="annual-report", live=False)
    )

    response = add_standard_page(admin_client, home_page, "annual-report")

    assert response.status_code == 200
    error = BeautifulSoup(response.content, "html.parser").select_one(
        f'a[href="/admin/pages/{draft.pk}/edit/"]'
    )
    assert error is not None and "Continue that draft" in error.get_text()
    assert StandardPage.objects.filter(slug="annual-report").count() == 1


def test_a_slug_of_a_published_page_keeps_wagtails_message(admin_client, home_page):
    home_page.add_child(instance=StandardPage(title="About", slug="about"))

    response = add_standard_page(admin_client, home_page, "about")

    assert response.status_code == 200
    assert b"is already in use within the parent page" in response.content
    assert b"Continue that draft" not in response.content


def test_a_free_slug_creates_the_page(admin_client, home_page):
    response = add_standard_page(admin_client, home_page, "annual-report")
    assert response.status_code == 302
    assert StandardPage.objects.filter(slug="annual-report").exists()
