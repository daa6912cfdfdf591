/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Standard I/O (C99 7.19): stdin, stdout and stderr are the platform
 * console; with a filesystem library (vfscore) fopen/fdopen/fclose/fseek/
 * ftell/remove/rename work on files too (lib/nolibc/file.c). stdout and
 * stderr are unbuffered (each call reaches the console before it
 * returns); stdin blocks, polling the console, until a byte arrives. With
 * vfscore, the three go through descriptors 0-2 once those are open (so
 * dup2() onto them redirects printf). File streams buffer reads only. Other stream kinds can be added through
 * <nolibc/stdio_impl.h>.
 *
 * The printf family implements the full C99 format language (flags, width,
 * precision, *, length modifiers hh h l ll j z t L, conversions d i u o x X
 * c s p n % e E f F g G a A, and %m). long double arguments are printed
 * with double precision. snprintf/vsnprintf never allocate and are
 * re-entrant, so kernel code may use them in any context where the
 * floating-point unit is usable (integer formats never touch it).
 * sscanf supports d i u o x X c s [ n p and e f g.
 */
#ifndef __NOLIBC_STDIO_H__
#define __NOLIBC_STDIO_H__

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __nolibc_file FILE;
typedef off_t fpos_t;

#define EOF		(-1)
#define BUFSIZ		1024
#define FILENAME_MAX	4096
#define FOPEN_MAX	16
#define L_tmpnam	20
#define TMP_MAX		10000

#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

#define _IOFBF		0
#define _IOLBF		1
#define _IONBF		2

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin		stdin
#define stdout		stdout
#define stderr		stderr

#define __nolibc_printf(f, a)	__attribute__((__format__(__printf__, f, a)))
#define __nolibc_scanf(f, a)	__attribute__((__format__(__scanf__, f, a)))

int printf(const char *fmt, ...) __nolibc_printf(1, 2);
int fprintf(FILE *f, const char *fmt, ...) __nolibc_printf(2, 3);
int dprintf(int fd, const char *fmt, ...) __nolibc_printf(2, 3);
int sprintf(char *str, const char *fmt, ...) __nolibc_printf(2, 3);
int snprintf(char *str, size_t size, const char *fmt, ...)
	__nolibc_printf(3, 4);
int asprintf(char **strp, const char *fmt, ...) __nolibc_printf(2, 3);
int vprintf(const char *fmt, va_list ap) __nolibc_printf(1, 0);
int vfprintf(FILE *f, const char *fmt, va_list ap) __nolibc_printf(2, 0);
int vdprintf(int fd, const char *fmt, va_list ap) __nolibc_printf(2, 0);
int vsprintf(char *str, const char *fmt, va_list ap) __nolibc_printf(2, 0);
int vsnprintf(char *str, size_t size, const char *fmt, va_list ap)
	__nolibc_printf(3, 0);
int vasprintf(char **strp, const char *fmt, va_list ap)
	__nolibc_printf(2, 0);

int sscanf(const char *str, const char *fmt, ...) __nolibc_scanf(2, 3);
int vsscanf(const char *str, const char *fmt, va_list ap)
	__nolibc_scanf(2, 0);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
int puts(const char *s);
size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *f);

int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *s, int size, FILE *f);
size_t fread(void *ptr, size_t size, size_t nmemb, FILE *f);

int fflush(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void setbuf(FILE *f, char *buf);

void perror(const char *s);

/* Streams on files: need a filesystem library (vfscore) */
FILE *fopen(const char *path, const char *mode);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *f);
int fseek(FILE *f, long offset, int whence);
int fseeko(FILE *f, off_t offset, int whence);
long ftell(FILE *f);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *f, fpos_t *pos);
int fsetpos(FILE *f, const fpos_t *pos);
int remove(const char *path);
int rename(const char *oldpath, const char *newpath);
int renameat(int olddirfd, const char *oldpath, int newdirfd,
	     const char *newpath);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_STDIO_H__ */
