# SPDX-License-Identifier: BSD-3-Clause
"""9pfs over virtio-9p on kvm-x86_64, against a host directory shared by
QEMU (-fsdev local,...,security_model=none -device virtio-9p-pci,...,
mount_tag=fs0): the seeds' file reader, files written by the guest found
on the host with the right bytes, directory operations seen from both
sides, 16 MiB checksums both ways, server errors, a missing mount tag and
bad mount options; on kvm-arm64 the share through virtio-mmio; on linuxu
(no virtio) a clear refusal."""
import os
import re
import shutil
import threading
import time

import pytest

from uk import ROOT, Build, boot, run_linuxu
from uk import run as uk_run
from fsutil import (file_crc, fstest_build, pattern_crc, result, results,
                    share_args)
from test_libsuites import missing_platform


@pytest.fixture(scope="module")
def fstest():
    return fstest_build()


QEMU_GUEST = os.path.join(ROOT, "support", "scripts", "qemu-guest")


@pytest.fixture
def share(tmp_path):
    d = tmp_path / "share"
    d.mkdir()
    (d / "grass").write_text("The grass is green!\n")
    return d


def run(img, share, args, tag="fs0", mem=128, timeout=60, extra=()):
    b = boot(img.image, append=args, mem=mem, timeout=timeout,
             extra=(share_args(str(share), tag=tag) if share else []) +
             list(extra))
    assert not b.timed_out, b.explain()
    return b


def test_filereader_reads_host_file(share):
    img = Build("filereader", "kvm-x86_64").build()
    b = run(img, share, "")
    b.expect("File contents: The grass is green!")
    assert b.returncode == 0, b.explain()


def test_filereader_through_qemu_guest(share):
    """The seeds' way: qemu-guest -k IMAGE -e DIR."""
    img = Build("filereader", "kvm-x86_64").build()
    r = uk_run([QEMU_GUEST, "-k", img.image, "-e", str(share)], timeout=60)
    assert "File contents: The grass is green!" in r.stdout, r.stdout
    assert r.returncode == 0, r.stdout


def test_qemu_guest_share_device_per_arch(fstest_arm64, share):
    r = uk_run([QEMU_GUEST, "-D", "-k", fstest_arm64.image, "-e",
                str(share)], timeout=30)
    assert "-device virtio-9p-device,fsdev=fs0,mount_tag=fs0" in r.stdout, \
        r.stdout
    assert "virtio-9p-pci" not in r.stdout, r.stdout


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


