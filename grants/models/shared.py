"""Currencies, grant references and the taxonomy choices every grants model uses."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

CURRENCIES = [
    ("USD", _("US dollar (USD)")),
    ("EUR", _("Euro (EUR)")),
    ("GBP", _("Pound sterling (GBP)")),
    ("CHF", _("Swiss franc (CHF)")),
    ("AZN", _("Azerbaijani manat (AZN)")),
    ("KZT", _("Kazakhstani tenge (KZT)")),
    ("KGS", _("Kyrgyz som (KGS)")),
    ("TJS", _("Tajikistani somoni (TJS)")),
    ("TMT", _("Turkmen manat (TMT)")),
    ("UZS", _("Uzbek sum (UZS)")),
    ("RUB", _("Russian rouble (RUB)")),
]
REPORTING_CURRENCY = "USD"

grant_reference_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9._/-]*$",
    _("Use letters, digits, dots, dashes and slashes, for example SG-2019-014."),
)


def source_taxonomy():
    """Limit taxonomy choices to the source language: translations share its rows."""
    return {"locale__language_code": settings.LANGUAGE_CODE}
