"""The English home page, About and Privacy pages, the Site and its footer."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from core.models import SiteSettings
from demo.utils import SAMPLE_LABEL, demo_image, ensure_page, find_page, source_locale
from home.models import HomePage, StandardPage


def site_address():
    """The demo site's host and port: where ``WAGTAILADMIN_BASE_URL`` says the site is
    served (``make run``: 127.0.0.1:8000), so the absolute links the site must write (map
    popups, the API's ``html_url``, feeds, emails) lead to it rather than to Wagtail's
    placeholder ``localhost:80``."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


ABOUT_BODY = [
    {"type": "heading", "value": {"text": "What the programme does", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>The programme supports civil-society organisations in Azerbaijan, Kazakhstan, "
            "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of "
            "work: small grants for community projects, an online academy for NGO staff and "
            "volunteers, and this hub, which publishes analysis, policy briefs, learning "
            "resources, essays and news in the languages of the region.</p>"
        ),
    },
    {
        "type": "table",
        "value": {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "The programme in figures",
            "data": [
                ["Strand", "Figure"],
                ["Small grants", "101 grants, 773,254 USD"],
                ["People reached", "about 600,000"],
                ["NGO academy", "49 courses, 1,912 learners"],
            ],
        },
    },
    {
        "type": "quote",
        "value": {
            "quote": "A small grant is often the first time a village group manages money "
            "of its own and reports on it in public.",
            "attribution": "Programme coordinator (sample quote)",
        },
    },
]

PRIVACY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>When you register for a course we keep your name, email address, country, "
            "organisation and role so that the academy can enrol you and send you course "
            "information. Only academy managers can see registrations. We never publish "
            "them, never share them with third parties and delete them on request.</p>"
        ),
    },
]


def _remove_welcome_page():
    """Wagtail's installer page ("Welcome to your new Wagtail site!") if it is still there."""
    page_type = ContentType.objects.get_for_model(Page)
    Page.objects.filter(depth=2, content_type=page_type, numchild=0).delete()


def load(log):
    _remove_welcome_page()
    root = Page.get_first_root_node()
    home = find_page(HomePage, "home")
    if home is None:
        home, _ = ensure_page(
            root,
            HomePage,
            "home",
            title="Home",
            slug="home",
            hero_title="Civil society in Central Asia and Azerbaijan",
            intro=(
                "News, analysis and learning for non-governmental organisations of the region, "
                "and the map of every project the programme supported. "
                f"({SAMPLE_LABEL}.)"
            ),
            hero_image=demo_image("home-hero", "Hills at dawn (sample image)", 1600, 900),
            hero_image_alt="Layered hills under a rising sun",
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    if site.root_page_id != home.pk:
        site.hostname, site.port = site_address()
        site.site_name = "Civil Society Hub"
        site.root_page = home
        site.save()
    about, _ = ensure_page(
        home,
        StandardPage,
        "about",
        title="About",
        slug="about",
        show_in_menus=True,
        intro="Who we are, what we fund and how the hub works. (Sample content.)",
        body=ABOUT_BODY,
    )
    privacy, _ = ensure_page(
        home,
        StandardPage,
        "privacy",
        title="Privacy",
        slug="privacy",
        intro="How the hub handles personal data. (Sample content.)",
        body=PRIVACY_BODY,
    )
    settings_row = SiteSettings.for_site(site)
    if not settings_row.footer_text:
        settings_row.footer_text = (
            "A regional platform of the civil-society programme in Central Asia and "
            "Azerbaijan. Everything on this demonstration site is sample content."
        )
        settings_row.contact_email = "hub@example.org"
        settings_row.privacy_page = privacy
        settings_row.save()
    log(f"home: {home.title} with {about.title} and {privacy.title} (locale {source_locale()})")
