# SPDX-License-Identifier: BSD-3-Clause
"""Networking end to end: lib/uknetdev (netbuf suite), the virtio-net
driver, libs/lwip and the httpreply and echo apps, talking to real
clients (curl, wget, nc, wrk) over QEMU user-mode networking on
127.0.0.1 and over a tap device in a network namespace of our own.
(linuxu's tap driver is tested by test_linuxu_net.py.)"""
import os
import re
import shutil
import socket
import threading
import time

import pytest

from netvm import NetNS, NetVM
from uk import Build, boot

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE_TEXT = "Hello from the unikernel!"
LISTENING = "Listening on port 8123..."
# Growth of the guest's heap over the load test that we accept: a few
# buffers in flight; a leak of one allocation per request would be
# thousands of allocations and megabytes.
HEAP_GROWTH_BYTES = 256 * 1024
HEAP_GROWTH_ALLOCS = 64

pytestmark = pytest.mark.xdist_group("net")


def need(*tools):
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        pytest.skip("not installed: %s" % " ".join(missing))


def lwip_build(app, **config):
    cfg = {"LIBLWIP": True}
    cfg.update(config)
    return Build(app, "kvm-x86_64", config=cfg, libs=["lwip"]).build()


@pytest.fixture(scope="module")
def httpreply():
    return lwip_build("httpreply", APPHTTPREPLY_STATS=True)


@pytest.fixture(scope="module")
def guest(httpreply):
    """httpreply on user-mode networking, address from QEMU's DHCP."""
    vm = NetVM(httpreply.image, fwd=[8123]).start()
    try:
        vm.wait_for(LISTENING, timeout=60)
        yield vm
    finally:
        vm.stop()


def http_get(port, path="/", timeout=20):
    """GET with curl through the host port forward; the body."""
    from uk import run
    r = run(["curl", "-sS", "--max-time", str(timeout),
             "http://127.0.0.1:%d%s" % (port, path)], timeout=timeout + 5)
    assert r.returncode == 0, "curl failed (%d): %s" % (r.returncode,
                                                         r.stdout)
    return r.stdout


def heap_stats(vm):
    body = http_get(vm.ports[8123], "/stats")
    st = dict(line.split() for line in body.splitlines() if line.strip())
    return int(st["mem_use"]), int(st["nb_allocs"]), int(st["nb_enomem"])


@pytest.mark.parametrize("vfscore", [False, True],
                         ids=["lwip-descriptors", "vfscore-descriptors"])
def test_netbuf_and_socket_suites(vfscore):
    """uktest suites: netbufs (lib/uknetdev) and the socket API over
    lwIP's loopback interface (libs/lwip/tests), in one image; sockets
    numbered by lwIP (nolibc) or living in vfscore's descriptor table."""
    img = Build(os.path.join(HERE, "apps", "uktests"), "kvm-x86_64",
                libs=["lwip"],
                config={"LIBUKTEST": True, "LIBUKNETDEV_TEST": True,
                        "LIBLWIP": True, "LWIP_TEST": True,
                        "LIBVFSCORE": vfscore}).build()
    b = boot(img.image, timeout=60)
    r = b.expect_uktest(min_suites=2, min_cases=14 if vfscore else 12)
    for suite in ("uknetdev_netbuf_testsuite", "lwip_sockets_testsuite"):
        assert suite in r.suite_results, b.explain()
    b.expect("uktests: main reached")


def test_httpreply_curl_user_net(guest):
    need("curl")
    body = http_get(guest.ports[8123])
    assert PAGE_TEXT in body and "</html>" in body, body


@pytest.mark.parametrize("mode", ["disable-modern=on", "disable-legacy=on"],
                         ids=["legacy-virtio-pci", "modern-virtio-pci"])
def test_virtio_pci_transports(httpreply, mode):
    """The driver works on legacy-only and modern-only devices too (the
    default QEMU device is transitional and uses the modern interface)."""
    need("curl")
    with NetVM(httpreply.image, fwd=[8123],
               nic="virtio-net-pci," + mode) as vm:
        vm.wait_for(LISTENING, timeout=60)
        assert PAGE_TEXT in http_get(vm.ports[8123]), vm.explain()


def test_dhcp_address_printed(guest):
    m = re.search(r"en\d+: IPv4 (\S+) netmask (\S+) gateway (\S+) "
                  r"\(DHCP\)", guest.output)
    assert m, "no DHCP address line\n" + guest.explain()
    # QEMU's user-mode network hands out 10.0.2.15 behind 10.0.2.2
    assert m.group(1) == "10.0.2.15", guest.explain()
    assert m.group(3) == "10.0.2.2", guest.explain()


def _connect(port, timeout=10):
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def test_bad_clients_do_not_crash(guest):
    """A flood of connections, half-open ones and garbage bytes: the
    server survives, keeps serving and does not leak."""
    need("curl")
    port = guest.ports[8123]
    mem0, allocs0, _ = heap_stats(guest)

    def flood(n):
        for _ in range(n):
            try:
                _connect(port).close()
            except OSError:
                pass

    threads = [threading.Thread(target=flood, args=(20,))
               for _ in range(5)]
    for t in threads:
        t.start()
    # Half-open: connected, never sending; the server drops them after
    # its receive timeout
    idle = [_connect(port) for _ in range(3)]
    # Garbage: binary bytes, and an endless header line
    for payload in (bytes(range(256)) * 16, b"GET /" + b"A" * 5000):
        s = _connect(port)
        try:
            s.sendall(payload)
        except OSError:
            pass
        s.close()
    for t in threads:
        t.join(timeout=60)
    body = http_get(port, timeout=40)
    assert PAGE_TEXT in body
    for s in idle:
        s.close()
    assert guest.alive(), guest.explain()
    time.sleep(1)
    mem1, allocs1, enomem = heap_stats(guest)
    assert mem1 - mem0 < HEAP_GROWTH_BYTES, (mem0, mem1)
    assert allocs1 - allocs0 < HEAP_GROWTH_ALLOCS, (allocs0, allocs1)
    for bad in ("CRIT", "Assertion", "lwIP assertion"):
        assert bad not in guest.output, guest.explain()


