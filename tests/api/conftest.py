"""Content for the API tests: a small published tree with a body that links and shows images."""

import pytest
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage
from tests.factories import ImageFactory


def body_with_links(target, image):
    return [
        {"type": "heading", "value": {"text": "Results", "level": "h2"}},
        {
            "type": "paragraph",
            "value": f'<p>See <a linktype="page" id="{target.id}">the about page</a>.</p>',
        },
        {"type": "image", "value": {"image": image.id, "alt_text": "Volunteers", "caption": ""}},
    ]


def add_standard_page(parent, title, **fields):
    page = parent.add_child(instance=StandardPage(title=title, intro=f"About {title}.", **fields))
    page.save_revision().publish()
    return page


@pytest.fixture
def image(db):
    return ImageFactory(title="Volunteers in Osh")


@pytest.fixture
def about_page(home_page):
    return add_standard_page(home_page, "About")


@pytest.fixture
def content_page(home_page, about_page, image):
    return add_standard_page(home_page, "Results", body=body_with_links(about_page, image))


@pytest.fixture
def draft_page(home_page):
    page = home_page.add_child(
        instance=StandardPage(title="Secret draft", intro="Not yet.", live=False)
    )
    page.save_revision()
    return page


@pytest.fixture
def private_page(home_page):
    page = add_standard_page(home_page, "Members only")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return page


def api_get(client, path, **params):
    return client.get(path, params, HTTP_HOST="localhost")


__all__ = ["Page", "add_standard_page", "api_get", "body_with_links"]
