/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Time types and functions (C99 7.23, POSIX).
 *
 * The clocks (time, clock, clock_gettime, clock_getres, nanosleep) are
 * implemented by lib/uktime, not by nolibc. The calendar functions are
 * nolibc's: there are no time zones, local time is UTC (localtime is
 * gmtime, mktime is timegm, tm_isdst is always 0). strftime knows the C99
 * conversions of the "C" locale except the ISO 8601 week-based ones (%g,
 * %G, %V), which print nothing.
 */
#ifndef __NOLIBC_TIME_H__
#define __NOLIBC_TIME_H__

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CLOCKS_PER_SEC			1000000L

#define CLOCK_REALTIME			0
#define CLOCK_MONOTONIC			1
#define CLOCK_PROCESS_CPUTIME_ID	2
#define CLOCK_THREAD_CPUTIME_ID		3
#define CLOCK_MONOTONIC_RAW		4
#define CLOCK_REALTIME_COARSE		5
#define CLOCK_MONOTONIC_COARSE		6
#define CLOCK_BOOTTIME			7

#define TIMER_ABSTIME			1

#ifndef __NOLIBC_STRUCT_TIMESPEC
#define __NOLIBC_STRUCT_TIMESPEC
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};
#endif

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

struct tm {
	int tm_sec;		/* 0-60 */
	int tm_min;		/* 0-59 */
	int tm_hour;		/* 0-23 */
	int tm_mday;		/* 1-31 */
	int tm_mon;		/* 0-11 */
	int tm_year;		/* years since 1900 */
	int tm_wday;		/* 0-6, Sunday is 0 */
	int tm_yday;		/* 0-365 */
	int tm_isdst;
	long tm_gmtoff;		/* seconds east of UTC: always 0 */
	const char *tm_zone;	/* "UTC" */
};

/* lib/uktime */
time_t time(time_t *tloc);
clock_t clock(void);
int clock_gettime(clockid_t clk_id, struct timespec *tp);
int clock_getres(clockid_t clk_id, struct timespec *res);
int nanosleep(const struct timespec *req, struct timespec *rem);

/* nolibc */
double difftime(time_t t1, time_t t0);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
struct tm *gmtime(const time_t *timep);
struct tm *gmtime_r(const time_t *timep, struct tm *result);
struct tm *localtime(const time_t *timep);
struct tm *localtime_r(const time_t *timep, struct tm *result);
size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
	__attribute__((__format__(__strftime__, 3, 0)));
void tzset(void);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_TIME_H__ */
