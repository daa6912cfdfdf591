/* SPDX-License-Identifier: BSD-3-Clause */
/* Integer arithmetic helpers and pseudo-random numbers. */
#include <inttypes.h>
#include <stdlib.h>

int abs(int j)
{
	return j < 0 ? -j : j;
}

long labs(long j)
{
	return j < 0 ? -j : j;
}

long long llabs(long long j)
{
	return j < 0 ? -j : j;
}

intmax_t imaxabs(intmax_t j)
{
	return j < 0 ? -j : j;
}

div_t div(int numer, int denom)
{
	return (div_t){ .quot = numer / denom, .rem = numer % denom };
}

ldiv_t ldiv(long numer, long denom)
{
	return (ldiv_t){ .quot = numer / denom, .rem = numer % denom };
}

lldiv_t lldiv(long long numer, long long denom)
{
	return (lldiv_t){ .quot = numer / denom, .rem = numer % denom };
}

imaxdiv_t imaxdiv(intmax_t numer, intmax_t denom)
{
	return (imaxdiv_t){ .quot = numer / denom, .rem = numer % denom };
}

/*
 * rand(): a 64-bit linear congruential generator (Knuth's MMIX constants)
 * returning the top 31 bits, which have a long period.
 */
static uint64_t rand_state = 1;

void srand(unsigned int seed)
{
	rand_state = seed - 1;
}

int rand(void)
{
	rand_state = rand_state * 6364136223846793005ULL +
		     1442695040888963407ULL;
	return (int)(rand_state >> 33);
}

long random(void)
{
	return rand();
}

void srandom(unsigned int seed)
{
	srand(seed);
}

/* rand_r(): all state in 32 bits, mixed so that the low bits vary too */
int rand_r(unsigned int *seedp)
{
	uint32_t x = *seedp * 1103515245U + 12345U;

	*seedp = x;
	x ^= x >> 11;
	x ^= (x << 7) & 0x9d2c5680U;
	x ^= (x << 15) & 0xefc60000U;
	x ^= x >> 18;
	return (int)(x >> 1);
}
