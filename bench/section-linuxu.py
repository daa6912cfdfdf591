#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Benchmark section: the linuxu platform. Usage: section-linuxu.py [-n RUNS]

- helloworld linuxu-x86_64 (default configuration) next to a static C
  hello world built with the host gcc (bench/hello.c): stripped size,
  start-to-exit wall time and CPU time (medians of RUNS)
- the same for linuxu-arm64 under qemu-aarch64 (user mode), next to
  bench/hello.c built with aarch64-linux-gnu-gcc -static, when the
  cross compiler and qemu-user are installed
Prints markdown tables; asserts nothing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests"))
from uk import ROOT, SCRATCH, Build, linuxu_cmd  # noqa: E402


def run_once(cmd):
    """Wall time, CPU time (user + system) and output of one run."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, ru.ru_utime + ru.ru_stime, p.returncode, out


def median_run(cmd, runs, expect=b"Hello world!"):
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu, rc, out = run_once(cmd)
        if rc != 0 or expect not in out:
            return None
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def host_hello(cc, path):
    src = os.path.join(ROOT, "bench", "hello.c")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    r = subprocess.run([cc, "-static", "-O2", "-s", src, "-o", path],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return path if r.returncode == 0 else None


def row(*cols):
    print("| " + " | ".join(str(c) for c in cols) + " |")


def fmt_t(r, i):
    return "-" if r is None else "%.2f ms" % (r[i] * 1000)


def fmt_ratio(a, b):
    return "%.2f" % (a / b) if a and b else "-"


def table(arch, image, baseline, runs, prefix=()):
    t_img = median_run(linuxu_cmd(image), runs)
    t_base = median_run(list(prefix) + [baseline], runs) if baseline \
        else None
    s_img = os.path.getsize(image)
    s_base = os.path.getsize(baseline) if baseline else None
    print("\n## linuxu-%s: helloworld vs static C hello world "
          "(start to exit, median of %d)\n" % (arch, runs))
    if prefix:
        print("Both run under %s (user-mode emulation).\n" % prefix[0])
    row("program", "stripped size", "start to exit (wall)",
        "CPU time (user + sys)")
    row("---", "---", "---", "---")
    row("helloworld_linuxu-%s" % arch, "%d bytes" % s_img, fmt_t(t_img, 0),
        fmt_t(t_img, 1))
    row("hello.c, gcc -static -O2", "%d bytes" % s_base if s_base else "-",
        fmt_t(t_base, 0), fmt_t(t_base, 1))
    row("ratio (unikernel / C)", fmt_ratio(s_img, s_base),
        fmt_ratio(t_img and t_img[0], t_base and t_base[0]),
        fmt_ratio(t_img and t_img[1], t_base and t_base[1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=10)
    args = ap.parse_args()

    d = os.path.join(SCRATCH, "bench-linuxu")
    img = Build("helloworld", "linuxu-x86_64",
                name="bench-helloworld-linuxu").build()
    table("x86_64", img.image, host_hello("gcc", os.path.join(d, "hello")),
          args.runs)

    if shutil.which("qemu-aarch64") and shutil.which("aarch64-linux-gnu-gcc"):
        img = Build("helloworld", "linuxu-arm64",
                    name="bench-helloworld-linuxu-arm64").build()
        base = host_hello("aarch64-linux-gnu-gcc",
                          os.path.join(d, "hello-arm64"))
        table("arm64", img.image, base, args.runs, prefix=["qemu-aarch64"])
    else:
        print("\n(linuxu-arm64 skipped: needs qemu-user and "
              "gcc-aarch64-linux-gnu)")


if __name__ == "__main__":
    main()
