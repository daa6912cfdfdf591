/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * exit(), _Exit() and atexit(). Leaving the program shuts the unikernel
 * down: the status reaches the host where the platform can pass it on
 * (see ukplat_exit()).
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include <uk/essentials.h>
#include <uk/plat/bootstrap.h>

#define ATEXIT_MAX	32

static void (*atexit_fns[ATEXIT_MAX])(void);
static unsigned int atexit_count;

int atexit(void (*function)(void))
{
	if (atexit_count == ATEXIT_MAX) {
		errno = ENOMEM;
		return -1;
	}
	atexit_fns[atexit_count++] = function;
	return 0;
}

void exit(int status)
{
	/* a handler calling exit() resumes with the next handler */
	while (atexit_count)
		atexit_fns[--atexit_count]();
	ukplat_exit(status);
}

void _Exit(int status)
{
	ukplat_exit(status);
}

void _exit(int status)
{
	ukplat_exit(status);
}
