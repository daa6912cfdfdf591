/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwIP's operating-system layer (lwip/sys.h) on this SDK: semaphores and
 * mutexes from uklock, mailboxes from ukmpi, threads from uksched, time
 * from the platform's monotonic clock, and critical sections that turn
 * interrupts off.
 */
#include <string.h>
#include <uk/alloc.h>
#include <uk/sched.h>
#include <uk/thread.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/arch/time.h>
#include <lwip/opt.h>
#include <lwip/sys.h>
#include <lwip/err.h>

#define MS_TO_NS(ms)	((__nsec)(ms) * 1000000ULL)

void sys_init(void)
{
}

u32_t sys_now(void)
{
	return (u32_t)(ukplat_monotonic_clock() / 1000000ULL);
}

u32_t lwip_port_rand(void)
{
	/* xorshift32, seeded from the clock on first use */
	static u32_t state;

	if (!state)
		state = (u32_t)ukplat_monotonic_clock() | 1;
	state ^= state << 13;
	state ^= state >> 17;
	state ^= state << 5;
	return state;
}

sys_prot_t sys_arch_protect(void)
{
	return ukplat_lcpu_save_irqf();
}

void sys_arch_unprotect(sys_prot_t flags)
{
	ukplat_lcpu_restore_irqf(flags);
}

/* Nanoseconds waited (or __NSEC_MAX) to lwIP's milliseconds */
static u32_t waited_ms(__nsec waited)
{
	if (waited == __NSEC_MAX)
		return SYS_ARCH_TIMEOUT;
	return (u32_t)(waited / 1000000ULL);
}

/* --- semaphores --------------------------------------------------------- */

err_t sys_sem_new(sys_sem_t *sem, u8_t count)
{
	uk_semaphore_init(&sem->sem, count);
	sem->valid = 1;
	return ERR_OK;
}

void sys_sem_free(sys_sem_t *sem)
{
	sem->valid = 0;
}

int sys_sem_valid(sys_sem_t *sem)
{
	return sem && sem->valid;
}

void sys_sem_set_invalid(sys_sem_t *sem)
{
	sem->valid = 0;
}

void sys_sem_signal(sys_sem_t *sem)
{
	uk_semaphore_up(&sem->sem);
}

u32_t sys_arch_sem_wait(sys_sem_t *sem, u32_t timeout)
{
	__nsec start;

	if (timeout == 0) {
		start = ukplat_monotonic_clock();
		uk_semaphore_down(&sem->sem);
		return waited_ms(ukplat_monotonic_clock() - start);
	}
	return waited_ms(uk_semaphore_down_to(&sem->sem, MS_TO_NS(timeout)));
}

/* --- mutexes ------------------------------------------------------------ */

err_t sys_mutex_new(sys_mutex_t *mtx)
{
	uk_mutex_init(&mtx->mtx);
	mtx->valid = 1;
	return ERR_OK;
}

void sys_mutex_free(sys_mutex_t *mtx)
{
	mtx->valid = 0;
}

int sys_mutex_valid(sys_mutex_t *mtx)
{
	return mtx && mtx->valid;
}

void sys_mutex_set_invalid(sys_mutex_t *mtx)
{
	mtx->valid = 0;
}

void sys_mutex_lock(sys_mutex_t *mtx)
{
	uk_mutex_lock(&mtx->mtx);
}

void sys_mutex_unlock(sys_mutex_t *mtx)
{
	uk_mutex_unlock(&mtx->mtx);
}

/* --- mailboxes ---------------------------------------------------------- */

err_t sys_mbox_new(sys_mbox_t *mbox, int size)
{
	mbox->mbox = uk_mbox_create(uk_alloc_get_default(),
				    size > 0 ? (__sz)size
					     : CONFIG_LWIP_MBOX_SIZE);
	return mbox->mbox ? ERR_OK : ERR_MEM;
}

void sys_mbox_free(sys_mbox_t *mbox)
{
	if (mbox->mbox)
		uk_mbox_free(uk_alloc_get_default(), mbox->mbox);
	mbox->mbox = __NULL;
}

int sys_mbox_valid(sys_mbox_t *mbox)
{
	return mbox && mbox->mbox;
}

void sys_mbox_set_invalid(sys_mbox_t *mbox)
{
	mbox->mbox = __NULL;
}

void sys_mbox_post(sys_mbox_t *mbox, void *msg)
{
	uk_mbox_post(mbox->mbox, msg);
}

err_t sys_mbox_trypost(sys_mbox_t *mbox, void *msg)
{
	return uk_mbox_post_try(mbox->mbox, msg) < 0 ? ERR_MEM : ERR_OK;
}

err_t sys_mbox_trypost_fromisr(sys_mbox_t *mbox, void *msg)
{
	return sys_mbox_trypost(mbox, msg);
}

u32_t sys_arch_mbox_fetch(sys_mbox_t *mbox, void **msg, u32_t timeout)
{
	__nsec start;

	if (timeout == 0) {
		start = ukplat_monotonic_clock();
		uk_mbox_recv(mbox->mbox, msg);
		return waited_ms(ukplat_monotonic_clock() - start);
	}
	return waited_ms(uk_mbox_recv_to(mbox->mbox, msg, MS_TO_NS(timeout)));
}

u32_t sys_arch_mbox_tryfetch(sys_mbox_t *mbox, void **msg)
{
	return uk_mbox_recv_try(mbox->mbox, msg) < 0 ? SYS_MBOX_EMPTY : 0;
}

/* --- threads ------------------------------------------------------------ */

sys_thread_t sys_thread_new(const char *name, lwip_thread_fn thread,
			    void *arg, int stacksize __unused,
			    int prio __unused)
{
	struct uk_thread *t;

	t = uk_thread_create(name, thread, arg);
	if (!t)
		UK_CRASH("lwIP: cannot create thread %s\n", name);
	return t;
}
