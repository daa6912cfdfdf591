# SPDX-License-Identifier: BSD-3-Clause
"""Filesystems without a host share (kvm-x86_64): the vfscore, ramfs and
devfs uktest suites; the file API on a ramfs root through apps/fstest; an
initrd cpio root listed and read; broken archives and a missing initrd
stop the boot with a clear message; descriptors out of range fail with
EBADF. The initrd root also on kvm-arm64 and linuxu-x86_64."""
import os
import subprocess

import pytest

from uk import ROOT, Build, boot, run_linuxu
from test_libsuites import boot_target, missing_platform
from fsutil import (crc, fstest_build, newc_archive, pattern_crc, result,
                    results)

MKCPIO = os.path.join(ROOT, "support", "scripts", "mkcpio")
UKTESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                       "uktests")
SUITES = ["vfscore_stat_testsuite", "ramfs_testsuite", "devfs_testsuite",
          "ukcpio_testsuite", "uk9p_testsuite"]


@pytest.fixture(scope="module")
def fstest():
    return fstest_build()


@pytest.fixture(scope="module")
def initrd(tmp_path_factory):
    """A cpio archive of a small tree, made by support/scripts/mkcpio
    (the host's cpio)."""
    d = tmp_path_factory.mktemp("initrd")
    tree = d / "tree"
    (tree / "etc").mkdir(parents=True)
    (tree / "data").mkdir()
    (tree / "grass").write_text("The grass is green!\n")
    (tree / "etc" / "motd").write_text("hello from the initrd\n")
    blob = os.urandom(300000)
    (tree / "data" / "blob").write_bytes(blob)
    # a hard link: cpio stores the contents once, with the last name
    os.link(tree / "data" / "blob", tree / "data" / "blob-link")
    os.chmod(tree / "etc" / "motd", 0o600)
    os.symlink("motd", tree / "etc" / "link")
    archive = d / "root.cpio"
    subprocess.run([MKCPIO, str(archive), str(tree)], check=True)
    return archive, crc(blob)


def run(img, args, extra=(), mem=128, timeout=60):
    b = boot(img.image, append=args, extra=list(extra), mem=mem,
             timeout=timeout)
    assert not b.timed_out, b.explain()
    return b


# kvm-arm64 runs the same C through apps/fstest (initrd and 9p tests); one
# build fewer keeps this file fast
@pytest.mark.parametrize("target", ["kvm-x86_64", "linuxu-x86_64"])
def test_fs_uktest_suites_pass(target):
    why = missing_platform(target)
    if why:
        pytest.skip(why)
    img = Build(UKTESTS, target, config={
        "LIBUKTEST": True, "LIBVFSCORE": True, "LIBVFSCORE_TEST": True,
        "LIBRAMFS": True, "LIBRAMFS_TEST": True, "LIBDEVFS": True,
        "LIBDEVFS_TEST": True, "LIBUKCPIO": True, "LIBUKCPIO_TEST": True,
        "LIB9PFS": True, "LIBUK9P_TEST": True}).build()
    b = boot_target(img)
    assert not b.timed_out, b.explain()
    r = b.expect_uktest(min_suites=5, min_cases=20)
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


def test_ramfs_root_symbolic_links(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- mkdir /d write /d/f linked "
            "symlink /d /l symlink f /d/rel cat /l/rel readlink /l/rel "
            "lstat /l stat /l symlink /loop /loop cat /loop "
            "catnofollow /d/rel link /d/f /d/hard")
    assert results(b.output) == [
        "OK mkdir /d",
        "OK write /d/f 6",
        "OK symlink /d /l",
        "OK symlink f /d/rel",
        "OK cat /l/rel <<linked>>",
        "OK readlink /l/rel -> f",
        result(b.output, "OK lstat /l type=link size=2 "),
        "OK stat /l type=dir size=4096 mode=0755",
        "OK symlink /loop /loop",
        "ERR cat /loop: Too many levels of symbolic links (40)",
        "ERR catnofollow /d/rel: Too many levels of symbolic links (40)",
        "ERR link /d/hard: Operation not permitted (1)",
    ], b.explain()


