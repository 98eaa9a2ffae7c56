"""The words of the academy's sample content, written for this project.

Courses are put together from these parts by ``demo.academy``: each course takes modules
and outcomes from its theme, an opening and a closing module shared by all courses, and
a few questions from the FAQ pool.
"""

from demo import data

_TEXTS = data.read("academy")
_MODULE = ("title", "description", "lessons")

# (code, title, theme slugs, catch phrase)
COURSES = data.records(_TEXTS["courses"], ("code", "title", "themes", "catch_phrase"))
# The modules each theme's courses draw from: (title, description, lesson titles).
THEME_MODULES = {
    theme: data.records(modules, _MODULE) for theme, modules in _TEXTS["theme_modules"].items()
}
OPENING_MODULE = data.record(_TEXTS["opening_module"], _MODULE)
CLOSING_MODULES = data.records(_TEXTS["closing_modules"], _MODULE)
THEME_OUTCOMES = _TEXTS["theme_outcomes"]
THEME_AUDIENCE = _TEXTS["theme_audience"]
# (question, answer)
FAQ = data.records(_TEXTS["faq"], ("question", "answer"))
CERTIFICATE_REQUIREMENTS = _TEXTS["certificate_requirements"]
PREREQUISITES = _TEXTS["prerequisites"]
# Sample learners' names by country code, and the organisations they work for.
FIRST_NAMES = _TEXTS["first_names"]
LAST_NAMES = _TEXTS["last_names"]
ORGANISATIONS = _TEXTS["organisations"]
