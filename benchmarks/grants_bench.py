"""The grants map's GeoJSON and the grants page with 10,000 grantees.

Run with ``.venv/bin/python benchmarks/grants_bench.py`` (or ``make bench``). It seeds a
throw-away SQLite database with raw bulk inserts into the page tree (fast, and fine for
a measurement), then times the endpoints against a minimal Django view.
"""

import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import (  # noqa: E402
    bulk_child_pages,
    english_home,
    insert_specific_rows,
    measure,
    report,
    setup_django,
)

GRANTEES = 10_000
PHOTOS = 5
COUNTRIES = [
    ("AZ", "Azerbaijan", 40.4, 49.9),
    ("KZ", "Kazakhstan", 43.2, 76.9),
    ("KG", "Kyrgyzstan", 42.9, 74.6),
    ("TJ", "Tajikistan", 38.6, 68.8),
    ("TM", "Turkmenistan", 37.9, 58.4),
    ("UZ", "Uzbekistan", 41.3, 69.2),
]
THEMES = ["fair-housing", "older-people", "green-technology", "civic-participation"]


def seed():
    import random

    from django.db import transaction

    from core.models import Country, Theme
    from grants.models import Grant, GranteePage, GranteePhoto, GrantsIndexPage

    rng = random.Random(5)
    home = english_home()
    english = home.locale
    index = home.add_child(instance=GrantsIndexPage(title="Grants", slug="grants"))
    countries = [
        Country.objects.create(name=name, iso_code=code, latitude=lat, longitude=lon)
        for code, name, lat, lon in COUNTRIES
    ]
    themes = [Theme.objects.create(name=slug.title(), slug=slug) for slug in THEMES]
    images = sample_photos()

    with transaction.atomic():
        pages = bulk_child_pages(
            index, GranteePage, [f"Grantee {number:05d}" for number in range(GRANTEES)]
        )
        grantees = grantee_rows(pages, countries, rng)
        insert_specific_rows(GranteePage, grantees)
        Grant.objects.bulk_create(
            [
                Grant(
                    grantee_id=page.pk,
                    locale=english,
                    reference=f"SG-{number:05d}",
                    title="Training and materials",
                    amount=Decimal(rng.randint(2_000, 15_000)),
                    start_date=f"{rng.randint(2016, 2021)}-0{rng.randint(1, 9)}-15",
                    theme=rng.choice(themes),
                )
                for number, page in enumerate(pages)
            ],
            batch_size=1000,
        )
        GranteePhoto.objects.bulk_create(
            [
                GranteePhoto(
                    page_id=page.pk, locale=english, image=images[n % PHOTOS], alt_text="x"
                )
                for n, page in enumerate(pages)
            ],
            batch_size=1000,
        )
    return index


def sample_photos():
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    images = []
    for number in range(PHOTOS):
        buffer = io.BytesIO()
        PILImage.new("RGB", (800, 600), (40 * number, 120, 160)).save(buffer, "JPEG")
        image = get_image_model()(title=f"Photo {number}")
        image.file = ImageFile(buffer, name=f"photo-{number}.jpg")
        image.save()
        images.append(image)
    return images


def grantee_rows(pages, countries, rng):
    """The grantee rows of the bulk-created pages, at random places in the six countries."""
    from grants.models import GranteePage

    grantees = []
    for page in pages:
        code, _name, lat, lon = rng.choice(COUNTRIES)
        grantees.append(
            GranteePage(
                page_ptr_id=page.pk,
                country=countries[[c[0] for c in COUNTRIES].index(code)],
                city="City",
                latitude=Decimal(f"{lat + rng.uniform(-2, 2):.6f}"),
                longitude=Decimal(f"{lon + rng.uniform(-2, 2):.6f}"),
                project_title="A community project",
                project_summary="The project trained volunteers and helped residents. " * 3,
                beneficiaries=rng.randint(100, 10_000),
                body=[],
                social_links=[],
            )
        )
    return grantees


def main():
    started = time.perf_counter()
    folder = setup_django()
    seed()
    print(f"seeded {GRANTEES:,} grantees in {time.perf_counter() - started:.0f} s ({folder})")
    results = measure(
        {
            "GET /api/grants/map.geojson (10,000)": "/api/grants/map.geojson",
            "GET /api/grants/map.geojson?country=KG": "/api/grants/map.geojson?country=KG",
            "GET /api/grants/stats": "/api/grants/stats",
            "GET /en/grants/ (stats + list page 1)": "/en/grants/",
            "GET /en/grants/?theme=older-people&year=2019": (
                "/en/grants/?theme=older-people&year=2019"
            ),
        },
        repeat=7,
    )
    report(f"Grants with {GRANTEES:,} grantees (median of 7 requests)", results)


if __name__ == "__main__":
    main()
