"""Sample grants programme: 101 grants worth exactly 773,254 USD to 80 organisations.

Everything is generated from a seeded random generator, so every run builds the same
grantees in the same real cities (coordinates jittered a little around the city centre).
All of it is sample data and says so.
"""

import datetime
from contextlib import contextmanager
from decimal import Decimal

from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import LocaleSynchronization

from core.models import Country, Theme
from demo import data
from demo.utils import SAMPLE_LABEL, demo_image, demo_random, ensure_page, find_page
from grants.models import Grant, GranteePage, GranteePhoto, GrantsIndexPage
from home.models import HomePage

_TEXTS = data.read("grants")

TOTAL_GRANTS = 101
TOTAL_AMOUNT = 773_254
ORGANISATIONS = 80
TOTAL_BENEFICIARIES = 600_000
FIRST_YEAR, LAST_YEAR = 2016, 2021
PHOTO_POOL = 10

# (city, region, latitude, longitude) of real towns in each country.
CITIES = {
    code: data.records(towns, ("city", "region", "latitude", "longitude"))
    for code, towns in _TEXTS["cities"].items()
}
PHONE_PREFIX = {"AZ": "+994", "KZ": "+7", "KG": "+996", "TJ": "+992", "TM": "+993", "UZ": "+998"}
# Organisations per country: every country has some, the larger ones more.
ORGANISATIONS_PER_COUNTRY = {"AZ": 12, "KZ": 17, "KG": 16, "TJ": 13, "TM": 7, "UZ": 15}

# theme slug: (organisation name patterns, project title patterns, what the project did)
THEME_STORIES = {
    slug: data.record(story, ("organisation_names", "project_titles", "what"))
    for slug, story in _TEXTS["theme_stories"].items()
}
CONTACT_NAMES = _TEXTS["contact_names"]


def _exact_parts(rng, count, total, low, high, step=1):
    """``count`` random whole numbers between about ``low`` and ``high`` adding up to ``total``."""
    weights = [rng.uniform(low, high) for _ in range(count)]
    scale = total / sum(weights)
    parts = [max(step, round(weight * scale / step) * step) for weight in weights]
    parts[-1] += total - sum(parts)
    return parts


def _grantee_specs(countries, themes):
    """Plain data of every sample organisation and its grants, the same on every run."""
    rng = demo_random("grants-programme")
    slots = [code for code, count in ORGANISATIONS_PER_COUNTRY.items() for _ in range(count)]
    assert len(slots) == ORGANISATIONS
    grants_per_org = [1] * ORGANISATIONS
    for index in rng.sample(range(ORGANISATIONS), TOTAL_GRANTS - ORGANISATIONS):
        grants_per_org[index] = 2
    amounts = _exact_parts(rng, TOTAL_GRANTS, TOTAL_AMOUNT, 3_000, 13_000)
    reached = _exact_parts(rng, ORGANISATIONS, TOTAL_BENEFICIARIES, 1_500, 13_500, step=10)
    theme_slugs = sorted(THEME_STORIES)
    names, specs, sequence = set(), [], 0
    for number, code in enumerate(slots):
        city, region, latitude, longitude = rng.choice(CITIES[code])
        theme = rng.choice(theme_slugs)
        name_patterns, _title_patterns, what = THEME_STORIES[theme]
        name = _unique_name(rng.choice(name_patterns).format(city=city), region, number, names)
        names.add(name)
        grants = []
        for order in range(grants_per_org[number]):
            sequence += 1
            grant_theme = theme if order == 0 else rng.choice(theme_slugs)
            grants.append(
                _grant_spec(rng, sequence, city, grant_theme, amounts[sequence - 1], themes)
            )
        slug = slugify(name)
        specs.append(
            {
                "key": f"grantee:{number:03d}",
                "name": name,
                "slug": slug,
                "country": countries[code],
                "city": city,
                "region": region,
                "latitude": Decimal(f"{latitude + rng.uniform(-0.03, 0.03):.6f}"),
                "longitude": Decimal(f"{longitude + rng.uniform(-0.03, 0.03):.6f}"),
                "what": what,
                "project_title": grants[0]["title"],
                "beneficiaries": reached[number],
                "phone": f"{PHONE_PREFIX[code]} {rng.randint(100, 999)} "
                f"{rng.randint(100000, 999999)}",
                "contact": rng.choice(CONTACT_NAMES),
                "photos": rng.sample(range(PHOTO_POOL), 2),
                "grants": grants,
            }
        )
    return specs


def _unique_name(name, region, number, names):
    """``name``, or if an organisation already has it, with the region (and the number)."""
    if name in names:
        name = f"{name} – {region}"
    if name in names:
        name = f"{name} {number}"
    return name


def _grant_spec(rng, sequence, city, theme_slug, amount, themes):
    """Plain data of the programme's ``sequence``-th grant, to an organisation in ``city``."""
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    start = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    end = start + datetime.timedelta(days=rng.randint(180, 540))
    return {
        "reference": f"SG-{year}-{sequence:03d}",
        "title": rng.choice(THEME_STORIES[theme_slug][1]).format(city=city),
        "amount": Decimal(amount),
        "start_date": start,
        "end_date": end,
        "status": Grant.Status.COMPLETED
        if end < datetime.date(2022, 6, 1)
        else Grant.Status.ACTIVE,
        "theme": themes[theme_slug],
    }


