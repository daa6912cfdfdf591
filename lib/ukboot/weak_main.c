/* SPDX-License-Identifier: BSD-3-Clause */
/* The main() used when the application has none. */
#include <uk/print.h>

int __weak main(int argc __unused, char *argv[] __unused)
{
	uk_pr_info("No main() in this image: nothing to run\n");
	return 0;
}
