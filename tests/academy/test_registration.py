"""Registering for a course: every path a visitor can take through the form."""

import datetime
import smtplib

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone

from academy.models import CourseRegistration

from .factories import CoursePageFactory, CourseRegistrationFactory

URL = "/en/academy/grant-writing/"


def valid_data(**overrides):
    return {
        "name": "Aida Bekova",
        "email": "aida@example.org",
        "country": "KG",
        "organisation": "Naryn Youth Centre",
        "role": "ngo-staff",
        "consent": "on",
        **overrides,
    }


def page_messages(response):
    """The messages, which sit in the registration section where the redirect lands."""
    html = BeautifulSoup(response.content, "html.parser")
    assert len(html.select(".messages")) == len(html.select("#register .messages")) <= 1
    return [li.get_text(strip=True) for li in html.select(".messages li")]


@pytest.mark.django_db
def test_open_course_shows_the_form_with_consent_linking_to_privacy(client, course):
    response = client.get(URL)
    html = BeautifulSoup(response.content, "html.parser")
    form = html.select_one("form.registration-form")
    assert form["method"] == "post"
    # The page is the same for everyone: the token comes from /csrf-token when it is sent.
    assert not form.select_one('input[name="csrfmiddlewaretoken"]')
    assert form["data-csrf"] == "/csrf-token"
    names = {field["name"] for field in form.select("input, select") if field.get("name")}
    assert {"name", "email", "country", "organisation", "role", "consent"} <= names
    countries = [option["value"] for option in form.select('select[name="country"] option')]
    assert countries == ["", "AZ", "KZ", "KG", "TJ", "TM", "UZ", "other"]
    consent_label = form.select_one('label[for="id_consent"]')
    assert consent_label.a["href"] == "/en/privacy/"
    assert "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_valid_registration_is_stored_once_confirmed_and_emailed(client, course):
    response = client.post(URL, valid_data())
    assert response.status_code == 303
    assert response["Location"] == f"{URL}#register"
    registration = CourseRegistration.objects.get()
    assert (registration.name, registration.email, registration.country) == (
        "Aida Bekova",
        "aida@example.org",
        "KG",
    )
    assert registration.course == course
    assert registration.course_key == course.translation_key
    assert registration.locale.language_code == "en"
    assert registration.created_at <= timezone.now()
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["aida@example.org"]
    assert "Grant writing" in email.subject
    assert "http://localhost/en/academy/grant-writing/" in email.body
    followed = client.get(response["Location"])
    assert page_messages(followed) == [
        "Thank you: you are registered for “Grant writing”. We have sent you a confirmation email."
    ]
    assert "1 learner registered" in followed.content.decode()
    # Reloading the page after the redirect registers nobody again.
    assert CourseRegistration.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "field"),
    [
        (valid_data(email="not-an-address"), "email"),
        (valid_data(consent=""), "consent"),
        (valid_data(name="x" * 151), "name"),
        (valid_data(organisation="x" * 201), "organisation"),
        (valid_data(country="FR"), "country"),
        (valid_data(role="boss"), "role"),
        (valid_data(name="   "), "name"),
    ],
)
def test_invalid_form_comes_back_with_messages_and_stores_nothing(client, course, data, field):
    response = client.post(URL, data)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one(f"#id_{field}").find_parent(class_="form-field--invalid")
    assert html.select_one(".form-field--invalid .errorlist li").get_text()
    assert page_messages(response) == ["Please correct the marked fields and send the form again."]
    # What the visitor typed is kept, escaped.
    assert html.select_one("#id_organisation")["value"] == data["organisation"]
    assert "private" in response["Cache-Control"]
    assert not CourseRegistration.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_markup_in_the_form_is_never_reflected_unescaped(client, course):
    response = client.post(URL, valid_data(email="<script>alert(1)</script>"))
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


SUCCESS = (
    "Thank you: you are registered for “Grant writing”. We have sent you a confirmation email."
)


