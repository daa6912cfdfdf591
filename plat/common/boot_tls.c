/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * TLS of the boot context, until a scheduler gives threads their own:
 * one area in .bss, set up from the image's TLS template.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/arch/tls.h>
#include <uk/plat/tls.h>

#define BOOT_TLS_SIZE		4096
#define BOOT_TLS_ALIGN		64

static char boot_tls[BOOT_TLS_SIZE] __align(BOOT_TLS_ALIGN);

void ukplat_boot_tls_init(void)
{
	if (ukarch_tls_area_size() > sizeof(boot_tls) ||
	    ukarch_tls_area_align() > BOOT_TLS_ALIGN) {
		uk_pr_warn("TLS needs %lu bytes: boot context has no TLS\n",
			   (unsigned long)ukarch_tls_area_size());
		return;
	}
	ukarch_tls_area_init(boot_tls);
	ukplat_tlsp_set(ukarch_tls_tlsp(boot_tls));
}
