"""Sample academy: the catalogue, 49 courses and 1,912 learners.

Everything is derived from ``demo_random`` seeds and fixed dates, so every run builds the
same academy; a second run finds what the first made and changes nothing.
"""

import datetime
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify

from academy.models import (
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    CourseRegistration,
    LearnerRole,
)
from core.models import Person, Theme
from demo.utils import (
    SAMPLE_LABEL,
    demo_image,
    demo_key,
    demo_random,
    ensure_page,
    find_page,
    source_locale,
)
from home.models import HomePage

from . import academy_data as data

TOTAL_REGISTRATIONS = 1912  # the programme's figure
COVER_POOL = 12
LESSON_MINUTES = [20, 25, 30, 40, 45, 60, 75, 90]
COVER_ALT = "Abstract landscape: hills under a rising sun"
OPEN_UNTIL = datetime.date(2030, 12, 31)
CLOSED_ON = datetime.date(2021, 12, 31)
FIRST_PUBLISHED = datetime.datetime(2017, 1, 16, 9, 0)


def with_ids(key, items):
    """StreamField or ListBlock items in Wagtail's stored form, with ids stable across runs.

    wagtail-localize offers ListBlock items for translation only in this form (an item
    without an id is silently left out), and stable ids keep translations attached.
    """
    return [{**item, "id": str(demo_key(f"{key}:{index}"))} for index, item in enumerate(items)]


def module_value(rng, key, module):
    title, description, lessons = module
    return {
        "title": title,
        "description": description,
        "lessons": with_ids(
            f"{key}:lessons",
            [
                {
                    "type": "item",
                    "value": {"title": lesson, "duration_minutes": rng.choice(LESSON_MINUTES)},
                }
                for lesson in lessons
            ],
        ),
    }


def course_fields(number, code, title, themes, catch_phrase):
    """The fields of one sample course, drawn from its theme's parts.

    Every field comes from one generator seeded by the course code: its draws are made in
    this order (the modules, the certificate, the registration state, then the fields as
    listed), and reordering them would change every course.
    """
    key = f"academy:course:{code}"
    rng = demo_random(key)
    theme = themes[0]
    modules = [data.OPENING_MODULE]
    modules += rng.sample(data.THEME_MODULES[theme], rng.randint(2, 4))
    modules += data.CLOSING_MODULES[: rng.randint(1, 2)]
    has_certificate = rng.random() < 0.7
    state = rng.choices(["open", "open-until", "closed", "ended"], weights=[4, 2, 2, 1])[0]
    return {
        "title": title,
        "slug": slugify(title),
        "code": code,
        "catch_phrase": catch_phrase,
        "cover_image": demo_image(
            f"academy:cover:{number % COVER_POOL}",
            f"Academy cover {number % COVER_POOL + 1} (sample image)",
            1440,
            960,
        ),
        "cover_image_alt": COVER_ALT,
        "what_you_will_learn": course_outcomes(rng, key, theme),
        "syllabus": course_syllabus(rng, key, modules),
        "duration_weeks": rng.choice([2, 3, 4, 4, 5, 6, 6, 8, 8, 10, 12]),
        "level": rng.choices(["beginner", "intermediate", "advanced"], weights=[5, 3, 2])[0],
        "format": rng.choice(["self-paced", "tutor-led"]),
        "has_certificate": has_certificate,
        "certificate_requirements": data.CERTIFICATE_REQUIREMENTS if has_certificate else "",
        "prerequisites": rng.choice(data.PREREQUISITES),
        "external_url": f"https://learn.example.org/courses/{code.lower()}/",
        "faq": course_faq(rng, key),
        "body": course_body(key, theme),
        **registration_dates(state),
    }


def course_outcomes(rng, key, theme):
    """Three or four of the theme's outcomes, for "What you will learn"."""
    return with_ids(
        f"{key}:outcomes",
        [
            {"type": "outcome", "value": outcome}
            for outcome in rng.sample(data.THEME_OUTCOMES[theme], rng.randint(3, 4))
        ],
    )


