"""Cohort settings: they live with the app's others in courses/conf.py (prefixed COURSES_)."""

from ..conf import DEFAULTS, app_settings, setting

__all__ = ["DEFAULTS", "app_settings", "setting"]
