/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 instruction wrappers for privileged code: CPUID, MSR access,
 * control registers, XCR0, the time stamp counter and the interrupt flag.
 * All are static inline and have no side effects beyond the instruction.
 * Port I/O lives in <x86/io.h> of the platform code.
 */
#ifndef __UKARCH_X86_64_CPU_H__
#define __UKARCH_X86_64_CPU_H__

#include <uk/essentials.h>
#include <uk/asm/cpu_defs.h>

#ifndef __ASSEMBLY__
static inline void ukarch_x86_cpuid(__u32 leaf, __u32 subleaf, __u32 *eax,
				    __u32 *ebx, __u32 *ecx, __u32 *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "a"(leaf), "c"(subleaf));
}

static inline __u64 ukarch_x86_rdmsr(__u32 msr)
{
	__u32 lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((__u64)hi << 32) | lo;
}

static inline void ukarch_x86_wrmsr(__u32 msr, __u64 val)
{
	__asm__ __volatile__("wrmsr"
			     : : "c"(msr), "a"((__u32)val),
			       "d"((__u32)(val >> 32))
			     : "memory");
}

static inline __u64 ukarch_x86_xgetbv(__u32 xcr)
{
	__u32 lo, hi;

	__asm__ __volatile__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(xcr));
	return ((__u64)hi << 32) | lo;
}

static inline __u64 ukarch_x86_rdtsc(void)
{
	__u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((__u64)hi << 32) | lo;
}

#define __X86_CR_ACCESSORS(n)						\
static inline unsigned long ukarch_x86_read_cr##n(void)		\
{									\
	unsigned long v;						\
									\
	__asm__ __volatile__("mov %%cr" #n ", %0" : "=r"(v));		\
	return v;							\
}									\
static inline void ukarch_x86_write_cr##n(unsigned long v)		\
{									\
	__asm__ __volatile__("mov %0, %%cr" #n : : "r"(v) : "memory");	\
}

__X86_CR_ACCESSORS(0)
__X86_CR_ACCESSORS(2)
__X86_CR_ACCESSORS(3)
__X86_CR_ACCESSORS(4)

#undef __X86_CR_ACCESSORS

static inline unsigned long ukarch_x86_read_flags(void)
{
	unsigned long f;

	__asm__ __volatile__("pushfq; popq %0" : "=r"(f) : : "memory");
	return f;
}

static inline void ukarch_x86_cli(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

static inline void ukarch_x86_sti(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}
#endif /* !__ASSEMBLY__ */

#endif /* __UKARCH_X86_64_CPU_H__ */
