# SPDX-License-Identifier: BSD-3-Clause
"""Thread stack guard pages (LIBUKSCHED_STACK_GUARD): a thread that
recurses without bound traps on the guard page below its stack, the crash
report names the thread (or the boot stack, on kvm), and QEMU / the process exits with the crash
status instead of hanging or corrupting memory. One fault image per
target, the same configurations test_faults.py, test_arm64.py,
test_linuxu_arm64.py use."""
import os
import re
import shutil

import pytest

from uk import Build, boot, run_linuxu

APP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                   "fault")
DEBUG_EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
OVERFLOW = 'Stack overflow in thread "overflow": access to its guard page'
BOOT_OVERFLOW = "Stack overflow on the boot stack: access to its guard page"


def guard_address(output):
    m = re.search(r"its guard page at ([0-9a-f]{16})", output)
    assert m, output
    return int(m.group(1), 16)


@pytest.fixture(scope="module")
def x86():
    return Build(APP, "kvm-x86_64").build()


@pytest.fixture(scope="module")
def arm64():
    return Build(APP, "kvm-arm64",
                 config={"LIBUKDEBUG_PRINTK_INFO": True}).build()


@pytest.fixture(scope="module")
def linuxu():
    return Build(APP, "linuxu-x86_64").build()


def test_kvm_x86_64_overflow_is_reported(x86):
    b = boot(x86.image, append="-- overflow", extra=DEBUG_EXIT)
    assert not b.timed_out, b.explain()
    assert b.returncode == (127 << 1) | 1, b.explain()
    b.expect("fault: overflow", "fault: depth 64", OVERFLOW,
             "Unhandled trap 14 (page fault)",
             "not-present page on write", "Backtrace")
    # the fault is in the page below the stack the thread ran on
    rsp = int(re.search(r"RSP: 0010:([0-9a-f]{16})", b.output).group(1),
              16)
    assert guard_address(b.output) >> 12 == rsp >> 12, b.explain()
    assert "overflow thread returned" not in b.output, b.explain()


def test_kvm_x86_64_null_is_not_an_overflow(x86):
    b = boot(x86.image, append="-- null", extra=DEBUG_EXIT)
    assert b.returncode == (127 << 1) | 1, b.explain()
    b.expect("Unhandled trap 14 (page fault)")
    assert "Stack overflow" not in b.output, b.explain()


def test_kvm_x86_64_threads_still_run_and_exit(x86):
    # main itself runs in a guarded thread; exiting frees it cleanly
    b = boot(x86.image, append="-- exit=5", extra=DEBUG_EXIT)
    assert b.returncode == (5 << 1) | 1, b.explain()


@pytest.mark.parametrize("target,extra,status,trap", [
    ("kvm-x86_64", DEBUG_EXIT, (127 << 1) | 1,
     "Unhandled trap 14 (page fault)"),
    ("kvm-arm64", ["-semihosting"], 255,
     "Data abort: translation fault (level 3) on write"),
])
def test_kvm_boot_stack_overflow_is_reported(target, extra, status, trap):
    # without the scheduler main runs on the boot stack
    img = Build(APP, target, {"LIBUKBOOT_INITSCHEDCOOP": False}).build()
    b = boot(img.image, append="-- overflow", extra=extra)
    assert not b.timed_out, b.explain()
    assert b.returncode == status, b.explain()
    b.expect("fault: overflow", "fault: depth 64", BOOT_OVERFLOW, trap)


def test_kvm_arm64_overflow_is_reported(arm64):
    b = boot(arm64.image, append="-- overflow", extra=["-semihosting"])
    assert not b.timed_out, b.explain()
    assert b.returncode == 255, b.explain()
    b.expect("fault: overflow", OVERFLOW,
             "Data abort: translation fault (level 3) on write",
             "Backtrace")
    assert "overflow thread returned" not in b.output, b.explain()


def test_linuxu_x86_64_overflow_is_reported(linuxu):
    b = run_linuxu(linuxu.image, ["--", "overflow"])
    assert not b.timed_out, b.explain()
    assert b.returncode == 127, b.explain()
    b.expect("fault: overflow", "Linux signal 11 (SIGSEGV", OVERFLOW,
             "Unhandled trap 14 (page fault)")
    assert "overflow thread returned" not in b.output, b.explain()


@pytest.mark.skipif(not shutil.which("qemu-aarch64") or
                    not shutil.which("aarch64-linux-gnu-gcc"),
                    reason="needs qemu-user and gcc-aarch64-linux-gnu")
def test_linuxu_arm64_overflow_is_reported():
    img = Build(APP, "linuxu-arm64").build()
    b = run_linuxu(img.image, ["--", "overflow"])
    assert not b.timed_out, b.explain()
    assert b.returncode == 127, b.explain()
    b.expect("fault: overflow", "SIGSEGV", OVERFLOW)
    assert "overflow thread returned" not in b.output, b.explain()
