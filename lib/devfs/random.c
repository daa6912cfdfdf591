/* SPDX-License-Identifier: BSD-3-Clause */
/* The /dev/urandom generator: xoshiro256**, seeded with splitmix64. */
#include <string.h>
#include <uk/essentials.h>
#include <uk/libparam.h>
#include <uk/plat/time.h>
#include "devfs.h"

static __u64 state[4];
static __u64 seed;
UK_LIB_PARAM(seed, __u64);

static __u64 splitmix64(__u64 *x)
{
	__u64 z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static __u64 rotl(__u64 x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static __u64 next(void)
{
	__u64 result = rotl(state[1] * 5, 7) * 9;
	__u64 t = state[1] << 17;

	state[2] ^= state[0];
	state[3] ^= state[1];
	state[1] ^= state[2];
	state[0] ^= state[3];
	state[2] ^= t;
	state[3] = rotl(state[3], 45);
	return result;
}

int devfs_random_init(void)
{
	__u64 x = seed ? seed : ukplat_wall_clock() ^
		(ukplat_monotonic_clock() << 21);

	for (int i = 0; i < 4; i++)
		state[i] = splitmix64(&x);
	return 0;
}

void devfs_random_fill(void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		__u64 r = next();
		size_t n = MIN(len, sizeof(r));

		memcpy(p, &r, n);
		p += n;
		len -= n;
	}
}
