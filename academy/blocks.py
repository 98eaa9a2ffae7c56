"""Structured parts of a course page: learning outcomes, the syllabus and the FAQ.

They are StreamFields (not text areas) so that wagtail-localize offers every outcome,
module, lesson and answer as its own segment, and so that lesson durations stay numbers
the page can add up (the total effort is computed from them, never typed twice).
https://docs.wagtail.org/en/stable/topics/streamfield.html
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import ParagraphBlock


class LearningOutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(
        label=_("Outcome"),
        max_length=200,
        help_text=_("One thing a learner can do after the course, e.g. 'Write a project budget'."),
    )

    class Meta:
        icon = "tick"
        template = "academy/blocks/learning_outcomes.html"


class LessonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Lesson title"), max_length=150)
    duration_minutes = blocks.IntegerBlock(
        label=_("Duration in minutes"),
        min_value=1,
        max_value=600,
        help_text=_("How long a typical learner needs for this lesson, exercises included."),
    )

    class Meta:
        icon = "time"
        label = _("Lesson")


class ModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Module title"), max_length=150)
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        max_length=600,
        help_text=_("What this module covers, in one or two sentences."),
    )
    lessons = blocks.ListBlock(LessonBlock(), label=_("Lessons"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Module")
        template = "academy/blocks/module.html"
        description = _("A module of the course with its lessons and their durations")
        preview_value = {
            "title": "Planning a community project",
            "description": "From a local problem to a plan with goals, activities and a budget.",
            "lessons": [
                {"title": "Describing the problem", "duration_minutes": 45},
                {"title": "Setting goals you can measure", "duration_minutes": 60},
            ],
        }

    def effort_minutes(self, value):
        return sum(lesson["duration_minutes"] or 0 for lesson in value["lessons"])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["effort_minutes"] = self.effort_minutes(value)
        return context


class SyllabusBlock(blocks.StreamBlock):
    module = ModuleBlock()


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "academy/blocks/question.html"
        preview_value = {
            "question": "Do I need to pay for the course?",
            "answer": "<p>No. Every course of the academy is free.</p>",
        }


class FaqBlock(blocks.StreamBlock):
    question = QuestionBlock()
