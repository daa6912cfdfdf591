/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwIP's operating-system port types: semaphores and mutexes from uklock,
 * mailboxes from ukmpi, threads from uksched (sys_arch.c implements the
 * functions lwIP's sys.h declares).
 */
#ifndef __LWIP_ARCH_SYS_ARCH_H__
#define __LWIP_ARCH_SYS_ARCH_H__

#include <uk/semaphore.h>
#include <uk/mutex.h>
#include <uk/mbox.h>
#include <uk/thread.h>

typedef struct {
	struct uk_semaphore sem;
	int valid;
} sys_sem_t;

typedef struct {
	struct uk_mutex mtx;
	int valid;
} sys_mutex_t;

typedef struct {
	struct uk_mbox *mbox;
} sys_mbox_t;

typedef struct uk_thread *sys_thread_t;

/* The interrupt flags saved by SYS_ARCH_PROTECT */
typedef unsigned long sys_prot_t;

#define SYS_MBOX_NULL	__NULL
#define SYS_SEM_NULL	__NULL

#endif /* __LWIP_ARCH_SYS_ARCH_H__ */
