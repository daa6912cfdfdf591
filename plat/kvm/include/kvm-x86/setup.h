/* SPDX-License-Identifier: BSD-3-Clause */
/* Private interfaces between the parts of the kvm x86_64 platform. */
#ifndef __KVM_X86_SETUP_H__
#define __KVM_X86_SETUP_H__

#include <uk/essentials.h>

struct kvm_regs {
	unsigned long r15, r14, r13, r12, rbp, rbx;
	unsigned long r11, r10, r9, r8, rax, rcx, rdx, rsi, rdi;
	unsigned long vector, error_code;
	unsigned long rip, cs, rflags, rsp, ss;	/* pushed by the CPU */
};

void kvm_console_init(void);
void kvm_traps_init(void);
void kvm_pic_init(void);
void kvm_pic_unmask(unsigned int irq);
void kvm_time_init(void);
void kvm_cpu_features_init(void);
void kvm_memregions_init(__u32 mbinfo);
char *kvm_cmdline(__sz *len);

#endif
