/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Extended (x87/SSE/AVX) context of x86_64.
 *
 * When the OS has enabled XSAVE (CPUID.1:ECX.OSXSAVE, set by the platform
 * in CR4 at boot), the state is kept with XSAVE/XRSTOR in the standard
 * format, sized by CPUID leaf 0xD for the components enabled in XCR0 and
 * aligned to 64 bytes. Otherwise FXSAVE/FXRSTOR with its fixed 512-byte,
 * 16-byte aligned area is used. The method is probed once, on first use.
 *
 * This file is built with general-purpose registers only, so saving the
 * state never disturbs the state being saved. With
 * CONFIG_ARCH_X86_64_NO_SIMD no code of the image touches that state:
 * there is nothing to keep, and the functions do nothing.
 */
#include <uk/essentials.h>
#include <uk/arch/ctx.h>
#include <uk/asm/cpu.h>

#define FXSAVE_SIZE		512
#define FXSAVE_ALIGN		16
#define XSAVE_ALIGN		64
#define XSAVE_HDR_OFF		512	/* header follows legacy area */
#define XSAVE_HDR_SIZE		64

/* Offsets in the legacy (FXSAVE) area */
#define FX_FCW_OFF		0
#define FX_MXCSR_OFF		24

#define FCW_DEFAULT		0x037f	/* exceptions masked, 64-bit */
#define MXCSR_DEFAULT		0x1f80	/* exceptions masked, RNE */

enum ectx_method {
	ECTX_UNKNOWN = 0,
	ECTX_FXSAVE,
	ECTX_XSAVE,
};

#if CONFIG_ARCH_X86_64_NO_SIMD
__sz ukarch_ectx_size(void)
{
	return 0;
}

__sz ukarch_ectx_align(void)
{
	return 1;
}

void ukarch_ectx_init(struct ukarch_ectx *state __unused)
{
}

void ukarch_ectx_store(struct ukarch_ectx *state __unused)
{
}

void ukarch_ectx_load(struct ukarch_ectx *state __unused)
{
}
#else /* !CONFIG_ARCH_X86_64_NO_SIMD */
static enum ectx_method ectx_method;
static __sz ectx_size;

static void ectx_probe(void)
{
	__u32 eax, ebx, ecx, edx;

	ukarch_x86_cpuid(1, 0, &eax, &ebx, &ecx, &edx);
	if (ecx & X86_CPUID1_ECX_OSXSAVE) {
		/* EBX: size for the components currently enabled in XCR0 */
		ukarch_x86_cpuid(0xd, 0, &eax, &ebx, &ecx, &edx);
		ectx_size = ALIGN_UP((__sz)ebx, XSAVE_ALIGN);
		if (ectx_size < FXSAVE_SIZE + XSAVE_HDR_SIZE)
			ectx_size = FXSAVE_SIZE + XSAVE_HDR_SIZE;
		ectx_method = ECTX_XSAVE;
	} else {
		ectx_size = FXSAVE_SIZE;
		ectx_method = ECTX_FXSAVE;
	}
}

static inline enum ectx_method ectx_get_method(void)
{
	if (unlikely(ectx_method == ECTX_UNKNOWN))
		ectx_probe();
	return ectx_method;
}

__sz ukarch_ectx_size(void)
{
	ectx_get_method();
	return ectx_size;
}

__sz ukarch_ectx_align(void)
{
	return (ectx_get_method() == ECTX_XSAVE) ? XSAVE_ALIGN : FXSAVE_ALIGN;
}

/* XRSTOR faults on non-zero reserved header bytes: clear the header. */
static inline void xsave_hdr_clear(struct ukarch_ectx *state)
{
	volatile __u64 *hdr = (__u64 *)((char *)state + XSAVE_HDR_OFF);
	unsigned int i;

	for (i = 0; i < XSAVE_HDR_SIZE / sizeof(__u64); i++)
		hdr[i] = 0;
}

void ukarch_ectx_init(struct ukarch_ectx *state)
{
	volatile __u64 *p = (__u64 *)state;
	__sz i;

	for (i = 0; i < ukarch_ectx_size() / sizeof(__u64); i++)
		p[i] = 0;

	*(__u16 *)((char *)state + FX_FCW_OFF) = FCW_DEFAULT;
	*(__u32 *)((char *)state + FX_MXCSR_OFF) = MXCSR_DEFAULT;

	/*
	 * XSTATE_BV: take x87 and SSE from the legacy area (so the control
	 * words above count), every other component starts in init state.
	 */
	if (ectx_get_method() == ECTX_XSAVE)
		*(__u64 *)((char *)state + XSAVE_HDR_OFF) =
			X86_XCR0_X87 | X86_XCR0_SSE;
}

void ukarch_ectx_store(struct ukarch_ectx *state)
{
	if (ectx_get_method() == ECTX_XSAVE) {
		xsave_hdr_clear(state);
		__asm__ __volatile__("xsave64 (%0)"
				     : : "r"(state), "a"(~0U), "d"(~0U)
				     : "memory");
	} else {
		__asm__ __volatile__("fxsave64 (%0)"
				     : : "r"(state) : "memory");
	}
}

void ukarch_ectx_load(struct ukarch_ectx *state)
{
	if (ectx_get_method() == ECTX_XSAVE) {
		__asm__ __volatile__("xrstor64 (%0)"
				     : : "r"(state), "a"(~0U), "d"(~0U)
				     : "memory");
	} else {
		__asm__ __volatile__("fxrstor64 (%0)"
				     : : "r"(state) : "memory");
	}
}
#endif /* !CONFIG_ARCH_X86_64_NO_SIMD */
