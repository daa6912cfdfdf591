# SPDX-License-Identifier: BSD-3-Clause
"""The build system: Makefile.uk vocabulary, incremental builds, errors,
menuconfig."""
import hashlib
import os
import shutil
import subprocess
import tarfile
import time

import pytest

from uk import ROOT, SCRATCH, Build, boot, run

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB_LIB = os.path.join(HERE, "buildsys", "lib-vocab")
VOCAB_APP = os.path.join(HERE, "buildsys", "app-vocab")


def make_origin(dest):
    """The vocab origin tarball, built here so the test is offline."""
    path = os.path.join(dest, "vocab-1.0.tar.gz")
    with tarfile.open(path, "w:gz") as t:
        t.add(os.path.join(VOCAB_LIB, "origin-src", "vocab-1.0"),
              arcname="vocab-1.0")
    with open(path, "rb") as f:
        return path, hashlib.sha256(f.read()).hexdigest()


class VocabBuild(Build):
    def __init__(self, tag, sha=None):
        super().__init__(VOCAB_APP, "kvm-x86_64", libs=[VOCAB_LIB],
                         name="vocab-" + tag)
        os.makedirs(self.dir, exist_ok=True)
        self.origin, real_sha = make_origin(self.dir)
        self.sha = sha or real_sha

    def make_args(self, *targets):
        return super().make_args(*targets) + [
            "VOCAB_URL=file://" + self.origin, "VOCAB_SHA256=" + self.sha,
            "UK_CACHEDIR=" + os.path.join(self.dir, "cache")]


# The vocab tests share one build: keep them on one xdist worker
pytestmark = pytest.mark.xdist_group("buildsys")


@pytest.fixture(scope="module")
def vocab():
    b = VocabBuild("ok")
    shutil.rmtree(b.builddir, ignore_errors=True)
    shutil.rmtree(os.path.join(b.dir, "cache"), ignore_errors=True)
    return b.build()


def test_vocabulary_app_reports_every_feature(vocab):
    b = boot(vocab.image)
    for name in ("alpha", "beta", "gamma"):     # linker order is free
        b.expect("vocab entry: " + name)
    b.expect("vocab: origin=patched file_flag=42 lib_cflag=5 variants=1,2 "
             "asm=7 cxx=9 entries=3 greeting=hello from vocab")


def test_origin_pipeline_stamps(vocab):
    for stamp in (".origin", ".patched", ".prepared"):
        assert os.path.exists(os.path.join(vocab.builddir, "libvocab",
                                           stamp)), stamp
    assert "PATCH" in vocab.log and "UNTAR" in vocab.log, vocab.log


def test_variants_and_library_object(vocab):
    d = os.path.join(vocab.builddir, "libvocab")
    assert os.path.exists(os.path.join(d, "variant.one.o"))
    assert os.path.exists(os.path.join(d, "variant.two.o"))
    assert os.path.exists(os.path.join(vocab.builddir, "libvocab.o"))


def test_exportsyms_hides_unlisted_symbol(vocab):
    out = run(["nm", os.path.join(vocab.builddir, "libvocab.o")]).stdout
    syms = dict((l.split()[2], l.split()[1]) for l in out.splitlines()
                if len(l.split()) == 3)
    assert syms.get("vocab_hidden") == "t", out
    assert syms.get("vocab_file_flag") == "T", out


def test_provided_syscalls_are_collected(vocab):
    with open(os.path.join(vocab.builddir, "provided_syscalls.txt")) as f:
        assert "vocab_call-2" in f.read().split()


def test_images_and_gdb_helper(vocab):
    assert os.path.exists(vocab.image + ".dbg")
    assert os.path.islink(vocab.image + ".dbg.gdb.py")
    syms = run(["nm", vocab.image]).stdout
    assert "no symbols" in syms or syms.strip() == "", syms[:200]


