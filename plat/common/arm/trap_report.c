/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash report of an arm64 exception, shared by every arm64 platform
 * so that a fault reads the same on kvm and on linuxu: the exception
 * class, what an abort was about (fault type, level, read or write, the
 * faulting address), all registers and a frame-pointer backtrace.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/backtrace.h>
#include <uk/asm/cpu.h>
#include <uk/plat/memory.h>
#include <arm/traps.h>

#define ESR_ABT_WNR		_BITUL(6)	/* write, not read */
#define ESR_ABT_FNV		_BITUL(10)	/* FAR not valid */
#define ESR_ABT_FSC_MASK	0x3f
/* A fault this close to sp is most likely on the stack itself */
#define STACK_NEAR		256

const char *arm64_ec_name(unsigned int ec)
{
	switch (ec) {
	case ESR_EC_UNKNOWN:	return "unknown reason (undefined instruction)";
	case ESR_EC_WFX:	return "WFI/WFE trapped";
	case ESR_EC_FP_ASIMD:	return "FP/SIMD access trapped";
	case ESR_EC_ILL:	return "illegal execution state";
	case ESR_EC_SVC64:	return "SVC";
	case ESR_EC_HVC64:	return "HVC";
	case ESR_EC_SMC64:	return "SMC";
	case ESR_EC_SYS64:	return "system register access trapped";
	case ESR_EC_IABT_LOW:	return "instruction abort, lower EL";
	case ESR_EC_IABT_CUR:	return "instruction abort, same EL";
	case ESR_EC_PC_ALIGN:	return "PC alignment fault";
	case ESR_EC_DABT_LOW:	return "data abort, lower EL";
	case ESR_EC_DABT_CUR:	return "data abort, same EL";
	case ESR_EC_SP_ALIGN:	return "SP alignment fault";
	case ESR_EC_FP_EXC64:	return "FP exception";
	case ESR_EC_SERROR:	return "SError";
	case ESR_EC_BREAKPT_CUR:return "hardware breakpoint";
	case ESR_EC_SOFTSTP_CUR:return "software step";
	case ESR_EC_WATCHPT_CUR:return "watchpoint";
	case ESR_EC_BRK64:	return "BRK instruction";
	default:		return "reserved or unexpected class";
	}
}

static const char *fsc_name(unsigned int fsc)
{
	switch (fsc & ~3U) {
	case 0x00:	return "address size fault";
	case 0x04:	return "translation fault";
	case 0x08:	return "access flag fault";
	case 0x0c:	return "permission fault";
	}
	switch (fsc) {
	case 0x10:	return "synchronous external abort";
	case 0x21:	return "alignment fault";
	case 0x30:	return "TLB conflict abort";
	default:	return "other fault";
	}
}

static void abort_explain(const struct __regs *regs, unsigned int ec)
{
	unsigned long iss = regs->esr & ESR_ISS_MASK;
	unsigned int fsc = iss & ESR_ABT_FSC_MASK;
	int data = (ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW);

	uk_pr_crit("%s: %s", data ? "Data abort" : "Instruction abort",
		   fsc_name(fsc));
	if (fsc < 0x10)
		uk_printk(KLVL_CRIT, " (level %u)", fsc & 3);
	if (data)
		uk_printk(KLVL_CRIT, " on %s",
			  (iss & ESR_ABT_WNR) ? "write" : "read");
	if (iss & ESR_ABT_FNV)
		uk_printk(KLVL_CRIT, ", address unknown\n");
	else
		uk_printk(KLVL_CRIT, " at address %016lx\n", regs->far);
	if (iss & ESR_ABT_FNV)
		return;
	if (data && regs->far < regs->sp + STACK_NEAR &&
	    regs->far + STACK_NEAR > regs->sp)
		uk_pr_crit("(next to the stack pointer: stack overflow or a "
			   "corrupted sp)\n");
	else if (regs->far < 4096)
		uk_pr_crit("(this looks like a NULL pointer dereference)\n");
}

void arm64_regs_dump(const struct __regs *regs)
{
	int i;

	uk_pr_crit("ELR: %016lx  SPSR: %08lx  SP: %016lx\n",
		   regs->elr, regs->spsr, regs->sp);
	uk_pr_crit("ESR: %08lx  FAR: %016lx\n", regs->esr, regs->far);
	for (i = 0; i < 30; i += 3)
		uk_pr_crit("X%-2d: %016lx  X%-2d: %016lx  X%-2d: %016lx\n",
			   i, regs->x[i], i + 1, regs->x[i + 1],
			   i + 2, regs->x[i + 2]);
	uk_pr_crit("X30: %016lx (LR)\n", regs->x[30]);
}

void arm64_regs_backtrace(const struct __regs *regs)
{
	arm64_regs_dump(regs);
	uk_pr_crit("Backtrace (innermost first), exception at %016lx:\n",
		   regs->elr);
	uk_backtrace_fp(regs->x[29]);
}

void arm64_trap_report(const struct __regs *regs)
{
	unsigned int ec = (regs->esr >> ESR_EC_SHIFT) & ESR_EC_MASK;

	if ((ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW) &&
	    !(regs->esr & ESR_ABT_FNV))
		ukplat_page_guard_report(regs->far);
	uk_pr_crit("Unhandled exception: EC 0x%02x (%s), ESR 0x%08lx\n",
		   ec, arm64_ec_name(ec), regs->esr);
	if (ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW ||
	    ec == ESR_EC_IABT_CUR || ec == ESR_EC_IABT_LOW)
		abort_explain(regs, ec);
	else if (ec == ESR_EC_BRK64)
		uk_pr_crit("BRK #0x%lx (compiler trap or breakpoint)\n",
			   regs->esr & 0xffff);
	arm64_regs_backtrace(regs);
}
