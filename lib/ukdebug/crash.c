/* SPDX-License-Identifier: BSD-3-Clause */
/* UK_CRASH: report, backtrace, then stop the machine with a crash status. */
#include <stdarg.h>
#include <uk/assert.h>
#include <uk/backtrace.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/lcpu.h>

void __noreturn _uk_crash(const char *libname, const char *srcname,
			  unsigned int srcline, const char *fmt, ...)
{
	va_list ap;

	ukplat_lcpu_disable_irq();
	va_start(ap, fmt);
	_uk_vprintk(KLVL_CRIT, libname, srcname, srcline, fmt, ap);
	va_end(ap);
	uk_backtrace();
	_uk_printk(KLVL_CRIT, libname, srcname, srcline,
		   "Crash: halting the system\n");
	ukplat_terminate(UKPLAT_CRASH);
}