def test_second_share_mounted_by_the_app(fstest, share, tmp_path):
    """mount(2) of another share at /data, then umount(2)."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "inside").write_text("second share\n")
    (share / "data").mkdir()
    b = run(fstest, share, "-- mount 9pfs data /data ls /data "
            "cat /data/inside write /data/new x umount /data ls /data "
            "mount 9pfs nosuchtag /data mount 9pfs data /grass",
            extra=share_args(str(data), tag="data", fsid="second"))
    assert results(b.output) == [
        "OK mount 9pfs data /data",
        "OK ls /data: inside(13)",
        "OK cat /data/inside <<second share",
        "OK write /data/new 1",
        "OK umount /data",
        "OK ls /data:",
        "ERR mount /data: No such device (19)",
        "ERR mount /grass: Not a directory (20)",
    ], b.explain()
    assert (data / "new").read_text() == "x"
    assert os.listdir(share / "data") == []


def test_read_only_root(fstest, share):
    """vfs.rootflags=1 (MS_RDONLY): reads work, nothing reaches the host."""
    before = sorted(os.listdir(share))
    b = run(fstest, share, "vfs.rootflags=1 -- cat /grass write /x y "
            "mkdir /d rm /grass mv /grass /g")
    assert results(b.output) == [
        "OK cat /grass <<The grass is green!",
        "ERR write /x: Read-only file system (30)",
        "ERR mkdir /d: Read-only file system (30)",
        "ERR rm /grass: Read-only file system (30)",
        "ERR mv /grass: Read-only file system (30)",
    ], b.explain()
    b.expect("devfs not mounted: cannot create /dev: 30")
    assert sorted(os.listdir(share)) == before


def test_other_threads_run_during_9p_io(fstest, share):
    """A 9P request is a blocking point (uk9p yields at least once per
    request while the server works): a counting thread advances during a
    read from the share, and not during one from ramfs, where nothing
    waits."""
    (share / "big.bin").write_bytes(os.urandom(4 << 20))
    b = run(fstest, share, "-- concurrent /big.bin")
    assert result(b.output, "OK concurrent") == \
        "OK concurrent /big.bin ticks-during-read=yes", b.explain()
    b = run(fstest, None, "vfs.rootfs=ramfs -- fill /big.bin 4 "
            "concurrent /big.bin")
    assert result(b.output, "OK concurrent") == \
        "OK concurrent /big.bin ticks-during-read=no", b.explain()


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


@pytest.fixture(scope="module")
def fstest_arm64():
    why = missing_platform("kvm-arm64")
    if why:
        pytest.skip(why)
    return fstest_build("kvm-arm64")


def test_arm64_share_over_virtio_mmio(fstest_arm64, share):
    """kvm-arm64: the same share through virtio-9p-device (virtio-mmio)."""
    data = os.urandom(4 << 20)
    (share / "host.bin").write_bytes(data)
    b = boot(fstest_arm64.image, mem=128, timeout=120, append=(
        "-- cat /grass mkdir /d write /d/x from~arm64 mv /d/x /d/y ls /d "
        "fill /guest.bin 4 hash /host.bin"), extra=share_args(
            str(share), device="virtio-9p-device"))
    assert not b.timed_out, b.explain()
    b.expect("OK cat /grass <<The grass is green!\n>>",
             "fstest: done, 0 errors")
    assert result(b.output, "OK ls /d") == "OK ls /d: y(10)", b.explain()
    assert (share / "d" / "y").read_bytes() == b"from arm64"
    assert file_crc(share / "guest.bin") == pattern_crc(4 << 20)
    assert result(b.output, "OK hash /host.bin") == \
        "OK hash /host.bin %d crc=%s" % (len(data),
                                         file_crc(share / "host.bin"))


def test_linuxu_has_no_9p_transport():
    """linuxu has no virtio: a 9pfs root fails with the reason."""
    why = missing_platform("linuxu-x86_64")
    if why:
        pytest.skip(why)
    img = fstest_build("linuxu-x86_64")
    b = run_linuxu(img.image, ["--", "ls", "/"])
    b.expect("9p: no transport in this image (enable VIRTIO_9P)",
             "Failed to mount /: 19")
    assert b.returncode != 0 and "fstest: done" not in b.output, \
        b.explain()


def test_host_symlinks_followed_by_guest(fstest, share):
    (share / "dir").mkdir()
    (share / "dir" / "f").write_text("through")
    os.chmod(share / "dir" / "f", 0o644)
    os.symlink("dir/f", share / "rel")
    os.symlink("/dir", share / "abs")
    os.symlink("loop2", share / "loop1")
    os.symlink("loop1", share / "loop2")
    os.symlink("nowhere", share / "dangling")
    link_ino = os.lstat(share / "rel").st_ino
    b = run(fstest, share, "-- cat /rel cat /abs/f readlink /rel "
            "lstat /rel stat /rel lstat /abs/f cat /loop1 "
            "catnofollow /rel catnofollow /dir/f cat /dangling "
            "readlink /grass rm /rel cat /dir/f")
    ino = os.stat(share / "dir" / "f").st_ino
    assert results(b.output) == [
        "OK cat /rel <<through>>",
        "OK cat /abs/f <<through>>",
        "OK readlink /rel -> dir/f",
        "OK lstat /rel type=link size=5 ino=%d nlink=1" % link_ino,
        "OK stat /rel type=reg size=7 mode=0644",
        "OK lstat /abs/f type=reg size=7 ino=%d nlink=1" % ino,
        "ERR cat /loop1: Too many levels of symbolic links (40)",
        "ERR catnofollow /rel: Too many levels of symbolic links (40)",
        "OK catnofollow /dir/f <<through>>",
        "ERR cat /dangling: No such file or directory (2)",
        "ERR readlink /grass: Invalid argument (22)",
        "OK rm /rel",
        "OK cat /dir/f <<through>>",
    ], b.explain()
    # rm removed the link, not what it points to
    assert not os.path.lexists(share / "rel")
    assert (share / "dir" / "f").read_text() == "through"


def test_guest_symlinks_and_hard_links_on_host(fstest, share):
    (share / "d").mkdir()
    (share / "t").write_text("text")
    b = run(fstest, share, "-- symlink ../t /d/g cat /d/g "
            "symlink /d /dl write /dl/new made-through-link "
            "link /grass /d/hard lstat /grass "
            "symlink x /d/g link /d /d2 link /nothere /d/h "
            "symlink /d /dl2 mv /dl2 /dl3 readlink /dl3 "
            "symlink d/later /ml write /ml made-through-dangling-link")
    st = os.stat(share / "grass")
    assert results(b.output) == [
        "OK symlink ../t /d/g",
        "OK cat /d/g <<text>>",
        "OK symlink /d /dl",
        "OK write /dl/new 17",
        "OK link /grass /d/hard",
        "OK lstat /grass type=reg size=20 ino=%d nlink=2" % st.st_ino,
        "ERR symlink x: File exists (17)",
        "ERR link /d2: Operation not permitted (1)",
        "ERR link /d/h: No such file or directory (2)",
        "OK symlink /d /dl2",
        "OK mv /dl2 /dl3",
        "OK readlink /dl3 -> /d",
        "OK symlink d/later /ml",
        "OK write /ml 26",
    ], b.explain()
    # open(O_CREAT) through a link that led nowhere made its target
    assert (share / "d" / "later").read_text() == \
        "made-through-dangling-link"
    assert os.readlink(share / "ml") == "d/later"
    # rename moved the link, not the directory it points to
    assert os.readlink(share / "dl3") == "/d"
    assert not os.path.lexists(share / "dl2")
    assert os.path.isdir(share / "d") and not os.path.islink(share / "d")
    assert os.readlink(share / "d" / "g") == "../t"
    assert os.readlink(share / "dl") == "/d"
    assert (share / "d" / "new").read_text() == "made-through-link"
    assert st.st_nlink == 2
    assert os.stat(share / "d" / "hard").st_ino == st.st_ino


def test_host_changes_under_cached_paths(fstest, share):
    """The guest looks paths up (they enter its dentry cache), writes
    /ready; the host then replaces those files and writes /go; the guest
    must see the new files, not the cached ones."""
    (share / "a").write_text("old-a")
    (share / "d").mkdir()
    (share / "d" / "x").write_text("in-d")
    (share / "f").write_text("a-file")
    (share / "r").write_text("renamed-away")

    def host_side():
        deadline = time.monotonic() + 60
        while not (share / "ready").exists():
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
        (share / "a").unlink()
        (share / "a").write_text("new-a!")
        shutil.rmtree(share / "d")
        (share / "d").write_text("d-is-a-file")
        (share / "f").unlink()
        (share / "f").mkdir()
        (share / "f" / "y").write_text("f-is-a-dir")
        os.rename(share / "r", share / "r2")
        (share / "go").write_text("")

    t = threading.Thread(target=host_side)
    t.start()
    try:
        b = run(fstest, share, "-- cat /a cat /d/x cat /f cat /r "
                "write /ready 1 waitfor /go cat /a cat /d cat /f/y "
                "cat /r cat /r2 cat /d/x")
    finally:
        t.join(70)
    assert results(b.output) == [
        "OK cat /a <<old-a>>",
        "OK cat /d/x <<in-d>>",
        "OK cat /f <<a-file>>",
        "OK cat /r <<renamed-away>>",
        "OK write /ready 1",
        "OK waitfor /go",
        "OK cat /a <<new-a!>>",
        "OK cat /d <<d-is-a-file>>",
        "OK cat /f/y <<f-is-a-dir>>",
        "ERR cat /r: No such file or directory (2)",
        "OK cat /r2 <<renamed-away>>",
        "ERR cat /d/x: Not a directory (20)",
    ], b.explain()
