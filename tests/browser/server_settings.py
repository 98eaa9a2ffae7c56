"""The journeys' server: the production settings, with static files hashed but not compressed.

``collectstatic`` with the production storage spends about a minute of CPU writing gzip and
brotli copies of Wagtail's admin files, which no journey reads (the server sends the plain
file when there is no compressed one). Hashing, the manifest and the storage's tolerance of
missing source maps stay as deployed (tests/core/test_static_storage.py).
"""

from hub.settings.production import *  # noqa: F403
from hub.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "tests.browser.static_storage.HashedStaticFilesStorage"},
}
