/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The device registry and the state checks of the uknetdev API
 * (<uk/netdev.h>, <uk/netdev_driver.h>).
 */
#include <errno.h>
#include <string.h>
#include <uk/netdev.h>
#include <uk/netdev_driver.h>
#include <uk/print.h>
#include "einfo.h"

static UK_TAILQ_HEAD(, struct uk_netdev) netdev_list =
	UK_TAILQ_HEAD_INITIALIZER(netdev_list);
static __u16 netdev_count;

int uk_netdev_drv_register(struct uk_netdev *dev, struct uk_alloc *a,
			   const char *drv_name)
{
	struct uk_netdev_data *data;

	UK_ASSERT(dev && a);
	UK_ASSERT(dev->ops && dev->rx_one && dev->tx_one);
	UK_ASSERT(dev->ops->info_get && dev->ops->configure);
	UK_ASSERT(dev->ops->rxq_configure && dev->ops->txq_configure);
	UK_ASSERT(dev->ops->start && dev->ops->mtu_get);

	data = uk_calloc(a, 1, sizeof(*data));
	if (!data)
		return -ENOMEM;
	data->state = UK_NETDEV_UNCONFIGURED;
	data->id = netdev_count;
	data->drv_name = drv_name;
	dev->_data = data;
	UK_TAILQ_INSERT_TAIL(&netdev_list, dev, _list);
	uk_pr_info("netdev%u: registered (driver %s)\n", data->id,
		   drv_name ? drv_name : "?");
	return netdev_count++;
}

unsigned int uk_netdev_count(void)
{
	return netdev_count;
}

struct uk_netdev *uk_netdev_get(unsigned int id)
{
	struct uk_netdev *dev;

	UK_TAILQ_FOREACH(dev, &netdev_list, _list)
		if (dev->_data->id == id)
			return dev;
	return __NULL;
}

__u16 uk_netdev_id_get(struct uk_netdev *dev)
{
	UK_ASSERT(dev && dev->_data);
	return dev->_data->id;
}

const char *uk_netdev_drv_name_get(struct uk_netdev *dev)
{
	UK_ASSERT(dev && dev->_data);
	return dev->_data->drv_name;
}

enum uk_netdev_state uk_netdev_state_get(struct uk_netdev *dev)
{
	UK_ASSERT(dev && dev->_data);
	return dev->_data->state;
}

void uk_netdev_info_get(struct uk_netdev *dev, struct uk_netdev_info *info)
{
	UK_ASSERT(dev && info);
	memset(info, 0, sizeof(*info));
	dev->ops->info_get(dev, info);
	/* The API cannot use more queues than it has slots for */
	if (info->max_rx_queues > CONFIG_LIBUKNETDEV_MAXNBQUEUES)
		info->max_rx_queues = CONFIG_LIBUKNETDEV_MAXNBQUEUES;
	if (info->max_tx_queues > CONFIG_LIBUKNETDEV_MAXNBQUEUES)
		info->max_tx_queues = CONFIG_LIBUKNETDEV_MAXNBQUEUES;
}

const void *uk_netdev_einfo_get(struct uk_netdev *dev,
				enum uk_netdev_einfo_type type)
{
	const void *v = __NULL;

	UK_ASSERT(dev && dev->_data);
	if (dev->ops->einfo_get)
		v = dev->ops->einfo_get(dev, type);
	if (!v && dev->_data->id == 0)
		v = _uk_netdev_param_einfo(type);
	return v;
}

int uk_netdev_configure(struct uk_netdev *dev,
			const struct uk_netdev_conf *conf)
{
	struct uk_netdev_info info;
	int rc;

	UK_ASSERT(dev && conf);
	if (dev->_data->state != UK_NETDEV_UNCONFIGURED)
		return -EBUSY;
	uk_netdev_info_get(dev, &info);
	if (conf->nb_rx_queues > info.max_rx_queues ||
	    conf->nb_tx_queues > info.max_tx_queues) {
		uk_pr_err("netdev%u: %u rx / %u tx queues asked, "
			  "%u / %u possible\n",
			  dev->_data->id, conf->nb_rx_queues,
			  conf->nb_tx_queues, info.max_rx_queues,
			  info.max_tx_queues);
		return -EINVAL;
	}
	rc = dev->ops->configure(dev, conf);
	if (rc == 0)
		dev->_data->state = UK_NETDEV_CONFIGURED;
	return rc;
}

static int queue_info(int (*get)(struct uk_netdev *, __u16,
				 struct uk_netdev_queue_info *),
		      struct uk_netdev *dev, __u16 queue_id,
		      struct uk_netdev_queue_info *qinfo)
{
	UK_ASSERT(dev && qinfo);
	if (queue_id >= CONFIG_LIBUKNETDEV_MAXNBQUEUES)
		return -EINVAL;
	if (!get)
		return -ENOTSUP;
	memset(qinfo, 0, sizeof(*qinfo));
	return get(dev, queue_id, qinfo);
}

int uk_netdev_rxq_info_get(struct uk_netdev *dev, __u16 queue_id,
			   struct uk_netdev_queue_info *qinfo)
{
	return queue_info(dev->ops->rxq_info_get, dev, queue_id, qinfo);
}

