/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The Arm generic timer behind <uk/plat/time.h>: the virtual counter
 * (CNTVCT_EL0, frequency from CNTFRQ_EL0) counts monotonic time, the
 * virtual timer (CNTV, its PPI from the "arm,armv8-timer" node) is the
 * one-shot wakeup interrupt, and a PL031 RTC, when the device tree has
 * one, gives the wall clock at boot.
 *
 * arm_clock_init() needs the GIC; it returns 0 or a negative errno.
 * arm_timer_oneshot() arms an interrupt at monotonic time `deadline`;
 * the interrupt handler disarms it again.
 */
#ifndef __PLAT_CMN_ARM_TIMER_H__
#define __PLAT_CMN_ARM_TIMER_H__

#include <uk/essentials.h>

int arm_clock_init(const void *fdt);
void arm_timer_oneshot(__nsec deadline);
void arm_timer_stop(void);

#endif /* __PLAT_CMN_ARM_TIMER_H__ */
