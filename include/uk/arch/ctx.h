/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Execution contexts for threads.
 *
 * struct ukarch_ctx holds what a cooperative switch must keep: stack
 * pointer and resume address. ukarch_ctx_init() prepares a context that,
 * when switched to, calls entry(arg) on the stack ending at `sp` (the
 * highest address, exclusive); entry must not return.
 * ukarch_ctx_switch() saves callee-saved general-purpose state into
 * `store` and resumes `load`.
 *
 * The extended context (FPU/SSE/AVX or FP/SIMD registers, callee-saved
 * ones such as arm64's d8-d15 included) is kept apart and switched by
 * the caller before ukarch_ctx_switch():
 * ukarch_ectx_size()/ukarch_ectx_align() say how big a buffer must be,
 * ukarch_ectx_init() fills it with a clean state, ukarch_ectx_store() and
 * ukarch_ectx_load() save and restore the current CPU's state.
 */
#ifndef __UKARCH_CTX_H__
#define __UKARCH_CTX_H__

#include <uk/essentials.h>

struct ukarch_ctx {
	unsigned long sp;
	unsigned long ip;
};

struct ukarch_ectx;

void ukarch_ctx_init(struct ukarch_ctx *ctx, unsigned long sp,
		     void (*entry)(void *), void *arg);
void ukarch_ctx_switch(struct ukarch_ctx *store, struct ukarch_ctx *load);

__sz ukarch_ectx_size(void);
__sz ukarch_ectx_align(void);
void ukarch_ectx_init(struct ukarch_ectx *state);
void ukarch_ectx_store(struct ukarch_ectx *state);
void ukarch_ectx_load(struct ukarch_ectx *state);

#endif
