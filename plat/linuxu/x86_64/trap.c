/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The x86_64 crash report from a fault signal: Linux saves the trap
 * number, error code and CR2 of the exception in the signal context, so
 * the registers become a struct __regs and the report is the one kvm
 * prints (plat/common/x86/trap_report.c).
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <x86/traps.h>
#include <linuxu/setup.h>

/* struct sigcontext of x86_64 Linux, inside the ucontext */
struct linuxu_mcontext {
	unsigned long r8, r9, r10, r11, r12, r13, r14, r15;
	unsigned long rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip;
	unsigned long eflags;
	unsigned short cs, gs, fs, ss;
	unsigned long err, trapno, oldmask, cr2;
	void *fpstate;
	unsigned long reserved[8];
};

struct linuxu_ucontext {
	unsigned long flags;
	struct linuxu_ucontext *link;
	struct linuxu_stack stack;
	struct linuxu_mcontext mc;
	linuxu_sigset_t sigmask;
};

/* Only CR2 is known to a process: Linux hands it over */
void x86_sysregs_dump(unsigned long fault_addr)
{
	uk_pr_crit("CR2: %016lx\n", fault_addr);
}

void linuxu_trap_report(int sig __unused,
			const struct linuxu_siginfo *si __unused,
			void *ucontext)
{
	const struct linuxu_mcontext *mc =
		&((struct linuxu_ucontext *)ucontext)->mc;
	struct __regs regs = {
		.r15 = mc->r15, .r14 = mc->r14, .r13 = mc->r13,
		.r12 = mc->r12, .rbp = mc->rbp, .rbx = mc->rbx,
		.r11 = mc->r11, .r10 = mc->r10, .r9 = mc->r9, .r8 = mc->r8,
		.rax = mc->rax, .rcx = mc->rcx, .rdx = mc->rdx,
		.rsi = mc->rsi, .rdi = mc->rdi,
		.vector = mc->trapno, .error_code = mc->err,
		.rip = mc->rip, .cs = mc->cs, .rflags = mc->eflags,
		.rsp = mc->rsp, .ss = mc->ss,
	};

	x86_trap_report(&regs, mc->cr2);
}
