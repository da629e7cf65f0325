"""One settings module per supported combination of the Basira apps (docs/design.md,
"Dependencies"): each must pass ``manage.py check`` and ``migrate`` on its own
(tests/test_projects.py runs them in a subprocess, as CI does)."""
