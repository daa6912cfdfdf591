/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 exception reporting (see <arm/traps.h>).
 *
 * Every synchronous exception is fatal, except the trap of a semihosting
 * call made without a semihosting host: the handler names the exception
 * class, decodes aborts (fault type, level, read or write, the faulting
 * address), prints all registers and a frame-pointer backtrace, then
 * terminates the system with a crash status so QEMU exits.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/backtrace.h>
#include <uk/plat/bootstrap.h>
#include <uk/asm/cpu.h>
#include <arm/traps.h>
#include <arm/semihosting.h>

#define ESR_ABT_WNR		_BITUL(6)	/* write, not read */
#define ESR_ABT_FNV		_BITUL(10)	/* FAR not valid */
#define ESR_ABT_FSC_MASK	0x3f

static const char *ec_name(unsigned int ec)
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
	if (!(iss & ESR_ABT_FNV) && regs->far < 4096)
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

static void __noreturn report_and_crash(const struct __regs *regs)
{
	arm64_regs_dump(regs);
	uk_pr_crit("Backtrace (innermost first), exception at %016lx:\n",
		   regs->elr);
	uk_backtrace_fp(regs->x[29]);
	ukplat_terminate(UKPLAT_CRASH);
}

/* Nonzero while a report is being printed: a fault in it stops at once */
static int in_trap;

void arm64_trap_handler(struct __regs *regs)
{
	unsigned int ec = (regs->esr >> ESR_EC_SHIFT) & ESR_EC_MASK;

	if (ec == ESR_EC_UNKNOWN && arm64_semihosting_fixup(regs))
		return;
	if (in_trap++) {
		uk_pr_crit("Nested exception (EC 0x%02x, %s) at %016lx while "
			   "reporting an exception\n", ec, ec_name(ec),
			   regs->elr);
		ukplat_terminate(UKPLAT_CRASH);
	}

	uk_pr_crit("Unhandled exception: EC 0x%02x (%s), ESR 0x%08lx\n",
		   ec, ec_name(ec), regs->esr);
	if (ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW ||
	    ec == ESR_EC_IABT_CUR || ec == ESR_EC_IABT_LOW)
		abort_explain(regs, ec);
	else if (ec == ESR_EC_BRK64)
		uk_pr_crit("BRK #0x%lx (compiler trap or breakpoint)\n",
			   regs->esr & 0xffff);
	report_and_crash(regs);
}

void arm64_trap_unexpected(struct __regs *regs, unsigned long kind)
{
	static const char *const kinds[] = {
		"synchronous exception", "IRQ", "FIQ", "SError"
	};

	if (in_trap++) {
		uk_pr_crit("Nested %s at %016lx while reporting an "
			   "exception\n", kinds[kind & 3], regs->elr);
		ukplat_terminate(UKPLAT_CRASH);
	}
	uk_pr_crit("Unexpected %s%s%s (ESR 0x%08lx)\n", kinds[kind & 3],
		   (kind & TRAP_KIND_SP0) ? " on SP_EL0" : "",
		   (kind & TRAP_KIND_LOWER) ? " from a lower EL" : "",
		   regs->esr);
	report_and_crash(regs);
}
