from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


def run():
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_generates_a_password_and_prints_it_once(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    output = run()
    password = output.split("password: ")[1].split()[0]
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    assert len(password) >= 16
    second = run()
    assert password not in second
    assert "unchanged" in second


@pytest.mark.django_db
def test_takes_the_password_from_the_environment(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("ADMIN_PASSWORD", "correct horse battery staple")
    output = run()
    assert "correct horse" not in output
    assert (
        get_user_model()
        .objects.get(username="admin")
        .check_password("correct horse battery staple")
    )


@pytest.mark.django_db
def test_refuses_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        run()
    assert not get_user_model().objects.exists()
