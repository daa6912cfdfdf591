# SPDX-License-Identifier: BSD-3-Clause
"""support/scripts/qemu-guest: -D prints the exact QEMU command for each
option, the architecture comes from the image, bad input is refused with
a message, and real runs boot helloworld with those options (TCG)."""
import os
import shlex
import subprocess

import pytest

from uk import (Build, ROOT, free_port, kill_group, kvm_usable, run,
                wait_listening)

QEMU_GUEST = os.path.join(ROOT, "support", "scripts", "qemu-guest")
PY = "/usr/bin/python3"


@pytest.fixture(scope="module")
def hello():
    return Build("helloworld", "kvm-x86_64",
                 config={"LIBUKDEBUG_PRINTK_INFO": True}).build()


@pytest.fixture(scope="module")
def arm64_image(tmp_path_factory):
    """A file with the Linux arm64 Image header (magic at offset 56)."""
    p = tmp_path_factory.mktemp("img") / "app_kvm-arm64"
    p.write_bytes(b"\0" * 56 + b"ARM\x64" + b"\0" * 64)
    return str(p)


def guest(*args, env=None, timeout=60):
    e = dict(os.environ)
    e.update(env or {})
    return run([PY, QEMU_GUEST] + list(args), timeout=timeout, env=e)


def dry(*args, env=None):
    r = guest("-D", *args, env=env)
    assert r.returncode == 0, r.stdout
    return r.stdout.strip()


def test_help():
    r = guest("-h")
    assert r.returncode == 0
    for opt in ("-k KERNEL", "-a ARGS", "-m MIB", "-e DIR", "-i INITRD",
                "-b BRIDGE", "-N HOST:GUEST", "-g PORT", "-P", "-D", "-n",
                "-c CPUS"):
        assert opt in r.stdout, r.stdout


def test_dry_run_minimal(hello):
    assert dry("-k", hello.image) == (
        "qemu-system-x86_64 -m 64 -nographic -kernel %s" % hello.image)


@pytest.mark.parametrize("opts,expected", [
    (["-a", "netdev.ip=1 -- x y"], "-append 'netdev.ip=1 -- x y'"),
    (["-m", "256"], "-m 256"),
    (["-c", "4"], "-m 64 -smp 4"),
    (["-g", "4321"], "-gdb tcp:127.0.0.1:4321"),
    (["-P"], "-S"),
    (["-g", "4321", "-P"], "-gdb tcp:127.0.0.1:4321 -S"),
    (["-b", "virbr0"], "-netdev bridge,id=net0,br=virbr0 "
                       "-device virtio-net-pci,netdev=net0"),
    (["-U"], "-netdev user,id=net0 -device virtio-net-pci,netdev=net0"),
    (["-N", "8080:80"], "-netdev user,id=net0,hostfwd=tcp:127.0.0.1:8080-:80"
                        " -device virtio-net-pci,netdev=net0"),
    (["-N", "8080:80", "-N", "udp:5353:53"],
     "-netdev user,id=net0,hostfwd=tcp:127.0.0.1:8080-:80,"
     "hostfwd=udp:127.0.0.1:5353-:53 -device virtio-net-pci,netdev=net0"),
    (["-b", "br0", "-N", "2222:22"],
     "-netdev bridge,id=net0,br=br0 -device virtio-net-pci,netdev=net0 "
     "-netdev user,id=net1,hostfwd=tcp:127.0.0.1:2222-:22 "
     "-device virtio-net-pci,netdev=net1"),
    (["-Q", "/opt/qemu/bin/qemu-system-x86_64"], None),
    (["--", "-device", "isa-debug-exit"], "-device isa-debug-exit"),
])
def test_dry_run_options(hello, opts, expected):
    out = dry("-k", hello.image, *opts)
    if expected is None:
        assert out.startswith("/opt/qemu/bin/qemu-system-x86_64 "), out
    else:
        assert expected in out, out
    assert out.count("-kernel " + hello.image) == 1, out


