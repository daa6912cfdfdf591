# SPDX-License-Identifier: BSD-3-Clause
"""gdb helpers for Unikraft images, loaded automatically as
<image>.dbg.gdb.py when gdb opens the .dbg image (enable it with
`add-auto-load-safe-path <dir>` or `set auto-load safe-path /`).

Commands:
  uk klog    print the kernel message ring buffer (ukdebug's uk_klog)
"""
import gdb


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


UkPrefix()
UkKlog()
