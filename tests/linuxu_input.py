# SPDX-License-Identifier: BSD-3-Clause
"""Helper for the linuxu tests (test_linuxu.py, test_linuxu_arm64.py): a
program waiting for console input must sleep, not poll stdin."""
import os
import subprocess
import time

from uk import kill_group, linuxu_cmd

WAIT = 1.5          # seconds the program waits for input
MAX_CPU_SHARE = 0.2  # of the wall time, while it waits


def cpu_seconds(pid):
    """utime + stime of a process, from /proc/<pid>/stat."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # fields[0] is field 3 (state); utime and stime are fields 14 and 15
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def check_waits_for_input_asleep(image):
    """Start the echo app with a pipe as stdin, write nothing for WAIT
    seconds, check the CPU time it used meanwhile, then send a line:
    it must be echoed, and end of input must end the program with the
    status given as argument."""
    p = subprocess.Popen(linuxu_cmd(image, ["--", "5"]),
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        time.sleep(0.3)     # start-up (qemu-aarch64 translating) done
        cpu0, wall0 = cpu_seconds(p.pid), time.monotonic()
        time.sleep(WAIT)
        cpu = cpu_seconds(p.pid) - cpu0
        wall = time.monotonic() - wall0
        assert p.poll() is None, "exited before any input: %r" % (
            p.communicate(timeout=10)[0],)
        out, _ = p.communicate(b"hello there\n", timeout=30)
    finally:
        kill_group(p)
        p.wait()
    out = out.decode(errors="replace")
    assert cpu < MAX_CPU_SHARE * wall, (
        "waiting for input used %.2f s of CPU in %.2f s" % (cpu, wall))
    assert "echo: hello there\n" in out, out
    assert "echo: end of input after 1 lines" in out, out
    assert p.returncode == 5, (p.returncode, out)
    return cpu, wall
