"""What invalidates the page cache: anything a published page shows."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import Country, Person, SiteSettings, Theme
from .page_cache import invalidate_pages


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_pages()


def connect():
    page_published.connect(invalidate_pages, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate_pages, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate_pages, dispatch_uid="page-cache-moved")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-deleted")
    for model in (PageViewRestriction, SiteSettings, Country, Theme, Person):
        for signal in (post_save, post_delete):
            signal.connect(invalidate_pages, sender=model, dispatch_uid=f"page-cache-{model}")
