# article_parse — PostgreSQL extension built with PGXS.
#
#   make                  build article_parse.so (core library + glue)
#   make install          install it into $(pg_config --pkglibdir) / sharedir
#   make installcheck     pg_regress tests against a running server (PGHOST, PGPORT, PGUSER)
#   make unit             C unit tests of the core (test/unit/test_*.c), no PostgreSQL
#   make demo             throwaway cluster, parse test/fixtures/seed.txt, print it
#   make test             everything above in a throwaway cluster; ends with "N passed, M failed"

EXTENSION  = article_parse
MODULE_big = article_parse
OBJS       = $(patsubst %.c,%.o,$(wildcard src/core/*.c src/pg/*.c))
DATA       = $(wildcard sql/article_parse--*.sql)

REGRESS    = install nulls empty functions options jsonb generated matview trigger \
             parallel relocate encoding seed
ENCODING   = UTF8
NO_LOCALE  = 1

PKG_DEPS    = libpcre2-8 libutf8proc
PG_CPPFLAGS = -Isrc/core $(shell pkg-config --cflags $(PKG_DEPS))
SHLIB_LINK  = $(shell pkg-config --libs $(PKG_DEPS))
EXTRA_CLEAN = test/unit/bin

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

.PHONY: unit demo test
unit:
	@bash test/unit.sh
demo:
	@PG_CONFIG='$(PG_CONFIG)' bash test/demo.sh
test:
	@PG_CONFIG='$(PG_CONFIG)' bash test/run_tests.sh
