"""The editing form of articles and news items."""

from django.db.models import Q

from core.forms import HubPageForm

# Translatable snippets offered as checkboxes; every locale has its own copy of each.
TAXONOMY_FIELDS = ("themes", "countries")


class PublicationForm(HubPageForm):
    """Offers the themes and countries of the page's own language, so each appears once.

    Rows the page already points at stay selectable even from another language (a
    synchronised translation keeps the source page's rows), so saving never drops them.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name in TAXONOMY_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = [row.pk for row in getattr(self.instance, name).all()]
            field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen))
