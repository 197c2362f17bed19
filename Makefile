# The README's two commands: `make run` and `make test`. Each installs what is missing first.
SWIFT ?= swift
LIAISON = .build/debug/liaison

.PHONY: run test setup build bench clean

## run: build, then write the planner's report for the embedded default dataset (datasets/hong-kong) into output/
run: setup build
	$(LIAISON) report -o output/report.html

## test: build and run every test. Should the test process crash, Swift's backtrace shows only the
## crashed thread, without registers and images, so that the frames that matter end the log.
test: setup
	SWIFT_BACKTRACE=enable=yes,threads=crashed,registers=none,images=none $(SWIFT) test

## setup: install what the build needs when it is missing (Graphviz's library, pkg-config, a CJK font)
setup:
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install"; exit 1; }
	@{ pkg-config --exists libgvc && fc-list :lang=zh | grep -q .; } 2>/dev/null || { \
		command -v apt-get >/dev/null || { echo "needed: Graphviz's library (pkg-config libgvc) and a Chinese font"; exit 1; }; \
		echo "setup: installing libgraphviz-dev, pkg-config and the CJK font fonts-wqy-zenhei"; \
		S=$$([ "$$(id -u)" = 0 ] || echo sudo); $$S apt-get update && $$S apt-get install -y libgraphviz-dev pkg-config fonts-wqy-zenhei; }

build:
	$(SWIFT) build --product liaison

## bench: release-build the benchmarks and print their medians and peak memory (not part of the tests).
## About 32 minutes on 2 cores (NetworKit's exact betweenness on the 10^5-tie graph alone takes 10);
## `make bench QUICK=1` skips the 10^7-tie memory runs and those exact runs (about 6 minutes).
bench: setup
	@command -v sfdp >/dev/null || { S=$$([ "$$(id -u)" = 0 ] || echo sudo); $$S apt-get update && $$S apt-get install -y graphviz; }  # the programs the bridge is timed against
	$(SWIFT) build -c release --product liaison-core-bench
	$(SWIFT) build -c release --product liaison-analysis-bench
	$(SWIFT) build -c release --product liaison-render-bench
	.build/release/liaison-core-bench $(if $(QUICK),--quick)
	.build/release/liaison-render-bench
	python3 scripts/bench_analysis.py
	python3 scripts/bench_analysis.py --synthetic 1000000 --pivots 100 --runs 1
	$(if $(QUICK),,python3 scripts/bench_analysis.py --synthetic 100000 --exact)

clean:
	rm -rf .build
