"""Security headers the public site sends on every response.

The Content-Security-Policy allows no inline script or style: templates load scripts as
files and pass data through ``data-`` attributes. The Wagtail admin (which needs inline
scripts of its own) and Django's debug pages are left to their own defaults.
"""

from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)
VIDEO_ORIGINS = (
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
)


def origin_of(url):
    """``https://{s}.tile.example.org/{z}/...`` -> ``https://*.tile.example.org``."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return ""
    host = parts.netloc.replace("{s}", "*")
    if "{" in host:
        host = "*." + host.split("}", 1)[-1].lstrip(".")
    return f"{parts.scheme}://{host}"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def content_security_policy(self):
        media = origin_of(settings.MEDIA_URL)
        tiles = origin_of(settings.MAP_TILE_URL)
        image_sources = " ".join(filter(None, ["'self'", "data:", media, tiles]))
        directives = {
            "default-src": "'self'",
            "script-src": "'self'",
            "style-src": "'self'",
            "img-src": image_sources,
            "font-src": "'self'",
            "connect-src": "'self'",
            "frame-src": " ".join(VIDEO_ORIGINS),
            "object-src": "'none'",
            "base-uri": "'self'",
            "form-action": "'self'",
            "frame-ancestors": "'none'",
        }
        return "; ".join(f"{name} {value}" for name, value in directives.items())

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(("/admin/", "/django-admin/")):
            response.setdefault("Content-Security-Policy", self.content_security_policy)
        return response
