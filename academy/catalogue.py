"""The course catalogue's query shaping, in one place: filters, facet counts, sorting, pages.

Facet counts follow openfun/richie: each facet counts the courses that match every
*other* selected filter, so choosing "Beginner" still shows how many advanced courses
there are. Every value comes from the query string; anything unknown is ignored, never
echoed back. The number of SQL queries does not depend on the number of courses.
"""

import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Case, CharField, Count, Exists, OuterRef, Q, Value, When
from django.http import QueryDict
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.filters import THEME, InvalidParameter
from core.models import Theme
from core.page_cache import generation, kept_timeout
from core.privacy import public_in_every_locale

from .models import (
    CourseFormat,
    CoursePage,
    CourseRegistration,
    Level,
    live_translation_languages,
)

COURSES_PER_PAGE = 12

DURATION_BANDS = {
    "short": (_("Up to 4 weeks"), Q(duration_weeks__lte=4)),
    "medium": (_("5 to 8 weeks"), Q(duration_weeks__gte=5, duration_weeks__lte=8)),
    "long": (_("9 weeks or more"), Q(duration_weeks__gte=9)),
}
SORTS = {
    "newest": (_("Newest first"), ["-first_published_at", "-pk"]),
    "title": (_("A to Z"), ["title", "pk"]),
}
DEFAULT_SORT = "newest"
FACETS = ("theme", "level", "format", "language", "duration")


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    href: str = ""  # the catalogue with this option chosen (or unchosen when selected)


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    selected: Option | None = None
    remove_href: str = ""


@dataclass
class Catalogue:
    page_obj: object
    courses: list
    facets: list
    selection: dict
    sort: str
    sorts: list  # (value, label, href, current)
    clear_href: str
    total_courses: int
    total_learners: int

    @property
    def active_filters(self):
        return [facet for facet in self.facets if facet.selected]


def duration_band():
    return Case(
        *(When(condition, then=Value(band)) for band, (_, condition) in DURATION_BANDS.items()),
        output_field=CharField(),
    )


def language_exists(code):
    return Exists(
        Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=code,
            live=True,
            alias_of__isnull=True,
        )
    )


def facet_filter(name, value):
    """The condition one selected facet value puts on the courses."""
    if name == "theme":
        return Q(themes__slug=value)
    if name == "level":
        return Q(level=value)
    if name == "format":
        return Q(format=value)
    if name == "language":
        return Q(language_exists(value))
    return DURATION_BANDS[value][1]


def themes_for_locale():
    """Themes keyed by slug, named in the active language where translated, else in English."""
    active, source = get_language(), settings.LANGUAGE_CODE
    themes = {}
    for theme in Theme.objects.filter(locale__language_code__in={active, source}).select_related(
        "locale"
    ):
        if theme.slug not in themes or theme.locale.language_code == active:
            themes[theme.slug] = theme
    return themes


def read_selection(params, theme_slugs):
    """The valid filter values in ``params``; unknown or malformed values are dropped."""
    allowed = {
        "level": set(Level.values),
        "format": set(CourseFormat.values),
        "language": {code for code, _name in settings.LANGUAGES},
        "duration": set(DURATION_BANDS),
        "theme": theme_slugs,
    }
    selection = {}
    for name in FACETS:
        value = params.get(name, "")
        if name == "theme":
            value = _theme_slug(value)
        if isinstance(value, str) and value in allowed[name]:
            selection[name] = value
    return selection


def _theme_slug(raw):
    """A theme's slug by the site's one rule for it (``core/filters.py``), or None."""
    try:
        return THEME.clean(raw)
    except InvalidParameter:
        return None


def filtered(courses, selection, without=None):
    conditions = Q()
    for name, value in selection.items():
        if name != without:
            conditions &= facet_filter(name, value)
    return courses.filter(conditions)


def count_by(courses, name):
    """{facet value: number of courses} for ``courses``, in one query."""
    if name == "language":
        rows = (
            Page.objects.filter(
                translation_key__in=courses.values("translation_key"),
                live=True,
                alias_of__isnull=True,
            )
            .order_by()
            .values_list("locale__language_code")
            .annotate(total=Count("translation_key", distinct=True))
        )
    elif name == "theme":
        rows = (
            courses.order_by()
            .values_list("themes__slug")
            .annotate(total=Count("pk", distinct=True))
        )
    elif name == "duration":
        rows = (
            courses.annotate(band=duration_band())
            .order_by()
            .values_list("band")
            .annotate(total=Count("pk"))
        )
    else:
        rows = courses.order_by().values_list(name).annotate(total=Count("pk"))
    return dict(rows)