def _photo(number):
    return demo_image(
        f"grantee-photo-{number}", f"Grantee project (sample image {number + 1})", 1200, 800
    )


def _body(spec):
    return [
        {"type": "heading", "value": {"text": "The story", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>In {spec['city']}, {spec['name']} {spec['what']}. The small grant paid "
                "for training, materials and the time of local coordinators.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Results", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>The project reached {spec['beneficiaries']:,} people. Its methods are "
                "now used by neighbouring communities. (This is sample text.)</p>"
            ),
        },
    ]


def _ensure_grantee(index, spec, pool, aliases):
    grants = [
        Grant(locale=index.locale, sort_order=order, currency="USD", **grant)
        for order, grant in enumerate(spec["grants"])
    ]
    photos = [
        GranteePhoto(
            locale=index.locale,
            sort_order=order,
            image=pool[number],
            alt_text=f"Sample photo: a landscape near {spec['city']}",
            caption=f"Project area near {spec['city']} (sample image)",
        )
        for order, number in enumerate(spec["photos"])
    ]
    first = spec["grants"][0]["start_date"]
    return ensure_page(
        index,
        GranteePage,
        spec["key"],
        aliases=aliases,
        first_published_at=timezone.make_aware(datetime.datetime.combine(first, datetime.time(10))),
        title=spec["name"],
        slug=spec["slug"],
        country=spec["country"],
        region=spec["region"],
        city=spec["city"],
        latitude=spec["latitude"],
        longitude=spec["longitude"],
        address=f"{spec['city']}, {spec['region']} (sample address)",
        website=f"https://example.org/{spec['slug']}/",
        email=f"info@{spec['slug']}.example.org",
        phone=spec["phone"],
        contact_name=spec["contact"],
        contact_role="Project coordinator",
        project_title=spec["project_title"],
        project_summary=(
            f"{spec['name']} {spec['what']} in {spec['city']}. {SAMPLE_LABEL}: an invented "
            "organisation for demonstration."
        ),
        body=_body(spec),
        beneficiaries=spec["beneficiaries"],
        themes=sorted({grant["theme"] for grant in spec["grants"]}, key=lambda t: t.slug),
        grants=grants,
        gallery_images=photos,
    )


def _add_home_figures(index):
    home = find_page(HomePage, "home")
    if home is None or any(block.block_type == "grants_figures" for block in home.sections):
        return False
    home.sections.append(
        ("grants_figures", {"title": "Small grants in figures", "grants_page": index})
    )
    home.save_revision(log_action=False).publish(log_action=False)
    return True


@contextmanager
def _indexing_once_at_the_end(models):
    """Skip the reference and search index updates of every save while a section loads.

    Each grantee page is saved several times while it is created, published and aliased
    into seven languages, and every save of it or of one of its grants re-indexes the
    page. The loader indexes each new page once afterwards instead.
    """
    for model in models:
        post_save.disconnect(search_post_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_post_save, sender=model)


def _index_pages(pages):
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(GranteePage, [page for page in pages if isinstance(page, GranteePage)])
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)


def _alias_section(index):
    """Alias the whole grants section into every synchronised language in one pass.

    This is what wagtail-localize does page by page for new pages, done recursively so
    the children are copied with a quick tree insert.
    """
    for sync in LocaleSynchronization.objects.filter(sync_from=index.locale).select_related(
        "locale"
    ):
        if index.has_translation(sync.locale):
            continue
        parent = index.get_parent().get_translation(sync.locale)
        index.create_alias(
            recursive=True,
            parent=parent,
            update_slug=find_available_slug(parent, index.slug),
            update_locale=sync.locale,
            reset_translation_key=False,
        )


def load(log):
    home = find_page(HomePage, "home")
    english = home.locale
    countries = {c.iso_code: c for c in Country.objects.filter(locale=english)}
    themes = {t.slug: t for t in Theme.objects.filter(locale=english)}
    pool = [_photo(number) for number in range(PHOTO_POOL)]
    # A new section is built in English first and aliased in one pass; on a rerun any
    # missing grantee gets its aliases the ordinary way.
    new_section = find_page(GrantsIndexPage, "grants") is None
    with _indexing_once_at_the_end([GranteePage, GrantsIndexPage]):
        index, _ = ensure_page(
            home,
            GrantsIndexPage,
            "grants",
            aliases=not new_section,
            title="Grants",
            slug="grants",
            show_in_menus=True,
            intro=(
                "The small-grants scheme supported non-governmental organisations in all six "
                "countries of the region. Filter the map and the figures by country, theme "
                f"and year. ({SAMPLE_LABEL}: the organisations below are invented.)"
            ),
        )
        created = [
            page
            for page, was_created in (
                _ensure_grantee(index, spec, pool, aliases=not new_section)
                for spec in _grantee_specs(countries, themes)
            )
            if was_created
        ]
        if new_section:
            _alias_section(index)
    if created:
        keys = [page.translation_key for page in created] + [index.translation_key]
        grantees = (
            GranteePage.objects.filter(translation_key__in=keys)
            .select_related("country")
            .prefetch_related("grants", "gallery_images", "themes")
        )
        _index_pages([*grantees, *GrantsIndexPage.objects.filter(translation_key__in=keys)])
    figures = _add_home_figures(index)
    log(
        f"grants: {len(created)} new grantee pages ({ORGANISATIONS} in all, {TOTAL_GRANTS} "
        f"grants, {TOTAL_AMOUNT:,} USD){', figures on the home page' if figures else ''}"
    )
