"""The NGO academy: the course catalogue, course landing pages and learner registrations.

Structured course data (code, level, format, duration, dates) lives in model fields, the
narrative in StreamFields, the way openfun/richie separates them: filters and counts
read fields, editors write stories.
https://docs.wagtail.org/en/stable/topics/pages.html
"""

from .choices import CourseFormat, LearnerRole, Level, RegistrationCountry, course_code_validator
from .course import CoursePage, CoursePageManager, CoursePageQuerySet
from .course_values import CourseValues
from .index import CourseIndexPage
from .instructors import CourseInstructor
from .languages import in_active_language, language_names, live_translation_languages
from .registrations import CourseRegistration, CourseRegistrationQuerySet

__all__ = [
    "CourseFormat",
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
    "CoursePageManager",
    "CoursePageQuerySet",
    "CourseRegistration",
    "CourseRegistrationQuerySet",
    "CourseValues",
    "LearnerRole",
    "Level",
    "RegistrationCountry",
    "course_code_validator",
    "in_active_language",
    "language_names",
    "live_translation_languages",
]
