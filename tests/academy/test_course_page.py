"""What a visitor sees on a course page: facts, people and themes in their language, JSON-LD."""

import json

import pytest
from bs4 import BeautifulSoup

from academy.models import CourseInstructor, CoursePage
from tests.factories import PersonFactory, ThemeFactory

from .factories import CoursePageFactory


@pytest.mark.django_db
def test_course_page_shows_the_structured_facts(client, academy, privacy_page):
    course = CoursePageFactory(
        parent=academy,
        slug="budgets",
        duration_weeks=6,
        level="intermediate",
        format="tutor-led",
        has_certificate=True,
        certificate_requirements="Pass every quiz.",
        prerequisites="Basic computer skills.",
        external_url="https://learn.example.org/budgets/",
        faq=[
            {
                "type": "question",
                "value": {"question": "Is it free?", "answer": "<p>Yes, always.</p>"},
            }
        ],
    )
    html = BeautifulSoup(client.get(course.url).content, "html.parser")
    facts = {div.dt.get_text(): div.dd.get_text() for div in html.select(".course-facts > div")}
    assert facts == {
        "Level": "Intermediate",
        "Format": "Tutor-led",
        "Duration": "6 weeks",
        "Total effort": "about 2.5 hours",
        "Languages": "English",
        "Certificate": "Yes",
    }
    assert html.select_one(".course-outcomes li").get_text() == "Write a project budget"
    assert html.select_one(".faq-item summary").get_text() == "Is it free?"
    assert "Pass every quiz." in html.get_text()
    assert html.find("a", href="https://learn.example.org/budgets/")


@pytest.mark.django_db
def test_instructors_and_themes_appear_in_the_visitors_language(client, academy, locales):
    person = PersonFactory(name="Leyla Mammadova", role="Academy lead")
    theme = ThemeFactory(name="Fair housing", slug="fair-housing")
    course = CoursePageFactory(parent=academy, slug="housing", themes=[theme])
    course.copy_for_translation(locales["kk"], copy_parents=True, alias=True)
    # Editors add the instructor later; publishing updates the Kazakh alias too.
    course = CoursePage.objects.get(pk=course.pk)
    course.instructors.add(CourseInstructor(person=person, locale=locales["en"]))
    course.save_revision().publish()
    kazakh_person = person.copy_for_translation(locales["kk"])
    kazakh_person.role = "Академия жетекшісі"
    kazakh_person.save()
    kazakh_theme = theme.copy_for_translation(locales["kk"])
    kazakh_theme.name = "Әділ тұрғын үй"
    kazakh_theme.save()

    english = BeautifulSoup(client.get("/en/academy/housing/").content, "html.parser")
    assert english.select_one(".course-instructors .person__role").get_text() == "Academy lead"
    theme_link = english.select_one(".course-themes a")
    assert (theme_link.get_text(), theme_link["href"]) == (
        "Fair housing",
        "/en/academy/?theme=fair-housing",
    )

    kazakh = BeautifulSoup(client.get("/kk/academy/housing/").content, "html.parser")
    assert kazakh.select_one(".course-instructors .person__role").get_text() == (
        "Академия жетекшісі"
    )
    theme_link = kazakh.select_one(".course-themes a")
    assert (theme_link.get_text(), theme_link["href"]) == (
        "Әділ тұрғын үй",
        "/kk/academy/?theme=fair-housing",
    )
    # The alias is English content: Kazakh is not listed as a language of the course.
    facts = {d.dt.get_text(): d.dd.get_text() for d in kazakh.select(".course-facts > div")}
    assert facts["Тілдер"] == "English"  # "Languages" in the Kazakh interface


@pytest.mark.django_db
def test_json_ld_describes_the_course_and_cannot_break_out_of_its_script(client, course):
    course.title = "Budgets </script><script>alert(1)</script>"
    course.catch_phrase = "Plan & report <b>well</b>"
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert "</script><script>alert(1)" not in html
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    data = json.loads(html[start : html.index("</script>", start)])
    assert data["@type"] == "Course"
    assert data["name"] == course.title
    assert data["description"] == "Plan & report <b>well</b>"
    assert data["courseCode"] == "NGO-101"
    assert data["timeRequired"] == "PT2H15M"
    assert [section["name"] for section in data["syllabusSections"]] == ["Module 1", "Module 2"]
    assert data["hasCourseInstance"]["courseMode"] == "online"
