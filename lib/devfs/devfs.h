/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to devfs: the generator behind /dev/urandom and /dev/random,
 * xoshiro256** seeded at first mount from the clocks (or from the
 * devfs.seed= boot parameter, for reproducible runs). It is not a
 * cryptographic generator.
 */
#ifndef __DEVFS_H__
#define __DEVFS_H__

#include <stddef.h>

int devfs_random_init(void);
void devfs_random_fill(void *buf, size_t len);

#endif /* __DEVFS_H__ */
