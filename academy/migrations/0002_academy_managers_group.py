"""The "Academy managers" group: may open the admin and view, export and delete registrations.

``setup_roles`` (issue 6) may manage the same group idempotently; this migration makes
sure it exists from the first deploy, since registrations start arriving at once.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Academy managers"
PERMISSIONS = [
    ("academy", "view_courseregistration"),
    ("academy", "delete_courseregistration"),
    ("wagtailadmin", "access_admin"),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure ours exist now.
    app_config = apps.get_app_config("academy")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_course_catalogue_and_registrations"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
