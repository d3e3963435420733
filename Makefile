# Attune: `make run` starts the app, `make test` runs every test. Both install what they need and are safe to run twice.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

export CARGO_TARGET_DIR ?= $(HOME)/.cache/attune-target
CARGO ?= cargo
# Clippy lints the workspace's own crates as every cargo step below compiles them, denying every warning: clippy-driver
# is cargo's RUSTC_WORKSPACE_WRAPPER, which is what `cargo clippy` itself sets (it then runs `cargo check`), and
# CLIPPY_ARGS is how `cargo clippy` hands it `-D warnings`. So `make test` compiles each dependency once, for the
# tests, instead of checking all ~450 of them again for clippy first; and because every debug step (the tests, the
# CLI, the app, the install test's packages, `make run`) compiles the workspace the same way, none compiles it again.
export RUSTC_WORKSPACE_WRAPPER := $(shell rustc --print sysroot)/bin/clippy-driver
export CLIPPY_ARGS := -D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# What is shipped or timed is compiled by rustc itself: clippy-driver turns MIR optimisations off (so its lints see
# the code as written), which the release builds (`make package`, `make bench`) must not inherit. They share nothing
# with the debug builds above anyway (another profile).
RELEASE := env -u RUSTC_WORKSPACE_WRAPPER -u CLIPPY_ARGS
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev \
	libayatana-appindicator3-dev librsvg2-dev webkit2gtk-driver xvfb dbus-x11 dunst libnotify-bin xdotool \
	imagemagick fonts-noto-core fonts-droid-fallback python3 poppler-utils
STAMP := $(CARGO_TARGET_DIR)/.stamps
APP := $(CARGO_TARGET_DIR)/debug/attune-app

.PHONY: run test bench fuzz deps deps-apt deps-node deps-driver deps-clippy lint test-rust test-bindings bindings test-ui test-e2e app ui cli clean

## run: build and start the desktop app
run: deps app
	$(APP)

## test: install what is missing, then lint and run every test
test: deps lint test-rust test-bindings test-ui test-e2e
	@echo "make test: all green"

## bench: the journal's benchmarks (10k and 100k entries), then the app's
bench: deps
	$(RELEASE) $(CARGO) bench -p attune-journal --bench journal
	$(RELEASE) $(CARGO) bench -p attune-journal --bench insights
	$(RELEASE) $(CARGO) bench -p attune-journal --bench import
	@if [ -x tests/bench/app-bench.sh ]; then $(RELEASE) tests/bench/app-bench.sh; fi

## fuzz: every parser under cargo-fuzz (nightly, libFuzzer) for FUZZ_SECONDS each. New inputs go to a scratch
## corpus beside the build; fuzz/corpus (the committed seeds, also run on stable by `make test`) is only read.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := keyfile recovery_key settings import_jrnl import_dayone import_minidiarium import_daylio import_attune
fuzz:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	cd fuzz && for t in $(FUZZ_TARGETS); do \
		mkdir -p $(CARGO_TARGET_DIR)/fuzz-corpus/$$t; \
		env -u RUSTC_WORKSPACE_WRAPPER CARGO_TARGET_DIR=$(CARGO_TARGET_DIR)/fuzz $(CARGO) +nightly fuzz run $$t \
			$(CARGO_TARGET_DIR)/fuzz-corpus/$$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -timeout=10 || exit 1; \
	done

deps: deps-apt deps-node deps-driver deps-clippy

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

deps-clippy:
	@test -x "$$RUSTC_WORKSPACE_WRAPPER" || rustup component add clippy

deps-driver:
	@command -v tauri-driver >/dev/null || $(CARGO) install tauri-driver --locked --version ^2.0

# The app embeds ui/dist at compile time, so anything that compiles src-tauri needs the UI built first.
# .ci/shared-builds.py: the CLI and the app reuse what the test build compiled (workspace-hack/).
# Clippy's lints come with the test build (test-rust), as with every build here (RUSTC_WORKSPACE_WRAPPER above).
lint: ui
	python3 .ci/shared-builds.py
	$(CARGO) fmt --all --check
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc -p attune-journal --no-deps --locked

# Every target (the benchmarks too, which `cargo test` alone does not build) is compiled and linted first; then the
# tests run. The README walk-through test builds the CLI as a person would (`cargo build -p attune-cli`): it reuses
# this build (workspace-hack/).
test-rust: ui
	$(CARGO) test --workspace --all-targets --locked --no-run
	$(CARGO) test --workspace --locked

# The workspace tests regenerate ui/src/bindings (export_bindings) with the same build; this fails if git sees a change.
test-bindings: test-rust
	@if [ -n "$$(git status --porcelain -- ui/src/bindings)" ]; then \
		git status --short -- ui/src/bindings; git diff --stat -- ui/src/bindings; \
		echo "ui/src/bindings is stale: run 'make bindings' and commit the result"; exit 1; \
	fi

