/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * TSC, PIT and RTC (see <x86/clock.h>).
 *
 * Monotonic time is (tsc - tsc_base) * tsc_mult >> 32 with a 128-bit
 * product, so it neither overflows nor loses precision. Before
 * x86_clock_init() the monotonic clock reads 0.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/asm/cpu.h>
#include <x86/clock.h>
#include <x86/cmos.h>
#include <x86/io.h>

#define NSEC_PER_SEC		1000000000ULL

/* i8254 */
#define PIT_HZ			1193182ULL
#define PIT_CH0			0x40
#define PIT_CH2			0x42
#define PIT_CMD			0x43
#define PIT_SEL_CH0		0x00
#define PIT_SEL_CH2		0x80
#define PIT_LOHI		0x30
#define PIT_MODE0		0x00	/* interrupt on terminal count */
#define PIT_MAX_COUNT		0xffffULL
/* Port 0x61: bit 0 gates channel 2, bit 1 speaker, bit 5 channel 2 out */
#define PORT_SYSCTL		0x61
#define SYSCTL_CH2_GATE		0x01
#define SYSCTL_SPEAKER		0x02
#define SYSCTL_CH2_OUT		0x20

#define CALIBRATE_MS		20
#define CALIBRATE_SPIN_MAX	100000000UL

/* CMOS RTC */
#define RTC_SEC			0x00
#define RTC_MIN			0x02
#define RTC_HOUR		0x04
#define RTC_DAY			0x07
#define RTC_MON			0x08
#define RTC_YEAR		0x09
#define RTC_STATUS_A		0x0a
#define RTC_STATUS_B		0x0b
#define RTC_CENTURY		0x32
#define RTC_A_UIP		0x80
#define RTC_B_24H		0x02
#define RTC_B_BINARY		0x04

static __u64 tsc_freq;
static __u64 tsc_base;
static __u64 tsc_mult;		/* ns per tick, 32.32 fixed point */
static __nsec wall_base;	/* wall clock at monotonic 0 */

static inline __nsec tsc_to_ns(__u64 ticks)
{
	return (__nsec)(((unsigned __int128)ticks * tsc_mult) >> 32);
}

__nsec ukplat_monotonic_clock(void)
{
	if (unlikely(!tsc_mult))
		return 0;
	return tsc_to_ns(ukarch_x86_rdtsc() - tsc_base);
}

__nsec ukplat_wall_clock(void)
{
	return wall_base + ukplat_monotonic_clock();
}

unsigned int ukplat_time_get_irq(void)
{
	return X86_TIMER_IRQ;
}

__u64 x86_tsc_frequency(void)
{
	return tsc_freq;
}

/* Count TSC ticks while PIT channel 2 counts down CALIBRATE_MS. */
static __u64 tsc_calibrate(void)
{
	__u64 count = PIT_HZ * CALIBRATE_MS / 1000;
	unsigned long spin = 0;
	__u64 t0, t1;
	__u8 sysctl;

	sysctl = inb(PORT_SYSCTL);
	outb(PORT_SYSCTL, (sysctl & ~SYSCTL_SPEAKER) | SYSCTL_CH2_GATE);
	outb(PIT_CMD, PIT_SEL_CH2 | PIT_LOHI | PIT_MODE0);
	outb(PIT_CH2, count & 0xff);
	outb(PIT_CH2, (count >> 8) & 0xff);
	t0 = ukarch_x86_rdtsc();
	while (!(inb(PORT_SYSCTL) & SYSCTL_CH2_OUT)) {
		if (++spin > CALIBRATE_SPIN_MAX)
			break;
	}
	t1 = ukarch_x86_rdtsc();
	outb(PORT_SYSCTL, sysctl);

	if (spin > CALIBRATE_SPIN_MAX || t1 <= t0)
		return 0;
	return (t1 - t0) * 1000 / CALIBRATE_MS;
}

static inline unsigned int bcd2bin(unsigned int v)
{
	return (v & 0x0f) + (v >> 4) * 10;
}

