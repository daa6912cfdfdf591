# SPDX-License-Identifier: BSD-3-Clause
"""linuxu-x86_64: the unikernel as a Linux program. Arguments, exit
status, crash reports, heap size parameter, sleeping without busy
waiting, gdb on the .dbg image, kvm and linuxu images from one make."""
import os
import signal
import subprocess
import threading
import time

import pytest

from fsutil import fstest_build, newc_archive
from linuxu_input import check_waits_for_input_asleep
from uk import Build, boot, linuxu_cmd, run, run_linuxu

APPS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps")
FAULT_APP = os.path.join(APPS, "fault")
CRASH_STATUS = 127
USAGE_STATUS = 2


@pytest.fixture(scope="module")
def hello():
    """helloworld with kvm selected too (two images) and debug messages."""
    return Build("helloworld", "linuxu-x86_64",
                 {"PLAT_KVM": True, "LIBUKDEBUG_PRINTK_DEBUG": True}).build()


@pytest.fixture(scope="module")
def core():
    return Build("coretest", "linuxu-x86_64").build()


@pytest.fixture(scope="module")
def fault():
    """The fault app without the scheduler: main runs on the boot stack."""
    return Build(FAULT_APP, "linuxu-x86_64",
                 {"LIBUKBOOT_INITSCHEDCOOP": False}).build()


@pytest.fixture(scope="module")
def fstest():
    """The fstest build of tests/test_fs.py (which checks the initrd root
    from linuxu.initrd=, a truncated archive and a missing file)."""
    return fstest_build("linuxu-x86_64")


@pytest.fixture(scope="module")
def echo():
    return Build(os.path.join(APPS, "echo"), "linuxu-x86_64").build()


def gdb_bt(img, args=()):
    """gdb -batch: break main, run, bt (past main); returns the frames."""
    r = run(["gdb", "-batch", "-nx", "-ex", "set backtrace past-main on",
             "-ex", "break main", "-ex", "run", "-ex", "bt", "--args",
             img.image + ".dbg"] + list(args), timeout=60)
    frames = [l for l in r.stdout.splitlines() if l.startswith("#")]
    assert "Breakpoint 1, main (" in r.stdout, r.stdout
    assert frames and " main (" in frames[0], r.stdout
    return frames, r.stdout


def test_hello_runs_and_passes_arguments(hello):
    b = run_linuxu(hello.image, ["a", "b c"])
    b.expect("Powered by", "Hello world!",
             'Arguments: "%s" "a" "b c"' % hello.image)
    assert b.returncode == 0, b.explain()


def test_library_parameters_before_double_dash(hello):
    b = run_linuxu(hello.image, ["linuxu.heap=8", "--", "app1", "app2"])
    b.expect("Library parameter linuxu.heap=8",
             'Arguments: "%s" "app1" "app2"' % hello.image)
    assert '"--"' not in b.output and "linuxu.heap=8\"" not in b.output, \
        b.explain()


def test_debug_messages_say_where_the_heap_is(hello):
    b = run_linuxu(hello.image)
    # the clock is read through the vDSO Linux maps into every process
    b.expect("Entering linuxu-x86_64 platform",
             "Clock: CLOCK_MONOTONIC (vDSO)",
             "Heap: 32 MiB mapped at 0x",
             "(CONFIG_LINUXU_DEFAULT_HEAPMB)", "Hello world!")
    b = run_linuxu(hello.image, ["linuxu.heap=5", "--"])
    b.expect("Heap: 5 MiB mapped at 0x", "(linuxu.heap)",
             "(5120 KiB)", "Hello world!")


@pytest.mark.parametrize("value", ["abc", "0", "12x", "", "99999999"])
def test_bad_heap_size_is_refused(hello, value):
    b = run_linuxu(hello.image, ["linuxu.heap=" + value, "--"])
    b.expect("linuxu.heap=%s: expected the heap size in MiB" % value)
    assert b.returncode == USAGE_STATUS, b.explain()
    assert "Hello world!" not in b.output, b.explain()


def test_one_make_gives_kvm_and_linuxu_images(hello):
    kvm_image = os.path.join(hello.builddir, "helloworld_kvm-x86_64")
    r = run(hello.make_args("print-vars"))
    images = [l for l in r.stdout.splitlines() if l.startswith("IMAGES=")]
    assert images and images[0].split("=", 1)[1].split() == [
        kvm_image, hello.image], r.stdout
    assert os.path.isfile(kvm_image) and os.path.isfile(hello.image)
    boot(kvm_image).expect("Entering kvm-x86_64 platform", "Hello world!")


def test_image_is_a_static_elf_without_libc(hello):
    with open(hello.image, "rb") as f:
        head = f.read(64)
    assert head[:4] == b"\x7fELF" and head[16] == 2     # ET_EXEC
    r = run(["readelf", "-lW", hello.image])
    assert "INTERP" not in r.stdout and "DYNAMIC" not in r.stdout, r.stdout


def test_gdb_backtrace_with_scheduler_ends_at_thread_start(hello):
    frames, out = gdb_bt(hello)
    assert any("main_thread" in f for f in frames), out
    assert "ukarch_ctx_start" in frames[-1], out


def test_gdb_backtrace_reaches_platform_entry(fault):
    frames, out = gdb_bt(fault, ["--", "exit=0"])
    assert any("ukplat_entry" in f for f in frames), out
    assert any("_liblinuxuplat_entry" in f for f in frames), out
    assert "_liblinuxuplat_start" in frames[-1], out


