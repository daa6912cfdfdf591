# SPDX-License-Identifier: BSD-3-Clause
"""Decode tracepoint data of an image (lib/ukdebug, <uk/trace.h>).

- tracepoints_from_elf(path): the descriptions in the .dbg image's
  .debug_uk_tracepoints section: key, name, format, argument kinds.
- samples(buf, tps): decode the guest's uk_trace_buffer into Samples.
- save()/load(): the trace file written by `uk trace save` (JSON holding
  the descriptions and the raw buffer), read by trace.py.
No dependencies beyond the Python standard library.
"""
import base64
import json
import re
import struct

SECTION = ".debug_uk_tracepoints"
REG_MAGIC = 0x55545031
ARG_SIGNED, ARG_UNSIGNED, ARG_POINTER, ARG_STRING = 1, 2, 3, 4
SAMPLE_HDR = struct.Struct("<QQII")
FILE_FORMAT = "uk-trace/1"


class TraceError(Exception):
    pass


class Tracepoint:
    def __init__(self, key, name, fmt, kinds):
        self.key = key
        self.name = name
        self.fmt = fmt
        self.kinds = kinds

    def to_json(self):
        return {"key": self.key, "name": self.name, "fmt": self.fmt,
                "kinds": self.kinds}

    @classmethod
    def from_json(cls, d):
        return cls(int(d["key"]), d["name"], d["fmt"], list(d["kinds"]))


def elf_section(path, name):
    """Contents of section name of a little-endian ELF64 file, or None."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        raise TraceError("%s is not an ELF file" % path)
    if data[4] != 2 or data[5] != 1:
        raise TraceError("%s: only little-endian ELF64 is supported" % path)
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)

    def shdr(i):
        return struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)

    strtab = shdr(shstrndx)
    stroff = strtab[4]
    for i in range(shnum):
        h = shdr(i)
        end = data.index(b"\0", stroff + h[0])
        if data[stroff + h[0]:end].decode() == name:
            return data[h[4]:h[4] + h[5]]
    return None


def tracepoints_from_elf(path):
    """{key: Tracepoint} from the .dbg image (empty if it has none)."""
    sec = elf_section(path, SECTION)
    tps = {}
    if not sec:
        return tps
    off = 0
    while off + 24 <= len(sec):
        magic, size, key = struct.unpack_from("<IIQ", sec, off)
        if magic != REG_MAGIC or size < 24:
            off += 8            # padding between object files
            continue
        argc = sec[off + 16]
        kinds = list(sec[off + 17:off + 17 + argc])
        strings = sec[off + 24:off + size].split(b"\0")
        name, fmt = strings[0].decode(), strings[1].decode()
        if key:                 # 0: dropped by the linker, never called
            tps[key] = Tracepoint(key, name, fmt, kinds)
        off += size
    return tps


class Sample:
    def __init__(self, time_ns, tp, args, key):
        self.time_ns = time_ns
        self.tp = tp
        self.args = args
        self.key = key

    @property
    def name(self):
        return self.tp.name if self.tp else "<unknown 0x%x>" % self.key

    @property
    def time(self):
        return "%d.%09d" % divmod(self.time_ns, 1000000000)

    @property
    def message(self):
        if not self.tp:
            return " ".join(str(a) for a in self.args)
        return format_message(self.tp.fmt, self.args, self.tp.kinds)

    def __str__(self):
        return "%s %s: %s" % (self.time, self.name, self.message)


def samples(buf, tps):
    """Decode a trace buffer (bytes up to uk_trace_buffer_used)."""
    out = []
    off = 0
    while off + SAMPLE_HDR.size <= len(buf):
        time_ns, key, size, argc = SAMPLE_HDR.unpack_from(buf, off)
        if size < SAMPLE_HDR.size or off + size > len(buf):
            raise TraceError("corrupt trace buffer at offset %d" % off)
        tp = tps.get(key)
        p = off + SAMPLE_HDR.size
        args = []
        for i in range(argc):
            kind = tp.kinds[i] if tp and i < len(tp.kinds) else ARG_UNSIGNED
            if kind == ARG_STRING:
                n = buf[p]
                args.append(buf[p + 1:p + 1 + n].decode("utf-8",
                                                        "replace"))
                p += 1 + n
            else:
                v, = struct.unpack_from("<Q", buf, p)
                if kind == ARG_SIGNED and v >= 1 << 63:
                    v -= 1 << 64
                args.append(v)
                p += 8
        out.append(Sample(time_ns, tp, args, key))
        off += size
    return out


_CONV = re.compile(r"%([-+ #0]*)(\d+|\*)?(?:\.(\d+))?"
                   r"(hh|h|ll|l|j|z|t|L|q)?([diouxXcspfFeEgGaA%])")
_BITS = {"hh": 8, "h": 16, None: 32, "l": 64, "ll": 64, "q": 64, "j": 64,
         "z": 64, "t": 64, "L": 64}


def _conv(flags, width, prec, length, conv, arg):
    spec = "%" + flags + (width or "") + ("." + prec if prec else "")
    if conv == "s":
        return (spec + "s") % (arg if isinstance(arg, str) else
                               "0x%x" % arg)
    if isinstance(arg, str):
        return arg
    bits = _BITS.get(length, 64)
    if conv in "di":
        v = arg & ((1 << bits) - 1)
        if v >= 1 << (bits - 1):
            v -= 1 << bits
        return (spec + "d") % v
    if conv in "ouxX":
        v = arg & ((1 << bits) - 1)
        return (spec + ("d" if conv == "u" else conv)) % v
    if conv == "c":
        return (spec + "c") % chr(arg & 0xff)
    if conv == "p":
        return (spec + "s") % ("0x%x" % arg if arg else "(nil)")
    # floating point arguments are not recorded: show the raw bits
    return "0x%x" % arg


def format_message(fmt, args, kinds=()):
    """fmt applied to the recorded arguments, like the guest's printf."""
    out = []
    pos = 0
    i = 0
    for m in _CONV.finditer(fmt):
        out.append(fmt[pos:m.start()])
        pos = m.end()
        flags, width, prec, length, conv = m.groups()
        if conv == "%":
            out.append("%")
            continue
        if width == "*":
            width = str(args[i]) if i < len(args) else ""
            i += 1
        if i >= len(args):
            out.append(m.group(0))
            continue
        out.append(_conv(flags, width, prec, length, conv, args[i]))
        i += 1
    out.append(fmt[pos:])
    return "".join(out)


