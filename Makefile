# The README's two commands: `make run` and `make test`. Each installs what is missing first.
SWIFT ?= swift
LIAISON = .build/debug/liaison

.PHONY: run test setup build bench clean

## run: build, then run the main job on the embedded default dataset (datasets/hong-kong)
run: setup build
	$(LIAISON) summary

## test: build and run every test
test: setup
	$(SWIFT) test

## setup: install what the build needs when it is missing (nothing beyond Swift yet)
setup:
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install"; exit 1; }

build:
	$(SWIFT) build --product liaison

## bench: release-build the benchmarks and print their medians (not part of the tests)
bench: setup
	$(SWIFT) build -c release --product liaison-core-bench
	$(SWIFT) build -c release --product liaison-analysis-bench
	.build/release/liaison-core-bench
	python3 scripts/bench_analysis.py

clean:
	rm -rf .build
