"""The course landing page and its instructors."""

from http import HTTPMethod

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
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
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.pages import HubPage

from ..blocks import FaqBlock, LearningOutcomesBlock, SyllabusBlock
from .choices import CourseFormat, Level, course_code_validator
from .course_values import CourseValues
from .registrations import CourseRegistration


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


class CoursePage(CourseValues, HubPage):
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

    image_alt_fields = [
        (
            "cover_image",
            "cover_image_alt",
            _("Describe the cover picture for people who cannot see it."),
        )
    ]

    def content_errors(self):
        errors = super().content_errors()
        if self.code:
            clash = (
                CoursePage.objects.filter(code=self.code, locale_id=self.locale_id)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if clash:
                errors["code"] = _("Another course already uses this code. Choose another one.")
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
        return errors

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
        from ..registration import registration_context

        context = super().get_context(request, *args, **kwargs)
        context.update(registration_context(self, request, form=form))
        return context

    def serve(self, request, *args, **kwargs):
        from ..registration import handle_registration

        if request.method == "POST":
            return handle_registration(self, request)
        # The same page for everyone, form included, so the page cache keeps it: the form
        # fetches its CSRF token when it is sent (core/csrf.py).
        return super().serve(request, *args, **kwargs)

    def serve_csrf_failure(self, request):
        """A registration sent without a token (no JavaScript): the form again, with one."""
        from ..registration import refused_without_token

        return refused_without_token(self, request)
