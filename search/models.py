"""What the search remembers: the queries that found nothing, for the editors' report.

Wagtail's search promotions app already counts every query per day (``Query`` and
``QueryDailyHits``); it does not know whether a query found anything or in which language
it was asked, which is what editors need to see gaps in the content.
"""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueryWithoutResults(models.Model):
    """How often a query found nothing in one language on one day."""

    query_string = models.CharField(_("search terms"), max_length=255)
    language_code = models.CharField(_("language"), max_length=10)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("query without results")
        verbose_name_plural = _("queries without results")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language_code", "date"],
                name="unique_query_without_results_per_day",
            )
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return self.query_string

    @classmethod
    def add_hit(cls, query_string, language_code, date=None):
        date = date or timezone.localdate()
        row, _created = cls.objects.get_or_create(
            query_string=query_string[:255], language_code=language_code, date=date
        )
        cls.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
