/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Generic timer and PL031 RTC (see <arm/timer.h>).
 *
 * Monotonic time is (counter - base) * mult >> 32 with a 128-bit
 * product, so it neither overflows nor loses precision. Before
 * arm_clock_init() the monotonic clock reads 0.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/asm/cpu.h>
#include <uk/arch/lcpu.h>
#include <arm/gic.h>
#include <arm/timer.h>

#define NSEC_PER_SEC		1000000000ULL

/* CNTV_CTL_EL0 */
#define CNT_CTL_ENABLE		_BITUL(0)
#define CNT_CTL_IMASK		_BITUL(1)

/* "interrupts" of the timer node: secure, non-secure, virtual, hyp */
#define TIMER_FDT_IRQ_VIRT	2
#define TIMER_DEFAULT_INTID	27	/* virtual timer PPI on every GIC */

#define PL031_DR		0x00	/* seconds since the epoch */

static __u64 cnt_freq;
static __u64 cnt_base;
static __u64 cnt_mult;		/* ns per tick, 32.32 fixed point */
static __nsec wall_base;	/* wall clock at monotonic 0 */
static unsigned int timer_intid = TIMER_DEFAULT_INTID;

static inline __nsec ticks_to_ns(__u64 ticks)
{
	return (__nsec)(((unsigned __int128)ticks * cnt_mult) >> 32);
}

__nsec ukplat_monotonic_clock(void)
{
	if (unlikely(!cnt_mult))
		return 0;
	return ticks_to_ns(ukarch_arm64_read_cntvct() - cnt_base);
}

__nsec ukplat_wall_clock(void)
{
	return wall_base + ukplat_monotonic_clock();
}

unsigned int ukplat_time_get_irq(void)
{
	return timer_intid;
}

void arm_timer_oneshot(__nsec deadline)
{
	/* deadline in ticks, rounded up so we never wake early */
	__u64 ticks = (__u64)(((unsigned __int128)deadline * cnt_freq +
			       NSEC_PER_SEC - 1) / NSEC_PER_SEC);

	SYSREG_WRITE64(cntv_cval_el0, cnt_base + ticks);
	SYSREG_WRITE64(cntv_ctl_el0, CNT_CTL_ENABLE);
	isb();
}

void arm_timer_stop(void)
{
	SYSREG_WRITE64(cntv_ctl_el0, CNT_CTL_IMASK);
	isb();
}

static int timer_irq_handler(void *arg __unused)
{
	/* The line is level-triggered: quiet it until re-armed */
	arm_timer_stop();
	return 1;
}

static void rtc_init(const void *fdt)
{
	__u64 base;
	__u32 sec;
	int node;

	node = fdt_node_offset_by_compatible_enabled(fdt, -1, "arm,pl031");
	if (node < 0 || fdt_get_address(fdt, node, 0, &base, NULL) < 0) {
		uk_pr_warn("No RTC; wall clock starts at the epoch\n");
		wall_base = 0;
		return;
	}
	sec = *(volatile __u32 *)(__uptr)(base + PL031_DR);
	wall_base = (__nsec)sec * NSEC_PER_SEC - ukplat_monotonic_clock();
	uk_pr_info("RTC: PL031 at %p, %u seconds since the epoch\n",
		   (void *)(__uptr)base, sec);
}

int arm_clock_init(const void *fdt)
{
	int node, rc, edge = 0;
	unsigned int intid;

	arm_timer_stop();
	cnt_freq = ukarch_arm64_read_cntfrq();
	if (!cnt_freq) {
		uk_pr_crit("Generic timer: CNTFRQ_EL0 is 0 (firmware did not "
			   "set the counter frequency)\n");
		return -ENODEV;
	}
	/* 1e9 << 32 still fits in 64 bits: no 128-bit division needed */
	cnt_mult = (NSEC_PER_SEC << 32) / cnt_freq;
	cnt_base = ukarch_arm64_read_cntvct();

	node = fdt_node_offset_by_compatible_enabled(fdt, -1,
						     "arm,armv8-timer");
	if (node < 0)
		uk_pr_warn("No arm,armv8-timer node: virtual timer on the "
			   "architected PPI %u\n", timer_intid);
	else if (gic_fdt_irq(fdt, node, TIMER_FDT_IRQ_VIRT, &intid,
			     &edge) == 0)
		timer_intid = intid;

	rc = ukplat_irq_register(timer_intid, timer_irq_handler, NULL);
	if (rc < 0) {
		uk_pr_err("Could not register the timer interrupt: %d\n", rc);
		return rc;
	}
	uk_pr_info("Clock: generic timer at %llu.%03llu MHz, virtual timer "
		   "on IRQ %u (PPI %u), one-shot\n",
		   (unsigned long long)cnt_freq / 1000000,
		   (unsigned long long)(cnt_freq / 1000) % 1000,
		   timer_intid, timer_intid - 16);
	rtc_init(fdt);
	return 0;
}
