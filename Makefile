# Two commands: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-test
# The exact versions tested (`make lock` writes them from pyproject.toml's ranges).
RUN_LOCK := requirements/run.txt
DEV_LOCK := requirements/dev.txt

TESTS ?=  # `make coverage TESTS=tests/test_web_room_process.py` measures a part

.PHONY: run test lint coverage lock bench soak fuzz clean

# Running needs only the app's own dependencies; the test and lint tools come with the first `make test`.
$(RUN_STAMP): pyproject.toml $(RUN_LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r $(RUN_LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP) $(DEV_LOCK)
	$(BIN)/pip install --quiet -r $(DEV_LOCK)
	@touch $(STAMP)

run: $(RUN_STAMP)
	$(BIN)/dialog open "$$($(BIN)/dialog demo --reuse)"

# One pytest worker per CPU (pytest-xdist); the pictures of one snapshot walk stay on one worker (loadgroup).
test: $(STAMP)
	TEXTUAL_ANIMATIONS=none $(BIN)/python -m pytest -q -n logical --dist loadgroup

# Style, layers and types: ruff, import-linter's contracts and mypy, each set up in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check dialog tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# The suite under coverage, child processes (the room, `dialog` commands) included; report in the terminal.
coverage: $(STAMP)
	rm -rf .coverage-data && mkdir -p .coverage-data
	TEXTUAL_ANIMATIONS=none $(BIN)/coverage run -m pytest -q -p no:cacheprovider $(TESTS)
	$(BIN)/coverage combine -q
	$(BIN)/coverage report --sort=cover

# Write requirements/*.txt again from pyproject.toml's ranges, with the newest versions in them.
lock: $(RUN_STAMP)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --no-header -q -o $(RUN_LOCK)
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --no-header -q --extra test --extra lint -o $(DEV_LOCK)

bench: $(STAMP)
	$(BIN)/python -m bench

# Longer real days on one file, every program at once, with random timings (figures in bench/RESULTS.md).
soak: $(STAMP)
	TEXTUAL_ANIMATIONS=none $(BIN)/python -m bench.real_day --days 5 --seconds 60

# Every fuzz property with 10,000 examples (the suite runs 25 each).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=thorough TEXTUAL_ANIMATIONS=none $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/test_fuzz.py tests/test_json_form.py tests/test_text_gate.py tests/test_room_fuzz.py \
		tests/test_web_error_pages.py::test_hostile_bytes_in_any_place_never_break_the_room \
		tests/test_fuzz_imports.py

clean:
	rm -rf $(VENV) build *.egg-info
