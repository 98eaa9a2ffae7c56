"""How the library's and newsroom's related data reads in the JSON API (Wagtail API v2).

The taxonomy is serialised by name and code rather than by primary key, because keys differ
between locales while slugs and ISO codes do not.
https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
"""

from rest_framework import serializers
from wagtail.api.utils import get_full_url
from wagtail.images.api.fields import ImageRenditionField

from hub.models import Country, Person, Theme


class ThemeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["name", "slug"]


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["name", "iso_code"]


class PersonSerializer(serializers.ModelSerializer):
    photo = ImageRenditionField("fill-200x200|format-jpeg")

    class Meta:
        model = Person
        fields = ["id", "name", "role", "photo"]


class DocumentsSerializer(serializers.Field):
    """The downloadable documents of an article with what a link needs: address, type, size."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        request = self.context.get("request")
        documents = []
        for block in value:
            document = block.value.get("document")
            if document is None:
                continue
            documents.append(
                {
                    "title": block.value.get("title") or document.title,
                    "description": block.value.get("description") or "",
                    "url": get_full_url(request, document.url) if request else document.url,
                    "file_type": document.file_extension.lower(),
                    "content_type": document.content_type,
                    "file_size": document.file_size,
                }
            )
        return documents
