/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupt handler registration. A handler returns 1 when it handled the
 * interrupt, 0 otherwise; several handlers may share a line. Handlers run
 * with interrupts disabled and must only call interrupt-safe code (isrlib).
 */
#ifndef __UKPLAT_IRQ_H__
#define __UKPLAT_IRQ_H__

#include <uk/essentials.h>

#ifndef __ASSEMBLY__
typedef int (*irq_handler_func_t)(void *arg);

int ukplat_irq_register(unsigned long irq, irq_handler_func_t func,
			void *arg);
#endif

#endif
