/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Time unit conversions on nanosecond values (__nsec), with upstream's
 * names. Arguments are evaluated once; results are unsigned 64-bit.
 *
 * uktime also implements the POSIX clock functions that the C library
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

#ifdef __cplusplus
extern "C" {
#endif

#define UKARCH_NSEC_PER_USEC	1000ULL
#define UKARCH_NSEC_PER_MSEC	1000000ULL
#define UKARCH_NSEC_PER_SEC	1000000000ULL

#define ukarch_time_nsec_to_sec(ns)	((__nsec)(ns) / UKARCH_NSEC_PER_SEC)
#define ukarch_time_nsec_to_msec(ns)	((__nsec)(ns) / UKARCH_NSEC_PER_MSEC)
#define ukarch_time_nsec_to_usec(ns)	((__nsec)(ns) / UKARCH_NSEC_PER_USEC)
/* Nanoseconds past the last full second */
#define ukarch_time_subsec(ns)		((__nsec)(ns) % UKARCH_NSEC_PER_SEC)

#define ukarch_time_sec_to_nsec(sec)	((__nsec)(sec) * UKARCH_NSEC_PER_SEC)
#define ukarch_time_msec_to_nsec(msec)	((__nsec)(msec) * UKARCH_NSEC_PER_MSEC)
#define ukarch_time_usec_to_nsec(usec)	((__nsec)(usec) * UKARCH_NSEC_PER_USEC)

#ifdef __cplusplus
}
#endif

#endif /* __UK_TIME_H__ */
