/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupt-safe memory and string functions: the same code as nolibc's
 * <string.h> functions (lib/nolibc/string.c), compiled so that it never
 * touches floating-point or vector registers (ISR_ARCHFLAGS, e.g.
 * -mgeneral-regs-only). Use them in interrupt handlers and other code
 * that runs without saving the extended CPU state. They keep no state and
 * never allocate; each behaves exactly like the function without _isr.
 */
#ifndef __ISR_STRING_H__
#define __ISR_STRING_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy_isr(void *dst, const void *src, size_t n);
void *mempcpy_isr(void *dst, const void *src, size_t n);
void *memmove_isr(void *dst, const void *src, size_t n);
void *memset_isr(void *dst, int c, size_t n);
int memcmp_isr(const void *a, const void *b, size_t n);
void *memchr_isr(const void *s, int c, size_t n);
void *memrchr_isr(const void *s, int c, size_t n);
void *memmem_isr(const void *haystack, size_t hlen,
		 const void *needle, size_t nlen);

size_t strlen_isr(const char *s);
size_t strnlen_isr(const char *s, size_t maxlen);
int strcmp_isr(const char *a, const char *b);
int strncmp_isr(const char *a, const char *b, size_t n);
int strcasecmp_isr(const char *a, const char *b);
int strncasecmp_isr(const char *a, const char *b, size_t n);
char *stpcpy_isr(char *dst, const char *src);
char *strcpy_isr(char *dst, const char *src);
char *stpncpy_isr(char *dst, const char *src, size_t n);
char *strncpy_isr(char *dst, const char *src, size_t n);
size_t strlcpy_isr(char *dst, const char *src, size_t size);
size_t strlcat_isr(char *dst, const char *src, size_t size);
char *strcat_isr(char *dst, const char *src);
char *strncat_isr(char *dst, const char *src, size_t n);
char *strchrnul_isr(const char *s, int c);
char *strchr_isr(const char *s, int c);
char *strrchr_isr(const char *s, int c);
size_t strspn_isr(const char *s, const char *accept);
size_t strcspn_isr(const char *s, const char *reject);
char *strpbrk_isr(const char *s, const char *accept);
char *strstr_isr(const char *haystack, const char *needle);
char *strcasestr_isr(const char *haystack, const char *needle);
char *strsep_isr(char **stringp, const char *delim);
char *strtok_r_isr(char *s, const char *delim, char **saveptr);

#ifdef __cplusplus
}
#endif

#endif /* __ISR_STRING_H__ */