int uk_netdev_txq_info_get(struct uk_netdev *dev, __u16 queue_id,
			   struct uk_netdev_queue_info *qinfo)
{
	return queue_info(dev->ops->txq_info_get, dev, queue_id, qinfo);
}

int uk_netdev_rxq_configure(struct uk_netdev *dev, __u16 queue_id,
			    __u16 nb_desc,
			    struct uk_netdev_rxqueue_conf *rx_conf)
{
	struct uk_netdev_rx_queue *q;

	UK_ASSERT(dev && rx_conf && rx_conf->a);
	if (dev->_data->state != UK_NETDEV_CONFIGURED)
		return -EBUSY;
	if (queue_id >= CONFIG_LIBUKNETDEV_MAXNBQUEUES)
		return -EINVAL;
	if (!rx_conf->alloc_rxpkts)
		return -EINVAL;
	dev->_data->rxq_handler[queue_id].callback = rx_conf->callback;
	dev->_data->rxq_handler[queue_id].cookie = rx_conf->callback_cookie;
	q = dev->ops->rxq_configure(dev, queue_id, nb_desc, rx_conf);
	if (!q || PTRISERR(q)) {
		dev->_data->rxq_handler[queue_id].callback = __NULL;
		return q ? PTR2ERR(q) : -ENOMEM;
	}
	dev->_rx_queue[queue_id] = q;
	return 0;
}

int uk_netdev_txq_configure(struct uk_netdev *dev, __u16 queue_id,
			    __u16 nb_desc,
			    struct uk_netdev_txqueue_conf *tx_conf)
{
	struct uk_netdev_tx_queue *q;

	UK_ASSERT(dev && tx_conf && tx_conf->a);
	if (dev->_data->state != UK_NETDEV_CONFIGURED)
		return -EBUSY;
	if (queue_id >= CONFIG_LIBUKNETDEV_MAXNBQUEUES)
		return -EINVAL;
	q = dev->ops->txq_configure(dev, queue_id, nb_desc, tx_conf);
	if (!q || PTRISERR(q))
		return q ? PTR2ERR(q) : -ENOMEM;
	dev->_tx_queue[queue_id] = q;
	return 0;
}

int uk_netdev_start(struct uk_netdev *dev)
{
	int rc;

	UK_ASSERT(dev);
	if (dev->_data->state != UK_NETDEV_CONFIGURED)
		return -EBUSY;
	rc = dev->ops->start(dev);
	if (rc == 0)
		dev->_data->state = UK_NETDEV_RUNNING;
	return rc;
}

const struct uk_hwaddr *uk_netdev_hwaddr_get(struct uk_netdev *dev)
{
	UK_ASSERT(dev);
	return dev->ops->hwaddr_get ? dev->ops->hwaddr_get(dev) : __NULL;
}

int uk_netdev_hwaddr_set(struct uk_netdev *dev,
			 const struct uk_hwaddr *hwaddr)
{
	UK_ASSERT(dev && hwaddr);
	return dev->ops->hwaddr_set ? dev->ops->hwaddr_set(dev, hwaddr)
				    : -ENOTSUP;
}

__u16 uk_netdev_mtu_get(struct uk_netdev *dev)
{
	UK_ASSERT(dev);
	return dev->ops->mtu_get(dev);
}

int uk_netdev_mtu_set(struct uk_netdev *dev, __u16 mtu)
{
	UK_ASSERT(dev);
	return dev->ops->mtu_set ? dev->ops->mtu_set(dev, mtu) : -ENOTSUP;
}

unsigned int uk_netdev_promiscuous_get(struct uk_netdev *dev)
{
	UK_ASSERT(dev);
	return dev->ops->promiscuous_get ? dev->ops->promiscuous_get(dev)
					 : 0;
}

int uk_netdev_promiscuous_set(struct uk_netdev *dev, unsigned int mode)
{
	UK_ASSERT(dev);
	return dev->ops->promiscuous_set
		? dev->ops->promiscuous_set(dev, mode ? 1 : 0) : -ENOTSUP;
}

static int rxq_intr(int (*fn)(struct uk_netdev *,
			      struct uk_netdev_rx_queue *),
		    struct uk_netdev *dev, __u16 queue_id)
{
	UK_ASSERT(dev);
	if (queue_id >= CONFIG_LIBUKNETDEV_MAXNBQUEUES ||
	    !dev->_rx_queue[queue_id])
		return -EINVAL;
	if (!fn || !dev->_data->rxq_handler[queue_id].callback)
		return -ENOTSUP;
	return fn(dev, dev->_rx_queue[queue_id]);
}

int uk_netdev_rxq_intr_enable(struct uk_netdev *dev, __u16 queue_id)
{
	return rxq_intr(dev->ops->rxq_intr_enable, dev, queue_id);
}

int uk_netdev_rxq_intr_disable(struct uk_netdev *dev, __u16 queue_id)
{
	return rxq_intr(dev->ops->rxq_intr_disable, dev, queue_id);
}
