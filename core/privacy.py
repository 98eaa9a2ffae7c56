"""Who may see a page: a view restriction reaches the page's copies in every language.

Wagtail applies a page view restriction (a password, a login, chosen groups) to the page
it is set on and to the pages under it, and an alias follows its source's restrictions
when served. The hub keeps one page tree per language: wagtail-localize's translations
and aliases of a page live in the other trees and share its ``translation_key``. A
restriction set on the English page after its copies were made would not reach them,
and the copies would show the text (a grantee's contact details, say) in every other
language. So, in the hub, a restriction set on page P reaches:

- P and the pages under it (Wagtail's own rule);
- every page in any language that shares the translation key of one of those pages, or
  that is an alias of such a page;
- and the pages under those (a Kazakh page added under the Kazakh copy of a
  restricted English section).

Two ways of asking, with the same answer:

- ``public_in_every_locale(queryset)``: the pages of a queryset that no restriction
  reaches. Every public surface (page listings, menus, search and autocomplete, feeds, the
  sitemap, related publications, the grants map, statistics and open data, the JSON API)
  filters with it instead of Wagtail's ``public()``. It costs one query, like ``public()``:
  the topmost pages the restrictions reach, whose subtrees are then excluded by path
  prefix (so the database uses its path index, and Elasticsearch can apply the filter).
- ``RestrictedCopiesMixin.get_view_restrictions()``: the restrictions that reach one page,
  in one query. Wagtail's page serving asks it, so a copy asks for its original's password
  or login, and its answer is marked ``no-cache`` (never kept by the page cache).
  https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.get_view_restrictions
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

STEP = Page.steplen  # characters of a tree path per level (treebeard's materialised path)


def _restricted_keys():
    """The translation keys of the pages at or under a page carrying a restriction."""
    on_an_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Page.objects.filter(Exists(on_an_ancestor)).values("translation_key")


def _reached(keys):
    """Pages sharing one of ``keys``, and aliases of such pages (whatever their own key)."""
    sources = Page.objects.filter(translation_key__in=keys).values("pk")
    return Q(translation_key__in=keys) | Q(alias_of_id__in=sources)


def hidden_sections():
    """The paths of the topmost pages that a restriction reaches, sorted.

    One query: the pages reached whose parent is not reached; a page reached under such a
    page (one placed elsewhere in its language's tree) is dropped here.
    """
    reached = _reached(_restricted_keys())
    parent_reached = Page.objects.filter(
        reached, path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - STEP)
    )
    paths = sorted(
        Page.objects.filter(reached).exclude(Exists(parent_reached)).values_list("path", flat=True)
    )
    topmost = []
    for path in paths:  # sorted, so a page's descendants follow it
        if not topmost or not path.startswith(topmost[-1]):
            topmost.append(path)
    return topmost


def restricted_q():
    """A condition matching every page a restriction reaches (see the module)."""
    condition = Q()
    for path in hidden_sections():
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])


def public_in_every_locale(queryset):
    """The pages of ``queryset`` that no view restriction reaches, in any language."""
    return queryset.exclude(restricted_q())


def restrictions_over(page):
    """The view restrictions that reach ``page``, from any language's tree (one query)."""
    path = page.path or ""
    lineage = Page.objects.filter(path__in=[path[:end] for end in range(STEP, len(path) + 1, STEP)])
    source_keys = lineage.filter(alias_of__isnull=False).values("alias_of__translation_key")
    copies = Page.objects.filter(
        Q(translation_key__in=lineage.values("translation_key"))
        | Q(translation_key__in=source_keys)
    )
    return PageViewRestriction.objects.filter(
        Exists(copies.filter(path__startswith=OuterRef("page__path")))
    )


class RestrictedCopiesMixin:
    """For page models: a restriction on any language's copy applies here (see the module)."""

    def get_view_restrictions(self):
        return restrictions_over(self)
