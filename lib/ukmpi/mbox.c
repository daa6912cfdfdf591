/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mailboxes on two semaphores: `readsem` counts queued messages,
 * `writesem` free slots. A ring buffer holds the messages; its indexes
 * move with interrupts disabled.
 */
#include <errno.h>
#include <uk/mbox.h>
#include <uk/semaphore.h>
#include <uk/wait.h>
#include <uk/plat/lcpu.h>
#include <uk/assert.h>

struct uk_mbox {
	__sz len;			/* slots */
	struct uk_semaphore readsem;	/* messages queued */
	__sz readpos;
	struct uk_semaphore writesem;	/* free slots */
	__sz writepos;
	void *msgs[];
};

struct uk_mbox *uk_mbox_create(struct uk_alloc *a, __sz size)
{
	struct uk_mbox *m;

	UK_ASSERT(size > 0);
	if (size > ((__sz)-1 - sizeof(*m)) / sizeof(void *))
		return __NULL;
	m = uk_malloc(a, sizeof(*m) + size * sizeof(void *));
	if (!m)
		return __NULL;

	m->len = size;
	uk_semaphore_init(&m->readsem, 0);
	m->readpos = 0;
	uk_semaphore_init(&m->writesem, (long)size);
	m->writepos = 0;
	return m;
}

void uk_mbox_free(struct uk_alloc *a, struct uk_mbox *m)
{
	UK_ASSERT(m);
	UK_ASSERT(uk_waitq_empty(&m->readsem.wait));
	UK_ASSERT(uk_waitq_empty(&m->writesem.wait));
	uk_free(a, m);
}

/* A slot is reserved (writesem taken): fill it */
static void mbox_enqueue(struct uk_mbox *m, void *msg)
{
	unsigned long flags;

	flags = ukplat_lcpu_save_irqf();
	m->msgs[m->writepos] = msg;
	m->writepos = (m->writepos + 1) % m->len;
	ukplat_lcpu_restore_irqf(flags);
	uk_semaphore_up(&m->readsem);
}

/* A message is reserved (readsem taken): take it */
static void *mbox_dequeue(struct uk_mbox *m)
{
	unsigned long flags;
	void *msg;

	flags = ukplat_lcpu_save_irqf();
	msg = m->msgs[m->readpos];
	m->readpos = (m->readpos + 1) % m->len;
	ukplat_lcpu_restore_irqf(flags);
	uk_semaphore_up(&m->writesem);
	return msg;
}

void uk_mbox_post(struct uk_mbox *m, void *msg)
{
	UK_ASSERT(m);
	uk_semaphore_down(&m->writesem);
	mbox_enqueue(m, msg);
}

int uk_mbox_post_try(struct uk_mbox *m, void *msg)
{
	UK_ASSERT(m);
	if (!uk_semaphore_down_try(&m->writesem))
		return -ENOBUFS;
	mbox_enqueue(m, msg);
	return 0;
}

__nsec uk_mbox_post_to(struct uk_mbox *m, void *msg, __nsec timeout)
{
	__nsec waited;

	UK_ASSERT(m);
	waited = uk_semaphore_down_to(&m->writesem, timeout);
	if (waited != __NSEC_MAX)
		mbox_enqueue(m, msg);
	return waited;
}

void uk_mbox_recv(struct uk_mbox *m, void **msg)
{
	void *rmsg;

	UK_ASSERT(m);
	uk_semaphore_down(&m->readsem);
	rmsg = mbox_dequeue(m);
	if (msg)
		*msg = rmsg;
}

int uk_mbox_recv_try(struct uk_mbox *m, void **msg)
{
	void *rmsg;

	UK_ASSERT(m);
	if (!uk_semaphore_down_try(&m->readsem))
		return -ENOMSG;
	rmsg = mbox_dequeue(m);
	if (msg)
		*msg = rmsg;
	return 0;
}

__nsec uk_mbox_recv_to(struct uk_mbox *m, void **msg, __nsec timeout)
{
	__nsec waited;
	void *rmsg;

	UK_ASSERT(m);
	waited = uk_semaphore_down_to(&m->readsem, timeout);
	if (waited != __NSEC_MAX) {
		rmsg = mbox_dequeue(m);
		if (msg)
			*msg = rmsg;
	}
	return waited;
}
