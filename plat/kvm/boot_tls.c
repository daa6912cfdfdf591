/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread-local storage for the boot context (see <kvm/setup.h>): code
 * that runs before a scheduler gives threads their own TLS may already
 * use __thread variables.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/arch/tls.h>
#include <kvm/setup.h>

#define BOOT_TLS_SIZE		4096
#define BOOT_TLS_ALIGN		64

static char boot_tls[BOOT_TLS_SIZE] __align(BOOT_TLS_ALIGN);

void kvm_boot_tls_init(void)
{
	if (ukarch_tls_area_size() > sizeof(boot_tls) ||
	    ukarch_tls_area_align() > BOOT_TLS_ALIGN) {
		uk_pr_warn("TLS needs %lu bytes: boot context has no TLS\n",
			   (unsigned long)ukarch_tls_area_size());
		return;
	}
	ukarch_tls_area_init(boot_tls);
	ukarch_tls_set_pointer(ukarch_tls_tlsp(boot_tls));
}

void kvm_image_layout_print(void)
{
	uk_pr_info("Image: text %p-%p, rodata %p-%p, data %p-%p, bss %p-%p\n",
		   _text, _etext, _rodata, _erodata, _data, _edata,
		   __bss_start, _end);
}
