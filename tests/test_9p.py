# SPDX-License-Identifier: BSD-3-Clause
"""9pfs over virtio-9p on kvm-x86_64, against a host directory shared by
QEMU (-fsdev local,...,security_model=none -device virtio-9p-pci,...,
mount_tag=fs0): the seeds' file reader, files written by the guest found
on the host with the right bytes, directory operations seen from both
sides, 16 MiB checksums both ways, server errors, a missing mount tag and
bad mount options. kvm-arm64 and linuxu are skipped while their platforms
are not in the tree."""
import os
import re

import pytest

from uk import Build, boot
from fsutil import (file_crc, fstest_build, pattern_crc, result, results,
                    share_args)
from test_libsuites import missing_platform


@pytest.fixture(scope="module")
def fstest():
    return fstest_build()


@pytest.fixture
def share(tmp_path):
    d = tmp_path / "share"
    d.mkdir()
    (d / "grass").write_text("The grass is green!\n")
    return d


def run(img, share, args, tag="fs0", mem=128, timeout=60):
    b = boot(img.image, append=args, mem=mem, timeout=timeout,
             extra=share_args(str(share), tag=tag) if share else [])
    assert not b.timed_out, b.explain()
    return b


def test_filereader_reads_host_file(share):
    img = Build("filereader", "kvm-x86_64").build()
    b = run(img, share, "")
    b.expect("File contents: The grass is green!")
    assert b.returncode == 0, b.explain()


def test_storestrings_writes_host_file(share):
    img = Build("storestrings", "kvm-x86_64").build()
    (share / "strings.txt").write_text("before\n")
    b = run(img, share, "-- alpha beta gamma")
    b.expect("Stored 3 strings in /strings.txt",
             "/strings.txt: before", "/strings.txt: gamma")
    assert (share / "strings.txt").read_text() == \
        "before\nalpha\nbeta\ngamma\n", b.explain()


def test_guest_writes_land_on_host(fstest, share):
    b = run(fstest, share, "-- write /hello.txt Hi~from~the~guest^ "
            "append /hello.txt more mkdir /sub write /sub/x 12345 "
            "stdio /lines.txt")
    b.expect("fstest: done, 0 errors")
    assert (share / "hello.txt").read_bytes() == b"Hi from the guest\nmore"
    assert (share / "sub").is_dir()
    assert (share / "sub" / "x").read_bytes() == b"12345"
    lines = (share / "lines.txt").read_text().splitlines()
    assert lines == ["line 1 of /lines.txt", "line 2 of /lines.txt",
                     "line 3 of /lines.txt", "last"], b.explain()


def test_directory_operations(fstest, share):
    (share / "old").mkdir()
    (share / "old" / "a.txt").write_bytes(b"0123456789abcdef")
    (share / "old" / "b.bin").write_bytes(b"\0" * 4096)
    os.chmod(share / "old" / "a.txt", 0o640)
    b = run(fstest, share, "-- ls /old stat /old/a.txt stat /old "
            "pread /old/a.txt 10 6 pread /old/a.txt 12 100 "
            "mv /old/a.txt /old/c.txt mkdir /new mv /old/b.bin /new/b.bin "
            "ls /old ls /new rm /new/b.bin rmdir /new stat /new "
            "ls / cat /old/c.txt")
    assert results(b.output) == [
        "OK ls /old: a.txt(16) b.bin(4096)",
        "OK stat /old/a.txt type=reg size=16 mode=0640",
        "OK stat /old type=dir size=4096 mode=0755",
        "OK pread /old/a.txt 10 6: 6 <<abcdef>> same end=16",
        "OK pread /old/a.txt 12 100: 4 <<cdef>> same end=16",
        "OK mv /old/a.txt /old/c.txt",
        "OK mkdir /new",
        "OK mv /old/b.bin /new/b.bin",
        "OK ls /old: c.txt(16)",
        "OK ls /new: b.bin(4096)",
        "OK rm /new/b.bin",
        "OK rmdir /new",
        "ERR stat /new: No such file or directory (2)",
        "OK ls /: dev/ grass(20) old/",
        "OK cat /old/c.txt <<0123456789abcdef>>",
    ], b.explain()
    assert sorted(os.listdir(share / "old")) == ["c.txt"]
    assert not (share / "new").exists()


