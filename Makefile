# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

# `make serve`: production settings on plain http, for measuring and trying the real thing.
SERVE_ENV = DJANGO_SETTINGS_MODULE=hub.settings.production LOCAL_HTTP=true SERVE_MEDIA=true \
	SECRET_KEY="$${SECRET_KEY:-$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}"
WORKERS ?= 2
# pytest-xdist processes for `make test`: one per core; `make test TEST_WORKERS=0` runs in one.
TEST_WORKERS ?= auto

.PHONY: run test lint format migrate demo serve bench clean messages compilemessages

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The stamp depends on pyproject.toml, so changed dependencies reinstall and nothing else does.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

run: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) ensure_admin
	$(MANAGE) runserver $(HOST):$(PORT)

serve: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(SERVE_ENV) $(MANAGE) createcachetable
	$(MANAGE) load_demo_content --if-empty
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v 0
	$(SERVE_ENV) $(BIN)/gunicorn hub.wsgi --workers $(WORKERS) --bind $(HOST):$(PORT) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=hub.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrate: $(VENV)/.installed
	$(MANAGE) migrate --noinput

demo: $(VENV)/.installed
	$(MANAGE) load_demo_content

# Interface translations (README, "Interface translations"): `make messages` refreshes every
# language's locale/<lang>/LC_MESSAGES/django.po from the code, `make compilemessages` turns
# them into the .mo files Django reads. Both files are committed; tests/core/test_catalogues.py
# fails when a catalogue is incomplete, stale or not compiled.
messages: $(VENV)/.installed
	$(MANAGE) makemessages

compilemessages: $(VENV)/.installed
	$(MANAGE) compilemessages --ignore .venv --ignore node_modules

# Performance measurements: each benchmarks/*_bench.py seeds its own throw-away database.
bench: $(VENV)/.installed
	@for bench in benchmarks/*_bench.py; do echo "== $$bench"; $(BIN)/python $$bench || exit 1; done

clean:
	rm -rf $(VENV) db.sqlite3 media static
