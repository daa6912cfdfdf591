/* SPDX-License-Identifier: BSD-3-Clause */
/* Address configuration from the command line (netdev.* parameters). */
#ifndef __UKNETDEV_EINFO_H__
#define __UKNETDEV_EINFO_H__

#include <uk/netdev_core.h>

/* The value of a netdev.* parameter for einfo type, or NULL */
const void *_uk_netdev_param_einfo(enum uk_netdev_einfo_type type);

#endif /* __UKNETDEV_EINFO_H__ */
