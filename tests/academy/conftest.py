import pytest

from core.models import SiteSettings
from tests.factories import StandardPageFactory

from .factories import CourseIndexPageFactory, CoursePageFactory


@pytest.fixture
def academy(home_page):
    """The English catalogue at /en/academy/."""
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def privacy_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Privacy", slug="privacy")
    settings_row = SiteSettings.for_site(home_page.get_site())
    settings_row.privacy_page = page
    settings_row.save()
    return page


@pytest.fixture
def course(academy, privacy_page):
    """An English course open for registration, at /en/academy/grant-writing/."""
    return CoursePageFactory(
        parent=academy, title="Grant writing", slug="grant-writing", code="NGO-101"
    )
