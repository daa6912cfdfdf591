#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Benchmark section: thread stack guard pages (LIBUKSCHED_STACK_GUARD).
Usage: section-stackguard.py [-n RUNS]

The fault test app (tests/apps/fault) with `spawn=N` creates and joins N
threads one after the other and prints the time each took (the guest's
monotonic clock). Built with the guard on (the default) and off, for
kvm-x86_64 and kvm-arm64 under TCG and for linuxu-x86_64; prints the
median of RUNS boots and the ratio. Memory per thread is the same either
way: the guard is the lowest page of the stack allocation. Prints
markdown tables; asserts nothing.
"""
import argparse
import os
import re
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests"))
from uk import ROOT, Build, boot, run_linuxu  # noqa: E402

APP = os.path.join(ROOT, "tests", "apps", "fault")
THREADS = 2000
TARGETS = [("kvm-x86_64", ["-device", "isa-debug-exit,iobase=0xf4,"
                           "iosize=0x04"]),
           ("kvm-arm64", ["-semihosting"]),
           ("linuxu-x86_64", None)]


def per_thread_ns(target, extra, guard, runs):
    try:
        img = Build(APP, target,
                    {"LIBUKSCHED_STACK_GUARD": guard}).build()
    except Exception as e:       # noqa: BLE001 (report, do not stop)
        print("<!-- %s build failed: %s -->" % (target, str(e)[-200:]))
        return None
    args = "spawn=%d" % THREADS
    values = []
    for _ in range(runs):
        if extra is None:
            b = run_linuxu(img.image, ["--", args])
        else:
            b = boot(img.image, append="-- " + args, extra=extra)
        m = re.search(r"spawn \d+ threads, (\d+) ns each", b.output)
        if not m:
            return None
        values.append(int(m.group(1)))
    return statistics.median(values)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5, help="runs per cell")
    n = ap.parse_args().n

    print("## Thread stack guard pages\n")
    print("Create + exit + join of one thread (median of %d runs of %d "
          "threads; TCG for kvm)\n" % (n, THREADS))
    print("| target | guard off (ns) | guard on (ns) | on/off |")
    print("| --- | --- | --- | --- |")
    for target, extra in TARGETS:
        off = per_thread_ns(target, extra, False, n)
        on = per_thread_ns(target, extra, True, n)
        ratio = "%.2f" % (on / off) if on and off else "-"
        print("| %s | %s | %s | %s |" % (target, off or "-", on or "-",
                                         ratio))
    print()


if __name__ == "__main__":
    main()
