/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread pointer under Linux: on x86_64 FS base is written with WRFSBASE
 * where Linux allows it (AT_HWCAP2 says so), with arch_prctl() otherwise;
 * TPIDR_EL0 is writable from user space on arm64. The
 * current value is kept here too, so reading it needs no system call.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/arch/tls.h>
#include <uk/plat/tls.h>
#include <uk/plat/bootstrap.h>
#include <linuxu/setup.h>

static void *current_tlsp;

void ukplat_tlsp_set(void *tlsp)
{
#if defined(__x86_64__)
	long rc;

	/* Linux 5.9+ lets user space write FS base itself */
	if (likely(linuxu_hwcap2 & LINUXU_HWCAP2_FSGSBASE)) {
		__asm__ __volatile__("wrfsbase %0" : : "r"(tlsp) : "memory");
		current_tlsp = tlsp;
		return;
	}
	rc = sys_arch_prctl(LINUXU_ARCH_SET_FS, (unsigned long)tlsp);
	if (unlikely(rc < 0)) {
		uk_pr_crit("arch_prctl(ARCH_SET_FS, %p) failed: %ld\n", tlsp,
			   rc);
		ukplat_terminate(UKPLAT_CRASH);
	}
#else
	ukarch_tls_set_pointer(tlsp);
#endif
	current_tlsp = tlsp;
}

void *ukplat_tlsp_get(void)
{
	return current_tlsp;
}
