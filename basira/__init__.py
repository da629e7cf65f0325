"""Basira, the plugin set: the apps ``literacy`` (core), ``courses`` and ``quizzes``.

A Wagtail site includes ``basira.urls``; see "Add Basira to your Wagtail site" in the README.
"""

__version__ = "0.1.0"
