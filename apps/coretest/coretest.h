/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A tiny test runner: ct_run(name, fn) runs fn and prints "PASS name" or
 * "FAIL name"; CT_CHECK(cond) inside fn records a failure and prints the
 * condition. main() prints "coretest: N passed, M failed".
 */
#ifndef __CORETEST_H__
#define __CORETEST_H__

#include <stdio.h>

extern int ct_failed_checks;

#define CT_CHECK(cond)							\
	do {								\
		if (!(cond)) {						\
			ct_failed_checks++;				\
			printf("  check failed: %s:%d: %s\n",		\
			       __FILE__, __LINE__, #cond);		\
		}							\
	} while (0)

void ct_run(const char *name, void (*fn)(void));

void run_alloc_tests(void);
void run_sched_tests(void);
void run_libc_tests(void);

#endif
