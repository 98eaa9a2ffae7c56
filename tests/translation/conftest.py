"""Roles set up on a translated site, and users who belong to them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from translation import roles


@pytest.fixture
def roles_set_up(translated_home):
    roles.setup_roles(log=lambda message: None)
    return translated_home


@pytest.fixture
def member_of(roles_set_up):
    """``member_of("Translators: Kazakh")``: a new staff user in that group."""
    created = {}

    def make(group_name):
        if group_name not in created:
            user = get_user_model().objects.create_user(
                username=f"user-{len(created)}", password="secret-password"
            )
            user.groups.add(Group.objects.get(name=group_name))
            created[group_name] = user
        return created[group_name]

    return make
