"""Template tags for the site chrome: the locale's home, its menu and the language switcher.

The homes of every language and each language's menu are the same on every page, so they
are kept in the cache under the page cache's generation (``core.page_cache``): a publish,
unpublish, move or delete forgets them with the pages, and an uncached page reads them
without a query.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.page_cache import generation, kept_timeout
from core.privacy import public_in_every_locale

register = template.Library()


def _published(request, name, build):
    """``build(site)``, kept until the next publish and once per request."""
    memo = request.__dict__.setdefault("_hub_chrome", {})
    if name not in memo:
        site = Site.find_for_request(request)
        key = f"chrome:{generation()}:{site.pk if site else 0}:{name}"
        value = cache.get(key)
        if value is None:
            value = build(site) if site is not None else {}
            cache.set(key, value, timeout=kept_timeout())
        memo[name] = value
    return memo[name]


def _site_homes(request):
    """The site's root page in every language, keyed by language code."""

    def build(site):
        # Not ``specific()``: it would drop the joined locale, one query per language.
        translations = (
            site.root_page.get_translations(inclusive=True).live().select_related("locale")
        )
        return {home.locale.language_code: home for home in translations}

    return _published(request, "homes", build)


def _menu_items(request, home):
    """The live, public pages under ``home`` shown in menus."""
    return _published(
        request,
        f"menu:{home.pk}",
        lambda _site: list(public_in_every_locale(home.get_children().live().in_menu())),
    )


def _page_translations(request, page):
    """Live translations of ``page`` (itself included) keyed by language code."""
    if not isinstance(page, Page) or not page.pk:
        return {}

    def build(_site):
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {translation.locale.language_code: translation for translation in translations}

    return _published(request, f"translations:{page.pk}", build)


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page):
    """The pages above ``page`` below the tree's root (its language's home first)."""
    if not isinstance(page, Page):
        return []
    if not page.pk or getattr(context["request"], "is_preview", False):
        return list(page.get_ancestors()[1:])  # a preview: its parent may be a new draft
    return _published(
        context["request"], f"ancestors:{page.pk}", lambda _site: list(page.get_ancestors()[1:])
    )


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page of the current language (falls back to English)."""
    homes = _site_homes(context["request"])
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = locale_home(context)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    if home is not None:
        items = [(item, current_path.startswith(item.path)) for item in _menu_items(request, home)]
    return {"request": request, "items": items}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per published language: this page's translation, else that language's home.

    Views that are not pages (search) link to the same view in the other language.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    homes = _site_homes(request)
    translations = _page_translations(request, page)
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url, exists = target.get_url(request), True
        elif page is None:
            url, exists = translate_url(request.get_full_path(), code), True
        else:
            home = homes.get(code)
            url, exists = (home.get_url(request) if home else f"/{code}/"), False
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current, "exists": exists}
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """``hreflang`` alternates of the current page, plus ``x-default`` for English.

    Only the languages the text really exists in: an alias (a copy still in English) is
    not an alternate of its original, and itself lists none, since its canonical link
    names the original (search engines reject a canonical that is another alternate).
    """
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.alias_of_id:
        return []
    alternates = []
    for code, translation in _page_translations(request, page).items():
        if translation.alias_of_id:
            continue
        url = translation.get_full_url(request)
        alternates.append({"hreflang": code, "url": url})
        if code == settings.LANGUAGE_CODE:
            alternates.append({"hreflang": "x-default", "url": url})
    return alternates


@register.simple_tag(takes_context=True)
def untranslated(context):
    """For a page still showing another language's text (an alias of the original, as the
    locale trees start out), that original and the languages the text really exists in.

    The template marks the text with the original's ``lang``, tells the visitor in their
    language and points the canonical link at the original, so search engines and screen
    readers treat it as the English page it is.
    """
    request, page = context["request"], context.get("page")
    if not isinstance(page, Page) or not page.alias_of_id:
        return None
    translations = _page_translations(request, page)
    original = next((p for p in translations.values() if p.pk == page.alias_of_id), None)
    if original is None:  # an alias outside the translation set (another translation key)
        original = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
    if original is None or original.locale_id == page.locale_id:
        return None
    names = dict(settings.LANGUAGES)
    available = [
        {"code": code, "name": names.get(code, code), "url": translation.get_url(request)}
        for code, translation in translations.items()
        if not translation.alias_of_id
    ]
    return {
        "language": original.locale.language_code,
        "canonical_url": original.get_full_url(request),
        "available": available,
        # The visitor's language as the language switcher names it ("Қазақша").
        "current_name": names.get(get_language(), get_language()),
    }


# The page's own fields that summarise it, in order of preference, when an editor has not
# written a search description (Promote tab).
DESCRIPTION_FIELDS = ("search_description", "summary", "catch_phrase", "intro", "project_summary")


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's search description, else its summary or intro, cut at a word near 160
    characters (what search engines show)."""
    page = context.get("page")
    for name in DESCRIPTION_FIELDS:
        text = " ".join(strip_tags(str(getattr(page, name, "") or "")).split())
        if text:
            return Truncator(text).chars(160)
    return ""
