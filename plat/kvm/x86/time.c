/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Clock: the TSC calibrated against PIT channel 2; wall clock from the
 * CMOS RTC read once at boot. Timer: PIT channel 0 in one-shot mode wakes
 * ukplat_lcpu_halt_to().
 */
#include <stddef.h>
#include <x86/io.h>
#include <uk/print.h>
#include <uk/plat/time.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/irq.h>
#include <kvm-x86/setup.h>

#define PIT_HZ		1193182ULL
#define PIT_CH0		0x40
#define PIT_CH2		0x42
#define PIT_CMD		0x43
#define PIT_GATE	0x61
#define PIT_MAX_COUNT	0xffffULL
#define TIMER_IRQ	0

static __u64 tsc_base;
static __u64 tsc_hz;
static __u64 ns_mult;		/* ns = (tsc * ns_mult) >> 32 */
static __nsec boot_wall;

static inline __u64 rdtsc(void)
{
	__u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((__u64)hi << 32) | lo;
}

/* Count TSC ticks during 10 ms of PIT channel 2 */
static __u64 tsc_calibrate(void)
{
	const __u16 count = PIT_HZ / 100;
	__u64 t0, t1;

	outb(PIT_GATE, (inb(PIT_GATE) & ~0x02) | 0x01);
	outb(PIT_CMD, 0xb0);		/* ch2, lo/hi, mode 0 */
	outb(PIT_CH2, count & 0xff);
	outb(PIT_CH2, count >> 8);
	t0 = rdtsc();
	while (!(inb(PIT_GATE) & 0x20))
		;
	t1 = rdtsc();
	return (t1 - t0) * 100;
}

static unsigned int cmos(unsigned int reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static unsigned int bcd(unsigned int v, int is_bcd)
{
	return is_bcd ? (v & 0xf) + (v >> 4) * 10 : v;
}

static __nsec rtc_read(void)
{
	static const int mdays[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243,
				     273, 304, 334 };
	unsigned int sec, min, hour, day, mon, year, b;
	long days;

	while (cmos(0x0a) & 0x80)	/* update in progress */
		;
	b = cmos(0x0b);
	sec = bcd(cmos(0x00), !(b & 4));
	min = bcd(cmos(0x02), !(b & 4));
	hour = cmos(0x04);
	hour = bcd(hour & 0x7f, !(b & 4)) % 24 +
	       ((!(b & 2) && (hour & 0x80)) ? 12 : 0);
	day = bcd(cmos(0x07), !(b & 4));
	mon = bcd(cmos(0x08), !(b & 4));
	year = bcd(cmos(0x09), !(b & 4)) + 2000;
	if (mon < 1 || mon > 12)
		return 0;
	days = (year - 1970) * 365L + (year - 1969) / 4 + mdays[mon - 1] +
	       day - 1;
	if (mon > 2 && year % 4 == 0)
		days++;
	return (((__nsec)days * 24 + hour) * 3600 + min * 60 + sec) *
	       1000000000ULL;
}

static int timer_irq(void *arg __unused)
{
	return 1;
}

void kvm_time_init(void)
{
	tsc_hz = tsc_calibrate();
	ns_mult = (1000000000ULL << 32) / tsc_hz;
	tsc_base = rdtsc();
	boot_wall = rtc_read();
	ukplat_irq_register(TIMER_IRQ, timer_irq, NULL);
	uk_pr_info("Clock: TSC at %lu.%03lu MHz; timer: PIT one-shot on IRQ %d\n",
		   (unsigned long)(tsc_hz / 1000000),
		   (unsigned long)(tsc_hz / 1000 % 1000), TIMER_IRQ);
}

__nsec ukplat_monotonic_clock(void)
{
	if (!tsc_hz)
		return 0;
	return (__nsec)(((unsigned __int128)(rdtsc() - tsc_base) * ns_mult)
			>> 32);
}

__nsec ukplat_wall_clock(void)
{
	return boot_wall + ukplat_monotonic_clock();
}

unsigned int ukplat_time_get_irq(void)
{
	return TIMER_IRQ;
}

void ukplat_lcpu_halt_to(__nsec until)
{
	__nsec now = ukplat_monotonic_clock();
	__u64 count;

	if (until <= now)
		return;
	count = (until - now) * PIT_HZ / 1000000000ULL + 1;
	if (count > PIT_MAX_COUNT)
		count = PIT_MAX_COUNT;
	outb(PIT_CMD, 0x30);		/* ch0, lo/hi, mode 0: one-shot */
	outb(PIT_CH0, count & 0xff);
	outb(PIT_CH0, count >> 8);
	/* sti takes effect after hlt starts: no lost wakeup */
	__asm__ __volatile__("sti; hlt; cli" : : : "memory");
}
