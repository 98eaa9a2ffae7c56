"""The site's own endpoints outside the page tree and the language prefixes."""

from django.conf import settings
from django.urls import path, re_path

from .csrf import csrf_token
from .sitemap import sitemap
from .views import healthz, robots_txt, serve_media

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("csrf-token", csrf_token, name="csrf_token"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Images and other media, never documents: those go through /documents/ (core/views.py).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.*)$", serve_media))
