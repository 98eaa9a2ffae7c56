"""Learner registration on a course page: form, rate limit, storage and confirmation email.

``CoursePage.serve`` hands every POST here. The page's normal CSRF protection applies
(Wagtail's ``serve`` view is not exempt); a valid submission is stored once and answered
with a redirect (post/redirect/get), so reloading the page never registers twice.
"""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.base_user import BaseUserManager
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.models import SiteSettings

from .models import CourseRegistration

logger = logging.getLogger(__name__)

# (submissions, seconds) allowed per client address; settings may override it.
DEFAULT_RATE_LIMIT = (5, 10 * 60)
HONEYPOT_FIELD = "homepage"


class RegistrationForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I agree that the academy keeps these details to enrol me in the course."),
        error_messages={"required": _("Please agree to how we keep your details.")},
    )
    # A field people never see (hidden by CSS and from screen readers); bots fill it in.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = CourseRegistration
        fields = ["name", "email", "country", "organisation", "role"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        help_texts = {
            "email": _("We send the confirmation and the course news here."),
            "organisation": _("Optional: the NGO or institution you work with."),
        }
        # Our own words rather than Django's, so they read alike in every language of the site.
        error_messages = {
            "name": {"required": _("Please give your name.")},
            "email": {
                "required": _("Please give your email address."),
                "invalid": _(
                    "Please check the email address: it should look like name@example.org."
                ),
            },
            "country": {"required": _("Please choose a country.")},
            "role": {"required": _("Please choose what describes you best.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("country", "role"):
            self.fields[name].choices = [("", _("Choose …")), *self.fields[name].choices[1:]]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return BaseUserManager.normalize_email(self.cleaned_data["email"].strip())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    @property
    def visible_fields_without_honeypot(self):
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


def rate_limit():
    return getattr(settings, "ACADEMY_REGISTRATION_RATE_LIMIT", DEFAULT_RATE_LIMIT)


def over_rate_limit(request):
    """Count this submission against the client's address; True once it is over the limit.

    Uses ``REMOTE_ADDR``: behind a proxy, the proxy must pass the client's address there.
    """
    limit, window = rate_limit()
    key = f"academy:registration-rate:{request.META.get('REMOTE_ADDR', 'unknown')}"
    cache.add(key, 0, timeout=window)
    try:
        submissions = cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        cache.set(key, 1, timeout=window)
        submissions = 1
    return submissions > limit


def mark_private(response):
    """Keep a response that carries a CSRF token (the form) out of shared caches."""
    add_never_cache_headers(response)
    return response


def privacy_page(request):
    page = SiteSettings.for_request(request).privacy_page
    if page is None:
        return None
    page = page.localized
    return page if page.live else None


def registration_context(course, request, form=None):
    state = course.registration_state()
    context = {"registration_state": state}
    if state == "open":
        context["registration_form"] = form or RegistrationForm()
        context["privacy_page"] = privacy_page(request)
    return context


def redirect_to_form(course, request):
    return HttpResponseRedirect(f"{course.get_url(request)}#register", status=303)


def handle_registration(course, request):
    if over_rate_limit(request):
        _limit, window = rate_limit()
        response = TemplateResponse(
            request, "academy/registration_rate_limited.html", {"page": course}, status=429
        )
        response["Retry-After"] = str(window)
        return mark_private(response)
    if not course.is_registration_open:
        messages.error(request, _("Registration for this course is closed."))
        return redirect_to_form(course, request)
    if request.POST.get(HONEYPOT_FIELD):
        # Answer a bot as if it had succeeded, and keep nothing.
        messages.success(request, success_message(course))
        return redirect_to_form(course, request)

    form = RegistrationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the marked fields and send the form again."))
        return mark_private(Page.serve(course, request, form=form))

    registration = register(course, form)
    if registration is None:
        messages.info(
            request,
            _("You are already registered for this course with this email address. See you there!"),
        )
        return redirect_to_form(course, request)
    send_confirmation(registration, request)
    messages.success(request, success_message(course))
    return redirect_to_form(course, request)


def success_message(course):
    return _(
        "Thank you: you are registered for “%(course)s”. We have sent you a confirmation email."
    ) % {"course": course.title}


def register(course, form):
    """The new registration, or None if this email address is registered for the course."""
    registration = form.save(commit=False)
    registration.course = course
    registration.course_key = course.translation_key
    registration.locale_id = course.locale_id
    taken = CourseRegistration.objects.filter(
        course_key=course.translation_key, email__iexact=registration.email
    ).exists()
    if taken:
        return None
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError:  # a simultaneous submission won the race
        return None
    return registration


def send_confirmation(registration, request):
    """Email the learner in the language they registered in; a mail failure is logged only."""
    course = registration.course
    with translation.override(registration.locale.language_code):
        context = {
            "registration": registration,
            "course": course,
            "course_url": course.get_full_url(request),
        }
        subject = render_to_string("academy/email/confirmation_subject.txt", context)
        body = render_to_string("academy/email/confirmation.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [registration.email])
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the course registration confirmation")
