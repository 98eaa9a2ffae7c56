"""The admin's image upload form (``WAGTAILIMAGES_IMAGE_FORM_BASE``).

Wagtail checks ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` only after its image library has decoded
the whole picture, so a small file claiming huge dimensions is expanded in memory before it
is refused, and a file whose data ends early (a forged header) fails with a server error.
Here the size is read from the file's header first, and a file that cannot be decoded is
refused as not an image. https://docs.wagtail.org/en/stable/reference/settings.html#images
"""

import warnings

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ImageUploadField(WagtailImageField):
    def to_python(self, data):
        self.check_declared_pixels(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - any decoding failure means "not an image"
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error

    def check_declared_pixels(self, data):
        """Refuse an image whose header declares more pixels than allowed, decoding nothing."""
        if self.max_image_pixels is None or not hasattr(data, "read"):
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as image:
                    width, height = image.size
        except PILImage.DecompressionBombError:
            width = height = None
        except Exception:  # noqa: BLE001 - not a raster image: Wagtail's own checks answer
            return
        finally:
            data.seek(0)
        if width is not None and width * height <= self.max_image_pixels:
            return
        raise ValidationError(
            self.error_messages["file_too_many_pixels"]
            % {
                "num_pixels": width * height if width is not None else "?",
                "max_pixels_count": self.max_image_pixels,
            },
            code="file_too_many_pixels",
        )


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, ImageUploadField):
            self.fields["file"] = ImageUploadField(
                label=field.label, required=field.required, widget=field.widget
            )
