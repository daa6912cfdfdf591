# SPDX-License-Identifier: BSD-3-Clause
"""Tracepoints and gdb on kvm-x86_64: the traced app (two tracepoints
around main's printf) booted paused with qemu-guest -P -g, gdb in batch
mode stops after each tracepoint and `uk trace` shows the samples with
their arguments; `uk trace save` writes a file that trace.py lists; the
format strings are only in the .dbg image; gdb reaches main of the
helloworld .dbg with hbreak and shows a backtrace."""
import os
import subprocess

import pytest

from uk import Build, ROOT, free_port, kill_group, run, wait_listening

HERE = os.path.dirname(os.path.abspath(__file__))
TRACED = os.path.join(HERE, "apps", "traced")
QEMU_GUEST = os.path.join(ROOT, "support", "scripts", "qemu-guest")
TRACE_PY = os.path.join(ROOT, "support", "scripts", "uk_trace", "trace.py")
PY = "/usr/bin/python3"


@pytest.fixture(scope="module")
def traced():
    return Build(TRACED, "kvm-x86_64",
                 config={"LIBUKDEBUG_TRACEPOINTS": True}).build()


@pytest.fixture(scope="module")
def hello():
    return Build("helloworld", "kvm-x86_64").build()


def line_of(path, text):
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if text in line:
                return n
    raise AssertionError("%r not in %s" % (text, path))


def gdb_session(img, commands, args=None, timeout=90):
    """Boot img paused under qemu-guest with a gdb server, run gdb in
    batch mode with the helper auto-loaded; returns gdb's output."""
    port = free_port()
    guest = [PY, QEMU_GUEST, "-k", img.image, "-P", "-g", str(port)]
    if args:
        guest += ["-a", args]
    q = subprocess.Popen(guest, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        wait_listening(port, q)     # the gdb server
        cmd = ["gdb", "-nx", "-batch",
               "-iex", "add-auto-load-safe-path " + img.builddir,
               img.image + ".dbg",
               "-ex", "target remote 127.0.0.1:%d" % port]
        for c in commands:
            cmd += ["-ex", c]
        r = run(cmd, timeout=timeout)
        return r.stdout
    finally:
        kill_group(q)
        q.wait()


def test_format_strings_only_in_dbg(traced):
    with open(traced.image + ".dbg", "rb") as f:
        dbg = f.read()
    with open(traced.image, "rb") as f:
        img = f.read()
    for s in (b"printed %d bytes, tag 0x%lx", b"argc=%d first=%s"):
        assert s in dbg
        assert s not in img
    assert b"trace_app_before_printf" not in img
    r = run([PY, TRACE_PY, "tracepoints", traced.image + ".dbg"])
    assert "trace_app_after_printf" in r.stdout, r.stdout
    assert "printed %d bytes, tag 0x%lx" in r.stdout, r.stdout


def test_gdb_uk_trace_after_each_tracepoint(traced, tmp_path):
    main_c = os.path.join(TRACED, "main.c")
    after_first = line_of(main_c, 'n = printf("Hello')
    after_second = line_of(main_c, "trace_app_seven(-7")
    tracefile = str(tmp_path / "trace.json")
    out = gdb_session(traced, [
        "hbreak main", "continue",
        "break main.c:%d" % after_first, "break main.c:%d" % after_second,
        "continue", "echo ==first==\\n", "uk trace",
        "continue", "echo ==second==\\n", "uk trace",
        "uk trace save " + tracefile, "kill"], args="-- foo")
    assert "Breakpoint 1, main (" in out, out
    first = out.split("==first==")[1].split("==second==")[0]
    second = out.split("==second==")[1]
    assert "trace_app_before_printf: argc=2 first=foo" in first, out
    assert "trace_app_after_printf" not in first, out
    assert "trace_app_before_printf: argc=2 first=foo" in second, out
    assert ("trace_app_after_printf: printed 24 bytes, tag 0xdeadbeef"
            in second), out
    assert "trace_app_seven" not in second, out
    assert "saved" in out and os.path.exists(tracefile), out

    r = run([PY, TRACE_PY, "list", tracefile])
    assert r.returncode == 0, r.stdout
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["time", "tracepoint", "message"], r.stdout
    rows = [l.split(None, 2) for l in lines[2:]]
    assert [row[1] for row in rows] == ["trace_app_before_printf",
                                        "trace_app_after_printf"], r.stdout
    assert rows[0][2] == "argc=2 first=foo", r.stdout
    assert rows[1][2] == "printed 24 bytes, tag 0xdeadbeef", r.stdout
    t0, t1 = float(rows[0][0]), float(rows[1][0])
    assert 0 < t0 <= t1, r.stdout


def test_all_argument_kinds_and_threads(traced):
    out = gdb_session(traced, [
        "hbreak main", "continue",
        "break main.c:%d" % line_of(os.path.join(TRACED, "main.c"),
                                    'printf("traced app: done'),
        "continue", "uk trace", "uk threads", "kill"])
    assert ("trace_app_seven: -7 4000000000 -1 18446744073709551615 x "
            "0x1000 seventh") in out, out
    assert "trace_app_noargs: no arguments" in out, out
    assert "first=(none)" in out, out
    # uk threads: main runs in a thread of the cooperative scheduler
    assert any(l.startswith("*") and " main " in l
               for l in out.splitlines()), out
    assert " idle " in out, out


def test_trace_py_rejects_bad_files(tmp_path):
    bad = tmp_path / "bad"
    bad.write_text("not a trace")
    r = run([PY, TRACE_PY, "list", str(bad)])
    assert r.returncode != 0 and "not a trace file" in r.stdout, r.stdout
    r = run([PY, TRACE_PY, "list", str(tmp_path / "missing")])
    assert r.returncode != 0 and "cannot read" in r.stdout, r.stdout


def test_gdb_hbreak_main_backtrace(hello):
    out = gdb_session(hello, ["set backtrace past-main on",
                              "hbreak main", "continue", "bt",
                              "uk trace", "kill"])
    assert "Breakpoint 1, main (" in out, out
    bt = [l for l in out.splitlines() if l.startswith("#")]
    assert bt and " main (" in bt[0], out
    assert any("main_thread" in l for l in bt), out
    # the helper is loaded and tells why there is nothing to trace
    assert "no trace buffer" in out, out
