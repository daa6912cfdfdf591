/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 exception handling (see <arm/traps.h>).
 *
 * Every synchronous exception is fatal, except the trap of a semihosting
 * call made without a semihosting host: the handler prints the report
 * shared with other arm64 platforms (trap_report.c), then terminates the
 * system with a crash status so QEMU exits.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/asm/cpu.h>
#include <arm/traps.h>
#include <arm/semihosting.h>

/* Nonzero while a report is being printed: a fault in it stops at once */
static int in_trap;

void arm64_trap_handler(struct __regs *regs)
{
	unsigned int ec = (regs->esr >> ESR_EC_SHIFT) & ESR_EC_MASK;

	if (ec == ESR_EC_UNKNOWN && arm64_semihosting_fixup(regs))
		return;
	if (in_trap++) {
		uk_pr_crit("Nested exception (EC 0x%02x, %s) at %016lx while "
			   "reporting an exception\n", ec, arm64_ec_name(ec),
			   regs->elr);
		ukplat_terminate(UKPLAT_CRASH);
	}

	arm64_trap_report(regs);
	ukplat_terminate(UKPLAT_CRASH);
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
	arm64_regs_backtrace(regs);
	ukplat_terminate(UKPLAT_CRASH);
}
