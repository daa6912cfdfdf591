# SPDX-License-Identifier: BSD-3-Clause
"""Helpers for the filesystem tests (test_fs.py, test_9p.py) and the fs
benchmark: the fstest image, cpio newc archives written by hand (so that
tests can also make broken ones), a 9p share's QEMU arguments, and parsing
fstest's result lines."""
import functools
import os
import re
import zlib

from uk import Build

FSTEST = "fstest"
# One fstest image serves every root: ramfs, initrd and 9pfs (the choice
# below is only the default; tests pick the root with vfs.rootfs=)
FSTEST_CONFIG = {"LIBVFSCORE_ROOTFS_9PFS": True,
                 "LIBUKDEBUG_PRINTK_INFO": True}


def fstest_build(target="kvm-x86_64"):
    return Build(FSTEST, target, config=FSTEST_CONFIG).build()


def newc_entry(name, data=b"", mode=0o100644, ino=1):
    """One cpio newc entry (header, name, data, padding)."""
    name_b = name.encode() + b"\0"
    fields = [ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(name_b), 0]
    hdr = b"070701" + b"".join(b"%08X" % f for f in fields)
    out = hdr + name_b
    out += b"\0" * (-len(out) % 4)
    out += data
    out += b"\0" * (-len(out) % 4)
    return out


def newc_archive(entries):
    """entries: (name, data or None for a directory[, mode])."""
    out = b""
    for i, e in enumerate(entries):
        name, data = e[0], e[1]
        if data is None:
            out += newc_entry(name, b"", e[2] if len(e) > 2 else 0o40755,
                              i + 1)
        else:
            out += newc_entry(name, data, e[2] if len(e) > 2 else 0o100644,
                              i + 1)
    return out + newc_entry("TRAILER!!!", b"", 0, 0)


def crc(data):
    return "%08x" % (zlib.crc32(data) & 0xffffffff)


def file_crc(path):
    c = 0
    with open(path, "rb") as f:
        while True:
            b = f.read(1 << 20)
            if not b:
                break
            c = zlib.crc32(b, c)
    return "%08x" % (c & 0xffffffff)


@functools.lru_cache(maxsize=None)
def pattern_crc(size):
    """CRC-32 of what `fstest fill` writes: byte x is
    (x*131) ^ (x>>9) ^ (x>>17), truncated to 8 bits."""
    c = 0
    step = 1 << 20
    for start in range(0, size, step):
        block = bytes(((x * 131) ^ (x >> 9) ^ (x >> 17)) & 0xff
                      for x in range(start, min(size, start + step)))
        c = zlib.crc32(block, c)
    return "%08x" % (c & 0xffffffff)


def share_args(path, tag="fs0", fsid="fsshare", device="virtio-9p-pci"):
    """QEMU arguments exporting a host directory over virtio-9p (on arm64
    virt: device="virtio-9p-device", virtio-mmio)."""
    return ["-fsdev", "local,id=%s,path=%s,security_model=none"
            % (fsid, path),
            "-device", "%s,fsdev=%s,mount_tag=%s" % (device, fsid, tag)]


def results(output):
    """fstest's result lines ("OK ..." / "ERR ...") in order."""
    return [l.rstrip("\r") for l in output.splitlines()
            if l.startswith("OK ") or l.startswith("ERR ")]


def result(output, prefix):
    """The first result line starting with prefix, or None."""
    for l in results(output):
        if l.startswith(prefix):
            return l
    return None


BENCH_RE = re.compile(r"OK bench (\S+) (\d+) MiB write ([\d.]+) MiB/s "
                      r"read ([\d.]+) MiB/s")
