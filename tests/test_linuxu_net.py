# SPDX-License-Identifier: BSD-3-Clause
"""linuxu tap network device (CONFIG_LINUXU_TAP_NET): httpreply on lwIP
runs as a process in a network namespace of our own with a tap device,
and wget fetches its page; the namespace is deleted afterwards. The arm64
image runs under qemu-aarch64, which passes the tap ioctls through."""
import os
import shutil
import signal
import subprocess
import time

import pytest

from netvm import NetNS
from uk import Build, linuxu_cmd, run_linuxu

LISTENING = "Listening on port 8123..."
PAGE_TEXT = "Hello from the unikernel!"
pytestmark = pytest.mark.xdist_group("net")

STATIC = ["netdev.ipv4_addr=172.44.0.2", "netdev.ipv4_gw_addr=172.44.0.1",
          "netdev.ipv4_subnet_mask=255.255.255.0"]


@pytest.fixture(scope="module", params=["linuxu-x86_64", "linuxu-arm64"])
def httpreply(request):
    if request.param.endswith("arm64") and not (
            shutil.which("aarch64-linux-gnu-gcc") and
            shutil.which("qemu-aarch64")):
        pytest.skip("needs gcc-aarch64-linux-gnu and qemu-user")
    return Build("httpreply", request.param,
                 {"LIBLWIP": True, "LINUXU_TAP_NET": True},
                 libs=["lwip"]).build(timeout=900)


class Process:
    """The image as a process in the namespace, output in a file."""

    def __init__(self, ns, image, args, outfile):
        self.outfile = outfile
        with open(outfile, "wb") as out:
            self.p = subprocess.Popen(
                ["ip", "netns", "exec", ns.name] + linuxu_cmd(image, args),
                stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True)

    @property
    def output(self):
        with open(self.outfile, errors="replace") as f:
            return f.read()

    def wait_for(self, text, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output:
                return
            if self.p.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError("%r not printed (exit %s):\n%s"
                             % (text, self.p.poll(), self.output))

    def stop(self):
        if self.p.poll() is None:
            os.killpg(self.p.pid, signal.SIGKILL)
        self.p.wait(timeout=10)


def test_http_over_tap_in_netns(httpreply, tmp_path):
    why = NetNS.unavailable()
    if why:
        pytest.skip(why)
    ns = NetNS()
    with ns:
        proc = Process(ns, httpreply.image,
                       ["linuxu.tap=" + ns.tap] + STATIC + ["--"],
                       tmp_path / "out")
        try:
            proc.wait_for(LISTENING, timeout=30)
            out = proc.output
            assert "172.44.0.2 netmask 255.255.255.0 gateway " \
                   "172.44.0.1 (static)" in out, out
            for _ in range(3):
                r = ns.exec(["wget", "-q", "-T", "10", "-t", "1", "-O",
                             "-", "172.44.0.2:8123"], timeout=20)
                assert r.returncode == 0 and PAGE_TEXT in r.stdout, \
                    r.stdout + proc.output
        finally:
            proc.stop()
    assert not ns.exists(), "namespace %s left behind" % ns.name


def test_bad_tap_name_is_refused(httpreply):
    b = run_linuxu(httpreply.image, ["linuxu.tap=" + "x" * 20, "--"])
    b.expect("linuxu.tap=%s: expected an interface name" % ("x" * 20))
    assert b.returncode != 0 and LISTENING not in b.output, b.explain()
