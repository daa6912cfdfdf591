/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Limits of the integer types (C99 7.10) for our LP64 architectures, plus
 * the POSIX limits that applications commonly size buffers with
 * (PATH_MAX, NAME_MAX, SSIZE_MAX, IOV_MAX, ...).
 */
#ifndef __NOLIBC_LIMITS_H__
#define __NOLIBC_LIMITS_H__

#include <uk/arch/types.h>

#define CHAR_BIT	8
#define MB_LEN_MAX	4

#define SCHAR_MIN	(-128)
#define SCHAR_MAX	127
#define UCHAR_MAX	255
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN	0
#define CHAR_MAX	UCHAR_MAX
#else
#define CHAR_MIN	SCHAR_MIN
#define CHAR_MAX	SCHAR_MAX
#endif

#define SHRT_MIN	(-1 - 0x7fff)
#define SHRT_MAX	0x7fff
#define USHRT_MAX	0xffff
#define INT_MIN		(-1 - 0x7fffffff)
#define INT_MAX		0x7fffffff
#define UINT_MAX	0xffffffffU
#if __C_IS_LP64
#define LONG_MIN	(-1L - 0x7fffffffffffffffL)
#define LONG_MAX	0x7fffffffffffffffL
#define ULONG_MAX	0xffffffffffffffffUL
#define LONG_BIT	64
#else
#define LONG_MIN	(-1L - 0x7fffffffL)
#define LONG_MAX	0x7fffffffL
#define ULONG_MAX	0xffffffffUL
#define LONG_BIT	32
#endif
#define WORD_BIT	32
#define LLONG_MIN	(-1LL - 0x7fffffffffffffffLL)
#define LLONG_MAX	0x7fffffffffffffffLL
#define ULLONG_MAX	0xffffffffffffffffULL

#define SSIZE_MAX	LONG_MAX

/* POSIX */
#define PATH_MAX	4096
#define NAME_MAX	255
#define PIPE_BUF	4096
#define IOV_MAX		1024
#define HOST_NAME_MAX	255
#define LOGIN_NAME_MAX	256
#define LINE_MAX	4096
#define ARG_MAX		131072
#define NGROUPS_MAX	65536
#define SYMLOOP_MAX	40
#define TZNAME_MAX	6
#define NL_TEXTMAX	2048
#define _POSIX_PATH_MAX	256
#define _POSIX_NAME_MAX	14

#endif /* __NOLIBC_LIMITS_H__ */
