#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""kvm-arm64 benchmarks: prints markdown tables, asserts nothing.
Usage: bench/section-arm64.py [-n RUNS]

- helloworld kvm-arm64: flat image, .dbg, text/data/bss, memory footprint
  (the Image header's image_size), clean build time
- boot to exit wall time under TCG (median of N) on QEMU virt with
  Cortex-A57/GICv2 and Cortex-A72/GICv3, next to a trivial Image that
  only calls PSCI SYSTEM_OFF (the floor QEMU itself costs)
- time from the first clock reading to main as the guest measures it
- the smallest -m that boots
"""
import argparse
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests"))
from uk import SCRATCH, Build, boot, run  # noqa: E402

BOARDS = [("virt", "cortex-a57", "GICv2"),
          ("virt,gic-version=3", "cortex-a72", "GICv3")]

# The floor: an Image header and PSCI SYSTEM_OFF through hvc
STUB = """
.text
	b	1f
	.long	0
	.quad	0x80000, 0x1000, 0x2, 0, 0, 0
	.ascii	"ARM\\x64"
	.long	0
1:	movz	x0, #0x0008
	movk	x0, #0x8400, lsl #16
	hvc	#0
	b	.
"""


def build_stub(d):
    os.makedirs(d, exist_ok=True)
    src, obj = os.path.join(d, "stub.S"), os.path.join(d, "stub.o")
    img = os.path.join(d, "stub-arm64")
    with open(src, "w") as f:
        f.write(STUB)
    subprocess.run(["aarch64-linux-gnu-gcc", "-c", src, "-o", obj],
                   check=True)
    subprocess.run(["aarch64-linux-gnu-objcopy", "-O", "binary", "-j",
                    ".text", obj, img], check=True)
    return img


def median_boot(image, runs, machine, cpu, expect=None):
    times = []
    for _ in range(runs):
        b = boot(image, machine=machine, cpu=cpu, timeout=60)
        if b.timed_out or (expect and expect not in b.output):
            return None
        times.append(b.seconds)
    return statistics.median(times)


def smallest_mem(image):
    lo, hi = 1, 64
    while lo < hi:
        mid = (lo + hi) // 2
        if "Hello world!" in boot(image, mem=mid, timeout=30).output:
            hi = mid
        else:
            lo = mid + 1
    return lo


def row(*cols):
    print("| " + " | ".join(str(c) for c in cols) + " |")


def fmt(s):
    return "-" if s is None else "%.3f s" % s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=10)
    args = ap.parse_args()

    hello = Build("helloworld", "kvm-arm64", name="bench-helloworld-arm64")
    shutil.rmtree(hello.dir, ignore_errors=True)
    hello.write_config()
    t0 = time.monotonic()
    r = run(hello.make_args("-j%d" % os.cpu_count()), timeout=900)
    clean_build = time.monotonic() - t0
    if r.returncode:
        sys.exit("helloworld kvm-arm64 build failed:\n" + r.stdout)
    info = Build("helloworld", "kvm-arm64", name="bench-helloworld-arm64-i",
                 config={"LIBUKDEBUG_PRINTK_INFO": True}).build()
    stub = build_stub(os.path.join(SCRATCH, "bench-stub-arm64"))

    size = run(["aarch64-linux-gnu-size", hello.image + ".dbg"]).stdout
    text, data, bss = (int(x) for x in size.splitlines()[-1].split()[:3])
    with open(hello.image, "rb") as f:
        image_size, = struct.unpack_from("<Q", f.read(24), 16)

    print("\n## helloworld kvm-arm64\n")
    row("metric", "value")
    row("---", "---")
    row("image (flat Image)", "%d bytes" % os.path.getsize(hello.image))
    row(".dbg image (ELF)", "%d bytes" % os.path.getsize(hello.image
                                                          + ".dbg"))
    row("text / data / bss", "%d / %d / %d" % (text, data, bss))
    row("memory footprint (header image_size)", "%d bytes" % image_size)
    row("clean build (-j%d)" % os.cpu_count(), fmt(clean_build))
    row("smallest -m that boots", "%d MiB" % smallest_mem(hello.image))
    us = []
    for _ in range(args.runs):
        m = re.search(r"Reached main\(\) (\d+) us after boot",
                      boot(info.image).output)
        if m:
            us.append(int(m.group(1)))
    row("guest clock start to main (median, info build)",
        "%d us" % statistics.median(us) if us else "-")

    print("\n## kvm-arm64 boot to exit (TCG), median of %d\n" % args.runs)
    row("board", "PSCI stub (floor)", "helloworld", "helloworld / stub")
    row("---", "---", "---", "---")
    for machine, cpu, gic in BOARDS:
        s = median_boot(stub, args.runs, machine, cpu)
        h = median_boot(hello.image, args.runs, machine, cpu,
                        expect="Hello world!")
        row("%s, %s" % (cpu, gic), fmt(s), fmt(h),
            "%.2f" % (h / s) if h and s else "-")


if __name__ == "__main__":
    main()
