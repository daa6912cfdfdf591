/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The arm64 crash report from a fault signal: the general registers,
 * stack pointer, program counter and PSTATE Linux saved in the signal
 * context, the fault address, and a frame-pointer backtrace.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/backtrace.h>
#include <linuxu/setup.h>

/* struct sigcontext of arm64 Linux, inside the ucontext */
struct linuxu_mcontext {
	unsigned long fault_address;
	unsigned long regs[31];
	unsigned long sp;
	unsigned long pc;
	unsigned long pstate;
	/* followed by the FP/SIMD and ESR records */
};

struct linuxu_ucontext {
	unsigned long flags;
	struct linuxu_ucontext *link;
	struct linuxu_stack stack;
	linuxu_sigset_t sigmask;
	char unused[1024 / 8 - sizeof(linuxu_sigset_t)];
	struct linuxu_mcontext mc __align(16);
};

void linuxu_trap_report(int sig, const struct linuxu_siginfo *si __unused,
			void *ucontext)
{
	static int in_trap;
	const struct linuxu_mcontext *mc =
		&((struct linuxu_ucontext *)ucontext)->mc;
	int i;

	if (in_trap++) {
		uk_pr_crit("Nested fault at %016lx while handling a fault\n",
			   mc->pc);
		return;
	}
	uk_pr_crit("Unhandled exception (%s) at pc %016lx, fault address "
		   "%016lx\n", linuxu_signame(sig), mc->pc, mc->fault_address);
	uk_pr_crit("PC: %016lx  SP: %016lx  PSTATE: %08lx\n", mc->pc, mc->sp,
		   mc->pstate);
	for (i = 0; i < 30; i += 3) {
		uk_pr_crit("X%-2d: %016lx  X%-2d: %016lx  X%-2d: %016lx\n",
			   i, mc->regs[i], i + 1, mc->regs[i + 1],
			   i + 2, mc->regs[i + 2]);
	}
	uk_pr_crit("X30: %016lx\n", mc->regs[30]);
	uk_pr_crit("Backtrace (innermost first), exception at %016lx:\n",
		   mc->pc);
	uk_backtrace_fp(mc->regs[29]);
}
