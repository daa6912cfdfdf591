/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to nolibc: NOLIBC_HAVE_FP is 1 when the compiler may use the
 * floating-point registers. Images built with -mgeneral-regs-only (as
 * arm64 kernels often are) cannot pass or return doubles, so the
 * floating-point parts of printf, scanf, strtod and math are left out.
 */
#ifndef __NOLIBC_FPU_H__
#define __NOLIBC_FPU_H__

#if (defined __aarch64__ && !defined __ARM_FP) || \
	(defined __x86_64__ && !defined __SSE2__)
#define NOLIBC_HAVE_FP	0
#else
#define NOLIBC_HAVE_FP	1
#endif

#endif /* __NOLIBC_FPU_H__ */
