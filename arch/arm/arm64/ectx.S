/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Extended (FP/SIMD) context of arm64: the 32 128-bit registers q0-q31
 * followed by FPSR and FPCR, 528 bytes, 16-byte aligned. Written in
 * assembly so that saving the state cannot disturb it. A clean state is
 * all registers zero, FPCR 0 (round to nearest, no traps, no flush to
 * zero) and FPSR 0.
 */
#define ECTX_SIZE	528
#define ECTX_ALIGN	16
#define ECTX_FPSR	512

.text

/* __sz ukarch_ectx_size(void) */
.globl ukarch_ectx_size
.type ukarch_ectx_size, %function
ukarch_ectx_size:
	mov	x0, #ECTX_SIZE
	ret
.size ukarch_ectx_size, . - ukarch_ectx_size

/* __sz ukarch_ectx_align(void) */
.globl ukarch_ectx_align
.type ukarch_ectx_align, %function
ukarch_ectx_align:
	mov	x0, #ECTX_ALIGN
	ret
.size ukarch_ectx_align, . - ukarch_ectx_align

/* void ukarch_ectx_init(struct ukarch_ectx *state): x0 */
.globl ukarch_ectx_init
.type ukarch_ectx_init, %function
ukarch_ectx_init:
	add	x1, x0, #ECTX_SIZE
1:	stp	xzr, xzr, [x0], #16
	cmp	x0, x1
	b.lo	1b
	ret
.size ukarch_ectx_init, . - ukarch_ectx_init

/* void ukarch_ectx_store(struct ukarch_ectx *state): x0 */
.globl ukarch_ectx_store
.type ukarch_ectx_store, %function
ukarch_ectx_store:
	stp	q0, q1, [x0, #0]
	stp	q2, q3, [x0, #32]
	stp	q4, q5, [x0, #64]
	stp	q6, q7, [x0, #96]
	stp	q8, q9, [x0, #128]
	stp	q10, q11, [x0, #160]
	stp	q12, q13, [x0, #192]
	stp	q14, q15, [x0, #224]
	stp	q16, q17, [x0, #256]
	stp	q18, q19, [x0, #288]
	stp	q20, q21, [x0, #320]
	stp	q22, q23, [x0, #352]
	stp	q24, q25, [x0, #384]
	stp	q26, q27, [x0, #416]
	stp	q28, q29, [x0, #448]
	stp	q30, q31, [x0, #480]
	mrs	x1, fpsr
	mrs	x2, fpcr
	add	x0, x0, #ECTX_FPSR
	stp	x1, x2, [x0]
	ret
.size ukarch_ectx_store, . - ukarch_ectx_store

/* void ukarch_ectx_load(struct ukarch_ectx *state): x0 */
.globl ukarch_ectx_load
.type ukarch_ectx_load, %function
ukarch_ectx_load:
	ldp	q0, q1, [x0, #0]
	ldp	q2, q3, [x0, #32]
	ldp	q4, q5, [x0, #64]
	ldp	q6, q7, [x0, #96]
	ldp	q8, q9, [x0, #128]
	ldp	q10, q11, [x0, #160]
	ldp	q12, q13, [x0, #192]
	ldp	q14, q15, [x0, #224]
	ldp	q16, q17, [x0, #256]
	ldp	q18, q19, [x0, #288]
	ldp	q20, q21, [x0, #320]
	ldp	q22, q23, [x0, #352]
	ldp	q24, q25, [x0, #384]
	ldp	q26, q27, [x0, #416]
	ldp	q28, q29, [x0, #448]
	ldp	q30, q31, [x0, #480]
	add	x0, x0, #ECTX_FPSR
	ldp	x1, x2, [x0]
	msr	fpsr, x1
	msr	fpcr, x2
	ret
.size ukarch_ectx_load, . - ukarch_ectx_load

.section .note.GNU-stack, "", %progbits
