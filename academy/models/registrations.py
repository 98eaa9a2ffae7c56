"""Learners' registrations: personal data, staff eyes only."""

from django.db import models
from django.db.models import Count
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .choices import LearnerRole, RegistrationCountry


class CourseRegistrationQuerySet(models.QuerySet):
    def for_catalogue(self, index_page):
        """Registrations for the courses listed under ``index_page`` (in every language)."""
        from .course import CoursePage

        keys = CoursePage.objects.child_of(index_page).live().values("translation_key")
        return self.filter(course_key__in=keys)

    def learner_total(self):
        """Distinct learners: one person registered for three courses counts once."""
        return self.aggregate(total=Count(Lower("email"), distinct=True))["total"]


class CourseRegistration(models.Model):
    """A learner's registration for a course. Personal data: staff eyes only.

    ``course`` is the page the learner registered on (perhaps a translation); ``course_key``
    is that course's translation key, so registrations made in every language count for
    the same course and one email address registers once per course, whatever language
    it used (enforced by the database).
    """

    course = models.ForeignKey(
        "academy.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    course_key = models.UUIDField(_("course key"), editable=False, db_index=True)
    locale = models.ForeignKey(
        Locale,
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The language the learner registered in; emails to them use it."),
    )
    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email address"), max_length=254)
    country = models.CharField(_("country"), max_length=5, choices=RegistrationCountry.choices)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=LearnerRole.choices)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, editable=False)

    objects = CourseRegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("course registration")
        verbose_name_plural = _("course registrations")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                "course_key", Lower("email"), name="academy_one_registration_per_email"
            )
        ]
        indexes = [models.Index(fields=["created_at"], name="academy_registration_created")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.course_id and not self.course_key:
            self.course_key = self.course.translation_key
        if self.course_id and not self.locale_id:
            self.locale_id = self.course.locale_id
        super().save(*args, **kwargs)
