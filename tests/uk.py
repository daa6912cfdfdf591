# SPDX-License-Identifier: BSD-3-Clause
"""Host-side helpers: build an app for a target, boot it in QEMU, read the
serial console.

Every build goes to its own directory under the session's scratch area
(keyed by app, target and configuration), so tests can run in parallel
without touching the app directories. Every QEMU started here runs in its
own process group and is killed on timeout or when the test ends.
"""
import fcntl
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APPS = os.path.join(ROOT, "apps")
LIBS = os.path.join(ROOT, "libs")
SCRATCH = os.environ.get("UK_TEST_SCRATCH") or os.path.join(
    tempfile.gettempdir(), "uk-tests-%d" % os.getuid())

TARGETS = {
    "kvm-x86_64": ("CONFIG_PLAT_KVM", "CONFIG_ARCH_X86_64"),
    "kvm-arm64": ("CONFIG_PLAT_KVM", "CONFIG_ARCH_ARM_64"),
    "linuxu-x86_64": ("CONFIG_PLAT_LINUXU", "CONFIG_ARCH_X86_64"),
    "linuxu-arm64": ("CONFIG_PLAT_LINUXU", "CONFIG_ARCH_ARM_64"),
}


# Builds this process made (make still runs once per process: it is
# incremental, so sources changed since an earlier run are rebuilt)
_BUILT = set()


class BuildError(Exception):
    pass


