"""Sample library and newsroom: 24 articles (six of each kind), 24 news items, their
documents, and "latest" sections on the English home page.

Everything here was written for this demonstration in plain English and is labelled as
sample content. Dates, authors and images are chosen deterministically, so a second run
finds every page by its translation key and changes nothing.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.models import (
    KINDS_WITH_DOCUMENTS,
    ArticleAuthor,
    ArticleIndexPage,
    ArticleKind,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
    NewsAuthor,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
)
from core.indexing import search_indexing_deferred
from core.models import Country, Person, Theme
from demo import data
from demo.taxonomy import PEOPLE
from demo.utils import (
    SAMPLE_COLLECTION,
    SAMPLE_LABEL,
    demo_image,
    demo_key,
    demo_random,
    ensure_page,
    find_page,
    sample_collection,
    source_locale,
)
from home.models import HomePage

IMAGE_POOL = 12
SAMPLE_NOTE = (
    f"<p><i>{SAMPLE_LABEL}: this text was written for the demonstration site. The people, "
    "figures and events it describes are illustrative.</i></p>"
)

_TEXTS = data.read("articles")
# (kind, title, summary, opening paragraph, country, themes, year, tags)
ARTICLES = [
    (ArticleKind(kind), *rest)
    for kind, *rest in data.records(
        _TEXTS["articles"],
        ("kind", "title", "summary", "opening", "country", "themes", "year", "tags"),
    )
]
# (title, summary, opening paragraph, country, themes, year, tags, (source name, url) or None)
NEWS = [
    (*rest, data.record(source, ("name", "url")) if source else None)
    for *rest, source in data.records(
        _TEXTS["news"],
        ("title", "summary", "opening", "country", "themes", "year", "tags", "source"),
    )
]
# theme slug: a sentence of context for the bodies of pages about it
THEME_CONTEXT = _TEXTS["theme_context"]
# kind: (heading, paragraph) of the section that closes every page of that kind
KIND_SECTIONS = {
    ArticleKind(kind): data.record(section, ("heading", "text"))
    for kind, section in _TEXTS["kind_sections"].items()
}


def publication_date(key, year):
    """A stable day of ``year`` for the page ``key``."""
    rng = demo_random(f"date:{key}")
    return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))


def published_at(date):
    return datetime.datetime.combine(date, datetime.time(10), tzinfo=datetime.UTC)


def render_pdf(title, lines):
    """A one-page PDF with a title and a few lines of text, written by hand (no library)."""

    def pdf_text(text):
        text = text.encode("latin-1", "replace").decode("latin-1")
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    commands = ["BT", "/F1 16 Tf", "72 770 Td", f"({pdf_text(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        commands += ["0 -22 Td", f"({pdf_text(line)}) Tj"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf = io.BytesIO()
    pdf.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(pdf.tell())
        pdf.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = pdf.tell()
    pdf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        pdf.write(b"%010d 00000 n \n" % offset)
    pdf.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return pdf.getvalue()


def demo_document(title, lines):
    """A generated PDF in the Sample content collection, made once and then reused."""
    Document = get_document_model()
    document = Document.objects.filter(title=title, collection__name=SAMPLE_COLLECTION).first()
    if document is None:
        document = Document(title=title, collection=sample_collection())
        document.file = ContentFile(render_pdf(title, lines), name=f"{slugify(title)[:60]}.pdf")
        document._set_document_file_metadata()
        document.save()
    return document


def body_for(opening, themes, kind=None):
    theme = themes[0]
    blocks = [{"type": "paragraph", "value": f"<p>{opening}</p>"}]
    if kind is not None:
        heading, text = KIND_SECTIONS[kind]
        blocks += [
            {"type": "heading", "value": {"text": heading, "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{text}</p>"},
        ]
    blocks += [
        {"type": "heading", "value": {"text": "Background", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{THEME_CONTEXT[theme]}</p>"},
    ]
    if kind == ArticleKind.ESSAY:
        blocks.append(
            {"type": "quote", "value": {"quote": opening.split(". ")[0] + ".", "attribution": ""}}
        )
    blocks.append({"type": "paragraph", "value": SAMPLE_NOTE})
    return blocks


class Taxonomy:
    """The English taxonomy rows the demo pages point at, fetched once."""

    def __init__(self):
        english = source_locale()
        self.countries = {c.iso_code: c for c in Country.objects.filter(locale=english)}
        self.themes = {t.slug: t for t in Theme.objects.filter(locale=english)}
        self.people = [
            Person.objects.get(locale=english, translation_key=demo_key(f"person:{name}"))
            for name, _role, _bio in PEOPLE
        ]

    def tags(self, names):
        return [
            Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]
            for name in names
        ]


def image_for(index):
    number = index % IMAGE_POOL + 1
    return demo_image(
        f"publication:{number}", f"Sample illustration {number} (sample image)", 1200, 800
    )


def shared_fields(taxonomy, title, summary, date, themes, iso_code, image_number):
    """The fields articles and news items fill the same way."""
    return {
        "first_published_at": published_at(date),
        "title": title,
        "slug": slugify(title)[:80],
        "summary": summary,
        "hero_image": image_for(image_number),
        "hero_image_alt": "An abstract landscape of hills under a sun (sample image)",
        "publication_date": date,
        "themes": [taxonomy.themes[slug] for slug in themes],
        "countries": [taxonomy.countries[iso_code]],
    }


def load_articles(library, taxonomy, log):
    created = []
    pages = []
    for index, (kind, title, summary, opening, iso, themes, year, tags) in enumerate(ARTICLES):
        key = f"article:{slugify(title)[:50]}"
        date = publication_date(key, year)
        documents = []
        if kind in KINDS_WITH_DOCUMENTS:
            document = demo_document(
                f"{title} (sample PDF)", [summary[:90], f"{SAMPLE_LABEL}, {year}."]
            )
            documents = [
                ("document", {"document": document, "title": document.title, "description": ""})
            ]
        authors = [taxonomy.people[index % len(taxonomy.people)]]
        if index % 3 == 0:
            authors.append(taxonomy.people[(index + 2) % len(taxonomy.people)])
        related = []
        if pages and index % 5 == 0:
            related = [ArticleRelatedPage(related_page=pages[-1])]
        page, was_created = ensure_page(
            library,
            ArticlePage,
            key,
            **shared_fields(taxonomy, title, summary, date, themes, iso, index),
            kind=kind,
            body=body_for(opening, themes, kind),
            documents=documents,
            authors=[ArticleAuthor(person=person) for person in authors],
            tagged_items=[ArticlePageTag(tag=tag) for tag in taxonomy.tags(tags)],
            related_links=related,
        )
        pages.append(page)
        if was_created:
            created.append(page)
    log(f"library: {len(ARTICLES)} articles ({len(created)} new)")
    return created


def load_news(newsroom, taxonomy, log):
    created = []
    for index, (title, summary, opening, iso, themes, year, tags, source) in enumerate(NEWS):
        key = f"news:{slugify(title)[:50]}"
        date = publication_date(key, year)
        source_name, source_url = source or ("", "")
        page, was_created = ensure_page(
            newsroom,
            NewsPage,
            key,
            **shared_fields(taxonomy, title, summary, date, themes, iso, index + 5),
            body=body_for(opening, themes),
            source_name=source_name,
            source_url=source_url,
            authors=[NewsAuthor(person=taxonomy.people[4 if index % 2 else 0])],
            tagged_items=[NewsPageTag(tag=tag) for tag in taxonomy.tags(tags)],
        )
        if was_created:
            created.append(page)
    log(f"news: {len(NEWS)} items ({len(created)} new)")
    return created


def index_references(pages):
    """Record what new pages and their aliases link to (images, documents, people), once per
    page: the loader turns the per-save update off because each page is saved many times."""
    aliases = Page.objects.filter(alias_of__in=pages).specific()
    for page in [*pages, *aliases]:
        ReferenceIndex.create_or_update_for_object(page)


def add_latest_sections(home, sections):
    """Append a 'latest' block per section to the home page unless one points at it."""
    listed = {
        block["value"].get("section")
        for block in home.sections.raw_data
        if block["type"] == "latest"
    }
    missing = [(title, page) for title, page in sections if page.pk not in listed]
    if not missing:
        return 0
    for title, page in missing:
        home.sections.append(("latest", {"title": title, "section": page, "count": 3}))
    home.save_revision(log_action=False).publish(log_action=False)
    return len(missing)


def load(log):
    home = find_page(HomePage, "home")
    newsroom, _ = ensure_page(
        home,
        NewsIndexPage,
        "news",
        title="News",
        slug="news",
        show_in_menus=True,
        intro="What happens in the programme and among its grantees. (Sample content.)",
    )
    library, _ = ensure_page(
        home,
        ArticleIndexPage,
        "library",
        title="Library",
        slug="library",
        show_in_menus=True,
        intro=(
            "Analysis, policy information, educational resources and essays about civil "
            "society in the region. (Sample content.)"
        ),
    )
    taxonomy = Taxonomy()
    # Each new page and its aliases are indexed once, in bulk, after the last one is saved.
    with disable_reference_index_auto_update(), search_indexing_deferred():
        created = [*load_articles(library, taxonomy, log), *load_news(newsroom, taxonomy, log)]
    index_references(created)
    added = add_latest_sections(home, [("Latest news", newsroom), ("From the library", library)])
    log(f"home: {added} new 'latest' sections")


def reset():
    """The pages go with the page tree; the generated documents are deleted here."""
    get_document_model().objects.filter(collection__name=SAMPLE_COLLECTION).delete()
