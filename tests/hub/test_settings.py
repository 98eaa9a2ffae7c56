"""Settings come from the environment; production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env=None):
    base_env = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE is set by tests/browser/conftest.py for Playwright; a
        # deployment must not have it, and check --deploy says so.
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "REDIS_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base_env, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_setting(expression, settings_module="hub.settings.dev", env=None):
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    "env, missing",
    [
        ({}, "SECRET_KEY and ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": "hub.example.org"}, "SECRET_KEY"),
    ],
)
def test_production_without_secrets_stops_with_one_line(env, missing):
    result = run_manage("check", env={"DJANGO_SETTINGS_MODULE": "hub.settings.production", **env})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"hub: Production settings need {missing} in the environment; "
        "see README.md, section Configuration."
    ]


def test_production_passes_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": "a-long-random-production-secret-" + "k3y" * 20,
            "ALLOWED_HOSTS": "hub.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_database_comes_from_database_url():
    engine = read_setting(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME']",
        env={"DATABASE_URL": "postgres://hub@127.0.0.1:5432/hubdb"},
    )
    assert engine == "django.db.backends.postgresql hubdb"


def test_redis_url_switches_the_cache_to_redis():
    backend = read_setting(
        "settings.CACHES['default']['BACKEND']", env={"REDIS_URL": "redis://127.0.0.1:6379/1"}
    )
    assert backend == "django_redis.cache.RedisCache"
    assert read_setting("settings.CACHES['default']['BACKEND']") == (
        "django.core.cache.backends.locmem.LocMemCache"
    )


def test_elasticsearch_url_switches_search_with_the_default_prefix():
    backend = read_setting(
        "settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], "
        "settings.WAGTAILSEARCH_BACKENDS['default']['INDEX_PREFIX']",
        env={"ELASTICSEARCH_URL": "http://127.0.0.1:9200"},
    )
    # The hub's subclasses of Wagtail's backends (search/backends/) add per-language analysis.
    assert backend == "search.backends.elasticsearch9 hub_"
    assert read_setting("settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']") == (
        "search.backends.database"
    )


def test_machine_translation_is_dummy_only_in_development():
    translator = "getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)"
    assert "DummyTranslator" in read_setting(translator)
    production_env = {"SECRET_KEY": "s" * 50, "ALLOWED_HOSTS": "hub.example.org"}
    assert read_setting(translator, "hub.settings.production", production_env) == "None"
    deepl = read_setting(
        translator, "hub.settings.production", {**production_env, "DEEPL_AUTH_KEY": "key"}
    )
    assert "DeepLTranslator" in deepl


def test_languages_are_the_eight_locales_in_order(settings):
    assert [code for code, _ in settings.LANGUAGES] == [
        "en",
        "ru",
        "kk",
        "ky",
        "tg",
        "tk",
        "uz",
        "az",
    ]
    assert settings.WAGTAIL_I18N_ENABLED
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS


def test_cdn_purging_is_configured_from_the_environment():
    installed = "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS"
    assert read_setting(f"settings.WAGTAILFRONTENDCACHE, {installed}") == "{} False"
    proxy = {"FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081"}
    assert read_setting(installed, env=proxy) == "True"
    backends = read_setting(
        "sorted((name, b['BACKEND'].rsplit('.', 1)[1]) for name, b in "
        "settings.WAGTAILFRONTENDCACHE.items())",
        env={
            "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFLARE_ZONE_ID": "zone",
        },
    )
    assert backends == "[('cloudflare', 'CloudflareBackend'), ('proxy', 'HTTPBackend')]"
