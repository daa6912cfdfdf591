/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uknetdev: the network device API for network stacks (lwIP, ...).
 *
 * Drivers register devices at boot (see <uk/netdev_driver.h>); a stack
 * finds them by number and brings each one up in this order:
 *
 *   n = uk_netdev_count();  dev = uk_netdev_get(i)        i < n
 *   uk_netdev_info_get(dev, &info)      queues, MTU, headroom, alignment
 *   uk_netdev_configure(dev, &conf)     number of rx and tx queues
 *   uk_netdev_rxq_info_get / txq_info_get   descriptor limits
 *   uk_netdev_rxq_configure(dev, q, nb_desc, &rxconf)
 *       rxconf.alloc_rxpkts hands the driver fresh netbufs; a non-NULL
 *       rxconf.callback is called (interrupt context) when packets
 *       arrive on a queue whose interrupts are enabled
 *   uk_netdev_txq_configure(dev, q, nb_desc, &txconf)
 *   uk_netdev_start(dev)
 *
 * and then moves packets:
 *
 *   uk_netdev_tx_one(dev, q, pkt)   status flags: SUCCESS when the driver
 *       took pkt (it frees it when sent), MORE when room remains; 0 when
 *       the queue is full (retry later; pkt is still the caller's);
 *       negative errno on error
 *   uk_netdev_rx_one(dev, q, &pkt)  SUCCESS with *pkt set (the caller now
 *       owns it), MORE when further packets are ready, UNDERRUN when
 *       the queue could not be refilled; 0 when nothing is there
 *   uk_netdev_rx_burst / tx_burst   the same for arrays
 *   uk_netdev_rxq_intr_enable(dev, q)   1 when packets arrived while
 *       interrupts were off (poll again), 0 otherwise, -ENOTSUP when the
 *       driver has no interrupts
 *   uk_netdev_rxq_intr_disable(dev, q)
 *
 * A queue is used by one thread at a time. The uk_netdev_status_*()
 * helpers test status flags. Addresses given on the command line
 * (netdev.ipv4_addr, netdev.ipv4_gw_addr, netdev.ipv4_subnet_mask)
 * apply to the first device and are read with uk_netdev_einfo_get().
 */
#ifndef __UK_NETDEV_H__
#define __UK_NETDEV_H__

#include <errno.h>
#include <uk/netdev_core.h>
#include <uk/assert.h>

#ifdef __cplusplus
extern "C" {
#endif

unsigned int uk_netdev_count(void);
/* NULL when there is no device with that id */
struct uk_netdev *uk_netdev_get(unsigned int id);
__u16 uk_netdev_id_get(struct uk_netdev *dev);
const char *uk_netdev_drv_name_get(struct uk_netdev *dev);
enum uk_netdev_state uk_netdev_state_get(struct uk_netdev *dev);

void uk_netdev_info_get(struct uk_netdev *dev, struct uk_netdev_info *info);
/* The driver's answer, else the command line's (first device), or NULL */
const void *uk_netdev_einfo_get(struct uk_netdev *dev,
				enum uk_netdev_einfo_type type);

int uk_netdev_configure(struct uk_netdev *dev,
			const struct uk_netdev_conf *conf);
int uk_netdev_rxq_info_get(struct uk_netdev *dev, __u16 queue_id,
			   struct uk_netdev_queue_info *qinfo);
int uk_netdev_txq_info_get(struct uk_netdev *dev, __u16 queue_id,
			   struct uk_netdev_queue_info *qinfo);
int uk_netdev_rxq_configure(struct uk_netdev *dev, __u16 queue_id,
			    __u16 nb_desc,
			    struct uk_netdev_rxqueue_conf *rx_conf);
int uk_netdev_txq_configure(struct uk_netdev *dev, __u16 queue_id,
			    __u16 nb_desc,
			    struct uk_netdev_txqueue_conf *tx_conf);
int uk_netdev_start(struct uk_netdev *dev);

const struct uk_hwaddr *uk_netdev_hwaddr_get(struct uk_netdev *dev);
int uk_netdev_hwaddr_set(struct uk_netdev *dev,
			 const struct uk_hwaddr *hwaddr);
__u16 uk_netdev_mtu_get(struct uk_netdev *dev);
int uk_netdev_mtu_set(struct uk_netdev *dev, __u16 mtu);
unsigned int uk_netdev_promiscuous_get(struct uk_netdev *dev);
int uk_netdev_promiscuous_set(struct uk_netdev *dev, unsigned int mode);

int uk_netdev_rxq_intr_enable(struct uk_netdev *dev, __u16 queue_id);
int uk_netdev_rxq_intr_disable(struct uk_netdev *dev, __u16 queue_id);

static inline int uk_netdev_status_test_set(int status, int flags)
{
	return status >= 0 && (status & flags) == flags;
}

static inline int uk_netdev_status_test_unset(int status, int flags)
{
	return status >= 0 && (status & flags) == 0;
}

/* The packet went through */
static inline int uk_netdev_status_successful(int status)
{
	return uk_netdev_status_test_set(status, UK_NETDEV_STATUS_SUCCESS);
}

/* Nothing happened: queue full (tx) or empty (rx) */
static inline int uk_netdev_status_notready(int status)
{
	return uk_netdev_status_test_unset(status, UK_NETDEV_STATUS_SUCCESS);
}

/* More packets (rx) or more room (tx) */
static inline int uk_netdev_status_more(int status)
{
	return uk_netdev_status_test_set(status, UK_NETDEV_STATUS_MORE);
}

static inline int uk_netdev_rx_one(struct uk_netdev *dev, __u16 queue_id,
				   struct uk_netbuf **pkt)
{
	UK_ASSERT(dev && dev->rx_one && pkt);
	UK_ASSERT(queue_id < CONFIG_LIBUKNETDEV_MAXNBQUEUES);
	UK_ASSERT(dev->_data->state == UK_NETDEV_RUNNING);
	return dev->rx_one(dev, dev->_rx_queue[queue_id], pkt);
}

static inline int uk_netdev_tx_one(struct uk_netdev *dev, __u16 queue_id,
				   struct uk_netbuf *pkt)
{
	UK_ASSERT(dev && dev->tx_one && pkt);
	UK_ASSERT(queue_id < CONFIG_LIBUKNETDEV_MAXNBQUEUES);
	UK_ASSERT(dev->_data->state == UK_NETDEV_RUNNING);
	return dev->tx_one(dev, dev->_tx_queue[queue_id], pkt);
}

/*
 * Receive up to *cnt packets into pkt[]; *cnt becomes the number
 * received. Returns the status of the last rx_one call.
 */
static inline int uk_netdev_rx_burst(struct uk_netdev *dev, __u16 queue_id,
				     struct uk_netbuf **pkt, __u16 *cnt)
{
	__u16 i;
	int status = 0;

	for (i = 0; i < *cnt; i++) {
		status = uk_netdev_rx_one(dev, queue_id, &pkt[i]);
		if (!uk_netdev_status_successful(status))
			break;
		if (!uk_netdev_status_more(status)) {
			i++;
			break;
		}
	}
	*cnt = i;
	return status;
}

/* Send up to *cnt packets from pkt[]; *cnt becomes the number taken. */
static inline int uk_netdev_tx_burst(struct uk_netdev *dev, __u16 queue_id,
				     struct uk_netbuf **pkt, __u16 *cnt)
{
	__u16 i;
	int status = 0;

	for (i = 0; i < *cnt; i++) {
		status = uk_netdev_tx_one(dev, queue_id, pkt[i]);
		if (!uk_netdev_status_successful(status))
			break;
	}
	*cnt = i;
	return status;
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETDEV_H__ */
