/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What a 9P transport (virtio-9p, ...) implements for lib/uk9p.
 *
 * A transport registers itself once (uk_9pdev_trans_register, from a
 * constructor or init function); the first one registered is the
 * default. uk9p then calls:
 *   connect(dev, device_id)   find the channel named device_id (for
 *                             virtio: the mount tag), keep it in
 *                             dev->priv; 0, -ENODEV if there is none
 *   disconnect(dev)
 *   request(dev, req)         hand req to the server: its out segments
 *                             are read, its in segments receive the
 *                             reply; 0 or a negative errno
 *   poll(dev, req)            1 once the reply is in (req->rx_done set
 *                             to the bytes written), 0 while it is not,
 *                             or a negative errno; never blocks
 * Requests on one device are serialised by uk9p; a transport sees one at
 * a time. uk9p lets other threads run between polls.
 */
#ifndef __UK_9PDEV_TRANS_H__
#define __UK_9PDEV_TRANS_H__

#include <stddef.h>
#include <uk/list.h>

struct uk_9pdev;

/* Up to two out segments (header, payload) and two in segments */
struct uk_9preq {
	const void *tx;
	size_t tx_len;
	const void *tx_zc;	/* NULL or payload after tx (Twrite data) */
	size_t tx_zc_len;
	void *rx;
	size_t rx_len;
	void *rx_zc;		/* NULL or room after rx (Rread data) */
	size_t rx_zc_len;
	size_t rx_done;		/* set by the transport */
};

struct uk_9pdev_trans_ops {
	int (*connect)(struct uk_9pdev *dev, const char *device_id);
	void (*disconnect)(struct uk_9pdev *dev);
	int (*request)(struct uk_9pdev *dev, struct uk_9preq *req);
	int (*poll)(struct uk_9pdev *dev, struct uk_9preq *req);
};

struct uk_9pdev_trans {
	const char *name;
	const struct uk_9pdev_trans_ops *ops;
	UK_TAILQ_ENTRY(struct uk_9pdev_trans) next;
};

int uk_9pdev_trans_register(struct uk_9pdev_trans *trans);
struct uk_9pdev_trans *uk_9pdev_trans_by_name(const char *name);
struct uk_9pdev_trans *uk_9pdev_trans_get_default(void);

#endif /* __UK_9PDEV_TRANS_H__ */
