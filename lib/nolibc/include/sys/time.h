/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * struct timeval and gettimeofday() (implemented by lib/uktime), plus the
 * BSD timeval arithmetic macros.
 */
#ifndef __NOLIBC_SYS_TIME_H__
#define __NOLIBC_SYS_TIME_H__

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};

int gettimeofday(struct timeval *tv, void *tz);

#define timerisset(tvp)		((tvp)->tv_sec || (tvp)->tv_usec)
#define timerclear(tvp)		((tvp)->tv_sec = (tvp)->tv_usec = 0)
#define timercmp(a, b, CMP)						\
	(((a)->tv_sec == (b)->tv_sec) ?					\
	 ((a)->tv_usec CMP (b)->tv_usec) :				\
	 ((a)->tv_sec CMP (b)->tv_sec))
#define timeradd(a, b, res)						\
	do {								\
		(res)->tv_sec = (a)->tv_sec + (b)->tv_sec;		\
		(res)->tv_usec = (a)->tv_usec + (b)->tv_usec;		\
		if ((res)->tv_usec >= 1000000) {			\
			(res)->tv_sec++;				\
			(res)->tv_usec -= 1000000;			\
		}							\
	} while (0)
#define timersub(a, b, res)						\
	do {								\
		(res)->tv_sec = (a)->tv_sec - (b)->tv_sec;		\
		(res)->tv_usec = (a)->tv_usec - (b)->tv_usec;		\
		if ((res)->tv_usec < 0) {				\
			(res)->tv_sec--;				\
			(res)->tv_usec += 1000000;			\
		}							\
	} while (0)

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_SYS_TIME_H__ */
