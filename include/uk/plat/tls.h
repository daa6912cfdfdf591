/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The thread pointer, as the platform sets it. ukplat_tlsp_set() makes
 * `tlsp` (see ukarch_tls_tlsp()) the thread pointer of the running CPU;
 * ukplat_tlsp_get() returns the current value, NULL before the platform
 * or a scheduler set one. Setting the register may need a privilege the
 * image does not have (FS base on x86_64 under Linux), which is why this
 * is a platform call and not only an architecture one.
 */
#ifndef __UKPLAT_TLS_H__
#define __UKPLAT_TLS_H__

#include <uk/essentials.h>

#ifndef __ASSEMBLY__
void ukplat_tlsp_set(void *tlsp);
void *ukplat_tlsp_get(void);

/*
 * Give the boot context a TLS area from the image (platform boot code,
 * before anything uses TLS); fails loudly when the image's TLS is larger
 * than the area kept for it.
 */
void ukplat_boot_tls_init(void);
#endif

#endif
