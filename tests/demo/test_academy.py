"""The sample academy: sized like the programme and browsable. A second run of the loader
adds no course or registration (``tests/demo/test_content.py``)."""

import pytest
from bs4 import BeautifulSoup

from academy.models import CoursePage, CourseRegistration
from home.models import HomePage


@pytest.mark.django_db
def test_demo_academy_matches_the_programme(client, demo_site):
    english = CoursePage.objects.filter(locale__language_code="en")
    assert english.count() == 49
    assert CoursePage.objects.count() == english.count() * 8
    assert english.values("code").distinct().count() == 49
    assert {"beginner", "intermediate", "advanced"} == set(english.values_list("level", flat=True))
    assert {"self-paced", "tutor-led"} == set(english.values_list("format", flat=True))
    states = {course.registration_state() for course in english}
    assert {"open", "closed"} <= states
    assert all(course.total_effort_minutes > 0 for course in english)
    assert english.filter(themes__isnull=False).distinct().count() == 49

    assert CourseRegistration.objects.count() == 1912
    assert CourseRegistration.objects.learner_total() == 1912
    assert not CourseRegistration.objects.exclude(email__endswith="@example.org").exists()
    assert CourseRegistration.objects.exclude(locale__language_code="en").exists()

    russian = CoursePage.objects.filter(locale__language_code="ru", alias_of__isnull=True)
    assert russian.filter(live=True).count() >= 5
    assert (
        russian.first().title
        != CoursePage.objects.get(
            translation_key=russian.first().translation_key, locale__language_code="en"
        ).title
    )

    home = HomePage.objects.get(locale__language_code="en")
    academy_sections = [b for b in home.sections if b.block_type == "latest"]
    assert any(b.value["section"].slug == "academy" for b in academy_sections)

    html = BeautifulSoup(client.get("/en/academy/").content, "html.parser")
    assert html.select_one(".catalogue-total").get_text() == "1,912 learners registered so far"
    assert html.select_one(".result-count").get_text() == "49 courses"
    assert len(html.select(".course-card")) == 12
    # Every course is in Russian; the twelve civic-participation ones fit on one page.
    russian_catalogue = client.get("/ru/academy/?language=ru&theme=civic-participation")
    assert russian_catalogue.status_code == 200
    assert "Как организовать общественные слушания" in russian_catalogue.content.decode()
    home_html = client.get("/en/").content.decode()
    assert "New courses of the NGO academy" in home_html
