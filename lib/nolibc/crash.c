/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The fatal ends of a program: failed assertions and abort(). Both print
 * a critical message and crash the unikernel (QEMU exits). The message
 * goes through ukdebug; when kernel messages are compiled out it is
 * written to the console directly, since it is the last word we say.
 */
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>

static void crit(const char *fmt, ...) __printf(1, 2);

static void crit(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
#if UK_PRINTK_MAX >= KLVL_CRIT
	uk_vprintk(KLVL_CRIT, fmt, ap);
#else
	char buf[256];
	int len = vsnprintf(buf, sizeof(buf), fmt, ap);

	if (len > 0)
		ukplat_coutk(buf, MIN((unsigned int)len, sizeof(buf) - 1));
#endif
	va_end(ap);
}

void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func __unused)
{
	crit("Assertion failed: %s (%s:%u)\n", expr, file, line);
	ukplat_terminate(UKPLAT_CRASH);
}

void abort(void)
{
	crit("Abort called\n");
	ukplat_terminate(UKPLAT_CRASH);
}
