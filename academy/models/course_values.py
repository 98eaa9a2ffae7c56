"""What a course page derives from its fields for templates, cards and the API; editors
never type these.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language

from .languages import in_active_language, language_names, live_translation_languages
from .registrations import CourseRegistration


class CourseValues:
    """Mixed into ``CoursePage``: values computed from its syllabus, registration dates,
    translations and registrations."""

    # Syllabus arithmetic -------------------------------------------------------------

    @property
    def total_effort_minutes(self):
        return sum(
            module.block.effort_minutes(module.value)
            for module in self.syllabus
            if module.block_type == "module"
        )

    @property
    def total_effort_hours(self):
        """Hours of study in the syllabus, to the nearest half hour (never typed by editors)."""
        halves = (Decimal(self.total_effort_minutes) / 30).quantize(0, rounding=ROUND_HALF_UP)
        return halves / 2

    @property
    def lesson_count(self):
        modules = [module for module in self.syllabus if module.block_type == "module"]
        return sum(len(module.value["lessons"]) for module in modules)

    # Registration window -------------------------------------------------------------

    def registration_state(self, today=None):
        """``open``, ``closed`` (by the editor), ``not-yet`` or ``ended``."""
        today = today or timezone.localdate()
        if not self.registration_open:
            return "closed"
        if self.registration_starts and today < self.registration_starts:
            return "not-yet"
        if self.registration_ends and today > self.registration_ends:
            return "ended"
        return "open"

    @property
    def is_registration_open(self):
        return self.registration_state() == "open"

    # Languages: derived from live translations, never typed --------------------------

    @cached_property
    def language_codes(self):
        """Languages the course is really translated into (aliases are English content)."""
        return live_translation_languages([self.translation_key]).get(self.translation_key, [])

    @property
    def languages(self):
        return language_names(self.language_codes)

    def localized_instructors(self):
        """The instructors (``Person``) in the visitor's language, in the editors' order."""
        return self._in_language("instructors", self._read_instructors)

    def localized_themes(self):
        return self._in_language("themes", lambda: in_active_language(self.themes.order_by("name")))

    def _read_instructors(self):
        people = [
            instructor.person
            for instructor in self.instructors.select_related("person__photo").order_by(
                "sort_order"
            )
        ]
        return in_active_language(people, select_related=["photo"])

    def _in_language(self, name, read):
        """``read()`` once per language: the page and its structured data both show them."""
        memo = self.__dict__.setdefault("_hub_localized", {})
        key = (name, get_language())
        if key not in memo:
            memo[key] = read()
        return memo[key]

    # Registrations --------------------------------------------------------------------

    @cached_property
    def learner_count(self):
        return CourseRegistration.objects.filter(course_key=self.translation_key).count()
