/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Deliberate faults for tests/test_faults.py; the first argument picks:
 * null, div0, assert, crash, ud (invalid opcode), triple (x86_64: an
 * exception with an empty IDT, which resets the CPU), restart (asks the
 * platform to restart: boots again, for ever), wrro (write to read-only
 * data), execdata (jump into data), badsp (arm64: a push with the stack
 * pointer in unmapped memory), overflow (recursion without bound: in a
 * thread named "overflow" when a scheduler runs, else on the boot
 * stack), exit=N, echo (not a fault:
 * reads one line from the console and prints it back) and spawn=N (not
 * a fault, for bench/section-stackguard.py: creates and joins N threads
 * one after the other and prints the time each took).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/assert.h>
#include <uk/plat/bootstrap.h>
#include <uk/config.h>
#if CONFIG_LIBUKSCHED
#include <uk/thread.h>
#include <uk/plat/time.h>
#endif

static volatile int zero;
static const int read_only = 1;
static unsigned int data_words[4];

/* Each call keeps a frame of its own: no tail call, no inlining */
static unsigned long __attribute__((noinline)) recurse(unsigned long depth)
{
	volatile char frame[256];

	frame[0] = (char)depth;
	if (zero)
		return depth;	/* never: silences -Winfinite-recursion */
	if (!(depth % 64))
		printf("fault: depth %lu\n", depth);
	return recurse(depth + 1) + frame[0];
}

#if CONFIG_LIBUKSCHED
static void overflow_thread(void *arg __unused)
{
	recurse(1);
}

static void empty_thread(void *arg __unused)
{
}

static int spawn(long n)
{
	__nsec start = ukplat_monotonic_clock();
	struct uk_thread *t;
	long i;

	for (i = 0; i < n; i++) {
		t = uk_thread_create("spawn", empty_thread, NULL);
		if (!t || uk_thread_wait(t))
			return 1;
	}
	printf("fault: spawn %ld threads, %lu ns each\n", n,
	       (unsigned long)((ukplat_monotonic_clock() - start) / n));
	return 0;
}
#endif

int main(int argc, char *argv[])
{
	const char *what = argc > 1 ? argv[1] : "";

	printf("fault: %s\n", what);
	if (!strcmp(what, "null"))
		return *(volatile int *)(unsigned long)zero;
	if (!strcmp(what, "div0"))
		return 10 / zero;
	if (!strcmp(what, "assert"))
		UK_ASSERT(zero == 1);
	if (!strcmp(what, "crash"))
		UK_CRASH("deliberate crash %d\n", 42);
	if (!strcmp(what, "ud"))
		__builtin_trap();
#ifdef __x86_64__
	if (!strcmp(what, "triple")) {
		struct { unsigned short limit; unsigned long base; }
			__attribute__((packed)) empty_idt = { 0, 0 };

		__asm__ __volatile__("lidt %0; int3" : : "m"(empty_idt));
	}
#endif
	if (!strcmp(what, "restart"))
		ukplat_terminate(UKPLAT_RESTART);
#ifdef __aarch64__
	if (!strcmp(what, "badsp"))
		__asm__ __volatile__("mov sp, %0; stp x29, x30, [sp, #-16]!"
				     : : "r"(0x1000UL) : "memory");
#endif
#if CONFIG_LIBUKSCHED
	if (!strcmp(what, "overflow") && uk_thread_current()) {
		struct uk_thread *t;

		t = uk_thread_create("overflow", overflow_thread, NULL);
		if (!t || uk_thread_wait(t))
			printf("fault: could not run the overflow thread\n");
		printf("fault: overflow thread returned\n");
		return 1;
	}
	if (!strncmp(what, "spawn=", 6) && atol(what + 6) > 0)
		return spawn(atol(what + 6));
#endif
	if (!strcmp(what, "overflow"))	/* no scheduler: the boot stack */
		return (int)recurse(1);
	if (!strcmp(what, "wrro"))
		*(volatile int *)&read_only = 2;
	if (!strcmp(what, "execdata"))
		((void (*)(void))(unsigned long)data_words)();
	if (!strcmp(what, "echo")) {
		char line[64];

		if (fgets(line, sizeof(line), stdin))
			printf("fault: read '%.*s'\n",
			       (int)strcspn(line, "\n"), line);
		return 0;
	}
	if (!strncmp(what, "exit=", 5))
		return atoi(what + 5);
	printf("fault: nothing happened\n");
	return 0;
}
