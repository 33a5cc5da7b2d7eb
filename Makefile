# hptracker — the two commands of the README's Quick start, and a few helpers.
#   make run    creates .venv, installs, opens the window on the demo database
#   make test   creates .venv, installs, runs every test (offscreen)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= .demo/hptracker-demo.db
# System packages the tests need beyond Python: Qt's offscreen libraries are checked by
# hptracker.ui.platform_check; fonts for the Chinese names in briefs are listed here.
TEST_FONT_PACKAGES ?= fonts-noto-cjk
# PostgreSQL 15+ for the tests that run on both backends: the tests start a throwaway server of
# their own from its binaries (tests/pgserver.py). Installed when missing and root; without it
# those tests are skipped and say why. As root on Debian (CI) they must run: HPTRACKER_TEST_PG=require.
TEST_PG_PACKAGES ?= postgresql
PG_INITDB = ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null
CAN_INSTALL = [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null

.PHONY: run test venv sysdeps-test screenshots lint translations clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing python3-venv (Debian ships venv separately)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); \
	  else \
	    echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 1; \
	  fi; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# The window needs a desktop session and Qt's xcb libraries; without them, platform_check says
# why in full: the install line that works as it is (no sudo for root, -y), or what to run instead.
run: $(STAMP)
	@$(BIN)/python -m hptracker.ui.platform_check --platform xcb --explain
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/hptracker --db $(DEMO_DB) demo
	$(BIN)/hptracker --db $(DEMO_DB)

sysdeps-test: $(STAMP)
	@$(BIN)/python -m hptracker.ui.platform_check --platform offscreen --install
	@if command -v fc-list >/dev/null && [ -z "$$(fc-list :lang=zh family 2>/dev/null)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing a CJK font for the brief tests ($(TEST_FONT_PACKAGES))"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_FONT_PACKAGES) >/dev/null || true; \
	  else \
	    echo "No CJK font: the tests that print Chinese names will say they are skipped ($(TEST_FONT_PACKAGES))"; \
	  fi; fi
	@if ! { $(PG_INITDB); }; then \
	  if $(CAN_INSTALL); then \
	    echo "Installing PostgreSQL for the tests on both backends ($(TEST_PG_PACKAGES))"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_PG_PACKAGES) >/dev/null || true; \
	  else \
	    echo "No PostgreSQL server: the PostgreSQL tests will say they are skipped ($(TEST_PG_PACKAGES))"; \
	  fi; fi

# The checks run first: a lint failure stops `make test` (and CI) before the suite starts.
# Bytecode is written (__pycache__, ignored by git) even where the environment says not to
# (PYTHONDONTWRITEBYTECODE): every xdist worker, every command a test starts and every child an
# export starts would otherwise compile hptracker and rewrite the tests' asserts again, 6 s of
# each worker's start and a few tenths of a second of each of some 150 processes.
test: $(STAMP) sysdeps-test lint
	@if $(CAN_INSTALL); then export HPTRACKER_TEST_PG=$${HPTRACKER_TEST_PG:-require}; fi; \
	export PYTHONDONTWRITEBYTECODE=; \
	echo "QT_QPA_PLATFORM=offscreen HPTRACKER_TEST_PG=$${HPTRACKER_TEST_PG:-} $(BIN)/python -m pytest -q -n auto --durations=10"; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --durations=10

screenshots: $(STAMP)
	@mkdir -p screenshots $(dir $(DEMO_DB))
	$(BIN)/hptracker --db $(DEMO_DB) demo
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m hptracker.ui.screenshots --db $(DEMO_DB) --out screenshots

# Qt translations: sources (.ts) kept in sync with the code, compiled (.qm) shipped in resources/.
TS_FILES := resources/translations/hptracker_vi.ts resources/translations/hptracker_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find hptracker -name '*.py' | sort) -ts $(TS_FILES)
	@for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# ruff format (the whole tree is formatted), ruff (RUF100: every noqa names an enabled rule that
# fires) and mypy on hptracker/core (the files and options are in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .demo build dist *.egg-info .pytest_cache .ruff_cache
