/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Library parameters.
 *
 * A library declares a parameter next to the variable it sets:
 *   static int verbose;
 *   UK_LIB_PARAM(verbose, int);
 *   static char *ipv4_addr;
 *   UK_LIB_PARAM_STR(ipv4_addr);
 * and the user sets it on the command line as <prefix>.<name>=<value>
 * before a "--" (e.g. `netdev.ipv4_addr=10.0.0.2 -- app args`). The prefix
 * is the library name without "lib", or UK_LIBPARAM_PREFIX if defined
 * before including this header (e.g. -DUK_LIBPARAM_PREFIX=netdev).
 * Types: bool, int, uint, long, ulong, __s8..__u64 and charp (a string).
 *
 * uk_libparam_parse() applies every <prefix>.<name>=<value> in argv up to
 * a "--" and returns how many entries it consumed (including the "--"),
 * or 0 when there is no "--" (then every argument is the application's).
 * An unknown parameter or a bad value is reported and skipped.
 */
#ifndef __UK_LIBPARAM_H__
#define __UK_LIBPARAM_H__

#include <uk/essentials.h>

enum uk_libparam_type {
	UK_LIBPARAM_BOOL,
	UK_LIBPARAM_S8, UK_LIBPARAM_U8,
	UK_LIBPARAM_S16, UK_LIBPARAM_U16,
	UK_LIBPARAM_S32, UK_LIBPARAM_U32,
	UK_LIBPARAM_S64, UK_LIBPARAM_U64,
	UK_LIBPARAM_CHARP,
};

struct uk_libparam_desc {
	const char *prefix;	/* "libfoo" or the explicit prefix */
	const char *name;
	void *addr;
	enum uk_libparam_type type;
	unsigned int size;
};

#define __uk_libparam_type_bool		UK_LIBPARAM_BOOL
#define __uk_libparam_type_int		UK_LIBPARAM_S32
#define __uk_libparam_type_uint		UK_LIBPARAM_U32
#define __uk_libparam_type_long		UK_LIBPARAM_S64
#define __uk_libparam_type_ulong	UK_LIBPARAM_U64
#define __uk_libparam_type___s8		UK_LIBPARAM_S8
#define __uk_libparam_type___u8		UK_LIBPARAM_U8
#define __uk_libparam_type___s16	UK_LIBPARAM_S16
#define __uk_libparam_type___u16	UK_LIBPARAM_U16
#define __uk_libparam_type___s32	UK_LIBPARAM_S32
#define __uk_libparam_type___u32	UK_LIBPARAM_U32
#define __uk_libparam_type___s64	UK_LIBPARAM_S64
#define __uk_libparam_type___u64	UK_LIBPARAM_U64
#define __uk_libparam_type_charp	UK_LIBPARAM_CHARP

#ifdef UK_LIBPARAM_PREFIX
#define __UK_LIBPARAM_PREFIX	STRINGIFY(UK_LIBPARAM_PREFIX)
#else
#define __UK_LIBPARAM_PREFIX	STRINGIFY(__LIBNAME__)
#endif

#define UK_LIB_PARAM(var, ptype)					\
	static const struct uk_libparam_desc __used			\
	__section("uk_libparam") __align(8)				\
	UK_CONCAT(__uk_libparam_, var) = {				\
		.prefix = __UK_LIBPARAM_PREFIX,				\
		.name = STRINGIFY(var),					\
		.addr = &(var),						\
		.type = __uk_libparam_type_##ptype,			\
		.size = sizeof(var),					\
	}

#define UK_LIB_PARAM_STR(var)	UK_LIB_PARAM(var, charp)

int uk_libparam_parse(int argc, char *argv[]);
/* Set one parameter from "prefix.name=value"; 0 or a negative errno. */
int uk_libparam_set(char *assignment);

#endif
