"""A course's instructors: people of the taxonomy, in the order editors chose."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import TranslatableField


class CourseInstructor(TranslatableMixin, Orderable):
    """An instructor of a course, in the order editors chose.

    Translatable so that wagtail-localize points a translated course at the translated
    ``Person`` (with the bio in the learner's language).
    """

    course = ParentalKey("academy.CoursePage", on_delete=models.CASCADE, related_name="instructors")
    person = models.ForeignKey(
        "hub.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose from the people in the taxonomy; add new people there first."),
    )

    panels = [FieldPanel("person")]
    api_fields = [APIField("person")]
    translatable_fields = [TranslatableField("person")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("instructor")
        verbose_name_plural = _("instructors")

    def __str__(self):
        return str(self.person)

    @property
    def name(self):
        return self.person.name

    @property
    def role(self):
        return self.person.role
