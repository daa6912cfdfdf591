# SPDX-License-Identifier: BSD-3-Clause
"""apps/helloworld on kvm-x86_64: banner, greeting, arguments, exit."""
import pytest

from uk import Build, boot, kvm_usable


@pytest.fixture(scope="module")
def hello():
    return Build("helloworld", "kvm-x86_64").build()


def test_prints_banner_and_hello(hello):
    b = boot(hello.image)
    b.expect("Powered by", "0.10.0 (Phoebe)", "Hello world!")
    assert not b.timed_out, b.explain()


def test_exits_by_itself_with_plain_nographic(hello):
    b = boot(hello.image)
    assert not b.timed_out and b.returncode == 0, b.explain()


def test_arguments_from_append(hello):
    b = boot(hello.image, append="console=ttyS0 foo=bar")
    b.expect('Arguments: ', '"console=ttyS0" "foo=bar"')


def test_library_parameters_before_double_dash(hello):
    b = boot(hello.image, append="uklibparam.nothing=1 -- app1 app2")
    b.expect('Arguments: ', '"app1" "app2"')
    assert '"--"' not in b.output, b.explain()


def test_debug_exit_carries_return_code(hello):
    b = boot(hello.image, extra=["-device",
                                 "isa-debug-exit,iobase=0xf4,iosize=0x04"])
    b.expect("Hello world!")
    # isa-debug-exit: QEMU exits with (code << 1) | 1; main returned 0
    assert b.returncode == 1, b.explain()


@pytest.mark.skipif(not kvm_usable(), reason="/dev/kvm not usable")
def test_boots_under_kvm():
    """The one KVM smoke test. An integer-only image: the kvm-pvm
    software virtualiser of these machines cannot emulate SSE or XSAVE
    (doc/debugging.md)."""
    b = Build("helloworld", "kvm-x86_64",
              config={"LIBUKDEBUG_PRINTK_INFO": True,
                      "ARCH_X86_64_NO_SIMD": True}).build()
    b = boot(b.image, kvm=True, append="-- kvm", timeout=90)
    b.expect("Hello world!", '"kvm"')
    assert not b.timed_out, b.explain()


def test_integer_only_image_has_no_vector_instructions():
    """ARCH_X86_64_NO_SIMD: no instruction of the image names an x87, MMX,
    SSE or AVX register or saves their state, and it still boots."""
    import re
    import subprocess
    b = Build("helloworld", "kvm-x86_64",
              config={"LIBUKDEBUG_PRINTK_INFO": True,
                      "ARCH_X86_64_NO_SIMD": True}).build()
    dis = subprocess.run(["objdump", "-d", b.image + ".dbg"],
                         capture_output=True, text=True, check=True).stdout
    vector = re.compile(r"%[xyz]mm\d|%st\b|%st\(|%mm\d|\bx?f?x(save|rstor)")
    hits = [l for l in dis.splitlines() if vector.search(l)]
    assert len(dis) > 10000 and not hits, hits[:10]
    boot(b.image, append="-- x").expect("Hello world!", '"x"')
