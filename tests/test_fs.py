# SPDX-License-Identifier: BSD-3-Clause
"""Filesystems without a host share (kvm-x86_64): the vfscore, ramfs and
devfs uktest suites; the file API on a ramfs root through apps/fstest; an
initrd cpio root listed and read; broken archives and a missing initrd
stop the boot with a clear message; descriptors out of range fail with
EBADF."""
import os
import subprocess

import pytest

from uk import Build, boot
from fsutil import (crc, fstest_build, newc_archive, pattern_crc, result,
                    results)

UKTESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                       "uktests")
SUITES = ["vfscore_stat_testsuite", "ramfs_testsuite", "devfs_testsuite"]


@pytest.fixture(scope="module")
def fstest():
    return fstest_build()


@pytest.fixture(scope="module")
def initrd(tmp_path_factory):
    """A cpio archive made by the host's cpio from a small tree."""
    d = tmp_path_factory.mktemp("initrd")
    tree = d / "tree"
    (tree / "etc").mkdir(parents=True)
    (tree / "data").mkdir()
    (tree / "grass").write_text("The grass is green!\n")
    (tree / "etc" / "motd").write_text("hello from the initrd\n")
    blob = os.urandom(300000)
    (tree / "data" / "blob").write_bytes(blob)
    os.chmod(tree / "etc" / "motd", 0o600)
    archive = d / "root.cpio"
    files = subprocess.run(["find", "."], cwd=tree, check=True,
                           capture_output=True).stdout
    with open(archive, "wb") as out:
        subprocess.run(["cpio", "-o", "-H", "newc", "--quiet"], cwd=tree,
                       input=files, stdout=out, check=True)
    return archive, crc(blob)


def run(img, args, extra=(), mem=128, timeout=60):
    b = boot(img.image, append=args, extra=list(extra), mem=mem,
             timeout=timeout)
    assert not b.timed_out, b.explain()
    return b


def test_fs_uktest_suites_pass():
    img = Build(UKTESTS, "kvm-x86_64", config={
        "LIBUKTEST": True, "LIBVFSCORE": True, "LIBVFSCORE_TEST": True,
        "LIBRAMFS": True, "LIBRAMFS_TEST": True, "LIBDEVFS": True,
        "LIBDEVFS_TEST": True}).build()
    b = boot(img.image, timeout=60)
    r = b.expect_uktest(min_suites=3, min_cases=12)
    for s in SUITES:
        assert r.suite_results.get(s, (0, 1))[0] > 0 and \
            r.suite_results[s][1] == 0, "%s did not pass\n%s" % (
                s, b.explain())
    b.expect("uktests: main reached")


def test_ramfs_root_file_api(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- mkdir /d write /d/f hello~world "
            "append /d/f ^again stat /d/f cat /d/f pread /d/f 6 5 "
            "mkdir /d/sub mv /d/f /d/sub/g ls /d ls /d/sub rm /d/sub/g "
            "rmdir /d/sub ls /d rmdir /d stat /d stdio /s.txt ls /dev")
    b.expect("OK cat /d/f <<hello world\nagain>>", "fstest: done, 1 errors")
    assert results(b.output) == [
        "OK mkdir /d",
        "OK write /d/f 11",
        "OK write /d/f 6",
        "OK stat /d/f type=reg size=17 mode=0644",
        "OK cat /d/f <<hello world",
        "OK pread /d/f 6 5: 5 <<world>> same end=17",
        "OK mkdir /d/sub",
        "OK mv /d/f /d/sub/g",
        "OK ls /d: sub/",
        "OK ls /d/sub: g(17)",
        "OK rm /d/sub/g",
        "OK rmdir /d/sub",
        "OK ls /d:",
        "OK rmdir /d",
        "ERR stat /d: No such file or directory (2)",
        "OK stdio /s.txt lines=4 end=56 eof=1 pos5=1 first=line 1 of "
        "/s.txt",
        "OK ls /dev: console(0) null(0) random(0) urandom(0) zero(0)",
    ], b.explain()


def test_ramfs_big_file_checksum(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- fill /big 16 hash /big", mem=256)
    want = pattern_crc(16 << 20)
    assert result(b.output, "OK fill /big") == (
        "OK fill /big 16777216 crc=%s" % want), b.explain()
    assert result(b.output, "OK hash /big") == (
        "OK hash /big 16777216 crc=%s" % want), b.explain()


def test_descriptors_out_of_range(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- badfd")
    assert result(b.output, "OK badfd") == (
        "OK badfd read(-1)=-1/Bad file descriptor "
        "write(4096)=-1/Bad file descriptor close(77)=-1/Bad file "
        "descriptor dup2(1,-5)=-1/Bad file descriptor "
        "lseek(1)=-1/Illegal seek"), b.explain()


def test_initrd_root_lists_and_reads(fstest, initrd):
    archive, blob_crc = initrd
    b = run(fstest, "vfs.rootfs=initrd -- ls / ls /etc cat /grass "
            "stat /etc/motd hash /data/blob",
            extra=["-initrd", str(archive)])
    b.expect("Extracting initrd", "cpio: 3 files extracted to /",
             "fstest: done, 0 errors")
    assert results(b.output) == [
        "OK ls /: data/ dev/ etc/ grass(20)",
        "OK ls /etc: motd(22)",
        "OK cat /grass <<The grass is green!",
        "OK stat /etc/motd type=reg size=22 mode=0600",
        "OK hash /data/blob 300000 crc=%s" % blob_crc,
    ], b.explain()


@pytest.mark.parametrize("case,message", [
    ("truncated", "cpio: truncated at byte"),
    ("badmagic", "cpio: bad magic at byte 0"),
    ("escape", "cpio: entry \"../evil\" escapes /: refused"),
    ("symlink", "only directories and regular files are supported"),
])
def test_broken_initrd_stops_boot_cleanly(fstest, tmp_path, case, message):
    good = newc_archive([("dir", None), ("dir/a", b"A" * 1000)])
    data = {
        "truncated": good[:700],
        "badmagic": b"070707" + good[6:],
        "escape": newc_archive([("ok", b"fine"), ("../evil", b"x")]),
        "symlink": newc_archive([("link", b"target", 0o120777)]),
    }[case]
    archive = tmp_path / ("%s.cpio" % case)
    archive.write_bytes(data)
    b = run(fstest, "vfs.rootfs=initrd -- ls /",
            extra=["-initrd", str(archive)])
    b.expect(message, "Failed to extract the initrd", "Failed to mount /: ")
    assert "fstest: done" not in b.output, b.explain()


def test_initrd_missing(fstest):
    b = run(fstest, "vfs.rootfs=initrd -- ls /")
    b.expect("the boot loader passed no initrd", "Failed to mount /: 2")
    assert "fstest: done" not in b.output, b.explain()


def test_unknown_root_filesystem(fstest):
    b = run(fstest, "vfs.rootfs=nosuchfs -- ls /")
    b.expect("unknown filesystem type \"nosuchfs\"", "Failed to mount /: 19")