@pytest.mark.django_db
def test_same_email_again_gets_the_same_answer_and_the_notice_by_email(client, course):
    """The page must not tell anyone whether an address took a course; its owner learns it
    from their mailbox."""
    first = client.post(URL, valid_data(), follow=True)
    again = client.post(URL, valid_data(email="AIDA@Example.org", name="Aida B."), follow=True)
    assert page_messages(first) == page_messages(again) == [SUCCESS]
    assert CourseRegistration.objects.count() == 1
    assert len(mail.outbox) == 2
    notice = mail.outbox[1]
    assert notice.to == ["aida@example.org"]
    assert notice.subject == "You are already registered: Grant writing"
    assert "Hello Aida Bekova," in notice.body
    assert "already registered, so nothing has changed" in notice.body


@pytest.mark.django_db
@pytest.mark.parametrize("registered_before", [False, True])
def test_an_unsent_email_is_not_claimed_and_the_registration_is_kept(
    client, course, monkeypatch, registered_before
):
    if registered_before:
        client.post(URL, valid_data(), follow=True)

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("the mail server went away")

    monkeypatch.setattr("academy.registration.send_mail", refuse)
    response = client.post(URL, valid_data(), follow=True)

    assert page_messages(response) == [
        "You are registered for “Grant writing”, but we could not send you a confirmation "
        "email. Your registration is kept: there is no need to register again."
    ]
    assert CourseRegistration.objects.get().email == "aida@example.org"


@pytest.mark.django_db
def test_form_errors_speak_the_visitors_language(client, course, locales):
    course.copy_for_translation(locales["ru"], copy_parents=True, alias=True)
    response = client.post("/ru/academy/grant-writing/", valid_data(name=" ", email="aida@"))
    html = BeautifulSoup(response.content, "html.parser")
    errors = {
        field: html.select_one(f"#id_{field}")
        .find_parent(class_="form-field")
        .select_one(".errorlist")
        for field in ("name", "email")
    }
    assert errors["name"].get_text(strip=True) == "Укажите ваше имя."
    assert errors["email"].get_text(strip=True).startswith("Проверьте адрес электронной почты")
    assert page_messages(response) == ["Исправьте отмеченные поля и отправьте форму ещё раз."]


@pytest.mark.django_db
def test_registering_in_another_language_counts_as_the_same_course(client, course, locales):
    course.copy_for_translation(locales["ru"], copy_parents=True, alias=True)
    client.post(URL, valid_data(), follow=True)
    response = client.post("/ru/academy/grant-writing/", valid_data(), follow=True)
    assert page_messages(response)[0].startswith("Спасибо")  # as for a new registration
    assert "уже зарегистрированы" in mail.outbox[-1].subject  # "already registered"
    assert CourseRegistration.objects.count() == 1
    client.post("/ru/academy/grant-writing/", valid_data(email="timur@example.org"))
    russian = CourseRegistration.objects.get(email="timur@example.org")
    assert russian.locale.language_code == "ru"
    # The confirmation is written in the visitor's language and links to their page.
    assert "/ru/academy/grant-writing/" in mail.outbox[-1].body
    assert "2 learners registered" in client.get(URL).content.decode()


