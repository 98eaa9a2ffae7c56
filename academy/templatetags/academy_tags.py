"""Template helpers of the academy: the course's JSON-LD and friendly durations."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

register = template.Library()

# Characters that could end the <script> element or confuse an HTML parser, written as
# JSON escapes (the JSON value is unchanged).
JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def iso_duration(minutes):
    """ISO 8601 duration (PT3H30M) for schema.org."""
    hours, minutes = divmod(int(minutes), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def course_data(course, request):
    outcomes = [item.value for item in course.what_you_will_learn if item.block_type == "outcome"]
    modules = [item for item in course.syllabus if item.block_type == "module"]
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course.title,
        "description": course.catch_phrase,
        "courseCode": course.code,
        "url": course.get_full_url(request),
        "inLanguage": course.language_codes or [course.locale.language_code],
        "educationalLevel": str(course.get_level_display()),
        "timeRequired": iso_duration(course.total_effort_minutes),
        "provider": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
        "about": [theme.name for theme in course.localized_themes()],
        "teaches": outcomes,
        "syllabusSections": [
            {
                "@type": "Syllabus",
                "name": module.value["title"],
                "description": module.value["description"],
                "timeRequired": iso_duration(module.block.effort_minutes(module.value)),
            }
            for module in modules
        ],
        "hasCourseInstance": {
            "@type": "CourseInstance",
            "courseMode": "online",
            "courseWorkload": iso_duration(course.total_effort_minutes),
            "instructor": [
                {"@type": "Person", "name": person.name}
                for person in course.localized_instructors()
            ],
        },
    }
    if course.prerequisites:
        data["coursePrerequisites"] = course.prerequisites
    if course.has_certificate:
        data["educationalCredentialAwarded"] = course.certificate_requirements
    return data


def json_for_script(data):
    """JSON that is safe inside a <script> element: no "</script>" can break out of it."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))


@register.simple_tag(takes_context=True)
def course_json_ld(context, course):
    return format_html(
        '<script type="application/ld+json">{}</script>',
        json_for_script(course_data(course, context["request"])),
    )


@register.filter
def hours_and_minutes(minutes):
    """60 → "1 h", 90 → "1 h 30 min", 45 → "45 min"."""
    hours, rest = divmod(int(minutes or 0), 60)
    parts = []
    if hours:
        parts.append(pgettext("duration", "%(hours)s h") % {"hours": hours})
    if rest or not hours:
        parts.append(pgettext("duration", "%(minutes)s min") % {"minutes": rest})
    return " ".join(parts)
