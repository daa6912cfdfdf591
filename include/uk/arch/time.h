/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Time unit conversions on nanosecond values (__nsec), with upstream's
 * names (ukarch_time_*). Results are unsigned 64-bit; nothing here
 * depends on a library, so any component may include it.
 */
#ifndef __UKARCH_TIME_H__
#define __UKARCH_TIME_H__

#include <uk/essentials.h>

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

#endif /* __UKARCH_TIME_H__ */
