/* SPDX-License-Identifier: BSD-3-Clause */
/* The host baseline for bench/section-linuxu.py: a static C hello world. */
#include <stdio.h>

int main(void)
{
	printf("Hello world!\n");
	return 0;
}
