"""Registrations are personal data: never on public pages, in the API or in search."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.search.index import class_is_indexed

from academy.models import CourseRegistration

from .factories import CourseRegistrationFactory

NAME, EMAIL, ORGANISATION = "Zarina Secretova", "zarina.secret@example.org", "Hidden Org"


@pytest.fixture
def registration(course):
    return CourseRegistrationFactory(
        course=course, name=NAME, email=EMAIL, organisation=ORGANISATION
    )


def assert_no_personal_data(text):
    for secret in (NAME, EMAIL, ORGANISATION, "zarina"):
        assert secret.lower() not in text.lower()


@pytest.mark.django_db
def test_public_pages_show_counts_but_no_registrations(client, registration):
    for url in ["/en/academy/", "/en/academy/grant-writing/", "/en/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert_no_personal_data(response.content.decode())
    assert "1 learner registered" in client.get("/en/academy/grant-writing/").content.decode()


@pytest.mark.django_db
def test_the_api_shows_the_course_but_no_registrations(client, course, registration):
    detail = client.get(f"/api/v2/pages/{course.pk}/")
    assert detail.status_code == 200
    data = detail.json()
    assert data["code"] == "NGO-101"
    assert data["total_effort_hours"] == 2.5
    assert data["meta"]["locale"] == "en"
    assert "registrations" not in data
    assert_no_personal_data(detail.content.decode())
    listing = client.get("/api/v2/pages/?type=academy.CoursePage&fields=*")
    assert listing.status_code == 200
    assert_no_personal_data(listing.content.decode())
    asked = client.get("/api/v2/pages/?type=academy.CoursePage&fields=registrations")
    assert asked.status_code == 400
    assert_no_personal_data(asked.content.decode())


@pytest.mark.django_db
def test_search_finds_the_course_but_never_a_learner(client, registration, course):
    assert not class_is_indexed(CourseRegistration)
    assert list(Page.objects.live().search("Grant writing"))
    assert not list(Page.objects.live().search(NAME))
    for query in (NAME, EMAIL, ORGANISATION):
        response = client.get("/en/search/", {"q": query})
        html = BeautifulSoup(response.content, "html.parser")
        assert html.select_one(".result-count").get_text().startswith("0 results")
        assert not html.select(".search-results li")
