/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Streams: stdin, stdout and stderr on the console, character and line
 * I/O, and the printf variants that write to a stream or a descriptor.
 * Output is unbuffered: a printf() is collected in a small buffer on the
 * stack and written out before the call returns.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <nolibc/stdio_impl.h>
#include <uk/essentials.h>
#include "console.h"

static ssize_t cons_write(FILE *f __unused, const char *buf, size_t len)
{
	return __nolibc_cons_write(buf, len);
}

static ssize_t cons_read(FILE *f __unused, char *buf, size_t len)
{
	return __nolibc_cons_read(buf, len);
}

static FILE stdin_file = {
	.fd = STDIN_FILENO, .ungot = EOF, .read = cons_read,
};
static FILE stdout_file = {
	.fd = STDOUT_FILENO, .ungot = EOF, .write = cons_write,
};
static FILE stderr_file = {
	.fd = STDERR_FILENO, .ungot = EOF, .write = cons_write,
};

FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;

/* Writes all of buf; returns 0 or -1 (the stream is marked failed) */
static int write_all(FILE *f, const char *buf, size_t len)
{
	if (!f->write) {
		f->flags |= __NOLIBC_FILE_ERR;
		errno = EBADF;
		return -1;
	}
	while (len) {
		ssize_t r = f->write(f, buf, len);

		if (r <= 0) {
			f->flags |= __NOLIBC_FILE_ERR;
			return -1;
		}
		buf += r;
		len -= r;
	}
	return 0;
}

size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *f)
{
	size_t total;

	if (!size || !nmemb)
		return 0;
	if (__builtin_mul_overflow(size, nmemb, &total)) {
		errno = EINVAL;
		return 0;
	}
	return write_all(f, ptr, total) ? 0 : nmemb;
}

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;

	return write_all(f, (const char *)&ch, 1) ? EOF : ch;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int fputs(const char *s, FILE *f)
{
	return write_all(f, s, strlen(s)) ? EOF : 0;
}

int puts(const char *s)
{
	if (fputs(s, stdout) == EOF)
		return EOF;
	return fputc('\n', stdout) == EOF ? EOF : 0;
}

/* One byte from f, or EOF (end of file or error, see the flags) */
static int get_byte(FILE *f)
{
	unsigned char c;
	ssize_t r;

	if (f->ungot != EOF) {
		c = (unsigned char)f->ungot;
		f->ungot = EOF;
		return c;
	}
	if (!f->read) {
		f->flags |= __NOLIBC_FILE_ERR;
		errno = EBADF;
		return EOF;
	}
	r = f->read(f, (char *)&c, 1);
	if (r == 0) {
		f->flags |= __NOLIBC_FILE_EOF;
		return EOF;
	}
	if (r < 0) {
		f->flags |= __NOLIBC_FILE_ERR;
		return EOF;
	}
	return c;
}

int fgetc(FILE *f)
{
	return get_byte(f);
}

int getc(FILE *f)
{
	return get_byte(f);
}

int getchar(void)
{
	return get_byte(stdin);
}

int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	f->ungot = (unsigned char)c;
	f->flags &= ~__NOLIBC_FILE_EOF;
	return (unsigned char)c;
}

char *fgets(char *s, int size, FILE *f)
{
	int i = 0, c;

	if (size <= 0)
		return NULL;
	while (i < size - 1) {
		c = get_byte(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0 && size > 1)
		return NULL;
	s[i] = '\0';
	return s;
}

size_t fread(void *ptr, size_t size, size_t nmemb, FILE *f)
{
	char *p = ptr;
	size_t total, done = 0;

	if (!size || !nmemb)
		return 0;
	if (__builtin_mul_overflow(size, nmemb, &total)) {
		errno = EINVAL;
		return 0;
	}
	if (f->ungot != EOF) {
		p[done++] = (char)f->ungot;
		f->ungot = EOF;
	}
	if (!f->read && done < total) {
		f->flags |= __NOLIBC_FILE_ERR;
		errno = EBADF;
		return done / size;
	}
	while (done < total) {
		ssize_t r = f->read(f, p + done, total - done);

		if (r == 0) {
			f->flags |= __NOLIBC_FILE_EOF;
			break;
		}
		if (r < 0) {
			f->flags |= __NOLIBC_FILE_ERR;
			break;
		}
		done += r;
	}
	return done / size;
}

int fflush(FILE *f __unused)
{
	return 0;	/* nothing is buffered */
}

int feof(FILE *f)
{
	return !!(f->flags & __NOLIBC_FILE_EOF);
}

int ferror(FILE *f)
{
	return !!(f->flags & __NOLIBC_FILE_ERR);
}

void clearerr(FILE *f)
{
	f->flags &= ~(__NOLIBC_FILE_EOF | __NOLIBC_FILE_ERR);
}

int fileno(FILE *f)
{
	if (f->fd < 0)
		errno = EBADF;
	return f->fd;
}

int setvbuf(FILE *f __unused, char *buf __unused, int mode __unused,
	    size_t size __unused)
{
	return 0;
}

void setbuf(FILE *f __unused, char *buf __unused)
{
}

/* printf output collected on the stack, then written to a stream or fd */
struct outbuf {
	FILE *f;		/* NULL: write to fd */
	int fd;
	int err;
	size_t n;
	char buf[128];
};

static void flush_out(struct outbuf *o, const char *s, size_t len)
{
	if (o->err || !len)
		return;
	if (o->f) {
		o->err = write_all(o->f, s, len);
		return;
	}
	while (len) {
		ssize_t r = write(o->fd, s, len);

		if (r <= 0) {
			o->err = -1;
			return;
		}
		s += r;
		len -= r;
	}
}

static void emit_buf(void *arg, const char *s, size_t len)
{
	struct outbuf *o = arg;

	if (o->n + len > sizeof(o->buf)) {
		flush_out(o, o->buf, o->n);
		o->n = 0;
	}
	if (len > sizeof(o->buf)) {
		flush_out(o, s, len);
		return;
	}
	memcpy(o->buf + o->n, s, len);
	o->n += len;
}

static int vout(struct outbuf *o, const char *fmt, va_list ap)
{
	int ret = __nolibc_vfmt(emit_buf, o, fmt, ap);

	flush_out(o, o->buf, o->n);
	return o->err ? -1 : ret;
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	struct outbuf o = { .f = f, .fd = -1 };

	return vout(&o, fmt, ap);
}

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vfprintf(f, fmt, ap);
	va_end(ap);
	return ret;
}

int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return ret;
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
	struct outbuf o = { .f = NULL, .fd = fd };

	return vout(&o, fmt, ap);
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vdprintf(fd, fmt, ap);
	va_end(ap);
	return ret;
}
