#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Networking benchmark: httpreply under wrk and TCP echo round trips,
guest (lwIP on virtio-net under QEMU TCG) next to bench/hostserv.c, a
small Linux server of ours serving the same page, in the same run.

- user-mode networking: wrk -> 127.0.0.1 -> QEMU's port forward ->
  guest; hostserv listens on 127.0.0.1 directly (QEMU's user network
  cannot carry traffic from the host back to the host, so the host
  server's row is the loopback floor, not the same path).
- tap: wrk runs in a network namespace of ours with a bridge; the guest
  is on a tap device on that bridge, hostserv in a second namespace on
  a veth on the same bridge: both are reached through the bridge. The
  same apps built for linuxu run as processes on that tap device
  (CONFIG_LINUXU_TAP_NET), without QEMU.

Usage: bench/section-net.py [-n RUNS] [-d SECONDS]. Prints markdown
tables, asserts nothing; rows that cannot run say why.
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
from netvm import NetNS, NetVM, free_port  # noqa: E402
from uk import SCRATCH, Build, run  # noqa: E402

STATIC = ("netdev.ipv4_addr=172.44.0.2 netdev.ipv4_gw_addr=172.44.0.1 "
          "netdev.ipv4_subnet_mask=255.255.255.0 --")
HOSTSERV_IP = "172.44.0.3"

RTT_CLIENT = r"""
import socket, statistics, sys, time
host, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
s = socket.create_connection((host, port), timeout=10)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
msg = b"x" * 64
t = []
for i in range(n + 10):
    a = time.perf_counter()
    s.sendall(msg)
    got = b""
    while len(got) < len(msg):
        d = s.recv(4096)
        if not d:
            sys.exit("closed")
        got += d
    if i >= 10:
        t.append(time.perf_counter() - a)
print("%.1f %.1f" % (statistics.median(t) * 1e6,
                     sorted(t)[int(len(t) * 0.99) - 1] * 1e6))
"""


def wrk(url, seconds, prefix=()):
    r = run(list(prefix) + ["wrk", "-t2", "-c50", "-d%ds" % seconds,
                            "--timeout", "10s", "--latency", url],
            timeout=seconds + 60)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", r.stdout)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", r.stdout)
    errs = re.search(r"Socket errors: (.*)", r.stdout)
    if not rps or not p50:
        return None
    scale = {"us": 1e-3, "ms": 1.0, "s": 1e3}[p50.group(2)]
    return (float(rps.group(1)), float(p50.group(1)) * scale,
            errs.group(1) if errs else "none")


def wrk_runs(url, runs, seconds, prefix=()):
    res = [wrk(url, seconds, prefix) for _ in range(runs)]
    res = [r for r in res if r]
    if not res:
        return None
    return (statistics.median(r[0] for r in res),
            statistics.median(r[1] for r in res),
            "; ".join(sorted(set(r[2] for r in res))))


def rtt(host, port, n=300, prefix=()):
    r = run(list(prefix) + [sys.executable, "-c", RTT_CLIENT, host,
                            str(port), str(n)], timeout=120)
    try:
        med, p99 = (float(x) for x in r.stdout.split())
        return med, p99
    except ValueError:
        return None


def start(args, prefix=()):
    return subprocess.Popen(list(prefix) + args, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                            start_new_session=True)


def stop(p):
    try:
        os.killpg(p.pid, 9)
    except ProcessLookupError:
        pass
    p.wait()


def arm64_image():
    """httpreply for kvm-arm64 (virtio-net over MMIO), or None when this
    tree or machine cannot build and run it."""
    cfg = open(os.path.join(HERE, "..", "plat", "kvm", "Config.uk")).read()
    if "ARCH_ARM_64" not in cfg or not shutil.which("qemu-system-aarch64") \
            or not shutil.which("aarch64-linux-gnu-gcc"):
        return None
    return Build("httpreply", "kvm-arm64", libs=["lwip"],
                 config={"LIBLWIP": True}).build().image


