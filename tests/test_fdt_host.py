# SPDX-License-Identifier: BSD-3-Clause
"""lib/fdt on the host: the reader, built with the host gcc under
AddressSanitizer and UBSan (lib/fdt/tests/fdt_host.c drives it), reads
the device trees QEMU's virt board gives a guest (dumped with
-machine virt,dumpdtb=...) and turns malformed blobs, crafted and
randomly corrupted, into errors without reading out of bounds."""
import os
import random
import shutil
import struct
import subprocess

import pytest

from uk import ROOT, run

FDT_DIR = os.path.join(ROOT, "lib", "fdt")
SOURCES = [os.path.join(FDT_DIR, "fdt.c"),
           os.path.join(FDT_DIR, "tests", "fdt_host.c")]

pytestmark = pytest.mark.skipif(
    not shutil.which("gcc") or not shutil.which("qemu-system-aarch64"),
    reason="needs the host gcc and qemu-system-aarch64")


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("fdt")


@pytest.fixture(scope="module")
def tool(work):
    exe = str(work / "fdt_host")
    r = run(["gcc", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-g",
             "-O1", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=all", "-I",
             os.path.join(FDT_DIR, "include")] + SOURCES + ["-o", exe])
    assert r.returncode == 0, r.stdout
    return exe


def dump_dtb(work, name, machine):
    path = str(work / (name + ".dtb"))
    r = run(["qemu-system-aarch64", "-machine",
             "%s,dumpdtb=%s" % (machine, path), "-cpu", "cortex-a57",
             "-m", "64", "-nographic"], timeout=30)
    assert r.returncode == 0 and os.path.getsize(path) > 1000, r.stdout
    return path


@pytest.fixture(scope="module")
def virt(work):
    return dump_dtb(work, "virt", "virt")


@pytest.fixture(scope="module")
def virt_gicv3(work):
    return dump_dtb(work, "virt-gicv3", "virt,gic-version=3")


def read_tool(tool, *files):
    r = run([tool] + list(files), timeout=120)
    assert r.returncode == 0, r.stdout[-4000:]
    assert "AddressSanitizer" not in r.stdout, r.stdout[-4000:]
    assert "runtime error" not in r.stdout, r.stdout[-4000:]
    return r.stdout


def compact(path, out):
    """The same tree with totalsize cut to the end of the strings block
    (QEMU pads its blob to 1 MiB)."""
    with open(path, "rb") as f:
        data = bytearray(f.read())
    off_strings, = struct.unpack_from(">I", data, 12)
    size_strings, = struct.unpack_from(">I", data, 32)
    end = off_strings + size_strings
    struct.pack_into(">I", data, 4, end)
    with open(out, "wb") as f:
        f.write(data[:end])
    return bytes(data[:end])


def test_reads_qemu_virt_tree(tool, virt):
    out = read_tool(tool, virt)
    for line in ("check: no error",
                 "node /memory@40000000",
                 "reg /memory@40000000 #0 0x40000000 0x4000000",
                 "reg /pl011@9000000 #0 0x9000000 0x1000",
                 "compatible arm,pl011 at pl011@9000000",
                 "compatible arm,cortex-a15-gic at intc@8000000",
                 "reg /intc@8000000 #1 0x8010000 0x10000",
                 "compatible arm,armv8-timer at timer",
                 "compatible arm,psci-1.0 at psci",
                 "compatible arm,pl031 at pl031@9010000",
                 "compatible virtio,mmio at virtio_mmio@a000000",
                 "walk: "):
        assert line in out, "%r missing:\n%s" % (line, out)
    assert "end ok" in out and "does not resolve" not in out, out


def test_reads_gicv3_tree(tool, virt_gicv3):
    out = read_tool(tool, virt_gicv3)
    assert "compatible arm,gic-v3 at intc@8000000" in out, out
    assert "reg /intc@8000000 #1 0x80a0000 " in out, out
    assert "compatible arm,cortex-a15-gic" not in out, out


