import importlib
import importlib.util

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from demo.utils import SAMPLE_COLLECTION, demo_key

# The composition root of the demo: each section's loader, in the order they build on
# each other (taxonomy, then the English tree, then the other locales' alias trees, then
# the content sections, whose new pages get aliases as they are created).
# ``--section`` names a section by its key here.
SECTIONS = {
    "taxonomy": "demo.taxonomy",
    "home": "demo.home",
    "locales": "demo.locales",
    "articles": "demo.articles",
    "academy": "demo.academy",
    "grants": "demo.grants",
    "search": "search.demo",
    "translations": "demo.translations",
}


def section_modules(names=None):
    for key, name in SECTIONS.items():
        if (names is None or key in names) and importlib.util.find_spec(name) is not None:
            yield importlib.import_module(name)


class Command(BaseCommand):
    help = (
        "Load the sample content (every page type, eight locales). Safe to run again: it "
        "changes nothing the second time. Refuses to touch a site that has other content "
        "unless --reset is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete every page, the taxonomy and the sample images first, then load.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has content (used by 'make run').",
        )
        parser.add_argument(
            "--section",
            action="append",
            dest="sections",
            choices=list(SECTIONS),
            help=(
                "Load only this section (repeat for more), in the usual order. A section needs "
                "the ones before it: taxonomy, home and locales are the site's skeleton."
            ),
        )

    def handle(self, *args, reset=False, if_empty=False, sections=None, **options):
        has_demo = Page.objects.filter(translation_key=demo_key("home")).exists()
        welcome_type = ContentType.objects.get_for_model(Page)
        has_other = (
            Page.objects.filter(depth__gte=2)
            .exclude(depth=2, content_type=welcome_type, numchild=0)
            .exists()
        )
        if if_empty and (has_demo or has_other):
            self.stdout.write("The site has content already; demo content not loaded.")
            return
        if has_other and not has_demo and not reset:
            raise CommandError(
                "This database has pages that are not demo content; nothing was changed. "
                "Run with --reset to delete everything and load the demo."
            )
        with transaction.atomic():
            if reset:
                self.reset()
            for module in section_modules(sections):
                module.load(self.log)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))

    def log(self, message):
        self.stdout.write(f"  {message}")

    def reset(self):
        self.log("reset: deleting pages, sites, taxonomy and sample images")
        Site.objects.all().delete()
        Page.objects.filter(depth=2).delete()
        for module in reversed(list(section_modules())):
            if hasattr(module, "reset"):
                module.reset()
        get_image_model().objects.filter(collection__name=SAMPLE_COLLECTION).delete()
        Collection.objects.filter(name=SAMPLE_COLLECTION).delete()
