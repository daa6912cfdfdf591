/* SPDX-License-Identifier: BSD-3-Clause */
/* Frame-pointer backtraces (x86_64 and arm64 share the record layout). */
#include <stddef.h>
#include <uk/backtrace.h>
#include <uk/print.h>

#define BACKTRACE_MAX 32

struct frame_record {
	struct frame_record *next;
	unsigned long ret;
};

void uk_backtrace_fp(unsigned long fp)
{
	struct frame_record *fr = (struct frame_record *)fp;

	_uk_printk(KLVL_CRIT, NULL, NULL, 0, "Backtrace:\n");
	for (int i = 0; i < BACKTRACE_MAX; i++) {
		if (!fr || ((unsigned long)fr & (sizeof(long) - 1)) ||
		    (unsigned long)fr < 4096 || !fr->ret)
			break;
		_uk_printk(KLVL_CRIT, NULL, NULL, 0, "  #%-2d 0x%016lx\n", i,
			   fr->ret);
		if (fr->next <= fr)	/* stacks grow down: must go up */
			break;
		fr = fr->next;
	}
}

void __noinline uk_backtrace(void)
{
	uk_backtrace_fp((unsigned long)__builtin_frame_address(0));
	/*
	 * Not a tail call: as one, this frame is popped before the walk
	 * starts, and uk_backtrace_fp() may overwrite the very frame record
	 * it is given (arm64 stores its own record further down).
	 */
	__asm__ __volatile__("" : : : "memory");
}