def facet_options(name, themes):
    """(value, label) pairs of a facet, in display order."""
    if name == "theme":
        return sorted(((slug, theme.name) for slug, theme in themes.items()), key=lambda o: o[1])
    if name == "level":
        return Level.choices
    if name == "format":
        return CourseFormat.choices
    if name == "language":
        return settings.LANGUAGES
    return [(band, label) for band, (label, _condition) in DURATION_BANDS.items()]


FACET_LABELS = {
    "theme": _("Theme"),
    "level": pgettext_lazy("course level", "Level"),
    "format": pgettext_lazy("course format", "Format"),
    "language": _("Language"),
    "duration": _("Duration"),
}


class LinkBuilder:
    """Catalogue URLs for the validated state (filters and sort) with some changes.

    Links are built from the validated state, not from the raw request, so nothing a
    visitor typed into the address bar is carried into the page's links.
    """

    def __init__(self, base_url, state):
        self.base_url = base_url
        self.state = state

    def __call__(self, **changes):
        params = QueryDict(mutable=True)
        for key, value in {**self.state, **changes}.items():
            if value is not None:
                params[key] = value
        return f"{self.base_url}?{params.urlencode()}" if params else self.base_url


def facet_counts(index_page, courses, selection):
    """{facet: {value: number of courses}}, kept until the next publish (the counts only
    depend on published courses), so a catalogue the page cache misses (a new filter
    combination, a visitor with a session) counts each combination once per publish."""
    state = "&".join(f"{name}={value}" for name, value in sorted(selection.items()))
    digest = hashlib.sha256(state.encode()).hexdigest()
    key = f"catalogue-facets:{generation()}:{index_page.pk}:{digest}"
    counts = cache.get(key)
    if counts is None:
        counts = {
            name: count_by(filtered(courses, selection, without=name), name) for name in FACETS
        }
        cache.set(key, counts, timeout=kept_timeout())
    return counts


def build_facets(counts_by_facet, selection, themes, link):
    facets = []
    for name in FACETS:
        counts = counts_by_facet[name]
        facet = Facet(name=name, label=FACET_LABELS[name])
        facet.remove_href = link(**{name: None})
        for value, label in facet_options(name, themes):
            selected = selection.get(name) == value
            href = facet.remove_href if selected else link(**{name: value})
            option = Option(value, label, counts.get(value, 0), selected, href)
            if option.count or selected:
                facet.options.append(option)
            if selected:
                facet.selected = option
        facets.append(facet)
    return facets


def catalogue_courses(index_page):
    """The courses a catalogue lists: live children of this language's index that no view
    restriction reaches (in any language: core/privacy.py)."""
    return public_in_every_locale(CoursePage.objects.child_of(index_page).live())


def build_catalogue(index_page, request):
    params = request.GET
    courses = catalogue_courses(index_page)
    themes = themes_for_locale()
    selection = read_selection(params, set(themes))
    sort = params.get("sort") if params.get("sort") in SORTS else DEFAULT_SORT
    link = LinkBuilder(
        index_page.get_url(request), {**selection, "sort": None if sort == DEFAULT_SORT else sort}
    )

    results = (
        filtered(courses, selection)
        .with_learner_counts()
        .select_related("cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by(*SORTS[sort][1])
    )
    page_obj = Paginator(results, COURSES_PER_PAGE).get_page(params.get("page"))
    listed = list(page_obj.object_list)
    languages = live_translation_languages(course.translation_key for course in listed)
    for course in listed:
        course.language_codes = languages.get(course.translation_key, [])

    return Catalogue(
        page_obj=page_obj,
        courses=listed,
        facets=build_facets(facet_counts(index_page, courses, selection), selection, themes, link),
        selection=selection,
        sort=sort,
        sorts=[
            (key, label, link(sort=None if key == DEFAULT_SORT else key), key == sort)
            for key, (label, _ordering) in SORTS.items()
        ],
        clear_href=link(**dict.fromkeys(FACETS)),
        total_courses=page_obj.paginator.count,
        total_learners=CourseRegistration.objects.for_catalogue(index_page).learner_total(),
    )
