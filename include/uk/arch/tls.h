/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread-local storage. Every thread owns a TLS area, initialised from the
 * image's .tdata/.tbss template; ukarch_tls_tlsp() returns the value the
 * thread pointer register (FS base on x86_64, TPIDR_EL0 on arm64) must hold
 * while that thread runs.
 */
#ifndef __UKARCH_TLS_H__
#define __UKARCH_TLS_H__

#include <uk/essentials.h>

__sz ukarch_tls_area_size(void);
__sz ukarch_tls_area_align(void);
void ukarch_tls_area_init(void *area);
void *ukarch_tls_tlsp(void *area);

void ukarch_tls_set_pointer(void *tlsp);
void *ukarch_tls_get_pointer(void);

#endif