def test_print_vars_and_libs(vocab):
    r = run(vocab.make_args("print-libs"))
    assert r.returncode == 0 and "libvocab" in r.stdout, r.stdout
    r = run(vocab.make_args("print-vars"))
    assert "libvocab: LIBVOCAB_BASE=" + VOCAB_LIB in r.stdout, r.stdout


def test_checksum_mismatch_fails_and_leaves_nothing():
    b = VocabBuild("badsum", sha="0" * 64)
    shutil.rmtree(b.builddir, ignore_errors=True)
    b.write_config()
    r = run(b.make_args("-j2"), timeout=300)
    assert r.returncode != 0, r.stdout
    assert "checksum mismatch" in r.stdout, r.stdout
    d = os.path.join(b.builddir, "libvocab")
    assert not os.path.exists(os.path.join(d, "vocab-1.0.tar.gz")), r.stdout
    assert not os.path.exists(os.path.join(d, "origin")), r.stdout


def test_noop_rebuild_and_single_touch():
    b = Build("helloworld", "kvm-x86_64", name="incremental").build()
    r = run(b.make_args("-j2"))
    assert r.returncode == 0 and "  CC " not in r.stdout, r.stdout
    time.sleep(0.05)
    os.utime(os.path.join(ROOT, "lib", "ukargparse", "argparse.c"))
    r = run(b.make_args("-j2"))
    cc = [l for l in r.stdout.splitlines() if l.strip().startswith("CC")]
    assert cc == ["  CC      libukargparse: argparse.o"], r.stdout


def test_header_touch_rebuilds_its_users_only():
    b = Build("helloworld", "kvm-x86_64", name="incremental-h").build()
    time.sleep(0.05)
    os.utime(os.path.join(ROOT, "lib", "ukargparse", "include", "uk",
                          "argparse.h"))
    r = run(b.make_args("-j2"))
    cc = sorted(l.split()[-1] for l in r.stdout.splitlines()
                if l.strip().startswith("CC"))
    assert cc == ["argparse.o", "boot.o"], r.stdout


def test_verbose_prints_commands():
    b = Build("helloworld", "kvm-x86_64", name="verbose").build()
    r = run(b.make_args("clean-libukargparse"))
    assert r.returncode == 0, r.stdout
    r = run(b.make_args("V=1"))
    assert "-D__LIBNAME__=libukargparse" in r.stdout, r.stdout


# --- errors -----------------------------------------------------------------

def make_in(tmp_path, *args, **kw):
    return run(["make", "-C", ROOT, "O=" + str(tmp_path / "b"),
                "C=" + str(tmp_path / "config")] + list(args), **kw)


def test_error_missing_app(tmp_path):
    r = make_in(tmp_path, "A=/nonexistent/app")
    assert r.returncode != 0
    assert "A=/nonexistent/app: no such directory" in r.stdout, r.stdout


def test_error_app_without_makefile_uk(tmp_path):
    (tmp_path / "app").mkdir()
    r = make_in(tmp_path, "A=" + str(tmp_path / "app"))
    assert r.returncode != 0 and "has no Makefile.uk" in r.stdout, r.stdout


def test_error_missing_lib(tmp_path):
    r = make_in(tmp_path, "A=" + os.path.join(ROOT, "apps", "helloworld"),
                "L=/nonexistent/lib-foo")
    assert r.returncode != 0
    assert "/nonexistent/lib-foo: no such directory" in r.stdout, r.stdout


def test_error_lib_without_config_uk(tmp_path):
    lib = tmp_path / "lib-foo"
    lib.mkdir()
    (lib / "Makefile.uk").write_text("\n")
    r = make_in(tmp_path, "A=" + os.path.join(ROOT, "apps", "helloworld"),
                "L=" + str(lib))
    assert r.returncode != 0 and "has no Config.uk" in r.stdout, r.stdout


def test_error_broken_config_uk(tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "Makefile.uk").write_text("$(eval $(call addlib,appbroken))\n")
    (app / "Config.uk").write_text("config APPBROKEN\n\tbool \"x\"\n"
                                   "\tdefault y\nendif oops\n")
    r = make_in(tmp_path, "A=" + str(app))
    assert r.returncode != 0, r.stdout
    assert str(app / "Config.uk") + ":4" in r.stdout, r.stdout
    assert "configuration failed" in r.stdout, r.stdout


