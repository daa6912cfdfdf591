/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * coretest: exercises the core libraries (allocators, threads, locks,
 * mailboxes, time) and prints one PASS/FAIL line per test, then
 * "coretest: N passed, M failed". main returns the number of failures.
 */
#include <stdio.h>
#include "coretest.h"

int ct_failed_checks;
static int passed, failed;

void ct_run(const char *name, void (*fn)(void))
{
	ct_failed_checks = 0;
	fn();
	if (ct_failed_checks) {
		printf("FAIL %s\n", name);
		failed++;
	} else {
		printf("PASS %s\n", name);
		passed++;
	}
	fflush(stdout);
}

int main(int argc __attribute__((unused)),
	 char *argv[] __attribute__((unused)))
{
	run_alloc_tests();
	run_sched_tests();
	run_libc_tests();
	printf("coretest: %d passed, %d failed\n", passed, failed);
	fflush(stdout);
	return failed;
}
