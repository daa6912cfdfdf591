/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Spinlocks, for short critical sections that must not sleep.
 *
 *   struct uk_spinlock lock = UK_SPINLOCK_INITIALIZER();  or uk_spin_init()
 *   uk_spin_lock(&lock); ... uk_spin_unlock(&lock);
 *   uk_spin_trylock(&lock) returns 1 when it took the lock, 0 otherwise.
 *   uk_spin_lock_irqsave(&lock, flags) / uk_spin_unlock_irqrestore(&lock,
 *   flags) also disable interrupts (ukplat_lcpu_save_irqf()) for data
 *   shared with interrupt handlers; `flags` is an unsigned long lvalue.
 *
 * The lock is a real atomic flag. On our single CPU with cooperative
 * threads it is only contended by mistake (a holder that yields, or an
 * interrupt handler taking a lock its thread holds without irqsave):
 * with CONFIG_LIBUKDEBUG_ENABLE_ASSERT such a deadlock crashes with a
 * message instead of hanging after a large number of spins.
 */
#ifndef __UK_SPINLOCK_H__
#define __UK_SPINLOCK_H__

#include <uk/essentials.h>
#include <uk/assert.h>
#include <uk/arch/atomic.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/lcpu.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_spinlock {
	volatile int locked;
};

#define UK_SPINLOCK_INITIALIZER()	{ .locked = 0 }
#define DEFINE_SPINLOCK(name)						\
	struct uk_spinlock name = UK_SPINLOCK_INITIALIZER()

/* Spins before a contended lock counts as a deadlock */
#define UK_SPINLOCK_DEADLOCK_SPINS	(1UL << 30)

static inline void uk_spin_init(struct uk_spinlock *lock)
{
	lock->locked = 0;
}

static inline int uk_spin_trylock(struct uk_spinlock *lock)
{
	return !__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE);
}

static inline void uk_spin_lock(struct uk_spinlock *lock)
{
	unsigned long spins __maybe_unused = 0;

	while (!uk_spin_trylock(lock)) {
		while (__atomic_load_n(&lock->locked, __ATOMIC_RELAXED)) {
			ukarch_spinwait();
#ifdef CONFIG_LIBUKDEBUG_ENABLE_ASSERT
			if (++spins == UK_SPINLOCK_DEADLOCK_SPINS)
				UK_CRASH("Deadlock on spinlock %p\n", lock);
#endif
		}
	}
}

static inline void uk_spin_unlock(struct uk_spinlock *lock)
{
	UK_ASSERT(lock->locked);
	__atomic_store_n(&lock->locked, 0, __ATOMIC_RELEASE);
}

static inline int uk_spin_is_locked(struct uk_spinlock *lock)
{
	return __atomic_load_n(&lock->locked, __ATOMIC_RELAXED);
}

#define uk_spin_lock_irqsave(lock, flags)				\
	do {								\
		(flags) = ukplat_lcpu_save_irqf();			\
		uk_spin_lock(lock);					\
	} while (0)

#define uk_spin_unlock_irqrestore(lock, flags)				\
	do {								\
		uk_spin_unlock(lock);					\
		ukplat_lcpu_restore_irqf(flags);			\
	} while (0)

#ifdef __cplusplus
}
#endif

#endif /* __UK_SPINLOCK_H__ */
