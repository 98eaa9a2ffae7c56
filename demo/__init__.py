"""Sample content for every page type, loaded by ``manage.py load_demo_content``.

Each section of the site has a ``demo`` module with a ``load(log)`` function (and, where it
keeps rows outside the page tree, a ``reset()``); the command runs them in the order of
``demo.management.commands.load_demo_content.SECTIONS``. Everything is created with
deterministic translation keys, so a second run finds what the first made and changes
nothing.
"""