def test_dry_run_shares_and_initrd(hello, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    initrd = tmp_path / "initrd.cpio"
    initrd.write_bytes(b"07070100")
    out = dry("-k", hello.image, "-e", str(a), "-e", str(b),
              "-i", str(initrd))
    assert out == (
        "qemu-system-x86_64 -m 64 -nographic -kernel {k} -initrd {i} "
        "-fsdev local,id=fs0,path={a},security_model=none "
        "-device virtio-9p-pci,fsdev=fs0,mount_tag=fs0 "
        "-fsdev local,id=fs1,path={b},security_model=none "
        "-device virtio-9p-pci,fsdev=fs1,mount_tag=fs1"
        .format(k=hello.image, i=initrd, a=a, b=b)), out


def test_dry_run_everything_is_one_exact_command(hello, tmp_path):
    out = dry("-k", hello.image, "-a", "a b", "-m", "128", "-c", "2",
              "-e", str(tmp_path), "-N", "8080:80", "-g", "1234", "-P")
    assert shlex.split(out) == [
        "qemu-system-x86_64", "-m", "128", "-smp", "2", "-nographic",
        "-kernel", hello.image, "-append", "a b",
        "-fsdev", "local,id=fs0,path=%s,security_model=none" % tmp_path,
        "-device", "virtio-9p-pci,fsdev=fs0,mount_tag=fs0",
        "-netdev", "user,id=net0,hostfwd=tcp:127.0.0.1:8080-:80",
        "-device", "virtio-net-pci,netdev=net0",
        "-gdb", "tcp:127.0.0.1:1234", "-S"]


def test_kvm_when_present(hello, tmp_path):
    fake = tmp_path / "kvm"
    fake.write_text("")
    out = dry("-k", hello.image, "-n",
              env={"UK_QEMU_GUEST_DEVKVM": str(fake)})
    assert out.startswith("qemu-system-x86_64 -enable-kvm -m 64 "), out
    r = guest("-D", "-k", hello.image, "-n",
              env={"UK_QEMU_GUEST_DEVKVM": str(tmp_path / "none")})
    assert "-enable-kvm" not in r.stdout, r.stdout
    assert "/dev/kvm is not usable; using TCG" in r.stdout, r.stdout


def test_arm64_devices_are_virtio_mmio(arm64_image, tmp_path):
    """The arm64 image drives virtio over MMIO only: shares and NICs use
    the -device variants, never PCI."""
    cmd = dry("-k", arm64_image, "-e", str(tmp_path), "-b", "br0",
              "-N", "8123:80")
    assert "virtio-9p-device,fsdev=fs0,mount_tag=fs0" in cmd, cmd
    assert cmd.count("virtio-net-device,netdev=net") == 2, cmd
    assert "-pci" not in cmd, cmd


def test_arm64_from_image_header(arm64_image):
    assert dry("-k", arm64_image, "-m", "128") == (
        "qemu-system-aarch64 -machine virt -cpu cortex-a57 -m 128 "
        "-nographic -kernel %s" % arm64_image)
    # no KVM for an arm64 guest on an x86_64 host
    r = guest("-D", "-k", arm64_image, "-n",
              env={"UK_QEMU_GUEST_DEVKVM": arm64_image})
    assert "-enable-kvm" not in r.stdout, r.stdout


@pytest.mark.parametrize("args,message", [
    ([], "no kernel given"),
    (["-k", "/nonexistent"], "cannot read kernel"),
    (["-k", "/bin/sh"], "without a Multiboot header"),
    (["-k", "/etc/hostname"], "cannot tell the architecture"),
    (["-k", "IMG", "-m", "lots"], "expected a positive number"),
    (["-k", "IMG", "-c", "0"], "expected a positive number"),
    (["-k", "IMG", "-g", "99999"], "not a port number"),
    (["-k", "IMG", "-N", "80"], "expected HOST:GUEST"),
    (["-k", "IMG", "-e", "/nonexistent"], "not a directory"),
    (["-k", "IMG", "-i", "/nonexistent"], "no such file"),
    (["-k", "IMG", "stray"], "QEMU arguments go after --"),
    (["-k", "IMG", "-Z"], "not recognized"),
])
def test_bad_input_is_refused(hello, args, message):
    args = [hello.image if a == "IMG" else a for a in args]
    r = guest("-D", *args)
    assert r.returncode == 2, r.stdout
    assert message in r.stdout and "Traceback" not in r.stdout, r.stdout


def test_run_boots_with_arguments_and_memory(hello):
    r = guest("-k", hello.image, "-a", "-- one two", "-m", "32")
    assert r.returncode == 0, r.stdout
    assert "Hello world!" in r.stdout and '"one" "two"' in r.stdout, r.stdout
    heap32 = [l for l in r.stdout.splitlines() if "Heap:" in l]
    r = guest("-k", hello.image, "-m", "128")
    heap128 = [l for l in r.stdout.splitlines() if "Heap:" in l]
    assert heap32 and heap128 and heap32 != heap128, r.stdout


def test_run_with_cpus_share_initrd_and_kvm_choice(hello, tmp_path):
    """-n picks KVM when /dev/kvm is usable (the dry run shows it; the
    one KVM boot is test_helloworld's) and falls back to TCG otherwise."""
    initrd = tmp_path / "initrd"
    initrd.write_bytes(b"x" * 4096)
    args = ["-k", hello.image, "-c", "2", "-e", str(tmp_path),
            "-i", str(initrd)]
    if kvm_usable():
        assert "-enable-kvm" in dry(*args, "-n")
    else:
        args.append("-n")
    r = guest(*args)
    assert r.returncode == 0, r.stdout
    assert "Hello world!" in r.stdout, r.stdout
    if not kvm_usable():
        assert "using TCG" in r.stdout, r.stdout


def test_run_port_forward_listens(hello):
    port = free_port()
    # paused: QEMU (and its user-mode network) stays up
    p = subprocess.Popen([PY, QEMU_GUEST, "-k", hello.image, "-P",
                          "-N", "%d:80" % port],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_listening(port, p)
    finally:
        kill_group(p)
        p.wait()
