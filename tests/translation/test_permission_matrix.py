"""Every role against view (the admin explorer shows it), edit, publish, delete and move,
in each language's home page and each section under it. Deleting and moving are for
moderators alone (translation/page_permissions.py): translators publish in their language but
must not remove or move its pages."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import HomePage
from translation import roles

SECTIONS = {
    "News": "articles.NewsIndexPage",
    "Library": "articles.ArticleIndexPage",
    "Academy": "academy.CourseIndexPage",
    "Grants": "grants.GrantsIndexPage",
    "About": "home.StandardPage",
}
TREES = ["Home", *SECTIONS]
LANGUAGES = [code for code, _name in settings.LANGUAGES]

ALL = {"view", "edit", "publish"}
EVERYWHERE = dict.fromkeys(TREES, ALL)
REMOVE = {"delete", "move"}
# role: (the languages it works in, what it may do in each tree there). Nothing elsewhere.
# Section managers see the home pages above their section, to reach it, and nothing more.
EXPECTED = {
    "Editors": ({"en"}, {tree: {"view", "edit"} for tree in TREES}),
    "Moderators": (set(LANGUAGES), dict.fromkeys(TREES, ALL | REMOVE)),
    "Grants managers": (set(LANGUAGES), {"Home": {"view"}, "Grants": ALL}),
    "Academy managers": (set(LANGUAGES), {"Home": {"view"}, "Academy": ALL}),
    "Translators: Russian": ({"ru"}, EVERYWHERE),
    "Translators: Kazakh": ({"kk"}, EVERYWHERE),
    "Translators: Kyrgyz": ({"ky"}, EVERYWHERE),
    "Translators: Tajik": ({"tg"}, EVERYWHERE),
    "Translators: Turkmen": ({"tk"}, EVERYWHERE),
    "Translators: Uzbek": ({"uz"}, EVERYWHERE),
    "Translators: Azerbaijani": ({"az"}, EVERYWHERE),
}


def build_site():
    """{language: {tree: page}}: a home page with every section, translated into every
    language, and setup_roles run on it."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    Page.objects.filter(depth=2).delete()
    english = Page.get_first_root_node().add_child(
        instance=HomePage(title="Home", slug="home", hero_title="Hub", locale=locales["en"])
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=english, is_default_site=True)
    pages = {"en": {"Home": english}}
    for code in LANGUAGES[1:]:
        pages[code] = {"Home": english.copy_for_translation(locales[code])}
    for tree, label in SECTIONS.items():
        section = english.add_child(instance=apps.get_model(label)(title=tree, slug=tree.lower()))
        for code in LANGUAGES:
            pages[code][tree] = (
                section if code == "en" else section.copy_for_translation(locales[code])
            )
    roles.setup_roles(log=lambda message: None)
    return pages


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The translated tree and one user per role, built once for this module and rolled back
    after it (each test runs in a savepoint inside)."""
    with django_db_blocker.unblock(), transaction.atomic():
        pages = build_site()
        users = {}
        for role in EXPECTED:
            users[role] = get_user_model().objects.create_user(username=role)
            users[role].groups.add(Group.objects.get(name=role))
        yield pages, users
        transaction.set_rollback(True)


def allowed_actions(user, page, explorable):
    permissions = page.permissions_for_user(user)
    return {
        action
        for action, allowed in [
            ("view", page.pk in explorable),
            ("edit", permissions.can_edit()),
            ("publish", permissions.can_publish()),
            ("delete", permissions.can_delete()),
            ("move", permissions.can_move()),
        ]
        if allowed
    }


@pytest.mark.parametrize("role", EXPECTED)
def test_permission_matrix(role, site, db):
    pages, users = site
    user = users[role]
    explorable = set(PagePermissionPolicy().explorable_instances(user).values_list("pk", flat=True))
    languages, trees = EXPECTED[role]

    actual = {
        (code, tree): allowed_actions(user, pages[code][tree], explorable)
        for code in LANGUAGES
        for tree in TREES
    }
    expected = {
        (code, tree): trees.get(tree, set()) if code in languages else set()
        for code in LANGUAGES
        for tree in TREES
    }
    assert actual == expected


def test_the_matrix_covers_every_group_setup_roles_creates():
    assert set(EXPECTED) == {role.name for role in roles.roles()}


@pytest.mark.parametrize(
    ("role", "section"), [("Grants managers", "Grants"), ("Academy managers", "Academy")]
)
def test_section_managers_add_pages_in_their_section_only(role, section, site, db):
    pages, users = site
    for code in LANGUAGES:
        assert pages[code][section].permissions_for_user(users[role]).can_add_subpage()
        assert not pages[code]["News"].permissions_for_user(users[role]).can_add_subpage()
        assert not pages[code]["Home"].permissions_for_user(users[role]).can_add_subpage()


def test_superusers_still_delete_and_move(site, db):
    pages, _users = site
    admin = get_user_model().objects.create_superuser(username="root", password="secret")
    for code in LANGUAGES:
        permissions = pages[code]["About"].permissions_for_user(admin)
        assert permissions.can_delete() and permissions.can_move()


def test_every_page_type_asks_for_the_removal_permission():
    """A page type without the mixin would fall back to Wagtail's tester, which lets anyone
    who may publish a page delete it."""
    from wagtail.models import get_page_models

    from translation.page_permissions import ModeratedRemovalMixin

    assert [model for model in get_page_models() if model is not Page] == [
        model for model in get_page_models() if issubclass(model, ModeratedRemovalMixin)
    ]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_translator_cannot_delete_or_move_a_page_of_their_language(language, site, client, db):
    """The reported case: translators deleted a copy and a live translation in the admin."""
    pages, users = site
    translator = users[roles.translator_group_name(language)]
    page = pages[language]["About"]
    if language == "ru":  # a live translation; the Kazakh one stays a draft copy
        page.save_revision().publish()
    client.force_login(translator)

    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, pages[language]["News"].pk])
    )

    page.refresh_from_db()  # raises if the page was deleted
    assert page.live == (language == "ru")
    assert page.get_parent().pk == pages[language]["Home"].pk


def test_a_moderator_deletes_a_page(site, client, db):
    pages, users = site
    page = pages["kk"]["About"]
    client.force_login(users["Moderators"])

    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


GLOSSARY_ACTIONS = {"view", "add", "change", "delete"}


@pytest.mark.parametrize("role", EXPECTED)
def test_glossary_matrix(role, site, db):
    """Each language's glossary is kept by its translators and by moderators; nobody else
    sees it (translation/glossary_admin.py)."""
    from wagtail.permissions import policy_registry

    from translation.models import GlossaryTerm

    _pages, users = site
    policy = policy_registry.get_by_type(GlossaryTerm)
    targets = LANGUAGES[1:]
    terms = {
        code: GlossaryTerm(locale=Locale.objects.get(language_code=code), english="grant")
        for code in targets
    }
    keepers = {"Moderators": set(targets)}
    keepers.update({roles.translator_group_name(code): {code} for code in targets})

    actual = {
        code: {
            action
            for action in GLOSSARY_ACTIONS
            if policy.user_has_permission_for_instance(users[role], action, terms[code])
        }
        for code in targets
    }
    assert actual == {
        code: GLOSSARY_ACTIONS if code in keepers.get(role, set()) else set() for code in targets
    }
