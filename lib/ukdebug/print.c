/* SPDX-License-Identifier: BSD-3-Clause */
/* Kernel message formatting: prefix, level, colour, klog ring buffer. */
#include <stdio.h>
#include <string.h>
#include <uk/print.h>
#include <uk/plat/console.h>
#include <uk/plat/time.h>

#define PRINTK_BUFSIZE 512

#if CONFIG_LIBUKDEBUG_ANSI_COLOR
#define C_RESET	"\033[0m"
#define C_DIM	"\033[90m"
static const char *const lvl_color[] = {
	"\033[1;91m", "\033[31m", "\033[33m", "\033[36m", "\033[90m"
};
#else
#define C_RESET	""
#define C_DIM	""
static const char *const lvl_color[] = { "", "", "", "", "" };
#endif

static const char *const lvl_name[] = {
	"CRIT", "ERR", "WARN", "Info", "dbg"
};

#if CONFIG_LIBUKDEBUG_KLOG_SIZE > 0
/* The last kernel messages, for debuggers (uk-gdb.py: uk klog) */
char uk_klog[CONFIG_LIBUKDEBUG_KLOG_SIZE];
unsigned long uk_klog_pos;

static void klog_append(const char *s, __sz len)
{
	for (__sz i = 0; i < len; i++)
		uk_klog[uk_klog_pos++ % sizeof(uk_klog)] = s[i];
}
#else
static inline void klog_append(const char *s __unused, __sz len __unused)
{
}
#endif

static void kout(const char *s, __sz len)
{
	klog_append(s, len);
	ukplat_coutk(s, len);
}

/* Whether the last message ended its line: prefixes go on new lines only */
static int at_line_start = 1;

static void print_prefix(int lvl, const char *libname, const char *srcname,
			 unsigned int srcline)
{
	char buf[128];
	int n = 0;

#if CONFIG_LIBUKDEBUG_PRINTK_TIME
	__nsec now = ukplat_monotonic_clock();

	n += snprintf(buf + n, sizeof(buf) - n, "%s[%5lu.%06lu] %s",
		      C_DIM, (unsigned long)(now / 1000000000ULL),
		      (unsigned long)((now / 1000ULL) % 1000000ULL), C_RESET);
#endif
	if (lvl >= 0)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%s:%s ",
			      lvl_color[lvl], lvl_name[lvl], C_RESET);
#if CONFIG_LIBUKDEBUG_PRINT_LIBNAME
	if (libname)
		n += snprintf(buf + n, sizeof(buf) - n, "%s[%s]%s ",
			      C_DIM, libname, C_RESET);
#endif
#if CONFIG_LIBUKDEBUG_PRINT_SRCNAME
	if (srcname)
		n += snprintf(buf + n, sizeof(buf) - n, "%s<%s @ %4u>%s ",
			      C_DIM, srcname, srcline, C_RESET);
#endif
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	kout(buf, n);
}

/* Print msg, putting the prefix in front of every line it starts */
static void print_lines(int lvl, const char *libname, const char *srcname,
			unsigned int srcline, const char *msg)
{
	while (*msg) {
		const char *nl = strchr(msg, '\n');
		__sz len = nl ? (__sz)(nl - msg + 1) : strlen(msg);

		if (at_line_start)
			print_prefix(lvl, libname, srcname, srcline);
		kout(msg, len);
		at_line_start = (nl != NULL);
		msg += len;
	}
}

void _uk_vprintk(int lvl, const char *libname, const char *srcname,
		 unsigned int srcline, const char *fmt, va_list ap)
{
	char msg[PRINTK_BUFSIZE];
	int len = vsnprintf(msg, sizeof(msg), fmt, ap);

	if (len >= (int)sizeof(msg))
		strcpy(msg + sizeof(msg) - 5, "...\n");
	if (lvl < KLVL_CRIT || lvl > KLVL_DEBUG)
		lvl = KLVL_CRIT;
	print_lines(lvl, libname, srcname, srcline, msg);
}

void _uk_printk(int lvl, const char *libname, const char *srcname,
		unsigned int srcline, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	_uk_vprintk(lvl, libname, srcname, srcline, fmt, ap);
	va_end(ap);
}

void _uk_printd(const char *libname, const char *srcname,
		unsigned int srcline, const char *fmt, ...)
{
	char msg[PRINTK_BUFSIZE];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	print_lines(-1, libname, srcname, srcline, msg);
}