## bindings: regenerate ui/src/bindings from the Rust types and the command list (shares the workspace test build).
## The app embeds ui/dist, so the UI is bundled first, but without its type check: after a command or type is added in
## Rust, the UI's code may already use bindings that only this step writes.
bindings: deps-node
	cd ui && npx vite build
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

## ---- Packages (issue 11): `make package`, the packaging checks, the install test --------------------------------------
# The Tauri CLI comes from npm, pinned in packaging/package-lock.json (no cargo install). actionlint comes from PyPI,
# pinned by hash in packaging/requirements-lint.txt, into a venv beside the build.
APT_PACKAGES += rpm appstream desktop-file-utils flatpak-builder shellcheck man-db python3-venv file nsis python3-jsonschema
TAURI := $(CURDIR)/packaging/node_modules/.bin/tauri
LINT_VENV := $(CARGO_TARGET_DIR)/tools/lint-venv
BUNDLE := $(CARGO_TARGET_DIR)/release/bundle

.PHONY: package package-debug test-package test-install deps-package

deps: deps-package
test: test-package test-install
# In `make test` the install test comes after the end-to-end tests even under -j: its bundling strips and patches the
# debug app they run, and both start a WebDriver on the same port.
ifneq ($(filter test,$(MAKECMDGOALS)),)
test-install: | test-e2e
endif

deps-package:
	@if [ ! -d packaging/node_modules ] || [ packaging/package-lock.json -nt packaging/node_modules/.package-lock.json ]; then \
		(cd packaging && npm ci --no-audit --no-fund); \
	fi
	@if ! cmp -s packaging/requirements-lint.txt $(LINT_VENV)/requirements-lint.txt; then \
		rm -rf $(LINT_VENV) && python3 -m venv $(LINT_VENV) && \
		$(LINT_VENV)/bin/pip install -q --require-hashes -r packaging/requirements-lint.txt && \
		cp packaging/requirements-lint.txt $(LINT_VENV)/; \
	fi

## package: the .deb and .rpm (release build, with the attune CLI, man pages and completions); prints paths and sizes
package: deps ui
	cd src-tauri && $(RELEASE) $(TAURI) build --ci -- --locked
	@echo "package: no AppImage here: its bundler downloads linuxdeploy at build time; the release workflow builds it"
	@v=$$(sed -n '/^\[workspace\.package\]/,/^\[/ s/^version = "\(.*\)"$$/\1/p' Cargo.toml); \
	packaging/deb-xz.sh $(BUNDLE)/deb/Attune_$${v}_amd64.deb 9; \
	for f in $(BUNDLE)/deb/Attune_$${v}_*.deb $(BUNDLE)/rpm/Attune-$${v}-*.rpm; do \
		printf 'package: %s  %s bytes (%s MiB)\n' "$$f" "$$(stat -c %s "$$f")" \
			"$$(awk -v b="$$(stat -c %s "$$f")" 'BEGIN { printf "%.1f", b / 1048576 }')"; \
	done

## test-package: offline checks of versions, metadata, the Flatpak manifest and the release workflow
test-package:
	ACTIONLINT=$(LINT_VENV)/bin/actionlint packaging/check.sh

# The install test's packages: the same bundles, made from the debug build that `make test` has already compiled for
# the end-to-end tests. `tauri build --debug` runs `cargo build --bins --features tauri/custom-protocol`, and the app's
# default features already hold tauri/custom-protocol, so no dependency is rebuilt: only the app's build script runs
# again (the --config below reaches it as TAURI_CONFIG) and the app is linked again, a few seconds. A release build
# would compile the whole dependency tree a second time (tens of minutes here) for packages that differ only in
# optimisation; `make package` and `make bench` build and run the release app. gzip -1 instead of xz for the .rpm, and
# xz -0 for the .deb (packaging/deb-xz.sh, as `make package` does with -9): the debug programs are large and the test
# installs the .deb and only reads the .rpm's lists.
package-debug: deps ui
	cd src-tauri && $(TAURI) build --ci --debug --config '{"bundle":{"linux":{"rpm":{"compression":{"type":"gzip","level":1}}}}}' -- --locked
	packaging/deb-xz.sh $(CARGO_TARGET_DIR)/debug/bundle/deb/Attune_$$(sed -n '/^\[workspace\.package\]/,/^\[/ s/^version = "\(.*\)"$$/\1/p' Cargo.toml)_amd64.deb 0

## test-install: install the .deb for real, use the installed app and CLI, remove it; inspect the .rpm
test-install: package-debug
	ATTUNE_BUNDLE_DIR=$(CARGO_TARGET_DIR)/debug/bundle tests/install/run.sh
