/* SPDX-License-Identifier: BSD-3-Clause */
/* The boot banner, printed right before main(). */
#include <stdio.h>
#include <uk/config.h>

void uk_boot_banner(void)
{
#if CONFIG_LIBUKBOOT_BANNER_POWEREDBY
	printf("Powered by\n"
	       " _  _      _ _           __ _\n"
	       "| || |_ _ (_) |__ _ _ __ _/ _| |_\n"
	       "| || | ' \\| | / /| '_/ _` |  _|  _|\n"
	       " \\__/|_||_|_|_\\_\\|_| \\__,_|_|  \\__|  %s (%s)\n\n",
	       CONFIG_UK_FULLVERSION, CONFIG_UK_CODENAME);
#elif CONFIG_LIBUKBOOT_BANNER_MINIMAL
	printf("Powered by Unikraft %s (%s)\n", CONFIG_UK_FULLVERSION,
	       CONFIG_UK_CODENAME);
#endif
}
