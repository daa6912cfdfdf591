/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the parts of the KVM platform share, whatever the architecture:
 * the memory region table (kvm_memregion_add() keeps it sorted by base
 * address and returns a negative errno when it is full), the console
 * set-up and the image layout symbols of the linker script.
 */
#ifndef __KVM_SETUP_H__
#define __KVM_SETUP_H__

#include <uk/essentials.h>

#define KVM_MAX_MEMREGIONS	32
#define KVM_CMDLINE_MAX		8192

int kvm_memregion_add(__uptr base, __sz len, int flags, const char *name);
void kvm_memregion_print(void);

void kvm_console_init(void);

/* Image layout (linker script) */
extern char _text[], _etext[], _rodata[], _erodata[];
extern char _data[], _edata[], __bss_start[], _end[];

#endif /* __KVM_SETUP_H__ */
