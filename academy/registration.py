"""Learner registration on a course page: form, rate limits, storage and confirmation email.

``CoursePage.serve`` hands every POST here. The page's normal CSRF protection applies
(Wagtail's ``serve`` view is not exempt); a valid submission is stored once and answered
with a redirect (post/redirect/get), so reloading the page never registers twice.

The course page itself is cached for everyone, so its form has no CSRF token: a script adds
the visitor's token when the form is sent, and a form sent without one (no JavaScript)
comes back with a token and the visitor's entries, stored nowhere (``refused_without_token``).
"""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.base_user import BaseUserManager
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import ratelimit
from core.models import SiteSettings

from .models import CourseRegistration

logger = logging.getLogger(__name__)

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


REGISTRATIONS_PER_ADDRESS = "academy-registration-address"
REGISTRATIONS_PER_EMAIL = "academy-registration-email"


def over_address_limit(course, request):
    """Count this submission against the course and the client's address (valid or not).

    Per course, so that one training room (many learners behind one address) registering
    for a course leaves other courses alone; generous, for the same reason.
    """
    address = ratelimit.client_address(request)
    value = f"{course.translation_key}:{address}"
    return ratelimit.hit(request, REGISTRATIONS_PER_ADDRESS, address_rate(), value)


def over_email_limit(request, email):
    """Count a valid submission against its email address: each one may send it an email."""
    return ratelimit.hit(request, REGISTRATIONS_PER_EMAIL, email_rate(), email.casefold())


def address_rate():
    return settings.ACADEMY_REGISTRATION_RATE_LIMIT


def email_rate():
    return settings.ACADEMY_REGISTRATION_EMAIL_RATE_LIMIT


def rate_limited(course, request, rate, reason):
    response = TemplateResponse(
        request,
        "academy/registration_rate_limited.html",
        {"page": course, "reason": reason},
        status=429,
    )
    response["Retry-After"] = str(ratelimit.window_seconds(rate))
    return mark_private(response)


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
        # Only answers to a post carry a token; the page everyone gets is cached without.
        context["registration_token"] = request.method == "POST"
    return context


def refused_without_token(course, request):
    """The form again, with a token and what the visitor typed; nothing is stored or
    counted, since nothing proves the visitor sent it from our page."""
    kept = {name: request.POST.get(name, "") for name in RegistrationForm.Meta.fields}
    kept["consent"] = bool(request.POST.get("consent"))
    if course.is_registration_open:
        messages.warning(
            request,
            _("Your registration was not sent yet: please check the form and send it again."),
        )
    response = Page.serve(course, request, form=RegistrationForm(initial=kept))
    response.status_code = 403
    return mark_private(response)


def redirect_to_form(course, request):
    return HttpResponseRedirect(f"{course.get_url(request)}#register", status=303)


def handle_registration(course, request):
    if over_address_limit(course, request):
        return rate_limited(course, request, address_rate(), "address")
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
    if over_email_limit(request, form.cleaned_data["email"]):
        return rate_limited(course, request, email_rate(), "email")

    # A new and a repeated registration get the same answer, so that the form never tells
    # anyone whether an address is registered; the repeat is told so by email.
    registration = register(course, form)
    if registration is None:
        sent = send_repeat_notice(course, form.cleaned_data["email"], request)
    else:
        sent = send_confirmation(registration, request)
    if sent:
        messages.success(request, success_message(course))
    else:
        messages.warning(request, unsent_message(course))
    return redirect_to_form(course, request)


def success_message(course):
    return _(
        "Thank you: you are registered for “%(course)s”. We have sent you a confirmation email."
    ) % {"course": course.title}


def unsent_message(course):
    return _(
        "You are registered for “%(course)s”, but we could not send you a confirmation "
        "email. Your registration is kept: there is no need to register again."
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
    """Email the learner in the language they registered in; True once the mail is sent."""
    context = {"registration": registration}
    return _send(registration.course, registration.email, "confirmation", context, request)


def send_repeat_notice(course, email, request):
    """Tell the address's owner, and only them, that it was already registered."""
    registration = CourseRegistration.objects.filter(
        course_key=course.translation_key, email__iexact=email
    ).first()
    if registration is None:  # deleted in the meantime: nothing to say
        return True
    context = {"registration": registration}
    return _send(course, registration.email, "already_registered", context, request)


def _send(course, email, template, context, request):
    """Render ``academy/email/<template>[_subject].txt`` in the course page's language and
    send it; a mail failure is logged and reported as False."""
    with translation.override(course.locale.language_code):
        context = {**context, "course": course, "course_url": course.get_full_url(request)}
        subject = render_to_string(f"academy/email/{template}_subject.txt", context)
        body = render_to_string(f"academy/email/{template}.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [email])
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the course registration email %s", template)
        return False
    return True
