/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Character classes of the "C" locale (C99 7.4), ASCII only: bytes above
 * 0x7f belong to no class. Arguments are an unsigned char value or EOF.
 */
#ifndef __NOLIBC_CTYPE_H__
#define __NOLIBC_CTYPE_H__

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int c);
int isalpha(int c);
int isascii(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);
int toascii(int c);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_CTYPE_H__ */
