"""Locales, the programme's countries and themes, and a few people."""

from decimal import Decimal

from django.conf import settings
from wagtail.models import Locale

from core.models import Country, Person, Theme

from .utils import demo_image, demo_key, source_locale

COUNTRIES = [
    ("Azerbaijan", "AZ", "40.143105", "47.576927"),
    ("Kazakhstan", "KZ", "48.019573", "66.923684"),
    ("Kyrgyzstan", "KG", "41.204380", "74.766098"),
    ("Tajikistan", "TJ", "38.861034", "71.276093"),
    ("Turkmenistan", "TM", "38.969719", "59.556278"),
    ("Uzbekistan", "UZ", "41.377491", "64.585262"),
]

THEMES = [
    (
        "fair-housing",
        "Fair housing",
        "Tenants' rights, safe homes and fair rules for shared apartment blocks.",
    ),
    (
        "older-people",
        "Older people",
        "Care, income and a voice in public life for people over sixty.",
    ),
    (
        "mercury-free-products",
        "Mercury-free products",
        "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.",
    ),
    (
        "green-technology",
        "Green technology",
        "Solar water heaters, efficient stoves and other low-carbon tools for households.",
    ),
    (
        "sustainable-development",
        "Sustainable development",
        "Local plans that balance jobs, water, land and the needs of future generations.",
    ),
    (
        "civic-participation",
        "Civic participation",
        "Public hearings, community councils and people taking part in local decisions.",
    ),
    (
        "access-to-information",
        "Access to information",
        "Open budgets, public records and the right to ask the authorities questions.",
    ),
    (
        "inclusive-education",
        "Inclusive education",
        "Schools and courses that welcome learners with disabilities and from every background.",
    ),
]

PEOPLE = [
    ("Aigerim Sadykova", "Programme coordinator", "Coordinates the small-grants scheme."),
    ("Rustam Nazarov", "Policy analyst", "Writes about local self-government and budgets."),
    ("Leyla Mammadova", "Academy lead", "Designs the distance-learning courses."),
    ("Bakhtiyor Yusupov", "Environmental expert", "Advises grantees on green technology."),
    ("Gulnara Toktogulova", "Communications officer", "Edits the newsroom and the library."),
    ("Dovlet Atayev", "Trainer", "Teaches project management to NGO staff."),
]


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
