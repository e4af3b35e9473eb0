# Station Desk — the commands a newcomer needs. Everything runs in .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/station_zh_CN.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find station_app -name '*.py' 2>/dev/null)

.PHONY: run test lint bench faults dist dist-check dist-windows test-windows ts qm demo clean \
	screenshots desk-walk

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled translations are build output, made from the .ts, never edited.
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

qm: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/station-app

lint: $(STAMP)
	$(BIN)/ruff format --check station_app tests
	$(BIN)/ruff check station_app tests
	$(BIN)/lint-imports

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# Refresh the .ts from the sources (new strings come in unfinished; translate them).
ts: $(STAMP)
	@$(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -ts $(TS)

# The four desk jobs by keyboard on a demo station: one line each with its action count
# (issue 15's goals; the counts are asserted, and the same test runs in `make test`).
desk-walk: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -s tests/desk_walk

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# Kill the desk (SIGKILL) 200 times inside imports, campaign openings and hand-outs;
# check the database after each kill; nothing confirmed may be lost (exit 1 if it is).
faults: $(STAMP)
	$(BIN)/python -m tests.faults.kill --runs 200

demo: $(STAMP)
	$(BIN)/station-app --db demo.db demo --members 2000

# One-folder build in dist/station-app/ (PyInstaller, build_spec/); prints size and top files.
dist: $(STAMP) $(QM)
	$(BIN)/python build_spec/build.py

# Build, then run the built program offscreen with a clean HOME and no Python on PATH.
dist-check: dist
	$(BIN)/python build_spec/check_dist.py

# The Windows build, made and checked on Linux under Wine (build_spec/windows.py, README):
# dist/windows/station-app/, then check_dist.py under Wine, offscreen and on the windows
# platform plugin. Wheels and the Wine prefix are cached in ~/.cache/station-windows.
dist-windows: $(STAMP) $(QM)
	$(BIN)/python build_spec/windows.py dist

# The Qt-free test suites (core, services, reports, sheets) under the Windows Python.
test-windows: $(STAMP)
	$(BIN)/python build_spec/windows.py test

clean:
	rm -rf build dist .pytest_cache .ruff_cache $(QM)

screenshots: $(STAMP) $(QM)
	$(BIN)/python -m tests.screenshots
	$(BIN)/python -m tests.rooms.ui.shots