/* Days since 1970-01-01 of a proleptic Gregorian date */
static __s64 days_from_civil(__s64 y, unsigned int m, unsigned int d)
{
	__s64 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct rtc_time {
	unsigned int sec, min, hour, day, mon, year, century;
};

static void rtc_read_raw(struct rtc_time *t)
{
	unsigned long spin = 0;

	while ((cmos_read(RTC_STATUS_A) & RTC_A_UIP) && spin++ < 1000000)
		;
	t->sec = cmos_read(RTC_SEC);
	t->min = cmos_read(RTC_MIN);
	t->hour = cmos_read(RTC_HOUR);
	t->day = cmos_read(RTC_DAY);
	t->mon = cmos_read(RTC_MON);
	t->year = cmos_read(RTC_YEAR);
	t->century = cmos_read(RTC_CENTURY);
}

/* Seconds since the epoch according to the RTC, 0 if it looks absent */
static __u64 rtc_epoch_seconds(void)
{
	struct rtc_time a, b;
	unsigned int regb, pm, i;
	__s64 year, days;

	rtc_read_raw(&a);
	for (i = 0; i < 5; i++) {
		rtc_read_raw(&b);
		if (a.sec == b.sec && a.min == b.min && a.hour == b.hour &&
		    a.day == b.day && a.mon == b.mon && a.year == b.year)
			break;
		a = b;
	}

	regb = cmos_read(RTC_STATUS_B);
	pm = a.hour & 0x80;
	a.hour &= 0x7f;
	if (!(regb & RTC_B_BINARY)) {
		a.sec = bcd2bin(a.sec);
		a.min = bcd2bin(a.min);
		a.hour = bcd2bin(a.hour);
		a.day = bcd2bin(a.day);
		a.mon = bcd2bin(a.mon);
		a.year = bcd2bin(a.year);
		a.century = bcd2bin(a.century);
	}
	if (!(regb & RTC_B_24H)) {
		if (a.hour == 12)
			a.hour = 0;
		if (pm)
			a.hour += 12;
	}
	if (a.mon < 1 || a.mon > 12 || a.day < 1 || a.day > 31 ||
	    a.hour > 23 || a.min > 59 || a.sec > 60)
		return 0;

	if (a.century >= 19 && a.century <= 29)
		year = a.century * 100 + a.year;
	else
		year = (a.year < 70) ? 2000 + a.year : 1900 + a.year;

	days = days_from_civil(year, a.mon, a.day);
	uk_pr_info("RTC: %04lld-%02u-%02u %02u:%02u:%02u UTC\n",
		   (long long)year, a.mon, a.day, a.hour, a.min, a.sec);
	return (__u64)days * 86400 + a.hour * 3600 + a.min * 60 + a.sec;
}

void x86_timer_oneshot(__nsec delta)
{
	__u64 count;

	/* Clamp first: delta * PIT_HZ must not overflow */
	if (delta > NSEC_PER_SEC)
		delta = NSEC_PER_SEC;
	count = (delta * PIT_HZ + NSEC_PER_SEC - 1) / NSEC_PER_SEC;
	if (count < 1)
		count = 1;
	if (count > PIT_MAX_COUNT)
		count = PIT_MAX_COUNT;

	outb(PIT_CMD, PIT_SEL_CH0 | PIT_LOHI | PIT_MODE0);
	outb(PIT_CH0, count & 0xff);
	outb(PIT_CH0, (count >> 8) & 0xff);
}

void x86_timer_stop(void)
{
	/* A mode word without a count leaves channel 0 waiting, silent */
	outb(PIT_CMD, PIT_SEL_CH0 | PIT_LOHI | PIT_MODE0);
}

static int timer_irq_handler(void *arg __unused)
{
	/*
	 * Waking the CPU from hlt is all the platform needs the timer for.
	 * Report "not mine" so that handlers others registered on the
	 * timer line run too; the line gets its EOI either way.
	 */
	return 0;
}

int x86_clock_init(void)
{
	__u64 rtc_sec;
	int rc;

	/* Silence the periodic tick the firmware left running */
	x86_timer_stop();

	tsc_freq = tsc_calibrate();
	if (!tsc_freq) {
		tsc_freq = 1000000000ULL;
		uk_pr_warn("TSC calibration against the PIT failed; "
			   "assuming %llu MHz\n",
			   (unsigned long long)tsc_freq / 1000000);
	}
	/* 1e9 << 32 still fits in 64 bits: no 128-bit division needed */
	tsc_mult = (NSEC_PER_SEC << 32) / tsc_freq;
	tsc_base = ukarch_x86_rdtsc();
	uk_pr_info("Clock: TSC at %llu.%03llu MHz (calibrated against the PIT)\n",
		   (unsigned long long)tsc_freq / 1000000,
		   (unsigned long long)(tsc_freq / 1000) % 1000);

	rtc_sec = rtc_epoch_seconds();
	if (!rtc_sec)
		uk_pr_warn("RTC unreadable; wall clock starts at the epoch\n");
	wall_base = rtc_sec * NSEC_PER_SEC - ukplat_monotonic_clock();

	rc = ukplat_irq_register(X86_TIMER_IRQ, timer_irq_handler, NULL);
	if (rc < 0) {
		uk_pr_err("Could not register the timer interrupt: %d\n", rc);
		return rc;
	}
	uk_pr_info("Timer: PIT channel 0 (IRQ %d), one-shot\n",
		   X86_TIMER_IRQ);
	return 0;
}