def test_error_no_platform(tmp_path):
    (tmp_path / "config").write_text("# CONFIG_PLAT_KVM is not set\n")
    r = make_in(tmp_path, "A=" + os.path.join(ROOT, "apps", "helloworld"))
    assert r.returncode != 0 and "no platform selected" in r.stdout, \
        r.stdout


def test_error_missing_compiler_names_package(tmp_path):
    r = make_in(tmp_path, "A=" + os.path.join(ROOT, "apps", "helloworld"),
                "CROSS_COMPILE=aarch64-linux-gnu-nonexistent-")
    assert r.returncode != 0, r.stdout
    assert "not found: install the Debian package" in r.stdout, r.stdout


# --- configuration targets --------------------------------------------------

def test_savedefconfig_and_defconfig(tmp_path):
    app = os.path.join(ROOT, "apps", "helloworld")
    (tmp_path / "config").write_text("CONFIG_LIBUKDEBUG_PRINTK_INFO=y\n")
    r = make_in(tmp_path, "A=" + app, "olddefconfig")
    assert r.returncode == 0, r.stdout
    r = run(["make", "-C", ROOT, "A=" + app, "O=" + str(tmp_path / "b"),
             "C=" + str(tmp_path / "config"), "savedefconfig"])
    saved = os.path.join(app, "defconfig")
    try:
        assert r.returncode == 0, r.stdout
        with open(saved) as f:
            assert "CONFIG_LIBUKDEBUG_PRINTK_INFO=y" in f.read()
    finally:
        if os.path.exists(saved):
            os.unlink(saved)


def test_menuconfig_in_tmux(tmp_path):
    """Drive mconf: top menus appear; toggling an option saves it."""
    if not shutil.which("tmux"):
        pytest.skip("tmux missing")
    app = os.path.join(ROOT, "apps", "helloworld")
    cfg = tmp_path / "config"
    cfg.write_text("CONFIG_PLAT_KVM=y\n")
    assert make_in(tmp_path, "A=" + app, "olddefconfig").returncode == 0
    before = cfg.read_text()
    assert "CONFIG_OPTIMIZE_DEADELIM=y" in before
    sock = str(tmp_path / "tmux.sock")
    cmd = "make -C %s A=%s O=%s C=%s menuconfig" % (
        ROOT, app, tmp_path / "b", cfg)
    tmux = ["tmux", "-S", sock]
    run(tmux + ["new-session", "-d", "-x", "120", "-y", "40", cmd])
    try:
        def screen():
            return run(tmux + ["capture-pane", "-p"]).stdout

        def wait_for(text, timeout=20):
            end = time.time() + timeout
            while time.time() < end:
                s = screen()
                if text in s:
                    return s
                time.sleep(0.2)
            raise AssertionError("%r not on screen:\n%s" % (text, screen()))

        s = wait_for("Architecture Selection")
        for menu in ("Platform Configuration", "Library Configuration",
                     "Build Options", "Application Options"):
            assert menu in s, s

        def keys(*k):
            run(tmux + ["send-keys"] + list(k))
            time.sleep(0.3)

        # hotkeys: B(uild Options), then D(rop unused ...), the first D
        keys("B", "Enter")
        wait_for("Drop unused functions and data")
        keys("D")
        keys("n")               # untick it
        keys("Escape", "Escape")  # back to top
        keys("Escape", "Escape")  # exit: asks to save
        wait_for("save")
        keys("Enter")           # Yes
        end = time.time() + 20
        while time.time() < end and run(tmux + ["has-session"]).returncode \
                == 0:
            time.sleep(0.2)
    finally:
        run(tmux + ["kill-server"])
    after = cfg.read_text()
    assert "# CONFIG_OPTIMIZE_DEADELIM is not set" in after, after

