"""The site's own endpoints outside the page tree and the language prefixes."""

from django.urls import path

from .sitemap import sitemap
from .views import healthz, robots_txt

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
