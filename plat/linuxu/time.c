/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Time on linuxu: the monotonic clock is Linux's CLOCK_MONOTONIC counted
 * from the start of the process, the wall clock CLOCK_REALTIME, both read
 * through the vDSO when Linux provides one. The
 * "timer interrupt" is SIGALRM from a one-shot POSIX timer, armed by the
 * idle halt for the next deadline (see lcpu.c), so an idle system sleeps
 * in the host kernel instead of spinning.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <linuxu/setup.h>

static __nsec boot_mono;
static int idle_timer;

static __nsec clock_read(int clk)
{
	struct linuxu_timespec ts;
	long rc;

	/* The vDSO reads the clock without a system call */
	if (likely(linuxu_vdso_clock_gettime))
		rc = linuxu_vdso_clock_gettime(clk, &ts);
	else
		rc = sys_clock_gettime(clk, &ts);
	if (unlikely(rc < 0))
		return 0;
	return (__nsec)ts.tv_sec * 1000000000ULL + (__nsec)ts.tv_nsec;
}

void linuxu_clock_init(void)
{
	boot_mono = clock_read(LINUXU_CLOCK_MONOTONIC);
}

__nsec ukplat_monotonic_clock(void)
{
	return clock_read(LINUXU_CLOCK_MONOTONIC) - boot_mono;
}

__nsec ukplat_wall_clock(void)
{
	return clock_read(LINUXU_CLOCK_REALTIME);
}

unsigned int ukplat_time_get_irq(void)
{
	return LINUXU_SIGALRM;
}

/* Nothing to do: the signal itself ends the halt */
static int timer_irq(void *arg __unused)
{
	return 1;
}

int linuxu_timer_init(void)
{
	struct linuxu_sigevent sev = {
		.signo = LINUXU_SIGALRM,
		.notify = LINUXU_SIGEV_SIGNAL,
	};
	long rc;

	rc = ukplat_irq_register(LINUXU_SIGALRM, timer_irq, NULL);
	if (rc < 0)
		return rc;
	rc = sys_timer_create(LINUXU_CLOCK_MONOTONIC, &sev, &idle_timer);
	if (rc < 0)
		return rc;
	uk_pr_info("Clock: CLOCK_MONOTONIC (%s), idle timer: SIGALRM\n",
		   linuxu_vdso_clock_gettime ? "vDSO" : "system call");
	return 0;
}

void linuxu_timer_set(__nsec until)
{
	struct linuxu_itimerspec its = { .it_interval = { 0, 0 } };
	__nsec at;

	/* Past the end of the clock: as good as never */
	if (__builtin_add_overflow(boot_mono, until, &at))
		return;
	its.it_value.tv_sec = (long)(at / 1000000000ULL);
	its.it_value.tv_nsec = (long)(at % 1000000000ULL);
	sys_timer_settime(idle_timer, LINUXU_TIMER_ABSTIME, &its, NULL);
}
