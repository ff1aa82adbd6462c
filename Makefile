# article_parse — PostgreSQL extension built with PGXS.
#
#   make                  build article_parse.so (core library + glue)
#   make install          install it into $(pg_config --pkglibdir) / sharedir
#   make installcheck     pg_regress tests against a running server (PGHOST, PGPORT, PGUSER)
#   make unit             C unit tests of the core (test/unit/test_*.c), no PostgreSQL
#   make demo             throwaway cluster, parse test/fixtures/seed.txt, print it
#   make bench            speed and memory benchmark (test/bench/run_bench.sh)
#   make test             everything above in a throwaway cluster; ends with "N passed, M failed"

EXTENSION  = article_parse
MODULE_big = article_parse
OBJS       = $(patsubst %.c,%.o,$(wildcard src/core/*.c src/pg/*.c))
DATA       = $(wildcard sql/article_parse--*.sql)

REGRESS    = install nulls empty functions options jsonb generated matview trigger readme \
             parallel relocate encoding seed hostile cancel
ENCODING   = UTF8
NO_LOCALE  = 1

PKG_DEPS    = libpcre2-8 libutf8proc
PG_CFLAGS   = -Wno-declaration-after-statement
PG_CPPFLAGS = -Isrc/core $(shell pkg-config --cflags $(PKG_DEPS) 2>/dev/null)
SHLIB_LINK  = $(shell pkg-config --libs $(PKG_DEPS) 2>/dev/null)
EXTRA_CLEAN = test/unit/bin

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
# No PostgreSQL build files yet: demo and test install them (as root).
all install installcheck clean:
	@echo "$(PG_CONFIG) not found: install postgresql-server-dev-15 (make demo and make test do it when run as root)" >&2
	@exit 1
endif

# objects follow the headers (PGXS tracks no header dependencies by itself)
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

.PHONY: unit demo test
unit:
	@bash test/unit.sh
# make demo [DEMO_FILE=path/to/article.txt]
demo:
	@PG_CONFIG='$(PG_CONFIG)' bash test/demo.sh $(DEMO_FILE)
test:
	@PG_CONFIG='$(PG_CONFIG)' bash test/run_tests.sh

.PHONY: eval
eval:
	@PG_CONFIG='$(PG_CONFIG)' CORPUS='$(CORPUS)' GOLD='$(GOLD)' SCORERS='$(SCORERS)' bash test/eval/run_eval.sh

# make bench [BENCH_CORPUS=dir] [BENCH_RUNS=N] [BENCH_ROWS=N]: speed and memory
# (test/bench/run_bench.sh); a benchmark, not a test
.PHONY: bench
bench:
	@PG_CONFIG='$(PG_CONFIG)' BENCH_CORPUS='$(BENCH_CORPUS)' BENCH_RUNS='$(BENCH_RUNS)' BENCH_ROWS='$(BENCH_ROWS)' bash test/bench/run_bench.sh

# make valgrind: the core's unit tests under valgrind memcheck
.PHONY: valgrind
valgrind:
	@bash test/valgrind.sh

# make fuzz [FUZZ_SECONDS=N]: libFuzzer harnesses of the core (test/fuzz/)
.PHONY: fuzz
fuzz:
	@FUZZ_SECONDS='$(FUZZ_SECONDS)' bash test/fuzz/run_fuzz.sh
