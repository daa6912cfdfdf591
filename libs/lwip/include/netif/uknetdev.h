/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * An lwIP network interface on a uknetdev device.
 *
 *   netif_add(&netif, ip, mask, gw, dev, uknetdev_init, tcpip_input)
 *       with a uknetdev device as state: configures one rx and one tx
 *       queue, starts the device and a receive thread (interrupt-driven
 *       or polling, see Config.uk), and fills in the hardware address
 *       and MTU. ERR_IF when the device cannot be brought up.
 *
 * Received frames go to the stack without copying (the netbuf becomes a
 * custom pbuf); frames to send are copied into a netbuf with the
 * driver's headroom.
 */
#ifndef __LWIP_NETIF_UKNETDEV_H__
#define __LWIP_NETIF_UKNETDEV_H__

#include <lwip/netif.h>
#include <uk/netdev.h>

err_t uknetdev_init(struct netif *nf);

#endif /* __LWIP_NETIF_UKNETDEV_H__ */
