"""The course model: computed effort, derived languages, validation, where pages may live."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from academy.models import CourseIndexPage, CoursePage
from home.models import HomePage

from .factories import CoursePageFactory, syllabus


def translate(course, locale, publish=True):
    """A real translation of ``course`` (its parent must exist in ``locale`` already)."""
    translation = course.copy_for_translation(locale, copy_parents=True)
    if publish:
        translation.save_revision().publish()
    else:
        translation.live = False
        translation.save()
    return translation


@pytest.mark.django_db
def test_total_effort_is_the_sum_of_lesson_durations(academy):
    course = CoursePageFactory(parent=academy, syllabus=syllabus([30, 45, 20], [60, 90], [15]))
    assert course.total_effort_minutes == 260
    assert course.lesson_count == 6
    # 260 minutes = 4 h 20 min, shown to the nearest half hour.
    assert course.total_effort_hours == Decimal("4.5")
    course.syllabus = syllabus([100])
    assert course.total_effort_hours == Decimal("1.5")
    course.syllabus = []
    assert course.total_effort_hours == 0


@pytest.mark.django_db
def test_course_page_shows_effort_per_module_and_in_total(client, course):
    course.syllabus = syllabus([30, 45], [60, 75])
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert "about 3.5 hours" in html
    assert "1 h 15 min" in html  # the first module
    assert "2 h 15 min" in html  # the second module


@pytest.mark.django_db
def test_languages_come_from_live_translations_not_aliases(academy, locales):
    course = CoursePageFactory(parent=academy)
    # Aliases show the English page under /ru/ and /uz/: still English content.
    course.copy_for_translation(locales["ru"], copy_parents=True, alias=True)
    course.copy_for_translation(locales["uz"], copy_parents=True, alias=True)
    translate(course, locales["kk"])
    translate(course, locales["az"], publish=False)
    fresh = CoursePage.objects.get(pk=course.pk)
    assert sorted(fresh.language_codes) == ["en", "kk"]
    assert fresh.languages == ["English", "Қазақша"]


@pytest.mark.django_db
def test_code_is_unique_within_a_locale_but_shared_by_translations(academy, locales):
    course = CoursePageFactory(parent=academy, code="NGO-200")
    kazakh = translate(course, locales["kk"])
    assert kazakh.code == "NGO-200"
    kazakh.full_clean()  # the translation keeps the code without a clash
    other = CoursePage(title="Other", slug="other", code="NGO-200", duration_weeks=2)
    other.locale = course.locale
    with pytest.raises(ValidationError) as error:
        academy.add_child(instance=other)
    assert "code" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"code": "ngo 1"}, "code"),
        ({"catch_phrase": "x" * 201}, "catch_phrase"),
        ({"duration_weeks": 0}, "duration_weeks"),
        ({"has_certificate": True, "certificate_requirements": ""}, "certificate_requirements"),
        (
            {
                "registration_starts": datetime.date(2021, 5, 1),
                "registration_ends": datetime.date(2021, 4, 30),
            },
            "registration_ends",
        ),
    ],
)
def test_validation_says_what_to_fix(course, fields, field_in_error):
    for name, value in fields.items():
        setattr(course, name, value)
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert field_in_error in error.value.message_dict


@pytest.mark.django_db
def test_registration_window(course):
    today = datetime.date(2021, 3, 10)
    course.registration_starts = datetime.date(2021, 3, 1)
    course.registration_ends = datetime.date(2021, 3, 10)
    assert course.registration_state(today) == "open"  # the closing day is included
    assert course.registration_state(datetime.date(2021, 2, 28)) == "not-yet"
    assert course.registration_state(datetime.date(2021, 3, 11)) == "ended"
    course.registration_open = False
    assert course.registration_state(today) == "closed"


@pytest.mark.django_db
def test_pages_live_only_in_their_place(home_page, academy):
    assert not CourseIndexPage.can_create_at(home_page)  # one catalogue per home
    assert not CourseIndexPage.can_create_at(Page.get_first_root_node())
    assert CoursePage.can_create_at(academy)
    assert not CoursePage.can_create_at(home_page)
    assert CoursePage.allowed_subpage_models() == []
    assert HomePage in CourseIndexPage.allowed_parent_page_models()


def test_translatable_fields_translate_text_and_synchronise_the_rest():
    fields = {field.field_name: type(field) for field in CoursePage.translatable_fields}
    for name in ["title", "catch_phrase", "syllabus", "faq", "body", "what_you_will_learn"]:
        assert fields[name] is TranslatableField
    for name in ["code", "level", "format", "duration_weeks", "cover_image", "themes"]:
        assert fields[name] is SynchronizedField
    assert "registrations" not in fields


@pytest.mark.django_db
def test_every_module_and_lesson_is_offered_for_translation(academy):
    from wagtail_localize.segments.extract import extract_segments

    course = CoursePageFactory(parent=academy, syllabus=syllabus([25, 35], [40]))
    course = CoursePage.objects.get(pk=course.pk)
    texts = {
        segment.string.data
        for segment in extract_segments(course)
        if hasattr(segment, "string") and segment.path.startswith("syllabus.")
    }
    assert {"Module 1", "Module 2", "Lesson 1.1", "Lesson 1.2", "Lesson 2.1"} <= texts
    assert not any(text.isdigit() for text in texts)  # durations are synchronised


@pytest.mark.django_db
def test_translation_keeps_the_syllabus_durations(academy, locales):
    course = CoursePageFactory(parent=academy, syllabus=syllabus([25, 35]))
    kazakh = translate(course, locales["kk"])
    assert kazakh.total_effort_minutes == 60
