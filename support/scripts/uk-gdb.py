# SPDX-License-Identifier: BSD-3-Clause
"""gdb helpers for Unikraft images. The build links this file as
build/<image>.dbg.gdb.py (load it with `gdb -x` or `source`) and as
build/<image>.dbg-gdb.py, which gdb loads by itself when it opens the .dbg
image and the build directory is trusted
(`-iex "add-auto-load-safe-path build/"`).

Commands:
  uk klog             print the kernel message ring buffer (ukdebug's uk_klog)
  uk trace            print the tracepoint samples recorded so far
  uk trace save FILE  save them (with the tracepoint descriptions) for
                      support/scripts/uk_trace/trace.py list FILE
  uk threads          list the threads the schedulers know
"""
import os
import sys

import gdb

# This file is reached through build/<image>.dbg.gdb.py, a link: the
# uk_trace package is next to the real file
sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
from uk_trace import parse as trace_parse  # noqa: E402


class UkPrefix(gdb.Command):
    """Unikraft helper commands."""

    def __init__(self):
        super().__init__("uk", gdb.COMMAND_USER, prefix=True)


class UkKlog(gdb.Command):
    """Print the last kernel messages kept in guest memory."""

    def __init__(self):
        super().__init__("uk klog", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        try:
            buf = gdb.parse_and_eval("uk_klog")
            pos = int(gdb.parse_and_eval("uk_klog_pos"))
        except gdb.error:
            raise gdb.GdbError("this image keeps no kernel message buffer "
                               "(CONFIG_LIBUKDEBUG_KLOG_SIZE is 0?)")
        size = int(buf.type.sizeof)
        mem = bytes(gdb.selected_inferior().read_memory(buf.address, size))
        if pos <= size:
            text = mem[:pos]
        else:
            start = pos % size
            text = mem[start:] + mem[:start]
        gdb.write(text.decode("utf-8", "replace"))


def _image_path():
    path = gdb.current_progspace().filename
    if not path:
        raise gdb.GdbError("no image loaded (gdb build/<image>.dbg)")
    return path


def _read_trace():
    """(tracepoints, buffer bytes, dropped) from the running guest."""
    try:
        used = int(gdb.parse_and_eval("uk_trace_buffer_used"))
        addr = int(gdb.parse_and_eval("(unsigned long)&uk_trace_buffer"))
        dropped = int(gdb.parse_and_eval("uk_trace_dropped"))
    except gdb.error:
        raise gdb.GdbError("this image has no trace buffer "
                           "(CONFIG_LIBUKDEBUG_TRACEPOINTS is off)")
    buf = bytes(gdb.selected_inferior().read_memory(addr, used)) \
        if used else b""
    try:
        tps = trace_parse.tracepoints_from_elf(_image_path())
    except (trace_parse.TraceError, OSError) as e:
        raise gdb.GdbError(str(e))
    return tps, buf, dropped


class UkTrace(gdb.Command):
    """Print the tracepoint samples recorded so far (time, tracepoint,
message). uk trace save FILE writes them to a file for trace.py."""

    def __init__(self):
        super().__init__("uk trace", gdb.COMMAND_USER, prefix=True)

    def invoke(self, arg, from_tty):
        if arg.strip():
            raise gdb.GdbError("unknown argument %r (uk trace save FILE?)"
                               % arg)
        tps, buf, dropped = _read_trace()
        try:
            smpls = trace_parse.samples(buf, tps)
        except trace_parse.TraceError as e:
            raise gdb.GdbError(str(e))
        for s in smpls:
            gdb.write("%s\n" % s)
        if not smpls:
            gdb.write("no tracepoint samples recorded\n")
        if dropped:
            gdb.write("%d samples dropped (trace buffer full)\n" % dropped)


class UkTraceSave(gdb.Command):
    """Save the trace buffer and tracepoint descriptions: uk trace save
FILE. Read it with support/scripts/uk_trace/trace.py list FILE."""

    def __init__(self):
        super().__init__("uk trace save", gdb.COMMAND_USER,
                         gdb.COMPLETE_FILENAME)

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        if len(argv) != 1:
            raise gdb.GdbError("usage: uk trace save FILE")
        tps, buf, dropped = _read_trace()
        trace_parse.save(argv[0], tps, buf, image=_image_path(),
                         dropped=dropped)
        gdb.write("saved %d bytes of samples to %s\n" % (len(buf),
                                                         argv[0]))


def _tailq(head):
    """Threads of a UK_TAILQ of struct uk_thread (via thread_list)."""
    t = head["tqh_first"]
    while int(t):
        yield t
        t = t["thread_list"]["tqe_next"]


class UkThreads(gdb.Command):
    """List the threads: the running one, then per scheduler the idle
thread, the run queue and the sleep queue (ukschedcoop). Threads blocked
on a wait queue without a timeout are in no scheduler list and are not
shown unless running."""

    def __init__(self):
        super().__init__("uk threads", gdb.COMMAND_USER)

    @staticmethod
    def _line(mark, t, where):
        name = t["name"]
        name = name.string() if int(name) else "<unnamed>"
        gdb.write("%s %-18s %-20s flags=0x%x stack=0x%x where=%s\n" % (
            mark, "0x%x" % int(t), name, int(t["flags"]),
            int(t["stack"]), where))

    def invoke(self, arg, from_tty):
        try:
            cur = gdb.parse_and_eval("_uk_thread_current")
            sched = gdb.parse_and_eval("uk_sched_head")
        except gdb.error:
            raise gdb.GdbError("this image has no threads (uksched)")
        if int(cur):
            self._line("*", cur, "running")
        else:
            gdb.write("no thread running yet (scheduler not started)\n")
        seen = {int(cur)}
        coop = None
        try:
            coop = gdb.lookup_type("struct schedcoop").pointer()
        except gdb.error:
            pass
        while int(sched):
            idle = sched["idle"]
            if int(idle) and int(idle) not in seen:
                seen.add(int(idle))
                self._line(" ", idle, "idle")
            if coop is not None and int(sched["prv"]):
                c = sched["prv"].cast(coop)
                for q in ("run_queue", "sleep_queue"):
                    for t in _tailq(c[q]):
                        if int(t) not in seen:
                            seen.add(int(t))
                            self._line(" ", t, q)
            sched = sched["next"]


UkPrefix()
UkKlog()
UkTrace()
UkTraceSave()
UkThreads()
