/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash report of an x86_64 exception, shared by every x86 platform so
 * that a fault reads the same on kvm and on linuxu: the trap, what a page
 * fault was about, the general registers, the platform's system registers
 * (x86_sysregs_dump()) and a frame-pointer backtrace.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/backtrace.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/memory.h>
#include <x86/traps.h>

static const char *const trap_names[TRAP_NUM_EXCEPTIONS] = {
	[TRAP_divide_error]	= "divide error",
	[TRAP_debug]		= "debug",
	[TRAP_nmi]		= "non-maskable interrupt",
	[TRAP_int3]		= "breakpoint",
	[TRAP_overflow]		= "overflow",
	[TRAP_bounds]		= "bound range exceeded",
	[TRAP_invalid_op]	= "invalid opcode",
	[TRAP_no_device]	= "device not available",
	[TRAP_double_fault]	= "double fault",
	[TRAP_coproc_overrun]	= "coprocessor segment overrun",
	[TRAP_invalid_tss]	= "invalid TSS",
	[TRAP_no_segment]	= "segment not present",
	[TRAP_stack_error]	= "stack-segment fault",
	[TRAP_gp_fault]		= "general protection fault",
	[TRAP_page_fault]	= "page fault",
	[TRAP_spurious_int]	= "reserved (15)",
	[TRAP_coproc_error]	= "x87 floating-point error",
	[TRAP_alignment_check]	= "alignment check",
	[TRAP_machine_check]	= "machine check",
	[TRAP_simd_error]	= "SIMD floating-point error",
	[TRAP_virt_error]	= "virtualization exception",
	[TRAP_control_prot]	= "control protection",
	[TRAP_security_error]	= "security exception",
};

const char *x86_trap_name(unsigned long vec)
{
	if (vec < TRAP_NUM_EXCEPTIONS && trap_names[vec])
		return trap_names[vec];
	return "reserved";
}

void x86_regs_dump(const struct __regs *regs)
{
	uk_pr_crit("RIP: %04lx:%016lx  RSP: %04lx:%016lx  RFLAGS: %08lx\n",
		   regs->cs, regs->rip, regs->ss, regs->rsp, regs->rflags);
	uk_pr_crit("RAX: %016lx  RBX: %016lx  RCX: %016lx\n",
		   regs->rax, regs->rbx, regs->rcx);
	uk_pr_crit("RDX: %016lx  RSI: %016lx  RDI: %016lx\n",
		   regs->rdx, regs->rsi, regs->rdi);
	uk_pr_crit("RBP: %016lx  R8:  %016lx  R9:  %016lx\n",
		   regs->rbp, regs->r8, regs->r9);
	uk_pr_crit("R10: %016lx  R11: %016lx  R12: %016lx\n",
		   regs->r10, regs->r11, regs->r12);
	uk_pr_crit("R13: %016lx  R14: %016lx  R15: %016lx\n",
		   regs->r13, regs->r14, regs->r15);
}

static void page_fault_explain(const struct __regs *regs,
			       unsigned long fault_addr)
{
	unsigned long e = regs->error_code;

	uk_pr_crit("Page fault at address %016lx: %s %s in %s mode%s\n",
		   fault_addr,
		   (e & 0x1) ? "protection violation on" :
			       "not-present page on",
		   (e & 0x10) ? "instruction fetch" :
		   ((e & 0x2) ? "write" : "read"),
		   (e & 0x4) ? "user" : "kernel",
		   (e & 0x8) ? " (reserved bit set)" : "");
	if (fault_addr < 4096)
		uk_pr_crit("(this looks like a NULL pointer dereference)\n");
}

void x86_trap_report(const struct __regs *regs, unsigned long fault_addr)
{
	static int in_trap;
	const char *name = x86_trap_name(regs->vector);

	if (in_trap++) {
		/* Fault while reporting a fault: say the minimum and go */
		uk_pr_crit("Nested trap %lu (%s) at %016lx while handling "
			   "a trap\n", regs->vector, name, regs->rip);
		ukplat_terminate(UKPLAT_CRASH);
	}

	/* #PF runs on its own stack: an overflowed one still gets here */
	if (regs->vector == TRAP_page_fault)
		ukplat_page_guard_report(fault_addr);
	uk_pr_crit("Unhandled trap %lu (%s), error code 0x%lx\n",
		   regs->vector, name, regs->error_code);
	if (regs->vector == TRAP_page_fault)
		page_fault_explain(regs, fault_addr);
	x86_regs_dump(regs);
	x86_sysregs_dump(fault_addr);
	uk_pr_crit("Backtrace (innermost first), trap at %016lx:\n",
		   regs->rip);
	uk_backtrace_fp(regs->rbp);
}
