# SPDX-License-Identifier: BSD-3-Clause
"""Host-side helpers for networking tests: a guest that keeps running
while real clients (curl, wget, nc, wrk) talk to it, and a private
network namespace with a bridge and a tap device for the static-address
setup. Every process started here runs in its own process group and is
killed when the guest stops; namespaces are deleted afterwards."""
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time

from uk import Boot, qemu_cmd, run


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NetVM:
    """A QEMU guest with one virtio-net NIC, running in the background.

    net="user": QEMU user-mode networking with hostfwd of each guest port
    to 127.0.0.1:<free port> (self.ports[guest_port]).
    net=("tap", ifname, netns): the NIC is that tap device; QEMU runs
    inside the network namespace."""

    def __init__(self, image, append=None, net="user", fwd=(), mem=128,
                 nic=None):
        self.image = image
        arch = "arm64" if image.endswith("arm64") else "x86_64"
        if nic is None:
            # virtio-pci on x86, virtio-mmio on the arm64 virt board
            nic = "virtio-net-pci" if arch == "x86_64" \
                else "virtio-net-device"
        self.ports = {}
        if net == "user":
            hostfwd = ""
            for gp in fwd:
                hp = free_port()
                self.ports[gp] = hp
                hostfwd += ",hostfwd=tcp:127.0.0.1:%d-:%d" % (hp, gp)
            netdev = "user,id=n0" + hostfwd
            prefix = []
        else:
            _, ifname, ns = net
            netdev = "tap,id=n0,ifname=%s,script=no,downscript=no" % ifname
            prefix = ["ip", "netns", "exec", ns]
        self.cmd = prefix + qemu_cmd(
            image, arch, append, mem,
            extra=["-device", "%s,netdev=n0" % nic, "-netdev", netdev])
        self.proc = None
        self._out = []
        self._lock = threading.Lock()
        self.started = None

    def start(self):
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            self.cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)
        threading.Thread(target=self._reader, daemon=True).start()
        return self

    def _reader(self):
        for chunk in iter(lambda: self.proc.stdout.read1(4096), b""):
            with self._lock:
                self._out.append(chunk.decode(errors="replace"))

    @property
    def output(self):
        with self._lock:
            return "".join(self._out)

    def wait_for(self, text, timeout=30, after=0):
        """Wait until text appears in the console (past offset `after`);
        fail with the console if it does not, or if QEMU exits."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            out = self.output
            if text in out[after:]:
                return out.index(text, after)
            if self.proc.poll() is not None:
                time.sleep(0.2)
                break
            time.sleep(0.05)
        raise AssertionError("expected %r in the console within %ss%s\n%s"
                             % (text, timeout, " (QEMU exited)"
                                if self.proc.poll() is not None else "",
                                self.explain()))

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def explain(self):
        return ("QEMU command: %s\n--- console output ---\n%s\n--- end ---"
                % (" ".join(self.cmd), self.output))

    def stop(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, 9)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
        return Boot(self.cmd, self.output,
                    self.proc.returncode if self.proc else None,
                    time.monotonic() - (self.started or time.monotonic()),
                    False)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class NetNS:
    """A network namespace of our own with bridge br0 (host side address
    `host_cidr`) and tap device tap0 enslaved to it, for a guest with a
    static address. Deleted (with its devices) on exit."""

    def __init__(self, host_cidr="172.44.0.1/24"):
        self.name = "uknet%d" % os.getpid()
        self.host_cidr = host_cidr
        self.tap = "tap0"

    @staticmethod
    def unavailable():
        """Why namespaces cannot be used here, or None."""
        if os.geteuid() != 0:
            return "needs root for ip netns"
        if not shutil.which("ip"):
            return "iproute2 (ip) not installed"
        if not os.path.exists("/dev/net/tun"):
            return "no /dev/net/tun"
        return None

    def ip(self, *args):
        r = run(["ip", "netns", "exec", self.name, "ip"] + list(args),
                timeout=20)
        assert r.returncode == 0, "ip %s: %s" % (" ".join(args), r.stdout)

    def __enter__(self):
        subprocess.run(["ip", "netns", "del", self.name],
                       stderr=subprocess.DEVNULL)
        r = run(["ip", "netns", "add", self.name], timeout=20)
        assert r.returncode == 0, r.stdout
        try:
            self.ip("link", "set", "lo", "up")
            self.ip("link", "add", "br0", "type", "bridge")
            self.ip("tuntap", "add", "dev", self.tap, "mode", "tap")
            self.ip("link", "set", self.tap, "master", "br0")
            self.ip("addr", "add", self.host_cidr, "dev", "br0")
            self.ip("link", "set", self.tap, "up")
            self.ip("link", "set", "br0", "up")
        except BaseException:
            self.__exit__()
            raise
        return self

    def exec(self, args, timeout=30):
        return run(["ip", "netns", "exec", self.name] + list(args),
                   timeout=timeout)

    def __exit__(self, *exc):
        subprocess.run(["ip", "netns", "del", self.name],
                       stderr=subprocess.DEVNULL)

    def exists(self):
        r = subprocess.run(["ip", "netns", "list"], capture_output=True,
                           text=True)
        return self.name in r.stdout
