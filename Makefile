# The two set-up commands of the README: `make run` and `make test`.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=
DEMO ?= $(BUILD)/demo.marginalia

.PHONY: run test deps build bench test-asan clean

deps:
	@bash .ci/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS)

run: build
	rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm
	$(BUILD)/app/marginalia-cli demo $(DEMO)
	$(BUILD)/app/marginalia-cli info $(DEMO) --json --documents

bench: build
	$(BUILD)/bench/marginalia-bench-core

test-asan:
	$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DMARGINALIA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

clean:
	rm -rf $(BUILD) build-asan
