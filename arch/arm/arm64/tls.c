/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread-local storage, arm64 ELF variant I.
 *
 * A TLS area is laid out as
 *
 *   area = tlsp                      area + B
 *   | TCB (16 bytes) | pad          | .tdata copy | .tbss zeroed |
 *
 * where B is the 16-byte TCB rounded up to the TLS segment alignment: the
 * linker places every TLS variable at tlsp + B + its offset in the
 * segment, and TPIDR_EL0 holds tlsp. The TCB is zero.
 *
 * The template lies between _tls_start, _etdata and _tls_end (see
 * common.lds.h). tls_align_anchor forces the alignment of .tdata, the
 * first TLS section, to at least TLS_ALIGN (the linker computes B from
 * that section's alignment, so the anchor is initialised data on
 * purpose); TLS variables must not ask for more than TLS_ALIGN.
 */
#include <uk/essentials.h>
#include <uk/arch/tls.h>
#include <uk/asm/cpu.h>

#define TLS_ALIGN	64
#define TCB_SIZE	16

extern char _tls_start[], _etdata[], _tls_end[];

static __thread char tls_align_anchor[1]
	__asm__("ukarch_tls_align_anchor") __align(TLS_ALIGN) __used = { 1 };

/* A relocation against the anchor keeps it alive with --gc-sections. */
static inline void tls_keep_anchor(void)
{
	__asm__ __volatile__(".reloc ., R_AARCH64_NONE, "
			     "ukarch_tls_align_anchor");
}

/* Offset of the TLS block from the thread pointer */
static inline __sz tls_block_offset(void)
{
	return ALIGN_UP((__sz)TCB_SIZE, (__sz)TLS_ALIGN);
}

__sz ukarch_tls_area_size(void)
{
	return tls_block_offset() + (__sz)(_tls_end - _tls_start);
}

__sz ukarch_tls_area_align(void)
{
	return TLS_ALIGN;
}

void ukarch_tls_area_init(void *area)
{
	__sz tdata_len = (__sz)(_etdata - _tls_start);
	__sz off = tls_block_offset();
	__sz size = ukarch_tls_area_size();
	char *p = area;
	__sz i;

	tls_keep_anchor();
	for (i = 0; i < off; i++)
		p[i] = 0;
	for (i = 0; i < tdata_len; i++)
		p[off + i] = _tls_start[i];
	for (i = off + tdata_len; i < size; i++)
		p[i] = 0;
}

void *ukarch_tls_tlsp(void *area)
{
	return area;
}

void ukarch_tls_set_pointer(void *tlsp)
{
	SYSREG_WRITE64(tpidr_el0, (__u64)(__uptr)tlsp);
}

void *ukarch_tls_get_pointer(void)
{
	return (void *)(__uptr)SYSREG_READ64(tpidr_el0);
}
