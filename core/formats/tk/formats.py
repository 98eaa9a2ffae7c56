"""Turkmen dates without Django's Russian "г." (CLDR tk: "5 ýanwar 2024"); the rest is Django's."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, G:i"
YEAR_MONTH_FORMAT = "F Y"
