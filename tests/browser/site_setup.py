"""People and pages of the browser journeys, created in the journey server's database.

Run by the browser conftest through ``manage.py shell`` after ``setup_roles``, so the groups
exist. Each account is in one group, as a real member of staff would be; their passwords are
throw-away values for the temporary database only.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from translation.roles import EDITORS, GRANTS_MANAGERS, MODERATORS, translator_group_name

PASSWORD = "journey-password-7q2"  # noqa: S105 - a temporary test database only

ACCOUNTS = {
    # username: (group, first name, email)
    "editor": (EDITORS, "Edith", "edith.editor@staff.hub.test"),
    "moderator": (MODERATORS, "Moritz", "moritz.moderator@staff.hub.test"),
    "translator-ru": (translator_group_name("ru"), "Ruslan", "ruslan.translator@staff.hub.test"),
    "grants-manager": (GRANTS_MANAGERS, "Gulnara", "gulnara.grants@staff.hub.test"),
}


def create_accounts():
    User = get_user_model()
    for username, (group_name, first_name, email) in ACCOUNTS.items():
        user, _created = User.objects.get_or_create(
            username=username, defaults={"first_name": first_name, "email": email}
        )
        user.set_password(PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=group_name)])


PAGE_TO_TRANSLATE = {"title": "Partners", "slug": "partners", "intro": "Who we work with."}


def create_page_to_translate():
    """An English page under About with no Russian translation yet, for the translator's
    journey: the demo translates the whole Russian tree."""
    from home.models import StandardPage

    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    if not about.get_children().filter(slug=PAGE_TO_TRANSLATE["slug"]).exists():
        page = about.add_child(instance=StandardPage(**PAGE_TO_TRANSLATE))
        page.save_revision().publish()
