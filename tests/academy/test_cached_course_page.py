"""An open course page is cached like any other page, and registration keeps its CSRF check."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from academy.models import CourseRegistration

URL = "/en/academy/grant-writing/"
ENTRIES = {
    "name": "Aida Bekova",
    "email": "aida@example.org",
    "country": "KG",
    "organisation": "Naryn Youth Centre",
    "role": "ngo-staff",
    "consent": "on",
}


def registration_form(response):
    return BeautifulSoup(response.content, "html.parser").select_one("form.registration-form")


@pytest.mark.django_db
def test_second_visit_to_an_open_course_is_a_cache_hit(course, django_assert_num_queries):
    browser = Client(enforce_csrf_checks=True)
    first = browser.get(URL)
    assert first["X-Page-Cache"] == "miss"
    assert not first.cookies
    with django_assert_num_queries(0):
        second = browser.get(URL)
    assert second["X-Page-Cache"] == "hit"
    assert registration_form(second) is not None


@pytest.mark.django_db
def test_token_endpoint_is_never_cached_and_sets_the_cookie():
    response = Client(enforce_csrf_checks=True).get("/csrf-token")
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert response.json()["token"]
    assert "csrftoken" in response.cookies


@pytest.mark.django_db
def test_a_post_without_token_keeps_the_entries_and_stores_nothing(course):
    browser = Client(enforce_csrf_checks=True)
    browser.get(URL)
    refused = browser.post(URL, ENTRIES)
    assert refused.status_code == 403
    assert not CourseRegistration.objects.exists()
    assert "private" in refused["Cache-Control"] and "no-store" in refused["Cache-Control"]
    form = registration_form(refused)
    assert form.select_one('input[name="name"]')["value"] == "Aida Bekova"
    assert form.select_one('input[name="email"]')["value"] == "aida@example.org"
    assert form.select_one('select[name="country"] option[selected]')["value"] == "KG"
    assert form.select_one('input[name="consent"]').has_attr("checked")
    assert "not sent yet" in refused.content.decode()

    # Sending the form again, as the visitor does, registers them.
    token = form.select_one('input[name="csrfmiddlewaretoken"]')["value"]
    response = browser.post(URL, {**ENTRIES, "csrfmiddlewaretoken": token})
    assert response.status_code == 303
    assert CourseRegistration.objects.count() == 1


@pytest.mark.django_db
def test_a_wrong_token_or_another_site_gets_the_plain_refusal(course):
    browser = Client(enforce_csrf_checks=True)
    browser.get("/csrf-token")
    wrong = browser.post(URL, {**ENTRIES, "csrfmiddlewaretoken": "x" * 64})
    assert wrong.status_code == 403
    assert registration_form(wrong) is None
    foreign = browser.post(URL, ENTRIES, headers={"Origin": "https://attacker.example"})
    assert foreign.status_code == 403
    assert registration_form(foreign) is None
    assert not CourseRegistration.objects.exists()


@pytest.mark.django_db
def test_other_pages_refuse_tokenless_posts_as_django_does(course):
    response = Client(enforce_csrf_checks=True).post("/en/academy/", ENTRIES)
    assert response.status_code == 403
    assert registration_form(response) is None
