# SPDX-License-Identifier: BSD-3-Clause
"""apps/coretest on kvm-x86_64: allocators, threads, locks, mailboxes,
time and C library checks, each reported as PASS/FAIL by the guest."""
import re

from uk import Build, boot

DEBUG_EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]


def test_coretest_all_pass():
    img = Build("coretest", "kvm-x86_64").build()
    b = boot(img.image, extra=DEBUG_EXIT, timeout=90)
    m = re.search(r"coretest: (\d+) passed, (\d+) failed", b.output)
    assert m, b.explain()
    assert int(m.group(2)) == 0 and "FAIL " not in b.output, b.explain()
    assert int(m.group(1)) >= 21, b.explain()
    for name in ("alloc_exhaust_bbuddy", "thread_pingpong", "thread_sleep",
                 "printf_formats", "qsort_bsearch", "strtol", "setjmp"):
        b.expect("PASS " + name)
    assert b.returncode == 1, b.explain()     # main returned 0 failures
