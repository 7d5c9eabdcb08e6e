# Everything builds from a bare checkout: `make demo` and `make test` are the whole quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# A local BigQuery for the export tests (bqemulator): its own venv, since its pins clash with Dagster's.
BQ_VENV := .venv-bq
BQ_STAMP := $(BQ_VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install browser demo dev test bench bench-quick lint format clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,export]'
	touch $(STAMP)

$(BQ_STAMP): constraints-bq.txt
	test -x $(BQ_VENV)/bin/python || $(PYTHON) -m venv $(BQ_VENV)
	$(BQ_VENV)/bin/python -m pip install --quiet --upgrade "pip>=24"
	$(BQ_VENV)/bin/python -m pip install --quiet -c constraints-bq.txt bqemulator numpy
	touch $(BQ_STAMP)

install: $(STAMP) $(BQ_STAMP)

# The browser test drives Debian's Chromium through its chromedriver (selenium never downloads one). Installed when
# missing and we are root (CI, a fresh machine); elsewhere install `chromium chromium-driver` yourself.
browser:
	@command -v chromedriver >/dev/null || [ -x /usr/bin/chromedriver ] || \
	if [ "$$(id -u)" = 0 ]; then \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y --no-install-recommends chromium chromium-driver \
		|| { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }; \
	else echo "make browser: no chromedriver and not root: install chromium chromium-driver for test_browser.py"; fi

demo: $(STAMP)
	$(BIN)/gsc-assets demo

dev: $(STAMP)
	$(BIN)/gsc-assets dev

test: $(STAMP) $(BQ_STAMP) browser
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run --quick

lint: $(STAMP)
	$(BIN)/ruff check gsc_assets gsc_assets_tests benchmarks
	$(BIN)/ruff format --check gsc_assets gsc_assets_tests benchmarks
	$(BIN)/mypy gsc_assets/model.py gsc_assets/gsc gsc_assets/export gsc_assets/warehouse gsc_assets/pipeline

format: $(STAMP)
	$(BIN)/ruff check --fix gsc_assets gsc_assets_tests benchmarks
	$(BIN)/ruff format gsc_assets gsc_assets_tests benchmarks

clean:
	rm -rf $(VENV) $(BQ_VENV) .gsc .pytest_cache
