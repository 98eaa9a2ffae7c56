"""Extra pages for SCALE > 1: copies of the demo news items under the English newsroom."""

from wagtail.models import Page


def seed_news(extra):
    from django.contrib.contenttypes.models import ContentType

    news_type = ContentType.objects.filter(app_label="articles", model="newspage").first()
    template = (
        Page.objects.filter(content_type=news_type, locale__language_code="en").first()
        if news_type
        else None
    )
    if template is None:
        return 0
    template = template.specific
    parent = template.get_parent()
    for number in range(extra):
        template.copy(
            to=parent,
            update_attrs={
                "slug": f"{template.slug}-bench-{number}",
                "title": f"{template.title} {number}",
            },
            keep_live=True,
            copy_revisions=False,
            log_action=None,
        )
    return extra
