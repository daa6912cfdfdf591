/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * For network drivers: register a device with libuknetdev and report
 * receive events.
 *
 * A driver fills a struct uk_netdev (ops, rx_one, tx_one; the rest is
 * zero) and calls uk_netdev_drv_register(dev, a, name) once per device,
 * typically from its bus add_dev callback; it returns the device id
 * (>= 0) or a negative errno. From the interrupt handler of an rx queue
 * whose interrupts the stack enabled, the driver calls
 * uk_netdev_drv_rx_event(dev, queue_id).
 */
#ifndef __UK_NETDEV_DRIVER_H__
#define __UK_NETDEV_DRIVER_H__

#include <uk/netdev_core.h>
#include <uk/assert.h>

#ifdef __cplusplus
extern "C" {
#endif

int uk_netdev_drv_register(struct uk_netdev *dev, struct uk_alloc *a,
			   const char *drv_name);

static inline void uk_netdev_drv_rx_event(struct uk_netdev *dev,
					  __u16 queue_id)
{
	struct uk_netdev_event_handler *h;

	UK_ASSERT(dev && dev->_data);
	UK_ASSERT(queue_id < CONFIG_LIBUKNETDEV_MAXNBQUEUES);
	h = &dev->_data->rxq_handler[queue_id];
	if (h->callback)
		h->callback(dev, queue_id, h->cookie);
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETDEV_DRIVER_H__ */
