"""The registrations list in the admin, for academy managers only.

https://docs.wagtail.org/en/stable/extending/generic_views.html#modelviewset
"""

import django_filters
from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import CoursePage, CourseRegistration, RegistrationCountry
from .permissions import ACADEMY_MANAGER_PERMISSIONS

# Spreadsheet programs run a cell starting with one of these as a formula; learners type
# the names, so a leading apostrophe keeps them text (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def course_choices():
    """Each course once (its source-language page), filtered by translation key."""
    courses = CoursePage.objects.filter(alias_of__isnull=True).order_by("code", "locale_id")
    seen, choices = set(), []
    for key, code, title in courses.values_list("translation_key", "code", "title"):
        if key not in seen:
            seen.add(key)
            choices.append((str(key), f"{code} – {title}"))
    return choices


class RegistrationFilterSet(WagtailFilterSet):
    course = django_filters.ChoiceFilter(
        label=_("Course"), field_name="course_key", choices=course_choices
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=RegistrationCountry.choices)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Registered between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = CourseRegistration
        fields = ["course", "country", "created_at"]


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course", "locale")

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return f"'{value}"
        return value


class CourseRegistrationViewSet(ModelViewSet):
    model = CourseRegistration
    index_view_class = RegistrationIndexView
    icon = "group"
    menu_label = _("Course registrations")
    menu_order = 300
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["name", "email", "country", "organisation", "role"]
    list_display = [
        "name",
        "email",
        Column("course", label=_("Course")),
        Column("locale", label=_("Language")),
        Column("country", label=_("Country"), accessor="get_country_display"),
        DateColumn("created_at", label=_("Registered at"), sort_key="created_at"),
    ]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    list_export = [
        "created_at",
        "course.code",
        "course.title",
        "locale.language_code",
        "name",
        "email",
        "country",
        "organisation",
        "role",
    ]
    export_headings = {
        "created_at": _("Registered at"),
        "course.code": _("Course code"),
        "course.title": _("Course"),
        "locale.language_code": _("Language"),
    }
    export_filename = "course-registrations"


@hooks.register("register_admin_viewset")
def register_registrations_viewset():
    return CourseRegistrationViewSet("course_registrations")


@hooks.register("register_permissions")
def registration_permissions():
    return Permission.objects.filter(
        content_type__app_label="academy", codename__in=ACADEMY_MANAGER_PERMISSIONS
    )