def test_secure_nodes_are_disabled(tool, work):
    out = read_tool(tool, dump_dtb(work, "virt-secure", "virt,secure=on"))
    for line in ("node /secram@e000000 (depth 2, 2 props via getprop) "
                 "disabled", "node /pl011@9040000 (depth 2, 3 props via "
                 "getprop) disabled", "compatible arm,pl011 at pl011@9040000",
                 "first enabled arm,pl011 at pl011@9000000"):
        assert line in out, "%r missing:\n%s" % (line, out)
    assert "node /memory@40000000 (depth 2, 2 props via getprop)\n" in out


def test_compacted_tree_reads_the_same(tool, virt, work):
    small = str(work / "compact.dtb")
    compact(virt, small)
    a = read_tool(tool, virt).replace(virt, "F")
    b = read_tool(tool, small).replace(small, "F")
    assert a == b


def patch32(data, off, value):
    d = bytearray(data)
    struct.pack_into(">I", d, off, value)
    return bytes(d)


def test_malformed_blobs_return_errors(tool, virt, work):
    good = compact(virt, str(work / "base.dtb"))
    off_struct, = struct.unpack_from(">I", good, 8)
    first_prop = off_struct + 8          # after the root's BEGIN_NODE
    cases = {
        "empty": (b"", "truncated blob"),
        "short": (good[:30], "truncated blob"),
        "magic": (patch32(good, 0, 0xfeedd00d), "bad magic"),
        "version": (patch32(good, 20, 3), "unsupported version"),
        "cut": (good[:len(good) // 2], "truncated blob"),
        "totalsize": (patch32(good, 4, 16), "truncated blob"),
        "misaligned": (patch32(good, 8, off_struct + 1), "bad block layout"),
        "struct_past_end": (patch32(good, 36, len(good)), "truncated blob"),
        "token": (patch32(good, first_prop, 0x77), "corrupt structure"),
        "prop_len": (patch32(good, first_prop + 4, 0xfffffff0),
                     "truncated blob"),
        "name_off": (patch32(good, first_prop + 8, 0x7fffffff),
                     "corrupt structure"),
        "no_end": (patch32(good, off_struct + struct.unpack_from(
            ">I", good, 36)[0] - 4, 4), "truncated blob"),
    }
    files = []
    for name, (data, _) in cases.items():
        path = str(work / ("bad-%s.dtb" % name))
        with open(path, "wb") as f:
            f.write(data)
        files.append(path)
    out = read_tool(tool, *files)
    for (name, (_, err)), path in zip(cases.items(), files):
        line = [l for l in out.splitlines()
                if l.startswith(path + ": check: ")]
        assert line and err in line[0], "%s: %r\n%s" % (name, line, out)


def test_random_corruption_is_caught_or_harmless(tool, virt, work):
    good = compact(virt, str(work / "fuzz-base.dtb"))
    rng = random.Random(5)
    files = []
    for i in range(300):
        d = bytearray(good)
        kind = i % 3
        if kind == 0:       # flip a few bytes anywhere
            for _ in range(rng.randint(1, 4)):
                d[rng.randrange(len(d))] ^= 1 << rng.randrange(8)
        elif kind == 1:     # a random 32-bit word in the header
            struct.pack_into(">I", d, 4 * rng.randrange(10),
                             rng.getrandbits(32))
        else:               # cut anywhere
            d = d[:rng.randrange(len(d))]
        path = str(work / ("fuzz-%03d.dtb" % i))
        with open(path, "wb") as f:
            f.write(d)
        files.append(path)
    out = read_tool(tool, *files)
    checks = [l for l in out.splitlines() if ": check: " in l]
    assert len(checks) == len(files), out[-4000:]
    errors = [l for l in checks if not l.endswith("check: no error")]
    # most corruptions are caught; the rest still walk without harm
    assert len(errors) > len(files) // 2, out[-4000:]
