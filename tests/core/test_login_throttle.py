import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "e@example.org", "right-password")


def attempt(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


@pytest.mark.django_db
def test_login_is_refused_after_repeated_failures(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        assert attempt(client, "wrong").status_code == 200  # the form with its error
    refused = attempt(client, "right-password")
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert refused["Retry-After"] == str(settings.LOGIN_FAILURE_WINDOW)
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_successful_login_clears_the_count(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    attempt(client, "wrong")
    attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302
    client.logout()
    attempt(client, "wrong")
    attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302


@pytest.mark.django_db
def test_other_addresses_are_not_affected(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    attempt(client, "wrong")
    attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 429
    other = client.post(
        "/admin/login/",
        {"username": "editor", "password": "right-password"},
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 302


def attempt_through_proxy(client, client_address, password):
    """A login through the reverse proxy at 10.0.0.1, which appends the client's address."""
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR="10.0.0.1",
        headers={"x-forwarded-for": f"203.0.113.50, {client_address}"},
    )


@pytest.mark.django_db
def test_behind_the_proxy_one_guesser_does_not_lock_every_editor_out(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.LOGIN_FAILURE_LIMIT = 2
    attempt_through_proxy(client, "198.51.100.7", "wrong")
    attempt_through_proxy(client, "198.51.100.7", "wrong")
    assert attempt_through_proxy(client, "198.51.100.7", "right-password").status_code == 429
    assert attempt_through_proxy(client, "198.51.100.8", "right-password").status_code == 302


@pytest.mark.django_db
def test_without_a_trusted_proxy_a_forged_header_changes_nothing(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    attempt_through_proxy(client, "198.51.100.7", "wrong")
    attempt_through_proxy(client, "198.51.100.8", "wrong")
    assert attempt_through_proxy(client, "198.51.100.9", "right-password").status_code == 429
