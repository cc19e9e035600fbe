# The two set-up commands of the README: `make run` and `make test`.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=
DEMO ?= $(BUILD)/demo.marginalia

.PHONY: run test deps build package bench test-asan fuzz clean

deps:
	@bash .ci/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS)

# The Debian package, $(BUILD)/marginalia_VERSION_ARCH.deb (CPack; see docs/ARCHITECTURE.md "Installing").
package: build
	cd $(BUILD) && cpack -G DEB

run: build
	test -f $(DEMO) || $(BUILD)/app/marginalia-cli demo $(DEMO)
	$(BUILD)/app/marginalia $(DEMO)

# Each prints its figures; see the issue notes for what they measure.
BENCHMARKS = marginalia-bench-core marginalia-bench-view marginalia-bench-workbench marginalia-bench-analysis marginalia-bench-refiqda marginalia-bench-excerpts marginalia-bench-output marginalia-bench-import marginalia-bench-search marginalia-bench-info marginalia-bench-agreement
# marginalia-bench-scale (5,000 documents, 1,000,000 codings) takes minutes: run it by hand.
# marginalia-bench-team (a 200 MB, 1,000,000-coding team project published and joined on a throwaway PostgreSQL
# cluster) takes 10 minutes or more: run it by hand (build/bench/marginalia-bench-team; options in its header).
bench: build
	cmake --build $(BUILD) -j$(JOBS) --target $(BENCHMARKS)
	set -e; for b in $(BENCHMARKS); do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BUILD)/bench/$$b; done

test-asan:
	$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DMARGINALIA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

# libFuzzer needs clang; std::expected is replaced by core/common/Result.h's own for clang.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = fuzz_text_decoder fuzz_html fuzz_markdown fuzz_office fuzz_pdf fuzz_project_open fuzz_refiqda
# The readers' limits keep every input small and quick (the office target uses small ceilings of its
# own): an input that needs more than 1 GB (ASan's overhead included) or 10 s is reported as a finding.
FUZZ_RSS_MB ?= 1024
FUZZ_TIMEOUT ?= 10
fuzz:
	@bash .ci/install-deps clang-16 libclang-rt-16-dev
	CC=clang-16 CXX=clang++-16 cmake -S . -B build-fuzz -DMARGINALIA_FUZZ=ON -DMARGINALIA_WERROR=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build-fuzz -j$(JOBS)
	set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t; cp -n tests/fuzz/corpus/$$t/* build-fuzz/corpus/$$t/; \
	  echo "== $$t ($(FUZZ_SECONDS) s)"; \
	  build-fuzz/tests/fuzz/$$t build-fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=$(FUZZ_RSS_MB) -timeout=$(FUZZ_TIMEOUT) \
	    -artifact_prefix=build-fuzz/$$t-; \
	done

clean:
	rm -rf $(BUILD) build-asan build-fuzz
