from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("NGO academy")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import CourseRegistration
        from .permissions import RegistrationPermissionPolicy

        register_permission_policy(
            CourseRegistration, RegistrationPermissionPolicy(CourseRegistration)
        )
