"""What the admin's upload views accept: no SVG (it can carry scripts), no file over the size
limit, no image with more pixels than the limit (a small file can decode to gigabytes)."""

import struct
import zlib
from io import BytesIO

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


def png(width=4, height=3):
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def png_claiming(width, height):
    """A tiny PNG whose header claims ``width`` x ``height``: a decompression bomb's shape."""
    data = bytearray(png(1, 1))
    header = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return bytes(data)


@pytest.fixture
def admin_client(client, home_page, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    return client


def upload_image(client, name, content):
    """The admin's "Add an image" form, then its multi-file uploader: both must refuse."""
    single = client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    multiple = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    return single, multiple


def refused(single, multiple):
    """The error both views show, after checking neither stored anything."""
    assert single.status_code == 200  # the form again, with its error
    errors = single.context["form"].errors["file"]
    assert multiple.status_code == 200
    answer = multiple.json()
    assert answer["success"] is False
    assert get_image_model().objects.count() == 0
    return " ".join(errors), answer["error_message"]


def test_settings_bound_image_uploads():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert not {"svg", "html", "htm", "js", "xml"} & set(settings.WAGTAILDOCS_EXTENSIONS)


def test_an_ordinary_png_is_accepted(admin_client):
    single, multiple = upload_image(admin_client, "wells.png", png())
    assert single.status_code == 302
    assert multiple.json()["success"] is True
    assert get_image_model().objects.count() == 2


def test_svg_is_refused_by_its_name(admin_client):
    single, multiple = refused(*upload_image(admin_client, "logo.svg", SVG))
    assert "Not a supported image format" in single
    assert "Not a supported image format" in multiple


def test_svg_under_an_image_name_is_refused_by_its_content(admin_client):
    for name in ("logo.png", "logo.jpg"):
        single, multiple = refused(*upload_image(admin_client, name, SVG))
        assert "Not a valid" in single or "Upload a valid image" in single, single
        assert multiple


def test_a_file_over_the_size_limit_is_refused(admin_client):
    # A real PNG, padded past 10 MB: readable, so only its size can stop it.
    content = png() + b"\0" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1)
    single, multiple = refused(*upload_image(admin_client, "huge.png", content))
    assert "This file is too big" in single
    assert "This file is too big" in multiple


def test_an_image_with_too_many_pixels_is_refused(admin_client):
    # 8,000 x 5,001 is just over 40 million pixels, in a file of a few dozen bytes.
    single, multiple = refused(*upload_image(admin_client, "bomb.png", png_claiming(8000, 5001)))
    assert "too many pixels" in single
    assert "too many pixels" in multiple


def test_a_gigapixel_bomb_is_refused_without_decoding_it(admin_client):
    single, multiple = refused(*upload_image(admin_client, "bomb.png", png_claiming(40000, 40000)))
    assert "too many pixels" in single
    assert "too many pixels" in multiple


def test_oversized_images_are_refused_before_they_are_decoded(admin_client, monkeypatch):
    """The pixel limit is read from the header: the picture itself is never expanded."""
    bomb = png_claiming(8000, 5001)
    decoded = []
    original = PILImage.Image.load

    def load(image):
        decoded.append(image.size)
        return original(image)

    monkeypatch.setattr(PILImage.Image, "load", load)
    refused(*upload_image(admin_client, "bomb.png", bomb))
    assert decoded == []


def test_an_image_whose_data_ends_early_is_refused_as_not_an_image(admin_client):
    single, multiple = refused(*upload_image(admin_client, "cut.png", png_claiming(400, 300)))
    assert "Upload a valid image" in single
    assert "Upload a valid image" in multiple


def test_images_can_still_be_edited_without_a_new_file(admin_client):
    admin_client.post(
        "/admin/images/add/",
        {"title": "Wells", "file": SimpleUploadedFile("wells.png", png()), "collection": 1},
    )
    image = get_image_model().objects.get()
    response = admin_client.post(
        f"/admin/images/{image.pk}/", {"title": "Village wells", "collection": 1}
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.title, image.width, image.height) == ("Village wells", 4, 3)


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "script.js"])
def test_documents_that_a_browser_would_run_are_refused(admin_client, name):
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, SVG), "collection": 1},
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert get_document_model().objects.count() == 0
