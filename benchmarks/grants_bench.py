"""The grants map's GeoJSON and the grants page with 10,000 grantees.

Run with ``.venv/bin/python benchmarks/grants_bench.py`` (or ``make bench``). It seeds a
throw-away SQLite database with raw bulk inserts into the page tree (fast, and fine for
a measurement), then times the endpoints against a minimal Django view.
"""

import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import measure, report, setup_django  # noqa: E402

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
    import io
    import random

    from django.contrib.contenttypes.models import ContentType
    from django.core.files.images import ImageFile
    from django.db import connection, transaction
    from PIL import Image as PILImage
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, Site

    from grants.models import Grant, GranteePage, GranteePhoto, GrantsIndexPage
    from home.models import HomePage
    from hub.models import Country, Theme

    rng = random.Random(5)
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Home", slug="home", hero_title="Hub"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    index = home.add_child(instance=GrantsIndexPage(title="Grants", slug="grants"))
    countries = [
        Country.objects.create(name=name, iso_code=code, latitude=lat, longitude=lon)
        for code, name, lat, lon in COUNTRIES
    ]
    themes = [Theme.objects.create(name=slug.title(), slug=slug) for slug in THEMES]
    images = []
    for number in range(PHOTOS):
        buffer = io.BytesIO()
        PILImage.new("RGB", (800, 600), (40 * number, 120, 160)).save(buffer, "JPEG")
        image = get_image_model()(title=f"Photo {number}")
        image.file = ImageFile(buffer, name=f"photo-{number}.jpg")
        image.save()
        images.append(image)

    content_type = ContentType.objects.get_for_model(GranteePage)
    with transaction.atomic():
        pages = []
        for number in range(GRANTEES):
            slug = f"grantee-{number:05d}"
            pages.append(
                Page(
                    title=f"Grantee {number:05d}",
                    draft_title=f"Grantee {number:05d}",
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(index.path, index.depth + 1, number + 1),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    locale=english,
                    translation_key=uuid.uuid4(),
                )
            )
        Page.objects.bulk_create(pages, batch_size=500)
        fields = GranteePage._meta.local_concrete_fields
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        sql = (
            f"INSERT INTO {connection.ops.quote_name(GranteePage._meta.db_table)} ({columns}) "
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        rows = []
        for page in pages:
            code, _name, lat, lon = rng.choice(COUNTRIES)
            grantee = GranteePage(
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
            rows.append(
                [
                    field.get_db_prep_save(field.pre_save(grantee, True), connection)
                    for field in fields
                ]
            )
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)
        Page.objects.filter(pk=index.pk).update(numchild=GRANTEES)
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


def main():
    started = time.perf_counter()
    folder = setup_django()
    seed()
    print(f"seeded {GRANTEES:,} grantees in {time.perf_counter() - started:.0f} s ({folder})")
    filtered = "/en/grants/?theme=older-people&year=2019"
    results = measure(
        {
            "GET /api/grants/map.geojson (10,000)": "/api/grants/map.geojson",
            "GET /api/grants/map.geojson?country=KG": "/api/grants/map.geojson?country=KG",
            "GET /api/grants/stats": "/api/grants/stats",
            "GET /en/grants/ (stats + list page 1)": "/en/grants/",
            f"GET {filtered}": filtered,
        },
        repeat=7,
    )
    report(f"Grants with {GRANTEES:,} grantees (median of 7 requests)", results)


if __name__ == "__main__":
    main()
