/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Runs every library's own uktest suites (built with LIBUKTEST_ALL): they
 * run during boot; main only says that boot went on after them.
 */
#include <stdio.h>

int main(void)
{
	printf("uktests: main reached\n");
	return 0;
}
