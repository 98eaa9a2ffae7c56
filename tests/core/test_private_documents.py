"""Documents of a login-restricted collection reach only logged-in people: their files are
never served under MEDIA_URL, and Wagtail's document view streams them rather than
redirecting to a file URL anyone could reuse."""

import importlib
import os

import pytest
from django.core.files.base import ContentFile, File
from django.core.files.storage import FileSystemStorage
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

import core.urls
import hub.urls

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% the board's confidential minutes\n%%EOF\n"


class RemoteStorage(FileSystemStorage):
    """A storage with URLs but no local paths, as S3 is to Wagtail."""

    def path(self, name):
        raise NotImplementedError("remote storage")

    def _open(self, name, mode="rb"):
        return File(open(super().path(name), mode))  # noqa: SIM115 - the caller closes it

    def size(self, name):
        return os.path.getsize(super().path(name))


@pytest.fixture
def media_served(settings):
    """The URL map as `make run` (DEBUG) and `make serve` (SERVE_MEDIA) build it."""
    settings.SERVE_MEDIA = True
    _reload_urls()
    yield
    settings.SERVE_MEDIA = False
    _reload_urls()


def _reload_urls():
    # core.urls decides at import whether to route /media/; hub.urls includes it.
    importlib.reload(core.urls)
    importlib.reload(hub.urls)
    clear_url_caches()


@pytest.fixture
def private_document(home_page):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Minutes",
        file=ContentFile(PDF, name="minutes.pdf"),
        collection=collection,
    )


def test_the_document_view_asks_for_a_login(client, private_document):
    assert private_document.url == f"/documents/{private_document.pk}/minutes.pdf"
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "/login/?next=" in response["Location"]


def test_the_media_url_never_serves_a_document(client, media_served, private_document):
    file_url = private_document.file.url
    assert file_url.startswith("/media/documents/")

    assert client.get(file_url).status_code == 404
    assert client.get(file_url.replace("/documents/", "/images/../documents/")).status_code == 404
    assert client.get(file_url.replace("/documents/", "/DOCUMENTS/")).status_code == 404


def test_the_media_url_still_serves_images(client, media_served, home_page):
    from tests.core.test_uploads import png

    image = get_image_model().objects.create(
        title="Wells", file=ContentFile(png(), name="wells.png")
    )
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png()


def test_documents_in_remote_storage_are_streamed_not_redirected(
    client, settings, private_document, django_user_model
):
    """Wagtail's default for a storage without local paths (S3) is a redirect to the file's
    own URL, which works for anyone who has it, logged in or not."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{__name__}.RemoteStorage"},
    }
    client.force_login(django_user_model.objects.create_user("reader", password="x"))

    response = client.get(private_document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
