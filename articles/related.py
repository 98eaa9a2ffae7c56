"""Publications related to a page: the ones editors chose, or the newest about the same themes.

``publications_about`` is what other apps may use of this one (a grantee's profile lists
the news and library items about its country and themes; docs/architecture.md, "Layers").
"""

import datetime

from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
    prefetch_related_objects,
)
from wagtail.images import get_image_model
from wagtail.models import Page

from core.privacy import public_in_every_locale

from .listing import NEWEST_FIRST, newest_first


def with_hero_images(pages):
    """Fetch the hero images and their renditions of pages of any publication types."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model_pages in by_model.values():
        if hasattr(model_pages[0], "hero_image_id"):
            prefetch_related_objects(
                model_pages,
                Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions()),
            )
    return pages


def related_publications(page, limit=3, themes=None):
    """The pages chosen by editors, in the reader's language where translated; when none are
    chosen, the newest pages of the same type in the same language that share a theme
    (``themes``, the page's own, where the caller has read them already)."""
    links = list(page.related_links.select_related("related_page"))
    if links:
        keys = [link.related_page.translation_key for link in links]
        candidates = (
            public_in_every_locale(Page.objects.live())
            .filter(
                Q(pk__in=[link.related_page_id for link in links])
                | Q(translation_key__in=keys, locale_id=page.locale_id)
            )
            .exclude(pk=page.pk)
            .specific()
        )
        by_key = {}
        for candidate in candidates:
            if candidate.locale_id == page.locale_id or candidate.translation_key not in by_key:
                by_key[candidate.translation_key] = candidate
        return with_hero_images([by_key[key] for key in dict.fromkeys(keys) if key in by_key])
    slugs = [theme.slug for theme in (page.themes.all() if themes is None else themes)]
    if not slugs:
        return []
    sharing_a_theme = (
        public_in_every_locale(type(page).objects.live())
        .filter(locale_id=page.locale_id, themes__slug__in=slugs)
        .exclude(pk=page.pk)
        .distinct()
    )
    return with_hero_images(list(newest_first(sharing_a_theme)[:limit]))


def publications_about(locale_id, theme_slugs=(), country_codes=(), limit=3):
    """The news and library items in a language that share a theme or a country.

    For pages outside this app (a grantee's profile): items about the same country and
    one of the same themes come first, each group newest first. One query a page type
    (plus the hero images), whatever the number of matches."""
    from .models import ArticlePage, NewsPage

    if not theme_slugs and not country_codes:
        return []
    candidates = []
    for model in (NewsPage, ArticlePage):
        shares_theme = Exists(
            model.objects.filter(pk=OuterRef("pk"), themes__slug__in=list(theme_slugs))
        )
        shares_country = Exists(
            model.objects.filter(pk=OuterRef("pk"), countries__iso_code__in=list(country_codes))
        )
        matching = (
            public_in_every_locale(model.objects.live())
            .filter(locale_id=locale_id)
            .filter(shares_theme | shares_country)
            .annotate(shares_both=ExpressionWrapper(shares_theme & shares_country, BooleanField()))
        )
        candidates.extend(matching.order_by("-shares_both", *NEWEST_FIRST)[:limit])

    def date(page):
        published = page.first_published_at
        return page.publication_date or (published.date() if published else datetime.date.min)

    candidates.sort(key=lambda page: (page.shares_both, date(page), page.pk), reverse=True)
    return with_hero_images(candidates[:limit])
