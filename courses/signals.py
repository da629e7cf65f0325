"""Signals of the courses app (none sent yet; receivers.py listens to other apps)."""
