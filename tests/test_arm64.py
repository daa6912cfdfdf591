# SPDX-License-Identifier: BSD-3-Clause
"""kvm-arm64 on QEMU's virt board (TCG): the Linux arm64 Image boots,
finds its devices in the device tree, runs helloworld and coretest on
Cortex-A57 and A72 with GICv2 and GICv3, reports exceptions, powers off
through PSCI (QEMU exits by itself), passes main's status out through
semihosting, and gdb-multiarch debugs it through QEMU's gdb server."""
import os
import re
import struct
import subprocess

import pytest

from uk import (Build, boot, free_port, kill_group, qemu_cmd, run,
                wait_listening)
from fsutil import FSTEST, FSTEST_CONFIG, newc_entry, results

HERE = os.path.dirname(os.path.abspath(__file__))
FAULT_APP = os.path.join(HERE, "apps", "fault")
INFO = {"LIBUKDEBUG_PRINTK_INFO": True}
SEMIHOSTING = ["-semihosting"]
CRASH_STATUS = 255
BOARDS = [("virt", "cortex-a57"), ("virt", "cortex-a72"),
          ("virt,gic-version=3", "cortex-a57"),
          ("virt,gic-version=3", "cortex-a72")]


@pytest.fixture(scope="module")
def hello():
    return Build("helloworld", "kvm-arm64", config=INFO).build()


@pytest.fixture(scope="module")
def coretest():
    return Build("coretest", "kvm-arm64").build()


@pytest.fixture(scope="module")
def fault():
    return Build(FAULT_APP, "kvm-arm64", config=INFO).build()


@pytest.fixture(scope="module")
def fstest():
    return Build(FSTEST, "kvm-arm64", config=FSTEST_CONFIG).build()


