#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Filesystem throughput: sequential write then read of a 64 MiB file in
256 KiB requests, measured inside the guest (apps/fstest `bench`) on 9pfs
(virtio-9p share of a host directory: PCI on x86_64, MMIO on arm64) and
on ramfs, on kvm-x86_64 and (when the platform is there) kvm-arm64, next
to the host's own
throughput on the same directory in the same run (Python, same request
size, fsync after writing; reads come from the page cache on both sides).
ramfs runs twice per boot: the first file lands in guest pages never
written before, the second in the pages the first one freed (TCG makes
the first write to a guest page expensive). Then the cost of one
path lookup: stat() of a cached three-component path, which on 9pfs asks
the host again for every component (revalidation: a Twalk and a Tclunk
each) plus the Tgetattr, on ramfs only walks the dentry cache. Prints
markdown tables of medians; asserts nothing.
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
import re  # noqa: E402
from fsutil import BENCH_RE, fstest_build, share_args  # noqa: E402
from test_libsuites import missing_platform  # noqa: E402

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


def guest_bench(img, append, extra, mem, runs=1):
    """(write, read) MiB/s of each `bench` the guest ran, in order."""
    b = boot(img.image, append=append, extra=extra, mem=mem, timeout=300)
    found = [(float(m.group(3)), float(m.group(4)))
             for m in BENCH_RE.finditer(b.output)]
    if len(found) < runs:
        print("<!-- guest bench failed:\n%s\n-->" % b.output[-2000:])
        return [None] * runs
    return found


STATS = 2000
STATLOOP_RE = re.compile(r"OK statloop \S+ \d+ us=([\d.]+)")
STATLOOP_CMD = ("-- mkdir /p mkdir /p/q write /p/q/f x statloop /p/q/f %d "
                "rm /p/q/f rmdir /p/q rmdir /p" % STATS)


def guest_stat_us(img, append, extra):
    """Microseconds per stat() the guest measured, or None."""
    b = boot(img.image, append=append, extra=extra, mem=128, timeout=300)
    m = STATLOOP_RE.search(b.output)
    if not m:
        print("<!-- guest statloop failed:\n%s\n-->" % b.output[-2000:])
        return None
    return float(m.group(1))


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
    images = {"kvm-x86_64": fstest_build()}
    if not missing_platform("kvm-arm64"):
        images["kvm-arm64"] = fstest_build("kvm-arm64")
    os.makedirs(SCRATCH, exist_ok=True)
    rows = {"host": []}
    stats = {}
    with tempfile.TemporaryDirectory(dir=SCRATCH) as d:
        for _ in range(args.n):
            rows["host"].append(host_bench(d))
            for target, img in images.items():
                dev = "virtio-9p-pci" if target == "kvm-x86_64" else \
                    "virtio-9p-device"
                rows.setdefault("9pfs (%s)" % target, []).append(
                    guest_bench(img, "-- bench /bench.bin %d" % MIB,
                                share_args(d, device=dev), 256)[0])
                # twice in one boot: the second file reuses the pages
                # the first one touched (and freed)
                cold, warm = guest_bench(
                    img, "vfs.rootfs=ramfs -- bench /a %d bench /b %d"
                    % (MIB, MIB), [], 512, runs=2)
                rows.setdefault("ramfs (%s)" % target, []).append(cold)
                rows.setdefault("ramfs (%s), pages reused" % target,
                                []).append(warm)
                stats.setdefault("9pfs (%s)" % target, []).append(
                    guest_stat_us(img, STATLOOP_CMD,
                                  share_args(d, device=dev)))
                stats.setdefault("ramfs (%s)" % target, []).append(
                    guest_stat_us(img, "vfs.rootfs=ramfs " + STATLOOP_CMD,
                                  []))
    hw, hr = med(rows["host"], 0), med(rows["host"], 1)
    print("## Filesystems: sequential %d MiB, %d KiB requests (median of "
          "%d, TCG)\n" % (MIB, CHUNK // 1024, args.n))
    print("| filesystem | write MiB/s | read MiB/s | write vs host | "
          "read vs host |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in sorted(rows, key=lambda n: (n == "host", n)):
        w, r = med(rows[name], 0), med(rows[name], 1)
        print("| %s | %s | %s | %s | %s |" % (
            name if name != "host" else "host (same directory)",
            fmt(w), fmt(r), ratio(w, hw), ratio(r, hr)))
    print()
    print("## Path lookup: stat() of a cached /p/q/f, %d calls (median of "
          "%d, TCG)\n" % (STATS, args.n))
    print("| filesystem | us per stat |")
    print("| --- | ---: |")
    for name in sorted(stats):
        vals = [v for v in stats[name] if v is not None]
        print("| %s | %s |" % (name, "%.1f" % statistics.median(vals)
                               if vals else "n/a"))
    print()


if __name__ == "__main__":
    main()
