"""Query shaping for everything that lists grantees or grants: page, map, statistics, CSV.

``GrantsScope`` is the one definition of "the grantees and grants a visitor may see in a
locale, under these filters": live grantee pages of that locale that no view restriction
reaches (in any language: core/privacy.py), matched by their country and by their grants'
theme and start year.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.i18n import taxonomy_names
from core.models import Country, Theme
from core.privacy import public_in_every_locale

from .filters import GrantFilters
from .models import Grant, GranteePage, GranteePhoto


class GrantsScope:
    def __init__(self, locale, filters=None):
        self.locale = locale
        self.filters = filters or GrantFilters()
        # The view restrictions are read once, here, for every query below.
        self.visible_grantees = public_in_every_locale(
            GranteePage.objects.live().filter(locale=locale)
        )

    def _grant_conditions(self, grants):
        if self.filters.theme:
            grants = grants.filter(theme__slug=self.filters.theme)
        if self.filters.year:
            grants = grants.filter(start_date__year=self.filters.year)
        return grants

    def grants(self):
        """Grants of the visible grantees that match every filter."""
        grants = Grant.objects.filter(grantee__in=self.visible_grantees.values("pk"))
        if self.filters.country:
            grants = grants.filter(grantee__country__iso_code=self.filters.country)
        return self._grant_conditions(grants)

    def grantees(self):
        """Visible grantees in the filtered country with at least one matching grant.

        Without a theme or year filter every grantee counts, including one whose grants
        are not entered yet.
        """
        grantees = self.visible_grantees
        if self.filters.country:
            grantees = grantees.filter(country__iso_code=self.filters.country)
        if self.filters.selects_grants:
            matching = self._grant_conditions(Grant.objects.filter(grantee_id=OuterRef("pk")))
            grantees = grantees.filter(Exists(matching))
        return grantees


def locale_for(language_code=None):
    """The Locale of ``language_code`` (default: the source language), or None."""
    return Locale.objects.filter(language_code=language_code or settings.LANGUAGE_CODE).first()


def country_names(locale):
    return taxonomy_names(Country, "iso_code", locale)


def theme_names(locale):
    return taxonomy_names(Theme, "slug", locale)


def with_first_photo(grantees):
    """Annotate each grantee with the image id of its first gallery photo."""
    first = GranteePhoto.objects.filter(page_id=OuterRef("pk")).order_by("sort_order", "pk")
    return grantees.annotate(first_photo_id=Subquery(first.values("image_id")[:1]))


def attach_listing_data(grantees, locale, *renditions, names=None, iso_codes=None):
    """Give a page of grantees their photo (with renditions) and localised country name.

    ``grantees`` must come from ``with_first_photo``. Four queries whatever their number,
    two where the caller passes the country ``names`` and ``iso_codes`` it already has.
    """
    grantees = list(grantees)
    photo_ids = {grantee.first_photo_id for grantee in grantees if grantee.first_photo_id}
    images = get_image_model().objects.filter(pk__in=photo_ids).prefetch_renditions(*renditions)
    photos = {image.pk: image for image in images} if photo_ids else {}
    if names is None:
        names = country_names(locale)
    if iso_codes is None:
        iso_codes = dict(Country.objects.values_list("pk", "iso_code")) if grantees else {}
    for grantee in grantees:
        grantee._listing_photo = photos.get(grantee.first_photo_id)
        grantee._country_name = names.get(iso_codes.get(grantee.country_id), "")
    return grantees
