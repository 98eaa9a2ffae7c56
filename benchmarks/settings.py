"""Production settings plus one minimal view, the baseline every page is compared with."""

from hub.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
