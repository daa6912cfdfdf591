# SPDX-License-Identifier: BSD-3-Clause
"""lib/uktest on kvm-x86_64: the seeds' factorial suite passes and prints
its per-expectation lines, a wrong expectation makes the host check fail,
UK_TEST_ASSERT stops its case, and uktest's own suites pass."""
import os

import pytest

from uk import Build, boot, parse_uktest

APP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps",
                   "uktest-factorial")
PASSED_LINE = (": expected `factorial(2)` to be 2 but was 2 ", "[ PASSED ]")


@pytest.fixture(scope="module")
def factorial():
    return Build(APP, "kvm-x86_64", config={"LIBUKTEST": True}).build()


@pytest.fixture(scope="module")
def wrong():
    return Build(APP, "kvm-x86_64", config={
        "LIBUKTEST": True, "APPUKTESTFACTORIAL_WRONG": True}).build()


def test_factorial_prints_passed_line(factorial):
    b = boot(factorial.image)
    b.expect("test: factorial_testsuite->factorial_test_positive",
             *PASSED_LINE)
    line = next(l for l in b.output.splitlines() if "factorial(2)" in l)
    assert line.rstrip().endswith(".... [ PASSED ]"), b.explain()
    r = b.expect_uktest(min_suites=1, min_cases=2)
    assert r.suite_results["factorial_testsuite"] == (2, 0), b.explain()
    # the tests run before main, main still runs and the VM exits
    b.expect("uktest: 1 suites, 2 cases, 0 failed", "main reached")
    assert b.returncode == 0 and not b.timed_out, b.explain()


def test_wrong_expectation_fails_host_check(wrong):
    b = boot(wrong.image)
    with pytest.raises(AssertionError) as e:
        b.expect_uktest()
    msg = str(e.value)
    assert "factorial(3) == 7" in msg and "[ FAILED ]" in msg, msg
    r = parse_uktest(b.output)
    assert (r.suites, r.cases, r.failed) == (1, 2, 1), b.explain()
    b.expect("test: factorial_testsuite->factorial_test_zero",
             "expected `factorial(3) == 7` to hold", "[ FAILED ]",
             "at main.c:")
    # UK_TEST_ASSERT returned from the case: the next line never ran
    assert "factorial(4)" not in b.output, b.explain()


def test_missing_summary_fails_host_check(factorial):
    b = boot(factorial.image)
    b.output = b.output.replace("uktest: 1 suites", "uktest: lost")
    with pytest.raises(AssertionError, match="no uktest summary"):
        b.expect_uktest()


def test_failfast_crashes_on_first_failure():
    img = Build(APP, "kvm-x86_64", config={
        "LIBUKTEST": True, "LIBUKTEST_FAILFAST": True,
        "APPUKTESTFACTORIAL_WRONG": True}).build()
    b = boot(img.image, extra=["-device",
                               "isa-debug-exit,iobase=0xf4,iosize=0x04"])
    b.expect("[ FAILED ]", "fail-fast")
    assert "uktest: 1 suites" not in b.output, b.explain()
    assert "main reached" not in b.output, b.explain()
    assert b.returncode == (127 << 1) | 1, b.explain()


def test_uktest_self_and_list_suites():
    img = Build(APP, "kvm-x86_64", config={"LIBUKTEST": True,
                                           "LIBUKTEST_TEST": True}).build()
    b = boot(img.image)
    r = b.expect_uktest(min_suites=3)
    assert r.suite_results["uktest_self_testsuite"][1] == 0, b.explain()
    assert r.suite_results["uklist_testsuite"] == (6, 0), b.explain()
    # suite init ran before the first case; cases run in source order
    b.expect("uktest_self_testsuite->uktest_test_init_ran",
             "uktest_self_testsuite->uktest_test_booleans_and_pointers",
             "uktest_self_testsuite->uktest_test_numbers")
