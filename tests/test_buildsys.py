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



# --- from an application directory: UK_ROOT, UK_LIBS, LIBS ------------------
# Copies of helloworld and httpreply outside the tree, whose Makefile
# defaults point nowhere: only what is given on the command line can work.

@pytest.fixture(scope="module")
def outside(tmp_path_factory):
    base = str(tmp_path_factory.mktemp("outside"))
    for app in ("helloworld", "httpreply"):
        dest = os.path.join(base, app)
        shutil.copytree(os.path.join(ROOT, "apps", app), dest,
                        ignore=shutil.ignore_patterns("build", ".config*"))
        with open(os.path.join(dest, "Makefile")) as f:
            text = f.read()
        text = text.replace("$(CURDIR)/../../libs", "/nonexistent/libs")
        text = text.replace("$(CURDIR)/../..", "/nonexistent/sdk")
        assert "/nonexistent/sdk" in text and "/nonexistent/libs" in text
        with open(os.path.join(dest, "Makefile"), "w") as f:
            f.write(text)
    os.symlink(ROOT, os.path.join(base, "sdk"))
    os.makedirs(os.path.join(base, "home"))
    os.symlink(ROOT, os.path.join(base, "home", "uk"))
    return base


def app_make(app_dir, *args, home=None):
    env = dict(os.environ, PWD=app_dir)
    if home:
        env["HOME"] = home
    return run(["make", "-s"] + list(args), cwd=app_dir, env=env)


def lib_list(output):
    return output.split()


UK_ROOT_SHAPES = {
    "absolute": lambda b, a: (ROOT, ROOT + "/libs"),
    "relative": lambda b, a: (os.path.relpath(ROOT, a),
                              os.path.relpath(ROOT, a) + "/libs"),
    "trailing-slash": lambda b, a: (ROOT + "/", ROOT + "/libs/"),
    "symlink": lambda b, a: (os.path.join(b, "sdk"),
                             os.path.join(b, "sdk", "libs")),
    "tilde-unexpanded": lambda b, a: ("~/uk", "~/uk/libs"),
}


@pytest.mark.parametrize("shape", sorted(UK_ROOT_SHAPES))
def test_app_dir_uk_root_shapes(outside, shape):
    """Every library is there (none lost to the command line), lwip comes
    from UK_LIBS, and a relative O= is relative to the app directory."""
    app = os.path.join(outside, "httpreply")
    root, libs = UK_ROOT_SHAPES[shape](outside, app)
    out = "b-" + shape
    r = app_make(app, "UK_ROOT=" + root, "UK_LIBS=" + libs, "O=" + out,
                 "print-libs", home=os.path.join(outside, "home"))
    assert r.returncode == 0, r.stdout
    libs_built = lib_list(r.stdout)
    for lib in ("apphttpreply", "liblwip", "libukboot", "libnolibc",
                "libkvmplat"):
        assert lib in libs_built, r.stdout
    assert os.path.isdir(os.path.join(app, out, "kconfig"))
    assert not os.path.exists(os.path.join(ROOT, out))


def test_app_dir_tilde_expanded_by_shell(outside):
    app = os.path.join(outside, "httpreply")
    env = dict(os.environ, HOME=os.path.join(outside, "home"))
    r = run(["bash", "-c", "make -s UK_ROOT=~/uk UK_LIBS=~/uk/libs "
             "O=b-tilde print-libs"], cwd=app, env=env)
    assert r.returncode == 0, r.stdout
    assert {"liblwip", "libukboot"} <= set(lib_list(r.stdout)), r.stdout


def test_app_dir_build_boots(outside):
    """One real build from outside the tree, every path on the command
    line relative to the app directory."""
    app = os.path.join(outside, "helloworld")
    rel = os.path.relpath(ROOT, app)
    r = app_make(app, "UK_ROOT=" + rel, "UK_LIBS=" + rel + "/libs",
                 "O=build", "-j2")
    assert r.returncode == 0, r.stdout
    built = os.listdir(os.path.join(app, "build"))
    for lib in ("libukboot.o", "libnolibc.o", "libukalloc.o"):
        assert lib in built, built
    boot(os.path.join(app, "build", "helloworld_kvm-x86_64"),
         timeout=30).expect("Hello world!")


