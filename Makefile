# The two commands of the README quick start: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

SHARED ?= ../shared
.PHONY: setup demo test check lint types eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint constraints.txt --editable '.[dev]'
	touch $@

demo: setup  ## set up, ingest the bundled demo corpus, print a summary
	$(BIN)/nexus --db $(DB) demo

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: setup
	$(BIN)/mypy --strict src

test: setup lint types  ## set up, lint, type-check and run the tests
	$(BIN)/pytest -q

check: test

bench: setup  ## ingestion throughput against bare spaCy; graph analysis at 5 M relations against networkx
	$(BIN)/python bench/ingest_throughput.py
	$(BIN)/python bench/graph_scale.py

eval: setup  ## extraction quality on ../shared/eval-dev, eval/dev2, eval/dev3, eval/dev4 and eval/dev5 (development) and eval/holdout, eval/holdout2, eval/holdout3 (held out)
	@if [ -f $(SHARED)/eval-dev/score.py ]; then \
	  echo "== development set: $(SHARED)/eval-dev"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold $(SHARED)/eval-dev/gold \
	    --corpus $(SHARED)/eval-dev/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== second development set: eval/dev2"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/dev2/gold \
	    --corpus eval/dev2/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== third development set: eval/dev3"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/dev3/gold \
	    --corpus eval/dev3/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== fourth development set: eval/dev4"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/dev4/gold \
	    --corpus eval/dev4/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== fifth development set: eval/dev5"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/dev5/gold \
	    --corpus eval/dev5/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== held-out set: eval/holdout"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/holdout/gold \
	    --corpus eval/holdout/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== second held-out set: eval/holdout2"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/holdout2/gold \
	    --corpus eval/holdout2/corpus --cmd "$(BIN)/nexus extract {file}"; \
	  echo "== third held-out set: eval/holdout3"; \
	  $(BIN)/python $(SHARED)/eval-dev/score.py --gold eval/holdout3/gold \
	    --corpus eval/holdout3/corpus --cmd "$(BIN)/nexus extract {file}"; \
	else echo "skipped: $(SHARED)/eval-dev is not here"; fi

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
