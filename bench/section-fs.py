#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Filesystem throughput: sequential write then read of a 64 MiB file in
256 KiB requests, measured inside the guest (apps/fstest `bench`) on 9pfs
(virtio-9p share of a host directory) and on ramfs, next to the host's own
throughput on the same directory in the same run (Python, same request
size, fsync after writing; reads come from the page cache on both sides).
Prints a markdown table of medians; asserts nothing.
Usage: bench/section-fs.py [-n RUNS]"""
import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests"))
from uk import SCRATCH, boot  # noqa: E402
from fsutil import BENCH_RE, fstest_build, share_args  # noqa: E402

MIB = 64
CHUNK = 256 * 1024


def host_bench(d):
    path = os.path.join(d, "host.bin")
    buf = b"\x5a" * CHUNK
    t0 = time.monotonic()
    with open(path, "wb", buffering=0) as f:
        for _ in range(MIB * (1 << 20) // CHUNK):
            f.write(buf)
        os.fsync(f.fileno())
    w = time.monotonic() - t0
    t0 = time.monotonic()
    with open(path, "rb", buffering=0) as f:
        while f.read(CHUNK):
            pass
    r = time.monotonic() - t0
    os.unlink(path)
    return MIB / w, MIB / r


def guest_bench(img, append, extra, mem):
    b = boot(img.image, append=append, extra=extra, mem=mem, timeout=300)
    m = BENCH_RE.search(b.output)
    if not m:
        print("<!-- guest bench failed:\n%s\n-->" % b.output[-2000:])
        return None
    return float(m.group(3)), float(m.group(4))


def med(vals, i):
    vals = [v[i] for v in vals if v]
    return statistics.median(vals) if vals else None


def fmt(v):
    return "%.0f" % v if v is not None else "n/a"


def ratio(a, b):
    return "%.2f" % (a / b) if a is not None and b else "n/a"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=3, help="runs (median)")
    args = ap.parse_args()
    img = fstest_build()
    os.makedirs(SCRATCH, exist_ok=True)
    rows = {"9pfs": [], "ramfs": [], "host": []}
    with tempfile.TemporaryDirectory(dir=SCRATCH) as d:
        for _ in range(args.n):
            rows["host"].append(host_bench(d))
            rows["9pfs"].append(guest_bench(
                img, "-- bench /bench.bin %d" % MIB, share_args(d), 256))
            rows["ramfs"].append(guest_bench(
                img, "vfs.rootfs=ramfs -- bench /bench.bin %d" % MIB, [],
                512))
    hw, hr = med(rows["host"], 0), med(rows["host"], 1)
    print("## Filesystems: sequential %d MiB, %d KiB requests (median of "
          "%d, TCG)\n" % (MIB, CHUNK // 1024, args.n))
    print("| filesystem | write MiB/s | read MiB/s | write vs host | "
          "read vs host |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in ("9pfs", "ramfs", "host"):
        w, r = med(rows[name], 0), med(rows[name], 1)
        print("| %s | %s | %s | %s | %s |" % (
            name if name != "host" else "host (same directory)",
            fmt(w), fmt(r), ratio(w, hw), ratio(r, hr)))
    print()


if __name__ == "__main__":
    main()