def test_ramfs_big_file_checksum(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- fill /big 16 hash /big", mem=256)
    want = pattern_crc(16 << 20)
    assert result(b.output, "OK fill /big") == (
        "OK fill /big 16777216 crc=%s" % want), b.explain()
    assert result(b.output, "OK hash /big") == (
        "OK hash /big 16777216 crc=%s" % want), b.explain()


def test_printf_follows_descriptor_1(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- redirect /out.txt cat /out.txt")
    b.expect("OK redirect /out.txt\n",
             "OK cat /out.txt <<printf went to /out.txt\nputs too\n>>")
    assert "printf went to" not in b.output.split("OK redirect")[0], \
        b.explain()


def test_urandom_seed_parameter(fstest):
    """devfs.seed= makes /dev/urandom reproducible; the clock seeds it
    otherwise; /dev/zero reads zeros."""
    def head(params):
        b = run(fstest, params + " -- head /dev/urandom 100000 "
                "head /dev/zero 4096")
        assert result(b.output, "OK head /dev/zero") == \
            "OK head /dev/zero 4096 crc=%s" % crc(bytes(4096)), b.explain()
        return result(b.output, "OK head /dev/urandom")
    a, b = head("vfs.rootfs=ramfs devfs.seed=42"), head(
        "vfs.rootfs=ramfs devfs.seed=42")
    assert a == b and a.startswith("OK head /dev/urandom 100000 "), (a, b)
    assert head("vfs.rootfs=ramfs devfs.seed=43") != a
    assert head("vfs.rootfs=ramfs") != head("vfs.rootfs=ramfs")


def test_descriptors_out_of_range(fstest):
    b = run(fstest, "vfs.rootfs=ramfs -- badfd")
    assert result(b.output, "OK badfd") == (
        "OK badfd read(-1)=-1/Bad file descriptor "
        "write(4096)=-1/Bad file descriptor close(77)=-1/Bad file "
        "descriptor dup2(1,-5)=-1/Bad file descriptor "
        "lseek(1)=-1/Illegal seek"), b.explain()


def test_initrd_root_lists_and_reads(fstest, initrd):
    archive, blob_crc = initrd
    b = run(fstest, "vfs.rootfs=initrd " + INITRD_CMDS,
            extra=["-initrd", str(archive)])
    b.expect("Extracting initrd", "cpio: 4 files extracted to /",
             "fstest: done, 0 errors")
    assert results(b.output) == initrd_results(blob_crc), b.explain()


@pytest.mark.parametrize("case,message", [
    ("truncated", "cpio: truncated at byte"),
    ("badmagic", "cpio: bad magic at byte 0"),
    ("escape", "cpio: entry \"../evil\" escapes /: refused"),
    ("fifo", "only directories, regular files and symbolic links are "
     "supported"),
])
def test_broken_initrd_stops_boot_cleanly(fstest, tmp_path, case, message):
    good = newc_archive([("dir", None), ("dir/a", b"A" * 1000)])
    data = {
        "truncated": good[:700],
        "badmagic": b"070707" + good[6:],
        "escape": newc_archive([("ok", b"fine"), ("../evil", b"x")]),
        "fifo": newc_archive([("fifo", b"", 0o10644)]),
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


def linuxu_lacks_initrd():
    """Why linuxu cannot pass an initrd in this tree, or None."""
    try:
        with open(os.path.join(ROOT, "plat", "linuxu", "memory.c")) as f:
            if "initrd" in f.read():
                return None
    except OSError:
        pass
    return "plat/linuxu has no linuxu.initrd= parameter in this tree yet"


INITRD_CMDS = ("-- ls / ls /etc cat /grass stat /etc/motd hash /data/blob "
               "hash /data/blob-link readlink /etc/link cat /etc/link")


def initrd_results(blob_crc):
    return [
        "OK ls /: data/ dev/ etc/ grass(20)",
        "OK ls /etc: link(22) motd(22)",
        "OK cat /grass <<The grass is green!",
        "OK stat /etc/motd type=reg size=22 mode=0600",
        "OK hash /data/blob 300000 crc=%s" % blob_crc,
        "OK hash /data/blob-link 300000 crc=%s" % blob_crc,
        "OK readlink /etc/link -> motd",
        "OK cat /etc/link <<hello from the initrd",
    ]


@pytest.mark.parametrize("target", ["kvm-arm64", "linuxu-x86_64"])
def test_initrd_other_platforms(target, initrd, tmp_path):
    """The initrd root from the device tree (kvm-arm64) and from a file
    named by linuxu.initrd= (linuxu); a truncated archive fails."""
    why = missing_platform(target) or (target.startswith("linuxu") and
                                       linuxu_lacks_initrd())
    if why:
        pytest.skip(why)
    img = fstest_build(target)
    archive, blob_crc = initrd
    broken = tmp_path / "broken.cpio"
    broken.write_bytes(archive.read_bytes()[:2000])
    if target.startswith("linuxu"):
        def start(path):
            return run_linuxu(img.image, [
                "linuxu.initrd=%s" % path, "vfs.rootfs=initrd"] +
                INITRD_CMDS.split())
    else:
        def start(path):
            return boot(img.image, mem=128, timeout=60, extra=[
                "-initrd", str(path)],
                append="vfs.rootfs=initrd " + INITRD_CMDS)
    b = start(archive)
    assert not b.timed_out, b.explain()
    assert results(b.output) == initrd_results(blob_crc), b.explain()
    b = start(broken)
    b.expect("cpio: truncated at byte", "Failed to mount /: ")
    assert "fstest: done" not in b.output, b.explain()
    if target.startswith("linuxu"):
        b = run_linuxu(img.image, ["linuxu.initrd=/nonexistent/x",
                                   "vfs.rootfs=initrd", "--", "ls", "/"])
        b.expect("/nonexistent/x")
        assert b.returncode == 2 and "fstest: done" not in b.output, \
            b.explain()


def test_mkcpio_refuses_bad_usage(tmp_path):
    r = subprocess.run([MKCPIO, str(tmp_path / "x.cpio")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "usage:" in r.stderr, r.stderr
    assert not (tmp_path / "x.cpio").exists()


def test_custom_root_by_name(fstest):
    """vfs.rootfs= takes any registered filesystem: devfs as the root."""
    b = run(fstest, "vfs.rootfs=devfs vfs.rootdev=none -- ls / "
            "stat /null")
    b.expect("Mounted none (devfs) at /")
    assert results(b.output)[:2] == [
        "OK ls /: console(0) null(0) random(0) urandom(0) zero(0)",
        "OK stat /null type=chr size=0 mode=0666"], b.explain()


def test_linuxu_stdin_descriptor_until_end():
    """read(0) is the console vnode: on linuxu it ends with the host's
    stdin (end of input reads as 0)."""
    why = missing_platform("linuxu-x86_64")
    if why:
        pytest.skip(why)
    img = fstest_build("linuxu-x86_64")
    text = "one line\nand another\n" * 50
    b = run_linuxu(img.image, ["vfs.rootfs=ramfs", "--", "stdin"],
                   input=text)
    assert result(b.output, "OK stdin") == "OK stdin %d crc=%s" % (
        len(text), crc(text.encode())), b.explain()
    assert b.returncode == 0, b.explain()


def test_unknown_root_filesystem(fstest):
    b = run(fstest, "vfs.rootfs=nosuchfs -- ls /")
    b.expect("unknown filesystem type \"nosuchfs\"", "Failed to mount /: 19")
