# accord: two commands for a fresh machine — `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXTRAS ?=
EXAMPLE ?= examples/cgtn-istanbul-talks-2025-05-17.txt
# Where `make run` serves the web app: `make run PORT=8080` (HOST=0.0.0.0 to let other machines in).
HOST ?= 127.0.0.1
PORT ?= 8000
SHARED ?= ../shared

.PHONY: install install-dev run test test-fast eval bench train-events mine-cue-frames clean

# Creates .venv and installs accord (with EXTRAS, e.g. `make install EXTRAS=dev`); the CLI lands at .venv/bin/accord.
install:
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".$(if $(EXTRAS),[$(EXTRAS)])"

install-dev:
	$(MAKE) install EXTRAS=dev

# Ingests the bundled examples into ./accord.db (re-running reports them unchanged), then serves the web app.
run: install
	$(BIN)/accord extract $(EXAMPLE) --format table
	$(BIN)/accord ingest examples --db sqlite:///accord.db
	$(BIN)/accord serve --db sqlite:///accord.db --host $(HOST) --port $(PORT)

test: install-dev
	$(BIN)/python -m pytest

test-fast: install-dev
	$(BIN)/python -m pytest -m "not slow"

eval: install
	$(BIN)/accord eval ../shared/gold/*.json ../shared/dev-sets/polnear/dev

# Retrains the event type model (src/accord/data/events/type_model.json) from the labelled data in the
# repo plus the seed gold in $(SHARED), after re-deriving its PETRARCH2 verb features; deterministic
# (numpy only, nothing downloaded), a few minutes. Prints the cross-validated figures.
train-events: install
	$(BIN)/python scripts/build_petrarch_verbs.py --shared $(SHARED)
	$(BIN)/python scripts/train_event_types.py --shared $(SHARED)

# Re-mines src/accord/data/cues/frames_mined.tsv from PolNeAR train only, keeping the frames that hold
# across 5 folds and the classes of cues/frame_classes.tsv (parses train once, a few minutes; `--choose`
# on the script compares the cross-validation criteria on held-out folds).
mine-cue-frames: install
	$(BIN)/python scripts/mine_cue_frames.py $(SHARED)/dev-sets/polnear/train

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
