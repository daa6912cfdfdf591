/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX clocks and sleeping on the platform clocks.
 */
#include <errno.h>
#include <time.h>
#include <sys/time.h>
#include <unistd.h>
#include <uk/config.h>
#include <uk/time.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#if CONFIG_LIBUKSCHED
#include <uk/sched.h>
#endif

static void ns_to_timespec(__nsec ns, struct timespec *ts)
{
	ts->tv_sec = (time_t)ukarch_time_nsec_to_sec(ns);
	ts->tv_nsec = (long)ukarch_time_subsec(ns);
}

/* Sleep the calling thread (or spin without scheduler) for ns */
static void uktime_sleep(__nsec ns)
{
#if CONFIG_LIBUKSCHED
	uk_sched_thread_sleep(ns);
#else
	__nsec until = ukplat_monotonic_clock() + ns;

	while (ukplat_monotonic_clock() < until)
		ukarch_spinwait();
#endif
}

/* Returns 0 and sets *ns, or -1 for an unknown clock */
static int clock_now(clockid_t clk_id, __nsec *ns)
{
	switch (clk_id) {
	case CLOCK_MONOTONIC:
#ifdef CLOCK_MONOTONIC_RAW
	case CLOCK_MONOTONIC_RAW:
#endif
#ifdef CLOCK_MONOTONIC_COARSE
	case CLOCK_MONOTONIC_COARSE:
#endif
#ifdef CLOCK_BOOTTIME
	case CLOCK_BOOTTIME:
#endif
#ifdef CLOCK_PROCESS_CPUTIME_ID
	case CLOCK_PROCESS_CPUTIME_ID:
#endif
#ifdef CLOCK_THREAD_CPUTIME_ID
	case CLOCK_THREAD_CPUTIME_ID:
#endif
		*ns = ukplat_monotonic_clock();
		return 0;
	case CLOCK_REALTIME:
#ifdef CLOCK_REALTIME_COARSE
	case CLOCK_REALTIME_COARSE:
#endif
		*ns = ukplat_wall_clock();
		return 0;
	default:
		return -1;
	}
}

int clock_gettime(clockid_t clk_id, struct timespec *tp)
{
	__nsec now;

	if (clock_now(clk_id, &now) < 0) {
		errno = EINVAL;
		return -1;
	}
	ns_to_timespec(now, tp);
	return 0;
}

int clock_getres(clockid_t clk_id, struct timespec *res)
{
	__nsec now;

	if (clock_now(clk_id, &now) < 0) {
		errno = EINVAL;
		return -1;
	}
	/* the platform clocks count in nanoseconds */
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = 1;
	}
	return 0;
}

int gettimeofday(struct timeval *tv, void *tz __unused)
{
	__nsec now = ukplat_wall_clock();

	if (tv) {
		tv->tv_sec = (time_t)ukarch_time_nsec_to_sec(now);
		tv->tv_usec = (suseconds_t)(ukarch_time_subsec(now) /
					    UKARCH_NSEC_PER_USEC);
	}
	return 0;
}

time_t time(time_t *tloc)
{
	time_t now = (time_t)ukarch_time_nsec_to_sec(ukplat_wall_clock());

	if (tloc)
		*tloc = now;
	return now;
}

clock_t clock(void)
{
	/* one process that owns the CPU: its CPU time is the uptime */
	return (clock_t)(ukplat_monotonic_clock() /
			 (UKARCH_NSEC_PER_SEC / CLOCKS_PER_SEC));
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	__nsec ns;

	if (!req || req->tv_sec < 0 || req->tv_nsec < 0 ||
	    req->tv_nsec >= (long)UKARCH_NSEC_PER_SEC) {
		errno = EINVAL;
		return -1;
	}
	if (__builtin_mul_overflow((__nsec)req->tv_sec, UKARCH_NSEC_PER_SEC,
				   &ns) ||
	    __builtin_add_overflow(ns, (__nsec)req->tv_nsec, &ns))
		ns = __NSEC_MAX;

	uktime_sleep(ns);
	/* nothing interrupts a sleep */
	if (rem) {
		rem->tv_sec = 0;
		rem->tv_nsec = 0;
	}
	return 0;
}

unsigned int sleep(unsigned int seconds)
{
	uktime_sleep(ukarch_time_sec_to_nsec(seconds));
	return 0;
}

int usleep(useconds_t usec)
{
	uktime_sleep(ukarch_time_usec_to_nsec(usec));
	return 0;
}
