# test/lib.sh — shared by test/demo.sh and test/run_tests.sh (source it from
# the repository root): build dependencies, build and install, and a
# throwaway PostgreSQL cluster that is stopped and removed on exit.
#
# As root, missing Debian packages are installed with apt and the cluster
# runs as the postgres user; anyone else needs the packages already and runs
# the cluster as themselves.

PG_CONFIG=${PG_CONFIG:-pg_config}
AP_REQUIRED_PACKAGES="postgresql-15 postgresql-server-dev-15 libpcre2-dev libutf8proc-dev pkg-config gcc make python3"
AP_OPTIONAL_PACKAGES="libipc-run-perl clang libclang-rt-14-dev valgrind"	# TAP, sanitizer, fuzzing and memcheck suites
AP_PGDIR=
AP_AS=()						# command prefix to run server programs

ap_log() { printf '== %s\n' "$*"; }
ap_die() { printf 'error: %s\n' "$*" >&2; exit 1; }
ap_is_root() { [ "$(id -u)" -eq 0 ]; }

ap_missing_packages() {
	local p
	command -v dpkg-query >/dev/null || return 0	# not Debian: trust the system
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$p"
	done
}

ap_ensure_deps() {
	local missing optional
	missing=$(ap_missing_packages $AP_REQUIRED_PACKAGES)
	optional=$(ap_missing_packages $AP_OPTIONAL_PACKAGES)
	if ap_is_root; then
		missing="$missing$optional"
		[ -z "$missing" ] && return 0
		ap_log "installing $missing"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -q </dev/null &&
			apt-get install -y -q -o DPkg::Lock::Timeout=300 --no-install-recommends $missing </dev/null ||
			ap_die "apt-get failed to install: $missing"
	else
		[ -n "$missing" ] && ap_die "missing packages: $missing
  install them as root:  sudo apt-get install --no-install-recommends $missing"
		[ -n "$optional" ] && ap_log "note: $optional not installed (only TAP tests need it)"
	fi
	return 0
}

# build, then install (or check that what is installed is this build)
ap_build_install() {
	local libdir extdir f
	ap_log "building"
	make -s PG_CONFIG="$PG_CONFIG" || ap_die "build failed"
	libdir=$("$PG_CONFIG" --pkglibdir)
	extdir=$("$PG_CONFIG" --sharedir)/extension
	if [ -w "$libdir" ] && [ -w "$extdir" ]; then
		ap_log "installing into $libdir"
		make -s PG_CONFIG="$PG_CONFIG" install >/dev/null || ap_die "make install failed"
		return 0
	fi
	for f in article_parse.so article_parse.control sql/article_parse--*.sql; do
		case $f in
			*.so) cmp -s "$f" "$libdir/$f" ;;
			*) cmp -s "$f" "$extdir/$(basename "$f")" ;;
		esac || ap_die "cannot install: $libdir or $extdir is not writable by $(id -un).
  Install this build first with:  sudo make install PG_CONFIG=$PG_CONFIG
  (then rerun; an installed copy identical to this build is used as is)"
	done
	ap_log "using the installed copy (identical to this build)"
}

ap_pg() { "${AP_AS[@]}" "$("$PG_CONFIG" --bindir)/$1" "${@:2}"; }

ap_stop_cluster() {
	[ -n "$AP_PGDIR" ] || return 0
	[ -f "$AP_PGDIR/data/postmaster.pid" ] && ap_pg pg_ctl -D "$AP_PGDIR/data" -m fast -w stop >/dev/null 2>&1
	rm -rf "$AP_PGDIR"
	AP_PGDIR=
}

# initdb + start on a free port; exports PGHOST, PGPORT, PGUSER, PGDATABASE
ap_start_cluster() {
	local port try
	AP_PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/article_parse.XXXXXX")
	trap ap_stop_cluster EXIT
	trap 'exit 130' INT TERM
	if ap_is_root; then
		chown postgres: "$AP_PGDIR"
		AP_AS=(runuser -u postgres --)
	fi
	ap_log "starting a throwaway cluster in $AP_PGDIR"
	ap_pg initdb -D "$AP_PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
		>"$AP_PGDIR/initdb.log" 2>&1 || { cat "$AP_PGDIR/initdb.log" >&2; ap_die "initdb failed"; }
	for try in 1 2 3 4 5; do
		port=$((54329 + RANDOM % 1000))
		if ap_pg pg_ctl -D "$AP_PGDIR/data" -l "$AP_PGDIR/server.log" -w -s \
			-o "-p $port -k $AP_PGDIR -c listen_addresses=''" start >/dev/null 2>&1; then
			export PGHOST=$AP_PGDIR PGPORT=$port PGUSER=postgres PGDATABASE=postgres
			return 0
		fi
	done
	cat "$AP_PGDIR/server.log" >&2
	ap_die "could not start the cluster"
}

# everything a suite or the demo needs before it talks to the server
ap_setup() {
	ap_ensure_deps
	ap_build_install
	ap_start_cluster
}
