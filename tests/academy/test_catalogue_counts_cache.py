"""The catalogue's facet counts are kept between visits and follow publishing."""

import pytest
from bs4 import BeautifulSoup

from .factories import CoursePageFactory


def level_counts(client):
    html = BeautifulSoup(client.get("/en/academy/").content, "html.parser")
    fieldset = next(f for f in html.select("aside.filters fieldset") if "Level" in f.get_text())
    return " ".join(fieldset.get_text().split())


@pytest.mark.django_db
def test_facet_counts_follow_publishing(client, course, settings):
    settings.PAGE_CACHE_ENABLED = False
    before = level_counts(client)
    assert "Advanced" not in before
    new = CoursePageFactory(parent=course.get_parent(), level="advanced", live=False)
    new.save_revision().publish()
    assert "Advanced" in level_counts(client)
