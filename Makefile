# Attune: `make run` starts the app, `make test` runs every test. Both install what they need and are safe to run twice.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

export CARGO_TARGET_DIR ?= $(HOME)/.cache/attune-target
CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev \
	libayatana-appindicator3-dev librsvg2-dev webkit2gtk-driver xvfb dbus-x11 dunst libnotify-bin xdotool \
	imagemagick fonts-noto-core python3 poppler-utils
STAMP := $(CARGO_TARGET_DIR)/.stamps
APP := $(CARGO_TARGET_DIR)/debug/attune-app

.PHONY: run test bench deps deps-apt deps-node deps-driver lint test-rust test-bindings bindings test-ui test-e2e app ui cli clean

## run: build and start the desktop app
run: deps app
	$(APP)

## test: install what is missing, then lint and run every test
test: deps lint test-rust test-bindings test-ui test-e2e
	@echo "make test: all green"

## bench: the journal's benchmarks (10k and 100k entries), then the app's
bench: deps
	$(CARGO) bench -p attune-journal --bench journal
	@if [ -x tests/bench/app-bench.sh ]; then tests/bench/app-bench.sh; fi

deps: deps-apt deps-node deps-driver

deps-apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-node:
	@for d in ui tests; do \
		if [ -f $$d/package-lock.json ] && { [ ! -d $$d/node_modules ] || [ $$d/package-lock.json -nt $$d/node_modules/.package-lock.json ]; }; then \
			(cd $$d && npm ci --no-audit --no-fund); \
		fi; \
	done

deps-driver:
	@command -v tauri-driver >/dev/null || $(CARGO) install tauri-driver --locked --version ^2.0

# The app embeds ui/dist at compile time, so anything that compiles src-tauri needs the UI built first.
lint: ui
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc -p attune-journal --no-deps --locked

test-rust: ui cli
	$(CARGO) test --workspace --locked

# The workspace tests regenerate ui/src/bindings (export_bindings) with the same build; this fails if git sees a change.
test-bindings: test-rust
	@if [ -n "$$(git status --porcelain -- ui/src/bindings)" ]; then \
		git status --short -- ui/src/bindings; git diff --stat -- ui/src/bindings; \
		echo "ui/src/bindings is stale: run 'make bindings' and commit the result"; exit 1; \
	fi

## bindings: regenerate ui/src/bindings from the Rust types and the command list (shares the workspace test build)
bindings: ui
	$(CARGO) test --workspace --locked --lib export_bindings

test-ui:
	@if [ -f ui/package.json ]; then cd ui && npm test; fi

ui:
	@if [ -f ui/package.json ]; then cd ui && npm run build; fi

app: ui
	$(CARGO) build -p attune-app --locked

cli:
	$(CARGO) build -p attune-cli --locked

test-e2e: app cli
	@if [ -x tests/e2e/run.sh ]; then tests/e2e/run.sh; fi

clean:
	rm -rf ui/dist
