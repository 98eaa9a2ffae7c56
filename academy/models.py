"""The NGO academy: the course catalogue, course landing pages and learner registrations.

Structured course data (code, level, format, duration, dates) lives in model fields, the
narrative in StreamFields, the way openfun/richie separates them: filters and counts
read fields, editors write stories.
https://docs.wagtail.org/en/stable/topics/pages.html
"""

from decimal import ROUND_HALF_UP, Decimal
from http import HTTPMethod

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.page_permissions import ModeratedRemovalMixin

from .blocks import FaqBlock, LearningOutcomesBlock, SyllabusBlock


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


def in_active_language(objects, select_related=()):
    """Translatable snippets in the visitor's language where translated (one query).

    A translated or alias page still points at the English themes and people it was copied
    from; this swaps each for its translation without a query per object.
    """
    objects = list(objects)
    locale = Locale.get_active()
    missing = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if not missing:
        return objects
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=missing, locale=locale).select_related(
            *select_related
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def language_names(codes):
    """The site's names of the given language codes, in the order of ``settings.LANGUAGES``."""
    codes = set(codes)
    return [name for code, name in settings.LANGUAGES if code in codes]


class CourseIndexPage(ModeratedRemovalMixin, Page):
    """The academy's catalogue: every course of its language, filtered and counted."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A short paragraph above the catalogue: who the academy is for."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.FilterField("locale_id"),
    ]
    api_fields = [APIField("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["academy.CoursePage"]
    max_count_per_parent = 1
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import build_catalogue

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = build_catalogue(self, request)
        return context

    @property
    def listing_summary(self):
        return self.intro


class CoursePageQuerySet(PageQuerySet):
    def with_learner_counts(self):
        """Annotate ``learner_count``: registrations for the course in every language."""
        counts = (
            CourseRegistration.objects.filter(course_key=OuterRef("translation_key"))
            .order_by()
            .values("course_key")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(learner_count=Coalesce(Subquery(counts), 0))


CoursePageManager = PageManager.from_queryset(CoursePageQuerySet)


class CoursePage(ModeratedRemovalMixin, Page):
    """A course landing page: what the course teaches, how long it takes, how to register."""

    code = models.CharField(
        _("course code"),
        max_length=20,
        validators=[course_code_validator],
        help_text=_(
            "A short unique code such as NGO-101. Translations keep the same code; no other "
            "course may use it."
        ),
    )
    catch_phrase = models.CharField(
        _("catch phrase"),
        max_length=200,
        help_text=_("One sentence (at most 200 characters) that makes people want to enrol."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A landscape picture, at least 1440 pixels wide; also used on the cards."),
    )
    cover_image_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("What the cover picture shows, for people who cannot see it."),
    )
    intro_video = models.URLField(
        _("introduction video"),
        blank=True,
        help_text=_("Optional: the address of a YouTube or Vimeo video that presents the course."),
    )
    what_you_will_learn = StreamField(
        LearningOutcomesBlock(),
        blank=True,
        verbose_name=_("what you will learn"),
        help_text=_("Three to six outcomes, each a short sentence starting with a verb."),
    )
    syllabus = StreamField(
        SyllabusBlock(),
        blank=True,
        verbose_name=_("syllabus"),
        help_text=_(
            "The modules and their lessons. The total effort shown to learners is the sum "
            "of the lesson durations."
        ),
    )
    duration_weeks = models.PositiveSmallIntegerField(
        _("duration in weeks"),
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("How many weeks the course runs (1 to 52)."),
    )
    level = models.CharField(
        pgettext_lazy("course level", "level"),
        max_length=20,
        choices=Level.choices,
        default=Level.BEGINNER,
    )
    format = models.CharField(
        pgettext_lazy("course format", "format"),
        max_length=20,
        choices=CourseFormat.choices,
        default=CourseFormat.SELF_PACED,
        help_text=_(
            "Self-paced: learners go at their own speed. Tutor-led: a tutor guides a group."
        ),
    )
    has_certificate = models.BooleanField(
        _("certificate"), default=False, help_text=_("Do learners receive a certificate?")
    )
    certificate_requirements = models.TextField(
        _("certificate requirements"),
        max_length=500,
        blank=True,
        help_text=_("What a learner must do to earn the certificate, e.g. pass every quiz."),
    )
    prerequisites = models.TextField(
        _("prerequisites"),
        max_length=600,
        blank=True,
        help_text=_("What learners should know or have before starting. Leave empty if none."),
    )
    themes = ParentalManyToManyField(
        "hub.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="courses",
        help_text=_("The programme themes this course belongs to (used by the catalogue filters)."),
    )
    external_url = models.URLField(
        _("learning platform address"),
        blank=True,
        help_text=_("Where the course itself runs (the learning platform), once learners enrol."),
    )
    faq = StreamField(
        FaqBlock(),
        blank=True,
        verbose_name=_("frequently asked questions"),
        help_text=_("Questions learners ask before enrolling, with short answers."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("about the course"),
        help_text=_("The story of the course: who it is for, how it works, what others said."),
    )
    registration_open = models.BooleanField(
        _("registration open"),
        default=True,
        help_text=_("Untick to close registration at once, whatever the dates say."),
    )
    registration_starts = models.DateField(
        _("registration opens on"),
        null=True,
        blank=True,
        help_text=_("Optional: the first day people can register."),
    )
    registration_ends = models.DateField(
        _("registration closes after"),
        null=True,
        blank=True,
        help_text=_("Optional: the last day people can register."),
    )

    objects = CoursePageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("catch_phrase"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt"), FieldPanel("intro_video")],
            heading=_("Pictures and video"),
        ),
        FieldPanel("what_you_will_learn"),
        FieldPanel("body"),
        FieldPanel("faq"),
    ]
    course_panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("format"), FieldPanel("duration_weeks")]),
        FieldPanel("syllabus"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [FieldPanel("has_certificate"), FieldPanel("certificate_requirements")],
            heading=_("Certificate"),
        ),
        InlinePanel("instructors", label=_("Instructors"), heading=_("Instructors")),
        FieldPanel("external_url"),
    ]
    registration_panels = [
        FieldPanel("registration_open"),
        FieldRowPanel([FieldPanel("registration_starts"), FieldPanel("registration_ends")]),
    ]
    taxonomy_panels = [FieldPanel("themes")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(course_panels, heading=_("Course")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(taxonomy_panels, heading=_("Taxonomy")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("catch_phrase", boost=3),
        index.SearchField("code"),
        index.SearchField("what_you_will_learn", boost=1.5),
        index.SearchField("syllabus"),
        index.SearchField("body"),
        index.SearchField("faq"),
        index.AutocompleteField("code"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("locale_id"),
        index.FilterField("level"),
        index.FilterField("format"),
        index.FilterField("duration_weeks"),
        index.FilterField("registration_open"),
    ]

    # Registrations are deliberately absent: personal data never reaches the API.
    api_fields = [
        APIField("code"),
        APIField("catch_phrase"),
        APIField("cover_image"),
        APIField("cover_image_alt"),
        APIField("intro_video"),
        APIField("what_you_will_learn"),
        APIField("syllabus"),
        APIField("total_effort_hours"),
        APIField("duration_weeks"),
        APIField("level"),
        APIField("format"),
        APIField("has_certificate"),
        APIField("certificate_requirements"),
        APIField("prerequisites"),
        APIField("instructors"),
        APIField("themes"),
        APIField("external_url"),
        APIField("faq"),
        APIField("body"),
        APIField("registration_open"),
        APIField("registration_starts"),
        APIField("registration_ends"),
        APIField("is_registration_open"),
    ]

    # Text is translated; codes, numbers, dates, choices, images and links are synchronised.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("catch_phrase"),
        TranslatableField("cover_image_alt"),
        TranslatableField("what_you_will_learn"),
        TranslatableField("syllabus"),
        TranslatableField("certificate_requirements"),
        TranslatableField("prerequisites"),
        TranslatableField("faq"),
        TranslatableField("body"),
        TranslatableField("instructors"),
        SynchronizedField("code", overridable=False),
        SynchronizedField("cover_image"),
        SynchronizedField("intro_video"),
        SynchronizedField("duration_weeks", overridable=False),
        SynchronizedField("level", overridable=False),
        SynchronizedField("format", overridable=False),
        SynchronizedField("has_certificate", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("external_url"),
        SynchronizedField("registration_open", overridable=False),
        SynchronizedField("registration_starts", overridable=False),
        SynchronizedField("registration_ends", overridable=False),
    ]

    parent_page_types = ["academy.CourseIndexPage"]
    subpage_types = []
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        errors = {}
        if self.code:
            clash = (
                CoursePage.objects.filter(code=self.code, locale_id=self.locale_id)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if clash:
                errors["code"] = _("Another course already uses this code. Choose another one.")
        if self.cover_image_id and not self.cover_image_alt:
            errors["cover_image_alt"] = _(
                "Describe the cover picture for people who cannot see it."
            )
        if self.has_certificate and not self.certificate_requirements.strip():
            errors["certificate_requirements"] = _(
                "Say what learners must do to earn the certificate."
            )
        if (
            self.registration_starts
            and self.registration_ends
            and self.registration_ends < self.registration_starts
        ):
            errors["registration_ends"] = _(
                "The closing date must be on or after the opening date."
            )
        if errors:
            raise ValidationError(errors)

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
        people = [
            instructor.person
            for instructor in self.instructors.select_related("person__photo").order_by(
                "sort_order"
            )
        ]
        return in_active_language(people, select_related=["photo"])

    def localized_themes(self):
        return in_active_language(self.themes.order_by("name"))

    # Registrations --------------------------------------------------------------------

    @cached_property
    def learner_count(self):
        return CourseRegistration.objects.filter(course_key=self.translation_key).count()

    # Cards ------------------------------------------------------------------------------

    @property
    def listing_image(self):
        return self.cover_image

    @property
    def listing_label(self):
        return f"{self.get_level_display()} · {self.get_format_display()}"

    @property
    def listing_date(self):
        return self.first_published_at

    @property
    def listing_summary(self):
        return self.catch_phrase

    # Serving ---------------------------------------------------------------------------

    def get_context(self, request, *args, form=None, **kwargs):
        from .registration import registration_context

        context = super().get_context(request, *args, **kwargs)
        context.update(registration_context(self, request, form=form))
        return context

    def serve(self, request, *args, **kwargs):
        from .registration import handle_registration, mark_private

        if request.method == "POST":
            return handle_registration(self, request)
        response = super().serve(request, *args, **kwargs)
        if self.is_registration_open:
            mark_private(response)
        return response


def live_translation_languages(translation_keys):
    """Language codes of the live, real (not alias) pages of each translation key.

    One query for any number of courses, so listings stay at a constant query count.
    """
    rows = (
        Page.objects.filter(
            translation_key__in=list(translation_keys), live=True, alias_of__isnull=True
        )
        .order_by()
        .values_list("translation_key", "locale__language_code")
    )
    languages = {}
    for key, code in rows:
        languages.setdefault(key, []).append(code)
    return languages


class CourseInstructor(TranslatableMixin, Orderable):
    """An instructor of a course, in the order editors chose.

    Translatable so that wagtail-localize points a translated course at the translated
    ``Person`` (with the bio in the learner's language).
    """

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="instructors")
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


class CourseRegistrationQuerySet(models.QuerySet):
    def for_catalogue(self, index_page):
        """Registrations for the courses listed under ``index_page`` (in every language)."""
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
        CoursePage,
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
