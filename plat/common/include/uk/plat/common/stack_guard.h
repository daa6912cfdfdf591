/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Platform-internal: the platform tells the crash report (guard_report.c)
 * where the guard page below its boot stack is, once it is unmapped, so
 * that a fault in it reads "Stack overflow on the boot stack".
 */
#ifndef __UKPLAT_COMMON_STACK_GUARD_H__
#define __UKPLAT_COMMON_STACK_GUARD_H__

void plat_boot_stack_guard_set(unsigned long guard_page);

#endif /* __UKPLAT_COMMON_STACK_GUARD_H__ */
