# Two commands: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-test

.PHONY: run test bench soak fuzz clean

# Running needs only the app's own dependencies; the test tools come with the first `make test`.
$(RUN_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(RUN_STAMP)
	$(BIN)/dialog open "$$($(BIN)/dialog demo --reuse)"

test: $(STAMP)
	TEXTUAL_ANIMATIONS=none $(BIN)/python -m pytest -q

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
