"""``/sitemap.xml``: every locale's published pages, each with its translations as alternates.

Django's and Wagtail's sitemaps list one language only. Aliases (pages not translated yet,
which repeat the English text) are left out so search engines see each text once; each
translation lists the others with ``xhtml:link rel="alternate" hreflang``.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .privacy import public_in_every_locale

MAX_URLS = 50_000  # the sitemap protocol's limit for one file


def sitemap_entries(request):
    pages = (
        public_in_every_locale(Page.objects.live())
        .filter(alias_of__isnull=True, depth__gte=2)
        .select_related("locale")
        .order_by("path", "locale_id")[:MAX_URLS]
    )
    by_key = defaultdict(list)
    for page in pages:
        url = page.get_full_url(request)
        if url:
            by_key[page.translation_key].append((page, url))
    entries = []
    for translations in by_key.values():
        alternates = [(page.locale.language_code, url) for page, url in translations]
        default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
        for page, url in translations:
            entries.append(
                {
                    "location": url,
                    "lastmod": page.last_published_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                    "x_default": default if len(alternates) > 1 else None,
                }
            )
    return entries


@require_GET
def sitemap(request):
    xml = render_to_string("sitemap.xml", {"entries": sitemap_entries(request)})
    response = HttpResponse(xml, content_type="application/xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
