/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX system data types (size_t, ssize_t, off_t, pid_t, uid_t, time_t,
 * ...). ssize_t and off_t follow <uk/arch/types.h> (__ssz, __off); time_t,
 * clock_t and suseconds_t are long as in the Linux ABI.
 */
#ifndef __NOLIBC_SYS_TYPES_H__
#define __NOLIBC_SYS_TYPES_H__

#include <stddef.h>
#include <uk/arch/types.h>

typedef __ssz			ssize_t;
typedef __off			off_t;
typedef __off			loff_t;
typedef __off			off64_t;
typedef long			time_t;
typedef long			clock_t;
typedef long			suseconds_t;
typedef unsigned int		useconds_t;
typedef int			clockid_t;
typedef void			*timer_t;
typedef int			pid_t;
typedef int			id_t;
typedef unsigned int		uid_t;
typedef unsigned int		gid_t;
typedef unsigned int		mode_t;
typedef unsigned long		nlink_t;
typedef __u64			dev_t;
typedef __u64			ino_t;
typedef __u64			ino64_t;
typedef long			blksize_t;
typedef __s64			blkcnt_t;
typedef __s64			blkcnt64_t;
typedef __u64			fsblkcnt_t;
typedef __u64			fsfilcnt_t;
typedef int			key_t;

/* BSD names */
typedef unsigned char		u_char;
typedef unsigned short		u_short;
typedef unsigned int		u_int;
typedef unsigned long		u_long;
typedef __u8			u_int8_t;
typedef __u16			u_int16_t;
typedef __u32			u_int32_t;
typedef __u64			u_int64_t;
typedef char			*caddr_t;

#endif /* __NOLIBC_SYS_TYPES_H__ */