def course_syllabus(rng, key, modules):
    """The course's modules, each with its lessons."""
    return with_ids(
        f"{key}:syllabus",
        [
            {"type": "module", "value": module_value(rng, f"{key}:module:{index}", module)}
            for index, module in enumerate(modules)
        ],
    )


def course_faq(rng, key):
    """Three of the academy's frequent questions."""
    return with_ids(
        f"{key}:faq",
        [
            {"type": "question", "value": {"question": q, "answer": f"<p>{a}</p>"}}
            for q, a in rng.sample(data.FAQ, 3)
        ],
    )


def course_body(key, theme):
    """The course's description: who it is for, and that it is sample content."""
    return with_ids(
        f"{key}:body",
        [
            {"type": "heading", "value": {"text": "About this course", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    f"<p>This course is for {data.THEME_AUDIENCE[theme]}. It combines short "
                    "readings, videos and practical exercises based on real projects from "
                    "Central Asia and Azerbaijan.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": "<p>Sample content: this course was written to demonstrate the "
                "academy.</p>",
            },
        ],
    )


def registration_dates(state):
    """Whether registration is open and between which dates, for the course's ``state``."""
    return {
        "registration_open": state != "closed",
        "registration_starts": datetime.date(2017, 1, 1) if state == "open-until" else None,
        "registration_ends": {"open-until": OPEN_UNTIL, "ended": CLOSED_ON}.get(state),
    }


def instructors(code, people, locale):
    rng = demo_random(f"academy:instructors:{code}")
    chosen = rng.sample(people, min(len(people), rng.randint(1, 2)))
    return [
        CourseInstructor(
            person=person,
            sort_order=order,
            locale=locale,
            translation_key=demo_key(f"academy:instructor:{code}:{order}"),
        )
        for order, person in enumerate(chosen)
    ]


def ensure_courses(academy, log):
    english = source_locale()
    themes = {theme.slug: theme for theme in Theme.objects.filter(locale=english)}
    people = list(Person.objects.filter(locale=english).order_by("name"))
    courses, created = [], 0
    for number, (code, title, theme_slugs, catch_phrase) in enumerate(data.COURSES):
        key = f"academy:course:{code}"
        course = find_page(CoursePage, key)
        if course is None:
            published = FIRST_PUBLISHED + datetime.timedelta(days=37 * number)
            course, _created = ensure_page(
                academy,
                CoursePage,
                key,
                first_published_at=timezone.make_aware(published),
                themes=[themes[slug] for slug in theme_slugs if slug in themes],
                instructors=instructors(code, people, english),
                **course_fields(number, code, title, theme_slugs, catch_phrase),
            )
            created += 1
        courses.append(course)
    log(f"academy: {len(courses)} courses ({created} new)")
    return courses


def learner(rng, number):
    country = rng.choices(
        ["KZ", "KG", "TJ", "UZ", "AZ", "TM", "other"], weights=[24, 22, 18, 18, 10, 5, 3]
    )[0]
    first = rng.choice(data.FIRST_NAMES[country])
    last = rng.choice(data.LAST_NAMES[country])
    return {
        "name": f"{first} {last}",
        "email": f"{first}.{last}.{number}@example.org".lower(),
        "country": country,
        "organisation": rng.choice(data.ORGANISATIONS),
        "role": rng.choices(LearnerRole.values, weights=[10, 6, 3, 4, 2, 2])[0],
    }


def registrations_per_course(rng, count):
    """``count`` positive numbers adding up to exactly ``TOTAL_REGISTRATIONS``."""
    weights = [rng.randint(8, 60) for _ in range(count)]
    shares = [TOTAL_REGISTRATIONS * weight / sum(weights) for weight in weights]
    numbers = [int(share) for share in shares]
    by_remainder = sorted(range(count), key=lambda i: shares[i] - numbers[i], reverse=True)
    for index in by_remainder[: TOTAL_REGISTRATIONS - sum(numbers)]:
        numbers[index] += 1
    return numbers


def ensure_registrations(courses, log):
    """1,912 sample registrations, most in English, some through other languages' pages.

    ``ignore_conflicts`` lets the database's one-registration-per-email rule skip the
    rows an earlier run made, so a rerun adds nothing.
    """
    rng = demo_random("academy:registrations")
    pages = {
        (key, code): (pk, locale_id)
        for pk, key, code, locale_id in CoursePage.objects.filter(
            translation_key__in=[course.translation_key for course in courses]
        ).values_list("pk", "translation_key", "locale__language_code", "locale_id")
    }
    languages = ["en", "ru", "kk", "ky", "tg", "uz", "az", "tk"]
    rows, number = [], 0
    for course, count in zip(courses, registrations_per_course(rng, len(courses)), strict=True):
        start = course.first_published_at
        span = max(1, int((timezone.make_aware(datetime.datetime(2022, 6, 30)) - start).days))
        for _ in range(count):
            number += 1
            code = rng.choices(languages, weights=[50, 20, 8, 8, 5, 5, 3, 1])[0]
            page_id, locale_id = (
                pages.get((course.translation_key, code)) or pages[(course.translation_key, "en")]
            )
            rows.append(
                CourseRegistration(
                    course_id=page_id,
                    course_key=course.translation_key,
                    locale_id=locale_id,
                    created_at=start + datetime.timedelta(days=rng.randrange(span)),
                    **learner(rng, number),
                )
            )
    before = CourseRegistration.objects.count()
    CourseRegistration.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
    log(f"academy: {CourseRegistration.objects.count() - before} new sample registrations")


def ensure_home_section(home, academy):
    """A "latest courses" section on the English home page, added once."""
    for block in home.sections:
        if block.block_type == "latest" and getattr(block.value.get("section"), "pk", None) == (
            academy.pk
        ):
            return
    home.sections.append(
        ("latest", {"title": "New courses of the NGO academy", "section": academy, "count": 3})
    )
    home.save_revision(log_action=False).publish(log_action=False)


@contextmanager
def indexed_once_at_the_end(model, child_models=()):
    """Update the search and reference indexes of ``model`` pages once, after the block.

    Creating a course saves it several times, saves each instructor row (which re-indexes
    the whole page) and makes an alias in every other language. Indexing each of those
    saves on its own was most of the loader's time; this indexes each page once, in bulk.
    """
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import ReferenceIndex
    from wagtail.search.backends import get_search_backends
    from wagtail.signal_handlers import (
        connect_reference_index_signal_handlers_for_model,
        disconnect_reference_index_signal_handlers_for_model,
    )

    saved = set()

    def remember(instance, **kwargs):
        saved.add(instance.pk)

    post_save.disconnect(post_save_signal_handler, sender=model)
    for each in (model, *child_models):
        disconnect_reference_index_signal_handlers_for_model(each)
    post_save.connect(remember, sender=model, weak=False)
    try:
        yield
    finally:
        post_save.disconnect(remember, sender=model)
        for each in (model, *child_models):
            connect_reference_index_signal_handlers_for_model(each)
        post_save.connect(post_save_signal_handler, sender=model)
    if saved:
        for page in model.objects.filter(pk__in=saved):
            ReferenceIndex.create_or_update_for_object(page)
        objects = list(model.get_indexed_objects().filter(pk__in=saved))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)


def load(log):
    home = find_page(HomePage, "home")
    if home is None:
        log("academy: no English home page; skipped")
        return
    with transaction.atomic(), indexed_once_at_the_end(CoursePage, [CourseInstructor]):
        academy, _created = ensure_page(
            home,
            CourseIndexPage,
            "academy",
            title="Academy",
            slug="academy",
            show_in_menus=True,
            intro=(
                "Free distance-learning courses for NGO staff, volunteers and activists, in "
                f"the languages of the region. ({SAMPLE_LABEL}.)"
            ),
            first_published_at=timezone.make_aware(datetime.datetime(2017, 1, 9, 9, 0)),
        )
        courses = ensure_courses(academy, log)
        ensure_registrations(courses, log)
        ensure_home_section(home, academy)


def reset():
    """Registrations go with their pages; nothing else of the academy lives outside the tree."""
    CourseRegistration.objects.all().delete()
