/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread memory, start-up, blocking and waking.
 *
 * A thread takes two allocations: its stack (whole pages) and one block
 * holding, each suitably aligned,
 *
 *   | struct uk_thread | extended context | TLS area |
 *
 * With CONFIG_LIBUKSCHED_STACK_GUARD the lowest page of the stack is a
 * guard page (unmapped by the platform, mapped again before the stack is
 * freed); the crash report of an access to it names the thread.
 */
#include <string.h>
#include <uk/thread.h>
#include <uk/sched_impl.h>
#include <uk/wait.h>
#include <uk/arch/ctx.h>
#include <uk/arch/tls.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/plat/memory.h>
#include <uk/print.h>
#include <uk/assert.h>

#include "thread_impl.h"

#ifdef CONFIG_LIBUKSCHED_STACK_SIZE
#define THREAD_STACK_SIZE	CONFIG_LIBUKSCHED_STACK_SIZE
#else
#define THREAD_STACK_SIZE	__STACK_SIZE
#endif

static __sz thread_stack_pages(void)
{
	return DIV_ROUND_UP((__sz)THREAD_STACK_SIZE, __PAGE_SIZE);
}

#ifdef CONFIG_LIBUKSCHED_STACK_GUARD
#define STACK_GUARD_SIZE	__PAGE_SIZE

/* For the trap report: the running thread, if addr is in its guard */
static const char *stack_guard_owner(unsigned long addr)
{
	struct uk_thread *t = uk_thread_current();
	unsigned long guard;

	if (!t)
		return __NULL;
	guard = (unsigned long)t->stack;
	if (addr < guard || addr >= guard + STACK_GUARD_SIZE)
		return __NULL;
	return uk_thread_name(t);
}

static int stack_guard(void *stack)
{
	int rc;

	ukplat_page_guard_owner_set(stack_guard_owner);
	rc = ukplat_page_guard(stack, STACK_GUARD_SIZE);
	if (rc < 0)
		uk_pr_err("Cannot make a stack guard page at %p: %d\n",
			  stack, rc);
	return rc;
}

static int stack_unguard(void *stack)
{
	int rc = ukplat_page_unguard(stack, STACK_GUARD_SIZE);

	if (rc < 0)
		uk_pr_err("Cannot map the stack guard page at %p again (%d): "
			  "its stack is not freed\n", stack, rc);
	return rc;
}
#else
static int stack_guard(void *stack __unused)
{
	return 0;
}

static int stack_unguard(void *stack __unused)
{
	return 0;
}
#endif

/* First code of every thread, on its own stack, interrupts disabled */
static void __noreturn thread_start(void *arg)
{
	struct uk_thread *t = arg;

	ukarch_ectx_load(t->ectx);
	uk_sched_reap(t->sched);
	ukplat_lcpu_enable_irq();
	t->entry(t->arg);
	uk_sched_thread_exit();
}

struct uk_thread *uk_thread_alloc(struct uk_sched *s, const char *name,
				  void (*function)(void *), void *arg)
{
	struct uk_alloc *a = s->allocator;
	__sz ectx_off, tls_off, len, align;
	struct uk_thread *t;
	void *mem, *stack;

	align = MAX(ukarch_ectx_align(), ukarch_tls_area_align());
	align = MAX(align, (__sz)UK_ALLOC_MIN_ALIGN);
	ectx_off = ALIGN_UP(sizeof(*t), ukarch_ectx_align());
	tls_off = ALIGN_UP(ectx_off + ukarch_ectx_size(),
			   ukarch_tls_area_align());
	len = tls_off + ukarch_tls_area_size();

	mem = uk_memalign(a, align, len);
	if (!mem)
		goto err_out;
	stack = uk_palloc(a, thread_stack_pages());
	if (!stack)
		goto err_free_mem;
	if (stack_guard(stack) < 0)
		goto err_free_stack;

	t = mem;
	memset(t, 0, sizeof(*t));
	t->name = name;
	t->stack = stack;
	t->stack_size = thread_stack_pages() * __PAGE_SIZE;
	t->ectx = (struct ukarch_ectx *)((char *)mem + ectx_off);
	t->tls = (char *)mem + tls_off;
	ukarch_ectx_init(t->ectx);
	ukarch_tls_area_init(t->tls);
	t->tlsp = ukarch_tls_tlsp(t->tls);
	uk_waitq_init(&t->waiting_threads);
	t->sched = s;
	t->entry = function;
	t->arg = arg;
	set_runnable(t);
	ukarch_ctx_init(&t->ctx, (unsigned long)stack + t->stack_size,
			thread_start, t);
	return t;

err_free_stack:
	uk_pfree(a, stack, thread_stack_pages());
err_free_mem:
	uk_free(a, mem);
err_out:
	uk_pr_err("Not enough memory for thread \"%s\"\n",
		  name ? name : "<unnamed>");
	return __NULL;
}

void uk_thread_release(struct uk_thread *t)
{
	struct uk_alloc *a = t->sched->allocator;

	UK_ASSERT(t != uk_thread_current());
	if (stack_unguard(t->stack) == 0)
		uk_pfree(a, t->stack, thread_stack_pages());
	uk_free(a, t);
}

void uk_thread_block_until(struct uk_thread *t, __nsec deadline)
{
	unsigned long flags;

	UK_ASSERT(t);
	flags = ukplat_lcpu_save_irqf();
	t->wakeup_time = deadline;
	clear_runnable(t);
	/* also when already blocked: the deadline may have changed */
	uk_sched_thread_blocked(t);
	ukplat_lcpu_restore_irqf(flags);
}

void uk_thread_block_timeout(struct uk_thread *t, __nsec nsec)
{
	__nsec deadline;

	if (__builtin_add_overflow(ukplat_monotonic_clock(), nsec, &deadline))
		deadline = __NSEC_MAX;
	uk_thread_block_until(t, deadline);
}

void uk_thread_block(struct uk_thread *t)
{
	uk_thread_block_until(t, 0);
}

void uk_thread_wake(struct uk_thread *t)
{
	unsigned long flags;

	UK_ASSERT(t);
	flags = ukplat_lcpu_save_irqf();
	if (!is_runnable(t) && !is_exited(t)) {
		set_runnable(t);
		t->wakeup_time = 0;
		uk_sched_thread_woken(t);
	}
	ukplat_lcpu_restore_irqf(flags);
}
