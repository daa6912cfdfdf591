/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Kernel messages.
 *
 * uk_pr_crit/err/warn/info/debug(fmt, ...) print one message at that level
 * if CONFIG_LIBUKDEBUG_PRINTK_<LEVEL> (chosen in menuconfig) lets it
 * through; messages below the threshold compile to nothing. A message
 * looks like
 *   [    0.100664] CRIT: [libvfscore] <rootfs.c @  122> Failed to mount /
 * (timestamp, library and source position each optional in menuconfig).
 * uk_printk(lvl, fmt, ...) is the same with the level as argument;
 * uk_pr_*_once print only the first time they are reached.
 * uk_printd(fmt, ...) writes debug output without a level filter.
 * uk_hexdumpk(lvl, data, len) prints 16 bytes per line with offsets.
 *
 * Everything here is safe to call before the allocator exists.
 */
#ifndef __UKDEBUG_PRINT_H__
#define __UKDEBUG_PRINT_H__

#include <stdarg.h>
#include <uk/essentials.h>

#define KLVL_DEBUG	(4)
#define KLVL_INFO	(3)
#define KLVL_WARN	(2)
#define KLVL_ERR	(1)
#define KLVL_CRIT	(0)

#if defined CONFIG_LIBUKDEBUG_PRINTK_CRIT
#define UK_PRINTK_MAX	KLVL_CRIT
#elif defined CONFIG_LIBUKDEBUG_PRINTK_ERR
#define UK_PRINTK_MAX	KLVL_ERR
#elif defined CONFIG_LIBUKDEBUG_PRINTK_WARN
#define UK_PRINTK_MAX	KLVL_WARN
#elif defined CONFIG_LIBUKDEBUG_PRINTK_INFO
#define UK_PRINTK_MAX	KLVL_INFO
#elif defined CONFIG_LIBUKDEBUG_PRINTK_DEBUG
#define UK_PRINTK_MAX	KLVL_DEBUG
#else
#define UK_PRINTK_MAX	(-1)
#endif

#ifndef __LIBNAME__
#define __LIBNAME__	unknown
#endif
#ifndef __BASENAME__
#define __BASENAME__	unknown
#endif
#define __STR_LIBNAME__		STRINGIFY(__LIBNAME__)
#define __STR_BASENAME__	STRINGIFY(__BASENAME__)

void _uk_vprintk(int lvl, const char *libname, const char *srcname,
		 unsigned int srcline, const char *fmt, va_list ap);
void _uk_printk(int lvl, const char *libname, const char *srcname,
		unsigned int srcline, const char *fmt, ...) __printf(5, 6);
void _uk_printd(const char *libname, const char *srcname,
		unsigned int srcline, const char *fmt, ...) __printf(4, 5);
void _uk_hexdumpk(int lvl, const char *libname, const char *srcname,
		  unsigned int srcline, const void *data, __sz len);

#define uk_printk(lvl, fmt, ...)					\
	do {								\
		if ((lvl) <= UK_PRINTK_MAX)				\
			_uk_printk((lvl), __STR_LIBNAME__,		\
				   __STR_BASENAME__, __LINE__,		\
				   (fmt), ##__VA_ARGS__);		\
	} while (0)

#define uk_vprintk(lvl, fmt, ap)					\
	do {								\
		if ((lvl) <= UK_PRINTK_MAX)				\
			_uk_vprintk((lvl), __STR_LIBNAME__,		\
				    __STR_BASENAME__, __LINE__,		\
				    (fmt), ap);				\
	} while (0)

#define uk_printk_once(lvl, fmt, ...)					\
	do {								\
		static int __printed;					\
		if (!__printed) {					\
			__printed = 1;					\
			uk_printk(lvl, fmt, ##__VA_ARGS__);		\
		}							\
	} while (0)

#define uk_printd(fmt, ...)						\
	_uk_printd(__STR_LIBNAME__, __STR_BASENAME__, __LINE__,		\
		   (fmt), ##__VA_ARGS__)

#define uk_hexdumpk(lvl, data, len)					\
	do {								\
		if ((lvl) <= UK_PRINTK_MAX)				\
			_uk_hexdumpk((lvl), __STR_LIBNAME__,		\
				     __STR_BASENAME__, __LINE__,	\
				     (data), (len));			\
	} while (0)

#define uk_pr_debug(fmt, ...) uk_printk(KLVL_DEBUG, fmt, ##__VA_ARGS__)
#define uk_pr_info(fmt, ...)  uk_printk(KLVL_INFO,  fmt, ##__VA_ARGS__)
#define uk_pr_warn(fmt, ...)  uk_printk(KLVL_WARN,  fmt, ##__VA_ARGS__)
#define uk_pr_err(fmt, ...)   uk_printk(KLVL_ERR,   fmt, ##__VA_ARGS__)
#define uk_pr_crit(fmt, ...)  uk_printk(KLVL_CRIT,  fmt, ##__VA_ARGS__)

#define uk_pr_debug_once(fmt, ...) uk_printk_once(KLVL_DEBUG, fmt, ##__VA_ARGS__)
#define uk_pr_info_once(fmt, ...)  uk_printk_once(KLVL_INFO,  fmt, ##__VA_ARGS__)
#define uk_pr_warn_once(fmt, ...)  uk_printk_once(KLVL_WARN,  fmt, ##__VA_ARGS__)
#define uk_pr_err_once(fmt, ...)   uk_printk_once(KLVL_ERR,   fmt, ##__VA_ARGS__)
#define uk_pr_crit_once(fmt, ...)  uk_printk_once(KLVL_CRIT,  fmt, ##__VA_ARGS__)

#endif /* __UKDEBUG_PRINT_H__ */
