"""Factories for the academy: a catalogue, courses with a syllabus, registrations."""

import datetime
import uuid

import factory
import wagtail_factories
from django.utils import timezone

from academy.models import CourseIndexPage, CoursePage, CourseRegistration
from tests.factories import english


def syllabus(*modules):
    """A syllabus value from lists of lesson minutes: syllabus([30, 45], [60]).

    Items carry ids, as the admin stores them (wagtail-localize needs them on list items).
    """
    return [
        {
            "type": "module",
            "id": str(uuid.uuid4()),
            "value": {
                "title": f"Module {number}",
                "description": f"What module {number} covers.",
                "lessons": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {"title": f"Lesson {number}.{index}", "duration_minutes": minutes},
                    }
                    for index, minutes in enumerate(lessons, start=1)
                ],
            },
        }
        for number, lessons in enumerate(modules, start=1)
    ]


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Academy"
    slug = "academy"
    intro = "Free distance-learning courses for NGO staff."


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Course {n:03d}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    code = factory.Sequence(lambda n: f"NGO-{n:03d}")
    catch_phrase = "Learn to run a small project from the first idea to the final report."
    duration_weeks = 4
    level = "beginner"
    format = "self-paced"
    syllabus = factory.LazyFunction(lambda: syllabus([30, 45], [60]))
    what_you_will_learn = factory.LazyFunction(
        lambda: [{"type": "outcome", "value": "Write a project budget"}]
    )
    registration_open = True
    first_published_at = factory.Sequence(
        lambda n: timezone.make_aware(datetime.datetime(2020, 1, 1)) + datetime.timedelta(days=n)
    )

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()


class CourseRegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseRegistration

    course = None
    name = factory.Sequence(lambda n: f"Learner {n}")
    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    country = "KZ"
    role = "ngo-staff"
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key)
    locale = factory.LazyAttribute(lambda o: o.course.locale if o.course else english())
