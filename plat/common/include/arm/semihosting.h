/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Arm semihosting exit: asks the host (QEMU with -semihosting) to exit
 * with `status` (SYS_EXIT with ADP_Stopped_ApplicationExit). When the
 * host does not offer semihosting the HLT instruction traps as an
 * undefined instruction; arm64_semihosting_fixup() (called by the trap
 * handler) recognises that trap, skips the instruction and the call
 * returns -ENOSYS.
 */
#ifndef __PLAT_CMN_ARM_SEMIHOSTING_H__
#define __PLAT_CMN_ARM_SEMIHOSTING_H__

#include <arm/traps.h>

int arm64_semihosting_exit(int status);
/* 1 if regs is the trap of a semihosting call (now skipped), else 0 */
int arm64_semihosting_fixup(struct __regs *regs);

#endif /* __PLAT_CMN_ARM_SEMIHOSTING_H__ */