def save(path, tps, buf, image=None, dropped=0):
    with open(path, "w") as f:
        json.dump({"format": FILE_FORMAT, "image": image,
                   "dropped": dropped,
                   "tracepoints": [t.to_json() for t in tps.values()],
                   "buffer": base64.b64encode(bytes(buf)).decode()},
                  f, indent=1)
        f.write("\n")


def load(path):
    """(tracepoints, buffer bytes, dropped) from a saved trace file."""
    try:
        with open(path) as f:
            d = json.load(f)
    except OSError as e:
        raise TraceError("cannot read trace file %s: %s" % (path,
                                                           e.strerror))
    except ValueError:
        d = None
    if not isinstance(d, dict) or d.get("format") != FILE_FORMAT:
        raise TraceError("%s is not a trace file (%s, written by the gdb "
                         "command uk trace save)" % (path, FILE_FORMAT))
    try:
        tps = {}
        for t in d["tracepoints"]:
            tp = Tracepoint.from_json(t)
            tps[tp.key] = tp
        return tps, base64.b64decode(d["buffer"]), int(d.get("dropped",
                                                             0))
    except (KeyError, TypeError, ValueError) as e:
        raise TraceError("%s: damaged trace file (%s)" % (path, e))


def table(smpls):
    """Rows time / tracepoint / message as aligned text."""
    rows = [("time", "tracepoint", "message")]
    rows += [(s.time, s.name, s.message) for s in smpls]
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = ["%-*s  %-*s  %s" % (w0, r[0], w1, r[1], r[2]) for r in rows]
    lines.insert(1, "%s  %s  %s" % ("-" * w0, "-" * w1, "-" * 7))
    return "\n".join(l.rstrip() for l in lines)
