from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Library and news")

    def ready(self):
        from .models import ArticlePage, NewsPage, remove_from_search_index

        for model in (ArticlePage, NewsPage):
            post_delete.connect(remove_from_search_index, sender=model)
