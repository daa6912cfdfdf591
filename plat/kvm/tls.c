/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread pointer on kvm: the guest runs privileged, so the architecture's
 * register access (FS base MSR, TPIDR_EL0) is used directly.
 */
#include <uk/arch/tls.h>
#include <uk/plat/tls.h>

void ukplat_tlsp_set(void *tlsp)
{
	ukarch_tls_set_pointer(tlsp);
}

void *ukplat_tlsp_get(void)
{
	return ukarch_tls_get_pointer();
}
