"""API representations of course relations (the page fields themselves use APIField)."""

from rest_framework import serializers


class ThemeListField(serializers.Field):
    """Themes as ``{"slug", "name"}`` objects: clients filter by slug and show the name."""

    def to_representation(self, themes):
        return [{"slug": theme.slug, "name": theme.name} for theme in themes.all()]
