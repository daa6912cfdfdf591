/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The logical CPU: interrupt masking and halting. ukplat_lcpu_halt_to()
 * halts until the monotonic clock reaches `until` or an interrupt arrives,
 * whichever is first; schedulers use it from their idle thread. It is
 * called with interrupts disabled and returns with them disabled.
 */
#ifndef __UKPLAT_LCPU_H__
#define __UKPLAT_LCPU_H__

#include <uk/essentials.h>

#ifndef __ASSEMBLY__
void ukplat_lcpu_enable_irq(void);
void ukplat_lcpu_disable_irq(void);
unsigned long ukplat_lcpu_save_irqf(void);
void ukplat_lcpu_restore_irqf(unsigned long flags);
int ukplat_lcpu_irqs_disabled(void);
/* Halt until the next interrupt (interrupts get enabled). */
void ukplat_lcpu_halt_irq(void);
void ukplat_lcpu_halt_to(__nsec until);
/* Halt forever. */
void __noreturn ukplat_lcpu_halt(void);
#endif

#endif
