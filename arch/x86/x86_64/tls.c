/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread-local storage, x86_64 ELF variant II.
 *
 * A TLS area is laid out as
 *
 *   area                                tlsp = area + B
 *   | .tdata copy | .tbss zeroed | pad | TCB (TCB_SIZE bytes) |
 *
 * where B is the TLS block size rounded up to the segment alignment, as
 * the linker assumes when it computes the (negative) offsets of TLS
 * variables from the thread pointer. The first word of the TCB points to
 * itself (%fs:0 is the thread pointer); the rest of the TCB is zero
 * (%fs:0x28 is where GCC's default stack protector looks).
 *
 * The template lies between _tls_start, _etdata and _tls_end (see
 * common.lds.h). tls_align_anchor forces the TLS segment alignment to at
 * least TLS_ALIGN; TLS variables must not ask for more than that.
 */
#include <uk/essentials.h>
#include <uk/arch/tls.h>
#include <uk/asm/cpu.h>

#define TLS_ALIGN	64
#define TCB_SIZE	64

extern char _tls_start[], _etdata[], _tls_end[];

static __thread char tls_align_anchor[1]
	__asm__("ukarch_tls_align_anchor") __align(TLS_ALIGN) __used;

/* A relocation against the anchor keeps it alive with --gc-sections. */
static inline void tls_keep_anchor(void)
{
	__asm__ __volatile__(".reloc ., R_X86_64_NONE, "
			     "ukarch_tls_align_anchor");
}

static inline __sz tls_block_size(void)
{
	return ALIGN_UP((__sz)(_tls_end - _tls_start), (__sz)TLS_ALIGN);
}

__sz ukarch_tls_area_size(void)
{
	return tls_block_size() + TCB_SIZE;
}

__sz ukarch_tls_area_align(void)
{
	return TLS_ALIGN;
}

void ukarch_tls_area_init(void *area)
{
	__sz tdata_len = (__sz)(_etdata - _tls_start);
	__sz block = tls_block_size();
	char *p = area;
	__sz i;

	tls_keep_anchor();
	for (i = 0; i < tdata_len; i++)
		p[i] = _tls_start[i];
	for (; i < block + TCB_SIZE; i++)
		p[i] = 0;

	/* TCB: self pointer */
	*(void **)(p + block) = p + block;
}

void *ukarch_tls_tlsp(void *area)
{
	return (char *)area + tls_block_size();
}

void ukarch_tls_set_pointer(void *tlsp)
{
	ukarch_x86_wrmsr(X86_MSR_FS_BASE, (__u64)(__uptr)tlsp);
}

void *ukarch_tls_get_pointer(void)
{
	return (void *)(__uptr)ukarch_x86_rdmsr(X86_MSR_FS_BASE);
}