def test_server_errors_reported(fstest, share):
    (share / "full").mkdir()
    (share / "full" / "f").write_text("x")
    b = run(fstest, share, "-- rmdir /full mkdir /full cat /nothere "
            "rm /full mv /nothere /x ls /grass")
    assert results(b.output) == [
        "ERR rmdir /full: Directory not empty (39)",
        "ERR mkdir /full: File exists (17)",
        "ERR cat /nothere: No such file or directory (2)",
        "ERR rm /full: Is a directory (21)",
        "ERR mv /nothere: No such file or directory (2)",
        "ERR ls /grass: Not a directory (20)",
    ], b.explain()
    b.expect("fstest: done, 6 errors")


def test_16mib_checksums_both_ways(fstest, share):
    data = os.urandom(16 << 20)
    (share / "host.bin").write_bytes(data)
    want_host = file_crc(share / "host.bin")
    b = run(fstest, share, "-- fill /guest.bin 16 hash /guest.bin "
            "hash /host.bin", mem=256, timeout=120)
    want_guest = pattern_crc(16 << 20)
    assert result(b.output, "OK fill") == \
        "OK fill /guest.bin 16777216 crc=%s" % want_guest, b.explain()
    assert result(b.output, "OK hash /guest.bin") == \
        "OK hash /guest.bin 16777216 crc=%s" % want_guest, b.explain()
    assert result(b.output, "OK hash /host.bin") == \
        "OK hash /host.bin 16777216 crc=%s" % want_host, b.explain()
    assert os.path.getsize(share / "guest.bin") == 16 << 20
    assert file_crc(share / "guest.bin") == want_guest


def test_small_msize_still_moves_big_files(fstest, share):
    data = os.urandom(3 << 20 | 12345)
    (share / "odd.bin").write_bytes(data)
    b = run(fstest, share, "vfs.rootopts=msize=8192 -- hash /odd.bin")
    b.expect("msize 8192")
    assert result(b.output, "OK hash") == "OK hash /odd.bin %d crc=%s" % (
        len(data), file_crc(share / "odd.bin")), b.explain()


def test_statfs_asks_the_server(fstest, share):
    b = run(fstest, share, "-- df / df /dev")
    host = os.statvfs(str(share))
    m = re.match(r"OK df / bsize=(\d+) blocks=(\d+) bfree=\d+ "
                 r"namelen=(\d+)$", result(b.output, "OK df /") or "")
    assert m, b.explain()
    # QEMU scales the block size up to the message size: compare bytes
    bsize, blocks, namelen = (int(g) for g in m.groups())
    assert abs(bsize * blocks - host.f_bsize * host.f_blocks) <= bsize, \
        b.explain()
    assert namelen == host.f_namemax, b.explain()
    assert result(b.output, "ERR df /dev") == \
        "ERR df /dev: Function not implemented (38)", b.explain()


def test_missing_mount_tag(fstest, share):
    b = run(fstest, share, "-- ls /", tag="other")
    b.expect('virtio-9p: no device with mount tag "fs0" (found: other)',
             "Failed to mount /: 19")
    assert "fstest: done" not in b.output, b.explain()


def test_no_9p_device(fstest):
    b = run(fstest, None, "-- ls /")
    b.expect('no device with mount tag "fs0" (found: none)',
             "Failed to mount /: 19")


def test_bad_mount_option(fstest, share):
    b = run(fstest, share, "vfs.rootopts=cache=loose -- ls /")
    b.expect('9pfs: unknown mount option "cache=loose"',
             "Failed to mount /: 22")


@pytest.mark.parametrize("target", ["kvm-arm64", "linuxu-x86_64"])
def test_other_platforms(target):
    why = missing_platform(target)
    if why:
        pytest.skip(why)
    pytest.skip("9pfs on %s is not wired up by this tree's tests yet"
                % target)
