# SPDX-License-Identifier: BSD-3-Clause
"""Console input on kvm (x86_64 and arm64, TCG): a guest that waits for a
line on the serial console halts its CPU until the UART's receive
interrupt instead of spinning, so QEMU stays nearly idle; the line sent
afterwards, in two parts, is still read whole, echoed, and the guest
exits."""
import os
import select
import subprocess
import time

import pytest

from uk import Build, kill_group, qemu_cmd

APP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                   "fault")
TARGETS = ["kvm-x86_64", "kvm-arm64"]
IDLE_SECONDS = 1.5
# A spinning guest keeps QEMU's vCPU thread at ~100% of a host CPU
MAX_IDLE_CPU_SHARE = 0.4
CLK_TCK = os.sysconf("SC_CLK_TCK")


@pytest.fixture(scope="module", params=TARGETS)
def fault(request):
    return Build(APP, request.param).build()


def cpu_seconds(pid):
    """User plus system CPU time of a process, from /proc/<pid>/stat."""
    with open("/proc/%d/stat" % pid) as f:
        stat = f.read()
    # Fields after the command name, which is in parentheses
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def read_until(proc, out, text, timeout):
    """Append proc's output to out (a list of str) until text appears in
    it or proc closes its output; True if it appeared in time."""
    deadline = time.monotonic() + timeout
    fd = proc.stdout.fileno()
    while text not in "".join(out):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                return False
            out.append(chunk.decode(errors="replace"))
    return True


def test_waiting_for_console_input_leaves_the_cpu_idle(fault):
    arch = "arm64" if fault.target.endswith("arm64") else "x86_64"
    cmd = qemu_cmd(fault.image, arch, append="-- echo")
    q = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         start_new_session=True)
    out = []
    try:
        assert read_until(q, out, "fault: echo", 30), "".join(out)
        # Let the guest reach its read before measuring
        time.sleep(0.2)
        cpu0, wall0 = cpu_seconds(q.pid), time.monotonic()
        time.sleep(IDLE_SECONDS)
        cpu = cpu_seconds(q.pid) - cpu0
        wall = time.monotonic() - wall0
        print("%s: QEMU used %.2f s CPU in %.2f s waiting for input"
              % (fault.target, cpu, wall))
        assert cpu < MAX_IDLE_CPU_SHARE * wall, (
            "QEMU used %.2f s of CPU in %.2f s while the guest waited "
            "for console input\n%s" % (cpu, wall, "".join(out)))

        # Two parts: the guest wakes up, reads the first, waits again
        q.stdin.write(b"typed after ")
        q.stdin.flush()
        time.sleep(0.3)
        q.stdin.write(b"a pause\n")
        q.stdin.flush()
        assert read_until(q, out, "fault: read 'typed after a pause'", 30), \
            "".join(out)
        q.wait(timeout=30)  # it exits by itself (else TimeoutExpired)
    finally:
        kill_group(q)
        q.stdout.close()
        q.stdin.close()
        q.wait()
