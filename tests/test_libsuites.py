# SPDX-License-Identifier: BSD-3-Clause
"""Every library's own uktest suites (tests/apps/uktests built with
CONFIG_LIBUKTEST_ALL=y) pass on each target whose platform exists in this
tree; the others are skipped with the reason."""
import os
import shutil

import pytest

from uk import Build, ROOT, boot, run_linuxu

APP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                   "uktests")
# Suites that must have run on every target
SUITES = ["nolibc_string_testsuite", "nolibc_stdio_testsuite",
          "ukalloc_testsuite", "uksched_testsuite", "uklibparam_testsuite",
          "uktest_self_testsuite", "uklist_testsuite", "fdt_testsuite"]


def _read(path):
    try:
        with open(os.path.join(ROOT, path)) as f:
            return f.read()
    except OSError:
        return None


def missing_platform(target):
    """Why target cannot be built from this tree, or None."""
    if target == "kvm-arm64":
        cfg = _read("plat/kvm/Config.uk") or ""
        if "ARCH_ARM_64" not in cfg and "ARCH_ARM" not in cfg:
            return "plat/kvm does not support arm64 in this tree yet"
        if not shutil.which("aarch64-linux-gnu-gcc"):
            return "aarch64-linux-gnu-gcc not installed"
        if not shutil.which("qemu-system-aarch64"):
            return "qemu-system-aarch64 not installed"
    elif target.startswith("linuxu"):
        if _read("plat/linuxu/Config.uk") is None:
            return "plat/linuxu does not exist in this tree yet"
        if target.endswith("arm64") and not (
                shutil.which("aarch64-linux-gnu-gcc") and
                shutil.which("qemu-aarch64")):
            return "needs gcc-aarch64-linux-gnu and qemu-user"
    return None


def boot_target(img, timeout=60):
    if img.target.startswith("linuxu"):
        return run_linuxu(img.image, timeout=timeout)
    return boot(img.image, timeout=timeout)


@pytest.mark.parametrize("target", ["kvm-x86_64", "kvm-arm64",
                                    "linuxu-x86_64", "linuxu-arm64"])
def test_library_suites_pass(target):
    why = missing_platform(target)
    if why:
        print("skipping %s: %s" % (target, why))
        pytest.skip(why)
    # lib/fdt is platform-independent: built everywhere to test it
    img = Build(APP, target, config={"LIBUKTEST": True,
                                     "LIBUKTEST_ALL": True,
                                     "LIBFDT": True}).build()
    b = boot_target(img)
    r = b.expect_uktest(min_suites=len(SUITES))
    for s in SUITES:
        assert s in r.suite_results, "suite %s did not run\n%s" % (
            s, b.explain())
        assert r.suite_results[s][0] > 0, b.explain()
    b.expect("uktests: main reached")
    assert not b.timed_out, b.explain()