class Build:
    """A configured build of one app for one target."""

    def __init__(self, app, target="kvm-x86_64", config=None, libs=(),
                 name=None):
        self.app = app if os.path.isabs(app) else os.path.join(APPS, app)
        self.target = target
        self.config = dict(config or {})
        self.libs = [l if os.path.isabs(l) else os.path.join(LIBS, l)
                     for l in libs]
        key = repr((self.app, target, sorted(self.config.items()),
                    self.libs))
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        self.dir = os.path.join(
            SCRATCH, name or "%s-%s-%s" % (os.path.basename(self.app),
                                           target, digest))
        self.builddir = os.path.join(self.dir, "build")
        self.configfile = os.path.join(self.dir, "config")
        self.log = ""

    def make_args(self, *targets):
        args = ["make", "-C", ROOT, "A=" + self.app, "O=" + self.builddir,
                "C=" + self.configfile]
        if self.libs:
            args.append("L=" + ":".join(self.libs))
        return args + list(targets)

    def write_config(self):
        plat, arch = TARGETS[self.target]
        lines = ["%s=y" % plat, "%s=y" % arch]
        # One target, one image: other platforms are off unless the
        # configuration asks for them too
        asked = {k if k.startswith("CONFIG_") else "CONFIG_" + k
                 for k in self.config}
        for other in sorted({p for p, _ in TARGETS.values()}):
            if other != plat and other not in asked:
                lines.append("# %s is not set" % other)
        for k, v in self.config.items():
            k = k if k.startswith("CONFIG_") else "CONFIG_" + k
            if v is None or v is False or v == "n":
                lines.append("# %s is not set" % k)
            elif v is True:
                lines.append("%s=y" % k)
            elif isinstance(v, int):
                lines.append("%s=%d" % (k, v))
            else:
                lines.append('%s="%s"' % (k, v) if not str(v) in "ym"
                             else "%s=%s" % (k, v))
        os.makedirs(self.dir, exist_ok=True)
        text = "\n".join(lines) + "\n"
        try:
            with open(self.configfile) as f:
                if f.read() == text:
                    return  # unchanged: make has nothing to redo
        except OSError:
            pass
        with open(self.configfile, "w") as f:
            f.write(text)

    def build(self, jobs=2, timeout=600):
        """Configure and build; returns self. Shared across workers."""
        os.makedirs(self.dir, exist_ok=True)
        with open(os.path.join(self.dir, ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self.dir in _BUILT:
                return self
            self.write_config()
            r = run(self.make_args("-j%d" % jobs), timeout=timeout)
            self.log = r.stdout
            if r.returncode != 0:
                raise BuildError("build of %s for %s failed (exit %d):\n%s"
                                 % (self.app, self.target, r.returncode,
                                    r.stdout[-6000:]))
            _BUILT.add(self.dir)
        return self

    @property
    def name(self):
        return os.path.basename(self.app)

    @property
    def image(self):
        return os.path.join(self.builddir, "%s_%s" % (self.name,
                                                       self.target))

    def config_value(self, key):
        key = key if key.startswith("CONFIG_") else "CONFIG_" + key
        with open(self.configfile) as f:
            for line in f:
                if line.startswith(key + "="):
                    return line.strip().split("=", 1)[1]
        return None


def run(args, timeout=120, cwd=None, env=None, input=None):
    """Run a command, stdout+stderr merged; kill its group on timeout."""
    p = subprocess.Popen(args, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, stdin=subprocess.PIPE
                         if input is not None else subprocess.DEVNULL,
                         cwd=cwd, env=env, start_new_session=True,
                         text=True, errors="replace")
    try:
        out, _ = p.communicate(input=input, timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(p)
        out, _ = p.communicate()
        out += "\n[harness: killed after %ss timeout]\n" % timeout
        return subprocess.CompletedProcess(args, -9, out, None)
    return subprocess.CompletedProcess(args, p.returncode, out, None)


def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def free_port():
    """A TCP port on 127.0.0.1 that is free right now."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_listening(port, proc, timeout=20):
    """Wait until something accepts connections on 127.0.0.1:port (a gdb
    server, a forwarded port); fail with proc's output if proc exits
    first, or after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            assert proc.poll() is None, proc.stdout.read().decode()
            assert time.monotonic() < deadline, (
                "nothing listens on port %d after %ss" % (port, timeout))
            time.sleep(0.1)


def kvm_usable():
    return os.access("/dev/kvm", os.R_OK | os.W_OK)


class Boot:
    """Result of one QEMU run: console output, exit status, duration."""

    def __init__(self, cmd, output, returncode, seconds, timed_out):
        self.cmd = cmd
        self.output = output
        self.returncode = returncode
        self.seconds = seconds
        self.timed_out = timed_out

    def explain(self):
        return ("command: %s\nexit status: %s%s\n"
                "--- console output ---\n%s\n--- end ---"
                % (" ".join(self.cmd), self.returncode,
                   " (TIMED OUT)" if self.timed_out else "", self.output))

    def expect(self, *texts):
        """Assert every text appears, in order; show the console if not."""
        pos = 0
        for t in texts:
            i = self.output.find(t, pos)
            assert i >= 0, "expected %r in the console output\n%s" % (
                t, self.explain())
            pos = i + len(t)
        return self

    def expect_uktest(self, min_suites=1, min_cases=1):
        """Check the uktest output (lib/uktest): the whole-run summary
        is there, nothing failed and at least the given numbers of suites
        and cases ran. Returns a UktestResult; fails showing the console
        and the failed expectations otherwise."""
        r = parse_uktest(self.output)
        assert r.summary, ("no uktest summary line (uktest: N suites, M "
                           "cases, K failed) in the console output\n%s"
                           % self.explain())
        assert not r.failed and not r.failed_lines, (
            "uktest: %d failed (cases or suite inits):\n%s\n%s"
            % (r.failed, "\n".join(r.failed_lines), self.explain()))
        assert r.suites >= min_suites and r.cases >= min_cases, (
            "uktest ran %d suites / %d cases, expected at least %d / %d\n%s"
            % (r.suites, r.cases, min_suites, min_cases, self.explain()))
        return r


def qemu_cmd(image, arch="x86_64", append=None, mem=64, kvm=False,
             extra=(), machine=None, cpu=None):
    """machine/cpu: QEMU's -machine and -cpu (arm64 defaults: virt,
    cortex-a57; x86_64: QEMU's own defaults)."""
    if arch == "x86_64":
        cmd = ["qemu-system-x86_64"]
        cmd += ["-machine", machine] if machine else []
        cmd += ["-cpu", cpu] if cpu else []
    else:
        cmd = ["qemu-system-aarch64", "-machine", machine or "virt",
               "-cpu", cpu or "cortex-a57"]
    cmd += ["-kernel", image, "-nographic", "-m", str(mem)]
    if kvm:
        cmd += ["-enable-kvm"]
    if append is not None:
        cmd += ["-append", append]
    return cmd + list(extra)


def boot(image, arch=None, append=None, mem=64, kvm=False, extra=(),
         timeout=30, cmd=None, machine=None, cpu=None):
    """Boot an image under QEMU (TCG unless kvm=True) and wait for it to
    exit by itself; on timeout it is killed and timed_out is set."""
    if arch is None:
        arch = "arm64" if image.endswith("arm64") else "x86_64"
    cmd = cmd or qemu_cmd(image, arch, append, mem, kvm, extra, machine,
                          cpu)
    start = time.monotonic()
    r = run(cmd, timeout=timeout)
    return Boot(cmd, r.stdout, r.returncode, time.monotonic() - start,
                r.returncode == -9 and "[harness: killed" in r.stdout)


def linuxu_cmd(image, args=()):
    """The command that runs a linuxu image: directly on a matching host,
    under qemu-aarch64 (user mode) for an arm64 image on another host."""
    cmd = [image] + list(args)
    if image.endswith("arm64") and os.uname().machine != "aarch64":
        cmd = ["qemu-aarch64"] + cmd
    return cmd


def run_linuxu(image, args=(), timeout=30, input=None):
    """Run a linuxu image as a process and wait for it to exit; returns a
    Boot (output is stdout and stderr merged, returncode the exit
    status); on timeout it is killed and timed_out is set."""
    cmd = linuxu_cmd(image, args)
    start = time.monotonic()
    r = run(cmd, timeout=timeout, input=input)
    return Boot(cmd, r.stdout, r.returncode, time.monotonic() - start,
                r.returncode == -9 and "[harness: killed" in r.stdout)


UKTEST_SUMMARY = re.compile(
    r"uktest: (\d+) suites, (\d+) cases, (\d+) failed "
    r"\((\d+) expectations, (\d+) failed\)")
UKTEST_SUITE = re.compile(
    r"uktest: suite (\S+): (\d+) cases, (\d+) failed")


class UktestResult:
    """What lib/uktest printed: totals, per-suite results, the lines of
    failed expectations (with the test: line before them)."""

    def __init__(self):
        self.summary = False
        self.suites = self.cases = self.failed = 0
        self.expectations = self.expectations_failed = 0
        self.suite_results = {}     # name -> (cases, failed)
        self.failed_lines = []
        self.passed_lines = []


def parse_uktest(output):
    r = UktestResult()
    case = None
    for line in output.splitlines():
        line = line.rstrip("\r")
        if line.startswith("test: "):
            case = line[6:]
        elif line.endswith("[ PASSED ]"):
            r.passed_lines.append(line)
        elif line.endswith("[ FAILED ]"):
            r.failed_lines.append("%s%s" % (
                "" if line.startswith("uktest:") else
                "[%s] " % case, line.strip()))
        m = UKTEST_SUITE.search(line)
        if m:
            r.suite_results[m.group(1)] = (int(m.group(2)),
                                           int(m.group(3)))
        m = UKTEST_SUMMARY.search(line)
        if m:
            r.summary = True
            (r.suites, r.cases, r.failed, r.expectations,
             r.expectations_failed) = (int(g) for g in m.groups())
    return r
