# dyad — build, test, evaluate, benchmark.
#
# Sources are discovered, not listed: the library is every src/<module>/*.c,
# the command is cli/*.c, every tools/<name>.c is a helper program, every
# tests/unit/*.c joins the one test runner, every fuzz/<name>.c is a
# libFuzzer target, and every eval/*.sh and bench/*.sh is run by `make eval`
# and `make bench`.  Adding a file is enough; this file rarely changes.

CC       ?= cc
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
BUILD    ?= build
PKGS     := zlib libxml-2.0 libbrotlidec libzstd
SHARED   ?= $(abspath ../shared)

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS))
WARNINGS   := -Wall -Wextra -Werror -Wno-missing-field-initializers
ALL_CPPFLAGS := -Iinclude -Isrc -Itools $(PKG_CFLAGS) -DDYAD_ROOT='"$(CURDIR)"' -D_GNU_SOURCE
ALL_CFLAGS := -std=gnu11 $(WARNINGS) $(CFLAGS)
LIBS       := $(PKG_LIBS) -lpthread -lm
# the tests also compress (brotli bodies in WARC records)
TEST_LIBS  := $(shell pkg-config --libs libbrotlienc)

LIB_SRC   := $(sort $(wildcard src/*/*.c))
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC   := $(sort $(wildcard cli/*.c))
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_SRC  := $(sort $(wildcard tests/unit/*.c))
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/%.o)
TOOL_SRC  := $(sort $(wildcard tools/*.c))
TOOLS     := $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)
TOOLLIB_SRC := $(sort $(wildcard tools/common/*.c))
TOOLLIB_OBJ := $(TOOLLIB_SRC:%.c=$(BUILD)/%.o)
FUZZ_SRC  := $(sort $(wildcard fuzz/*.c))
FUZZERS   := $(FUZZ_SRC:fuzz/%.c=build-fuzz/%)
FUZZ_SECONDS ?= 10

.PHONY: all deps test asan eval bench fuzz fuzz-build clean examples
# Keep object files of tools and fuzz targets (make would delete them as intermediates).
.SECONDARY:
all: $(BUILD)/dyad $(BUILD)/libdyad.a $(TOOLS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LIBS)

# Tools (evaluation, training, benchmarks) share tools/common/*.c.
$(BUILD)/libtools.a: $(TOOLLIB_OBJ)
	@rm -f $@
	ar rcs $@ $^ $(if $(TOOLLIB_OBJ),,)

$(BUILD)/tools/%: $(BUILD)/tools/%.o $(BUILD)/libtools.a $(BUILD)/libdyad.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libtools.a $(BUILD)/libdyad.a $(LIBS)

$(BUILD)/test_dyad: $(TEST_OBJ) $(BUILD)/libdyad.a
	$(CC) $(ALL_CFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libdyad.a $(LIBS) $(TEST_LIBS)

# The self-contained suite: unit, golden and command-line tests.
test: all $(BUILD)/test_dyad
	DYAD_BIN=$(CURDIR)/$(BUILD)/dyad $(BUILD)/test_dyad

# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build-asan CC=clang \
	  OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" test

# Evaluations on ../shared (each script skips with a message without it).
eval: all
	@set -e; for s in $(sort $(wildcard eval/*.sh)); do \
	  echo "== $$s"; BUILD=$(BUILD) SHARED=$(SHARED) sh $$s; done

bench: all
	@set -e; for s in $(sort $(wildcard bench/*.sh)); do \
	  echo "== $$s"; BUILD=$(BUILD) SHARED=$(SHARED) sh $$s; done

# libFuzzer targets; `make fuzz` runs each for FUZZ_SECONDS, seeded from
# fuzz/corpus/<name>/ and from the test fixtures in tests/<name>/ if any.  The library
# is compiled once with coverage instrumentation, then linked into each.
FUZZ_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_OBJ   := $(LIB_SRC:%.c=build-fuzz/%.o)
build-fuzz/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(ALL_CPPFLAGS) -std=gnu11 $(WARNINGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@
build-fuzz/libdyad.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^
build-fuzz/%: fuzz/%.c build-fuzz/libdyad.a
	clang $(ALL_CPPFLAGS) -std=gnu11 $(WARNINGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< build-fuzz/libdyad.a $(LIBS)
fuzz-build: $(FUZZERS)
fuzz: fuzz-build
	@set -e; for f in $(FUZZERS); do n=$$(basename $$f); mkdir -p build-fuzz/corpus-$$n; \
	  echo "== fuzz $$n ($(FUZZ_SECONDS)s)"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 \
	    build-fuzz/corpus-$$n $$( [ -d fuzz/corpus/$$n ] && echo fuzz/corpus/$$n ) \
	    $$( [ -d tests/$$n ] && echo tests/$$n ) 2>&1 | tail -n 1; done

# Debian packages needed to build and test (run as root or with sudo).
deps:
	sh tools/install-deps.sh

# Run the main job on the bundled examples: the full records to
# $(BUILD)/examples.jsonl, then the statements and the events as tables.
examples: all
	$(BUILD)/dyad code -q examples/ -o $(BUILD)/examples.jsonl
	@echo "== full records (article, sentences, quotes, events): $(BUILD)/examples.jsonl"
	$(BUILD)/dyad quotes -q examples/
	$(BUILD)/dyad code -q --as tsv examples/

clean:
	rm -rf build build-asan build-fuzz

-include $(LIB_OBJ:.o=.d) $(TOOLLIB_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%.d)
