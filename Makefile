# Basira: `make run` sets everything up and serves the demo; `make test` runs the tests.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

.PHONY: run setup system deps assets messages migrate seed test test-browser test-package test-deploy bench lint clean catalogues wheel

run: setup
	@echo "Basira: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

setup: deps assets messages migrate seed

system:
	@PYTHON=$(PYTHON) WITH_BROWSER=$(WITH_BROWSER) WITH_DEPLOY=$(WITH_DEPLOY) scripts/check_system.sh

# Stamp files: reinstall only when the pinned requirements change.
$(VENV)/.installed: requirements.txt requirements-dev.txt | system
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# -qq: errors only (a local mirror's find-links warn once per package otherwise).
	$(PY) -m pip install -qq --upgrade pip
	$(PY) -m pip install -qq -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json | system
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.installed node_modules/.installed

# The npm files the site serves itself (never a CDN): one font weight subset to
# Arabic + Latin, the H5P player, and the service worker (Workbox, scripts/build_sw.mjs).
assets: node_modules/.installed $(VENV)/.installed
	@mkdir -p static/vendor/fonts static/vendor/h5p
	@$(PY) scripts/subset_fonts.py
	@cp -R node_modules/h5p-standalone/dist/. static/vendor/h5p/
	@node scripts/build_sw.mjs

messages: $(VENV)/.installed
	@$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: $(VENV)/.installed
	$(MANAGE) migrate --noinput -v 0

seed: migrate
	$(MANAGE) seed_demo

test: deps assets messages
	$(PY) -m pytest $(PYTEST_ARGS)

test-browser: deps assets messages
	$(PY) -m pytest -m browser $(PYTEST_ARGS)

bench: deps assets messages
	@$(PY) -m bench $(if $(ONLY),--only $(ONLY),)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) node_modules static/vendor staticfiles artifacts db.sqlite3 build dist

# For developers: refresh each app's catalogue (<app>/locale/) and the site's own (locale/:
# templates/ and literacy/settings/) from their sources (makemessages over each one's files
# alone), then list what is left to translate. `$(PY) scripts/translations.py split DIR`
# does the same taking translations from a branch's old project-wide catalogues first.
catalogues: $(VENV)/.installed
	$(PY) scripts/translations.py extract
	$(PY) scripts/translations.py missing || true

# The plugin set as a wheel in dist/ (catalogues compiled and vendored assets copied in by
# scripts/build_backend.py), for `pip install dist/basira-*.whl` in a Wagtail site.
wheel: assets messages
	rm -rf build dist/basira-*.whl
	$(PY) -m pip wheel --no-deps --quiet --wheel-dir dist .
	@ls -l dist/basira-*.whl

# deploy/ tested: nginx in front of gunicorn and daphne with the production settings. Needs
# nginx (`make system WITH_DEPLOY=1`), DATABASE_URL (PostgreSQL) and REDIS_URL.
test-deploy: deps assets messages
	@PYTHON=$(PYTHON) WITH_DEPLOY=1 scripts/check_system.sh
	$(PY) -m pytest -m deploy tests/deploy $(PYTEST_ARGS)

# Builds the wheel, installs it into a new `wagtail start` site and renders a course there.
test-package: deps assets messages
	$(PY) -m pytest -m package $(PYTEST_ARGS)
