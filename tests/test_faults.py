# SPDX-License-Identifier: BSD-3-Clause
"""Crash reports on kvm-x86_64: traps and assertions print a report with
registers and a backtrace, and QEMU exits instead of hanging."""
import os

import pytest

from uk import Build, boot

APP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                   "fault")
DEBUG_EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
CRASH_STATUS = (127 << 1) | 1


@pytest.fixture(scope="module")
def fault():
    return Build(APP, "kvm-x86_64").build()


def crash(img, what):
    b = boot(img.image, append="-- " + what, extra=DEBUG_EXIT)
    assert not b.timed_out, b.explain()
    assert b.returncode == CRASH_STATUS, b.explain()
    return b


def test_null_dereference_reports_page_fault(fault):
    b = crash(fault, "null")
    b.expect("fault: null", "Unhandled trap 14 (page fault)", "RIP:",
             "CR2: 0000000000000000", "Backtrace:", "#0")


def test_divide_by_zero_reports_trap(fault):
    crash(fault, "div0").expect("Unhandled trap 0 (divide error)", "RAX:",
                                "Backtrace:")


def test_invalid_opcode_reports_trap(fault):
    crash(fault, "ud").expect("Unhandled trap 6 (invalid opcode)", "RIP:")


def test_assertion_failure(fault):
    crash(fault, "assert").expect("Assertion failure: zero == 1",
                                  "Backtrace:", "Crash: halting")


def test_uk_crash_message(fault):
    crash(fault, "crash").expect("deliberate crash 42", "Backtrace:")


def test_triple_fault_does_not_loop(fault):
    # The CPU resets and the image boots once more, notices the reset and
    # powers off with the crash status instead of looping
    b = crash(fault, "triple")
    b.expect("fault: triple", "ended in a CPU reset it did not ask for",
             "triple fault", "Stopping instead of booting again")
    assert b.output.count("fault: triple") == 1, b.explain()


def test_triple_fault_limit_allows_reboots():
    img = Build(APP, "kvm-x86_64", {"KVM_RESET_LIMIT": 3}).build()
    b = crash(img, "triple")
    assert b.output.count("fault: triple") == 3, b.explain()
    b.expect("reset 1 in a row", "reset 2 in a row", "reset 3 in a row",
             "Stopping instead of booting again")


def test_exit_code_passes_through_debug_exit(fault):
    b = boot(fault.image, append="-- exit=3", extra=DEBUG_EXIT)
    assert b.returncode == (3 << 1) | 1, b.explain()


def test_too_little_memory_is_reported(fault):
    b = boot(fault.image, mem=2, extra=DEBUG_EXIT)
    assert not b.timed_out, b.explain()
    b.expect("Not enough memory")
    assert "fault:" not in b.output, b.explain()


def test_debug_level_shows_platform_initialisation():
    img = Build("helloworld", "kvm-x86_64",
                config={"LIBUKDEBUG_PRINTK_DEBUG": True}).build()
    b = boot(img.image)
    b.expect("Entering kvm-x86_64 platform", "IDT:", "PIC:", "Clock: TSC",
             "Memory:", "free", "Call constructors", "Heap:",
             "Call init functions", "Hello world!")
