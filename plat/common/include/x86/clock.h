/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86 clock sources behind <uk/plat/time.h>: the TSC, calibrated against
 * the i8254 PIT, counts monotonic time; the CMOS RTC read at boot gives
 * the wall clock; PIT channel 0 on IRQ 0 is a one-shot wakeup timer.
 *
 * x86_clock_init() calibrates, reads the RTC and registers the timer
 * interrupt (requires the PIC). x86_timer_oneshot() arms an interrupt in
 * at most `delta` ns (the PIT cannot wait longer than about 54 ms, so it
 * may fire earlier than asked); x86_timer_stop() cancels it.
 */
#ifndef __PLAT_CMN_X86_CLOCK_H__
#define __PLAT_CMN_X86_CLOCK_H__

#include <uk/essentials.h>

#define X86_TIMER_IRQ	0

int x86_clock_init(void);
__u64 x86_tsc_frequency(void);
void x86_timer_oneshot(__nsec delta);
void x86_timer_stop(void);

#endif /* __PLAT_CMN_X86_CLOCK_H__ */
