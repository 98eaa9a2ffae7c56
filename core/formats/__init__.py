"""Date and number formats where Django's own locale data is missing or wrong for us.

``FORMAT_MODULE_PATH`` puts these modules before Django's, one setting at a time: a module
here only needs the settings it changes. Kazakh has no formats in Django at all (dates would
read in English order, numbers with English separators); Tajik and Turkmen dates end with
the Russian abbreviation "г.". The values follow CLDR's long date patterns.
https://docs.djangoproject.com/en/stable/topics/i18n/formatting/#creating-custom-format-files
"""
