/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to nolibc: the platform console as a byte stream, shared by
 * the stdio streams and by read()/write() on fds 0-2.
 * __nolibc_cons_write() writes everything (output is dropped if the
 * console takes nothing); __nolibc_cons_read() waits (ukplat_cin_wait) until at
 * least one byte is available and turns carriage returns into newlines
 * (what the Enter key sends on a serial line). Both return a byte count
 * or -1 with errno set.
 */
#ifndef __NOLIBC_CONSOLE_H__
#define __NOLIBC_CONSOLE_H__

#include <sys/types.h>

ssize_t __nolibc_cons_write(const char *buf, size_t len);
ssize_t __nolibc_cons_read(char *buf, size_t len);

#endif /* __NOLIBC_CONSOLE_H__ */
