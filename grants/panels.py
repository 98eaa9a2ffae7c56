"""A map preview next to the latitude and longitude inputs in the admin.

django-leaflet's form widget needs GeoDjango geometry fields (and GDAL); grantees keep
plain decimal coordinates, so the admin shows numeric inputs and this small map, which
follows what is typed and sets both inputs when the editor clicks on it.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class LocationPreviewPanel(Panel):
    def __init__(self, latitude_field="latitude", longitude_field="longitude", **kwargs):
        kwargs.setdefault("heading", _("Map preview"))
        super().__init__(**kwargs)
        self.latitude_field = latitude_field
        self.longitude_field = longitude_field

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(latitude_field=self.latitude_field, longitude_field=self.longitude_field)
        return kwargs

    class BoundPanel(Panel.BoundPanel):
        template_name = "grants/admin/location_preview.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["latitude_id"] = self.form[self.panel.latitude_field].id_for_label
            context["longitude_id"] = self.form[self.panel.longitude_field].id_for_label
            context["tile_url"] = settings.MAP_TILE_URL
            context["attribution"] = settings.MAP_ATTRIBUTION
            return context

        @property
        def media(self):
            return forms.Media(
                css={"all": ["leaflet/leaflet.css"]},
                js=["leaflet/leaflet.js", "hub/js/grants-location-admin.js"],
            )