def symbol_range(img, name):
    """[start, end) of a function in the .dbg image."""
    out = subprocess.run(["aarch64-linux-gnu-nm", "-S", img.image + ".dbg"],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[3] == name:
            start = int(f[0], 16)
            return start, start + int(f[1], 16)
    raise AssertionError("%s not in %s.dbg" % (name, img.image))


def test_image_is_a_linux_arm64_image(hello):
    with open(hello.image, "rb") as f:
        data = f.read()
    code0, text_offset, image_size, flags = struct.unpack_from(
        "<I4xQQQ", data, 0)
    assert data[56:60] == b"ARM\x64", data[:64]
    assert code0 >> 26 == 0b000101, hex(code0)        # b boot_entry
    assert text_offset == 0x80000
    assert flags == 0x2                               # LE, 4 KiB pages
    assert image_size > len(data), (image_size, len(data))   # + .bss
    with open(hello.image + ".dbg", "rb") as f:
        elf = f.read(20)
    assert elf[:4] == b"\x7fELF" and struct.unpack_from(
        "<H", elf, 18)[0] == 183                      # EM_AARCH64


@pytest.mark.parametrize("machine,cpu", BOARDS)
def test_helloworld_boots_and_powers_off(hello, machine, cpu):
    b = boot(hello.image, machine=machine, cpu=cpu)
    assert not b.timed_out, b.explain()
    gic = "GICv3" if "gic-version=3" in machine else "GICv2"
    b.expect("Entering kvm-arm64 platform at EL1 (device tree at ",
             "Console: PL011 at 0x9000000",
             "CPU: Cortex-A%s" % cpu[-2:], "PSCI: version 1.",
             "through hvc", "MMU: 1:1 map", "page 0 unmapped",
             "Image: text 0x40080000-", "Boot stack: ",
             "RAM: 0000000040000000 - 0000000044000000 (64 MiB)",
             "KiB free in total", " kernel", " dtb",
             "GIC: %s, distributor at 0x8000000" % gic,
             "Clock: generic timer at 62.500 MHz, virtual timer on IRQ 27",
             "RTC: PL031 at 0x9010000", "Heap: ",
             "Hello world!", "main returned 0")
    assert b.returncode == 0, b.explain()


def test_boot_at_el2_drops_to_el1_and_uses_smc(hello):
    b = boot(hello.image, machine="virt,virtualization=on")
    assert not b.timed_out, b.explain()
    b.expect("Entering kvm-arm64 platform at EL2", "through smc",
             "GIC: GICv2", "Hello world!")


@pytest.mark.parametrize("machine", ["virt", "virt,gic-version=3"])
def test_smp_machine_runs_on_the_boot_cpu(hello, machine):
    b = boot(hello.image, machine=machine, extra=["-smp", "4"])
    assert not b.timed_out, b.explain()
    b.expect("CPUs: 4 in the device tree, running on the boot CPU only",
             "Hello world!")


def test_secure_ram_and_devices_are_left_alone(hello):
    # virt,secure=on lists secure RAM and a secure UART, status "disabled"
    b = boot(hello.image, machine="virt,secure=on")
    assert not b.timed_out, b.explain()
    b.expect("Console: PL011 at 0x9000000", "Hello world!")
    assert "RAM: 000000000e000000" not in b.output, b.explain()
    assert b.output.count("RAM: ") == 1, b.explain()


def test_append_arguments_reach_main(hello):
    b = boot(hello.image, append="-- one 'two words' three")
    b.expect('Command line: -- one \'two words\' three',
             'Arguments: "helloworld" "one" "two words" "three"')


def test_initrd_is_found_and_kept(hello, tmp_path):
    initrd = tmp_path / "initrd.bin"
    initrd.write_bytes(bytes(range(256)) * 400)       # 100 KiB
    b = boot(hello.image, extra=["-initrd", str(initrd)])
    m = re.search(r"Initrd: ([0-9a-f]+) - ([0-9a-f]+) \(100 KiB\)",
                  b.output)
    assert m and int(m.group(2), 16) - int(m.group(1), 16) == 102400, \
        b.explain()
    b.expect(" initrd", "Hello world!")
    # the initrd is not handed out as free memory
    start = int(m.group(1), 16)
    for line in b.output.splitlines():
        f = re.search(r"Memory: ([0-9a-f]{16}) - ([0-9a-f]{16}) .* free",
                      line)
        if f:
            assert not int(f.group(1), 16) <= start < int(f.group(2), 16)


def test_smallest_memory(hello):
    b = boot(hello.image, mem=3)
    assert not b.timed_out, b.explain()
    b.expect("RAM: 0000000040000000 - 0000000040300000 (3 MiB)",
             "Hello world!")


@pytest.mark.parametrize("machine,cpu", [BOARDS[0], BOARDS[3]])
def test_coretest_all_pass(coretest, machine, cpu):
    b = boot(coretest.image, machine=machine, cpu=cpu, extra=SEMIHOSTING,
             timeout=90)
    m = re.search(r"coretest: (\d+) passed, (\d+) failed", b.output)
    assert m, b.explain()
    assert int(m.group(2)) == 0 and "FAIL " not in b.output, b.explain()
    assert int(m.group(1)) >= 21, b.explain()
    for name in ("alloc_exhaust_bbuddy", "thread_pingpong", "thread_sleep",
                 "thread_context", "printf_formats", "setjmp"):
        b.expect("PASS " + name)
    assert b.returncode == 0, b.explain()     # 0 failures, via semihosting


def crash(img, what, extra=SEMIHOSTING):
    b = boot(img.image, append="-- " + what, extra=extra)
    assert not b.timed_out, b.explain()
    return b


def test_null_dereference_reports_data_abort(fault):
    b = crash(fault, "null")
    b.expect("fault: null",
             "Unhandled exception: EC 0x25 (data abort, same EL), ESR 0x",
             "Data abort: translation fault (level 3) on read at address "
             "0000000000000000", "NULL pointer dereference",
             "ELR: ", "SPSR: ", "SP: ", "FAR: 0000000000000000",
             "X0 : ", "X29: ", "X30: ", "Backtrace", "#0  0x")
    elr = int(re.search(r"ELR: ([0-9a-f]{16})", b.output).group(1), 16)
    start, end = symbol_range(fault, "main")
    assert start <= elr < end, (hex(elr), hex(start), hex(end),
                                b.explain())
    assert b.returncode == CRASH_STATUS, b.explain()


def test_data_abort_without_semihosting_still_exits(fault):
    b = crash(fault, "null", extra=())
    b.expect("Unhandled exception: EC 0x25")
    assert b.returncode == 0, b.explain()     # PSCI SYSTEM_OFF


def test_write_to_rodata_is_a_permission_fault(fault):
    crash(fault, "wrro").expect(
        "EC 0x25 (data abort, same EL)",
        "Data abort: permission fault (level 3) on write at address "
        "00000000400")


def test_executing_data_is_refused(fault):
    crash(fault, "execdata").expect(
        "EC 0x21 (instruction abort, same EL)",
        "Instruction abort: permission fault")


def test_unusable_stack_pointer_still_reports(fault):
    # the report runs on its own stack: the interrupted one is unmapped
    b = crash(fault, "badsp")
    b.expect("Data abort: translation fault (level 3) on write at "
             "address 0000000000000ff0", "next to the stack pointer",
             "SP: 0000000000001000", "Backtrace")
    assert b.returncode == CRASH_STATUS, b.explain()


def test_trap_instruction_reports_brk(fault):
    crash(fault, "ud").expect("EC 0x3c (BRK instruction)", "Backtrace")


def test_assertion_failure(fault):
    b = crash(fault, "assert")
    b.expect("Assertion failure: zero == 1", "Backtrace:", "Crash: halting")
    assert b.returncode == CRASH_STATUS, b.explain()


def test_restart_resets_the_machine(fault):
    # PSCI SYSTEM_RESET: QEMU boots the image again, or exits with
    # -no-reboot
    b = boot(fault.image, append="-- restart", extra=["-no-reboot"])
    assert not b.timed_out, b.explain()
    b.expect("fault: restart", "Restarting")
    assert b.output.count("fault: restart") == 1, b.explain()
    b = boot(fault.image, append="-- restart", timeout=2)
    assert b.timed_out and b.output.count("fault: restart") > 1, \
        b.explain()


def test_exit_status_through_semihosting(fault):
    b = boot(fault.image, append="-- exit=3", extra=SEMIHOSTING)
    assert b.returncode == 3, b.explain()
    b = boot(fault.image, append="-- exit=3")
    assert b.returncode == 0 and not b.timed_out, b.explain()


def test_console_input(fault):
    cmd = qemu_cmd(fault.image, "arm64", append="-- echo")
    r = run(cmd, timeout=30, input="typed on the console\n")
    assert "fault: read 'typed on the console'" in r.stdout, r.stdout


def test_gdb_multiarch_breaks_in_main_with_backtrace(hello):
    port = free_port()
    cmd = qemu_cmd(hello.image, "arm64", extra=[
        "-gdb", "tcp:127.0.0.1:%d" % port, "-S"])
    q = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        wait_listening(port, q)
        r = run(["gdb-multiarch", "-nx", "-batch",
                 "-iex", "add-auto-load-safe-path " + hello.builddir,
                 hello.image + ".dbg",
                 "-ex", "target remote 127.0.0.1:%d" % port,
                 "-ex", "set backtrace past-main on",
                 "-ex", "hbreak main", "-ex", "continue", "-ex", "bt",
                 "-ex", "info registers pc", "-ex", "uk threads",
                 "-ex", "kill"], timeout=90)
    finally:
        kill_group(q)
        q.wait()
    out = r.stdout
    assert "Breakpoint 1, main (" in out, out
    bt = [l for l in out.splitlines() if l.startswith("#")]
    assert bt and " main (" in bt[0], out
    assert any("main_thread" in l for l in bt[1:]), out
    start, end = symbol_range(hello, "main")
    pc = int(re.search(r"^pc\s+0x([0-9a-f]+)", out, re.M).group(1), 16)
    assert start <= pc < end, out
    # the gdb helper (auto-loaded from the build directory) reads arm64
    assert re.search(r"^\* 0x[0-9a-f]+ +main .*where=running", out, re.M), out
    assert re.search(r"^  0x[0-9a-f]+ +idle ", out, re.M), out


def test_initrd_cpio_root(fstest, tmp_path):
    """The initrd QEMU names in /chosen becomes the root filesystem."""
    archive = tmp_path / "root.cpio"
    archive.write_bytes(
        newc_entry("etc", mode=0o40755, ino=1) +
        newc_entry("etc/motd", b"hello from the initrd\n", ino=2) +
        newc_entry("TRAILER!!!", ino=0))
    b = boot(fstest.image, mem=128, extra=["-initrd", str(archive)],
             append="vfs.rootfs=initrd -- ls /etc cat /etc/motd")
    assert not b.timed_out, b.explain()
    b.expect("fstest: done, 0 errors")
    assert results(b.output)[:2] == [
        "OK ls /etc: motd(22)",
        "OK cat /etc/motd <<hello from the initrd"], b.explain()
