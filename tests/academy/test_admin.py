"""Registrations in the admin: academy managers list, filter, search and export them."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from academy.models import CourseRegistration

from .factories import CoursePageFactory, CourseRegistrationFactory

LIST_URL = "/admin/course_registrations/"


def make_user(django_user_model, username, groups=(), superuser=False):
    user = django_user_model.objects.create_user(
        username=username, password="pass-word-123", is_superuser=superuser, is_staff=superuser
    )
    if not superuser:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def registrations(course, academy):
    other = CoursePageFactory(parent=academy, title="Solar heaters", code="GRN-201")
    return [
        CourseRegistrationFactory(course=course, name="Aida Bekova", email="aida@example.org"),
        CourseRegistrationFactory(
            course=course, name="Timur Aliev", email="timur@example.org", country="TJ"
        ),
        CourseRegistrationFactory(
            course=other, name='=HYPERLINK("http://evil.example")', email="x@example.org"
        ),
    ]


@pytest.fixture
def manager(django_user_model):
    return make_user(django_user_model, "manager", groups=["Academy managers"])


@pytest.fixture
def editor(django_user_model):
    """Someone who may use the admin but is not an academy manager."""
    return make_user(django_user_model, "editor")


def test_the_list_is_registered_under_its_url():
    assert reverse("course_registrations:index") == LIST_URL


@pytest.mark.django_db
def test_users_without_the_permission_see_neither_list_nor_export(client, editor, registrations):
    client.force_login(editor)
    for url in [LIST_URL, f"{LIST_URL}?export=csv", f"{LIST_URL}?export=xlsx"]:
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"aida@example.org" not in response.content
    dashboard = client.get("/admin/").content.decode()
    assert LIST_URL not in dashboard  # no menu item either


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_login(client, registrations):
    response = client.get(f"{LIST_URL}?export=csv")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_academy_managers_list_and_export(client, manager, registrations):
    client.force_login(manager)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "aida@example.org" in html and "Grant writing" in html
    assert LIST_URL in client.get("/admin/").content.decode()

    export = client.get(f"{LIST_URL}?export=csv")
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert len(rows) == 3
    assert {row["Email address"] for row in rows} == {
        "aida@example.org",
        "timur@example.org",
        "x@example.org",
    }
    assert {"Registered at", "Course code", "Course", "Language", "Full name"} <= set(rows[0])
    # A name typed as a spreadsheet formula is exported as text.
    evil = next(row for row in rows if row["Email address"] == "x@example.org")
    assert evil["Full name"].startswith("'=")


@pytest.mark.django_db
def test_filters_by_course_country_and_date_and_search(client, manager, registrations, course):
    client.force_login(manager)

    def listed(query):
        html = client.get(f"{LIST_URL}?{query}").content.decode()
        return {r.email for r in CourseRegistration.objects.all() if r.email in html}

    assert listed(f"course={course.translation_key}") == {"aida@example.org", "timur@example.org"}
    assert listed("country=TJ") == {"timur@example.org"}
    assert listed("created_at_from=2000-01-01") == {r.email for r in registrations}
    assert listed("created_at_to=2000-01-01") == set()
    assert listed("q=timur") == {"timur@example.org"}
    export = client.get(f"{LIST_URL}?export=csv&country=TJ")
    content = b"".join(export.streaming_content).decode()
    assert "timur@example.org" in content and "aida@example.org" not in content


@pytest.mark.django_db
def test_nobody_adds_or_edits_registrations_in_the_admin(client, django_user_model, registrations):
    admin = make_user(django_user_model, "root", superuser=True)
    client.force_login(admin)
    registration = registrations[0]
    assert client.get(f"{LIST_URL}new/").status_code in (302, 403)
    assert client.get(f"{LIST_URL}edit/{registration.pk}/").status_code in (302, 403)
    assert client.get(f"{LIST_URL}inspect/{registration.pk}/").status_code == 200


@pytest.mark.django_db
def test_managers_may_delete_a_registration_on_request(client, manager, registrations):
    client.force_login(manager)
    registration = registrations[0]
    response = client.post(f"{LIST_URL}delete/{registration.pk}/")
    assert response.status_code == 302
    assert not CourseRegistration.objects.filter(pk=registration.pk).exists()


@pytest.mark.django_db
def test_editors_get_the_course_form_with_its_tabs(client, django_user_model, course, academy):
    admin = make_user(django_user_model, "root", superuser=True)
    client.force_login(admin)
    response = client.get(f"/admin/pages/add/academy/coursepage/{academy.pk}/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    tabs = [tab.get_text(" ", strip=True).split(" (")[0] for tab in html.select('[role="tab"]')]
    # Wagtail hides the Settings tab when its panels (scheduling) live in the side panel.
    assert tabs[:5] == ["Content", "Course", "Registration", "Taxonomy", "Promote"]
    assert "The modules and their lessons" in html.get_text()  # help text reaches editors
    assert client.get(f"/admin/pages/{course.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{academy.pk}/edit/").status_code == 200
