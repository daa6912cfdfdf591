# SPDX-License-Identifier: BSD-3-Clause
"""linuxu-arm64: the cross-compiled static image runs under qemu-aarch64
(user mode): helloworld, the core-library tests, exit status and crash
reports, waiting for console input without using the CPU."""
import os
import shutil
import socket
import subprocess

import pytest

from linuxu_input import check_waits_for_input_asleep
from uk import Build, kill_group, run, run_linuxu

APPS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps")
FAULT_APP = os.path.join(APPS, "fault")
CRASH_STATUS = 127

pytestmark = pytest.mark.skipif(
    not shutil.which("qemu-aarch64") or
    not shutil.which("aarch64-linux-gnu-gcc"),
    reason="needs qemu-user and gcc-aarch64-linux-gnu")


@pytest.fixture(scope="module")
def hello():
    return Build("helloworld", "linuxu-arm64").build()


@pytest.fixture(scope="module")
def fault():
    return Build(FAULT_APP, "linuxu-arm64").build()


def test_image_is_an_arm64_executable(hello):
    with open(hello.image, "rb") as f:
        head = f.read(20)
    # ELF64, little endian, ET_EXEC, EM_AARCH64 (183)
    assert head[:5] == b"\x7fELF\x02" and head[16] == 2 and head[18] == 183


def test_hello_runs_under_qemu_aarch64(hello):
    b = run_linuxu(hello.image, ["x", "--", "y"])
    assert b.cmd[0] == "qemu-aarch64", b.cmd
    b.expect("Powered by", "Hello world!",
             'Arguments: "%s" "y"' % hello.image)
    assert b.returncode == 0, b.explain()


def test_waiting_for_console_input_sleeps():
    """qemu-aarch64 passes O_ASYNC and F_SETOWN through and delivers
    SIGIO: the program sleeps until the line comes."""
    echo = Build(os.path.join(APPS, "echo"), "linuxu-arm64").build()
    check_waits_for_input_asleep(echo.image)


def test_coretest_passes():
    core = Build("coretest", "linuxu-arm64").build()
    b = run_linuxu(core.image, timeout=120)
    # thread_context: FP registers survive switches (d8-d15 are callee
    # saved on arm64); thread_sleep: the SIGALRM idle timer, and time
    # from the clock_gettime system call (qemu-aarch64 7.2 maps no vDSO)
    b.expect("PASS thread_sleep", "PASS thread_context", "coretest: ")
    assert " 0 failed" in b.output and "FAIL" not in b.output, b.explain()
    assert b.returncode == 0, b.explain()


def test_exit_status(fault):
    b = run_linuxu(fault.image, ["--", "exit=3"])
    assert b.returncode == 3, b.explain()


def test_null_dereference_report(fault):
    b = run_linuxu(fault.image, ["--", "null"])
    # the kvm-arm64 report (plat/common/arm/trap_report.c); qemu-aarch64
    # passes no syndrome (ESR), so the exception class is not decoded
    b.expect("fault: null", "Linux signal 11 (SIGSEGV",
             "Unhandled exception", "ELR:", "FAR: 0000000000000000",
             "X29:", "Backtrace", "#0", "#1", "#2")
    assert b.returncode == CRASH_STATUS, b.explain()


def test_crash_backtrace_goes_past_the_crash_function(fault):
    b = run_linuxu(fault.image, ["--", "crash"])
    b.expect("deliberate crash 42", "Backtrace:", "#0", "#1", "#2", "#3",
             "Crash: halting")
    assert b.returncode == CRASH_STATUS, b.explain()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gdb_multiarch_through_qemu_gdbstub(hello):
    port = free_port()
    q = subprocess.Popen(["qemu-aarch64", "-g", str(port),
                          hello.image + ".dbg", "--", "a"],
                         stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        r = run(["gdb-multiarch", "-batch", "-nx",
                 "-ex", "target remote :%d" % port,
                 "-ex", "set backtrace past-main on", "-ex", "break main",
                 "-ex", "continue", "-ex", "bt", "-ex", "kill",
                 hello.image + ".dbg"], timeout=60)
    finally:
        kill_group(q)
        q.wait()
    frames = [l for l in r.stdout.splitlines() if l.startswith("#")]
    assert "Breakpoint 1, main (" in r.stdout, r.stdout
    assert frames and " main (" in frames[0], r.stdout
    assert "ukarch_ctx_start" in frames[-1], r.stdout
