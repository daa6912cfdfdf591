/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Semihosting exit (see <arm/semihosting.h>). The HLT #0xf000 sits at a
 * known label so the trap handler can tell its trap from any other
 * undefined instruction.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <arm/semihosting.h>

#define SEMIHOSTING_SYS_EXIT		0x18
#define ADP_STOPPED_APPLICATION_EXIT	0x20026

extern char arm64_semihosting_insn[];
static volatile int semihosting_trapped;

int __noinline arm64_semihosting_exit(int status)
{
	/* AArch64 SYS_EXIT takes a block: reason, then the status */
	__u64 block[2] = { ADP_STOPPED_APPLICATION_EXIT, (__u64)status };
	register __u64 x0 __asm__("x0") = SEMIHOSTING_SYS_EXIT;
	register __u64 x1 __asm__("x1") = (__u64)(__uptr)block;

	semihosting_trapped = 0;
	__asm__ __volatile__(".globl arm64_semihosting_insn\n"
			     "arm64_semihosting_insn:\n"
			     "hlt #0xf000"
			     : "+r"(x0) : "r"(x1) : "memory");
	return semihosting_trapped ? -ENOSYS : 0;
}

int arm64_semihosting_fixup(struct __regs *regs)
{
	if (regs->elr != (unsigned long)arm64_semihosting_insn)
		return 0;
	semihosting_trapped = 1;
	regs->elr += 4;
	return 1;
}