def test_wrk_load_no_errors_no_leak(guest):
    need("wrk", "curl")
    from uk import run
    mem0, allocs0, _ = heap_stats(guest)
    r = run(["wrk", "-t2", "-c50", "-d10s", "--timeout", "10s",
             "http://127.0.0.1:%d/" % guest.ports[8123]], timeout=60)
    assert r.returncode == 0, r.stdout
    assert "Socket errors" not in r.stdout, r.stdout
    assert "Non-2xx" not in r.stdout, r.stdout
    n = int(re.search(r"(\d+) requests in", r.stdout).group(1))
    assert n > 1000, r.stdout
    time.sleep(1)
    mem1, allocs1, enomem = heap_stats(guest)
    print("heap before %d B / %d allocs, after %d B / %d allocs, "
          "%d requests" % (mem0, allocs0, mem1, allocs1, n))
    assert "httpreply: allocator:" in guest.output, guest.explain()
    assert mem1 - mem0 < HEAP_GROWTH_BYTES, (mem0, mem1, r.stdout)
    assert allocs1 - allocs0 < HEAP_GROWTH_ALLOCS, (allocs0, allocs1)
    assert guest.alive(), guest.explain()


def test_static_address_in_netns(httpreply):
    """The seeds' setup: bridge + tap, guest at 172.44.0.2 by netdev.*
    parameters, wget from inside the namespace; the namespace goes."""
    why = NetNS.unavailable()
    if why:
        pytest.skip(why)
    need("wget")
    ns = NetNS()
    with ns:
        vm = NetVM(httpreply.image, net=("tap", ns.tap, ns.name),
                   append="netdev.ipv4_addr=172.44.0.2 "
                          "netdev.ipv4_gw_addr=172.44.0.1 "
                          "netdev.ipv4_subnet_mask=255.255.255.0 --")
        with vm:
            vm.wait_for(LISTENING, timeout=60)
            assert re.search(r"en\d+: IPv4 172\.44\.0\.2 netmask "
                             r"255\.255\.255\.0 gateway 172\.44\.0\.1 "
                             r"\(static\)", vm.output), vm.explain()
            r = ns.exec(["wget", "-q", "-T", "20", "-t", "1", "-O", "-",
                         "172.44.0.2:8123"], timeout=30)
            assert r.returncode == 0, r.stdout + vm.explain()
            assert PAGE_TEXT in r.stdout
        assert "DHCP" not in vm.output, vm.explain()
    assert not ns.exists(), "namespace %s left behind" % ns.name


def nc_echo(port, text):
    from uk import run
    r = run(["nc", "-N", "-w", "10", "127.0.0.1", str(port)],
            input=text, timeout=30)
    assert r.returncode == 0, r.stdout
    return r.stdout


@pytest.mark.parametrize("rot13", [False, True],
                         ids=["plain-interrupts-dualstack", "rot13-polling"])
def test_echo_nc(rot13):
    """nc gets its text back (ROT-13'd with the option). The ROT-13
    image also receives by polling (LWIP_UKNETDEV_POLLONLY), the plain
    one has IPv6 next to IPv4, so those options see traffic without
    more builds."""
    need("nc")
    img = lwip_build("echo", APPECHO_ROT13=rot13,
                     LWIP_UKNETDEV_POLLONLY=rot13, LWIP_IPV6=not rot13)
    with NetVM(img.image, fwd=[1234]) as vm:
        vm.wait_for("echo: listening on port 1234", timeout=60)
        text = "Hello, Unikernel 42!\nabc XYZ\n"
        got = nc_echo(vm.ports[1234], text)
        want = text
        if rot13:
            want = text.translate(str.maketrans(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM"))
            assert "(ROT-13)" in vm.output
        assert got == want, (got, vm.explain())
        # Several clients at once (poll-based server)
        socks = [_connect(vm.ports[1234]) for _ in range(4)]
        for i, s in enumerate(socks):
            s.sendall(b"n%d" % i)
        for i, s in enumerate(socks):
            data = s.recv(16)
            assert data == (b"n%d" % i if not rot13 else b"a%d" % i)
            s.close()


def test_kvm_arm64_virtio_mmio():
    """httpreply on the arm64 virt board, virtio-net over MMIO, curl
    through user-mode networking (once plat/kvm supports arm64)."""
    cfg = open(os.path.join(HERE, "..", "plat", "kvm", "Config.uk")).read()
    if "ARCH_ARM_64" not in cfg:
        pytest.skip("plat/kvm does not support arm64 in this tree yet")
    need("curl", "qemu-system-aarch64", "aarch64-linux-gnu-gcc")
    img = Build("httpreply", "kvm-arm64", libs=["lwip"],
                config={"LIBLWIP": True}).build()
    with NetVM(img.image, fwd=[8123]) as vm:
        vm.wait_for(LISTENING, timeout=120)
        assert PAGE_TEXT in http_get(vm.ports[8123], timeout=60)
