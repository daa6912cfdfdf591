/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * General utilities (C99 7.20, POSIX).
 *
 * Memory: the malloc family uses the default allocator of ukalloc
 * (uk_alloc_get_default()); without ukalloc, or before an allocator is
 * registered, every allocation fails with ENOMEM. Objects are at least
 * 16-byte aligned.
 * Numbers: strtod/strtof/atof round correctly (to nearest, ties to even)
 * and accept decimal and hexadecimal floats, "inf", "infinity" and "nan";
 * strtold converts with double precision.
 * exit() runs the atexit() handlers (at most 32) in reverse order, then
 * shuts the unikernel down with the status (ukplat_exit()); abort()
 * crashes it. The environment is a small table in memory (getenv,
 * setenv, unsetenv, putenv; at most 64 variables).
 * rand() is not thread-safe; rand_r() is.
 */
#ifndef __NOLIBC_STDLIB_H__
#define __NOLIBC_STDLIB_H__

#include <stddef.h>
#include <alloca.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1
#define RAND_MAX	0x7fffffff
#define MB_CUR_MAX	1

typedef struct {
	int quot;
	int rem;
} div_t;

typedef struct {
	long quot;
	long rem;
} ldiv_t;

typedef struct {
	long long quot;
	long long rem;
} lldiv_t;

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void *reallocarray(void *ptr, size_t nmemb, size_t size);
void free(void *ptr);
int posix_memalign(void **memptr, size_t align, size_t size);
void *memalign(size_t align, size_t size);
void *aligned_alloc(size_t align, size_t size);
void *valloc(size_t size);

void qsort(void *base, size_t nmemb, size_t size,
	   int (*compar)(const void *, const void *));
void qsort_r(void *base, size_t nmemb, size_t size,
	     int (*compar)(const void *, const void *, void *), void *arg);
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
	      int (*compar)(const void *, const void *));

long strtol(const char *nptr, char **endptr, int base);
unsigned long strtoul(const char *nptr, char **endptr, int base);
long long strtoll(const char *nptr, char **endptr, int base);
unsigned long long strtoull(const char *nptr, char **endptr, int base);
double strtod(const char *nptr, char **endptr);
float strtof(const char *nptr, char **endptr);
long double strtold(const char *nptr, char **endptr);
int atoi(const char *nptr);
long atol(const char *nptr);
long long atoll(const char *nptr);
double atof(const char *nptr);

int abs(int j);
long labs(long j);
long long llabs(long long j);
div_t div(int numer, int denom);
ldiv_t ldiv(long numer, long denom);
lldiv_t lldiv(long long numer, long long denom);

int rand(void);
void srand(unsigned int seed);
int rand_r(unsigned int *seedp);
long random(void);
void srandom(unsigned int seed);

void exit(int status) __attribute__((__noreturn__));
void _Exit(int status) __attribute__((__noreturn__));
void abort(void) __attribute__((__noreturn__));
int atexit(void (*function)(void));

char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);
extern char **environ;

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_STDLIB_H__ */
