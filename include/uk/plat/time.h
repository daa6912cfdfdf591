/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Platform clocks. ukplat_monotonic_clock() counts nanoseconds since boot
 * and never goes back; ukplat_wall_clock() is nanoseconds since the Unix
 * epoch (from the RTC or the host). The platform initialises its clock and
 * timer interrupt before ukplat_entry() runs.
 */
#ifndef __UKPLAT_TIME_H__
#define __UKPLAT_TIME_H__

#include <uk/essentials.h>

#define UKPLAT_TIME_TICK_NSEC	(1000000000ULL / CONFIG_HZ)

#ifndef __ASSEMBLY__
__nsec ukplat_monotonic_clock(void);
__nsec ukplat_wall_clock(void);
/* Interrupt line of the timer (for diagnostics). */
unsigned int ukplat_time_get_irq(void);
#endif

#endif
