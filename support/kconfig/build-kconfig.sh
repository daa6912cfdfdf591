#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
#
# Build Linux's kconfig tools (conf, mconf, nconf) from Debian's
# linux-source package into a cache directory and print that directory.
# Usage: build-kconfig.sh [CACHE_DIR]
#
# The tools are built once per linux-source version and reused by every
# build tree; concurrent callers wait on a lock instead of racing.
set -eu

cache=${1:-${UK_CACHEDIR:-${XDG_CACHE_HOME:-$HOME/.cache}/uk-sdk}}
tarball=$(ls /usr/src/linux-source-*.tar.xz 2>/dev/null | sort -V | tail -n 1)
if [ -z "$tarball" ]; then
	echo "error: no Linux source tarball in /usr/src (kconfig comes from it)." >&2
	echo "       install it with: apt-get install linux-source" >&2
	exit 1
fi
for tool in flex:flex bison:bison cc:gcc pkg-config:pkg-config; do
	if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
		echo "error: '${tool%%:*}' is needed to build kconfig;" \
		     "install Debian package '${tool#*:}'" >&2
		exit 1
	fi
done

self_sum=$(cksum "$0" | cut -d' ' -f1)
version=$(basename "$tarball" .tar.xz)
dest="$cache/kconfig-$version-$self_sum"
if [ -x "$dest/conf" ] && [ -x "$dest/mconf" ] && [ -x "$dest/nconf" ]; then
	echo "$dest"
	exit 0
fi

mkdir -p "$cache"
exec 9>"$cache/.kconfig.lock"
flock 9
if [ -x "$dest/conf" ] && [ -x "$dest/mconf" ] && [ -x "$dest/nconf" ]; then
	echo "$dest"
	exit 0
fi

echo "  KCONFIG building conf/mconf/nconf from $(basename "$tarball")" >&2
work=$(mktemp -d "$cache/.kconfig-build.XXXXXX")
trap 'rm -rf "$work"' EXIT
top=$(tar -tJf "$tarball" | head -n 1 | cut -d/ -f1)
tar -xJf "$tarball" -C "$work" --strip-components=3 --exclude='*/tests/*' \
	"$top/scripts/kconfig"

if ! pkg-config --exists ncursesw; then
	echo "error: ncurses headers missing; install Debian package" \
	     "'libncurses-dev'" >&2
	exit 1
fi
ncflags=$(pkg-config --cflags ncursesw)
nclibs=$(pkg-config --libs ncursesw)
nconflibs=$(pkg-config --libs menuw panelw ncursesw)

cd "$work"
bison -t -o parser.tab.c --defines=parser.tab.h parser.y
flex -o lexer.lex.c lexer.l
cflags="-O2 -w -D_GNU_SOURCE -I."
common="confdata.c expr.c lexer.lex.c menu.c parser.tab.c preprocess.c
	symbol.c util.c"
# shellcheck disable=SC2086
{
	cc $cflags -o conf conf.c $common &
	cc $cflags $ncflags -o mconf mconf.c lxdialog/*.c $common $nclibs &
	cc $cflags $ncflags -o nconf nconf.c nconf.gui.c $common $nconflibs &
	wait
}
for t in conf mconf nconf; do
	[ -x "$t" ] || { echo "error: building kconfig '$t' failed" >&2; exit 1; }
done
mkdir -p "$dest.tmp"
cp conf mconf nconf "$dest.tmp/"
rm -rf "$dest"
mv "$dest.tmp" "$dest"
echo "$dest"
