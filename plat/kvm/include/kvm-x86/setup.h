/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private interfaces of the kvm x86_64 boot code: what entry64.S leaves
 * behind (boot stack, EBDA address) and the Multiboot reader, which
 * copies the command line into `cmdline` (NUL-terminated, at most
 * cmdline_max - 1 bytes, returning its length), fills the memory region
 * table and stops the system if there is too little free RAM.
 * kvm_x86_boot_stack_guard() unmaps the page below the boot stack (page
 * aligned) so that its overflow is reported as one.
 */
#ifndef __KVM_X86_SETUP_H__
#define __KVM_X86_SETUP_H__

#include <uk/essentials.h>

extern char x86_boot_stack[], x86_boot_stack_top[];
extern __u32 x86_bios_ebda;

void kvm_x86_boot_stack_guard(void);

__sz kvm_multiboot_init(__u32 info, char *cmdline, __sz cmdline_max);

/* Called by entry64.S with the loader's ebx and eax */
void __noreturn _libkvmplat_entry(__u32 mb_info, __u32 mb_magic);

#endif /* __KVM_X86_SETUP_H__ */
