"""Taxonomy shared by every section (countries, themes, people) and the site's own settings.

The taxonomy models are translatable snippets: each locale has its own copy, linked by
``translation_key``, so a Kazakh page shows Kazakh theme names.
https://docs.wagtail.org/en/stable/topics/snippets/
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

iso_country_code = RegexValidator(
    r"^[A-Z]{2}$", _("Use the two capital letters of ISO 3166-1 alpha-2, for example KZ.")
)


class Country(TranslatableMixin, index.Indexed, models.Model):
    """One of the programme's countries; its centre point places it on the grants map."""

    name = models.CharField(_("name"), max_length=100, help_text=_("The country's short name."))
    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        validators=[iso_country_code],
        help_text=_("ISO 3166-1 alpha-2 code in capitals, for example KZ for Kazakhstan."),
    )
    latitude = models.DecimalField(
        _("centre latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Latitude of the point where the map centres on this country (-90 to 90)."),
    )
    longitude = models.DecimalField(
        _("centre longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Longitude of that point (-180 to 180)."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("iso_code"),
        MultiFieldPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Centre")),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("iso_code"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]
    search_fields = [
        index.SearchField("name"),
        # The API orders by name while searching (?search=...&order=name).
        index.FilterField("name"),
        index.AutocompleteField("name"),
        index.FilterField("iso_code"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["iso_code", "locale"], name="unique_country_per_locale")
        ]

    def __str__(self):
        return self.name


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A programme theme (fair housing, green technology ...) that tags content everywhere."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_(
            "Used in filter links such as ?theme=fair-housing; keep it the same in every language."
        ),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences shown on theme listings.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The slug stays the same in every language: filter links (?theme=...) work everywhere.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        # The API orders by name while searching (?search=...&order=name).
        index.FilterField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("slug"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    """An author, instructor or contact person."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role"), max_length=150, blank=True, help_text=_("For example: Programme officer.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square portrait works best."),
    )
    bio = models.TextField(_("biography"), blank=True, help_text=_("A short paragraph."))

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo"), FieldPanel("bio")]
    # Names are transliterated per alphabet (Cyrillic, Latin), so they are translated too.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        SynchronizedField("photo"),
        TranslatableField("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        # The API orders by name while searching (?search=...&order=name).
        index.FilterField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "components/person_card_preview.html"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """What the footer shows: a line about the programme, contact details and social links."""

    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A sentence or two about the programme, shown at the bottom of every page."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how personal data is handled (linked from forms)."),
    )

    panels = [
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("telegram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site, read once per publish rather than once per
        request: saving them bumps the page cache's generation (core/signals.py)."""
        from wagtail.models import Site

        from .page_cache import kept_until_publish

        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)

            def build():
                found = cls.objects.select_related("privacy_page").filter(site=site).first()
                return found or cls.for_site(site)

            settings = kept_until_publish(f"site-settings:{site.pk}", build) if site else None
            setattr(request, attr_name, settings)
        return getattr(request, attr_name)

    @property
    def social_links(self):
        """(label, url) pairs of the social accounts that are filled in."""
        pairs = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("Telegram", self.telegram_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
        ]
        return [(label, url) for label, url in pairs if url]
