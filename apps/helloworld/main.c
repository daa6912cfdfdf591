/* SPDX-License-Identifier: BSD-3-Clause */
#include <stdio.h>
#include <uk/config.h>
#if CONFIG_APPHELLOWORLD_SPINNER
#include <time.h>
#endif

int main(int argc, char *argv[])
{
	printf("Hello world!\n");

#if CONFIG_APPHELLOWORLD_PRINTARGS
	printf("Arguments:");
	for (int i = 0; i < argc; i++)
		printf(" \"%s\"", argv[i]);
	printf("\n");
#endif

#if CONFIG_APPHELLOWORLD_SPINNER
	static const char spinner[] = "|/-\\";
	struct timespec tick = { .tv_sec = 0, .tv_nsec = 250000000 };

	for (unsigned int i = 0; ; i++) {
		printf("\r%c", spinner[i % 4]);
		fflush(stdout);
		nanosleep(&tick, NULL);
	}
#endif
	return 0;
}