@pytest.mark.django_db
def test_database_refuses_a_second_registration_for_the_same_email(course):
    from django.db import IntegrityError, transaction

    CourseRegistrationFactory(course=course, email="Same@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseRegistrationFactory(course=course, email="same@EXAMPLE.org")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_open": False}, "Registration for this course is closed."),
        (
            {"registration_starts": datetime.date(2099, 1, 1)},
            "Registration for this course opens on",
        ),
        (
            {"registration_ends": datetime.date(2000, 1, 31)},
            "Registration for this course closed on",
        ),
    ],
)
def test_closed_course_has_no_form_and_refuses_posts(client, course, fields, message):
    for name, value in fields.items():
        setattr(course, name, value)
    course.save_revision().publish()
    response = client.get(URL)
    html = BeautifulSoup(response.content, "html.parser")
    assert not html.select("form.registration-form")
    assert message in html.select_one(".registration-closed").get_text()
    assert "private" not in response.get("Cache-Control", "")
    response = client.post(URL, valid_data(), follow=True)
    assert page_messages(response) == ["Registration for this course is closed."]
    assert not CourseRegistration.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_too_many_submissions_from_one_address_get_a_429_page(client, course, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = (5, 600)
    for number in range(5):
        response = client.post(URL, valid_data(email=f"person{number}@example.org"))
        assert response.status_code == 303
    response = client.post(URL, valid_data(email="sixth@example.org"))
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("header.site-header")  # the site's own design
    assert html.h1.get_text() == "Too many attempts"
    assert CourseRegistration.objects.count() == 5
    # Another address is not affected.
    other = Client(REMOTE_ADDR="10.0.0.7")
    assert other.post(URL, valid_data(email="other@example.org")).status_code == 303


@pytest.mark.django_db
def test_a_training_room_behind_one_address_registers_for_a_course(client, course):
    """Thirty learners in one room, one public address: the default limit lets them all in."""
    for number in range(30):
        response = client.post(URL, valid_data(email=f"learner{number}@example.org"))
        assert response.status_code == 303
    assert CourseRegistration.objects.count() == 30


@pytest.mark.django_db
def test_the_address_limit_counts_each_course_apart(client, course, academy, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = (2, 600)
    other = CoursePageFactory(parent=academy, title="Budgets", slug="budgets", code="NGO-102")
    client.post(URL, valid_data(email="one@example.org"))
    client.post(URL, valid_data(email="two@example.org"))
    assert client.post(URL, valid_data(email="three@example.org")).status_code == 429
    response = client.post(other.url, valid_data(email="three@example.org"))
    assert response.status_code == 303


@pytest.mark.django_db
def test_one_email_address_is_limited_over_all_addresses(client, course, settings):
    """Each valid form may email its address: nobody may flood someone's mailbox."""
    settings.ACADEMY_REGISTRATION_EMAIL_RATE_LIMIT = (3, 3600)
    for number in range(3):
        sender = Client(REMOTE_ADDR=f"10.0.1.{number}")
        assert sender.post(URL, valid_data()).status_code == 303
    response = Client(REMOTE_ADDR="10.0.1.9").post(URL, valid_data(email="Aida@example.org"))
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "for this email address" in response.content.decode()
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_behind_the_proxy_each_client_is_counted_apart(course, settings):
    """With TRUSTED_PROXY_COUNT=1 the proxy's own address is not the client's."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = (2, 600)

    def behind_proxy(client_address, forged="203.0.113.99"):
        forwarded = f"{forged}, {client_address}"
        return Client(REMOTE_ADDR="10.0.0.1", headers={"x-forwarded-for": forwarded})

    for number in range(2):
        assert behind_proxy("198.51.100.7").post(URL, valid_data(email=f"a{number}@example.org"))
    assert behind_proxy("198.51.100.7", forged="1.2.3.4").post(URL, valid_data()).status_code == 429
    assert behind_proxy("198.51.100.8").post(URL, valid_data()).status_code == 303


@pytest.mark.django_db
def test_invalid_submissions_count_against_the_limit_too(client, course, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = (2, 600)
    client.post(URL, valid_data(email="bad"))
    client.post(URL, valid_data(email="bad"))
    assert client.post(URL, valid_data()).status_code == 429
    assert not CourseRegistration.objects.exists()


@pytest.mark.django_db
def test_csrf_is_enforced(course):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post(URL, valid_data()).status_code == 403
    assert not CourseRegistration.objects.exists()
    token = browser.get("/csrf-token").json()["token"]
    response = browser.post(URL, valid_data(csrfmiddlewaretoken=token))
    assert response.status_code == 303
    assert CourseRegistration.objects.count() == 1


@pytest.mark.django_db
def test_honeypot_submissions_look_successful_but_are_dropped(client, course):
    response = client.post(URL, valid_data(homepage="http://spam.example"), follow=True)
    assert "you are registered" in page_messages(response)[0]
    assert not CourseRegistration.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_index_page_refuses_posts(client, course):
    assert client.post("/en/academy/", valid_data()).status_code == 405
