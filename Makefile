# Project tasks. Every tool runs from the project's own .venv (Python) or node_modules (Node);
# `make install` creates both and is cheap when nothing changed.
VENV ?= .venv
PYTHON ?= python3
SPEC ?= openapi/sparkbot.yaml
GEN_DIR ?= generated/sparkbot_api

PY := $(VENV)/bin/python
BIN := $(VENV)/bin
NODE_BIN := node_modules/.bin
PY_STAMP := $(VENV)/.sparkbot-installed
NODE_STAMP := node_modules/.sparkbot-installed

.PHONY: install generate check-generated lint-spec lint test test-prism fuzz mutate demo bench compat

install: $(PY_STAMP) $(NODE_STAMP)

$(PY):
	$(PYTHON) -m venv $(VENV)

$(PY_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	SCARF_ANALYTICS=false npm ci --no-audit --no-fund
	touch $@

generate: $(PY_STAMP)
	$(PY) tools/generate.py --spec $(SPEC) --out $(GEN_DIR)

# Regenerate into a temporary directory and compare with what is committed: generated code (and api.md, the
# API reference) is only ever written by `make generate`, never edited by hand.
check-generated: $(PY_STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) tools/generate.py --spec $(SPEC) --out "$$tmp/sparkbot_api" --api-md "$$tmp/api.md" >/dev/null && \
	if diff -r -x __pycache__ "$$tmp/sparkbot_api" $(GEN_DIR) && diff "$$tmp/api.md" api.md; then \
		echo "check-generated: $(GEN_DIR) and api.md match $(SPEC)"; \
	else \
		echo "check-generated: $(GEN_DIR) or api.md differ from what $(SPEC) generates (diff above: fresh output first)." >&2; \
		echo "  Run 'make generate' and commit the result; never edit generated code by hand." >&2; \
		exit 1; \
	fi

lint-spec: $(PY_STAMP) $(NODE_STAMP)
	$(NODE_BIN)/spectral lint --ruleset .spectral.yaml --fail-severity error $(SPEC)
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(NODE_BIN)/redocly lint --format=summary $(SPEC)
	$(BIN)/openapi-spec-validator --validation-errors all $(SPEC)
	$(PY) tools/check_coverage.py $(SPEC)

# Typing as users check it: mypy --strict and pyright (strict, [tool.pyright] in pyproject.toml) on the
# overlay, the examples and the typed usage files in tests/typed.
lint: $(PY_STAMP) $(NODE_STAMP)
	$(BIN)/ruff check overlay tests tools examples bench noxfile.py
	$(BIN)/ruff format --check overlay tests tools examples bench noxfile.py
	$(BIN)/mypy --strict overlay/sparkbot
	$(BIN)/mypy --strict tools examples bench tests/typed
	$(BIN)/mypy $(GEN_DIR)
	$(NODE_BIN)/pyright

test: install
	$(BIN)/pytest --cov=sparkbot --cov-report=term-missing:skip-covered --cov-fail-under=90

# Every facade method against a Prism mock of the spec (deselected from plain pytest by the prism marker).
# The property tests with ten times the examples (HYPOTHESIS_PROFILE=deep; make test uses "ci"), including
# the hostile campaign (arbitrary arguments and replies, every method, sync and async); it prints its figures.
fuzz: $(PY_STAMP)
	HYPOTHESIS_PROFILE=deep $(BIN)/pytest -q tests/contract/test_fuzz.py tests/contract/test_campaign.py \
		tests/test_transport.py tests/test_webhooks.py

test-prism: install
	$(BIN)/pytest -m prism tests/prism

# Mutation testing of the overlay (tools/mutate.py drives mutmut, one worker): each mutant against only the
# tests that reach it, with a timeout; writes tests/MUTATION.md and fails under the floor (95 % of the
# mutants that change behaviour killed, 90 % in every module). SAMPLE=n [SEED=s] [MODULES="a b"] is CI's
# run: a fixed sample of n mutants (of those modules), its table printed, the overall floor checked.
# JOBS=n runs n mutants at once (the bot's mutants mostly wait on timeouts: more jobs than cores pays).
mutate: $(PY_STAMP)
ifdef SAMPLE
	$(PY) tools/mutate.py --sample $(SAMPLE) --seed $(or $(SEED),0) $(foreach m,$(MODULES),--module $(m)) \
		--max-children $(or $(JOBS),1)
else
	$(PY) tools/mutate.py --max-children $(or $(JOBS),1)
endif

# The README's main command: the quickstart against the fake SparkBot server, started on loopback in its
# own process and reached over real HTTP (set SPARKBOT_API_KEY/SPARKBOT_BASE_URL to tour the real service),
# then the echo bot answering messages the fake delivers to it over loopback webhooks.
demo: $(PY_STAMP)
	$(PY) examples/quickstart.py
	$(PY) examples/echo_bot.py

# Python 3.12 and 3.13 (noxfile.py): the tests without tests/contract, then the demo, each in its own venv.
# The interpreters come from PATH (python3.12, python3.13); .ci/run adds pyenv's.
compat: $(PY_STAMP) $(NODE_STAMP)
	$(BIN)/nox --session compat

# Measurements, not tests: writes bench/RESULTS.md. QUICK=1 is CI's smoke run (few repetitions, no peer
# SDKs installed, output to bench/RESULTS-quick.md, which is not committed).
bench: $(PY_STAMP)
ifdef QUICK
	$(PY) bench/bench.py --quick --out bench/RESULTS-quick.md
else
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) bench/bench.py
endif
