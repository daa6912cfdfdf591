/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The ukarch_time_* unit conversions (from <uk/arch/time.h>), and:
 * uktime implements the POSIX clock functions that the C library
 * only declares: clock_gettime/clock_getres (CLOCK_MONOTONIC, _RAW,
 * _COARSE and CLOCK_BOOTTIME count from boot; CLOCK_REALTIME(_COARSE) is
 * the platform's wall clock; the CPU-time clocks count from boot too),
 * gettimeofday, time, clock, nanosleep, sleep and usleep. Sleeping
 * suspends the calling thread when a scheduler runs and busy-waits on
 * the monotonic clock otherwise.
 */
#ifndef __UK_TIME_H__
#define __UK_TIME_H__

#include <uk/essentials.h>
#include <uk/arch/time.h>

#endif /* __UK_TIME_H__ */
