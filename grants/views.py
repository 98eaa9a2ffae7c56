"""What the grants page and a grantee's profile put in their templates' context."""

import json
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model

from articles.related import publications_about
from core.models import Country
from core.page_cache import kept_until_publish, without_prefetched_renditions

from .filters import GrantFilters
from .queries import GrantsScope, attach_listing_data, country_names, theme_names, with_first_photo
from .stats import grant_statistics

SOCIAL_NETWORKS = {
    "facebook.com": "Facebook",
    "instagram.com": "Instagram",
    "t.me": "Telegram",
    "telegram.me": "Telegram",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "x.com": "X",
    "twitter.com": "X",
    "linkedin.com": "LinkedIn",
    "vk.com": "VK",
    "ok.ru": "OK",
    "tiktok.com": "TikTok",
}

# Characters that could end a <script> element or start HTML inside JSON-LD.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def map_settings():
    return {"tile_url": settings.MAP_TILE_URL, "attribution": settings.MAP_ATTRIBUTION}


def _kept(request, key, build):
    """``build()`` kept until the next publish for the live page, afresh for a preview."""
    if getattr(request, "is_preview", False):
        return build()
    return kept_until_publish(key, build)


def _index_figures(page, filters):
    """What the grants page shows the same to every visitor under ``filters``: statistics,
    the filters' options and the names and codes the listing's cards need."""
    return {
        "statistics": grant_statistics(
            page.locale, filters, scope=GrantsScope(page.locale, filters)
        ),
        "countries": country_names(page.locale),
        "themes": theme_names(page.locale),
        "years": [
            day.year for day in GrantsScope(page.locale).grants().dates("start_date", "year")
        ],
        "iso_codes": dict(Country.objects.values_list("pk", "iso_code")),
    }


def grants_index_context(page, request):
    filters, filter_errors = GrantFilters.from_query(request.GET)
    figures = _kept(
        request,
        f"grants-index:{page.pk}:{urlencode(filters.as_query())}",
        lambda: _index_figures(page, filters),
    )
    countries, themes = figures["countries"], figures["themes"]
    grantees = with_first_photo(
        GrantsScope(page.locale, filters).grantees().order_by("title", "pk")
    )
    page_obj = Paginator(grantees, page.grantees_per_page).get_page(request.GET.get("page"))
    page_obj.object_list = attach_listing_data(
        page_obj.object_list, page.locale, names=countries, iso_codes=figures["iso_codes"]
    )
    api_query = urlencode({"locale": page.locale.language_code, **filters.as_query()})
    return {
        "filters": filters,
        "filter_errors": list(filter_errors.values()),
        "statistics": figures["statistics"],
        "page_obj": page_obj,
        "grantees": page_obj.object_list,
        "country_options": sorted(countries.items(), key=lambda item: item[1]),
        "theme_options": sorted(themes.items(), key=lambda item: item[1]),
        "year_options": figures["years"],
        "selected_country_name": countries.get(filters.country, filters.country),
        "selected_theme_name": themes.get(filters.theme, filters.theme),
        "geojson_url": f"{reverse('grants-map-geojson')}?{api_query}",
        "stats_url": f"{reverse('grants-stats')}?{api_query}",
        "csv_url": f"{reverse('grants-csv')}?{api_query}",
        "map": map_settings(),
    }


def social_label(url):
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.").removeprefix("m.")
    return SOCIAL_NETWORKS.get(host, host or url)


def organisation_json_ld(page, request, grants):
    """schema.org ``Organization`` of a grantee as a safe ``<script>`` element."""
    same_as = [page.website] if page.website else []
    same_as += [link.value for link in page.social_links]
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": page.title,
        "url": page.get_full_url(request),
        "description": page.project_summary,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": page.address,
            "addressLocality": page.city,
            "addressRegion": page.region,
            "addressCountry": page.country.iso_code if page.country_id else "",
        },
        "location": {
            "@type": "Place",
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
            },
        },
    }
    optional = {
        "alternateName": page.short_name,
        "email": page.email,
        "telephone": page.phone,
        "sameAs": same_as,
    }
    data.update({key: value for key, value in optional.items() if value})
    if page.logo_id:
        data["logo"] = request.build_absolute_uri(page.logo.get_rendition("fill-300x300").url)
    if page.contact_name:
        data["contactPoint"] = {
            "@type": "ContactPoint",
            "name": page.contact_name,
            "contactType": page.contact_role or "project contact",
        }
    if grants:
        data["funder"] = {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above


def _grantee_details(page):
    """What a grantee's profile shows besides its own fields, the same for every visitor:
    grants, themes, country, pictures and related publications."""
    grants = list(page.grants.select_related("theme").order_by("sort_order", "start_date"))
    themes = theme_names(page.locale)
    for grant in grants:
        grant.theme_name = themes.get(grant.theme.slug, grant.theme.name) if grant.theme else ""
    page_themes = list(page.themes.all())
    country = Country.objects.filter(pk=page.country_id).first() if page.country_id else None
    photos = list(page.gallery_images.select_related("image").order_by("sort_order"))
    logo = get_image_model().objects.filter(pk=page.logo_id).first() if page.logo_id else None
    related_pages = publications_about(
        page.locale_id,
        theme_slugs=[theme.slug for theme in page_themes],
        country_codes=[country.iso_code] if country else [],
    )
    without_prefetched_renditions(
        [logo, *(photo.image for photo in photos), *(item.listing_image for item in related_pages)]
    )
    return {
        "grants": grants,
        "theme_labels": [themes.get(theme.slug, theme.name) for theme in page_themes],
        "photos": photos,
        "logo": logo,
        "country": country,
        "country_name": country_names(page.locale).get(country.iso_code, "") if country else "",
        "related_pages": related_pages,
    }


def grantee_context(page, request):
    details = _kept(request, f"grantee:{page.pk}", lambda: _grantee_details(page))
    if details["country"] is not None:
        page.country = details["country"]
        page._country_name = details["country_name"]
    if details["logo"] is not None:
        page.logo = details["logo"]  # with its renditions
    osm = "https://www.openstreetmap.org/?" + urlencode(
        {"mlat": page.latitude, "mlon": page.longitude}
    )
    return {
        "grants": details["grants"],
        "theme_labels": details["theme_labels"],
        "photos": details["photos"],
        "social_links": [(social_label(link.value), link.value) for link in page.social_links],
        "json_ld": organisation_json_ld(page, request, details["grants"]),
        "map": map_settings(),
        "map_link": f"{osm}#map=12/{page.latitude}/{page.longitude}",
        "related_pages": details["related_pages"],
    }
