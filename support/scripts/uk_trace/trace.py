#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Show tracepoint samples saved from a Unikraft guest.

  trace.py list FILE            table: time, tracepoint, message
  trace.py list --raw FILE      one line per sample
  trace.py tracepoints IMAGE    the tracepoints a .dbg image defines

FILE is written by the gdb helper: `uk trace save FILE`.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(
    os.path.realpath(__file__))))
from uk_trace import parse  # noqa: E402


def cmd_list(a):
    tps, buf, dropped = parse.load(a.file)
    smpls = parse.samples(buf, tps)
    if a.raw:
        for s in smpls:
            print(s)
    else:
        print(parse.table(smpls))
    if dropped:
        print("(%d samples dropped: the trace buffer was full)" % dropped)


def cmd_tracepoints(a):
    tps = parse.tracepoints_from_elf(a.image)
    if not tps:
        print("%s defines no enabled tracepoints" % a.image)
    for t in sorted(tps.values(), key=lambda t: t.name):
        print("%-32s %s" % (t.name, t.fmt))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("list", help="print the samples of a trace file")
    p.add_argument("file")
    p.add_argument("--raw", action="store_true",
                   help="one line per sample, no table")
    p.set_defaults(fn=cmd_list)
    p = sub.add_parser("tracepoints",
                       help="list the tracepoints of a .dbg image")
    p.add_argument("image")
    p.set_defaults(fn=cmd_tracepoints)
    a = ap.parse_args()
    try:
        a.fn(a)
    except (parse.TraceError, OSError) as e:
        sys.exit("trace.py: %s" % e)


if __name__ == "__main__":
    main()
