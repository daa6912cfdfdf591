/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A tiny app for the linuxu tests: echoes every line of the console input
 * until its end, then returns the number given as first argument (0
 * without one), so the exit status can be checked.
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char *argv[])
{
	char line[128];
	int lines = 0;

	while (fgets(line, sizeof(line), stdin)) {
		printf("echo: %s", line);
		lines++;
	}
	printf("echo: end of input after %d lines\n", lines);
	return argc > 1 ? atoi(argv[1]) : 0;
}