def test_coretest_passes(core):
    b = run_linuxu(core.image, timeout=60)
    b.expect("PASS thread_sleep", "PASS thread_context", "PASS time",
             "coretest: ")
    assert " 0 failed" in b.output and "FAIL" not in b.output, b.explain()
    assert b.returncode == 0, b.explain()


def test_sleeping_threads_do_not_spin(core, tmp_path):
    """coretest sleeps for a good part of its run: a busy-waiting idle
    loop would burn as much CPU time as wall time."""
    with open(tmp_path / "out", "wb") as out:
        p = subprocess.Popen(linuxu_cmd(core.image), stdout=out,
                             stderr=subprocess.STDOUT,
                             start_new_session=True)
    start = time.monotonic()
    killer = threading.Timer(60, os.killpg, (p.pid, signal.SIGKILL))
    killer.start()
    try:
        _, status, ru = os.wait4(p.pid, 0)
    finally:
        killer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    cpu = ru.ru_utime + ru.ru_stime
    output = (tmp_path / "out").read_text(errors="replace")
    assert p.returncode == 0 and "PASS thread_sleep" in output, output
    assert wall > 0.1, wall
    assert cpu < 0.5 * wall, (
        "coretest used %.3f s of CPU in %.3f s:\n%s" % (cpu, wall, output))


def test_exit_status_is_mains_return_code(echo):
    b = run_linuxu(echo.image, ["--", "3"], input="")
    b.expect("echo: end of input after 0 lines")
    assert b.returncode == 3, b.explain()
    b = run_linuxu(echo.image, input="")
    assert b.returncode == 0, b.explain()


def test_console_input_from_stdin_until_its_end(echo):
    b = run_linuxu(echo.image, ["--", "7"], input="one\ntwo words\n")
    b.expect("echo: one\n", "echo: two words\n",
             "echo: end of input after 2 lines")
    assert b.returncode == 7, b.explain()


def test_waiting_for_console_input_sleeps(echo):
    """stdin stays open without data for a while: the program must sleep
    (SIGIO from stdin), not poll, then echo the line that comes."""
    check_waits_for_input_asleep(echo.image)


def test_null_dereference_report(fault):
    b = run_linuxu(fault.image, ["--", "null"])
    b.expect("fault: null", "Linux signal 11 (SIGSEGV",
             "Unhandled trap 14 (page fault)",
             "Page fault at address 0000000000000000",
             "NULL pointer dereference", "RIP:", "RBP:",
             "CR2: 0000000000000000", "Backtrace:", "#0", "#1")
    assert b.returncode == CRASH_STATUS, b.explain()


def test_divide_error_and_invalid_opcode_reports(fault):
    b = run_linuxu(fault.image, ["--", "div0"])
    b.expect("Unhandled trap 0 (divide error)", "RAX:", "Backtrace:")
    assert b.returncode == CRASH_STATUS, b.explain()
    b = run_linuxu(fault.image, ["--", "ud"])
    b.expect("Unhandled trap 6 (invalid opcode)", "RIP:")
    assert b.returncode == CRASH_STATUS, b.explain()


def test_assertion_failure_report(fault):
    b = run_linuxu(fault.image, ["--", "assert"])
    b.expect("Assertion failure: zero == 1", "Backtrace:", "#1",
             "Crash: halting")
    assert b.returncode == CRASH_STATUS, b.explain()


def test_restart_executes_the_image_again(fault):
    # The app asks for a restart every time: it must come back with the
    # same arguments until the harness stops it
    b = run_linuxu(fault.image, ["--", "restart"], timeout=1)
    assert b.timed_out, b.explain()
    assert b.output.count("fault: restart") >= 3, b.explain()
    assert "Restart failed" not in b.output, b.explain()


def test_initrd_file_is_left_unchanged(fstest, tmp_path):
    archive = tmp_path / "root.cpio"
    data = newc_archive([("grass", b"The grass is green!\n")])
    archive.write_bytes(data)
    b = run_linuxu(fstest.image, ["linuxu.initrd=%s" % archive,
                                  "vfs.rootfs=initrd", "--", "cat", "/grass",
                                  "write", "/grass", "changed",
                                  "cat", "/grass"])
    b.expect("OK cat /grass <<The grass is green!", "OK cat /grass <<changed",
             "fstest: done, 0 errors")
    # the archive is mapped privately: extraction and writes stay inside
    assert archive.read_bytes() == data


def test_initrd_errors_are_clear(fstest, tmp_path):
    b = run_linuxu(fstest.image, ["linuxu.initrd=%s" % (tmp_path / "no"),
                                  "vfs.rootfs=initrd", "--", "ls", "/"])
    b.expect("linuxu.initrd=%s: cannot open the file (error 2)"
             % (tmp_path / "no"))
    assert b.returncode == USAGE_STATUS, b.explain()
    (tmp_path / "empty").write_bytes(b"")
    b = run_linuxu(fstest.image, ["linuxu.initrd=%s" % (tmp_path / "empty"),
                                  "vfs.rootfs=initrd", "--", "ls", "/"])
    b.expect("the file is empty")
    assert b.returncode == USAGE_STATUS, b.explain()
    b = run_linuxu(fstest.image, ["vfs.rootfs=initrd", "--", "ls", "/"])
    b.expect("passed no initrd", "linuxu.initrd=archive.cpio",
             "Failed to mount /")
    assert b.returncode == CRASH_STATUS, b.explain()