def fmt_row(name, path, r):
    if r is None:
        return "| %s | %s | - | - | - |" % (name, path)
    return "| %s | %s | %.0f | %.2f | %s |" % (name, path, r[0], r[1], r[2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=3)
    ap.add_argument("-d", "--seconds", type=int, default=5)
    args = ap.parse_args()

    for tool in ("wrk", "curl", "gcc"):
        if not shutil.which(tool):
            print("\n## Networking\n\n%s is not installed: skipped" % tool)
            return
    os.makedirs(SCRATCH, exist_ok=True)
    hostserv = os.path.join(SCRATCH, "hostserv")
    subprocess.run(["gcc", "-O2", "-o", hostserv,
                    os.path.join(HERE, "hostserv.c")], check=True)
    # The configurations tests/test_net.py builds, so builds are shared
    http = Build("httpreply", "kvm-x86_64", libs=["lwip"],
                 config={"LIBLWIP": True,
                         "APPHTTPREPLY_STATS": True}).build()
    echo = Build("echo", "kvm-x86_64", libs=["lwip"],
                 config={"LIBLWIP": True, "APPECHO_ROT13": False,
                         "LWIP_UKNETDEV_POLLONLY": False,
                         "LWIP_IPV6": True}).build()
    page = os.path.join(SCRATCH, "httpreply-page.html")
    # The same apps as Linux processes on the tap device (plat/linuxu)
    lx_cfg = {"LIBLWIP": True, "LINUXU_TAP_NET": True}
    lx_http = Build("httpreply", "linuxu-x86_64", libs=["lwip"],
                    config=lx_cfg).build()
    lx_echo = Build("echo", "linuxu-x86_64", libs=["lwip"],
                    config=dict(lx_cfg, APPECHO_ROT13=False)).build()
    lx_args = ["linuxu.tap=tap0"] + STATIC.split()

    http_rows, rtt_rows = [], []

    # --- user-mode networking ------------------------------------------
    with NetVM(http.image, fwd=[8123]) as vm:
        vm.wait_for("Listening on port 8123...", timeout=60)
        url = "http://127.0.0.1:%d/" % vm.ports[8123]
        run(["curl", "-sS", "-o", page, url], timeout=30)
        http_rows.append(("guest (httpreply)", "user-net port forward",
                          wrk_runs(url, args.runs, args.seconds)))
    arm = arm64_image()
    if arm:
        with NetVM(arm, fwd=[8123]) as vm:
            vm.wait_for("Listening on port 8123...", timeout=120)
            http_rows.append(("guest kvm-arm64 (httpreply)",
                              "user-net port forward, virtio-mmio",
                              wrk_runs("http://127.0.0.1:%d/"
                                       % vm.ports[8123], args.runs,
                                       args.seconds)))
    port = free_port()
    p = start([hostserv, "http", str(port), page])
    time.sleep(0.3)
    http_rows.append(("host (hostserv)", "loopback",
                      wrk_runs("http://127.0.0.1:%d/" % port, args.runs,
                               args.seconds)))
    stop(p)

    with NetVM(echo.image, fwd=[1234]) as vm:
        vm.wait_for("echo: listening on port 1234", timeout=60)
        rtt_rows.append(("guest (echo)", "user-net port forward",
                         rtt("127.0.0.1", vm.ports[1234])))
    port = free_port()
    p = start([hostserv, "echo", str(port)])
    time.sleep(0.3)
    rtt_rows.append(("host (hostserv)", "loopback",
                     rtt("127.0.0.1", port)))
    stop(p)

    # --- tap on a bridge in namespaces of ours ---------------------------
    why = NetNS.unavailable()
    if why:
        http_rows.append(("tap rows skipped: %s" % why, "", None))
    else:
        ns = NetNS()
        srv_ns = "uksrv%d" % os.getpid()
        with ns:
            subprocess.run(["ip", "netns", "add", srv_ns], check=True)
            try:
                ns.ip("link", "add", "veth0", "type", "veth", "peer",
                      "name", "veth1")
                ns.ip("link", "set", "veth1", "netns", srv_ns)
                ns.ip("link", "set", "veth0", "master", "br0")
                ns.ip("link", "set", "veth0", "up")
                srv = ["ip", "netns", "exec", srv_ns]
                for cmd in (["ip", "addr", "add", HOSTSERV_IP + "/24",
                             "dev", "veth1"],
                            ["ip", "link", "set", "veth1", "up"],
                            ["ip", "link", "set", "lo", "up"]):
                    subprocess.run(srv + cmd, check=True)
                inns = ["ip", "netns", "exec", ns.name]
                with NetVM(http.image, net=("tap", ns.tap, ns.name),
                           append=STATIC) as vm:
                    vm.wait_for("Listening on port 8123...", timeout=60)
                    http_rows.append((
                        "guest (httpreply)", "tap + bridge",
                        wrk_runs("http://172.44.0.2:8123/", args.runs,
                                 args.seconds, inns)))
                p = start([lx_http.image] + lx_args, inns)
                time.sleep(0.5)
                http_rows.append((
                    "linuxu process (httpreply)", "tap + bridge",
                    wrk_runs("http://172.44.0.2:8123/", args.runs,
                             args.seconds, inns)))
                stop(p)
                p = start([hostserv, "http", "8123", page], srv)
                time.sleep(0.3)
                http_rows.append((
                    "host (hostserv)", "veth + bridge",
                    wrk_runs("http://%s:8123/" % HOSTSERV_IP, args.runs,
                             args.seconds, inns)))
                stop(p)
                with NetVM(echo.image, net=("tap", ns.tap, ns.name),
                           append=STATIC) as vm:
                    vm.wait_for("echo: listening on port 1234",
                                timeout=60)
                    rtt_rows.append(("guest (echo)", "tap + bridge",
                                     rtt("172.44.0.2", 1234,
                                         prefix=inns)))
                p = start([lx_echo.image] + lx_args, inns)
                time.sleep(0.5)
                rtt_rows.append(("linuxu process (echo)", "tap + bridge",
                                 rtt("172.44.0.2", 1234, prefix=inns)))
                stop(p)
                p = start([hostserv, "echo", "1234"], srv)
                time.sleep(0.3)
                rtt_rows.append(("host (hostserv)", "veth + bridge",
                                 rtt(HOSTSERV_IP, 1234, prefix=inns)))
                stop(p)
            finally:
                subprocess.run(["ip", "netns", "del", srv_ns])

    print("\n## Networking: httpreply under wrk (50 connections, %d s, "
          "median of %d runs)\n" % (args.seconds, args.runs))
    print("| server | path | requests/s | median latency (ms) "
          "| wrk socket errors |")
    print("| --- | --- | --- | --- | --- |")
    for name, path, r in http_rows:
        print(fmt_row(name, path, r))
    g = {p: r for n, p, r in http_rows if n.startswith("guest") and r}
    h = {p: r for n, p, r in http_rows if n.startswith("host") and r}
    if "tap + bridge" in g and "veth + bridge" in h:
        print("\nguest / host requests per second over the bridge: %.2f"
              % (g["tap + bridge"][0] / h["veth + bridge"][0]))

    print("\n## Networking: TCP echo round trip (64 bytes, 300 "
          "round trips)\n")
    print("| server | path | median RTT (us) | 99th percentile (us) |")
    print("| --- | --- | --- | --- |")
    for name, path, r in rtt_rows:
        if r is None:
            print("| %s | %s | - | - |" % (name, path))
        else:
            print("| %s | %s | %.0f | %.0f |" % (name, path, r[0], r[1]))
    print("\nGuest: QEMU TCG (no KVM), lwIP 2.1.3, virtio-net (PCI on "
          "x86_64, MMIO on arm64), "
          "interrupt-driven receive. QEMU's user network accepts "
          "forwarded connections with a listen backlog of 1, so bursts "
          "of new connections wait for the client's SYN retransmission "
          "(wrk runs with --timeout 10s).")


if __name__ == "__main__":
    main()