def test_app_dir_config_goals(outside):
    """defconfig and olddefconfig with and without an existing .config;
    C= and DEFCONFIG= relative to the app directory."""
    app = os.path.join(outside, "httpreply-cfg")
    shutil.copytree(os.path.join(outside, "httpreply"), app,
                    ignore=shutil.ignore_patterns("b-*"))
    args = ["UK_ROOT=" + os.path.relpath(ROOT, app),
            "UK_LIBS=" + os.path.join(outside, "sdk", "libs"), "O=b"]
    r = app_make(app, *args, "defconfig")
    assert r.returncode == 0, r.stdout
    with open(os.path.join(app, ".config")) as f:
        assert "CONFIG_LIBLWIP=y" in f.read()
    with open(os.path.join(app, ".config"), "a") as f:
        f.write("CONFIG_APPHTTPREPLY_PORT=9000\n")
    r = app_make(app, *args, "olddefconfig")
    assert r.returncode == 0, r.stdout
    with open(os.path.join(app, ".config")) as f:
        assert "CONFIG_APPHTTPREPLY_PORT=9000" in f.read()
    r = app_make(app, *args, "print-libs")
    assert r.returncode == 0 and "liblwip" in lib_list(r.stdout), r.stdout
    with open(os.path.join(app, "mydefconfig"), "w") as f:
        f.write("CONFIG_APPHTTPREPLY_PORT=9001\n")
    r = app_make(app, *args, "C=alt.config", "DEFCONFIG=mydefconfig",
                 "defconfig")
    assert r.returncode == 0, r.stdout
    with open(os.path.join(app, "alt.config")) as f:
        assert "CONFIG_APPHTTPREPLY_PORT=9001" in f.read()


def test_app_dir_help(outside):
    r = app_make(os.path.join(outside, "helloworld"), "UK_ROOT=" + ROOT,
                 "help")
    assert r.returncode == 0, r.stdout
    assert "UK_ROOT=<root>" in r.stdout and "menuconfig" in r.stdout


def test_app_dir_upstream_forwarder(outside):
    """The upstream three-line forwarder (no Makefile.app) passes
    UK_LIBS/LIBS to the SDK's make through MAKEFLAGS: the SDK must not
    use those names itself."""
    app = os.path.join(outside, "helloworld")
    with open(os.path.join(app, "Makefile.upstream"), "w") as f:
        f.write("UK_ROOT ?= /nonexistent\nUK_LIBS ?= /nonexistent\n"
                "LIBS :=\nall:\n\t@$(MAKE) -C $(UK_ROOT) A=$(CURDIR) "
                "L=$(LIBS) O=$(CURDIR)/b-upstream\n"
                "$(MAKECMDGOALS):\n\t@$(MAKE) -C $(UK_ROOT) A=$(CURDIR) "
                "L=$(LIBS) O=$(CURDIR)/b-upstream $(MAKECMDGOALS)\n")
    r = app_make(app, "-f", "Makefile.upstream", "UK_ROOT=" + ROOT,
                 "UK_LIBS=" + ROOT + "/libs", "LIBS=", "print-libs")
    assert r.returncode == 0, r.stdout
    assert {"apphelloworld", "libukboot", "libnolibc"} <= set(
        lib_list(r.stdout)), r.stdout


@pytest.mark.parametrize("bad", ["/nonexistent/sdk", "not-an-sdk"])
def test_app_dir_bad_uk_root_names_it(outside, bad):
    app = os.path.join(outside, "helloworld")
    os.makedirs(os.path.join(app, "not-an-sdk"), exist_ok=True)
    with open(os.path.join(app, "not-an-sdk", "Makefile"), "w") as f:
        f.write("all:\n\t@echo WRONG MAKEFILE RAN\n")
    r = app_make(app, "UK_ROOT=" + bad)
    assert r.returncode != 0
    assert "UK_ROOT=%s is not an SDK tree" % bad in r.stdout, r.stdout
    assert "WRONG MAKEFILE RAN" not in r.stdout


def test_app_dir_bad_uk_libs_names_it(outside):
    r = app_make(os.path.join(outside, "httpreply"), "UK_ROOT=" + ROOT,
                 "UK_LIBS=/nonexistent/mylibs", "O=b-badlibs", "print-libs")
    assert r.returncode != 0
    assert "/nonexistent/mylibs/lwip: no such directory" in r.stdout, \
        r.stdout
