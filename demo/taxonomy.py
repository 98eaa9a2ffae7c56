"""Locales, the programme's countries and themes, and a few people."""

from decimal import Decimal

from django.conf import settings
from wagtail.models import Locale

from core.models import Country, Person, Theme

from . import data
from .utils import demo_image, demo_key, source_locale

_TEXTS = data.read("taxonomy")
# (name, ISO code, latitude, longitude)
COUNTRIES = data.records(_TEXTS["countries"], ("name", "iso_code", "latitude", "longitude"))
# (slug, name, description)
THEMES = data.records(_TEXTS["themes"], ("slug", "name", "description"))
# (name, role, note)
PEOPLE = data.records(_TEXTS["people"], ("name", "role", "note"))


def load(log):
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = source_locale()
    for name, iso_code, latitude, longitude in COUNTRIES:
        Country.objects.get_or_create(
            translation_key=demo_key(f"country:{iso_code}"),
            locale=english,
            defaults={
                "name": name,
                "iso_code": iso_code,
                "latitude": Decimal(latitude),
                "longitude": Decimal(longitude),
            },
        )
    for slug, name, description in THEMES:
        Theme.objects.get_or_create(
            translation_key=demo_key(f"theme:{slug}"),
            locale=english,
            defaults={"name": name, "slug": slug, "description": description},
        )
    for name, role, bio in PEOPLE:
        Person.objects.get_or_create(
            translation_key=demo_key(f"person:{name}"),
            locale=english,
            defaults={
                "name": name,
                "role": role,
                "bio": f"{bio} (Sample person for demonstration.)",
                "photo": demo_image(f"person:{name}", f"Portrait: {name}", 400, 400),
            },
        )
    log(f"taxonomy: {len(COUNTRIES)} countries, {len(THEMES)} themes, {len(PEOPLE)} people")


def reset():
    Country.objects.all().delete()
    Theme.objects.all().delete()
    Person.objects.all().delete()
