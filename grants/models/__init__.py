"""The grants programme: the grants page (map and statistics), grantee profiles and grants.

Grantees are pages so that editors publish, translate and schedule them like any other
content; their grants and photos are inline child objects (``Orderable``) edited on the
grantee's page. https://docs.wagtail.org/en/stable/reference/pages/panels.html#inlinepanel

Taxonomy references (country, themes) and facts (coordinates, amounts, dates, codes) are
synchronised across translations; text is translated. Every translation therefore points
at the source-language ``Country`` and ``Theme`` rows, and statistics group by ISO code
and slug, which are the same in every language.
"""

from .grantee import GranteePage, SocialLinkBlock
from .index import GrantsIndexPage
from .inlines import Grant, GranteeInline, GranteePhoto
from .shared import CURRENCIES, REPORTING_CURRENCY, grant_reference_validator, source_taxonomy
from .uploads import ImportUpload

__all__ = [
    "CURRENCIES",
    "Grant",
    "GranteeInline",
    "GranteePage",
    "GranteePhoto",
    "GrantsIndexPage",
    "ImportUpload",
    "REPORTING_CURRENCY",
    "SocialLinkBlock",
    "grant_reference_validator",
    "source_taxonomy",
]
