/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mailboxes: bounded FIFO queues of pointers between threads.
 *
 *   m = uk_mbox_create(a, size)   room for `size` messages (>= 1), memory
 *                                 from allocator a; NULL when short
 *   uk_mbox_free(a, m)            m must be empty of waiters
 *   uk_mbox_post(m, msg)          enqueue, sleeping while the box is full
 *   uk_mbox_post_try(m, msg)      0, or -ENOBUFS when full
 *   uk_mbox_post_to(m, msg, ns)   like post, giving up after ns
 *                                 nanoseconds: the time waited, or
 *                                 __NSEC_MAX on timeout
 *   uk_mbox_recv(m, &msg)         dequeue, sleeping while empty
 *   uk_mbox_recv_try(m, &msg)     0, or -ENOMSG when empty
 *   uk_mbox_recv_to(m, &msg, ns)  like recv with a timeout, as post_to
 *
 * `msg` may be NULL; recv functions accept a NULL msg pointer to drop
 * the message. The _try variants and posting never block when room is
 * available; the _try variants may be used from interrupt handlers.
 */
#ifndef __UK_MBOX_H__
#define __UK_MBOX_H__

#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/alloc.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_mbox;

struct uk_mbox *uk_mbox_create(struct uk_alloc *a, __sz size);
void uk_mbox_free(struct uk_alloc *a, struct uk_mbox *m);

void uk_mbox_post(struct uk_mbox *m, void *msg);
int uk_mbox_post_try(struct uk_mbox *m, void *msg);
__nsec uk_mbox_post_to(struct uk_mbox *m, void *msg, __nsec timeout);

void uk_mbox_recv(struct uk_mbox *m, void **msg);
int uk_mbox_recv_try(struct uk_mbox *m, void **msg);
__nsec uk_mbox_recv_to(struct uk_mbox *m, void **msg, __nsec timeout);

#ifdef __cplusplus
}
#endif

#endif /* __UK_MBOX_H__ */
