/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What a stream is, for code that implements streams (nolibc's console
 * streams, and a filesystem library adding fopen()). Users of <stdio.h>
 * only see FILE as an opaque type.
 *
 * write() and read() move bytes between the caller and the stream's
 * backend. They return the number of bytes moved, 0 for end of file (read
 * only) or -1 with errno set. read() may block but returns as soon as at
 * least one byte is available. A NULL function means the stream cannot be
 * written (or read): the operation fails with EBADF.
 *
 * __nolibc_vfmt() is the one printf engine behind every printf variant:
 * it formats `fmt` and hands the output to `emit` in pieces, never
 * allocates, keeps no state between calls and returns the number of
 * characters produced (or -1 with errno = EOVERFLOW beyond INT_MAX).
 */
#ifndef __NOLIBC_STDIO_IMPL_H__
#define __NOLIBC_STDIO_IMPL_H__

#include <stdarg.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NOLIBC_FILE_EOF	0x1	/* read() reached the end */
#define __NOLIBC_FILE_ERR	0x2	/* an operation failed */

struct __nolibc_file {
	int fd;			/* returned by fileno(), -1 if none */
	int flags;		/* __NOLIBC_FILE_* */
	int ungot;		/* byte pushed back by ungetc(), or EOF */
	ssize_t (*write)(FILE *f, const char *buf, size_t len);
	ssize_t (*read)(FILE *f, char *buf, size_t len);
	void *cookie;		/* for the backend */
};

typedef void (*__nolibc_emit_t)(void *arg, const char *s, size_t len);

int __nolibc_vfmt(__nolibc_emit_t emit, void *arg, const char *fmt,
		  va_list ap);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_STDIO_IMPL_H__ */
