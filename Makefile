# The two commands a newcomer needs:
#   make demo   install what is missing, build, and run Simu against the built-in AT simulator
#   make test   install what is missing, build, and run the whole test suite
#   make bench  measure the hub, the desktop console and the call analytics (Release build in
#               build-bench) and update docs/performance.md
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CTEST_ARGS ?=

.PHONY: all deps configure build test demo demo-web bench bench-console bench-analytics bench-profile format format-check clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The desktop console with its own hub, the built-in AT simulator, demo users and a gentle
# stream of calls. `make demo-web` runs the same hub without a window (open the printed address
# for the web console); `build/bin/simu --walkthrough` walks two calls step by step.
demo: build
	$(BUILD_DIR)/bin/simu --demo

demo-web: build
	$(BUILD_DIR)/bin/simu --headless --demo

# The hub benchmark (issue 3): not a test, never run by `make test`. -g only adds symbols
# for profiles; the code is the Release build's.
BENCH_DIR ?= build-bench
BENCH_ARGS ?= --runs 3

$(BENCH_DIR)/bin/hubbench: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g
	cmake --build $(BENCH_DIR) --target hubbench -j $(JOBS)

bench: $(BENCH_DIR)/bin/hubbench
	$(BENCH_DIR)/bin/hubbench $(BENCH_ARGS) --report docs/performance.md
	$(MAKE) bench-console
	$(MAKE) bench-analytics

# The desktop console benchmark (issue 4): UI-thread stalls under a live call stream, memory,
# start-up time, under Xvfb. Also not a test; `make bench` runs it after the hub's.
CONSOLE_BENCH_ARGS ?= --runs 3

$(BENCH_DIR)/bin/consolebench: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g
	cmake --build $(BENCH_DIR) --target consolebench simu -j $(JOBS)

bench-console: $(BENCH_DIR)/bin/consolebench
	xvfb-run -a -s "-screen 0 1280x900x24" $(BENCH_DIR)/bin/consolebench $(CONSOLE_BENCH_ARGS) \
		--simu $(BENCH_DIR)/bin/simu --report docs/performance.md

# The call analytics' benchmark (issue 5): a million ended calls over 90 days, every
# /api/analytics query timed warm, next to the plain GROUP BY it replaces. Seeding takes a
# couple of minutes; the history stays in $(BENCH_DIR)/analytics-data for the next run.
ANALYTICS_BENCH_ARGS ?=

$(BENCH_DIR)/bin/analyticsbench: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g
	cmake --build $(BENCH_DIR) --target analyticsbench -j $(JOBS)

bench-analytics: $(BENCH_DIR)/bin/analyticsbench
	$(BENCH_DIR)/bin/analyticsbench $(ANALYTICS_BENCH_ARGS) \
		--data-dir $(BENCH_DIR)/analytics-data --report docs/performance.md

bench-profile: $(BENCH_DIR)/bin/hubbench
	tests/bench/profile.sh $(BENCH_DIR)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD_DIR)
