"""The academy's fixed vocabularies: levels, formats, the registration form's choices."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseFormat(models.TextChoices):
    SELF_PACED = "self-paced", _("Self-paced")
    TUTOR_LED = "tutor-led", _("Tutor-led")


class RegistrationCountry(models.TextChoices):
    """The programme's six countries and "other", kept as codes in the registrations.

    Fixed choices rather than the ``Country`` snippet: a registration is a personal record
    whose meaning must not change when editors rework the taxonomy.
    """

    AZERBAIJAN = "AZ", _("Azerbaijan")
    KAZAKHSTAN = "KZ", _("Kazakhstan")
    KYRGYZSTAN = "KG", _("Kyrgyzstan")
    TAJIKISTAN = "TJ", _("Tajikistan")
    TURKMENISTAN = "TM", _("Turkmenistan")
    UZBEKISTAN = "UZ", _("Uzbekistan")
    OTHER = "other", _("Another country")


class LearnerRole(models.TextChoices):
    NGO_STAFF = "ngo-staff", _("Staff member of an NGO")
    VOLUNTEER = "volunteer", _("Volunteer or activist")
    PUBLIC_SERVANT = "public-servant", _("Public servant")
    STUDENT = "student", _("Student")
    JOURNALIST = "journalist", _("Journalist")
    OTHER = "other", _("Other")


course_code_validator = RegexValidator(
    r"^[A-Z0-9][A-Z0-9-]{1,19}$",
    _("Use 2 to 20 capital letters, digits and hyphens, for example NGO-101."),
)
