/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Types shared by network stacks (<uk/netdev.h>) and network drivers
 * (<uk/netdev_driver.h>): device information, configurations, driver
 * operations and the device structure. Names and shapes follow upstream
 * Unikraft's uknetdev so that stacks and drivers written for it build.
 */
#ifndef __UK_NETDEV_CORE_H__
#define __UK_NETDEV_CORE_H__

#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/list.h>
#include <uk/alloc.h>
#include <uk/netbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef CONFIG_LIBUKNETDEV_MAXNBQUEUES
#define CONFIG_LIBUKNETDEV_MAXNBQUEUES 1
#endif

struct uk_netdev;

#define UK_NETDEV_HWADDR_LEN 6

struct uk_hwaddr {
	__u8 addr_bytes[UK_NETDEV_HWADDR_LEN];
} __packed;

/* What a device can do */
struct uk_netdev_info {
	__u16 max_rx_queues;
	__u16 max_tx_queues;
	int in_queue_pairs;	/* queues must be configured in pairs */
	__u16 max_mtu;
	__u16 nb_encap_tx;	/* headroom the driver needs on tx netbufs */
	__u16 nb_encap_rx;	/* headroom the driver uses on rx netbufs */
	__u16 ioalign;		/* alignment rx buffers must have */
};

/* Descriptor limits of one queue */
struct uk_netdev_queue_info {
	__u16 nb_max;
	__u16 nb_min;
	__u16 nb_align;
	int nb_is_power_of_two;
};

struct uk_netdev_conf {
	__u16 nb_rx_queues;
	__u16 nb_tx_queues;
};

/* Queue types private to each driver */
struct uk_netdev_tx_queue;
struct uk_netdev_rx_queue;

enum uk_netdev_state {
	UK_NETDEV_INVALID = 0,
	UK_NETDEV_UNCONFIGURED,
	UK_NETDEV_CONFIGURED,
	UK_NETDEV_RUNNING,
};

/* Address configuration a stack may ask for (uk_netdev_einfo_get) */
enum uk_netdev_einfo_type {
	UK_NETDEV_IPV4_ADDR_NINT16,
	UK_NETDEV_IPV4_ADDR_STR,
	UK_NETDEV_IPV4_MASK_NINT16,
	UK_NETDEV_IPV4_MASK_STR,
	UK_NETDEV_IPV4_GW_NINT16,
	UK_NETDEV_IPV4_GW_STR,
	UK_NETDEV_IPV4_DNS0_NINT16,
	UK_NETDEV_IPV4_DNS0_STR,
	UK_NETDEV_IPV4_DNS1_NINT16,
	UK_NETDEV_IPV4_DNS1_STR,
};

/* An rx queue has packets; runs in interrupt context */
typedef void (*uk_netdev_queue_event_t)(struct uk_netdev *dev,
					__u16 queue_id, void *argp);

/*
 * Fills pkts[0..count-1] with fresh netbufs for receiving (headroom at
 * least nb_encap_rx); returns how many it allocated (0..count).
 */
typedef __u16 (*uk_netdev_alloc_rxpkts)(void *argp, struct uk_netbuf *pkts[],
					__u16 count);

struct uk_netdev_rxqueue_conf {
	uk_netdev_queue_event_t callback;	/* NULL: polling only */
	void *callback_cookie;
	struct uk_alloc *a;			/* for descriptors */
	uk_netdev_alloc_rxpkts alloc_rxpkts;
	void *alloc_rxpkts_argp;
};

struct uk_netdev_txqueue_conf {
	struct uk_alloc *a;
};

/* Status flags of rx/tx calls (negative values are errors) */
#define UK_NETDEV_STATUS_SUCCESS	0x1	/* a packet went through */
#define UK_NETDEV_STATUS_MORE		0x2	/* room or packets left */
#define UK_NETDEV_STATUS_UNDERRUN	0x4	/* rx buffers could not be
						 * refilled */

/* Driver operations */
struct uk_netdev_ops {
	void (*info_get)(struct uk_netdev *dev, struct uk_netdev_info *info);
	const void *(*einfo_get)(struct uk_netdev *dev,
				 enum uk_netdev_einfo_type type); /* opt. */
	int (*configure)(struct uk_netdev *dev,
			 const struct uk_netdev_conf *conf);
	int (*rxq_info_get)(struct uk_netdev *dev, __u16 queue_id,
			    struct uk_netdev_queue_info *qinfo);
	int (*txq_info_get)(struct uk_netdev *dev, __u16 queue_id,
			    struct uk_netdev_queue_info *qinfo);
	struct uk_netdev_rx_queue *(*rxq_configure)(
		struct uk_netdev *dev, __u16 queue_id, __u16 nb_desc,
		struct uk_netdev_rxqueue_conf *conf);
	struct uk_netdev_tx_queue *(*txq_configure)(
		struct uk_netdev *dev, __u16 queue_id, __u16 nb_desc,
		struct uk_netdev_txqueue_conf *conf);
	int (*start)(struct uk_netdev *dev);
	int (*rxq_intr_enable)(struct uk_netdev *dev,
			       struct uk_netdev_rx_queue *queue);
	int (*rxq_intr_disable)(struct uk_netdev *dev,
				struct uk_netdev_rx_queue *queue);
	const struct uk_hwaddr *(*hwaddr_get)(struct uk_netdev *dev);
	int (*hwaddr_set)(struct uk_netdev *dev,
			  const struct uk_hwaddr *hwaddr);	/* optional */
	__u16 (*mtu_get)(struct uk_netdev *dev);
	int (*mtu_set)(struct uk_netdev *dev, __u16 mtu);	/* optional */
	unsigned int (*promiscuous_get)(struct uk_netdev *dev);
	int (*promiscuous_set)(struct uk_netdev *dev,
			       unsigned int mode);		/* optional */
};

typedef int (*uk_netdev_rx_one_t)(struct uk_netdev *dev,
				  struct uk_netdev_rx_queue *queue,
				  struct uk_netbuf **pkt);
typedef int (*uk_netdev_tx_one_t)(struct uk_netdev *dev,
				  struct uk_netdev_tx_queue *queue,
				  struct uk_netbuf *pkt);

struct uk_netdev_event_handler {
	uk_netdev_queue_event_t callback;
	void *cookie;
};

/* State kept by libuknetdev for each device */
struct uk_netdev_data {
	enum uk_netdev_state state;
	struct uk_netdev_event_handler
		rxq_handler[CONFIG_LIBUKNETDEV_MAXNBQUEUES];
	__u16 id;
	const char *drv_name;
};

struct uk_netdev {
	uk_netdev_tx_one_t tx_one;		/* set by the driver */
	uk_netdev_rx_one_t rx_one;		/* set by the driver */
	struct uk_netdev_data *_data;
	const struct uk_netdev_ops *ops;	/* set by the driver */
	struct uk_netdev_rx_queue *_rx_queue[CONFIG_LIBUKNETDEV_MAXNBQUEUES];
	struct uk_netdev_tx_queue *_tx_queue[CONFIG_LIBUKNETDEV_MAXNBQUEUES];
	UK_TAILQ_ENTRY(struct uk_netdev) _list;
};

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETDEV_CORE_H__ */
