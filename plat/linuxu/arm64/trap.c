/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The arm64 crash report from a fault signal: the registers Linux saved
 * in the signal context become a struct __regs (PC as ELR, PSTATE as
 * SPSR, the fault address as FAR, the syndrome from the context's ESR
 * record) and the report is the one kvm prints
 * (plat/common/arm/trap_report.c). Without an ESR record (signals that
 * are not aborts) the exception class is unknown: only the registers and
 * the backtrace are printed.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <arm/traps.h>
#include <linuxu/setup.h>

#define CTX_ESR_MAGIC		0x45535201
#define CTX_RESERVED_SIZE	4096

/* struct sigcontext of arm64 Linux, inside the ucontext */
struct linuxu_mcontext {
	unsigned long fault_address;
	unsigned long regs[31];
	unsigned long sp;
	unsigned long pc;
	unsigned long pstate;
	/* records (FP/SIMD, ESR, ...), each {magic, size}, then {0, 0} */
	unsigned char reserved[CTX_RESERVED_SIZE] __align(16);
};

struct linuxu_ucontext {
	unsigned long flags;
	struct linuxu_ucontext *link;
	struct linuxu_stack stack;
	linuxu_sigset_t sigmask;
	char unused[1024 / 8 - sizeof(linuxu_sigset_t)];
	struct linuxu_mcontext mc __align(16);
};

struct ctx_record {
	__u32 magic;
	__u32 size;
};

/* The syndrome Linux recorded for the fault, 0 if there is none */
static unsigned long ctx_esr(const struct linuxu_mcontext *mc)
{
	__sz off = 0;

	while (off + sizeof(struct ctx_record) <= CTX_RESERVED_SIZE) {
		const struct ctx_record *r =
			(const struct ctx_record *)&mc->reserved[off];

		if (!r->magic || r->size < sizeof(*r) ||
		    off + r->size > CTX_RESERVED_SIZE)
			break;
		if (r->magic == CTX_ESR_MAGIC && r->size >= 16)
			return *(const __u64 *)(r + 1);
		off += r->size;
	}
	return 0;
}

void linuxu_trap_report(int sig,
			const struct linuxu_siginfo *si __unused,
			void *ucontext)
{
	const struct linuxu_mcontext *mc =
		&((struct linuxu_ucontext *)ucontext)->mc;
	struct __regs regs;
	int i;

	for (i = 0; i < 31; i++)
		regs.x[i] = mc->regs[i];
	regs.sp = mc->sp;
	regs.elr = mc->pc;
	regs.spsr = mc->pstate;
	regs.far = mc->fault_address;
	regs.esr = ctx_esr(mc);
	if (regs.esr) {
		arm64_trap_report(&regs);
	} else {
		/* without a syndrome, a SIGSEGV's address is all we know */
		if (sig == LINUXU_SIGSEGV)
			ukplat_page_guard_report(regs.far);
		uk_pr_crit("Unhandled exception at %016lx (no syndrome from "
			   "Linux)\n", mc->pc);
		arm64_regs_backtrace(&regs);
	}
}
