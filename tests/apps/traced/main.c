/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Two tracepoints around main's printf (the seeds' tracing example), plus
 * one with seven arguments of different kinds.
 */
#include <stdio.h>
#include <uk/trace.h>

UK_TRACEPOINT(trace_app_before_printf, "argc=%d first=%s", int,
	      const char *);
UK_TRACEPOINT(trace_app_after_printf, "printed %d bytes, tag 0x%lx", int,
	      unsigned long);
UK_TRACEPOINT(trace_app_seven, "%d %u %ld %lu %c %p %s", int, unsigned int,
	      long, unsigned long, char, void *, char *);
UK_TRACEPOINT(trace_app_noargs, "no arguments");

int main(int argc, char *argv[])
{
	int n;

	trace_app_before_printf(argc, argc > 1 ? argv[1] : "(none)");
	n = printf("Hello from a traced app\n");
	trace_app_after_printf(n, 0xdeadbeefUL);
	trace_app_seven(-7, 4000000000u, -1L, 18446744073709551615UL, 'x',
			(void *)0x1000, "seventh");
	trace_app_noargs();
	printf("traced app: done\n");
	return 0;
}
